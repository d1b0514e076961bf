package io.github.connectlao.target;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.List;

/**
 * The Sam Sang (ສາມສ້າງ, "Three Builds") targets of the 9th National Socio-Economic Development Plan
 * (2021–2025) and their rollups: by 2025 at least 2/3 of provinces strategic units, 1/3 of districts
 * comprehensively strong units, 2/3 of villages development units.
 *
 * <pre>{@code
 * Target districts = SamSang.nationalTarget(AdminLevel.DISTRICT);
 * CountProgress.requiredCount(districts, 148);                       // 50
 * SamSangReport r = SamSang.rollup(Gazetteer.laoPdr(), 2025)
 *     .assessments(myAssessments).counts(List.of(SamSang.luangNamtha2018())).build();
 * r.national();                                                      // provinces, districts, villages
 * r.province("LA03");                                                // Luang Namtha's districts and villages
 * }</pre>
 */
public final class SamSang {
  /** The year the 9th NSEDP targets are to be reached by. */
  public static final int TARGET_YEAR = 2025;

  /**
   * The source of the three national fractions: seed 001, MoHA news of 8 September 2022. Flagged
   * {@link Confidence#UNVERIFIED}: no published text of the 9th NSEDP was found to confirm them.
   */
  public static final Source NSEDP9_SOURCE = Source.of(
      "seed 001: Ministry of Home Affairs news, 8 Sep 2022 (six-month report meeting of the MoHA-MoH"
          + " cooperation, CONNECT), citing the 9th NSEDP 2021-2025",
      Confidence.UNVERIFIED,
      "no published NSEDP text was found to confirm these fractions (lao_reference_facts.json"
          + " sam_sang.nsedp9_targets: unverified - not found in any source read)");

  /** The source of the Luang Namtha 2018 count. */
  public static final Source LUANG_NAMTHA_2018_SOURCE = Source.of(
      "Lao Statistics Bureau, Luang Namtha provincial statistics centre, psc-lm.lsb.gov.la/?page_id=262"
          + " (2018: 362 villages, 214 development villages)",
      Confidence.VERIFIED);

  private SamSang() {}

  /**
   * The national share of a level's units to reach its status by 2025: 2/3 of provinces, 1/3 of
   * districts, 2/3 of villages (seed 001, unverified).
   *
   * @param level province, district or village
   * @return the share
   */
  public static Fraction nationalShare(AdminLevel level) {
    switch (SamSangStatus.forLevel(level)) {
      case STRATEGIC_PROVINCE:
        return Fraction.of(2, 3);
      case COMPREHENSIVELY_STRONG_DISTRICT:
        return Fraction.of(1, 3);
      default:
        return Fraction.of(2, 3);
    }
  }

  /**
   * The national target of a level, without a baseline (the source gives none).
   *
   * @param level province, district or village
   * @return the target, applying to the nation {@code LA}
   */
  public static Target nationalTarget(AdminLevel level) {
    SamSangStatus status = SamSangStatus.forLevel(level);
    Fraction share = nationalShare(level);
    return Target.builder("SAMSANG-" + level.name(), Measure.shareOfUnits(level, status.nameEnglish()))
        .name("at least " + share + " of " + level.nameEnglish() + " units " + status.nameEnglish()
            + "s by " + TARGET_YEAR + " (9th NSEDP)")
        .target(Observation.of(TARGET_YEAR, share))
        .appliesTo(Gazetteer.laoPdr().nation().code())
        .source(NSEDP9_SOURCE)
        .build();
  }

  /**
   * The three national targets of the 9th NSEDP: provinces, districts, villages.
   *
   * @return the targets, in level order
   */
  public static List<Target> nationalTargets() {
    return List.of(nationalTarget(AdminLevel.PROVINCE), nationalTarget(AdminLevel.DISTRICT),
        nationalTarget(AdminLevel.VILLAGE));
  }

  /**
   * A province's own target for a share of its districts or villages.
   *
   * @param provinceCode the province's code
   * @param level district or village
   * @param share the share, between 0 and 1
   * @param year the year to reach it by
   * @param source where the province states it
   * @return the target
   */
  public static Target provinceTarget(String provinceCode, AdminLevel level, Fraction share, int year,
      Source source) {
    return Target.forProvince(provinceCode, level, SamSangStatus.forLevel(level).nameEnglish(), share, year,
        source);
  }

  /**
   * A real, sourced count: Luang Namtha (LA03) had 214 development villages among its 362 villages in
   * 2018 (Lao Statistics Bureau provincial page, verified).
   *
   * @return the count
   */
  public static SamSangCount luangNamtha2018() {
    return SamSangCount.of("LA03", AdminLevel.VILLAGE, 2018, 214, 362, LUANG_NAMTHA_2018_SOURCE);
  }

  /**
   * Starts a rollup of Sam Sang targets over a gazetteer for a year.
   *
   * @param gazetteer the units and their hierarchy
   * @param year the year of the report (the latest data at or before it is used)
   * @return the rollup builder
   */
  public static SamSangRollup rollup(Gazetteer gazetteer, int year) {
    InvalidValueException.required(gazetteer, "gazetteer");
    return new SamSangRollup(gazetteer, year);
  }
}
