package org.consortium.hub.ingestion;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The embedded mode's stand-in for Kafka: hands each message of {@code records-out}
 * to {@code records-in} in the same process. Acknowledgements flow back unchanged, so
 * the publisher and the consumer run the same code as with Kafka. Absent from the
 * production build (hub.messaging=kafka), where both channels are bound to topics.
 */
@ApplicationScoped
@IfBuildProperty(name = "hub.messaging", stringValue = "in-process")
public class InProcessRecordBridge {

    @Incoming("records-out")
    @Outgoing("records-in")
    public Message<String> forward(Message<String> message) {
        return message;
    }
}
