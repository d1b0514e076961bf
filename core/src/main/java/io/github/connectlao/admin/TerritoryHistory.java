package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.internal.BundledCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sourced history of the Lao territory: the changes (creations, abolitions, splits, merges,
 * transfers, renamings, changes of status) that the embedded data records, oldest first.
 *
 * <p>Example: {@code TerritoryHistory.laoPdr().changesOf("LA18")} gives the creation of Xaisomboun
 * province in December 2013; {@code TerritoryHistory.laoPdr().after(LocalDate.of(2010, 1, 1))} the
 * changes a gazetteer of today cannot undo for a day in 2010. The changes come from {@code
 * lao_admin_history.csv} (see {@code SOURCES.md} beside it); each carries its {@link Source} and
 * {@link Confidence}. The history is not complete: it holds only changes a source read by the project
 * reports. Immutable and thread-safe.
 */
public final class TerritoryHistory {
  private static final TerritoryHistory EMPTY = new TerritoryHistory(List.of());

  private final List<TerritoryChange> changes;

  private TerritoryHistory(List<TerritoryChange> changes) {
    List<TerritoryChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(TerritoryChange::date).thenComparing(TerritoryChange::id));
    this.changes = List.copyOf(sorted);
  }

  /**
   * The embedded history of the Lao PDR, loaded once.
   *
   * @return the history
   */
  public static TerritoryHistory laoPdr() {
    return Holder.LAO;
  }

  /**
   * A history of one's own changes.
   *
   * @param changes the changes, in any order
   * @return the history
   */
  public static TerritoryHistory of(List<TerritoryChange> changes) {
    return changes.isEmpty() ? EMPTY : new TerritoryHistory(changes);
  }

  /** @return a history without changes */
  public static TerritoryHistory empty() {
    return EMPTY;
  }

  /** @return every change, oldest first */
  public List<TerritoryChange> changes() {
    return changes;
  }

  /**
   * The changes that concern one of today's units.
   *
   * @param code a P-code, e.g. {@code LA18}
   * @return its changes, oldest first
   */
  public List<TerritoryChange> changesOf(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return changes.stream()
        .filter(
            ch ->
                ch.unitCodes().contains(c)
                    || ch.fromUnits().contains(c)
                    || ch.toUnits().contains(c))
        .toList();
  }

  /**
   * The changes that may have taken effect after a day: what separates the territory of that day from
   * today's.
   *
   * @param day the day
   * @return the changes, oldest first
   */
  public List<TerritoryChange> after(LocalDate day) {
    InvalidValueException.required(day, "day");
    return changes.stream().filter(ch -> ch.mayBeAfter(day)).toList();
  }

  @Override
  public String toString() {
    return "TerritoryHistory[" + changes.size() + " changes]";
  }

  private static final class Holder {
    static final TerritoryHistory LAO = load();

    private Holder() {}
  }

  static TerritoryHistory load() {
    List<TerritoryChange> list = new ArrayList<>();
    for (BundledCsv.Row row : BundledCsv.read("lao_admin_history.csv")) {
      list.add(
          new TerritoryChange(
              row.require("event_id"),
              PartialDate.parse(row.require("date")),
              TerritoryChange.Kind.valueOf(row.require("kind")),
              codes(row, "unit_codes"),
              row.get("name_en").orElse(""),
              row.get("name_lo").orElse(""),
              codes(row, "from_units"),
              codes(row, "to_units"),
              row.require("sets_validity").equals("yes"),
              row.require("description"),
              Source.of(
                  row.require("source"),
                  Confidence.valueOf(row.require("confidence")),
                  row.get("note").orElse(null))));
    }
    return new TerritoryHistory(list);
  }

  private static List<String> codes(BundledCsv.Row row, String column) {
    return row.get(column)
        .map(
            s ->
                Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList())
        .orElse(List.of());
  }
}
