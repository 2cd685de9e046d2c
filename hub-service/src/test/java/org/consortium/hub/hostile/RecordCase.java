package org.consortium.hub.hostile;

/**
 * One hostile record, sent inside a batch: the hub must refuse it by its index.
 *
 * @param category    what kind of hostility
 * @param description what exactly, so that a failure names the input
 * @param json        the record as sent (one JSON value, valid JSON)
 * @param mentions    what a reason of the refusal must mention (a field name), or "" for any reason
 */
public record RecordCase(Category category, String description, String json, String mentions) {

    public String name() {
        return category.label() + ": " + description;
    }
}
