package org.consortium.hub.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused by the HTTP
 * layer on its Content-Length alone, before any resource runs, with an empty 413. This route,
 * placed just before that check, answers the same refusal as problem+json like every other
 * error, and closes the connection as Quarkus does, so that the client stops sending.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Quarkus's own check runs at order -2 (HttpServerCommonHandlers.enforceMaxBodySize). */
    private static final int BEFORE_THE_BODY_LIMIT = -3;

    private final MemorySize limit;
    private final ObjectMapper mapper;

    public BodyLimitProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                            ObjectMapper mapper) {
        this.limit = limit;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_BODY_LIMIT).handler(this::refuseIfTooLarge);
    }

    private void refuseIfTooLarge(RoutingContext ctx) {
        long length = announcedLength(ctx);
        if (length <= limit.asLongValue()) {
            ctx.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), "The request body has " + length
                + " bytes; the hub takes at most " + limit.asLongValue() + " (HUB_MAX_BODY_SIZE)",
                ctx.request().path(), null);
        try {
            byte[] body = mapper.writeValueAsBytes(problem);
            ctx.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(done -> ctx.request().connection().close());
            ctx.response().end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** The Content-Length header, or -1 when absent or unreadable (Quarkus then checks while reading). */
    private static long announcedLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
