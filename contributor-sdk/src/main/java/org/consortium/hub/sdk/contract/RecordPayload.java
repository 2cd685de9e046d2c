package org.consortium.hub.sdk.contract;

/**
 * The typed content of an {@link Envelope}: one of the three record types of the contract.
 *
 * <p>Sealed so that code switching on payloads (CSV import, transports, hub ingestion) is told by
 * the compiler when a record type is added.
 */
public sealed interface RecordPayload permits PerformancePayload, AttendancePayload, WorkPayload {

  /** The envelope {@code recordType} this payload is sent under. */
  RecordType recordType();
}
