package org.consortium.hub.identifiers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortium.hub.audit.AccessLogService;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.Roles;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * Looking up and merging works and productions.
 *
 * <p>Only people acting for a member organisation (and hub-admins) look ids up. The counts
 * are computed per dataset and passed through {@link #visible} before they are summed per
 * venue and season: that is where a dataset's sharing policy can filter its counts. Today
 * every member sees them: they are performance counts, the public programme of a season,
 * never tickets or revenue.
 */
@ApplicationScoped
public class IdentifierService {

    private final AgroalDataSource dataSource;
    private final IdentifierRegistry registry;
    private final Sightings sightings;
    private final Flags flags;
    private final OrganisationService organisations;
    private final AccessRules access;
    private final ObjectMapper mapper;
    private final AccessLogService accessLog;

    public IdentifierService(AgroalDataSource dataSource, IdentifierRegistry registry, Sightings sightings,
                             Flags flags, OrganisationService organisations, AccessRules access, ObjectMapper mapper,
                             AccessLogService accessLog) {
        this.accessLog = accessLog;
        this.dataSource = dataSource;
        this.registry = registry;
        this.sightings = sightings;
        this.flags = flags;
        this.organisations = organisations;
        this.access = access;
        this.mapper = mapper;
    }

    @Transactional
    public WorkView work(String id, Caller caller) {
        requireMember(caller);
        String canonical = parse(id, HubCode.Kind.WORK);
        try (Connection c = dataSource.getConnection()) {
            String target = registry.resolve(c, HubCode.Kind.WORK, canonical)
                    .orElseThrow(() -> new NotFoundProblem("Work", canonical));
            return workView(c, target, canonical, caller);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read work " + canonical, e);
        }
    }

    @Transactional
    public ProductionView production(String id, Caller caller) {
        requireMember(caller);
        String canonical = parse(id, HubCode.Kind.PRODUCTION);
        try (Connection c = dataSource.getConnection()) {
            String target = registry.resolve(c, HubCode.Kind.PRODUCTION, canonical)
                    .orElseThrow(() -> new NotFoundProblem("Production", canonical));
            return productionView(c, target, canonical, caller);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read production " + canonical, e);
        }
    }

    /**
     * Links {@code id} to {@code target}: from now on {@code id} resolves to the target, and
     * the target's counts include the id's. Nothing is deleted. Merging again into the same
     * target is a no-op.
     */
    @Transactional
    public WorkView mergeWork(String id, String target, Caller caller) {
        return (WorkView) merge(HubCode.Kind.WORK, id, target, caller);
    }

    /** As {@link #mergeWork}, for productions. */
    @Transactional
    public ProductionView mergeProduction(String id, String target, Caller caller) {
        return (ProductionView) merge(HubCode.Kind.PRODUCTION, id, target, caller);
    }

    private Object merge(HubCode.Kind kind, String id, String target, Caller caller) {
        access.requireHubAdmin(caller);
        String from = parse(id, kind);
        String to = parse(target, kind);
        try (Connection c = dataSource.getConnection()) {
            String resolvedFrom = registry.resolve(c, kind, from).orElseThrow(() -> new NotFoundProblem(kind.label(), from));
            String resolvedTo = registry.resolve(c, kind, to).orElseThrow(() -> new NotFoundProblem(kind.label(), to));
            if (!resolvedFrom.equals(from)) {
                if (resolvedFrom.equals(resolvedTo)) {
                    return view(c, kind, resolvedTo, null, caller);
                }
                throw new ConflictProblem(kind.label() + " " + from + " is already merged into " + resolvedFrom
                        + "; merge " + resolvedFrom + " instead");
            }
            if (resolvedTo.equals(from)) {
                throw new ConflictProblem(kind.label() + " " + from + " cannot be merged into "
                        + (to.equals(from) ? "itself" : to + ", which is merged into it"));
            }
            registry.merge(c, kind, from, resolvedTo, caller.subject());
            return view(c, kind, resolvedTo, null, caller);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not merge " + from + " into " + to, e);
        }
    }

    @Transactional
    public List<Flags.Flag> flags(String reason, int limit, Caller caller) {
        access.requireHubAdmin(caller);
        try (Connection c = dataSource.getConnection()) {
            return flags.latest(c, reason, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read identifier flags", e);
        }
    }

    private Object view(Connection c, HubCode.Kind kind, String target, String requested, Caller caller)
            throws SQLException {
        return kind == HubCode.Kind.WORK ? workView(c, target, requested, caller)
                : productionView(c, target, requested, caller);
    }

    private WorkView workView(Connection c, String target, String requested, Caller caller) throws SQLException {
        IdentifierRegistry.WorkRow row = registry.work(c, target).orElseThrow(() -> new NotFoundProblem("Work", target));
        List<String> merged = registry.mergedIds(c, HubCode.Kind.WORK, target);
        List<String> all = with(target, merged);
        List<Reported> reported = sum(visible(caller, "work " + target, sightings.ofWorks(c, all)));
        return new WorkView(target, target.equals(requested) ? null : requested, row.title(), authors(row.authorsJson()),
                row.year(), merged, registry.productionsOf(c, all), duplicates(c, HubCode.Kind.WORK, target, all),
                reported.stream().mapToLong(Reported::performances).sum(), reported);
    }

    private ProductionView productionView(Connection c, String target, String requested, Caller caller)
            throws SQLException {
        IdentifierRegistry.ProductionRow row = registry.production(c, target)
                .orElseThrow(() -> new NotFoundProblem("Production", target));
        List<String> merged = registry.mergedIds(c, HubCode.Kind.PRODUCTION, target);
        List<Reported> reported = sum(visible(caller, "production " + target,
                sightings.ofProductions(c, with(target, merged))));
        String workId = row.workId() == null ? null : registry.resolve(c, HubCode.Kind.WORK, row.workId()).orElse(null);
        return new ProductionView(target, target.equals(requested) ? null : requested, row.title(), workId,
                Normalisation.seasonLabel(row.premiereSeason()), merged,
                reported.stream().mapToLong(Reported::performances).sum(), reported);
    }

    /** The other side of every likely-duplicate flag naming these ids, unless since merged together. */
    private List<String> duplicates(Connection c, HubCode.Kind kind, String target, List<String> ids)
            throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        Set<String> own = Set.copyOf(ids);
        for (String[] pair : flags.duplicatePairs(c, ids)) {
            String other = own.contains(pair[0]) ? pair[1] : pair[0];
            registry.resolve(c, kind, other).filter(o -> !o.equals(target)).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The counts this caller may see: its own organisation's, exactly; every venue's for the
     * secretariat, which curates identifiers. Another venue's performances per season are
     * figures like any other: members read them from the {@code performances} indicator by
     * production, under disclosure control. Every look-up is in the access log.
     */
    List<Sightings.Count> visible(Caller caller, String what, List<Sightings.Count> counts) {
        List<Sightings.Count> shown = caller.hasRole(Roles.HUB_ADMIN) ? counts
                : counts.stream().filter(c -> c.venue().equals(caller.organisationId())).toList();
        accessLog.record(caller, "IDENTIFIERS", what.substring(0, what.indexOf(' ')), what,
                counts.stream().map(Sightings.Count::datasetId).distinct().toList(), shown.size(),
                counts.size() - shown.size());
        return shown;
    }

    private static List<Reported> sum(List<Sightings.Count> counts) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Reported> keys = new LinkedHashMap<>();
        for (Sightings.Count count : counts) {
            String key = count.season() + "|" + count.venue();
            keys.putIfAbsent(key, new Reported(count.venue(), Normalisation.seasonLabel(count.season()), 0));
            sums.computeIfAbsent(key, k -> new long[1])[0] += count.performances();
        }
        List<Reported> out = new ArrayList<>();
        keys.forEach((key, r) -> out.add(new Reported(r.venue(), r.season(), sums.get(key)[0])));
        return out;
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private List<String> authors(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static String parse(String id, HubCode.Kind kind) {
        return HubCode.parse(id, kind).orElseThrow(() -> ValidationProblem.ofField("id", "'" + id + "' is not a "
                + kind.label().toLowerCase() + " id: expected " + kind.code() + "-XXXXXX-C with a matching check "
                + "character (a typing error?)"));
    }

    private void requireMember(Caller caller) {
        access.requireMemberOrHubAdmin(caller, "look up works and productions");
    }
}
