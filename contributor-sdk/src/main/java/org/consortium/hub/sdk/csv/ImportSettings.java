package org.consortium.hub.sdk.csv;

import java.util.Objects;

/**
 * What an import needs besides the mapping.
 *
 * @param datasetId the hub dataset the records go to
 * @param organisation the member's id, overriding the mapping's {@code organisation} when set
 * @param recordVersion record version, overriding the mapping's {@code recordVersion} when set
 * @param buyers first-time buyer history, required when the mapping maps {@code tickets.buyerId}
 */
public record ImportSettings(String datasetId, String organisation, Integer recordVersion,
    FirstTimeBuyers buyers) {

  /** Requires the dataset. */
  public ImportSettings {
    Objects.requireNonNull(datasetId, "datasetId");
  }

  /** Settings with only a dataset id. */
  public static ImportSettings forDataset(String datasetId) {
    return new ImportSettings(datasetId, null, null, null);
  }

  /** The same settings with a first-time buyer history. */
  public ImportSettings withBuyers(FirstTimeBuyers buyers) {
    return new ImportSettings(datasetId, organisation, recordVersion, buyers);
  }

  /** The same settings with another organisation id. */
  public ImportSettings withOrganisation(String organisation) {
    return new ImportSettings(datasetId, organisation, recordVersion, buyers);
  }
}
