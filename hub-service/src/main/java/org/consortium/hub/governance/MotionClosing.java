package org.consortium.hub.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.consortium.hub.policies.voting.Ballot;
import org.consortium.hub.policies.voting.Outcome;
import org.consortium.hub.policies.voting.Tally;
import org.consortium.hub.policies.voting.TallyResult;
import org.consortium.hub.policies.voting.VotingRules;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.NotFoundProblem;

/**
 * Closes motions: tallies them with the library under the rule version and seats they opened
 * with, applies the decision through {@link DecisionEffects} and appends the decision log
 * entry, all in one transaction. Closing happens at the deadline ({@link MotionDeadlines}),
 * when the last seat votes ({@link BallotService}) or early by a hub-admin.
 */
@ApplicationScoped
public class MotionClosing {

    @Inject
    EntityManager em;

    @Inject
    MotionService motions;

    @Inject
    RulesService rules;

    @Inject
    DecisionEffects effects;

    @Inject
    DecisionLog log;

    @Inject
    ObjectMapper json;

    /** A hub-admin's early close. */
    @Transactional
    public MotionView closeNow(UUID id, String by) {
        Motion m = lock(id);
        if (m == null) {
            throw new NotFoundProblem("Motion", id);
        }
        if (m.status != MotionStatus.OPEN) {
            throw new ConflictProblem("Motion " + id + " is already closed (outcome " + m.outcome + ")");
        }
        close(m, "closed early by " + by);
        return motions.view(m);
    }

    /** The scheduler's close; does nothing when another replica or a last ballot closed it first. */
    @Transactional
    public boolean closeIfExpired(UUID id) {
        Motion m = lock(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (m == null || m.status != MotionStatus.OPEN || now.isBefore(m.closesAt)) {
            return false;
        }
        close(m, "the voting window ended at " + m.closesAt);
        return true;
    }

    @Transactional
    public List<UUID> expired(OffsetDateTime now) {
        return em.createQuery("select m.id from Motion m where m.status = :open and m.closesAt <= :now order by m.closesAt",
                        UUID.class)
                .setParameter("open", MotionStatus.OPEN).setParameter("now", now).getResultList();
    }

    /** Closes a motion the caller has locked, in the caller's transaction. */
    void close(Motion m, String reason) {
        RulesVersion version = rules.require(m.bodyId, m.rulesVersion);
        VotingRules votingRules = rules.rulesOf(version);
        List<SeatSnapshot> seats = motions.seats(m);
        List<Ballot> ballots = CastBallot.<CastBallot>list("motionId", m.id).stream()
                .map(b -> new Ballot(b.seatId.toString(), b.choice)).toList();
        TallyResult tally = Tally.of(votingRules, seats.stream().map(SeatSnapshot::toVotingSeat).toList(), ballots);

        m.status = MotionStatus.CLOSED;
        m.closedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        m.outcome = tally.outcome().name();
        em.flush();

        DecidedMotion decided = new DecidedMotion(m.id, m.kind, m.subjectRef, m.bodyId, m.rulesVersion,
                m.ratification, tally.outcome(), tally.referredTo());
        List<String> effectLines = new java.util.ArrayList<>(effects.apply(decided));
        if (tally.outcome() == Outcome.TIED_REFERRED) {
            effectLines.add(refer(m, tally.referredTo()));
        }

        ObjectNode explanation = json.createObjectNode();
        explanation.put("title", m.title);
        explanation.put("closing", reason);
        explanation.set("rules", json.valueToTree(votingRules));
        ArrayNode lines = explanation.putArray("lines");
        tally.explanation().lines().forEach(lines::add);
        ArrayNode applied = explanation.putArray("effects");
        effectLines.forEach(applied::add);
        DecisionEntry entry = log.append(new DecisionLog.NewEntry(m.kind.name(), m.subjectRef, m.id, m.bodyId,
                tally.outcome().name(), m.rulesVersion, explanation));
        m.decisionSeq = entry.seq;
        effects.recorded(decided, entry.seq);
    }

    /** A tie referred to another body opens the same motion there, if that body can vote. */
    private String refer(Motion m, String bodyId) {
        try {
            Motion next = motions.openIn(new MotionService.Opening(bodyId, m.kind, m.subjectRef, m.title,
                    m.description, null, m.ratification), "referral of motion " + m.id);
            return "Referred: motion " + next.id + " opened in '" + bodyId + "'.";
        } catch (RuntimeException e) {
            // Not fatal to the decision: the referral is recorded and a hub-admin reopens it by hand.
            return "Referral to '" + bodyId + "' could not open a motion (" + e.getMessage() + "); a hub-admin must open it.";
        }
    }

    private Motion lock(UUID id) {
        return em.find(Motion.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
