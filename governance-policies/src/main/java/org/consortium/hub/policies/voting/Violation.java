package org.consortium.hub.policies.voting;

/**
 * One thing wrong with a set of rules or a body's seats.
 *
 * @param path    where, as a field path such as {@code colleges[2].share} or {@code seats[0].weight}
 * @param message what is wrong, in plain words, with the offending value
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
