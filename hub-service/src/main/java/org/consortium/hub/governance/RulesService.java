package org.consortium.hub.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.policies.voting.RulesValidator;
import org.consortium.hub.policies.voting.VotingRules;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.RuleViolationProblem;
import org.consortium.hub.web.problem.Violation;

/**
 * Versions of the bodies' voting rules. Checking is the library's {@link RulesValidator}; this
 * class stores, reads and numbers versions. Methods run in the caller's transaction.
 */
@ApplicationScoped
public class RulesService {

    @Inject
    ObjectMapper json;

    public Optional<RulesVersion> current(String bodyId) {
        return RulesVersion.<RulesVersion>find("bodyId = ?1 order by version desc", bodyId).firstResultOptional();
    }

    public RulesVersion require(String bodyId, int version) {
        RulesVersion found = RulesVersion.findById(new RulesVersion.Key(bodyId, version));
        if (found == null) {
            throw new NotFoundProblem("Rules version " + version + " of body", bodyId);
        }
        return found;
    }

    public List<RulesVersion> history(String bodyId) {
        return RulesVersion.list("bodyId = ?1 order by version", bodyId);
    }

    /** Stores {@code rules} as the body's next version; the caller has validated them. */
    RulesVersion addVersion(String bodyId, VotingRules rules, String by) {
        RulesVersion v = new RulesVersion();
        v.bodyId = bodyId;
        v.version = current(bodyId).map(c -> c.version + 1).orElse(1);
        v.rulesJson = write(rules);
        v.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        v.createdBy = by;
        v.persist();
        return v;
    }

    public VotingRules rulesOf(RulesVersion version) {
        try {
            return json.readValue(version.rulesJson, VotingRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rules of " + version.bodyId + " v" + version.version + " are unreadable", e);
        }
    }

    RulesVersionView view(RulesVersion v) {
        return new RulesVersionView(v.bodyId, v.version, rulesOf(v), v.createdAt, v.createdBy);
    }

    /**
     * 422 with one violation per path when the rules, or the seats under them, are invalid.
     * A body without seats is checked on its rules alone (seats come with their own check).
     */
    static void requireValid(VotingRules rules, List<SeatSnapshot> seats, String what) {
        List<org.consortium.hub.policies.voting.Violation> found = seats.isEmpty()
                ? RulesValidator.validate(rules)
                : RulesValidator.validate(rules, seats.stream().map(SeatSnapshot::toVotingSeat).toList());
        if (!found.isEmpty()) {
            List<Violation> violations = found.stream().map(v -> new Violation(v.path(), v.message())).toList();
            throw new RuleViolationProblem(what + ": " + String.join("; ", found.stream().map(Object::toString).toList()),
                    violations);
        }
    }

    String write(VotingRules rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise voting rules", e);
        }
    }
}
