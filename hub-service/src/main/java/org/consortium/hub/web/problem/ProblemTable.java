package org.consortium.hub.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table from domain exception to problem kind (and so to HTTP status). A new
 * domain condition gets a subclass of {@link HubProblemException} and a line here.
 */
public final class ProblemTable {

    private static final Map<Class<? extends HubProblemException>, ProblemType> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(NotFoundProblem.class, ProblemType.NOT_FOUND);
        TABLE.put(ConflictProblem.class, ProblemType.CONFLICT);
        TABLE.put(ForbiddenProblem.class, ProblemType.FORBIDDEN);
        TABLE.put(ValidationProblem.class, ProblemType.VALIDATION_FAILED);
        TABLE.put(RuleViolationProblem.class, ProblemType.RULE_VIOLATION);
        TABLE.put(PayloadTooLargeProblem.class, ProblemType.PAYLOAD_TOO_LARGE);
        TABLE.put(ServiceUnavailableProblem.class, ProblemType.SERVICE_UNAVAILABLE);
    }

    private ProblemTable() {
    }

    /** The problem kind of an exception, walking up its class hierarchy. */
    public static ProblemType typeOf(HubProblemException e) {
        for (Class<?> c = e.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            ProblemType type = TABLE.get(c);
            if (type != null) {
                return type;
            }
        }
        return ProblemType.INTERNAL_ERROR;
    }

    /** Problem kind for a bare HTTP status raised by the framework (unknown route, wrong method...). */
    public static ProblemType typeOfStatus(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.RULE_VIOLATION;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
    }
}
