package io.github.connectlao.targets;

import io.github.connectlao.Confidence;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.BundledCsv;
import io.github.connectlao.internal.ReferenceSources;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

  /** The national shares by level, read once from the bundled {@code sam_sang_targets.csv}. */
  private static final Map<AdminLevel, Fraction> SHARES;

  /**
   * The source of the three national fractions: the Ministry of Home Affairs news of 8 September
   * 2022, citing the 9th NSEDP. Flagged {@link Confidence#UNVERIFIED}: no published text of the
   * 9th NSEDP was found to confirm them.
   */
  public static final Source NSEDP9_SOURCE;

  /** The source of the Luang Namtha 2018 count (Lao Statistics Bureau, verified). */
  public static final Source LUANG_NAMTHA_2018_SOURCE;

  private static final SamSangCount LUANG_NAMTHA_2018;

  static {
    @Nullable Source nsedp = null;
    Map<AdminLevel, Fraction> shares = new EnumMap<>(AdminLevel.class);
    for (BundledCsv.Row r : BundledCsv.read("sam_sang_targets.csv")) {
      try {
        AdminLevel level = AdminLevel.valueOf(r.require("level"));
        SamSangStatus.forLevel(level);
        Fraction share = Fraction.parse(r.require("share"));
        InvalidValueException.check(
            Integer.parseInt(r.require("year")) == TARGET_YEAR,
            "year",
            r.require("year"),
            "must be the plan's target year " + TARGET_YEAR);
        InvalidValueException.check(
            shares.put(level, share) == null, "level", level, "is given twice");
        nsedp = ReferenceSources.of(r);
      } catch (RuntimeException e) {
        throw new ConnectLaoException(r.file() + " line " + r.line() + ": " + e.getMessage(), e);
      }
    }
    InvalidValueException.check(
        shares.size() == 3,
        "sam_sang_targets.csv",
        shares.keySet(),
        "must give the province, district and village shares");
    SHARES = Map.copyOf(shares);
    NSEDP9_SOURCE = InvalidValueException.required(nsedp, "sam_sang_targets.csv");
    BundledCsv.Row c = BundledCsv.read("sam_sang_counts.csv").get(0);
    LUANG_NAMTHA_2018_SOURCE = ReferenceSources.of(c);
    LUANG_NAMTHA_2018 =
        SamSangCount.of(
            c.require("unit"),
            AdminLevel.valueOf(c.require("level")),
            Integer.parseInt(c.require("year")),
            Integer.parseInt(c.require("achieved")),
            Integer.parseInt(c.require("total")),
            LUANG_NAMTHA_2018_SOURCE);
  }

  private SamSang() {}

  /**
   * The national share of a level's units to reach its status by 2025: 2/3 of provinces, 1/3 of
   * districts, 2/3 of villages (MoHA news of 8 September 2022, unverified), from the bundled
   * {@code sam_sang_targets.csv}.
   *
   * @param level province, district or village
   * @return the share
   */
  public static Fraction nationalShare(AdminLevel level) {
    SamSangStatus.forLevel(level);
    Fraction share = SHARES.get(level);
    if (share == null) {
      throw new IllegalStateException(
          "no national share for " + level + " in sam_sang_targets.csv");
    }
    return share;
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
    return Target.builder(
            "SAMSANG-" + level.name(), Measure.shareOfUnits(level, status.nameEnglish()))
        .name(
            "at least "
                + share
                + " of "
                + level.nameEnglish()
                + " units "
                + status.nameEnglish()
                + "s by "
                + TARGET_YEAR
                + " (9th NSEDP)")
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
    return List.of(
        nationalTarget(AdminLevel.PROVINCE),
        nationalTarget(AdminLevel.DISTRICT),
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
  public static Target provinceTarget(
      String provinceCode, AdminLevel level, Fraction share, int year, Source source) {
    return Target.forProvince(
        provinceCode, level, SamSangStatus.forLevel(level).nameEnglish(), share, year, source);
  }

  /**
   * A real, sourced count: Luang Namtha (LA03) had 214 development villages among its 362 villages in
   * 2018 (Lao Statistics Bureau provincial page, verified).
   *
   * @return the count
   */
  public static SamSangCount luangNamtha2018() {
    return LUANG_NAMTHA_2018;
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
