package org.consortium.hub.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.policies.voting.VotingRules;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * Voting bodies, their seats and rule versions. Every change is checked against the body's
 * rules as a whole (the library's validator), so a body can always tally its motions.
 * Seat and rule changes never reach motions already open: those keep their snapshot.
 */
@ApplicationScoped
public class BodyService {

    @Inject
    RulesService rules;

    @Inject
    DecisionLog log;

    @Inject
    OrganisationService organisations;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<BodyView> list() {
        return VotingBody.<VotingBody>findAll(Sort.by("id")).list().stream().map(this::view).toList();
    }

    @Transactional
    public BodyView get(String id) {
        return view(require(id));
    }

    @Transactional
    public BodyView create(BodyRequest request, String by) {
        if (VotingBody.findById(request.id()) != null) {
            throw new ConflictProblem("A voting body with id '" + request.id() + "' already exists");
        }
        VotingBody body = new VotingBody();
        body.id = request.id();
        body.name = request.name().trim();
        body.kind = request.kind().name();
        body.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < request.seats().size(); i++) {
            seats.add(newSeat(body, i, request.seats().get(i), "seats[" + i + "]"));
        }
        RulesService.requireValid(request.rules(), seats.stream().map(SeatSnapshot::of).toList(), "Invalid rules or seats");
        body.persist();
        seats.forEach(s -> {
            body.seats.add(s);
            s.persist();
        });
        RulesVersion version = rules.addVersion(body.id, request.rules(), by);
        logRules(version, by);
        return view(body);
    }

    @Transactional
    public BodyView update(String id, BodyUpdate update) {
        VotingBody body = require(id);
        body.name = update.name().trim();
        body.kind = update.kind().name();
        return view(body);
    }

    @Transactional
    public BodyView.SeatView addSeat(String bodyId, SeatRequest request) {
        VotingBody body = require(bodyId);
        Seat seat = newSeat(body, nextPosition(body), request, "");
        List<SeatSnapshot> after = new ArrayList<>(snapshot(body));
        after.add(SeatSnapshot.of(seat));
        checkAgainstRules(bodyId, after);
        body.seats.add(seat);
        seat.persist();
        return BodyView.SeatView.of(seat);
    }

    @Transactional
    public BodyView.SeatView updateSeat(String bodyId, UUID seatId, SeatRequest request) {
        VotingBody body = require(bodyId);
        Seat seat = requireSeat(body, seatId);
        Seat changed = newSeat(body, seat.position, request, "");
        changed.id = seat.id;
        List<SeatSnapshot> after = body.seats.stream()
                .map(s -> s == seat ? SeatSnapshot.of(changed) : SeatSnapshot.of(s)).toList();
        checkAgainstRules(bodyId, after);
        seat.holderOrganisationId = changed.holderOrganisationId;
        seat.holderPerson = changed.holderPerson;
        seat.weight = changed.weight;
        seat.college = changed.college;
        seat.chair = changed.chair;
        return BodyView.SeatView.of(seat);
    }

    @Transactional
    public void removeSeat(String bodyId, UUID seatId) {
        VotingBody body = require(bodyId);
        Seat seat = requireSeat(body, seatId);
        List<SeatSnapshot> after = body.seats.stream().filter(s -> s != seat).map(SeatSnapshot::of).toList();
        if (after.isEmpty()) {
            throw new ConflictProblem("Seat " + seatId + " is the last seat of body '" + bodyId + "'; a body needs at least one");
        }
        checkAgainstRules(bodyId, after);
        body.seats.remove(seat);
    }

    /** Validates and stores a new rule version; open motions keep the version they opened under. */
    @Transactional
    public RulesVersionView putRules(String bodyId, VotingRules newRules, String by) {
        VotingBody body = require(bodyId);
        RulesService.requireValid(newRules, snapshot(body), "Invalid rules for body '" + bodyId + "'");
        RulesVersion version = rules.addVersion(bodyId, newRules, by);
        logRules(version, by);
        return rules.view(version);
    }

    @Transactional
    public RulesVersionView currentRules(String bodyId) {
        require(bodyId);
        return rules.current(bodyId).map(rules::view)
                .orElseThrow(() -> new NotFoundProblem("Rules of voting body", bodyId));
    }

    @Transactional
    public List<RulesVersionView> rulesHistory(String bodyId) {
        require(bodyId);
        return rules.history(bodyId).stream().map(rules::view).toList();
    }

    @Transactional
    public RulesVersionView rulesVersion(String bodyId, int version) {
        require(bodyId);
        return rules.view(rules.require(bodyId, version));
    }

    /**
     * Gives an organisation a plain seat (weight 1, its college) unless it already has one;
     * for decision effects, which must not fail the closing transaction.
     *
     * @return what happened, in one line
     */
    public String seatOrganisation(String bodyId, String organisationId, String college) {
        Optional<VotingBody> found = VotingBody.findByIdOptional(bodyId);
        if (found.isEmpty()) {
            return "No seat given: voting body '" + bodyId + "' does not exist.";
        }
        VotingBody body = found.get();
        if (body.seats.stream().anyMatch(s -> organisationId.equals(s.holderOrganisationId))) {
            return "Organisation '" + organisationId + "' already holds a seat in '" + bodyId + "'.";
        }
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.body = body;
        seat.position = nextPosition(body);
        seat.holderOrganisationId = organisationId;
        seat.college = college;
        List<SeatSnapshot> after = new ArrayList<>(snapshot(body));
        after.add(SeatSnapshot.of(seat));
        Optional<RulesVersion> current = rules.current(bodyId);
        if (current.isPresent() && !org.consortium.hub.policies.voting.RulesValidator
                .validate(rules.rulesOf(current.get()), after.stream().map(SeatSnapshot::toVotingSeat).toList()).isEmpty()) {
            return "No seat given in '" + bodyId + "': its rules would not accept it (check the college); a hub-admin must add it.";
        }
        body.seats.add(seat);
        seat.persist();
        return "Organisation '" + organisationId + "' now holds a seat in '" + bodyId + "'.";
    }

    VotingBody require(String id) {
        VotingBody body = VotingBody.findById(id);
        if (body == null) {
            throw new NotFoundProblem("Voting body", id);
        }
        return body;
    }

    static List<SeatSnapshot> snapshot(VotingBody body) {
        return body.seats.stream().map(SeatSnapshot::of).toList();
    }

    private void checkAgainstRules(String bodyId, List<SeatSnapshot> seats) {
        rules.current(bodyId).ifPresent(v ->
                RulesService.requireValid(rules.rulesOf(v), seats, "The seats would break the rules of body '" + bodyId + "'"));
    }

    private Seat requireSeat(VotingBody body, UUID seatId) {
        return body.seats.stream().filter(s -> s.id.equals(seatId)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("Seat of body " + body.id, seatId));
    }

    private Seat newSeat(VotingBody body, int position, SeatRequest request, String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        boolean org = request.holderOrganisationId() != null && !request.holderOrganisationId().isBlank();
        boolean person = request.holderPerson() != null && !request.holderPerson().isBlank();
        if (org == person) {
            throw ValidationProblem.ofField(prefix + "holderOrganisationId",
                    "exactly one of holderOrganisationId and holderPerson is required");
        }
        if (org && organisations.find(request.holderOrganisationId()).isEmpty()) {
            throw ValidationProblem.ofField(prefix + "holderOrganisationId",
                    "organisation '" + request.holderOrganisationId() + "' does not exist");
        }
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.body = body;
        seat.position = position;
        seat.holderOrganisationId = org ? request.holderOrganisationId() : null;
        seat.holderPerson = person ? request.holderPerson() : null;
        seat.weight = request.weightOrDefault();
        seat.college = request.college();
        seat.chair = request.chair();
        return seat;
    }

    private static int nextPosition(VotingBody body) {
        return body.seats.stream().mapToInt(s -> s.position + 1).max().orElse(0);
    }

    private void logRules(RulesVersion version, String by) {
        ObjectNode explanation = json.createObjectNode();
        explanation.put("by", by);
        explanation.set("rules", json.valueToTree(rules.rulesOf(version)));
        explanation.putArray("lines").add("Rules version " + version.version + " of body '" + version.bodyId
                + "' adopted; motions already open keep the version they opened under.");
        log.append(new DecisionLog.NewEntry("RULES_CHANGED", version.bodyId, null, version.bodyId, "VERSIONED",
                version.version, explanation));
    }

    private BodyView view(VotingBody body) {
        return BodyView.of(body, rules.current(body.id).map(v -> v.version).orElse(null));
    }
}
