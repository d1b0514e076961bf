package io.github.connectlao.targets;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One line of a Sam Sang rollup: for an area (the nation or a province) and a level, the units counted,
 * required, achieved and missing, and the status.
 *
 * @param area the nation or a province
 * @param status the Sam Sang status counted
 * @param target the target applied (national, national share applied to the province, or the
 *     province's own)
 * @param total the number of units, when known
 * @param totalBasis where the total comes from
 * @param required the units required, when the total is known
 * @param achievedYear the year of the latest data, when there is any
 * @param progress the full progress, when total and achieved count are known
 * @param sources the sources of the target and of the data used
 * @param note what is missing or unusual, empty when nothing is
 */
public record SamSangRow(
    AdminUnit area,
    SamSangStatus status,
    Target target,
    OptionalLong total,
    TotalBasis totalBasis,
    OptionalLong required,
    OptionalInt achievedYear,
    Optional<CountProgress> progress,
    List<Source> sources,
    String note) {

  /**
   * Copies the sources.
   *
   * @param area the area
   * @param status the status
   * @param target the target
   * @param total the total
   * @param totalBasis the basis
   * @param required the required count
   * @param achievedYear the data year
   * @param progress the progress
   * @param sources the sources
   * @param note the note
   */
  public SamSangRow {
    sources = List.copyOf(sources);
  }

  /** @return the units that reached the status, when known */
  public OptionalLong achieved() {
    return progress.map(p -> OptionalLong.of(p.achieved())).orElse(OptionalLong.empty());
  }

  /** @return the units still missing, when known */
  public OptionalLong gap() {
    return progress.map(p -> OptionalLong.of(p.gap())).orElse(OptionalLong.empty());
  }

  /** @return the progress status, when it can be computed */
  public Optional<ProgressStatus> progressStatus() {
    return progress.flatMap(CountProgress::status);
  }

  /**
   * Why the status is what it is or, when it is unknown, why: the progress's basis, or what is
   * missing (the total, the achieved count). Tables print it beside "unknown" so that an unknown is
   * never read as 0.
   *
   * @return the basis of the status, in one phrase
   */
  public String statusBasis() {
    if (progress.isPresent()) {
      return progress.get().statusBasis();
    }
    String missing = total.isEmpty() ? "total unknown" : "achieved count unknown";
    return note.isEmpty() ? missing : missing + ": " + note;
  }

  @Override
  public String toString() {
    String achievedText =
        achieved().isPresent()
            ? achieved().getAsLong() + " (" + achievedYear.getAsInt() + ")"
            : "achieved unknown";
    String requiredText =
        required.isPresent() ? required.getAsLong() + " required" : "required unknown";
    return area.code()
        + " "
        + status.nameEnglish()
        + ": "
        + achievedText
        + " of "
        + requiredText
        + " ("
        + (total.isPresent() ? total.getAsLong() + " units, " : "")
        + totalBasis.label()
        + "), "
        + progressStatus().map(ProgressStatus::label).orElse("status unknown")
        + " ("
        + statusBasis()
        + ")";
  }
}
