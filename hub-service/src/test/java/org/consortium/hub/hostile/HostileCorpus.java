package org.consortium.hub.hostile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.consortium.hub.hostile.Fields.Field;
import org.consortium.hub.hostile.Fields.Kind;
import org.consortium.hub.hostile.Injections.Injection;

/**
 * The hostile corpus of issue 10: hundreds of inputs the hub must refuse, each named by its
 * category and a description so that a failure says which one broke. Deterministic: the same
 * run prefix gives the same bytes.
 *
 * <ul>
 *   <li>{@link #records()}: records refused one by one inside a batch (202, listed by index);</li>
 *   <li>{@link #requests()}: requests refused as a whole (problem+json 4xx);</li>
 *   <li>{@link #messages()}: values produced straight to a record topic (dead-lettered);</li>
 *   <li>{@link #inertText()}: injection strings that are legitimate text, stored verbatim.</li>
 * </ul>
 * Duplicated ids are not refused but must not count twice: HostileInputTest and
 * HostileTopicTest send them and check the counts.
 */
public final class HostileCorpus {

    /** Largest Kafka message the local broker takes (message.max.bytes, about 1 MB), with room for headers. */
    static final int KAFKA_MESSAGE_LIMIT = 900_000;

    private final String run;
    private final String dataset;
    private final String organisation;
    private final Templates templates;
    private int serial;

    /**
     * @param run          prefix of every record id, so that runs never collide
     * @param dataset      the approved dataset the batches are sent to
     * @param organisation its owner, for whom the caller contributes
     */
    public HostileCorpus(String run, String dataset, String organisation) {
        this.run = run;
        this.dataset = dataset;
        this.organisation = organisation;
        this.templates = new Templates(dataset, organisation);
    }

    // ------------------------------------------------------------------ records in a batch

    /** Records the hub must refuse by index, in a stable order. */
    public List<RecordCase> records() {
        serial = 0;
        List<RecordCase> out = new ArrayList<>();
        out.addAll(wrongTypes());
        out.addAll(injections());
        out.addAll(huge());
        out.addAll(deepNesting());
        out.addAll(absurdCounts());
        out.addAll(foreignDatasets());
        return out;
    }

    private String nextId() {
        return "h-" + run + "-" + (serial++);
    }

    private RecordCase broken(Category category, String description, String type, String mentions,
                              UnaryOperator<ObjectNode> breaker) {
        return new RecordCase(category, description, breaker.apply(templates.of(type, nextId())).toString(),
                mentions);
    }

    private List<RecordCase> wrongTypes() {
        List<RecordCase> out = new ArrayList<>();
        for (Field f : Fields.ALL) {
            for (String literal : wrongTypeLiterals(f.kind())) {
                out.add(broken(Category.WRONG_TYPES, f.recordType() + " " + f.path() + " = " + literal,
                        f.recordType(), f.name(), e -> Templates.setRaw(e, f.path(), literal)));
            }
        }
        // Batch elements that are not record envelopes at all.
        for (String element : List.of("1", "\"record\"", "null", "true", "[]", "[{}]", "1.5", "{}")) {
            out.add(new RecordCase(Category.WRONG_TYPES, "batch element " + element, element, ""));
        }
        return out;
    }

    /** JSON literals of the wrong type for a field of this kind (1.0 would pass as an integer). */
    private static List<String> wrongTypeLiterals(Kind kind) {
        return switch (kind) {
            case CODE, ID, TEXT -> List.of("42", "false", "[\"x\"]");
            case INTEGER -> List.of("\"12\"", "1.5", "null");
            case BOOLEAN -> List.of("\"false\"", "0", "null");
            case OBJECT -> List.of("\"x\"", "[]", "7");
            case ARRAY -> List.of("\"x\"", "{}", "3");
        };
    }

    private List<RecordCase> injections() {
        List<RecordCase> out = new ArrayList<>();
        for (Field f : Fields.ALL) {
            if (!f.kind().isText()) {
                continue;
            }
            for (Injection i : Injections.ALL) {
                if (i.refusedIn(f.kind())) {
                    out.add(broken(Category.INJECTION, i.describe() + " in " + f.recordType() + " " + f.path(),
                            f.recordType(), f.name(), e -> Templates.set(e, f.path(), TextNode.valueOf(i.text()))));
                }
            }
        }
        // Injection strings as field names: unknown fields, refused whatever their name says.
        for (Injection i : Injections.ALL) {
            out.add(broken(Category.INJECTION, i.describe() + " as a field name", "performance", "payload",
                    e -> { ((ObjectNode) e.get("payload")).put(i.text(), "x"); return e; }));
        }
        return out;
    }

    private List<RecordCase> huge() {
        List<RecordCase> out = new ArrayList<>();
        out.add(text("performance", "payload.production.title", 301));
        out.add(text("performance", "payload.production.title", 100_000));
        out.add(text("performance", "payload.production.title", 1_000_000));
        out.add(text("performance", "payload.venue.hallName", 201));
        out.add(text("performance", "payload.work.authors[0]", 201));
        out.add(text("performance", "payload.work.type", 65));
        out.add(text("performance", "recordId", 129));
        out.add(text("performance", "recordId", 10_000));
        out.add(text("performance", "datasetId", 65));
        out.add(text("performance", "contributorOrg", 129));
        out.add(text("performance", "contributorOrg", 10_000));
        out.add(text("attendance", "payload.performanceRecordId", 129));
        out.add(text("work", "payload.title", 100_000));
        out.add(array("payload.work.authors", 51));
        out.add(array("payload.work.authors", 100_000));
        out.add(broken(Category.HUGE, "unknown field holding 1 000 000 characters", "performance", "huge",
                e -> { ((ObjectNode) e.get("payload")).put("huge", longText(1_000_000)); return e; }));
        out.add(broken(Category.HUGE, "unknown field named with 10 000 characters", "performance", "payload",
                e -> { ((ObjectNode) e.get("payload")).put("n".repeat(10_000), 1); return e; }));
        out.add(broken(Category.HUGE, "10 000 unknown fields", "performance", "payload", e -> {
            ObjectNode payload = (ObjectNode) e.get("payload");
            for (int i = 0; i < 10_000; i++) {
                payload.put("extra" + i, i);
            }
            return e;
        }));
        out.add(broken(Category.HUGE, "unknown field holding 100 000 numbers", "performance", "numbers", e -> {
            ArrayNode numbers = ((ObjectNode) e.get("payload")).putArray("numbers");
            for (int i = 0; i < 100_000; i++) {
                numbers.add(i);
            }
            return e;
        }));
        out.add(broken(Category.HUGE, "tickets of 900 digits", "attendance", "tickets",
                e -> Templates.setRaw(e, "payload.tickets", "9".repeat(900))));
        return out;
    }

    private RecordCase text(String type, String path, int length) {
        return broken(Category.HUGE, type + " " + path + " of " + length + " characters", type,
                path.replaceAll(".*\\.", "").replaceAll("\\[.*", ""),
                e -> Templates.set(e, path, TextNode.valueOf(longText(length))));
    }

    /**
     * Text of that length ending with '@': the e-mail scan looks further only when a text holds
     * one, and used to take quadratic time over the letters before it.
     */
    private static String longText(int length) {
        return "x".repeat(length - 1) + "@";
    }

    private RecordCase array(String path, int items) {
        return broken(Category.HUGE, "performance " + path + " of " + items + " items", "performance", "authors", e -> {
            ArrayNode array = Templates.JSON.createArrayNode();
            for (int i = 0; i < items; i++) {
                array.add("Author " + i);
            }
            return Templates.set(e, path, array);
        });
    }

    /**
     * Nesting within what the JSON parser reads (1 000 levels, the batch array and the envelope
     * included), so that each is refused as a record, not as a request.
     */
    private List<RecordCase> deepNesting() {
        List<RecordCase> out = new ArrayList<>();
        for (int depth : new int[] {10, 100, 400, 499, 500, 501, 600, 900, 990}) {
            out.add(broken(Category.DEEP_NESTING, "unknown field of arrays nested " + depth + " deep", "performance",
                    "extra", e -> setNested(e, "payload.extra", "[".repeat(depth) + "]".repeat(depth))));
        }
        for (int depth : new int[] {100, 500, 990}) {
            out.add(broken(Category.DEEP_NESTING, "unknown field of objects nested " + depth + " deep", "performance",
                    "extra", e -> setNested(e, "payload.extra", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
        }
        out.add(broken(Category.DEEP_NESTING, "title of arrays nested 600 deep", "performance", "title",
                e -> setNested(e, "payload.production.title", "[".repeat(600) + "]".repeat(600))));
        out.add(broken(Category.DEEP_NESTING, "tickets of arrays nested 600 deep", "attendance", "tickets",
                e -> setNested(e, "payload.tickets", "[".repeat(600) + "1" + "]".repeat(600))));
        out.add(broken(Category.DEEP_NESTING, "payload of objects nested 990 deep", "performance", "payload",
                e -> setNested(e, "payload", "{\"payload\":".repeat(990) + "{}" + "}".repeat(990))));
        return out;
    }

    /** Reads JSON deeper than the default limit of this test's own parser. */
    private static final JsonFactory DEEP = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5_000).build()).build();

    private static ObjectNode setNested(ObjectNode e, String path, String json) {
        try (JsonParser parser = DEEP.createParser(json)) {
            return Templates.set(e, path, Templates.JSON.readTree(parser));
        } catch (IOException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    private List<RecordCase> absurdCounts() {
        List<RecordCase> out = new ArrayList<>();
        absurd(out, "performance", "version", "0", "-1", "-2147483648", "2147483648", "4294967297",
                "9223372036854775807", "9223372036854775808", "1e30", "1.5");
        absurd(out, "attendance", "payload.tickets", "-1", "-2147483648", "2147483648", "4294967297",
                "100000000000000000000000000000", "1e12", "1.5");
        absurd(out, "attendance", "payload.revenueCents", "-1", "9007199254740992", "9223372036854775808",
                "100000000000000000000000000000", "1e300");
        absurd(out, "attendance", "payload.firstTimeBuyers", "-1", "11", "2147483648");
        absurd(out, "performance", "payload.venue.capacity", "-1", "2147483648", "100000000000000000000");
        absurd(out, "performance", "payload.durationMinutes", "0", "-5", "1441", "1000000000000");
        absurd(out, "performance", "payload.performers", "-1", "2147483648");
        absurd(out, "performance", "payload.work.yearOfFirstPerformance", "-3001", "2101", "1000000000000000",
                "-1000000000000000");
        absurd(out, "work", "payload.yearOfFirstPerformance", "-3001", "2101");
        return out;
    }

    private void absurd(List<RecordCase> out, String type, String path, String... literals) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        for (String literal : literals) {
            // firstTimeBuyers above the line's 10 tickets is refused by a cross-field rule.
            out.add(broken(Category.ABSURD_COUNTS, type + " " + path + " = " + literal, type, name,
                    e -> Templates.setRaw(e, path, literal)));
        }
    }

    private List<RecordCase> foreignDatasets() {
        List<RecordCase> out = new ArrayList<>();
        for (String other : List.of("opera-sud-billetterie", "no-such-dataset-" + run,
                "festival-des-remparts-billetterie", dataset.toUpperCase(), "")) {
            out.add(broken(Category.FOREIGN_DATASETS, "datasetId '" + other + "'", "performance", "datasetId",
                    e -> e.put("datasetId", other)));
        }
        for (String other : List.of("opera-sud", "no-such-organisation-" + run, "", organisation + " ",
                organisation.toUpperCase())) {
            out.add(broken(Category.FOREIGN_DATASETS, "contributorOrg '" + other + "'", "attendance",
                    "contributorOrg", e -> e.put("contributorOrg", other)));
        }
        // A type of record the dataset does not hold (an attendance dataset takes no works).
        out.add(broken(Category.FOREIGN_DATASETS, "a work record in an attendance dataset", "work", "work",
                UnaryOperator.identity()));
        return out;
    }

    // ------------------------------------------------------------------ whole requests

    /** The envelope with a second "recordId" key in front of its own. */
    private static String withDuplicateKey(String envelope) {
        return "{\"recordId\":\"another-id\"," + envelope.substring(1);
    }

    /** Requests the hub must refuse as a whole, with the status each must get. */
    public List<RequestCase> requests() {
        List<RequestCase> out = new ArrayList<>();
        String valid = "[" + templates.performance("r-" + run + "-a") + "," + templates.attendance("r-" + run + "-b",
                "r-" + run + "-a") + "]";
        // Malformed JSON: a valid batch cut short anywhere, and text that is not JSON.
        for (int i = 1; i <= 12; i++) {
            int cut = valid.length() * i / 13;
            out.add(json(Category.MALFORMED_JSON, "valid batch cut after " + cut + " characters",
                    valid.substring(0, cut), 400));
        }
        for (String text : RawBytes.MALFORMED) {
            out.add(json(Category.MALFORMED_JSON, Printable.of(text), text, 400));
        }
        for (String text : List.of("null", "\"text\"", "42", "true", "{\"datasetId\":\"" + dataset + "\"}", "",
                "   ")) {
            out.add(json(Category.MALFORMED_JSON, "body " + Printable.of(text) + " (not an array)", text, 400));
        }
        for (String line : List.of("{\"datasetId\":", "not json", "[1,2", "{\"a\":1}}")) {
            String body = templates.performance("r-" + run + "-n") + "\n" + line + "\n";
            out.add(request(Category.MALFORMED_JSON, "NDJSON with line 2 " + Printable.of(line), NDJSON,
                    RawBytes.utf8(body), 400));
        }
        out.add(request(Category.MALFORMED_JSON, "NDJSON of blank lines only", NDJSON, RawBytes.utf8("\n \n\n"), 400));
        // A key given twice: read last-one-wins, the record would say two things.
        out.add(json(Category.MALFORMED_JSON, "a key given twice in one record", "[" + withDuplicateKey(
                templates.performance("r-" + run + "-d").toString()) + "]", 400));

        // Invalid UTF-8, as raw bytes: inside a string, inside a field name, in NDJSON.
        String marked = "[" + templates.performance("r-" + run + "-u").put("recordId", "r-" + run + "-u-@@")
                .toString().replace("\"version\"", "\"ver@@sion\"") + "]";
        for (RawBytes.Bytes b : RawBytes.INVALID_UTF8) {
            String inValue = marked.replace("ver@@sion", "version");
            String inName = marked.replace("-u-@@", "-u");
            out.add(request(Category.INVALID_UTF8, b.description() + " in a record id", JSON,
                    RawBytes.splice(inValue, "@@", b.bytes()), 400));
            out.add(request(Category.INVALID_UTF8, b.description() + " in a field name", JSON,
                    RawBytes.splice(inName, "@@", b.bytes()), 400));
            String ndjson = inValue.substring(1, inValue.length() - 1) + "\n";
            out.add(request(Category.INVALID_UTF8, b.description() + " in an NDJSON line", NDJSON,
                    RawBytes.splice(ndjson, "@@", b.bytes()), 400));
        }
        out.add(request(Category.INVALID_UTF8, "batch encoded in UTF-16LE", JSON,
                valid.getBytes(StandardCharsets.UTF_16LE), 400));
        out.add(request(Category.INVALID_UTF8, "batch encoded in UTF-16 with a byte order mark", JSON,
                valid.getBytes(StandardCharsets.UTF_16), 400));
        out.add(request(Category.INVALID_UTF8, "batch encoded in ISO-8859-1 (Molière)", JSON,
                valid.getBytes(StandardCharsets.ISO_8859_1), 400));
        out.add(request(Category.INVALID_UTF8, "batch encoded in UTF-32", JSON,
                valid.getBytes(Charset.forName("UTF-32")), 400));

        // Content types the endpoint does not read.
        for (String type : List.of("text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "image/png", "application/yaml")) {
            out.add(request(Category.WRONG_CONTENT_TYPE, "Content-Type " + type, type, RawBytes.utf8(valid), 415));
        }
        // A request without any Content-Type is read as a JSON array, the endpoint's first type: not hostile.

        // Too big as a whole: too many records, or beyond what the JSON parser reads.
        String record = templates.attendance("r-" + run + "-big", "r-" + run + "-a").toString();
        out.add(json(Category.HUGE, "10 001 records", "[" + String.join(",", Collections.nCopies(10_001, record)) + "]",
                413));
        out.add(json(Category.HUGE, "10 001 nulls", "[" + String.join(",", Collections.nCopies(10_001, "null")) + "]",
                413));
        out.add(request(Category.HUGE, "NDJSON of 10 001 lines", NDJSON,
                RawBytes.utf8(String.join("\n", Collections.nCopies(10_001, record))), 413));
        // Refused on its announced length alone, before the hub reads it: only the start is sent.
        out.add(new RequestCase(Category.HUGE, "a body announced as 64 MiB and 1 byte (the limit is 64 MiB)",
                dataset, JSON, RawBytes.utf8("[" + " ".repeat(1_000)),
                Map.of("Content-Length", String.valueOf(64L * 1024 * 1024 + 1)), 413));
        out.add(json(Category.HUGE, "a string of 21 000 000 characters", "[\"" + "a".repeat(21_000_000) + "\"]", 400));
        out.add(json(Category.HUGE, "a number of 2 000 digits", "[" + "9".repeat(2_000) + "]", 400));
        out.add(json(Category.HUGE, "a field name of 60 000 characters", "[{\"" + "n".repeat(60_000) + "\":1}]", 400));

        // Nesting beyond what the JSON parser reads (1 000 levels).
        out.add(json(Category.DEEP_NESTING, "arrays nested 1 001 deep", "[".repeat(1_001) + "]".repeat(1_001), 400));
        out.add(json(Category.DEEP_NESTING, "arrays nested 100 000 deep, never closed", "[".repeat(100_000), 400));
        out.add(json(Category.DEEP_NESTING, "objects nested 2 000 deep",
                "[" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "]", 400));
        out.add(request(Category.DEEP_NESTING, "NDJSON line nested 1 001 deep", NDJSON,
                RawBytes.utf8("{\"a\":" + "[".repeat(1_000) + "]".repeat(1_000) + "}\n"), 400));

        // Datasets that are not the caller's to fill, named in the path.
        out.add(datasetPath("another member's dataset", "opera-sud-billetterie", 403));
        out.add(datasetPath("a proposed dataset", "festival-des-remparts-billetterie", 403));
        out.add(datasetPath("an unknown dataset", "no-such-dataset-" + run, 404));
        // Percent-encoded, as a client would send them; the control characters are left to the bodies.
        for (Injection i : Injections.ALL) {
            if (!i.hasControl()) {
                out.add(datasetPath(i.describe() + " as the dataset id",
                        URLEncoder.encode(i.text(), StandardCharsets.UTF_8).replace("+", "%20"), 404));
            }
        }

        // Idempotency keys the hub refuses.
        for (String key : List.of("' OR '1'='1", "k".repeat(201), "key with spaces", "key\twith\ttabs")) {
            out.add(new RequestCase(Category.INJECTION, "Idempotency-Key " + Printable.of(key), dataset, JSON,
                    RawBytes.utf8(valid), Map.of("Idempotency-Key", key), 400));
        }
        return out;
    }

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    private RequestCase json(Category category, String description, String body, int status) {
        return request(category, description, JSON, RawBytes.utf8(body), status);
    }

    private RequestCase request(Category category, String description, String contentType, byte[] body, int status) {
        return new RequestCase(category, description, dataset, contentType, body, Map.of(), status);
    }

    private RequestCase datasetPath(String description, String encodedDatasetId, int status) {
        return new RequestCase(Category.FOREIGN_DATASETS, description, encodedDatasetId, JSON,
                RawBytes.utf8("[" + templates.performance("r-" + run + "-p") + "]"), Map.of(), status);
    }

    // ------------------------------------------------------------------ Kafka messages

    /**
     * Values produced straight to a record topic: every record case small enough for a Kafka
     * message, and values no API request can carry, one value each: not JSON, not an object,
     * not UTF-8.
     */
    public List<MessageCase> messages() {
        List<MessageCase> out = new ArrayList<>();
        for (RecordCase r : records()) {
            byte[] value = RawBytes.utf8(r.json());
            if (value.length <= KAFKA_MESSAGE_LIMIT) {
                out.add(new MessageCase(r.category(), r.description(), value));
            }
        }
        for (String text : RawBytes.MALFORMED) {
            String value = text.startsWith("[") && text.length() > 2 ? text.substring(1, text.length() - 1) : text;
            out.add(new MessageCase(Category.MALFORMED_JSON, Printable.of(value), RawBytes.utf8(value)));
        }
        out.add(new MessageCase(Category.MALFORMED_JSON, "a key given twice in one record",
                RawBytes.utf8(withDuplicateKey(templates.performance(nextId()).toString()))));
        out.add(new MessageCase(Category.MALFORMED_JSON, "empty value", new byte[0]));
        out.add(new MessageCase(Category.MALFORMED_JSON, "no value (tombstone)", null));
        out.add(new MessageCase(Category.MALFORMED_JSON, "a batch array instead of one record",
                RawBytes.utf8("[" + templates.performance(nextId()) + "]")));
        // At the broker's limit for one message (1 MiB), with reasons enough that a dead letter
        // holding the whole record and its reasons would not fit.
        ObjectNode atTheLimit = templates.performance(nextId());
        ObjectNode payload = (ObjectNode) atTheLimit.get("payload");
        for (int i = 0; i < 6; i++) {
            payload.put("unknown" + i, i);
        }
        String filler = "a".repeat(1_048_000 - atTheLimit.toString().length() - "\"filler\":\"\",".length());
        payload.put("filler", filler);
        out.add(new MessageCase(Category.HUGE, "a record of 1 048 000 bytes with 7 unknown fields",
                RawBytes.utf8(atTheLimit.toString())));
        out.add(new MessageCase(Category.DEEP_NESTING, "arrays nested 1 001 deep",
                RawBytes.utf8("[".repeat(1_001) + "]".repeat(1_001))));
        for (RawBytes.Bytes b : RawBytes.INVALID_UTF8) {
            // Valid records but for these bytes in a title: a lenient decoder would store them.
            String record = templates.performance(nextId()).toString()
                    .replace("\"Le Misanthrope\"}", "\"Le Misanthrope @@\"}");
            out.add(new MessageCase(Category.INVALID_UTF8, b.description() + " in a title",
                    RawBytes.splice(record, "@@", b.bytes())));
            String named = templates.performance(nextId()).toString().replace("\"genre\"", "\"gen@@re\"");
            out.add(new MessageCase(Category.INVALID_UTF8, b.description() + " in a field name",
                    RawBytes.splice(named, "@@", b.bytes())));
        }
        out.add(new MessageCase(Category.INVALID_UTF8, "record encoded in UTF-16LE",
                templates.performance(nextId()).toString().getBytes(StandardCharsets.UTF_16LE)));
        out.add(new MessageCase(Category.INVALID_UTF8, "record encoded in ISO-8859-1 (Molière)",
                templates.performance(nextId()).toString().getBytes(StandardCharsets.ISO_8859_1)));
        return out;
    }

    // ------------------------------------------------------------------ inert text

    /**
     * Valid records whose free text and identifiers hold the injection strings that are
     * legitimate characters there: stored verbatim, never interpreted. One performance per
     * string, with the string in every free-text field and, when it has no whitespace, in its
     * record id; one attendance line for each such performance.
     */
    public List<ObjectNode> inertText() {
        List<ObjectNode> out = new ArrayList<>();
        int n = 0;
        for (Injection i : Injections.ALL) {
            if (i.hasControl()) {
                continue;
            }
            String performanceId = i.hasWhitespace() ? "i-" + run + "-" + n : i.text() + "-" + run + "-" + n;
            ObjectNode performance = templates.performance(performanceId);
            for (Field f : Fields.ALL) {
                if (f.kind() == Kind.TEXT && f.recordType().equals("performance")) {
                    Templates.set(performance, f.path(), TextNode.valueOf(i.text()));
                }
            }
            out.add(performance);
            if (!i.hasWhitespace()) {
                out.add(templates.attendance(i.text() + "-" + run + "-line-" + n, performanceId));
            }
            n++;
        }
        return out;
    }
}
