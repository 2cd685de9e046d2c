package org.consortium.hub.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.jboss.logging.Logger;

/** Opens and reads motions. Ballots: {@link BallotService}; closing: {@link MotionClosing}. */
@ApplicationScoped
public class MotionService {

    private static final Logger LOG = Logger.getLogger(MotionService.class);

    @Inject
    RulesService rules;

    @Inject
    DecisionEffects effects;

    @Inject
    GovernanceConfig config;

    @Inject
    ObjectMapper json;

    /** What to open; {@code closesAt} null means the configured voting window from now. */
    public record Opening(String bodyId, MotionKind kind, String subject, String title, String description,
                          OffsetDateTime closesAt, boolean ratification) {
    }

    @Transactional
    public MotionView open(MotionRequest r, String by) {
        return view(openIn(new Opening(r.bodyId(), r.kind(), blankToNull(r.subject()), r.title(), r.description(),
                r.closesAt(), false), by));
    }

    /**
     * Opens a motion in the caller's transaction, under the body's current rules and with a
     * snapshot of its seats.
     */
    public Motion openIn(Opening o, String by) {
        VotingBody body = VotingBody.findById(o.bodyId());
        if (body == null) {
            throw new NotFoundProblem("Voting body", o.bodyId());
        }
        RulesVersion version = rules.current(body.id).orElseThrow(() -> new ConflictProblem(
                "Voting body '" + body.id + "' has no rules yet; PUT its rules before opening motions"));
        List<SeatSnapshot> seats = BodyService.snapshot(body);
        RulesService.requireValid(rules.rulesOf(version), seats, "Voting body '" + body.id + "' cannot vote as it stands");
        if (o.subject() == null && o.kind() != MotionKind.GENERAL) {
            throw ValidationProblem.ofField("subject", "is required for a " + o.kind() + " motion");
        }
        if (!o.ratification()) {
            // A ratification follows a measure already applied (the subject's state has moved on).
            effects.checkSubject(o.kind(), o.subject());
        }
        if (o.subject() != null && Motion.count("kind = ?1 and subjectRef = ?2 and status = ?3",
                o.kind(), o.subject(), MotionStatus.OPEN) > 0) {
            throw new ConflictProblem("A " + o.kind() + " motion about '" + o.subject() + "' is already open");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Motion m = new Motion();
        m.id = UUID.randomUUID();
        m.bodyId = body.id;
        m.rulesVersion = version.version;
        m.kind = o.kind();
        m.subjectRef = o.subject();
        m.title = o.title();
        m.description = o.description();
        m.ratification = o.ratification();
        m.seatsJson = write(seats);
        m.openedBy = by;
        m.openedAt = now;
        m.closesAt = o.closesAt() != null ? o.closesAt() : now.plus(config.votingWindow());
        m.status = MotionStatus.OPEN;
        m.persist();
        return m;
    }

    /**
     * The admission motion an application opens, in the configured body. When that body does
     * not exist or has no rules the application still stands, without a motion: a hub-admin
     * opens one later (POST /api/v1/motions).
     */
    public Optional<Motion> openAdmission(String organisationId, String legalName, String by) {
        return openIfBodyReady(new Opening(config.admissionBody(), MotionKind.ADMIT_MEMBER, organisationId,
                "Admit " + legalName, "Application of " + legalName + " to join the consortium.", null, false), by);
    }

    /**
     * Opens a motion that a request triggers automatically (an application, a dataset
     * proposal) in the caller's transaction; when the configured body is missing or has no
     * rules, opens nothing and the request still stands: a hub-admin opens the motion later.
     */
    public Optional<Motion> openIfBodyReady(Opening o, String by) {
        if (VotingBody.findById(o.bodyId()) == null || rules.current(o.bodyId()).isEmpty()) {
            LOG.warnf("No %s motion about '%s': body '%s' is missing or has no rules", o.kind(), o.subject(), o.bodyId());
            return Optional.empty();
        }
        return Optional.of(openIn(o, by));
    }

    /** The open motion of one of these kinds about a subject, if any (a subject has at most one at a time per kind). */
    public Optional<UUID> openMotionAbout(String subject, java.util.Collection<MotionKind> kinds) {
        return Motion.<Motion>find("subjectRef = ?1 and status = ?2 and kind in ?3 order by openedAt",
                subject, MotionStatus.OPEN, kinds).firstResultOptional().map(m -> m.id);
    }

    @Transactional
    public Page<MotionView> list(MotionStatus status, MotionKind kind, String bodyId, String subject, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            clauses.add("status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            clauses.add("kind = :kind");
            params.and("kind", kind);
        }
        if (bodyId != null) {
            clauses.add("bodyId = :body");
            params.and("body", bodyId);
        }
        if (subject != null) {
            clauses.add("subjectRef = :subject");
            params.and("subject", subject);
        }
        Sort sort = Sort.by("openedAt", Sort.Direction.Descending).and("id");
        var query = clauses.isEmpty() ? Motion.<Motion>findAll(sort)
                : Motion.<Motion>find(String.join(" and ", clauses), sort, params);
        return new Page<>(query.page(page, size).list().stream().map(this::view).toList(), page, size, query.count());
    }

    @Transactional
    public MotionView get(UUID id) {
        return view(require(id));
    }

    @Transactional
    public List<BallotView> ballots(UUID id) {
        Motion m = require(id);
        return CastBallot.<CastBallot>list("motionId = ?1 order by castAt, id", id).stream()
                .map(b -> BallotView.of(b, m.status == MotionStatus.CLOSED)).toList();
    }

    Motion require(UUID id) {
        Motion m = Motion.findById(id);
        if (m == null) {
            throw new NotFoundProblem("Motion", id);
        }
        return m;
    }

    MotionView view(Motion m) {
        return new MotionView(m.id, m.bodyId, m.rulesVersion, m.kind, m.subjectRef, m.title, m.description,
                m.ratification, m.openedBy, m.openedAt, m.closesAt, m.status, m.closedAt, m.outcome, m.decisionSeq,
                seats(m), CastBallot.count("motionId", m.id));
    }

    List<SeatSnapshot> seats(Motion m) {
        try {
            return json.readValue(m.seatsJson, new TypeReference<List<SeatSnapshot>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Seat snapshot of motion " + m.id + " is unreadable", e);
        }
    }

    private String write(List<SeatSnapshot> seats) {
        try {
            return json.writeValueAsString(seats);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a seat snapshot", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
