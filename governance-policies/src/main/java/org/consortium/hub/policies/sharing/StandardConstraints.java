package org.consortium.hub.policies.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The constraint functions shipped with the library: the four built-ins every policy
 * applies (audience, purpose, granularity, embargo) and a few extra ones a policy may name.
 */
public final class StandardConstraints {

    public static final String AUDIENCE = "audience";
    public static final String PURPOSE = "purpose";
    public static final String GRANULARITY = "granularity";
    public static final String EMBARGO = "embargo";
    /** Extra: the caller's organisation must be a member in good standing. */
    public static final String MEMBERS_ONLY = "membersOnly";
    /** Extra: callers of the kinds listed in parameter {@code kinds} (comma-separated) are refused. */
    public static final String EXCLUDE_ORGANISATION_KINDS = "excludeOrganisationKinds";

    /** Built-ins, in the order they are evaluated. */
    public static final List<String> BUILT_IN = List.of(AUDIENCE, PURPOSE, GRANULARITY, EMBARGO);

    private StandardConstraints() {
    }

    static ConstraintRegistry register(ConstraintRegistry registry) {
        return registry.with(AUDIENCE, StandardConstraints::audience)
                .with(PURPOSE, StandardConstraints::purpose)
                .with(GRANULARITY, StandardConstraints::granularity)
                .with(EMBARGO, StandardConstraints::embargo)
                .with(MEMBERS_ONLY, StandardConstraints::membersOnly)
                .with(EXCLUDE_ORGANISATION_KINDS, StandardConstraints::excludeOrganisationKinds);
    }

    static ConstraintResult audience(AccessRequest request, Map<String, String> parameters) {
        Audience a = request.policy().audience();
        Caller c = request.caller();
        if (request.callerOwnsDataset()) {
            // The owner always sees aggregates of its own data; raw access is not decided here.
            return ConstraintResult.satisfied("Your organisation owns this dataset.");
        }
        if (a.publicAccess()) {
            return ConstraintResult.satisfied("The policy's audience is public.");
        }
        String organisationMatch = organisationMatch(a, c);
        boolean hasRole = c.roles().stream().anyMatch(a.roles()::contains);
        if (a.hasOrganisationCriteria() && organisationMatch == null) {
            return ConstraintResult.violated("Your organisation is not in the policy's audience ("
                    + describe(a) + ").");
        }
        if (!a.roles().isEmpty() && !hasRole) {
            return ConstraintResult.violated("You hold none of the roles the policy admits ("
                    + String.join(", ", sorted(a.roles())) + ").");
        }
        String why = organisationMatch != null ? organisationMatch : "you hold a role the policy admits";
        if (organisationMatch != null && !a.roles().isEmpty()) {
            why += ", and you hold a role the policy admits";
        }
        return ConstraintResult.satisfied("You are in the policy's audience: " + why + ".");
    }

    /** Which organisation criterion admits the caller, in words, or null. */
    private static String organisationMatch(Audience a, Caller c) {
        if (a.allMembers() && c.member()) {
            return "your organisation is a member";
        }
        if (c.organisationKind() != null && a.organisationKinds().contains(c.organisationKind())) {
            return "organisations of kind " + c.organisationKind() + " are admitted";
        }
        if (c.organisationId() != null && a.organisations().contains(c.organisationId())) {
            return "your organisation is named in the policy";
        }
        return null;
    }

    /** The audience in plain words. */
    public static String describe(Audience a) {
        if (a.publicAccess()) {
            return "anyone";
        }
        List<String> parts = new ArrayList<>();
        if (a.allMembers()) {
            parts.add("all members");
        }
        if (!a.organisationKinds().isEmpty()) {
            parts.add("organisations of kind " + a.organisationKinds().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        if (!a.organisations().isEmpty()) {
            parts.add("the organisations " + String.join(", ", sorted(a.organisations())));
        }
        String who = String.join("; ", parts);
        if (a.roles().isEmpty()) {
            return who;
        }
        String roles = "people with role " + String.join(" or ", sorted(a.roles()));
        return who.isEmpty() ? roles : roles + " within " + who;
    }

    static ConstraintResult purpose(AccessRequest request, Map<String, String> parameters) {
        Set<Purpose> allowed = request.policy().purposes();
        if (allowed.contains(request.purpose())) {
            return ConstraintResult.satisfied("The purpose " + request.purpose() + " is allowed.");
        }
        return ConstraintResult.violated("The purpose " + request.purpose() + " is not allowed; the policy allows "
                + allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }

    static ConstraintResult granularity(AccessRequest request, Map<String, String> parameters) {
        Granularity floor = request.policy().finestGranularity();
        Granularity asked = request.requested();
        if (asked.isAtOrCoarserThan(floor)) {
            return ConstraintResult.satisfied("The requested granularity " + asked + " is at or above the finest allowed, "
                    + floor + ".");
        }
        List<String> tooFine = new ArrayList<>();
        if (asked.time().isFinerThan(floor.time())) {
            tooFine.add("time " + asked.time() + " is finer than " + floor.time());
        }
        if (asked.place().isFinerThan(floor.place())) {
            tooFine.add("place " + asked.place() + " is finer than " + floor.place());
        }
        return ConstraintResult.violated("The requested granularity " + asked + " is too fine ("
                + String.join("; ", tooFine) + "); ask for " + floor + " or coarser.");
    }

    static ConstraintResult embargo(AccessRequest request, Map<String, String> parameters) {
        int days = request.policy().embargoDays();
        if (days == 0) {
            return ConstraintResult.satisfied("The policy sets no embargo.");
        }
        DatasetRef d = request.dataset();
        LocalDate from = d.dataPeriodEnd() != null ? d.dataPeriodEnd() : d.approvedOn();
        String fromWhat = d.dataPeriodEnd() != null ? "the end of the data period" : "the dataset's approval";
        if (from == null) {
            // Fail safe: an embargo that cannot be checked is treated as running.
            return ConstraintResult.violated("The " + days + "-day embargo cannot be checked: neither the end of the "
                    + "data period nor the approval date is known.");
        }
        LocalDate releasable = from.plusDays(days);
        if (request.today().isBefore(releasable)) {
            return ConstraintResult.violated("The data are under a " + days + "-day embargo after " + fromWhat
                    + " (" + from + ") until " + releasable + ".");
        }
        return ConstraintResult.satisfied("The " + days + "-day embargo after " + fromWhat + " (" + from
                + ") ended on " + releasable + ".");
    }

    static ConstraintResult membersOnly(AccessRequest request, Map<String, String> parameters) {
        return request.caller().member() || request.callerOwnsDataset()
                ? ConstraintResult.satisfied("Your organisation is a member.")
                : ConstraintResult.violated("Only member organisations may see this dataset's aggregates.");
    }

    static ConstraintResult excludeOrganisationKinds(AccessRequest request, Map<String, String> parameters) {
        String list = parameters.get("kinds");
        if (list == null || list.isBlank()) {
            return ConstraintResult.violated("The constraint " + EXCLUDE_ORGANISATION_KINDS
                    + " has no 'kinds' parameter, so it cannot be checked.");
        }
        Set<OrganisationKind> excluded = EnumSet.noneOf(OrganisationKind.class);
        for (String raw : list.split(",")) {
            String name = raw.trim();
            try {
                excluded.add(OrganisationKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                return ConstraintResult.violated("The constraint " + EXCLUDE_ORGANISATION_KINDS
                        + " names an unknown organisation kind '" + name + "', so it cannot be checked.");
            }
        }
        OrganisationKind kind = request.caller().organisationKind();
        if (kind != null && excluded.contains(kind) && !request.callerOwnsDataset()) {
            return ConstraintResult.violated("Organisations of kind " + kind + " are excluded by this policy.");
        }
        return ConstraintResult.satisfied("Your organisation's kind is not excluded.");
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
