package org.consortium.hub.web.problem;

/**
 * One invalid field of a request: where it is (a JSON path or a parameter name) and what is wrong.
 */
public record Violation(String field, String message) {
}
