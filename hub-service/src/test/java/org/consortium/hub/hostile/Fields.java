package org.consortium.hub.hostile;

import java.util.List;

/**
 * Every field of the record contract (docs/contract.md), with the JSON type it must have and,
 * for text, how tightly the contract constrains it. The corpus breaks each one in turn.
 */
final class Fields {

    /** What the contract allows in a field. */
    enum Kind {
        /** Text the contract pins down: an enum, a pattern, a constant, or the batch's dataset and owner. */
        CODE,
        /** An identifier: any text without whitespace. */
        ID,
        /** Free text: a title, a name. */
        TEXT,
        INTEGER,
        BOOLEAN,
        OBJECT,
        ARRAY;

        boolean isText() {
            return this == CODE || this == ID || this == TEXT;
        }
    }

    /** A field of a record type, at a path from the envelope's root. */
    record Field(String recordType, String path, Kind kind) {

        /** The name a refusal's reason mentions: the last name in the path. */
        String name() {
            String last = path.substring(path.lastIndexOf('.') + 1);
            int bracket = last.indexOf('[');
            return bracket < 0 ? last : last.substring(0, bracket);
        }
    }

    private Fields() {
    }

    static final List<Field> ALL = List.of(
            // The envelope, on a performance.
            new Field("performance", "datasetId", Kind.CODE),
            new Field("performance", "contributorOrg", Kind.CODE),
            new Field("performance", "recordType", Kind.CODE),
            new Field("performance", "recordId", Kind.ID),
            new Field("performance", "version", Kind.INTEGER),
            new Field("performance", "schemaVersion", Kind.CODE),
            new Field("performance", "deleted", Kind.BOOLEAN),
            new Field("performance", "payload", Kind.OBJECT),
            // Performance payload.
            new Field("performance", "payload.production", Kind.OBJECT),
            new Field("performance", "payload.production.title", Kind.TEXT),
            new Field("performance", "payload.production.hubProductionId", Kind.ID),
            new Field("performance", "payload.work", Kind.OBJECT),
            new Field("performance", "payload.work.title", Kind.TEXT),
            new Field("performance", "payload.work.authors", Kind.ARRAY),
            new Field("performance", "payload.work.authors[0]", Kind.TEXT),
            new Field("performance", "payload.work.type", Kind.TEXT),
            new Field("performance", "payload.work.yearOfFirstPerformance", Kind.INTEGER),
            new Field("performance", "payload.work.hubWorkId", Kind.ID),
            new Field("performance", "payload.venue", Kind.OBJECT),
            new Field("performance", "payload.venue.hallName", Kind.TEXT),
            new Field("performance", "payload.venue.capacity", Kind.INTEGER),
            new Field("performance", "payload.venue.communeCode", Kind.CODE),
            new Field("performance", "payload.startDateTime", Kind.CODE),
            new Field("performance", "payload.genre", Kind.CODE),
            new Field("performance", "payload.language", Kind.CODE),
            new Field("performance", "payload.durationMinutes", Kind.INTEGER),
            new Field("performance", "payload.performers", Kind.INTEGER),
            new Field("performance", "payload.youngAudience", Kind.BOOLEAN),
            new Field("performance", "payload.coProduction", Kind.BOOLEAN),
            // Attendance payload.
            new Field("attendance", "payload.performanceRecordId", Kind.ID),
            new Field("attendance", "payload.tariffCategory", Kind.CODE),
            new Field("attendance", "payload.tickets", Kind.INTEGER),
            new Field("attendance", "payload.revenueCents", Kind.INTEGER),
            new Field("attendance", "payload.currency", Kind.CODE),
            new Field("attendance", "payload.buyerDepartment", Kind.CODE),
            new Field("attendance", "payload.ageBand", Kind.CODE),
            new Field("attendance", "payload.firstTimeBuyers", Kind.INTEGER),
            // Work payload.
            new Field("work", "payload.title", Kind.TEXT),
            new Field("work", "payload.authors", Kind.ARRAY),
            new Field("work", "payload.authors[0]", Kind.TEXT),
            new Field("work", "payload.type", Kind.TEXT),
            new Field("work", "payload.yearOfFirstPerformance", Kind.INTEGER),
            new Field("work", "payload.hubWorkId", Kind.ID),
            new Field("work", "payload.externalIds", Kind.OBJECT),
            new Field("work", "payload.externalIds.wikidata", Kind.CODE),
            new Field("work", "payload.externalIds.isni", Kind.CODE));
}
