/**
 * Kafka transport for members allowed to produce directly to the hub's contribution topics:
 * {@link org.consortium.hub.sdk.kafka.KafkaContributor}.
 */
package org.consortium.hub.sdk.kafka;
