package org.consortium.hub.indicators;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.web.problem.ValidationProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(summary = "An indicator as a table of cells",
            description = "Each cell has its value, or a status (A too few venues or people, B one venue dominates, "
                    + "D withheld so that another hidden cell cannot be recomputed) and the reason. The provenance "
                    + "lists the datasets used, their policy versions and approving decisions, and the datasets left "
                    + "out with the reasons.")
    public IndicatorTable indicator(@PathParam("name") String name,
                                    @QueryParam("groupBy") @Parameter(description = "up to two of month, quarter, year, genre, region, department, venue-kind, tariff, age-band, buyer-department") String groupBy,
                                    @QueryParam("purpose") @Parameter(description = "PROGRAMMING, MARKETING, PUBLIC_POLICY_EVALUATION or RESEARCH", required = true) String purpose,
                                    @QueryParam("from") @Parameter(description = "first month, YYYY-MM") String from,
                                    @QueryParam("to") @Parameter(description = "last month, YYYY-MM") String to,
                                    @QueryParam("region") String region,
                                    @QueryParam("department") String department,
                                    @QueryParam("genre") String genre,
                                    @QueryParam("venueKind") String venueKind,
                                    @QueryParam("scope") @Parameter(description = "'own' for your organisation's own datasets, unprotected; default: the consortium") String scope) {
        IndicatorQuery query = IndicatorQueryParser.parse(name, groupBy, purpose, from, to, region, department, genre,
                venueKind);
        if (scope != null && !scope.isBlank()) {
            if (!scope.equals("own")) {
                throw ValidationProblem.ofField("scope", "must be 'own' or absent");
            }
            return indicators.answerOwn(query, callerContext.caller());
        }
        return indicators.answer(query, callerContext.caller(), LocalDate.now(CONSORTIUM_ZONE));
    }
}
