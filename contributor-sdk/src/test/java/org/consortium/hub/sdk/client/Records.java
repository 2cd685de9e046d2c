package org.consortium.hub.sdk.client;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.Genre;
import org.consortium.hub.sdk.contract.PerformancePayload;
import org.consortium.hub.sdk.contract.TariffCategory;

/** Valid and invalid records for transport tests. */
final class Records {

  private Records() {}

  static Envelope performance(String dataset, String id) {
    return Envelope.of(dataset, "theatre-du-nord", id, 1, PerformancePayload.builder()
        .production("Le Misanthrope").venue(PerformancePayload.Venue.of("Grande salle", 650))
        .startDateTime(OffsetDateTime.parse("2025-03-14T20:30:00+01:00")).genre(Genre.THEATRE)
        .build());
  }

  static Envelope attendance(String dataset, String id, int tickets) {
    return Envelope.of(dataset, "theatre-du-nord", id, 1, AttendancePayload.builder()
        .performanceRecordId("P1").tariffCategory(TariffCategory.FULL).tickets(tickets)
        .revenueCents(tickets * 3000L).build());
  }

  static List<Envelope> attendances(String dataset, int n) {
    List<Envelope> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(attendance(dataset, "A" + i, i));
    }
    return out;
  }
}
