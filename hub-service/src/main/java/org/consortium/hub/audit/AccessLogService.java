package org.consortium.hub.audit;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.AccessRules;

/**
 * The access log of aggregated data: written for every indicator request, readable by the
 * owner of each dataset used (its org-admins) and by the secretariat.
 */
@ApplicationScoped
public class AccessLogService {

    private final DatasetService datasets;
    private final AccessRules accessRules;

    public AccessLogService(DatasetService datasets, AccessRules accessRules) {
        this.datasets = datasets;
        this.accessRules = accessRules;
    }

    /** One entry per answered request, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, String purpose, String indicator, String parameters, List<String> datasetIds,
                       int released, int withheld) {
        AccessLogEntry e = new AccessLogEntry();
        e.at = OffsetDateTime.now(ZoneOffset.UTC);
        e.caller = caller.subject();
        e.organisationId = caller.organisationId();
        e.purpose = purpose;
        e.indicator = indicator;
        e.parameters = parameters.length() > 2000 ? parameters.substring(0, 2000) : parameters;
        e.datasets.addAll(datasetIds);
        e.cellsReleased = released;
        e.cellsWithheld = withheld;
        e.persist();
    }

    /** A dataset's access log, newest first. */
    @Transactional
    public List<AccessLogView> forDataset(String datasetId, Caller caller, int page, int size) {
        Dataset dataset = datasets.require(datasetId);
        accessRules.requireAccessLogReader(caller, dataset.ownerOrganisationId);
        return AccessLogEntry.<AccessLogEntry>find("select e from AccessLogEntry e join e.datasets d where d = ?1 "
                        + "order by e.at desc, e.id desc", datasetId)
                .page(Page.of(page, size)).list().stream().map(AccessLogView::of).toList();
    }
}
