package org.consortium.hub.quality;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How complete and how clean a dataset's figures are, for its owner and the committee.
 *
 * @param datasetId                        the dataset
 * @param monthsCovered                    months (yyyy-MM) with at least one live performance
 * @param monthsMissing                    months between the first and the last covered one without any
 * @param performances                     live performances
 * @param performancesWithoutAttendance    how many of them have no attendance line
 * @param examplesWithoutAttendance        up to 20 of their record ids
 * @param recordsFlagged                   records stored with a warning (occupancy above 100 % within tolerance)
 * @param lastContribution                 when the last batch was received, null if none
 * @param refusals                         refused records per kind of reason, most frequent first
 */
public record DataQualityReport(String datasetId, List<String> monthsCovered, List<String> monthsMissing,
                                long performances, long performancesWithoutAttendance,
                                List<String> examplesWithoutAttendance, long recordsFlagged,
                                OffsetDateTime lastContribution, List<ReasonCount> refusals) {

    /**
     * Refused records of one kind.
     *
     * @param reason the reason, with record ids and quoted values left out
     * @param count  how many records
     */
    public record ReasonCount(String reason, long count) {
    }
}
