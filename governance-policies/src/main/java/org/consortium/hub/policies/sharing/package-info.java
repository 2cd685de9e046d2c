/**
 * Sharing policies: the document model ({@link org.consortium.hub.policies.sharing.SharingPolicy}),
 * its parser and JSON Schema, ready templates, the evaluator that turns a request into a
 * permit or a denial with reasons and obligations, and the ODRL 2.2 export.
 *
 * <p>Raw records are visible to their owner only. No policy can change that: every permit
 * given here is a permit to aggregates under disclosure control, and documents that try to
 * grant raw access are refused.
 */
package org.consortium.hub.policies.sharing;
