/**
 * Statistical disclosure control for tables, after INSEE's manual of tabular data
 * protection: primary rules per cell ({@link org.consortium.hub.policies.disclosure.PrimaryCheck}),
 * and secondary suppression over the table and its margins
 * ({@link org.consortium.hub.policies.disclosure.TableProtector}), with the European
 * status codes A, B, D and V. All decisions use exact integer arithmetic.
 */
package org.consortium.hub.policies.disclosure;
