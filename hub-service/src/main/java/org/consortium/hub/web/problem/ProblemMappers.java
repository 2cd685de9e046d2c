package org.consortium.hub.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of the REST layer into an {@code application/problem+json} answer.
 * Domain exceptions go through {@link ProblemTable}; framework exceptions (bad JSON, bean
 * validation, security, unknown routes) are translated here. Stack traces never leave
 * the server: an unexpected error is logged with an id that the answer quotes.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ConfigProperty(name = "quarkus.http.auth.basic", defaultValue = "false")
    boolean basicAuth;

    /** The dashboard's sign-in form posts here (embedded mode); a refusal goes back to its error page. */
    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/dashboard/login?error=true")
    String formErrorPage;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean bearerAuth;

    @ServerExceptionMapper
    public Response domain(HubProblemException e, UriInfo uri) {
        return answer(ProblemTable.typeOf(e), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return answer(ProblemType.VALIDATION_FAILED, detail, uri, violations);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** Declared apart: the Jackson extension maps this subtype itself otherwise. */
    @ServerExceptionMapper(priority = 1)
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "This endpoint needs an authenticated caller");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (uri.getPath().equals(formPostLocation)) {
            // A person in a browser, not an API client: back to the sign-in page, saying why.
            return Response.status(Response.Status.FOUND).location(java.net.URI.create(formErrorPage)).build();
        }
        return unauthenticated(uri, "The credentials or token were refused");
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri, "The credentials or token were refused");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your roles do not allow this action" : e.getMessage();
        return answer(ProblemType.FORBIDDEN, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return jsonProblem(jpe, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemTable.typeOfStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 415 -> "Content type " + headers.getMediaType() + " is not accepted here";
            case 406 -> "None of the accepted media types " + headers.getAcceptableMediaTypes() + " can be produced";
            default -> e.getMessage() == null ? type.title() : e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, uri.getPath(), null));
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return answer(ProblemType.INTERNAL_ERROR,
                "The hub could not complete this request; quote error id " + errorId + " to the operator",
                uri, List.of());
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException jme ? pathOf(jme.getPath()) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException upe) {
            message = "unknown field '" + upe.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null
                && ife.getTargetType().isEnum()) {
            message = "'" + ife.getValue() + "' is not one of "
                    + Arrays.toString(ife.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException ife) {
            message = "'" + ife.getValue() + "' is not a valid " + ife.getTargetType().getSimpleName();
        } else {
            message = e.getOriginalMessage();
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        List<Violation> violations = field.isEmpty() ? List.of() : List.of(new Violation(field, message));
        String detail = (field.isEmpty() ? "Malformed JSON: " : field + ": ") + message + where;
        return answer(ProblemType.MALFORMED_REQUEST, detail, uri, violations);
    }

    private Response unauthenticated(UriInfo uri, String detail) {
        Response.ResponseBuilder builder = Response.status(401).type(Problem.MEDIA_TYPE)
                .entity(problem(ProblemType.UNAUTHENTICATED, detail, uri, List.of()));
        // One challenge per enabled mechanism (both in the real-stack test run).
        if (bearerAuth || !basicAuth) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"consortium-hub\"");
        }
        if (basicAuth) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"consortium-hub\"");
        }
        return builder.build();
    }

    static Response answer(ProblemType type, String detail, UriInfo uri, List<Violation> violations) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(problem(type, detail, uri, violations)).build();
    }

    private static Problem problem(ProblemType type, String detail, UriInfo uri, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), violations.isEmpty() ? null : violations);
    }

    private static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * The field a bean-validation violation is about, without the Java method name: a
     * body's property path ({@code legalName}) or a query/path parameter's name.
     */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (bodyParameter) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
            }
            if (name != null) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "request" : String.join(".", parts);
    }
}
