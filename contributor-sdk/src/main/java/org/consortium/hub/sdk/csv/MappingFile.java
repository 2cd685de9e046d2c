package org.consortium.hub.sdk.csv;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mapping file (YAML): how one ticketing export's columns become contract records. The
 * shipped samples {@code box-office-summary.mapping.yaml} and {@code ticket-lines.mapping.yaml}
 * show every section; {@code docs/contribute.md} explains them.
 *
 * @param layout {@code per-performance} (one row per performance, a pair of columns per tariff)
 *     or {@code ticket-lines} (one row per ticket, aggregated by the importer)
 * @param organisation the member's id at the hub, written in every envelope
 * @param recordVersion version given to every record (default 1); raise it to resend corrected
 *     figures, since the hub ignores an equal or lower version
 * @param csv how the file is written
 * @param formats date, time and number formats
 * @param performance columns of the performance record
 * @param attendance how attendance records are named and, per performance, which columns hold
 *     each tariff
 * @param tickets columns of a ticket line ({@code ticket-lines} layout only)
 * @param genres the export's genre labels to contract genres
 * @param tariffs the export's tariff labels to contract tariff categories
 * @param ignore other columns to skip without a warning
 * @param occupancyTolerancePercent how far above a hall's capacity a performance's tickets may go
 *     (standing places, added seats) before its figures are refused; the dataset's own setting at
 *     the hub, {@value org.consortium.hub.sdk.contract.Plausibility#DEFAULT_TOLERANCE_PERCENT} by default
 */
public record MappingFile(
    Layout layout,
    String organisation,
    Integer recordVersion,
    CsvFormat csv,
    Formats formats,
    PerformanceSection performance,
    AttendanceSection attendance,
    TicketSection tickets,
    Map<String, String> genres,
    Map<String, String> tariffs,
    List<String> ignore,
    Integer occupancyTolerancePercent) {

  /** Fills in defaults so the importer never meets a missing section. */
  public MappingFile {
    csv = csv == null ? new CsvFormat(null, null, null) : csv;
    formats = formats == null ? new Formats(null, null, null, null, null, null) : formats;
    recordVersion = recordVersion == null ? 1 : recordVersion;
    genres = genres == null ? Map.of() : genres;
    tariffs = tariffs == null ? Map.of() : tariffs;
    ignore = ignore == null ? List.of() : List.copyOf(ignore);
    occupancyTolerancePercent = occupancyTolerancePercent == null
        ? org.consortium.hub.sdk.contract.Plausibility.DEFAULT_TOLERANCE_PERCENT : occupancyTolerancePercent;
  }

  /** The two export layouts the importer understands. */
  public enum Layout {
    /** One row per performance, a pair of columns (tickets, revenue) per tariff. */
    PER_PERFORMANCE("per-performance"),
    /** One row per ticket, aggregated per performance, tariff, department and age band. */
    TICKET_LINES("ticket-lines");

    private final String yaml;

    Layout(String yaml) {
      this.yaml = yaml;
    }

    /** The name used in mapping files. */
    @JsonValue
    public String yaml() {
      return yaml;
    }

    /** Reads a layout name, naming the accepted ones when unknown. */
    @JsonCreator
    public static Layout of(String name) {
      for (Layout l : values()) {
        if (l.yaml.equals(name)) {
          return l;
        }
      }
      throw new IllegalArgumentException("unknown layout '" + name
          + "'; expected per-performance or ticket-lines");
    }
  }

  /**
   * How the CSV file is written.
   *
   * @param delimiter field separator, {@code ";"} by default (French spreadsheets)
   * @param encoding character set, UTF-8 by default ({@code windows-1252} for older exports)
   * @param quote quote character, {@code "} by default
   */
  public record CsvFormat(String delimiter, String encoding, String quote) {
    /** Applies the defaults. */
    public CsvFormat {
      delimiter = delimiter == null ? ";" : delimiter;
      encoding = encoding == null ? "UTF-8" : encoding;
      quote = quote == null ? "\"" : quote;
    }
  }

  /**
   * Formats of the export's values.
   *
   * @param date date patterns (java.time), tried in order; ISO dates always work
   * @param time time patterns, e.g. {@code HH'h'mm} for "20h30"
   * @param dateTime patterns for a column holding date and time together
   * @param timeZone the venue's time zone, {@code Europe/Paris} by default
   * @param decimalSeparator {@code "auto"} (default: each number column takes the separator its
   *     values need, and a column they leave undecided is refused), {@code ","} or {@code "."}
   * @param currency ISO 4217 code of the amounts, {@code EUR} by default
   */
  public record Formats(
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> date,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> time,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> dateTime,
      String timeZone, String decimalSeparator, String currency) {
    /** Applies the defaults. */
    public Formats {
      date = date == null ? List.of("dd/MM/yyyy") : List.copyOf(date);
      time = time == null ? List.of("HH:mm", "HH'h'mm") : List.copyOf(time);
      dateTime = dateTime == null ? List.of("dd/MM/yyyy HH:mm") : List.copyOf(dateTime);
      timeZone = timeZone == null ? "Europe/Paris" : timeZone;
      decimalSeparator = decimalSeparator == null ? "auto" : decimalSeparator;
      currency = currency == null ? "EUR" : currency;
    }
  }

  /**
   * The performance record.
   *
   * @param recordId template of the performance's record id, e.g. {@code "{Code séance}"}
   * @param columns contract field to column name, e.g. {@code production.title: Spectacle}
   * @param defaults contract field to a constant, for what the export lacks
   */
  public record PerformanceSection(String recordId, Map<String, String> columns,
      Map<String, String> defaults) {
    /** Never null maps. */
    public PerformanceSection {
      columns = columns == null ? Map.of() : columns;
      defaults = defaults == null ? Map.of() : defaults;
    }
  }

  /**
   * Attendance records.
   *
   * @param recordId template of an attendance record id over the keys {@code performance},
   *     {@code tariff}, {@code department} and {@code ageBand}
   * @param tariffColumns {@code per-performance} layout: the columns of each tariff
   */
  public record AttendanceSection(String recordId, List<TariffColumns> tariffColumns) {
    /** Never a null list. */
    public AttendanceSection {
      tariffColumns = tariffColumns == null ? List.of() : List.copyOf(tariffColumns);
    }
  }

  /**
   * The columns of one tariff in a per-performance export.
   *
   * @param tariff contract tariff category, e.g. {@code full}
   * @param tickets column with the number of tickets
   * @param revenue column with the revenue (an amount in the currency); none for free tickets
   * @param firstTimeBuyers column with tickets bought by first-time buyers, if the export has it
   */
  public record TariffColumns(String tariff, String tickets, String revenue, String firstTimeBuyers) {}

  /**
   * Columns of a ticket line. Postcode, birth date, age and buyer id are personal data: they are
   * read at the venue to derive a department, an age band and a first-time flag, and never sent.
   *
   * @param tariff column with the tariff label
   * @param price column with the price paid per ticket
   * @param quantity column with the number of tickets on the line (1 when absent; negative for
   *     refunds)
   * @param postcode column with the buyer's postcode, truncated to the department
   * @param birthDate column with the buyer's birth date, turned into an age band
   * @param age column with the buyer's age, turned into an age band
   * @param buyerId column with a buyer id, pseudonymised to count first-time buyers
   * @param firstTimeFlag column saying yes/no whether the buyer is new, instead of a buyer id
   * @param history file of pseudonyms of earlier buyers (default
   *     {@code ~/.hub-contribute/buyers-<organisation>.txt}), relative to the mapping file
   * @param keyFile file holding the venue's secret pseudonymisation key (default
   *     {@code ~/.hub-contribute/pseudonym.key}, created on first use)
   */
  public record TicketSection(String tariff, String price, String quantity, String postcode,
      String birthDate, String age, String buyerId, String firstTimeFlag, String history,
      String keyFile) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads and checks a mapping file.
   *
   * @throws MappingException naming the line and field of the problem
   */
  public static MappingFile load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      if (e instanceof JsonMappingException jme) {
        throw explain(jme, file.toString());
      }
      throw new MappingException("cannot read mapping " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads and checks a mapping from a stream, e.g. a classpath resource. */
  public static MappingFile read(InputStream in, String name) {
    MappingFile mapping;
    try {
      mapping = YAML.readValue(in, MappingFile.class);
    } catch (JsonMappingException e) {
      throw explain(e, name);
    } catch (IOException e) {
      throw new MappingException("mapping " + name + " is not valid YAML: " + e.getMessage(), e);
    }
    if (mapping == null) {
      throw new MappingException("mapping " + name + " is empty");
    }
    MappingCheck.check(mapping, name);
    return mapping;
  }

  private static MappingException explain(JsonMappingException e, String name) {
    String where = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
    String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    String what = e instanceof UnrecognizedPropertyException u
        ? "unknown field '" + u.getPropertyName() + "'"
        : e.getOriginalMessage();
    return new MappingException("mapping " + name + line + ", at '" + where + "': " + what, e);
  }
}
