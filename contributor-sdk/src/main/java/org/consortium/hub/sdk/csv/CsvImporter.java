package org.consortium.hub.sdk.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;

/**
 * Turns a ticketing export (CSV) into contract records with a {@link MappingFile}, streaming:
 * rows are read one at a time and records handed to a sink as soon as they are complete, so
 * files of any size fit in memory.
 *
 * <p>Personal data stays at the venue: unmapped columns that look personal are never read,
 * postcodes, birth dates and buyer ids are reduced to a department, an age band and a
 * first-time count before anything is produced, and a row whose mapped cells hold an e-mail
 * address or a phone number is refused. Each refused row is reported with its line number.
 * Every record produced satisfies the contract.
 *
 * <pre>{@code
 * CsvImporter importer = new CsvImporter(MappingFile.load(mappingPath),
 *     ImportSettings.forDataset(datasetId), new ContractValidator());
 * ImportReport report = importer.run(csvPath, envelope -> contribution.add(envelope),
 *     ImportListener.NONE);
 * }</pre>
 */
public final class CsvImporter {

  private final MappingFile mapping;
  private final ImportContext ctx;

  /**
   * An importer for one mapping.
   *
   * @throws MappingException when the mapping and settings do not fit together
   */
  public CsvImporter(MappingFile mapping, ImportSettings settings, ContractValidator validator) {
    this.mapping = mapping;
    this.ctx = new ImportContext(mapping, settings, validator);
  }

  /**
   * Imports a file.
   *
   * @throws MappingException when the mapping does not fit the file's columns
   * @throws IOException when the file cannot be read
   */
  public ImportReport run(Path csv, Consumer<Envelope> sink, ImportListener listener)
      throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      scan(in);
    }
    try (InputStream in = Files.newInputStream(csv)) {
      return importRows(in, Files.size(csv), sink, listener);
    }
  }

  /**
   * Imports from a stream of {@code totalBytes} bytes (-1 when unknown). Formats are decided
   * from the whole file before any row is imported, so the stream is first copied to a
   * temporary file, deleted afterwards.
   */
  public ImportReport run(InputStream input, long totalBytes, Consumer<Envelope> sink,
      ImportListener listener) throws IOException {
    Path copy = Files.createTempFile("hub-contribute-", ".csv");
    try {
      Files.copy(input, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return run(copy, sink, listener);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** The first pass: reads every mapped number and date column and settles its format. */
  private void scan(InputStream input) throws IOException {
    FormatScan scan = new FormatScan(mapping, ctx.dates);
    try (CSVParser parser = CSVParser.builder().setReader(reader(input)).setFormat(format()).get()) {
      List<String> header = parser.getHeaderNames();
      ColumnScreening.requirePresent(header, mapping);
      ColumnScreening.screen(header, mapping);
      Map<String, Integer> columns = columnIndex(header);
      long lastLine = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        scan.row(new Row(line, record, columns));
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    ctx.formats = scan.decide();
  }

  private Reader reader(InputStream in) throws IOException {
    return skipBom(new BufferedReader(new InputStreamReader(in,
        Charset.forName(mapping.csv().encoding()))));
  }

  private CSVFormat format() {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(mapping.csv().delimiter().charAt(0))
        .setQuote(mapping.csv().quote().charAt(0))
        .setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .get();
  }

  /** The second pass: imports the rows with the formats the first one settled. */
  private ImportReport importRows(InputStream input, long totalBytes, Consumer<Envelope> sink,
      ImportListener listener) throws IOException {
    CountingInputStream counted = new CountingInputStream(input);
    Reader reader = reader(counted);
    CSVFormat format = format();
    List<RefusedRow> refused = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    long[] records = {0};
    ExportLayout.Output out = new ExportLayout.Output() {
      @Override
      public void emit(List<Envelope> envelopes) {
        envelopes.forEach(sink);
        records[0] += envelopes.size();
      }

      @Override
      public void refuse(RefusedRow row) {
        refused.add(row);
        listener.refused(row);
      }
    };
    long rows = 0;
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      ColumnScreening.requirePresent(header, mapping);
      for (String w : ColumnScreening.screen(header, mapping)) {
        warnings.add(w);
        listener.warning(w);
      }
      Map<String, Integer> columns = columnIndex(header);
      ExportLayout layout = mapping.layout() == MappingFile.Layout.PER_PERFORMANCE
          ? new SummaryLayout(ctx) : new TicketLinesLayout(ctx);
      long lastLine = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        rows++;
        try {
          layout.row(new Row(line, record, columns), out);
        } catch (RowRefused e) {
          out.refuse(new RefusedRow(line, e.column(), e.value(), e.getMessage()));
        }
        listener.progress(rows, counted.count(), totalBytes);
      }
      listener.recordsToCome(layout.heldBack());
      layout.finish(out);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return new ImportReport(rows, records[0], refused, warnings, ctx.formats.formats());
  }

  private static Map<String, Integer> columnIndex(List<String> header) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      out.putIfAbsent(Labels.normalise(header.get(i)), i);
    }
    return out;
  }

  /** Spreadsheets often start UTF-8 files with a byte-order mark, which would stick to column 1. */
  private static Reader skipBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
