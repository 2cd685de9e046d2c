/**
 * Import of ticketing exports (CSV) into contract records with a YAML
 * {@link org.consortium.hub.sdk.csv.MappingFile}: French number and date formats, amounts to
 * cents, postcodes to departments, birth dates to age bands, labels to contract values, and
 * aggregation of ticket lines, keeping every piece of personal data at the venue.
 */
package org.consortium.hub.sdk.csv;
