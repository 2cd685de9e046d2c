package org.consortium.hub.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.NotFoundProblem;

/**
 * The append-only, hash-chained decision log. {@link #append} is the only writer; there is
 * no update or delete. Appends run inside the caller's transaction (the decision and its
 * effects commit together) and are serialised by locking the single head row.
 */
@ApplicationScoped
public class DecisionLog {

    private static final int VERIFY_BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What a new entry says; the log adds seq, time and hashes. */
    public record NewEntry(String kind, String subject, UUID motionId, String bodyId, String outcome,
                           Integer rulesVersion, ObjectNode explanation) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntry append(NewEntry e) {
        DecisionLogHead head = em.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        DecisionEntry entry = new DecisionEntry();
        entry.seq = head.lastSeq + 1;
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        entry.kind = e.kind();
        entry.subject = e.subject();
        entry.motionId = e.motionId();
        entry.bodyId = e.bodyId();
        entry.outcome = e.outcome();
        entry.rulesVersion = e.rulesVersion();
        entry.explanation = text(e.explanation());
        entry.prevHash = head.lastHash;
        entry.hash = DecisionHashing.hash(entry.content(), entry.prevHash);
        entry.persist();
        head.lastSeq = entry.seq;
        head.lastHash = entry.hash;
        return entry;
    }

    @Transactional
    public Page<DecisionView> list(String subject, int page, int size) {
        var query = subject == null
                ? DecisionEntry.<DecisionEntry>findAll(Sort.descending("seq"))
                : DecisionEntry.<DecisionEntry>find("subject", Sort.descending("seq"), subject);
        List<DecisionView> items = query.page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public DecisionView get(long seq) {
        DecisionEntry entry = DecisionEntry.findById(seq);
        if (entry == null) {
            throw new NotFoundProblem("Decision", seq);
        }
        return view(entry);
    }

    /** Recomputes the whole chain, in batches so that a long log is not loaded at once. */
    @Transactional
    public ChainVerification verify() {
        DecisionLogHead head = DecisionLogHead.findById(DecisionLogHead.ID);
        ChainCheck check = new ChainCheck();
        long after = 0;
        while (true) {
            List<DecisionEntry> batch = em.createQuery(
                            "from DecisionEntry where seq > :after order by seq", DecisionEntry.class)
                    .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
            for (DecisionEntry entry : batch) {
                check.accept(entry.content(), entry.prevHash, entry.hash);
                after = entry.seq;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        return check.finish(head.lastSeq, head.lastHash);
    }

    DecisionView view(DecisionEntry e) {
        try {
            return new DecisionView(e.seq, e.at, e.kind, e.subject, e.motionId, e.bodyId, e.outcome, e.rulesVersion,
                    json.readTree(e.explanation), e.prevHash, e.hash);
        } catch (JsonProcessingException ex) {
            // A tampered row may no longer be JSON: show it as text rather than failing the listing.
            return new DecisionView(e.seq, e.at, e.kind, e.subject, e.motionId, e.bodyId, e.outcome, e.rulesVersion,
                    json.getNodeFactory().textNode(e.explanation), e.prevHash, e.hash);
        }
    }

    private String text(ObjectNode explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise a decision explanation", ex);
        }
    }
}
