/**
 * REST transport to the hub: {@link org.consortium.hub.sdk.client.HubClient} sends contract
 * records in batches with idempotency keys and retries, and reads receipts and datasets.
 */
package org.consortium.hub.sdk.client;
