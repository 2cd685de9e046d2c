package org.consortium.hub.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details document, the body of every error the hub answers.
 *
 * @param type       stable identifier of the kind of problem (see {@link ProblemType})
 * @param title      short human summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong with this request, in plain words
 * @param instance   the request path
 * @param violations per-field violations, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
