package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Locale;

/**
 * The Sam Sang target table for a year: national rows (provinces, districts, villages) and, for every
 * province, rows for its districts and villages.
 *
 * <p>Example: {@code SamSang.rollup(Gazetteer.laoPdr(), 2025).build().toTable()}.
 *
 * @param year the year of the report
 * @param rows the rows, national first, then each province in gazetteer order
 * @param problems input records that were skipped or inconsistent, each with its reason
 */
public record SamSangReport(int year, List<SamSangRow> rows, List<String> problems) {
  /**
   * Copies the lists.
   *
   * @param year the year
   * @param rows the rows
   * @param problems the problems
   */
  public SamSangReport {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** @return the three national rows */
  public List<SamSangRow> national() {
    return rows.stream().filter(r -> r.area().level() == AdminLevel.NATIONAL).toList();
  }

  /**
   * The rows of one province (its districts and villages).
   *
   * @param provinceCode the province's code as used in the gazetteer, e.g. {@code LA03}
   * @return the rows
   * @throws InvalidValueException when no province has that code
   */
  public List<SamSangRow> province(String provinceCode) {
    List<SamSangRow> list =
        rows.stream()
            .filter(
                r ->
                    r.area().level() == AdminLevel.PROVINCE && r.area().code().equals(provinceCode))
            .toList();
    InvalidValueException.check(
        !list.isEmpty(), "provinceCode", provinceCode, "is not a province in the report");
    return list;
  }

  /**
   * The row of an area and level.
   *
   * @param areaCode the nation's or a province's code
   * @param status the status counted
   * @return the row
   */
  public SamSangRow row(String areaCode, SamSangStatus status) {
    return rows.stream()
        .filter(r -> r.area().code().equals(areaCode) && r.status() == status)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "areaCode", areaCode, "has no " + status.nameEnglish() + " row in the report"));
  }

  /**
   * The report as a plain-text table, one row per line, with the sources of the targets below it.
   *
   * @return the table
   */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Sam Sang targets (ສາມສ້າງ), situation in %d%n", year));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-6s %-16s %-9s %-6s %7s %-13s %8s %8s %7s %7s  %s%n",
            "area",
            "name",
            "level",
            "share",
            "units",
            "basis",
            "required",
            "achieved",
            "year",
            "gap",
            "status"));
    for (SamSangRow r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-6s %-16s %-9s %-6s %7s %-13s %8s %8s %7s %7s  %s%n",
              r.area().code(),
              shorten(r.area().name(), 16),
              r.status().level().nameEnglish(),
              r.target().target().value(),
              r.total().isPresent() ? Long.toString(r.total().getAsLong()) : UNKNOWN,
              shorten(r.totalBasis().label(), 13),
              r.required().isPresent() ? Long.toString(r.required().getAsLong()) : UNKNOWN,
              r.achieved().isPresent() ? Long.toString(r.achieved().getAsLong()) : UNKNOWN,
              r.achievedYear().isPresent()
                  ? Integer.toString(r.achievedYear().getAsInt())
                  : UNKNOWN,
              r.gap().isPresent() ? Long.toString(r.gap().getAsLong()) : UNKNOWN,
              r.progressStatus()
                  .map(ProgressStatus::label)
                  .orElse(UNKNOWN + " (" + r.statusBasis() + ")")));
    }
    sb.append(String.format(Locale.ROOT, "Targets: %s%n", SamSang.NSEDP9_SOURCE));
    SamSang.NSEDP9_SOURCE
        .note()
        .ifPresent(n -> sb.append("  note: ").append(n).append(System.lineSeparator()));
    rows.stream()
        .flatMap(r -> r.sources().stream())
        .distinct()
        .filter(
            s ->
                !s.citation().startsWith("national share applied")
                    && !s.equals(SamSang.NSEDP9_SOURCE))
        .forEach(s -> sb.append("Data: ").append(s).append(System.lineSeparator()));
    for (String p : problems) {
      sb.append("Problem: ").append(p).append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** What the table prints where a value is not known: never 0, never a blank that reads as 0. */
  static final String UNKNOWN = "unknown";

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  @Override
  public String toString() {
    return "SamSangReport["
        + year
        + ", "
        + rows.size()
        + " rows, "
        + problems.size()
        + " problems]";
  }
}
