package org.consortium.hub.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the envelope of a record message into a {@link StoredRecord}, or says why it cannot. */
@ApplicationScoped
public class EnvelopeReader {

    private final ObjectMapper mapper;

    public EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public StoredRecord read(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("the envelope must be a JSON object");
        }
        boolean deleted = node.path("deleted").asBoolean(false);
        JsonNode payload = node.get("payload");
        if (!deleted && (payload == null || !payload.isObject())) {
            throw new InvalidRecordException("payload: required unless the record is deleted");
        }
        JsonNode version = node.get("version");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new InvalidRecordException("version: must be an integer >= 1");
        }
        return new StoredRecord(text(node, "datasetId"), text(node, "recordId"), text(node, "recordType"),
                version.asInt(), deleted, text(node, "contributorOrg"),
                deleted ? null : payload.toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidRecordException(field + ": required text");
        }
        return value.asText();
    }

    /** A message that is not a usable record envelope. */
    public static class InvalidRecordException extends RuntimeException {
        public InvalidRecordException(String reason) {
            super(reason, null, false, false);
        }
    }
}
