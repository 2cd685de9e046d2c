package org.consortium.hub.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid records of the three types, for one dataset and its owner, that the corpus then
 * breaks one field at a time. Every optional field is present, so that every field of the
 * contract can be broken.
 */
public final class Templates {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A date no other test uses, so that a stored record never shifts another test's figures. */
    static final String START = "2031-03-14T20:00:00+01:00";

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private final String dataset;
    private final String organisation;

    public Templates(String dataset, String organisation) {
        this.dataset = dataset;
        this.organisation = organisation;
    }

    public ObjectNode performance(String recordId) {
        ObjectNode p = JSON.createObjectNode();
        p.putObject("production").put("title", "Le Misanthrope");
        ObjectNode work = p.putObject("work");
        work.put("title", "Le Misanthrope");
        work.putArray("authors").add("Molière");
        work.put("type", "play").put("yearOfFirstPerformance", 1666);
        p.putObject("venue").put("hallName", "Grande salle").put("capacity", 500).put("communeCode", "59350");
        p.put("startDateTime", START).put("genre", "theatre").put("language", "fr").put("durationMinutes", 150)
                .put("performers", 9).put("youngAudience", false).put("coProduction", false);
        return envelope("performance", recordId, p);
    }

    public ObjectNode attendance(String recordId, String performanceRecordId) {
        ObjectNode p = JSON.createObjectNode();
        p.put("performanceRecordId", performanceRecordId).put("tariffCategory", "full").put("tickets", 10)
                .put("revenueCents", 15_000).put("currency", "EUR").put("buyerDepartment", "59")
                .put("ageBand", "35-49").put("firstTimeBuyers", 2);
        return envelope("attendance", recordId, p);
    }

    public ObjectNode work(String recordId) {
        ObjectNode p = JSON.createObjectNode();
        p.put("title", "Le Misanthrope");
        p.putArray("authors").add("Molière");
        p.put("type", "play").put("yearOfFirstPerformance", 1666);
        p.putObject("externalIds").put("wikidata", "Q1155218").put("isni", "0000000121032683");
        return envelope("work", recordId, p);
    }

    /** A performance with titles of its own, so that it mints its own work and production. */
    public ObjectNode performanceTitled(String recordId, String title) {
        ObjectNode p = performance(recordId);
        set(p, "payload.production.title", JSON.getNodeFactory().textNode(title));
        return set(p, "payload.work.title", JSON.getNodeFactory().textNode(title));
    }

    /** An attendance line of {@code tickets} tickets at {@code version}, none bought by first-time buyers. */
    public ObjectNode ticketLine(String recordId, String performanceRecordId, int version, int tickets) {
        ObjectNode line = attendance(recordId, performanceRecordId).put("version", version);
        ((ObjectNode) line.get("payload")).put("tickets", tickets).put("firstTimeBuyers", 0);
        return line;
    }

    public ObjectNode of(String recordType, String recordId) {
        return switch (recordType) {
            case "performance" -> performance(recordId);
            case "attendance" -> attendance(recordId, recordId + "-performance");
            case "work" -> work(recordId);
            default -> throw new IllegalArgumentException(recordType);
        };
    }

    private ObjectNode envelope(String type, String recordId, ObjectNode payload) {
        ObjectNode e = JSON.createObjectNode();
        e.put("datasetId", dataset).put("contributorOrg", organisation).put("recordType", type)
                .put("recordId", recordId).put("version", 1).put("schemaVersion", "1.0").put("deleted", false);
        e.set("payload", payload);
        return e;
    }

    /**
     * Sets the value at a path such as {@code payload.work.authors[0]}; objects and arrays on
     * the way must exist.
     */
    public static ObjectNode set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            boolean last = i == segments.length - 1;
            if (m.group(2) == null) {
                if (last) {
                    ((ObjectNode) node).set(m.group(1), value);
                } else {
                    node = node.get(m.group(1));
                }
            } else {
                ArrayNode array = (ArrayNode) node.get(m.group(1));
                int index = Integer.parseInt(m.group(2));
                if (last) {
                    array.set(index, value);
                } else {
                    node = array.get(index);
                }
            }
        }
        return root;
    }

    /** The same, with a JSON literal: {@code set(e, "payload.tickets", "1e30")}. */
    public static ObjectNode setRaw(ObjectNode root, String path, String jsonLiteral) {
        try {
            return set(root, path, JSON.readTree(jsonLiteral));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(jsonLiteral, e);
        }
    }
}
