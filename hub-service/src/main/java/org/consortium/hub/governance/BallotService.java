package org.consortium.hub.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ForbiddenProblem;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Casts ballots. The motion row is locked first, so a ballot and the motion's closing never
 * interleave; one ballot per seat is the database's UNIQUE (motion_id, seat_id): a second
 * insert fails there and answers 409, whatever the timing.
 */
@ApplicationScoped
public class BallotService {

    @Inject
    EntityManager em;

    @Inject
    MotionService motions;

    @Inject
    MotionClosing closing;

    @Inject
    AccessRules access;

    @Transactional
    public BallotView cast(UUID motionId, BallotRequest request, Caller caller) {
        Motion m = em.find(Motion.class, motionId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundProblem("Motion", motionId);
        }
        if (m.status != MotionStatus.OPEN) {
            throw new ConflictProblem("Motion " + motionId + " is closed (outcome " + m.outcome + "): it takes no more ballots");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!now.isBefore(m.closesAt)) {
            throw new ConflictProblem("Voting on motion " + motionId + " ended at " + m.closesAt + "; it is being closed");
        }
        List<SeatSnapshot> seats = motions.seats(m);
        SeatSnapshot seat = seatFor(m, seats, request.seatId(), caller);

        CastBallot ballot = new CastBallot();
        ballot.id = UUID.randomUUID();
        ballot.motionId = m.id;
        ballot.seatId = seat.id();
        ballot.choice = request.choice();
        ballot.castBy = caller.subject();
        ballot.castAt = now;
        try {
            ballot.persist();
            em.flush();
        } catch (PersistenceException e) {
            if (isOnePerSeat(e)) {
                throw new ConflictProblem("Seat " + seat.id() + " has already voted on motion " + motionId
                        + ": one ballot per seat, and a ballot cannot be changed");
            }
            throw e;
        }
        if (CastBallot.count("motionId", m.id) >= seats.size()) {
            closing.close(m, "every seat has voted");
        }
        return BallotView.of(ballot, false);
    }

    private SeatSnapshot seatFor(Motion m, List<SeatSnapshot> seats, UUID seatId, Caller caller) {
        if (seatId != null) {
            SeatSnapshot seat = seats.stream().filter(s -> s.id().equals(seatId)).findFirst()
                    .orElseThrow(() -> new NotFoundProblem("Seat on motion " + m.id, seatId));
            access.requireSeatHolder(caller, seat);
            return seat;
        }
        List<SeatSnapshot> mine = seats.stream().filter(s -> access.maySitIn(caller, s)).toList();
        if (mine.isEmpty()) {
            throw new ForbiddenProblem("You hold no seat in body '" + m.bodyId + "' for this motion");
        }
        if (mine.size() > 1) {
            throw ValidationProblem.ofField("seatId", "you may vote on " + mine.size()
                    + " seats of this motion; name the one you vote for: " + mine.stream().map(s -> s.id().toString()).toList());
        }
        return mine.get(0);
    }

    /** The ballot_one_per_seat constraint, by name or by the standard unique-violation state. */
    private static boolean isOnePerSeat(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                String name = cve.getConstraintName();
                if (name != null && name.toLowerCase(Locale.ROOT).contains(CastBallot.ONE_PER_SEAT)) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(CastBallot.ONE_PER_SEAT)) {
                return true;
            }
        }
        return false;
    }
}
