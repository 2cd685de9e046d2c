package org.consortium.hub.identifiers;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A work and where it was performed.
 *
 * @param id                  the work's id (the target when the requested id was merged)
 * @param requestedId         the id asked for, when it was merged into {@code id}; else null
 * @param title               as first reported
 * @param authors             as first reported
 * @param yearOfFirstPerformance as first reported, or null
 * @param mergedIds           ids merged into this one; they keep resolving to it
 * @param productions         live productions of the work
 * @param possibleDuplicates  works flagged as likely duplicates, not merged
 * @param performances        total performances reported
 * @param reportedBy          performances per venue and season
 */
@Schema(description = "A work with its shared id, merged ids, productions and the venues and seasons that reported it.")
public record WorkView(@Schema(examples = "W-7K2M9Q-X") String id, String requestedId, String title,
                       List<String> authors, Integer yearOfFirstPerformance, List<String> mergedIds,
                       List<String> productions, List<String> possibleDuplicates, long performances,
                       List<Reported> reportedBy) {
}
