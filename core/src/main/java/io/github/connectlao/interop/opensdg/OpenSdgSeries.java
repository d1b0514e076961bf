package io.github.connectlao.interop.opensdg;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.interop.CrvsStatistic;

/**
 * One series of an Open SDG indicator file: the indicator it belongs to, the statistic it carries
 * and the SDMX codes the Lao Statistics Bureau's data structure ({@code LSB-SDGs:SDG(1.1)}) gives
 * it.
 *
 * <p>Example: {@link #SDG_16_9_1} is series {@code SG_REG_BRTH} of indicator 16.9.1, unit {@code PT}
 * (per cent), age {@code Y0T4} (under 5), written to {@code indicator_16-9-1.csv}.
 *
 * @param indicatorId the Open SDG indicator id, e.g. {@code 16-9-1}
 * @param series the SDMX {@code SERIES} code
 * @param unitMeasure the SDMX {@code UNIT_MEASURE} code ({@code PT} per cent, {@code NUMBER})
 * @param age the SDMX {@code AGE} code, or {@code ""} for all ages ({@code _T}, which Open SDG leaves blank)
 * @param statistic the library's statistic the values are
 */
public record OpenSdgSeries(
    String indicatorId, String series, String unitMeasure, String age, CrvsStatistic statistic) {

  /**
   * SDG 16.9.1, proportion of children under 5 years of age whose births have been registered with
   * a civil authority: {@code SG_REG_BRTH}, per cent, age {@code Y0T4}, as in the LSB data structure.
   */
  public static final OpenSdgSeries SDG_16_9_1 =
      new OpenSdgSeries("16-9-1", "SG_REG_BRTH", "PT", "Y0T4", CrvsStatistic.COVERAGE_U5);

  /**
   * Number of birth registrations recorded in the year, the Lao national series {@code
   * _L_LA_171902_02} that the bureau publishes under indicator 17.19.2 (registration basis).
   */
  public static final OpenSdgSeries BIRTH_REGISTRATIONS_RECORDED =
      new OpenSdgSeries(
          "17-19-2", "_L_LA_171902_02", "NUMBER", "", CrvsStatistic.BIRTHS_REGISTERED);

  /**
   * Validates the series.
   *
   * @param indicatorId indicator
   * @param series series code
   * @param unitMeasure unit code
   * @param age age code
   * @param statistic statistic
   */
  public OpenSdgSeries {
    indicatorId = InvalidValueException.requiredText(indicatorId, "indicatorId");
    InvalidValueException.check(
        indicatorId.matches("\\d+(-[0-9a-z]+){2,}"),
        "indicatorId",
        indicatorId,
        "must be an Open SDG id such as 16-9-1");
    series = InvalidValueException.requiredText(series, "series");
    unitMeasure = InvalidValueException.requiredText(unitMeasure, "unitMeasure");
    age = age == null || age.strip().equals("_T") ? "" : age.strip();
    InvalidValueException.required(statistic, "statistic");
  }

  /**
   * A completeness series. The LSB data structure has no series for completeness of birth
   * registration, so the bureau must name one (a national {@code _L_LA_…} code) before publishing it.
   *
   * @param indicatorId the indicator the bureau files it under, e.g. {@code 17-19-2}
   * @param seriesCode the series code the bureau gives it
   * @return the series (per cent, all ages)
   */
  public static OpenSdgSeries completeness(String indicatorId, String seriesCode) {
    return new OpenSdgSeries(indicatorId, seriesCode, "PT", "", CrvsStatistic.COMPLETENESS);
  }

  /** @return the data file's name in an Open SDG data repository, e.g. {@code indicator_16-9-1.csv} */
  public String fileName() {
    return "indicator_" + indicatorId + ".csv";
  }
}
