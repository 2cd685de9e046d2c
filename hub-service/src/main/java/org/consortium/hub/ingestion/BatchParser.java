package org.consortium.hub.ingestion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.web.problem.PayloadTooLargeProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.consortium.hub.web.problem.Violation;

/**
 * Reads a contribution batch, a JSON array or NDJSON (one envelope per line), in UTF-8,
 * stopping as soon as it exceeds the record limit. Elements that are not objects are kept as
 * they are: the gate refuses them one by one with their index.
 */
final class BatchParser {

    private BatchParser() {
    }

    static List<JsonNode> parse(ObjectMapper mapper, byte[] body, boolean ndjson, int maxRecords) {
        if (body == null || body.length == 0) {
            throw ValidationProblem.ofField("body", "a batch of records is required");
        }
        String text = utf8(body);
        return ndjson ? ndjson(mapper, text, maxRecords) : array(mapper, text, maxRecords);
    }

    /**
     * The body as text, refusing any byte that is not UTF-8 (JSON between systems is UTF-8,
     * RFC 8259). Decoding here, rather than letting the JSON parser read bytes, also stops it
     * from guessing UTF-16 or UTF-32, and from replacing bad bytes in NDJSON with U+FFFD.
     */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ValidationProblem.ofField("body", "is not valid UTF-8: byte " + in.position()
                    + " does not belong to a UTF-8 sequence; send the batch in UTF-8");
        }
        String text = out.flip().toString();
        // A byte order mark is allowed before UTF-8 JSON, and means nothing.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<JsonNode> array(ObjectMapper mapper, String body, int maxRecords) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser parser = strict(mapper.createParser(body))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ValidationProblem.ofField("body", "must be a JSON array of record envelopes "
                        + "(or NDJSON with Content-Type application/x-ndjson)");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (out.size() == maxRecords) {
                    throw tooLarge(maxRecords);
                }
                out.add(mapper.readTree(parser));
            }
            if (parser.nextToken() != null) {
                throw ValidationProblem.ofField("body", "unexpected content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw ValidationProblem.ofField("body", "could not be read: " + e.getMessage());
        }
        return out;
    }

    private static List<JsonNode> ndjson(ObjectMapper mapper, String body, int maxRecords) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(body))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (out.size() == maxRecords) {
                    throw tooLarge(maxRecords);
                }
                try (JsonParser parser = strict(mapper.createParser(line))) {
                    out.add(mapper.readTree(parser));
                    if (parser.nextToken() != null) {
                        throw malformed("unexpected content after the record", lineNumber,
                                (int) parser.currentLocation().getColumnNr());
                    }
                } catch (JsonProcessingException e) {
                    throw malformed(e.getOriginalMessage(), lineNumber,
                            e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
                }
            }
        } catch (IOException e) {
            throw ValidationProblem.ofField("body", "could not be read: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw ValidationProblem.ofField("body", "a batch of records is required");
        }
        return out;
    }

    /** A key given twice in one object is malformed, not read last-one-wins. */
    private static JsonParser strict(JsonParser parser) {
        return parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private static PayloadTooLargeProblem tooLarge(int maxRecords) {
        return new PayloadTooLargeProblem("A batch holds at most " + maxRecords
                + " records; split it into several requests");
    }

    private static ValidationProblem malformed(String message, int line, int column) {
        String where = line < 0 ? "" : " (line " + line + ", column " + column + ")";
        return new ValidationProblem("Malformed JSON" + where + ": " + message,
                List.of(new Violation("body", "malformed JSON" + where + ": " + message)));
    }
}
