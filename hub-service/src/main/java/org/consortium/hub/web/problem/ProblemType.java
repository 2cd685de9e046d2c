package org.consortium.hub.web.problem;

/**
 * The catalogue of problem kinds: each has a stable {@code type} reference, a title and
 * the HTTP status it is answered with. Documented in docs/problems.md.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION_FAILED(400, "Request is not valid"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RULE_VIOLATION(422, "A governance rule forbids this"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The stable {@code type} member, e.g. {@code /problems/not-found}. */
    public String uri() {
        return "/problems/" + name().toLowerCase().replace('_', '-');
    }
}
