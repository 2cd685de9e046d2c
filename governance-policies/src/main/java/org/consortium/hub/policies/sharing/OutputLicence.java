package org.consortium.hub.policies.sharing;

/** Licence under which released aggregates may be reused. */
public enum OutputLicence {
    /** Etalab's Licence Ouverte 2.0: free reuse with attribution. */
    LICENCE_OUVERTE_2_0("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    /** Open Database Licence 1.0: attribution and share-alike. */
    ODBL("https://opendatacommons.org/licenses/odbl/1-0/"),
    /** No reuse outside the consortium. */
    CONSORTIUM_ONLY(null);

    private final String uri;

    OutputLicence(String uri) {
        this.uri = uri;
    }

    /** The licence text's address, or null for the consortium's own terms. */
    public String uri() {
        return uri;
    }

    /** Open licences require the source to be credited. */
    public boolean requiresAttribution() {
        return this != CONSORTIUM_ONLY;
    }
}
