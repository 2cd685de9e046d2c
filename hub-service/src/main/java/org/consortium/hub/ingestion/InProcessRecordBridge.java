package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The embedded mode's stand-in for Kafka: hands each message of {@code records-out} to
 * {@code records-in} in the same process, as a batch of one (Kafka delivers batches).
 * Metadata and acknowledgements flow through unchanged, so the publisher and the consumer
 * run the same code as with Kafka. Absent from the production build (hub.messaging=kafka),
 * where both channels are bound to topics.
 */
@ApplicationScoped
@IfBuildProperty(name = "hub.messaging", stringValue = "in-process")
public class InProcessRecordBridge {

    @Incoming("records-out")
    @Outgoing("records-in")
    public Message<List<String>> forward(Message<String> message) {
        return message.withPayload(List.of(message.getPayload()));
    }

    /** Rejected records: kept on their receipts; without Kafka there is no topic to copy them to. */
    @Incoming("dead-letter-out")
    public void discardDeadLetter(String envelope) {
        // The rejection and its reason are already stored on the receipt.
    }
}
