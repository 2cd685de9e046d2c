/**
 * The {@code hub-contribute} command line ({@link org.consortium.hub.sdk.cli.HubContribute}):
 * datasets, validate, upload and receipts.
 */
package org.consortium.hub.sdk.cli;
