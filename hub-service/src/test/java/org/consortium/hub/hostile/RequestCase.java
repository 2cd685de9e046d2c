package org.consortium.hub.hostile;

import java.util.Map;

/**
 * A contribution request that is unreadable or refused as a whole: the hub must answer it
 * with a problem+json document of the given status.
 *
 * @param datasetId   the dataset in the path (raw: it may itself be hostile)
 * @param contentType the Content-Type header, or null to send none
 * @param body        the exact bytes sent
 * @param headers     other request headers
 * @param status      the expected 4xx status
 */
public record RequestCase(Category category, String description, String datasetId, String contentType,
                          byte[] body, Map<String, String> headers, int status) {

    public String name() {
        return category.label() + ": " + description;
    }
}
