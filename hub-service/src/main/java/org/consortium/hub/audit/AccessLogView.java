package org.consortium.hub.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** An access-log entry as a dataset's owner reads it. */
public record AccessLogView(long id, OffsetDateTime at, String caller, String organisationId, String purpose,
                            String indicator, String parameters, List<String> datasets, int cellsReleased,
                            int cellsWithheld) {

    static AccessLogView of(AccessLogEntry e) {
        return new AccessLogView(e.id, e.at, e.caller, e.organisationId, e.purpose, e.indicator, e.parameters,
                e.datasets.stream().sorted().toList(), e.cellsReleased, e.cellsWithheld);
    }
}
