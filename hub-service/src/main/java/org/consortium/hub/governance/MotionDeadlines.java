package org.consortium.hub.governance;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Closes motions whose voting window has ended, every minute. Each motion closes in its own
 * transaction under a row lock, so several hub replicas may run this job at once: the first
 * closes the motion, the others find it closed and skip it.
 */
@ApplicationScoped
public class MotionDeadlines {

    private static final Logger LOG = Logger.getLogger(MotionDeadlines.class);

    @Inject
    MotionClosing closing;

    @Scheduled(identity = "close-expired-motions", every = "${hub.governance.deadline-check:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        closeExpired();
    }

    /** Closes every expired motion; returns how many it closed. */
    public int closeExpired() {
        int closed = 0;
        for (UUID id : closing.expired(OffsetDateTime.now(ZoneOffset.UTC))) {
            try {
                if (closing.closeIfExpired(id)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                // One motion that cannot close must not keep the others open; it is retried next run.
                LOG.errorf(e, "Could not close expired motion %s", id);
            }
        }
        return closed;
    }
}
