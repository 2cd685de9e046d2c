package org.consortium.hub.governance;

import java.time.OffsetDateTime;
import org.consortium.hub.policies.voting.VotingRules;

/** One version of a body's rules. */
public record RulesVersionView(String bodyId, int version, VotingRules rules, OffsetDateTime createdAt, String createdBy) {
}
