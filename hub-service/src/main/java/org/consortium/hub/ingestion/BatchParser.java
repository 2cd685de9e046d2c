package org.consortium.hub.ingestion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.web.problem.PayloadTooLargeProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.consortium.hub.web.problem.Violation;

/**
 * Reads a contribution batch, a JSON array or NDJSON (one envelope per line), stopping as
 * soon as it exceeds the record limit. Elements that are not objects are kept as they are:
 * the gate refuses them one by one with their index.
 */
final class BatchParser {

    private BatchParser() {
    }

    static List<JsonNode> parse(ObjectMapper mapper, byte[] body, boolean ndjson, int maxRecords) {
        if (body == null || body.length == 0) {
            throw ValidationProblem.ofField("body", "a batch of records is required");
        }
        return ndjson ? ndjson(mapper, body, maxRecords) : array(mapper, body, maxRecords);
    }

    private static List<JsonNode> array(ObjectMapper mapper, byte[] body, int maxRecords) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(body)) {
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

    private static List<JsonNode> ndjson(ObjectMapper mapper, byte[] body, int maxRecords) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
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
                try {
                    out.add(mapper.readTree(line));
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
