package org.consortium.hub.datasets;

/** A dataset as the catalogue shows it to members. */
public record DatasetView(String id, String ownerId, DatasetKind kind, String title, String description,
                          String schemaVersion, String licence, DatasetStatus status) {

    static DatasetView of(Dataset d) {
        return new DatasetView(d.id, d.ownerOrganisationId, d.kind, d.title, d.description, d.schemaVersion,
                d.licence, d.status);
    }
}
