package org.consortium.hub.indicators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An indicator table as CSV (RFC 4180, header row): one column per breakdown dimension, then
 * {@code total}, {@code value}, {@code status} and {@code reason}. A withheld cell has an
 * empty value, its status (A, B or D) and the reason; a published one has status V and no
 * reason. The provenance stays in the JSON answer.
 */
public final class IndicatorCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private IndicatorCsv() {
    }

    public static String write(IndicatorTable table) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(table.groupBy());
        header.addAll(List.of("total", "value", "status", "reason"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (IndicatorTable.Cell cell : table.cells()) {
                List<Object> row = new ArrayList<>();
                for (String dimension : table.groupBy()) {
                    row.add(cell.coordinates().getOrDefault(dimension, ""));
                }
                row.add(cell.total());
                row.add(cell.value() == null ? "" : plain(cell.value()));
                row.add(cell.status());
                row.add(cell.reason() == null ? "" : cell.reason());
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A file name for downloads: the indicator and its breakdown. */
    public static String fileName(IndicatorTable table) {
        return table.indicator() + (table.groupBy().isEmpty() ? "" : "-by-" + String.join("-", table.groupBy())) + ".csv";
    }

    private static String plain(Number n) {
        return n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
    }
}
