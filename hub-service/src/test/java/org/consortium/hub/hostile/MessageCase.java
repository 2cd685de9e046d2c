package org.consortium.hub.hostile;

/**
 * One hostile Kafka message value, produced straight to a record topic: the hub must send it
 * to the dead-letter topic with a reason and count it as refused on its receipt.
 */
public record MessageCase(Category category, String description, byte[] value) {

    public String name() {
        return category.label() + ": " + description;
    }
}
