package org.consortium.hub.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Rules that tie several fields of a payload together, which JSON Schema cannot express. */
final class CrossFieldRules {

  private CrossFieldRules() {}

  /**
   * Violations of the cross-field rules of {@code type}. Fields of the wrong type or out of
   * range are skipped: the schema already reports them, and one mistake should read as one.
   */
  static List<Violation> check(RecordType type, JsonNode payload, String prefix) {
    List<Violation> out = new ArrayList<>();
    if (type == RecordType.ATTENDANCE) {
      firstTimeBuyersWithinTickets(payload, prefix, out);
    }
    return out;
  }

  /** First-time buyers are a subset of the line's buyers, so they cannot outnumber its tickets. */
  private static void firstTimeBuyersWithinTickets(JsonNode payload, String prefix,
      List<Violation> out) {
    JsonNode tickets = payload.get("tickets");
    JsonNode firstTime = payload.get("firstTimeBuyers");
    if (tickets == null || firstTime == null
        || !tickets.canConvertToExactIntegral() || !firstTime.canConvertToExactIntegral()
        || tickets.bigIntegerValue().signum() < 0) {
      return;
    }
    if (firstTime.bigIntegerValue().compareTo(tickets.bigIntegerValue()) > 0) {
      out.add(new Violation(prefix + ".firstTimeBuyers",
          "must not exceed tickets: " + firstTime.bigIntegerValue() + " first-time buyers for "
              + tickets.bigIntegerValue() + " tickets",
          Violation.FIRST_TIME_BUYERS_EXCEED_TICKETS));
    }
  }
}
