package org.consortium.hub.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A dataset as listed by the hub.
 *
 * @param id dataset id, to pass to {@link HubClient#contribute}
 * @param title its title
 * @param kind events, attendance or works
 * @param status proposed, approved (open for contributions), suspended or retired
 * @param ownerId owning member organisation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetInfo(String id, String title, String kind, String status, String ownerId) {}
