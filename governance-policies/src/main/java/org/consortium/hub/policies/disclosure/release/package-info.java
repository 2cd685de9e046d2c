/**
 * Protected releases: the published figures as one catalogue of linked tables, protected
 * together against a member organisation that knows its own contributions exactly.
 *
 * <p>A {@link org.consortium.hub.policies.disclosure.release.LinkedTable} holds the finest
 * cells of one table (per venue and measure) and every aggregate released from it: each
 * aggregate is a sum of finest cells, so periods that nest (month, quarter, year, season)
 * and totals of a breakdown are all linear relations of one system. Primary rules are
 * applied with the member in mind ({@link org.consortium.hub.policies.disclosure.release.MemberAwarePrimary}),
 * and secondary suppression is chosen and audited by linear programming
 * ({@link org.consortium.hub.policies.disclosure.release.ProtectionLp}): for every member,
 * every withheld sensitive cell keeps a feasible interval at least the protection level wide.
 * {@link org.consortium.hub.policies.disclosure.release.ReleaseProtector} protects several
 * linked tables that share aggregates, coarser tables first, until one pattern holds for all.
 */
package org.consortium.hub.policies.disclosure.release;
