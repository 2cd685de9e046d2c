/**
 * The record contract shared by contributors and the hub: record types, their JSON Schemas,
 * typed payloads with builders, and one {@link org.consortium.hub.sdk.contract.ContractValidator}
 * used on both sides so that a record accepted locally is accepted by the hub.
 *
 * <p>The contract carries no personal data: names, e-mail addresses, phone numbers, full
 * postcodes and birth dates are refused. Buyers appear only as counts by department and age band.
 */
package org.consortium.hub.sdk.contract;
