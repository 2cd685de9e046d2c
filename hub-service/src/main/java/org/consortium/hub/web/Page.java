package org.consortium.hub.web;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items the page's items
 * @param page  zero-based page index
 * @param size  requested page size
 * @param total number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
