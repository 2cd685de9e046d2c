package org.consortium.hub.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.consortium.hub.indicators.Indicator;
import org.consortium.hub.indicators.IndicatorCsv;
import org.consortium.hub.indicators.IndicatorQueryParser;
import org.consortium.hub.indicators.IndicatorService;
import org.consortium.hub.indicators.IndicatorTable;
import org.consortium.hub.policies.sharing.Purpose;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.CallerContext;
import org.consortium.hub.security.Roles;
import org.consortium.hub.web.problem.HubProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audience dashboard for marketing staff, rendered on the server (Qute) in English or
 * French: filters, five charts (drawn in the browser by ECharts, served from its webjar),
 * the table beneath with withheld cells shown as such and why, its CSV, and the provenance
 * receipt. Every figure comes from {@link IndicatorService}, exactly as over the REST API:
 * same policies, same disclosure control, same access log.
 *
 * <p>Sign-in is checked before this resource by the HTTP permission on {@code /dashboard/*}:
 * form login with the local accounts in the embedded mode, the OIDC code flow in production.
 */
@Path("/dashboard")
public class DashboardResource {

    /** Embargo days are counted in the consortium's time zone, as in the REST API. */
    private static final ZoneId CONSORTIUM_ZONE = ZoneId.of("Europe/Paris");

    /** Breakdowns offered for the table: those every indicator accepts. */
    private static final List<String> BREAKDOWNS = List.of("genre", "month", "quarter", "year", "region", "department",
            "venue-kind");

    private static final List<String> GENRES = List.of("theatre", "dance", "opera", "music", "circus", "street-arts",
            "puppetry", "multidisciplinary", "musical-theatre", "storytelling", "other");

    /** INSEE region codes and names (names are the same in both languages). */
    static final Map<String, String> REGIONS = regions();

    @Inject
    IndicatorService indicators;

    @Inject
    CallerContext callers;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Location("dashboard/page.html")
    Template page;

    @Inject
    @Location("dashboard/login.html")
    Template login;

    /** "form": local accounts and the sign-in page here (embedded); "oidc": the code flow (production). */
    @ConfigProperty(name = "hub.dashboard.sign-in", defaultValue = "form")
    String signIn;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@QueryParam("lang") String lang, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("region") String region, @QueryParam("genre") String genre,
                         @QueryParam("purpose") String purpose, @QueryParam("indicator") String indicator,
                         @QueryParam("by") String by, @Context HttpHeaders headers) {
        DashboardText text = DashboardText.of(DashboardText.language(lang, headers));
        Caller caller = callers.caller();
        DashboardView.Filters filters = filters(from, to, region, genre, purpose, indicator, by);

        String error = null;
        List<DashboardView.ChartView> charts = new ArrayList<>();
        List<Map<String, Object>> chartData = new ArrayList<>();
        DashboardView.TableView table = null;
        try {
            IndicatorTable answer = answer(filters.indicator(), filters.by(), filters, caller);
            for (ChartSpec spec : ChartSpec.values()) {
                IndicatorTable t = answer(spec.indicator, spec.groupBy, filters, caller);
                charts.add(chartView(spec, t, text));
                chartData.add(chartData(spec, t, text));
            }
            table = tableView(answer, text);
        } catch (HubProblemException e) {
            error = e.getMessage();
        }

        Map<String, String> query = query(filters);
        DashboardView view = new DashboardView(text.language(), text.fixedTexts(), callers.displayName(),
                caller.organisationId() == null ? text.get("noOrganisation") : caller.organisationId(),
                caller.roles().stream().filter(Roles.ALL::contains).sorted().collect(Collectors.joining(", ")),
                url("/dashboard", query, "en"), url("/dashboard", query, "fr"), formSignIn(), filters,
                options(REGIONS, filters.region()), genreOptions(text, filters.genre()),
                purposeOptions(text, filters.purpose()), indicatorOptions(text, filters.indicator()),
                breakdownOptions(text, filters.by()), error, charts, json(chartData), table,
                url("/dashboard/table.csv", query, null), definitions(text));
        return html(page.data("view", view).render(), text);
    }

    @GET
    @Path("/table.csv")
    @Produces(IndicatorCsv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("region") String region, @QueryParam("genre") String genre,
                        @QueryParam("purpose") String purpose, @QueryParam("indicator") String indicator,
                        @QueryParam("by") String by) {
        DashboardView.Filters filters = filters(from, to, region, genre, purpose, indicator, by);
        IndicatorTable table = answer(filters.indicator(), filters.by(), filters, callers.caller());
        return Response.ok(IndicatorCsv.write(table), IndicatorCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + IndicatorCsv.fileName(table) + "\"")
                .build();
    }

    /** The sign-in page of the embedded mode (posts to j_security_check); production goes to the code flow. */
    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response login(@QueryParam("lang") String lang, @QueryParam("error") String error,
                          @Context HttpHeaders headers) {
        if (!formSignIn()) {
            return Response.seeOther(URI.create("/dashboard")).build();
        }
        DashboardText text = DashboardText.of(DashboardText.language(lang, headers));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", text.language());
        data.put("t", text.fixedTexts());
        data.put("failed", error != null);
        data.put("englishUrl", "/dashboard/login?lang=en" + (error != null ? "&error=true" : ""));
        data.put("frenchUrl", "/dashboard/login?lang=fr" + (error != null ? "&error=true" : ""));
        return html(login.data(data).render(), text);
    }

    /** Forgets the session cookie of the form login. */
    @POST
    @Path("/logout")
    @Operation(hidden = true)
    public Response logout() {
        return Response.seeOther(URI.create("/dashboard/login"))
                .cookie(new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    private boolean formSignIn() {
        return "form".equals(signIn);
    }

    private static Response html(String body, DashboardText text) {
        return Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, text.language())
                .header(HttpHeaders.VARY, "Accept-Language")
                .header("Cache-Control", "no-store")
                .build();
    }

    // --- Queries ----------------------------------------------------------------------

    private static DashboardView.Filters filters(String from, String to, String region, String genre, String purpose,
                                                 String indicator, String by) {
        return new DashboardView.Filters(blank(from), blank(to), blank(region), blank(genre),
                purpose == null || purpose.isBlank() ? Purpose.MARKETING.name() : purpose.trim(),
                indicator == null || indicator.isBlank() ? Indicator.TICKETS.indicatorName() : indicator.trim(),
                by == null ? "genre" : by.trim());
    }

    private IndicatorTable answer(String indicator, String groupBy, DashboardView.Filters f, Caller caller) {
        return indicators.answer(IndicatorQueryParser.parse(indicator, groupBy, f.purpose(), f.from(), f.to(),
                f.region(), null, f.genre(), null), caller, LocalDate.now(CONSORTIUM_ZONE));
    }

    /** The charts: which indicator, broken down by what, drawn how. */
    enum ChartSpec {
        TICKETS_BY_MONTH("tickets-month", "tickets", "month", "bar"),
        OCCUPANCY_BY_GENRE("occupancy-genre", "occupancy-rate", "genre", "bar"),
        AUDIENCE_BY_DEPARTMENT("audience-department", "audience-by-department", "", "bar"),
        FIRST_TIME_SHARE("first-time-month", "first-time-share", "month", "line"),
        TARIFF_MIX("tariff-mix", "audience-by-tariff", "", "pie");

        final String id;
        final String indicator;
        final String groupBy;
        final String kind;

        ChartSpec(String id, String indicator, String groupBy, String kind) {
            this.id = id;
            this.indicator = indicator;
            this.groupBy = groupBy;
            this.kind = kind;
        }
    }

    private DashboardView.ChartView chartView(ChartSpec spec, IndicatorTable t, DashboardText text) {
        List<String> withheld = new ArrayList<>();
        for (IndicatorTable.Cell c : t.cells()) {
            if (!c.total() && c.value() == null && !"V".equals(c.status())) {
                withheld.add(cellLabel(t, c, text) + " (" + c.status() + ")");
            }
        }
        String note = withheld.isEmpty() ? null : text.format("withheldNote", withheld.size(), String.join(", ", withheld));
        return new DashboardView.ChartView(spec.id, text.get("chart." + spec.id), definition(t.indicator(), t.definition(), text),
                note, text.format("datasetsNote", t.provenance().datasets().size(), t.provenance().leftOut().size()));
    }

    /** What dashboard.js draws: labels and values of the published cells; withheld ones named, never valued. */
    private Map<String, Object> chartData(ChartSpec spec, IndicatorTable t, DashboardText text) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        List<Map<String, String>> withheld = new ArrayList<>();
        for (IndicatorTable.Cell c : t.cells()) {
            if (c.total()) {
                continue;
            }
            String label = cellLabel(t, c, text);
            if (c.value() == null) {
                if (!"V".equals(c.status())) {
                    withheld.add(Map.of("label", label, "status", c.status(),
                            "reason", c.reason() == null ? "" : c.reason()));
                    if (!"pie".equals(spec.kind)) {
                        labels.add(label);
                        values.add(null);
                    }
                }
                continue;
            }
            labels.add(label);
            values.add(c.value());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", spec.id);
        data.put("kind", spec.kind);
        data.put("title", text.get("chart." + spec.id));
        data.put("unit", text.get("unit." + t.unit(), t.unit()));
        data.put("percent", "percent".equals(t.unit()));
        data.put("labels", labels);
        data.put("values", values);
        data.put("withheld", withheld);
        data.put("withheldText", text.get("withheld"));
        data.put("emptyText", text.get("noData"));
        data.put("allWithheldText", text.get("allWithheld"));
        return data;
    }

    private DashboardView.TableView tableView(IndicatorTable t, DashboardText text) {
        List<String> headers = t.groupBy().stream().map(d -> text.get("dimension." + d, d)).toList();
        List<DashboardView.Row> rows = new ArrayList<>();
        for (IndicatorTable.Cell c : t.cells()) {
            List<String> labels = new ArrayList<>();
            for (String d : t.groupBy()) {
                labels.add(label(d, c.coordinates().get(d), text));
            }
            if (t.groupBy().isEmpty()) {
                labels.add(text.get("label.total"));
            }
            String key = t.groupBy().stream().map(d -> d + "=" + c.coordinates().get(d)).collect(Collectors.joining("&"));
            boolean suppressed = !"V".equals(c.status());
            String value = suppressed ? null : c.value() == null ? "—" : format(c.value(), t.unit(), text.locale());
            rows.add(new DashboardView.Row(labels, key.isEmpty() ? "total" : key, c.total(), suppressed, value, c.status(),
                    text.get("status" + c.status(), c.status()), c.reason()));
        }
        List<DashboardView.Used> used = t.provenance().datasets().stream().map(d -> new DashboardView.Used(
                d.datasetId(), d.ownerId(), d.policyVersion(),
                d.adoptedByDecision() == null ? "—" : "#" + d.adoptedByDecision(), d.licence())).toList();
        List<DashboardView.LeftOut> leftOut = t.provenance().leftOut().stream()
                .map(l -> new DashboardView.LeftOut(l.datasetId(), l.reasons())).toList();
        return new DashboardView.TableView(text.get("indicator." + t.indicator() + ".title", t.title()),
                definition(t.indicator(), t.definition(), text), text.get("unit." + t.unit(), t.unit()),
                granularity(t.granularity(), text), headers.isEmpty() ? List.of(text.get("total")) : headers, rows, used, leftOut,
                t.provenance().disclosureControl());
    }

    /** "MONTH × DEPARTMENT" in the reader's words. */
    private static String granularity(String granularity, DashboardText text) {
        return java.util.Arrays.stream(granularity.split(" × "))
                .map(g -> text.get("granularity." + g, g.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" × "));
    }

    private static String definition(String indicator, String catalogueDefinition, DashboardText text) {
        return text.get("indicator." + indicator + ".definition", catalogueDefinition);
    }

    private static String cellLabel(IndicatorTable t, IndicatorTable.Cell c, DashboardText text) {
        return t.groupBy().stream().map(d -> label(d, c.coordinates().get(d), text)).collect(Collectors.joining(" · "));
    }

    /** A coordinate in the reader's words: genre and tariff names, region names, "Total". */
    static String label(String dimension, String value, DashboardText text) {
        if (value == null) {
            return "";
        }
        if (value.equals("total") || value.equals("unknown")) {
            return text.get("label." + value);
        }
        return switch (dimension) {
            case "genre" -> text.get("genre." + value, value);
            case "tariff" -> text.get("tariff." + value, value);
            case "region" -> REGIONS.getOrDefault(value, value);
            case "venue-kind" -> value.toLowerCase(Locale.ROOT).replace('_', ' ');
            default -> value;
        };
    }

    static String format(Number value, String unit, Locale locale) {
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(1);
        String s = nf.format(value);
        return "percent".equals(unit) ? s + "\u00a0%" : s;
    }

    // --- Options and links ------------------------------------------------------------

    private static List<DashboardView.Option> options(Map<String, String> values, String selected) {
        return values.entrySet().stream()
                .map(e -> new DashboardView.Option(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList();
    }

    private static List<DashboardView.Option> genreOptions(DashboardText text, String selected) {
        return GENRES.stream().map(g -> new DashboardView.Option(g, text.get("genre." + g, g), g.equals(selected))).toList();
    }

    private static List<DashboardView.Option> purposeOptions(DashboardText text, String selected) {
        List<DashboardView.Option> options = new ArrayList<>();
        for (Purpose p : Purpose.values()) {
            options.add(new DashboardView.Option(p.name(), text.get("purpose." + p.name(), p.name()),
                    p.name().equalsIgnoreCase(selected)));
        }
        return options;
    }

    private static List<DashboardView.Option> indicatorOptions(DashboardText text, String selected) {
        List<DashboardView.Option> options = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            options.add(new DashboardView.Option(i.indicatorName(),
                    text.get("indicator." + i.indicatorName() + ".title", i.title()), i.indicatorName().equals(selected)));
        }
        return options;
    }

    private static List<DashboardView.Option> breakdownOptions(DashboardText text, String selected) {
        List<DashboardView.Option> options = new ArrayList<>();
        options.add(new DashboardView.Option("", text.get("noBreakdown"), selected.isEmpty()));
        for (String d : BREAKDOWNS) {
            options.add(new DashboardView.Option(d, text.get("dimension." + d, d), d.equals(selected)));
        }
        return options;
    }

    private static List<DashboardView.Definition> definitions(DashboardText text) {
        List<DashboardView.Definition> definitions = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            definitions.add(new DashboardView.Definition(i.indicatorName(),
                    text.get("indicator." + i.indicatorName() + ".title", i.title()),
                    definition(i.indicatorName(), i.definition(), text), text.get("unit." + i.unit(), i.unit())));
        }
        return definitions;
    }

    private static Map<String, String> query(DashboardView.Filters f) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "from", f.from());
        put(q, "to", f.to());
        put(q, "region", f.region());
        put(q, "genre", f.genre());
        put(q, "purpose", f.purpose());
        put(q, "indicator", f.indicator());
        q.put("by", f.by());
        return q;
    }

    private static void put(Map<String, String> q, String name, String value) {
        if (value != null) {
            q.put(name, value);
        }
    }

    private static String url(String path, Map<String, String> query, String lang) {
        Map<String, String> q = new LinkedHashMap<>();
        if (lang != null) {
            q.put("lang", lang);
        }
        q.putAll(query);
        return path + "?" + q.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, String> regions() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("84", "Auvergne-Rhône-Alpes");
        r.put("27", "Bourgogne-Franche-Comté");
        r.put("53", "Bretagne");
        r.put("24", "Centre-Val de Loire");
        r.put("94", "Corse");
        r.put("44", "Grand Est");
        r.put("32", "Hauts-de-France");
        r.put("11", "Île-de-France");
        r.put("28", "Normandie");
        r.put("75", "Nouvelle-Aquitaine");
        r.put("76", "Occitanie");
        r.put("52", "Pays de la Loire");
        r.put("93", "Provence-Alpes-Côte d'Azur");
        r.put("01", "Guadeloupe");
        r.put("02", "Martinique");
        r.put("03", "Guyane");
        r.put("04", "La Réunion");
        r.put("06", "Mayotte");
        return java.util.Collections.unmodifiableMap(r);
    }
}
