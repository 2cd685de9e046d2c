package org.consortium.hub.policies.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made policies shipped as YAML resources, loadable by name. A dataset's owner starts
 * from one and adapts it; the committee then approves the result as any other policy.
 */
public final class PolicyTemplates {

    /** Marketing and programming for all members, monthly by department, consortium only. */
    public static final String MEMBERS_MARKETING_MONTHLY_DEPARTMENT = "members-marketing-monthly-department";
    /** Open data for anyone, yearly by region, Licence Ouverte 2.0, after a 90-day embargo. */
    public static final String PUBLIC_OPEN_DATA_YEARLY_REGION = "public-open-data-yearly-region";
    /** Research by named organisations' researchers under an agreement, quarterly by department. */
    public static final String RESEARCH_UNDER_AGREEMENT = "research-under-agreement";

    private static final List<String> NAMES = List.of(MEMBERS_MARKETING_MONTHLY_DEPARTMENT,
            PUBLIC_OPEN_DATA_YEARLY_REGION, RESEARCH_UNDER_AGREEMENT);

    private PolicyTemplates() {
    }

    /** Names of all shipped templates. */
    public static List<String> names() {
        return NAMES;
    }

    /** The template of that name, or empty for an unknown name. */
    public static Optional<SharingPolicy> find(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(load(name));
    }

    /**
     * Loads a template.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static SharingPolicy load(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown policy template '" + name + "'; known: " + NAMES);
        }
        String resource = "templates/" + name + ".yaml";
        try (InputStream in = PolicyTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing: " + resource);
            }
            // A shipped template that does not validate is a build defect, hence the exception.
            return PolicyParser.parse(in).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
