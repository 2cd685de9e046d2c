package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The hub's answer to a contribution batch: how many records it accepted, which it rejected and
 * why, and how many are stored so far. A receipt is {@code PENDING} until the ingestion consumer
 * has handled every accepted record, then {@code COMPLETE}.
 *
 * @param id receipt id, for {@link HubClient#receipt(String)}
 * @param datasetId dataset the batch was sent to
 * @param status {@code PENDING} or {@code COMPLETE}
 * @param accepted records that passed the hub's checks and were queued
 * @param rejected records refused, with their index in the batch and the reasons
 * @param stored records stored so far
 * @param pending records accepted but not yet stored or rejected
 * @param unchanged of the stored ones, records that changed nothing: the hub already held the
 *     same content at the same version (a resend), or a higher version
 * @param flagged records stored with a warning (e.g. occupancy above 100 % within the dataset's
 *     tolerance), with the reasons
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Receipt(String id, String datasetId, String status, int accepted,
    List<Rejection> rejected, int stored, int pending, int unchanged, List<Rejection> flagged) {

  /** Never a null list, so callers can iterate without checks. */
  public Receipt {
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
    flagged = flagged == null ? List.of() : List.copyOf(flagged);
  }

  /** A receipt from a hub that does not report unchanged and flagged records. */
  public Receipt(String id, String datasetId, String status, int accepted, List<Rejection> rejected,
      int stored, int pending) {
    this(id, datasetId, status, accepted, rejected, stored, pending, 0, List.of());
  }

  /** Whether the hub has finished with every record of the batch. */
  @JsonIgnore
  public boolean isComplete() {
    return "COMPLETE".equalsIgnoreCase(status);
  }

  /**
   * One rejected record.
   *
   * @param index position of the record in its batch, from 0
   * @param recordId the record's id, when it had one
   * @param reasons why, in plain words
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Rejection(Integer index, String recordId, List<String> reasons) {
    /** Never a null list. */
    public Rejection {
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
  }
}
