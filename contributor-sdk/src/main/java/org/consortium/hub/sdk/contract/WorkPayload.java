package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A catalogue entry for a work (schema {@code work.schema.json}): the hub matches it against
 * known works before minting a shared identifier.
 *
 * @param title title of the work (required)
 * @param authors authors, composers or choreographers as publicly credited
 * @param type kind of work in the contributor's words (play, ballet, opera...)
 * @param yearOfFirstPerformance year of first performance; negative before the common era
 * @param hubWorkId the hub's shared work id, if known
 * @param externalIds identifiers in public registries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkPayload(
    String title,
    List<String> authors,
    String type,
    Integer yearOfFirstPerformance,
    String hubWorkId,
    ExternalIds externalIds)
    implements RecordPayload {

  /** Copies the author list so a record never changes after validation. */
  public WorkPayload {
    authors = authors == null ? null : List.copyOf(authors);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.WORK;
  }

  /** Starts a builder; only the title is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Identifiers of the work in public registries, which make matching across venues reliable.
   *
   * @param wikidata Wikidata item id, e.g. {@code "Q123456"}
   * @param isni ISNI of 16 characters without spaces
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ExternalIds(String wikidata, String isni) {}

  /** Fluent builder for {@link WorkPayload}; nothing is checked until validation. */
  public static final class Builder {
    private String title;
    private List<String> authors;
    private String type;
    private Integer yearOfFirstPerformance;
    private String hubWorkId;
    private ExternalIds externalIds;

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder authors(List<String> authors) {
      this.authors = authors;
      return this;
    }

    public Builder authors(String... authors) {
      return authors(List.of(authors));
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder yearOfFirstPerformance(Integer yearOfFirstPerformance) {
      this.yearOfFirstPerformance = yearOfFirstPerformance;
      return this;
    }

    public Builder hubWorkId(String hubWorkId) {
      this.hubWorkId = hubWorkId;
      return this;
    }

    public Builder externalIds(ExternalIds externalIds) {
      this.externalIds = externalIds;
      return this;
    }

    public WorkPayload build() {
      return new WorkPayload(title, authors, type, yearOfFirstPerformance, hubWorkId, externalIds);
    }
  }
}
