/**
 * Decision rules of the consortium's voting bodies, as plain Java with exact arithmetic.
 *
 * <p>{@link org.consortium.hub.policies.voting.VotingRules} states a body's written rules (and
 * documents their exact semantics); {@link org.consortium.hub.policies.voting.RulesValidator}
 * reports every violation of them; {@link org.consortium.hub.policies.voting.Tally#of} decides a
 * motion from the body's seats and ballots and returns a
 * {@link org.consortium.hub.policies.voting.TallyResult} with an explanation stating every number
 * used. All quantities are {@link org.consortium.hub.policies.voting.Fraction}s: no floating point.
 */
package org.consortium.hub.policies.voting;
