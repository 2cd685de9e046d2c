package org.consortium.hub.hostile;

/** The kinds of hostile input of issue 10's fault list; every one is present in {@link HostileCorpus}. */
public enum Category {
    MALFORMED_JSON("malformed JSON"),
    WRONG_TYPES("wrong types"),
    HUGE("huge strings and arrays"),
    DEEP_NESTING("deep nesting"),
    ABSURD_COUNTS("negative or absurd counts"),
    FOREIGN_DATASETS("unknown or foreign datasets"),
    INJECTION("injection strings"),
    DUPLICATED_IDS("duplicated ids"),
    INVALID_UTF8("invalid UTF-8"),
    WRONG_CONTENT_TYPE("wrong content type");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
