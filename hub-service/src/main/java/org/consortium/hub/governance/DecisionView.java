package org.consortium.hub.governance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One decision log entry as the API shows it.
 *
 * @param explanation the tally's explanation lines, the rules applied, the effects and any reason
 */
public record DecisionView(long seq, OffsetDateTime at, String kind, String subject, UUID motionId, String bodyId,
                           String outcome, Integer rulesVersion, JsonNode explanation, String prevHash, String hash) {
}
