package org.consortium.hub.ingestion;

/**
 * A contributed record as the hub keeps it: identified by (dataset, contributor's record id),
 * replaced only by a higher version.
 *
 * @param datasetId    the dataset it was contributed to
 * @param recordId     the contributor's own stable id
 * @param recordType   performance, attendance or work
 * @param version      the contributor's version; higher replaces lower
 * @param deleted      true when the contributor withdrew the record
 * @param contributor  the organisation that sent it
 * @param payload      the record's JSON payload (null when deleted)
 */
public record StoredRecord(String datasetId, String recordId, String recordType, int version,
                           boolean deleted, String contributor, String payload) {
}
