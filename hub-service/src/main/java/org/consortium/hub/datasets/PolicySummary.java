package org.consortium.hub.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consortium.hub.policies.sharing.NamedConstraint;
import org.consortium.hub.policies.sharing.OutputLicence;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.policies.sharing.StandardConstraints;

/**
 * A policy in plain words, for the catalogue and for the committee voting on it. Words only:
 * what the policy means is decided by the library's evaluator, never here.
 */
public final class PolicySummary {

    private PolicySummary() {
    }

    /** One sentence per aspect of the policy. */
    public static List<String> lines(SharingPolicy p) {
        List<String> lines = new ArrayList<>();
        lines.add("Who may see aggregates: " + StandardConstraints.describe(p.audience()) + ".");
        lines.add("For: " + p.purposes().stream().sorted().map(PolicySummary::words)
                .collect(Collectors.joining(", ")) + ".");
        lines.add("Finest detail: " + words(p.finestGranularity().time()) + " by "
                + words(p.finestGranularity().place()) + ".");
        lines.add(p.embargoDays() == 0 ? "No embargo."
                : "Embargo: " + p.embargoDays() + " days after the end of the period the figures cover.");
        lines.add("Disclosure control: " + p.disclosure().describe() + ".");
        lines.add("Outputs under: " + licence(p.licence()) + ".");
        for (NamedConstraint c : p.constraints()) {
            lines.add("Also: " + c.name() + (c.parameters().isEmpty() ? "" : " " + c.parameters()) + ".");
        }
        lines.add("Raw records: visible to the owner only.");
        return lines;
    }

    /** The lines as one paragraph. */
    public static String of(SharingPolicy p) {
        return String.join(" ", lines(p));
    }

    private static String licence(OutputLicence l) {
        return switch (l) {
            case LICENCE_OUVERTE_2_0 -> "Licence Ouverte 2.0 (free reuse, credit the source)";
            case ODBL -> "ODbL 1.0 (credit the source, share alike)";
            case CONSORTIUM_ONLY -> "consortium only (no reuse outside the consortium)";
        };
    }

    private static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
