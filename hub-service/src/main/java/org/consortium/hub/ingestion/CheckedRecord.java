package org.consortium.hub.ingestion;

import com.fasterxml.jackson.databind.JsonNode;

/** A record that passed the gate, with its parsed payload (null when deleted). */
record CheckedRecord(StoredRecord record, JsonNode payload) {
}
