package org.consortium.hub.policies.disclosure;

import java.util.OptionalLong;

/**
 * The fate of one cell after disclosure control. Unit contributions are deliberately not
 * carried over: only what may be released is here.
 *
 * @param key             the cell's address
 * @param margin          whether the cell is a total
 * @param value           the true value, for the service's own use; never release it unless
 *                        {@link #publishedValue()} is present
 * @param status          A, B, D or V
 * @param reason          the reason in plain words
 */
public record CellOutcome(CellKey key, boolean margin, long value, StatusCode status, String reason) {

    /** The value that may be released, or empty when the cell is suppressed. */
    public OptionalLong publishedValue() {
        return status.suppressed() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
