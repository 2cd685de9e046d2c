package org.consortium.hub.policies.voting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A seat in a voting body.
 *
 * @param id     stable identifier of the seat, unique within the body; ballots refer to it
 * @param holder the organisation or person id holding the seat
 * @param weight the seat's weight under {@link Weighting#SEAT_WEIGHTS}; ignored otherwise but
 *               still required to be positive; 1 when absent
 * @param college the college the seat belongs to under {@link Weighting#COLLEGES}; ignored
 *                otherwise (an organisation may belong to a college even in a body that does
 *                not weight by college)
 * @param chair  whether this seat chairs the body (it gives the casting vote on a tie when the
 *               rules say so)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Seat(String id, String holder, Fraction weight, String college, boolean chair) {

    public Seat {
        weight = weight == null ? Fraction.ONE : weight;
    }

    /** A plain seat of weight 1, no college, not the chair. */
    public static Seat of(String id, String holder) {
        return new Seat(id, holder, Fraction.ONE, null, false);
    }

    public Seat withWeight(Fraction newWeight) {
        return new Seat(id, holder, newWeight, college, chair);
    }

    public Seat withWeight(long newWeight) {
        return withWeight(Fraction.of(newWeight));
    }

    public Seat inCollege(String collegeId) {
        return new Seat(id, holder, weight, collegeId, chair);
    }

    public Seat asChair() {
        return new Seat(id, holder, weight, college, true);
    }
}
