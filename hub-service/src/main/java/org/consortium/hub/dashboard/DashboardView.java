package org.consortium.hub.dashboard;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard page shows, already in the reader's language. Withheld cells carry their
 * status and reason, and no value: the figures never reach the page.
 */
@TemplateData
public record DashboardView(String lang, Map<String, String> t, String user, String organisation, String roles,
                            String englishUrl, String frenchUrl, boolean formSignIn, Filters filters,
                            List<Option> regions, List<Option> genres, List<Option> purposes,
                            List<Option> tableIndicators, List<Option> breakdowns, String error,
                            List<ChartView> charts, String chartJson, TableView table, String csvUrl,
                            List<Definition> definitions) {

    /** The filters as the reader set them (strings, as typed). */
    @TemplateData
    public record Filters(String from, String to, String region, String genre, String purpose, String indicator,
                          String by) {
    }

    /** One choice of a select box. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A chart's card: title, definition and the withheld points named. */
    @TemplateData
    public record ChartView(String id, String title, String definition, String withheldNote, String datasetsNote) {
    }

    /** The table beneath the charts. */
    @TemplateData
    public record TableView(String title, String definition, String unit, String granularity, List<String> headers,
                            List<Row> rows, List<Used> used, List<LeftOut> leftOut, String disclosure) {
    }

    /**
     * One cell of the table: its labels along each dimension, then either its formatted value or
     * (suppressed) its status code, label and reason.
     */
    @TemplateData
    public record Row(List<String> labels, String key, boolean total, boolean suppressed, String value, String status,
                      String statusLabel, String reason) {
    }

    /** A dataset used, as in the provenance receipt. */
    @TemplateData
    public record Used(String datasetId, String owner, int policyVersion, String decision, String licence) {
    }

    /** A dataset left out, and why. */
    @TemplateData
    public record LeftOut(String datasetId, List<String> reasons) {
    }

    /** An indicator of the catalogue in plain words. */
    @TemplateData
    public record Definition(String name, String title, String definition, String unit) {
    }
}
