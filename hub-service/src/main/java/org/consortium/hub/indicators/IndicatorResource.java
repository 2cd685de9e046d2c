package org.consortium.hub.indicators;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.web.problem.ValidationProblem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated indicators, only as far as each dataset's sharing policy allows. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    /** Embargo days are counted in the consortium's time zone. */
    private static final ZoneId CONSORTIUM_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    IndicatorService indicators;

    @Inject
    CallerContext callerContext;

    /** One catalogue entry. */
    public record CatalogueEntry(String name, String title, String definition, String unit, String breakdown) {
    }

    @GET
    @Operation(summary = "The indicator catalogue", description = "Every indicator with its definition in plain words.")
    public List<CatalogueEntry> catalogue() {
        return Arrays.stream(Indicator.values()).map(i -> new CatalogueEntry(i.indicatorName(), i.title(),
                i.definition(), i.unit(), i.fixedBreakdown() == null ? null : i.fixedBreakdown().parameter())).toList();
    }

    @GET
    @Path("/{name}")
    @Produces({MediaType.APPLICATION_JSON, IndicatorCsv.MEDIA_TYPE})
    @Operation(summary = "An indicator as a table of cells",
            description = "Each cell has its value, or a status (A too few venues or people, B one venue dominates, "
                    + "D withheld so that another hidden cell cannot be recomputed) and the reason. The provenance "
                    + "lists the datasets used, their policy versions and approving decisions, and the datasets left "
                    + "out with the reasons. With Accept: text/csv or format=csv, the same cells as CSV: one column "
                    + "per dimension, then total, value (empty when withheld), status and reason.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorTable.class)),
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response indicator(@PathParam("name") String name,
                              @QueryParam("groupBy") @Parameter(description = "up to two of month, quarter, year, genre, region, department, venue-kind, tariff, age-band, buyer-department") String groupBy,
                              @QueryParam("purpose") @Parameter(description = "PROGRAMMING, MARKETING, PUBLIC_POLICY_EVALUATION or RESEARCH", required = true) String purpose,
                              @QueryParam("from") @Parameter(description = "first month, YYYY-MM") String from,
                              @QueryParam("to") @Parameter(description = "last month, YYYY-MM") String to,
                              @QueryParam("region") String region,
                              @QueryParam("department") String department,
                              @QueryParam("genre") String genre,
                              @QueryParam("venueKind") String venueKind,
                              @QueryParam("scope") @Parameter(description = "'own' for your organisation's own datasets, unprotected; default: the consortium") String scope,
                              @QueryParam("format") @Parameter(description = "json (default) or csv; overrides the Accept header") String format,
                              @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        IndicatorQuery query = IndicatorQueryParser.parse(name, groupBy, purpose, from, to, region, department, genre,
                venueKind);
        IndicatorTable table;
        if (scope != null && !scope.isBlank()) {
            if (!scope.equals("own")) {
                throw ValidationProblem.ofField("scope", "must be 'own' or absent");
            }
            table = indicators.answerOwn(query, callerContext.caller());
        } else {
            table = indicators.answer(query, callerContext.caller(), LocalDate.now(CONSORTIUM_ZONE));
        }
        if (!csv) {
            return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(IndicatorCsv.write(table), IndicatorCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + IndicatorCsv.fileName(table) + "\"")
                .build();
    }

    /** CSV when format=csv, or when the Accept header prefers text/csv to JSON. */
    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ValidationProblem.ofField("format", "must be json or csv");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) { // sorted, most wanted first
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(IndicatorCsv.MEDIA_TYPE))) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
