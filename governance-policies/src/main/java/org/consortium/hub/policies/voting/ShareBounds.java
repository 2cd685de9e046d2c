package org.consortium.hub.policies.voting;

/**
 * Inclusive bounds on each college's share. {@link #SCIC} is the default: under the French
 * law on SCIC cooperatives no college may hold more than 50 % of the votes nor less than 10 %.
 *
 * @param min lowest allowed share (inclusive)
 * @param max highest allowed share (inclusive)
 */
public record ShareBounds(Fraction min, Fraction max) {

    public static final ShareBounds SCIC = new ShareBounds(Fraction.percent(10), Fraction.percent(50));

    /** Any share from 0 to 100 %. */
    public static final ShareBounds ANY = new ShareBounds(Fraction.ZERO, Fraction.ONE);
}
