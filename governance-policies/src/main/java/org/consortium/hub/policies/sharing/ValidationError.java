package org.consortium.hub.policies.sharing;

/**
 * One problem in a policy document, located by a JSON path such as
 * {@code $.disclosure.minContributors} or {@code $.purposes[1]}.
 */
public record ValidationError(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
