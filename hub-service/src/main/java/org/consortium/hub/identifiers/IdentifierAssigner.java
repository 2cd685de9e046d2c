package org.consortium.hub.identifiers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consortium.hub.ingestion.StoredRecord;

/**
 * Gives works and productions their shared ids as records arrive, in the ingestion batch's
 * transaction: called by the ingestion applier for every record whose new version replaced
 * the old one.
 *
 * <p><b>Works</b> match on normalised title + normalised authors + year of first
 * performance ({@link Normalisation}). <b>Productions</b>: the contract has no producing
 * company, so a production matches on what it has: the work's hub id + the normalised
 * production title + the season (September to August) of the first performance reported. A
 * performance in the season before or after a known production's matches it too (a tour
 * crossing the summer), and its season is then added as a key. A production without a work
 * (a programme of several works, a devised show) matches only within its own venue: a title
 * alone ("Concert du Nouvel An") is too weak to join two venues' shows; contributors link
 * those by sending the hub production id.
 *
 * <p>A hub id sent by the contributor is used when it exists (resolving merges); otherwise it
 * is ignored, flagged, and the record is matched as if no id had been sent. Likely
 * duplicates are flagged when a work is minted, never merged.
 */
@ApplicationScoped
public class IdentifierAssigner {

    private final IdentifierRegistry registry;
    private final IdentifierKeys keys;
    private final Sightings sightings;
    private final Flags flags;
    private final ObjectMapper mapper;

    public IdentifierAssigner(IdentifierRegistry registry, IdentifierKeys keys, Sightings sightings, Flags flags,
                              ObjectMapper mapper) {
        this.registry = registry;
        this.keys = keys;
        this.sightings = sightings;
        this.flags = flags;
        this.mapper = mapper;
    }

    /**
     * Brings the ids and sightings in line with a record that just replaced its previous version.
     *
     * @return the production a live performance was given, or null (no production, or not a performance)
     */
    public String apply(Connection c, StoredRecord record, JsonNode payload) throws SQLException {
        switch (record.recordType()) {
            case "performance" -> {
                return applyPerformance(c, record, payload);
            }
            case "work" -> {
                if (!record.deleted() && payload != null && payload.hasNonNull("title")) {
                    work(c, record, payload);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private String applyPerformance(Connection c, StoredRecord r, JsonNode payload) throws SQLException {
        Optional<Sightings.Link> before = sightings.link(c, r.datasetId(), r.recordId());
        if (before.isPresent()) {
            sightings.remove(c, before.get());
        }
        if (r.deleted() || payload == null || !payload.hasNonNull("production")) {
            return null;
        }
        int season = Normalisation.season(OffsetDateTime.parse(payload.get("startDateTime").asText()).toLocalDate());
        String workId = payload.hasNonNull("work") ? work(c, r, payload.get("work")) : null;
        String productionId = production(c, r, payload.get("production"), workId, season);
        sightings.add(c, new Sightings.Link(r.datasetId(), r.recordId(), workId, productionId, r.contributor(), season));
        return productionId;
    }

    /** The id of the work this node describes: sent, matched, or minted. */
    String work(Connection c, StoredRecord r, JsonNode work) throws SQLException {
        String title = work.get("title").asText();
        List<String> authors = new ArrayList<>();
        work.path("authors").forEach(a -> authors.add(a.asText()));
        Integer year = work.hasNonNull("yearOfFirstPerformance") ? work.get("yearOfFirstPerformance").asInt() : null;
        String titleNorm = Normalisation.title(title);
        String authorsNorm = Normalisation.authors(authors);
        String matchKey = Normalisation.digest("work|" + titleNorm + "|" + authorsNorm + "|" + (year == null ? "?" : year));

        Optional<String> sent = sentId(c, r, HubCode.Kind.WORK, work.path("hubWorkId").asText(null));
        if (sent.isPresent()) {
            alias(c, r, HubCode.Kind.WORK, matchKey, sent.get());
            return sent.get();
        }
        Optional<String> matched = keys.find(c, HubCode.Kind.WORK, matchKey);
        if (matched.isPresent()) {
            return resolved(c, HubCode.Kind.WORK, matched.get());
        }
        String candidate = registry.mint(c, HubCode.Kind.WORK);
        String winner = keys.claim(c, HubCode.Kind.WORK, matchKey, candidate);
        if (winner.equals(candidate)) {
            ArrayNode authorsJson = mapper.createArrayNode();
            authors.forEach(authorsJson::add);
            IdentifierRegistry.WorkRow row = new IdentifierRegistry.WorkRow(candidate, title, authorsJson.toString(),
                    year, titleNorm, authorsNorm, Normalisation.digest(authorsNorm), null);
            registry.insertWork(c, row);
            flagLikelyDuplicates(c, row);
            return candidate;
        }
        return resolved(c, HubCode.Kind.WORK, winner);
    }

    /**
     * Same normalised title and year but other authors; or the same authors and a title at most
     * two edits away (which includes the same title with another or a missing year).
     */
    private void flagLikelyDuplicates(Connection c, IdentifierRegistry.WorkRow w) throws SQLException {
        for (IdentifierRegistry.WorkRow other : registry.worksTitled(c, w.titleNorm(), w.id())) {
            if (java.util.Objects.equals(other.year(), w.year()) && !other.authorsNorm().equals(w.authorsNorm())) {
                flags.raise(c, HubCode.Kind.WORK, Flags.LIKELY_DUPLICATE, w.id(), other.id(), null, null, null,
                        w.id() + " has the title and year of " + other.id() + " with other authors");
            }
        }
        if (w.authorsNorm().isEmpty()) {
            return; // "no authors" is not a shared author: comparing every anonymous title would flag noise
        }
        for (IdentifierRegistry.WorkRow other : registry.worksBy(c, w.authorsKey(), w.id())) {
            int distance = Normalisation.editDistance(w.titleNorm(), other.titleNorm(), 2);
            if (distance <= 2) {
                flags.raise(c, HubCode.Kind.WORK, Flags.LIKELY_DUPLICATE, w.id(), other.id(), null, null, null,
                        w.id() + " has the authors of " + other.id() + " and a title " + distance
                                + " edit(s) away" + (distance == 0 ? " (another year of first performance)" : ""));
            }
        }
    }

    /** The id of the production this node describes: sent, matched, or minted. */
    String production(Connection c, StoredRecord r, JsonNode production, String workId, int season)
            throws SQLException {
        String title = production.get("title").asText();
        String titleNorm = Normalisation.title(title);
        List<String> bases = new ArrayList<>();
        if (workId != null) {
            bases.add("work:" + workId);
            for (String merged : registry.mergedIds(c, HubCode.Kind.WORK, workId)) {
                bases.add("work:" + merged);
            }
        } else {
            bases.add("venue:" + r.contributor());
        }
        String matchKey = productionKey(bases.get(0), titleNorm, season);

        Optional<String> sent = sentId(c, r, HubCode.Kind.PRODUCTION, production.path("hubProductionId").asText(null));
        if (sent.isPresent()) {
            alias(c, r, HubCode.Kind.PRODUCTION, matchKey, sent.get());
            return sent.get();
        }
        for (int s : new int[] {season, season - 1, season + 1}) {
            for (String base : bases) {
                Optional<String> matched = keys.find(c, HubCode.Kind.PRODUCTION, productionKey(base, titleNorm, s));
                if (matched.isPresent()) {
                    String id = resolved(c, HubCode.Kind.PRODUCTION, matched.get());
                    if (s != season || !base.equals(bases.get(0))) {
                        keys.claim(c, HubCode.Kind.PRODUCTION, matchKey, id);
                    }
                    return id;
                }
            }
        }
        String candidate = registry.mint(c, HubCode.Kind.PRODUCTION);
        String winner = keys.claim(c, HubCode.Kind.PRODUCTION, matchKey, candidate);
        if (winner.equals(candidate)) {
            registry.insertProduction(c, new IdentifierRegistry.ProductionRow(candidate, title, titleNorm, workId,
                    season, null));
            return candidate;
        }
        return resolved(c, HubCode.Kind.PRODUCTION, winner);
    }

    private static String productionKey(String base, String titleNorm, int season) {
        return Normalisation.digest("production|" + base + "|" + titleNorm + "|" + season);
    }

    /** A hub id sent by the contributor, resolved, when it names a known id; flagged otherwise. */
    private Optional<String> sentId(Connection c, StoredRecord r, HubCode.Kind kind, String sent) throws SQLException {
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        Optional<String> canonical = HubCode.parse(sent, kind);
        Optional<String> known = canonical.isPresent() ? registry.resolve(c, kind, canonical.get()) : Optional.empty();
        if (known.isEmpty()) {
            flags.raise(c, kind, Flags.UNKNOWN_HUB_ID, null, null, sent.length() > 64 ? sent.substring(0, 64) : sent,
                    r.datasetId(), r.recordId(), "Record " + r.recordId() + " of dataset " + r.datasetId() + " sent "
                            + kind.label().toLowerCase() + " id '" + sent + "', "
                            + (canonical.isEmpty() ? "which is not a valid " + kind.label().toLowerCase()
                            + " id (format or check character)" : "which the hub does not know")
                            + "; it was ignored and the record matched as if no id had been sent");
        }
        return known;
    }

    /**
     * Records that this key names the id the contributor sent, so that later reports spelled
     * the same way match without an id. When the key already names another id, the two are
     * likely duplicates.
     */
    private void alias(Connection c, StoredRecord r, HubCode.Kind kind, String matchKey, String id) throws SQLException {
        String owner = resolved(c, kind, keys.claim(c, kind, matchKey, id));
        if (!owner.equals(id)) {
            flags.raise(c, kind, Flags.LIKELY_DUPLICATE, id, owner, null, null, null, "Record " + r.recordId()
                    + " of dataset " + r.datasetId() + " names " + id + " for a " + kind.label().toLowerCase()
                    + " that matches " + owner);
        }
    }

    private String resolved(Connection c, HubCode.Kind kind, String id) throws SQLException {
        return registry.resolve(c, kind, id).orElse(id);
    }
}
