package org.consortium.hub.governance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A motion: what it decides, under which rule version, its window, its seats, how many have
 * voted, and once closed its outcome and decision log entry.
 */
public record MotionView(UUID id, String bodyId, int rulesVersion, MotionKind kind, String subject, String title,
                         String description, boolean ratification, String openedBy, OffsetDateTime openedAt,
                         OffsetDateTime closesAt, MotionStatus status, OffsetDateTime closedAt, String outcome,
                         Long decisionSeq, List<SeatSnapshot> seats, long ballotsCast) {
}
