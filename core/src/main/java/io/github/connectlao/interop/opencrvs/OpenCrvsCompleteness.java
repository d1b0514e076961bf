package io.github.connectlao.interop.opencrvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.TimelinessCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Completeness of birth registration named and computed as OpenCRVS 1.9 computes it, beside the
 * library's own basis.
 *
 * <p>OpenCRVS: completeness rate = registrations <em>made</em> in the window (counted by
 * registration date, at the registration office's location) whose delay from birth is within the
 * target ({@link RateTime#WITHIN_TARGET}, {@code withinTarget}) or within one year ({@link
 * RateTime#WITHIN_1_YEAR}, {@code within1Year}), over estimated births = Σ over the calendar years the
 * window touches of crude birth rate × population / 1000 × days of the window in that year / 365.
 * That is the {@link Basis#REGISTRATION registration basis}. The library's completeness counts
 * births <em>occurring</em> in the window that are registered ({@link Basis#OCCURRENCE occurrence
 * basis}), and prorates a leap year by 366 days; the two differ whenever registration lags birth.
 *
 * <pre>{@code
 * double est = OpenCrvsCompleteness.estimatedBirths(table, unit, from, to).orElseThrow();
 * OpenCrvsCompleteness.rate(OpenCrvsCompleteness.registrations(counts, RateTime.WITHIN_TARGET), est); // 75.62
 * }</pre>
 */
public final class OpenCrvsCompleteness {

  private OpenCrvsCompleteness() {}

  /** Which registrations count: OpenCRVS's {@code CompletenessRateTime}. */
  public enum RateTime {
    /** Registered within the target (the legal period: {@code BIRTH.REGISTRATION_TARGET}, 30 days in the Lao PDR). */
    WITHIN_TARGET("withinTarget"),
    /** Registered within one year of birth. */
    WITHIN_1_YEAR("within1Year"),
    /** Registered within five years of birth (the library's counts do not separate it from later ones). */
    WITHIN_5_YEARS("within5Years");

    private final String openCrvsName;

    RateTime(String openCrvsName) {
      this.openCrvsName = openCrvsName;
    }

    /** @return OpenCRVS's name, e.g. {@code withinTarget} */
    public String openCrvsName() {
      return openCrvsName;
    }
  }

  /** What the window selects. */
  public enum Basis {
    /** Births occurring in the window, registered by the report date: the library's completeness. */
    OCCURRENCE,
    /** Registrations made in the window, whatever the date of birth: OpenCRVS's completeness. */
    REGISTRATION
  }

  /**
   * The name of a completeness figure, for tables and exports.
   *
   * @param time which registrations count
   * @param basis what the window selects
   * @return e.g. {@code completeness_withinTarget_registration}
   */
  public static String name(RateTime time, Basis basis) {
    return "completeness_"
        + time.openCrvsName()
        + "_"
        + basis.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The numerator from timeliness counts: current for {@link RateTime#WITHIN_TARGET}, current + late
   * for {@link RateTime#WITHIN_1_YEAR}. The counts must be of the basis wanted (registrations made
   * in the window for OpenCRVS's figure).
   *
   * @param counts the counts
   * @param time which registrations count
   * @return the numerator
   * @throws InvalidValueException for {@link RateTime#WITHIN_5_YEARS}: the delayed class is not split at five years
   */
  public static long registrations(TimelinessCounts counts, RateTime time) {
    switch (time) {
      case WITHIN_TARGET:
        return counts.current();
      case WITHIN_1_YEAR:
        return counts.current() + counts.late();
      default:
        throw new InvalidValueException(
            "time",
            time.openCrvsName(),
            "cannot be counted: the library's delayed class is not split at five years");
    }
  }

  /**
   * Estimated births in a window as OpenCRVS computes them: Σ over the calendar years the window
   * touches of crude birth rate × population / 1000 × (days of the window in that year / 365).
   * Unlike OpenCRVS, which takes the nearest year it has, a year without both figures gives no
   * estimate.
   *
   * @param table the population and crude birth rates
   * @param unit the area
   * @param from the first day of the window
   * @param to the last day of the window (inclusive)
   * @return the estimate, empty when a year lacks its population or crude birth rate
   */
  public static Optional<Double> estimatedBirths(
      PopulationTable table, AdminUnit unit, LocalDate from, LocalDate to) {
    InvalidValueException.check(!to.isBefore(from), "to", to, "is before from " + from);
    double total = 0;
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      LocalDate a = from.getYear() == y ? from : LocalDate.of(y, 1, 1);
      LocalDate b = to.getYear() == y ? to : LocalDate.of(y, 12, 31);
      long days = ChronoUnit.DAYS.between(a, b) + 1;
      Optional<PopulationTable.Population> pop =
          table.population(unit, y, Optional.empty(), AgeGroup.ALL);
      Optional<PopulationTable.BirthRate> cbr = table.crudeBirthRate(unit, y, Optional.empty());
      if (pop.isEmpty() || cbr.isEmpty()) {
        return Optional.empty();
      }
      total += cbr.get().perThousand() * pop.get().count() / 1000 * days / 365;
    }
    return Optional.of(total);
  }

  /**
   * The rate as OpenCRVS shows it: registrations / estimate × 100, rounded to two decimals; no
   * value when the estimate is zero (OpenCRVS shows 0 there).
   *
   * @param registrations the numerator
   * @param estimatedBirths the denominator
   * @return the percentage, empty when the estimate is not positive
   */
  public static Optional<BigDecimal> rate(long registrations, double estimatedBirths) {
    if (!(estimatedBirths > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(registrations * 100.0 / estimatedBirths)
            .setScale(2, RoundingMode.HALF_UP));
  }
}
