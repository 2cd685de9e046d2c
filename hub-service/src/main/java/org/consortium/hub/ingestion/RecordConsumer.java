package org.consortium.hub.ingestion;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Stores each record message of channel {@code records-in} (Kafka topics in production,
 * the in-process bridge in the embedded mode). The message is acknowledged, and so its
 * offset committed, only after the database transaction has committed; a redelivered
 * message is a no-op because the upsert keeps the highest version.
 */
@ApplicationScoped
public class RecordConsumer {

    private static final Logger LOG = Logger.getLogger(RecordConsumer.class);

    private final EnvelopeReader reader;
    private final RecordStore store;

    public RecordConsumer(EnvelopeReader reader, RecordStore store) {
        this.reader = reader;
        this.store = store;
    }

    @Incoming("records-in")
    @Blocking
    @Transactional
    public void consume(String message) {
        StoredRecord record = reader.read(message);
        boolean changed = store.upsert(record);
        // Identifiers only: record contents never reach the logs.
        LOG.debugf("record %s/%s v%d %s", record.datasetId(), record.recordId(), record.version(),
                changed ? "stored" : "unchanged (same or older version)");
    }
}
