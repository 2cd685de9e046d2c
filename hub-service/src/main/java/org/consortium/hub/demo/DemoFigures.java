package org.consortium.hub.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.consortium.hub.ingestion.IncomingRecord;
import org.consortium.hub.ingestion.RecordBatchProcessor;
import org.consortium.hub.ingestion.RecordStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A season of figures for the demo consortium (September 2025 to June 2026), so that the
 * embedded hub's dashboard and indicators have something to show on first start: three venues,
 * three performances a month each, tickets by tariff, buyers' department and age band, and one
 * production touring all three venues. The records go through the same batch processor as any
 * contribution (contract, gate, facts, rollups, identifiers), in one batch per venue, after
 * the demo consortium is seeded. Deterministic: the same figures on every machine.
 */
@ApplicationScoped
public class DemoFigures {

    private static final Logger LOG = Logger.getLogger(DemoFigures.class);

    /** Venue, its hall's capacity, its department, and the genres of its three monthly shows. */
    private record Venue(String org, int capacity, String department, String... genres) {
    }

    private static final List<Venue> VENUES = List.of(
            new Venue("theatre-du-nord", 620, "59", "theatre", "dance", "music"),
            new Venue("opera-sud", 1100, "13", "opera", "music", "dance"),
            new Venue("scene-nationale-loire", 780, "44", "theatre", "dance", "circus"));
    private static final String[] TARIFFS = {"full", "reduced", "subscription", "free-exempt"};
    private static final String[] AGE_BANDS = {"15-24", "25-34", "35-49", "50-64", "65+"};
    /** Neighbouring departments buyers come from, besides the venue's own. */
    private static final String[] OTHER_DEPARTMENTS = {"75", "62", "83", "49", "35"};

    @Inject
    RecordBatchProcessor processor;

    @Inject
    RecordStore records;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "hub.demo.seed")
    boolean seed;

    @ConfigProperty(name = "hub.demo.figures", defaultValue = "false")
    boolean figures;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!seed || !figures || records.countLive(dataset(VENUES.get(0))) > 0) {
            return;
        }
        Random random = new Random(20250901L);
        int stored = 0;
        for (int v = 0; v < VENUES.size(); v++) {
            List<IncomingRecord> batch = season(VENUES.get(v), v, random);
            if (!processor.process(batch).isEmpty()) {
                throw new IllegalStateException("The demo figures of " + VENUES.get(v).org() + " were refused");
            }
            stored += batch.size();
        }
        LOG.infof("Demo figures: %d records (September 2025 to June 2026) for %d venues", stored, VENUES.size());
    }

    private List<IncomingRecord> season(Venue venue, int venueIndex, Random random) {
        List<IncomingRecord> out = new ArrayList<>();
        String receipt = "demo-figures-" + venue.org();
        for (int m = 0; m < 10; m++) {
            int year = m < 4 ? 2025 : 2026;
            int month = (8 + m) % 12 + 1;
            for (int s = 0; s < venue.genres().length; s++) {
                // The touring production plays each venue once, in a different month.
                boolean touring = s == 0 && m == 2 + 3 * venueIndex;
                String genre = touring ? "theatre" : venue.genres()[s];
                String performanceId = "demo-%d-%02d-%d".formatted(year, month, s);
                String start = "%d-%02d-%02dT20:30:00+01:00".formatted(year, month, 6 + 7 * s);
                out.add(message(performance(venue, performanceId, start, genre, touring), receipt, out.size()));
                double fill = 0.55 + 0.4 * random.nextDouble();
                int seats = (int) (venue.capacity() * fill);
                for (String tariff : TARIFFS) {
                    int share = switch (tariff) {
                        case "full" -> 40;
                        case "reduced" -> 30;
                        case "subscription" -> 20;
                        default -> 10;
                    };
                    int tickets = seats * share / 100;
                    String[] departments = {venue.department(), OTHER_DEPARTMENTS[random.nextInt(OTHER_DEPARTMENTS.length)]};
                    for (int d = 0; d < departments.length; d++) {
                        int lineTickets = d == 0 ? tickets * 3 / 4 : tickets - tickets * 3 / 4;
                        String lineId = "%s-%s-%d".formatted(performanceId, tariff, d);
                        out.add(message(attendance(venue, lineId, performanceId, tariff, lineTickets, departments[d],
                                AGE_BANDS[random.nextInt(AGE_BANDS.length)], random), receipt, out.size()));
                    }
                }
            }
        }
        return out;
    }

    private String performance(Venue venue, String id, String start, String genre, boolean touring) {
        ObjectNode payload = mapper.createObjectNode();
        String title = touring ? "Les Bonnes" : "Saison " + genre + " " + id.substring(5, 12);
        payload.putObject("production").put("title", title);
        if (touring) {
            payload.putObject("work").put("title", "Les Bonnes").put("type", "play")
                    .put("yearOfFirstPerformance", 1947).putArray("authors").add("Jean Genet");
        }
        payload.putObject("venue").put("hallName", "Grande salle").put("capacity", venue.capacity());
        payload.put("startDateTime", start).put("genre", genre).put("language", "fr").put("durationMinutes", 110)
                .put("performers", 6).put("youngAudience", false).put("coProduction", touring);
        return envelope(venue, "performance", id, payload);
    }

    private String attendance(Venue venue, String id, String performanceId, String tariff, int tickets,
                              String department, String ageBand, Random random) {
        ObjectNode payload = mapper.createObjectNode();
        long price = switch (tariff) {
            case "full" -> 3200;
            case "reduced" -> 2200;
            case "subscription" -> 2500;
            default -> 0;
        };
        payload.put("performanceRecordId", performanceId).put("tariffCategory", tariff).put("tickets", tickets)
                .put("revenueCents", tickets * price).put("currency", "EUR").put("buyerDepartment", department)
                .put("ageBand", ageBand).put("firstTimeBuyers", tickets * (10 + random.nextInt(25)) / 100);
        return envelope(venue, "attendance", id, payload);
    }

    private String envelope(Venue venue, String type, String id, ObjectNode payload) {
        ObjectNode e = mapper.createObjectNode();
        e.put("datasetId", dataset(venue)).put("contributorOrg", venue.org()).put("recordType", type)
                .put("recordId", id).put("version", 1).put("schemaVersion", "1.0").set("payload", payload);
        return e.toString();
    }

    private static IncomingRecord message(String json, String receipt, int index) {
        return new IncomingRecord(json, receipt, index, null, -1, -1);
    }

    private static String dataset(Venue venue) {
        return venue.org() + "-billetterie";
    }
}
