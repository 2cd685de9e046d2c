package org.consortium.hub.identifiers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many performances a venue reported in a season: a count, never tickets or revenue.
 *
 * @param venue        the reporting member organisation
 * @param season       September to August, e.g. "2025-26"
 * @param performances live performances reported
 */
@Schema(description = "Performances a venue reported in a season (a count only).")
public record Reported(@Schema(examples = "theatre-du-nord") String venue,
                      @Schema(examples = "2025-26") String season,
                      long performances) {
}
