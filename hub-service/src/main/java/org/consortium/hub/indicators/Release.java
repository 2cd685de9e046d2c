package org.consortium.hub.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.consortium.hub.policies.disclosure.CellVerdict;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.disclosure.DominanceRule;
import org.consortium.hub.policies.disclosure.StatusCode;
import org.consortium.hub.policies.disclosure.release.LinkedTable;
import org.consortium.hub.policies.sharing.Purpose;

/**
 * A protected release: everything the hub publishes until the next one, per purpose. Every
 * indicator request is answered from the current release, so the same question gets the
 * same answer, and every figure of it was protected together with every other.
 *
 * @param purposes what each purpose's release holds
 */
public record Release(long id, OffsetDateTime builtAt, long durationMillis, String fingerprint,
                      Map<Purpose, PurposeRelease> purposes) {

    /**
     * One purpose's release: its population of datasets, the rules applied (the strictest of
     * theirs), the datasets left out and why, and the protected tables of each family.
     */
    public record PurposeRelease(Rules rules, List<IndicatorTable.UsedDataset> datasets,
                                 List<IndicatorTable.LeftOut> leftOut, Map<ReleaseFamily, FamilyRelease> families) {
    }

    /**
     * A family's tables, kept as the rows they are built from (per audience dimension, ""
     * for none); per measure, the aggregates withheld with their verdicts; and, per measure and
     * aggregate, each venue's
     * contributions as of the release that last published it (the base of the rule across
     * releases); and each venue's region, for counts of regions.
     */
    public record FamilyRelease(Map<String, List<ReleaseRows.Row>> rows,
                                Map<Indicator.Measure, Map<String, CellVerdict>> withheld,
                                Map<Indicator.Measure, Map<String, Map<String, long[]>>> lastPublished,
                                Map<String, String> regionOf, @JsonIgnore Map<String, LinkedTable> tables) {

        public FamilyRelease {
            tables = tables == null ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(tables);
        }

        /** The fate of an aggregate for one measure (each measure is protected on its own). */
        CellVerdict verdict(Indicator.Measure measure, String key) {
            CellVerdict v = withheld.getOrDefault(measure, Map.of()).get(key);
            return v != null ? v : new CellVerdict(StatusCode.V, "Publishable.");
        }
    }

    /** The disclosure rules, as stored with a release. */
    public record Rules(int minContributors, int minCountForPeople, int dominanceN, int dominanceK,
                        boolean secondarySuppression, int pPercent, int protectionLevel, int coalition) {

        static Rules of(DisclosureRules r) {
            return new Rules(r.minContributors(), r.minCountForPeople(), r.dominance().n(), r.dominance().k(),
                    r.secondarySuppression(), r.pPercent(), r.protectionLevel(), r.coalition());
        }

        DisclosureRules toRules() {
            return new DisclosureRules(minContributors, minCountForPeople, new DominanceRule(dominanceN, dominanceK),
                    secondarySuppression, pPercent, protectionLevel, coalition);
        }
    }
}
