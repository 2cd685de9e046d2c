package org.consortium.hub.sdk.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.consortium.hub.sdk.contract.ContractJson;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordType;
import org.consortium.hub.sdk.contract.Violation;

/**
 * Produces contract envelopes straight to the hub's contribution topics, for members the
 * consortium allows to use Kafka. The hub's consumer re-checks membership, dataset status and
 * the contract, so producing directly grants no privilege beyond throughput.
 *
 * <p>Each record goes to the topic of its type ({@code hub.records.performance},
 * {@code hub.records.attendance}, {@code hub.records.work}), keyed by dataset id so that one
 * dataset's records stay in order, with the envelope JSON as value and headers
 * {@code receipt-id} (one per {@link #send} call, to look the outcome up) and
 * {@code schema-version}. The producer always runs with {@code enable.idempotence=true} and
 * {@code acks=all}: a record is only reported sent once every in-sync replica has it, and
 * producer retries never duplicate it.
 *
 * <p>A production broker wants SASL over TLS with OAUTHBEARER tokens from the consortium's
 * identity provider (the same client credentials as for REST). Pass these properties:
 *
 * <pre>
 * security.protocol=SASL_SSL
 * sasl.mechanism=OAUTHBEARER
 * sasl.oauthbearer.token.endpoint.url=https://id.example.org/realms/hub/protocol/openid-connect/token
 * sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler
 * sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required \
 *     clientId="venue-client" clientSecret="..." ;
 * </pre>
 *
 * <p>and allow the token endpoint URL with the JVM system property
 * {@code org.apache.kafka.sasl.oauthbearer.allowed.urls}, which Kafka clients require.
 *
 * <p>Not thread-safe for {@link #send}; close it to release the producer.
 */
public final class KafkaContributor implements AutoCloseable {

  /** Header naming the receipt a record belongs to. */
  public static final String RECEIPT_HEADER = "receipt-id";
  /** Header carrying the envelope's contract version. */
  public static final String SCHEMA_VERSION_HEADER = "schema-version";

  private final Producer<String, byte[]> producer;
  private final Map<RecordType, String> topics;
  private final ContractValidator validator;
  private final ObjectMapper json = ContractJson.newMapper();
  private final Duration sendTimeout;

  KafkaContributor(Producer<String, byte[]> producer, Map<RecordType, String> topics,
      ContractValidator validator, Duration sendTimeout) {
    this.producer = producer;
    this.topics = Map.copyOf(topics);
    this.validator = validator;
    this.sendTimeout = sendTimeout;
  }

  /** Starts a builder for a broker at {@code bootstrapServers} ({@code host:port,...}). */
  public static Builder builder(String bootstrapServers) {
    return new Builder(bootstrapServers);
  }

  /**
   * Checks each record against the contract, produces the valid ones under a new receipt id and
   * waits until the broker has acknowledged all of them.
   *
   * @throws KafkaContributionException when the broker does not acknowledge every record
   */
  public KafkaReceipt send(String datasetId, Iterable<Envelope> records) {
    return send(datasetId, records, UUID.randomUUID().toString());
  }

  /** As {@link #send(String, Iterable)} with a receipt id of your own, e.g. to resume. */
  public KafkaReceipt send(String datasetId, Iterable<Envelope> records, String receiptId) {
    KafkaContribution contribution = open(datasetId, receiptId);
    for (Envelope envelope : records) {
      contribution.add(envelope);
    }
    return contribution.finish();
  }

  /**
   * Opens a send that takes records one at a time, for sources read as a stream; call
   * {@link KafkaContribution#finish()} at the end to wait for the acknowledgements.
   */
  public KafkaContribution open(String datasetId, String receiptId) {
    return new KafkaContribution(this, Objects.requireNonNull(datasetId, "datasetId"),
        Objects.requireNonNull(receiptId, "receiptId"));
  }

  List<Violation> check(String datasetId, Envelope envelope) {
    List<Violation> violations = new ArrayList<>(validator.validate(envelope.toJson()));
    if (!datasetId.equals(envelope.datasetId())) {
      violations.add(new Violation("$.datasetId",
          "must be the dataset contributed to (" + datasetId + ")", "const"));
    }
    return violations;
  }

  Producer<String, byte[]> producer() {
    return producer;
  }

  Duration sendTimeout() {
    return sendTimeout;
  }

  ProducerRecord<String, byte[]> toRecord(String datasetId, Envelope envelope, String receiptId) {
    byte[] value;
    try {
      value = json.writeValueAsBytes(envelope.toJson());
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise envelope " + envelope.recordId(), e);
    }
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topics.get(envelope.recordType()), datasetId, value);
    record.headers().add(RECEIPT_HEADER, receiptId.getBytes(StandardCharsets.UTF_8));
    record.headers().add(SCHEMA_VERSION_HEADER,
        envelope.schemaVersion().getBytes(StandardCharsets.UTF_8));
    return record;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }

  /** Configures a {@link KafkaContributor}. */
  public static final class Builder {
    private final Properties properties = new Properties();
    private final Map<RecordType, String> topics = new EnumMap<>(RecordType.class);
    private ContractValidator validator;
    private Duration sendTimeout = Duration.ofMinutes(2);

    private Builder(String bootstrapServers) {
      properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
      for (RecordType type : RecordType.values()) {
        topics.put(type, "hub.records." + type.jsonValue());
      }
    }

    /** Any producer property, e.g. the SASL settings above; safety settings are kept. */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    /** Several producer properties at once. */
    public Builder properties(Properties more) {
      more.forEach(properties::put);
      return this;
    }

    /** Overrides the topic of one record type, for a hub configured with other names. */
    public Builder topic(RecordType type, String topic) {
      topics.put(type, Objects.requireNonNull(topic, "topic"));
      return this;
    }

    /** Shares a validator already built elsewhere. */
    public Builder validator(ContractValidator validator) {
      this.validator = validator;
      return this;
    }

    /** Longest wait for the broker's acknowledgements; 2 minutes by default. */
    public Builder sendTimeout(Duration sendTimeout) {
      this.sendTimeout = Objects.requireNonNull(sendTimeout, "sendTimeout");
      return this;
    }

    /** The producer configuration that will be used, safety settings included. */
    public Properties producerProperties() {
      Properties p = new Properties();
      p.putAll(properties);
      // Set last so that no caller property can weaken delivery guarantees.
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "hub-contributor-sdk");
      return p;
    }

    /** Connects the producer. */
    public KafkaContributor build() {
      return new KafkaContributor(new KafkaProducer<>(producerProperties()), topics,
          validator != null ? validator : new ContractValidator(), sendTimeout);
    }
  }
}
