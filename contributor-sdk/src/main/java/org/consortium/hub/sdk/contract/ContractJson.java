package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson configuration that maps the contract's Java records to and from the JSON the schemas
 * describe. Use {@link #newMapper()} when you need your own mapper for contract types.
 */
public final class ContractJson {

  /** Shared, never exposed: a mapper handed out could be reconfigured under other threads. */
  static final ObjectMapper MAPPER = newMapper();

  private ContractJson() {}

  /**
   * A new mapper configured for the contract: ISO 8601 dates that keep their UTC offset, absent
   * optional fields omitted rather than written as {@code null}.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Keep the offset the venue sent: local time is what audiences and SIBIL care about.
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
