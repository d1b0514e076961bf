package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The national birth registration target and the sourced baselines, as reference figures to
 * compare computed statistics with.
 *
 * <pre>{@code
 * CrvsReferenceFigures.TARGET_2024.percent();        // 70.0 (at least 70% of births registered by 2024)
 * CrvsReferenceFigures.COMPLETENESS_2017.source();   // ESCAP CRVS decade country page [secondary]
 * }</pre>
 */
public final class CrvsReferenceFigures {
  private CrvsReferenceFigures() {}

  /**
   * One reference figure.
   *
   * @param indicator what is measured
   * @param percent the figure in percent
   * @param year the year it refers to
   * @param isTarget true for a target, false for an observed baseline
   * @param source where it comes from
   */
  public record Figure(String indicator, double percent, int year, boolean isTarget, Source source) {
    /**
     * Validates the figure.
     *
     * @param indicator indicator
     * @param percent percent
     * @param year year
     * @param isTarget target or baseline
     * @param source source
     */
    public Figure {
      indicator = InvalidValueException.requiredText(indicator, "indicator");
      InvalidValueException.check(percent >= 0 && percent <= 100, "percent", percent, "must be between 0 and 100");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s%.0f%% (%d) — %s", indicator, isTarget ? ">= " : "", percent, year,
          source);
    }
  }

  /** National CRVS target: at least 70% of births registered by 2024. */
  public static final Figure TARGET_2024 = new Figure("births registered (national CRVS target)", 70, 2024, true,
      Source.of("getinthepicture.org/country/lao-pdr (ESCAP CRVS decade country page), via "
          + "lao_reference_facts.json civil_registration.crvs_target", Confidence.SECONDARY,
          "text truncated in the source: 'By 2024 at least 70% of births registered'"));

  /** Birth registration completeness of about 34% in 2017. */
  public static final Figure COMPLETENESS_2017 = new Figure("birth registration completeness (CRVS)", 34, 2017, false,
      Source.of("getinthepicture.org (ESCAP CRVS decade country page), via lao_reference_facts.json "
          + "civil_registration.coverage[0]", Confidence.SECONDARY));

  /** About 43% of the whole population with a registered birth in 2018. */
  public static final Figure POPULATION_REGISTERED_2018 = new Figure(
      "share of total population with birth registered", 43, 2018, false,
      Source.of("MOHA 2018 as quoted in laotribune.com 'MOHA, LSB and Partners working to make Everyone Visible', "
          + "via lao_reference_facts.json civil_registration.coverage[1]", Confidence.SECONDARY,
          "share of the whole population, not of births: not comparable with completeness"));

  /** @return every reference figure */
  public static List<Figure> all() {
    return List.of(TARGET_2024, COMPLETENESS_2017, POPULATION_REGISTERED_2018);
  }
}
