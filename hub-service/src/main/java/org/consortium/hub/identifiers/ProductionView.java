package org.consortium.hub.identifiers;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A production (one show, however many venues it tours to) and where it was performed.
 *
 * @param id             the production's id (the target when the requested id was merged)
 * @param requestedId    the id asked for, when it was merged into {@code id}; else null
 * @param title          as first reported
 * @param workId         the work performed (resolved through merges), or null
 * @param premiereSeason season of the first performance the hub heard of, e.g. "2025-26"
 * @param mergedIds      ids merged into this one; they keep resolving to it
 * @param performances   total performances reported
 * @param reportedBy     performances per venue and season
 */
@Schema(description = "A production with its shared id, merged ids and the venues and seasons that reported it.")
public record ProductionView(@Schema(examples = "P-3FQ8ZD-7") String id, String requestedId, String title,
                             String workId, String premiereSeason, List<String> mergedIds, long performances,
                             List<Reported> reportedBy) {
}
