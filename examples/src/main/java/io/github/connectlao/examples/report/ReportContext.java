package io.github.connectlao.examples.report;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.PopulationCsv;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.interop.ExternalIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the sections of the report share: the options, the gazetteer (with the community village
 * list, which is unofficial), the input files read and validated <em>before</em> anything is
 * written, and the progress display.
 *
 * <p>The population table is the embedded one ({@link PopulationTable#laoPdr()}) supplemented by
 * {@code --population}: a row of the file replaces the embedded row of the same unit, year, sex
 * and age group (and a crude birth rate the embedded rate of the same unit, year and sex); every
 * other embedded row is kept. Rows for units not in the gazetteer are refused with their line.
 */
public final class ReportContext {
  private final ReportOptions options;
  private final Progress progress;
  private final Gazetteer gazetteer;
  private final ImportResult<Gazetteer> villages;
  private final PopulationTable population;
  private final Optional<ImportResult<List<BirthRegistration>>> registrationFile;
  private final Optional<Dhis2Export> dhis2;
  private @Nullable BirthFigures birthFigures;

  /**
   * Creates the context: loads the gazetteer and the community villages, reads and validates every
   * input file.
   *
   * @param options the options
   * @param progress the progress display
   * @throws InputException when an input file has no usable row or misses a column
   * @throws Exception when loading fails otherwise
   */
  public ReportContext(ReportOptions options, Progress progress) throws Exception {
    this.options = options;
    this.progress = progress;
    this.gazetteer = progress.step("loading the gazetteer", Gazetteer::laoPdr);
    this.villages =
        progress.step("loading the community village list", gazetteer::withCommunityVillages);
    this.population = population(options, gazetteer, progress);
    Optional<ImportResult<List<BirthRegistration>>> regs = Optional.empty();
    if (options.registrations().isPresent()) {
      Path file = options.registrations().get();
      ImportResult<List<BirthRegistration>> r =
          progress.step("reading " + file.getFileName(), () -> readRegistrations(file));
      if (r.accepted().isEmpty()) {
        throw new InputException(
            "--registrations: no usable row in '"
                + file
                + "'"
                + r.errors().stream()
                    .findFirst()
                    .map(e -> " (first problem: " + e + ")")
                    .orElse(""));
      }
      r.errors().stream()
          .findFirst()
          .ifPresent(
              e ->
                  progress.warn(
                      "--registrations: " + r.errors().size() + " row(s) refused, first: " + e));
      regs = Optional.of(r);
    }
    this.registrationFile = regs;
    this.dhis2 =
        options.dhis2Mapping().isPresent()
            ? Optional.of(dhis2(options, gazetteer, progress))
            : Optional.empty();
  }

  /** The DHIS2 mapping and the units' DHIS2 UIDs, read and checked before anything is written. */
  public record Dhis2Export(
      io.github.connectlao.interop.dhis2.Dhis2Mapping mapping,
      io.github.connectlao.interop.ExternalIds orgUnits) {}

  /** @return the DHIS2 export asked for with --dhis2-mapping and --dhis2-org-units, if any */
  public Optional<Dhis2Export> dhis2() {
    return dhis2;
  }

  private static Dhis2Export dhis2(ReportOptions options, Gazetteer gazetteer, Progress progress) {
    Path mappingFile = options.dhis2Mapping().orElseThrow();
    Path unitsFile = options.dhis2OrgUnits().orElseThrow();
    io.github.connectlao.csv.ImportResult<
            List<io.github.connectlao.interop.dhis2.Dhis2Mapping.Entry>>
        entries;
    try (java.io.Reader in =
        Files.newBufferedReader(mappingFile, java.nio.charset.StandardCharsets.UTF_8)) {
      entries =
          io.github.connectlao.interop.dhis2.Dhis2Mapping.readCsv(
              in, mappingFile.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      throw new InputException("--dhis2-mapping: cannot read '" + mappingFile + "': " + oneLine(e));
    }
    if (entries.accepted().isEmpty()) {
      throw new InputException(
          "--dhis2-mapping: no usable row in '"
              + mappingFile
              + "'"
              + entries.errors().stream()
                  .findFirst()
                  .map(e -> " (first problem: " + e + ")")
                  .orElse(""));
    }
    entries.errors().stream()
        .findFirst()
        .ifPresent(
            e ->
                progress.warn(
                    "--dhis2-mapping: "
                        + entries.errors().size()
                        + " row(s) refused, first: "
                        + e));
    ImportResult<ExternalIds> ids;
    try (java.io.Reader in =
        Files.newBufferedReader(unitsFile, java.nio.charset.StandardCharsets.UTF_8)) {
      ids =
          io.github.connectlao.interop.ExternalIds.readCsv(
              in, unitsFile.getFileName().toString(), gazetteer);
    } catch (IOException | RuntimeException e) {
      throw new InputException("--dhis2-org-units: cannot read '" + unitsFile + "': " + oneLine(e));
    }
    ids.errors().stream()
        .findFirst()
        .ifPresent(
            e ->
                progress.warn(
                    "--dhis2-org-units: " + ids.errors().size() + " row(s) refused, first: " + e));
    return new Dhis2Export(
        io.github.connectlao.interop.dhis2.Dhis2Mapping.of(entries), ids.accepted());
  }

  private ImportResult<List<BirthRegistration>> readRegistrations(Path file) {
    try {
      return RegistrationFile.read(file, gazetteer);
    } catch (RuntimeException e) {
      throw new InputException("--registrations: " + oneLine(e));
    }
  }

  private static PopulationTable population(
      ReportOptions options, Gazetteer gazetteer, Progress progress) {
    PopulationTable embedded = PopulationTable.laoPdr();
    if (options.population().isEmpty()) {
      return embedded;
    }
    Path file = options.population().get();
    ImportResult<PopulationTable> imp;
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = CsvReader.of(in, file.getFileName().toString())) {
      imp = PopulationCsv.read(csv, gazetteer, OnBadRow.COLLECT);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("--population: cannot read '" + file + "': " + oneLine(e));
    } catch (RuntimeException e) {
      throw new InputException("--population: " + oneLine(e));
    }
    if (imp.accepted().populations().isEmpty() && imp.accepted().birthRates().isEmpty()) {
      throw new InputException(
          "--population: no usable row in '"
              + file
              + "'"
              + imp.errors().stream()
                  .findFirst()
                  .map(e -> " (first problem: " + e + ")")
                  .orElse(""));
    }
    imp.errors().stream()
        .findFirst()
        .ifPresent(
            e ->
                progress.warn(
                    "--population: " + imp.errors().size() + " row(s) refused, first: " + e));
    PopulationTable.Builder merged = embedded.toBuilder();
    imp.accepted().populations().forEach(merged::add);
    imp.accepted().birthRates().forEach(merged::add);
    return merged.build();
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** @return the options */
  public ReportOptions options() {
    return options;
  }

  /** @return the language of names */
  public Lang lang() {
    return options.lang();
  }

  /** @return the progress display, for long steps */
  public Progress progress() {
    return progress;
  }

  /** @return the official gazetteer: nation, provinces, districts */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return the gazetteer with the community village list added, and the import report */
  public ImportResult<Gazetteer> withVillages() {
    return villages;
  }

  /**
   * The population table of the report: the embedded data supplemented by {@code --population}
   * (read and validated before anything is written; see the class comment for the merge rule).
   *
   * @return the table
   */
  public PopulationTable population() {
    return population;
  }

  /**
   * The {@code --registrations} file, read and validated before anything is written (bad rows
   * refused with their line, a warning already shown), or empty when the synthetic dataset is used.
   *
   * @return the good rows and the errors
   */
  public Optional<ImportResult<List<BirthRegistration>>> registrationFile() {
    return registrationFile;
  }

  /**
   * The birth-registration figures and their protected releases, computed on first use and shared
   * by every section that publishes them (tables and maps publish the same release).
   *
   * @return the figures
   * @throws Exception when generating or counting fails
   */
  BirthFigures birthFigures() throws Exception {
    if (birthFigures == null) {
      birthFigures = BirthFigures.of(this);
    }
    return birthFigures;
  }
}
