package org.consortium.hub.governance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of verifying the decision log's hash chain.
 *
 * @param valid          every entry holds
 * @param entries        number of entries checked
 * @param firstBrokenSeq the first entry that does not hold, or null
 * @param reason         why it does not hold, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, String reason) {
}
