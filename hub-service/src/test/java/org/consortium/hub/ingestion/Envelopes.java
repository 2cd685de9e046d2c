package org.consortium.hub.ingestion;

/** Record envelopes for tests, valid under the contract unless a test breaks them on purpose. */
final class Envelopes {

    private Envelopes() {
    }

    static String performance(String dataset, String org, String recordId, int version, String start, String genre,
                              int capacity) {
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"performance","recordId":"%s","version":%d,
                 "schemaVersion":"1.0","payload":{"production":{"title":"Le Misanthrope"},
                 "work":{"title":"Le Misanthrope","authors":["Molière"],"type":"play","yearOfFirstPerformance":1666},
                 "venue":{"hallName":"Grande salle","capacity":%d},"startDateTime":"%s","genre":"%s",
                 "language":"fr","durationMinutes":150,"performers":9,"youngAudience":false,"coProduction":false}}"""
                .formatted(dataset, org, recordId, version, capacity, start, genre);
    }

    static String attendance(String dataset, String org, String recordId, int version, String performanceId,
                             String tariff, int tickets, long revenueCents, String department, int firstTime) {
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"attendance","recordId":"%s","version":%d,
                 "schemaVersion":"1.0","payload":{"performanceRecordId":"%s","tariffCategory":"%s","tickets":%d,
                 "revenueCents":%d,"currency":"EUR","buyerDepartment":"%s","ageBand":"35-49","firstTimeBuyers":%d}}"""
                .formatted(dataset, org, recordId, version, performanceId, tariff, tickets, revenueCents, department,
                        firstTime);
    }

    static String deletion(String dataset, String org, String type, String recordId, int version) {
        return """
                {"datasetId":"%s","contributorOrg":"%s","recordType":"%s","recordId":"%s","version":%d,
                 "schemaVersion":"1.0","deleted":true}""".formatted(dataset, org, type, recordId, version);
    }

    static String array(String... envelopes) {
        return "[" + String.join(",", envelopes) + "]";
    }
}
