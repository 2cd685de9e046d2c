package org.consortium.hub.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.consortium.hub.identifiers.HubCode;
import org.consortium.hub.identifiers.IdentifierRegistry;
import org.consortium.hub.policies.disclosure.DisclosureRules;
import org.consortium.hub.policies.sharing.Purpose;
import org.jboss.logging.Logger;

/**
 * Builds, stores and serves protected releases. A release is built at start, whenever the
 * data or the approved datasets have changed (checked every {@code hub.release.check}), and
 * on demand by a hub-admin; one hub builds at a time (a row lock), and every replica answers
 * from the latest release stored. Progress and durations are in the status and in metrics.
 */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);
    /** Embargoes are counted in the consortium's time zone. */
    private static final ZoneId CONSORTIUM_ZONE = ZoneId.of("Europe/Paris");
    /** How long a replica serves its cached release before looking for a newer one. */
    private static final long REFRESH_MILLIS = 2_000;

    /** What the release builder is doing, for the status endpoint. */
    public record Status(Long releaseId, OffsetDateTime builtAt, Long durationMillis, boolean building,
                         OffsetDateTime buildStartedAt, String purpose, int tablesDone, int tablesTotal,
                         String lastError) {
    }

    private final PolicySource policies;
    private final ReleaseRows rows;
    private final IdentifierRegistry identifiers;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Timer buildTimer;

    private volatile Release current;
    private volatile long checkedAt;
    private final AtomicReference<Status> building = new AtomicReference<>();
    private final AtomicInteger tablesDone = new AtomicInteger();
    private volatile String lastError;

    public ReleaseService(PolicySource policies, ReleaseRows rows, IdentifierRegistry identifiers,
                          AgroalDataSource dataSource, ObjectMapper json, MeterRegistry metrics) {
        this.policies = policies;
        this.rows = rows;
        this.identifiers = identifiers;
        this.dataSource = dataSource;
        this.json = json;
        this.buildTimer = Timer.builder("hub.release.build").description("Time to build a protected release")
                .register(metrics);
        metrics.gauge("hub.release.id", this, s -> s.current == null ? 0 : s.current.id());
        metrics.gauge("hub.release.tables.done", tablesDone);
    }

    /** The latest release, or null before the first one is built. */
    public Release current() {
        long now = System.currentTimeMillis();
        if (current == null || now - checkedAt > REFRESH_MILLIS) {
            Long latest = latestId();
            if (latest != null && (current == null || latest > current.id())) {
                current = load(latest);
            }
            checkedAt = now;
        }
        return current;
    }

    /**
     * The latest release, built now if none exists yet (the hub's first request after a fresh
     * start); a request arriving while the first build runs waits for it rather than building
     * another.
     */
    public Release currentOrBuild() {
        Release r = current();
        return r != null ? r : buildIfChanged();
    }

    public Status status() {
        Status b = building.get();
        Release r = current();
        return new Status(r == null ? null : r.id(), r == null ? null : r.builtAt(), r == null ? null : r.durationMillis(),
                b != null, b == null ? null : b.buildStartedAt(), b == null ? null : b.purpose(), tablesDone.get(),
                b == null ? 0 : b.tablesTotal(), lastError);
    }

    @Scheduled(identity = "build-release", every = "${hub.release.check:30s}", delayed = "${hub.release.first-check:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            buildIfChanged();
        } catch (RuntimeException e) {
            lastError = e.toString();
            LOG.error("Could not build a release", e);
        }
    }

    /** Builds a release when the data or the datasets changed since the current one; returns the current release. */
    public synchronized Release buildIfChanged() {
        Release r = current();
        if (r != null && r.fingerprint().equals(fingerprint())) {
            return r;
        }
        return build();
    }

    /** Builds a new release now (waiting for another hub's build to finish first). */
    public synchronized Release build() {
        long start = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement ps = lock.prepareStatement("select id from indicator_release_lock where id = 1 for update")) {
                ps.executeQuery().close();
            }
            Long latest = latestId();
            Release previous = latest == null ? null : load(latest);
            String fingerprint = fingerprint();
            Release release = assemble(previous, fingerprint, startedAt, start);
            store(lock, release);
            lock.commit();
            current = release;
            checkedAt = System.currentTimeMillis();
            lastError = null;
            buildTimer.record(java.time.Duration.ofNanos(System.nanoTime() - start));
            LOG.infof("Release %d built in %d ms", release.id(), release.durationMillis());
            return release;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the release", e);
        } finally {
            building.set(null);
        }
    }

    private Release assemble(Release previous, String fingerprint, OffsetDateTime startedAt, long start) {
        LocalDate today = LocalDate.now(CONSORTIUM_ZONE);
        List<DatasetPolicy> datasets = policies.approvedDatasets();
        Map<Purpose, Release.PurposeRelease> purposes = new EnumMap<>(Purpose.class);
        Map<String, Map<ReleaseFamily, Release.FamilyRelease>> shared = new HashMap<>();
        for (Purpose purpose : Purpose.values()) {
            ReleaseBuilder.Population split = ReleaseBuilder.population(datasets, purpose);
            List<DatasetPolicy> population = split.datasets();
            List<IndicatorTable.LeftOut> leftOut = split.leftOut();
            DisclosureRules rules = population.stream().map(d -> d.policy().disclosure())
                    .reduce(DisclosureRules::strictest).orElse(DisclosureRules.DEFAULTS);
            Map<String, YearMonth> cutoff = new TreeMap<>();
            population.forEach(d -> cutoff.put(d.datasetId(), ReleaseBuilder.lastReleasableMonth(d, today)));
            String populationKey = cutoff + "|" + Release.Rules.of(rules);
            Map<ReleaseFamily, Release.FamilyRelease> families = shared.get(populationKey);
            if (families == null) {
                families = new EnumMap<>(ReleaseFamily.class);
                Release.PurposeRelease before = previous == null ? null : previous.purposes().get(purpose);
                for (ReleaseFamily family : ReleaseFamily.values()) {
                    int total = family.catalogue().size();
                    building.set(new Status(null, null, null, true, startedAt, purpose + " " + family, 0, total, null));
                    tablesDone.set(0);
                    families.put(family, ReleaseBuilder.family(family, read(family, cutoff), rules,
                            before == null ? null : before.families().get(family), (done, all) -> tablesDone.set(done)));
                }
                shared.put(populationKey, families);
            }
            purposes.put(purpose, new Release.PurposeRelease(Release.Rules.of(rules),
                    population.stream().map(d -> new IndicatorTable.UsedDataset(d.datasetId(), d.ownerOrganisationId(),
                            d.version(), d.adoptedByDecisionSeq(), d.policy().licence().name())).toList(),
                    leftOut, families));
        }
        long id = previous == null ? 1 : previous.id() + 1;
        return new Release(id, startedAt, (System.nanoTime() - start) / 1_000_000, fingerprint, purposes);
    }

    /** A family's rows per audience dimension, without the months still under each dataset's embargo. */
    private Map<String, List<ReleaseRows.Row>> read(ReleaseFamily family, Map<String, YearMonth> cutoff) {
        Map<String, List<ReleaseRows.Row>> out = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(cutoff.keySet());
        List<Dimension> audiences = new ArrayList<>();
        audiences.add(null);
        family.dimensions.stream().filter(d -> d.audienceColumn() != null).forEach(audiences::add);
        for (Dimension audience : audiences) {
            out.put(audience == null ? "" : audience.parameter(), rows.read(family, audience, ids).stream()
                    .filter(r -> !r.month().isAfter(cutoff.get(r.datasetId()))).toList());
        }
        return out;
    }

    /**
     * What a release depends on: the rollups' sums, the merged productions, the approved
     * datasets and their policies, and the day.
     */
    String fingerprint() {
        StringBuilder sb = new StringBuilder(LocalDate.now(CONSORTIUM_ZONE).toString());
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(
                    "select count(*), coalesce(sum(tickets), 0), coalesce(sum(revenue_cents), 0), "
                            + "coalesce(sum(first_time_buyers), 0), coalesce(sum(free_tickets), 0) from attendance_by_venue_month",
                    "select count(*), coalesce(sum(performances), 0), coalesce(sum(capacity), 0), 0, 0 from performance_rollup")) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int i = 1; i <= 5; i++) {
                        sb.append('|').append(rs.getString(i));
                    }
                }
            }
            sb.append("|merged=").append(new TreeMap<>(identifiers.currentIdsOfMerged(c, HubCode.Kind.PRODUCTION)).hashCode());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rollups' fingerprint", e);
        }
        policies.approvedDatasets().stream().map(d -> d.datasetId() + "@" + d.version()).sorted()
                .forEach(d -> sb.append('|').append(d));
        String s = sb.toString();
        return s.length() <= 400 ? s : s.substring(0, 200) + Integer.toHexString(s.hashCode()) + s.length();
    }

    private Long latestId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select max(id) from indicator_release");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the latest release", e);
        }
    }

    private Release load(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select content from indicator_release where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(rs.getBytes(1)))) {
                    return json.readValue(in, Release.class);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read release " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read release " + id, e);
        }
    }

    private void store(Connection c, Release release) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            json.writeValue(out, release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into indicator_release "
                + "(id, built_at, duration_ms, fingerprint, content) values (?, ?, ?, ?, ?)")) {
            ps.setLong(1, release.id());
            ps.setObject(2, release.builtAt());
            ps.setLong(3, release.durationMillis());
            ps.setString(4, release.fingerprint());
            ps.setBytes(5, bytes.toByteArray());
            ps.executeUpdate();
        }
    }
}
