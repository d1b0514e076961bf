package io.github.connectlao.state;

import io.github.connectlao.BilingualName;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.BundledCsv;
import io.github.connectlao.internal.ReferenceSources;
import io.github.connectlao.lao.LaoText;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded defaults of the state package: the sectors, the kinds of body, the ministries and
 * departments the source documents name, the standard sector bodies of every province and
 * district, and the 2019 count of job-position determination.
 *
 * <pre>{@code
 * StateBodies.forUnit(lao.unit("LA0301"), Sector.HEALTH);
 *     // HEALTH@LA0301 District Health Office of Namtha (ຫ້ອງການສາທາລະນະສຸກເມືອງຫລວງນ້ຳທາ)
 * StateBodies.forUnit(lao.unit("LA05"), Sector.HOME_AFFAIRS);
 *     // HOME_AFFAIRS@LA05 Provincial Home Affairs Department of Bokeo (ພະແນກພາຍໃນແຂວງບໍ່ແກ້ວ)
 * StateBodies.laoPdr(Gazetteer.laoPdr()).size();   // every ministry, department, office
 * StateBodies.jobPositions2019();   // 20 bodies, 318 departments completed and submitted (2019-08-30)
 * }</pre>
 */
public final class StateBodies {

  /** Id of MoHA's Department of Citizen Management, ກົມຄຸ້ມຄອງພົນລະເມືອງ (civil registration). */
  public static final String MOHA_CITIZEN_MANAGEMENT = "MOHA-DCM";

  /** Id of MoHA's Department of Civil Service Management, ກົມຄຸ້ມຄອງລັດຖະກອນ. */
  public static final String MOHA_CIVIL_SERVICE_MANAGEMENT = "MOHA-DCSM";

  /** Id of MoHA's Department of Civil Service Evaluation and Development, ກົມປະເມີນຜົນ ແລະ ພັດທະນາລັດຖະກອນ. */
  public static final String MOHA_CIVIL_SERVICE_EVALUATION = "MOHA-DCSED";

  /** Id of MoHA's Institute of Governance Research and Training. */
  public static final String MOHA_GOVERNANCE_INSTITUTE = "MOHA-IGRT";

  /** Id of MoHA's Cabinet Office, ຫ້ອງການກະຊວງພາຍໃນ. */
  public static final String MOHA_CABINET = "MOHA-CABINET";

  /** Id of MoH's Department of Planning, ກົມແຜນການ. */
  public static final String MOH_PLANNING = "MOH-DPL";

  /** Id of MoH's Department of Hygiene and Health Promotion, ກົມອະນາໄມ ແລະ ສົ່ງເສີມສຸຂະພາບ. */
  public static final String MOH_HYGIENE = "MOH-DHHP";

  /** Id of MoFA's ASEAN Department, ກົມອາຊຽນ. */
  public static final String MOFA_ASEAN = "MOFA-ASEAN";

  private static final String NATION = "LA";
  private static final String GOVERNOR = "GOVERNOR";

  private StateBodies() {}

  /** @return the standard sectors: home affairs, health, foreign affairs, planning and investment */
  public static List<Sector> sectors() {
    return Sector.STANDARD;
  }

  /**
   * A standard sector by code.
   *
   * @param code e.g. {@code HEALTH}
   * @return the sector
   * @throws InvalidValueException when no standard sector has that code
   */
  public static Sector sector(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return sectors().stream()
        .filter(s -> s.code().equals(c))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "sector",
                    code,
                    "is not a standard sector " + sectors().stream().map(Sector::code).toList()));
  }

  /** @return every kind of body, centre to district */
  public static List<BodyKind> kinds() {
    return List.of(BodyKind.values());
  }

  /**
   * The ministry of a sector, at the centre of the default gazetteer ({@code LA}).
   *
   * @param sector the sector
   * @return the ministry, id {@code SECTOR@LA}
   */
  public static StateBody ministry(Sector sector) {
    return ministry(sector, NATION);
  }

  /** @return the ministries of the standard sectors */
  public static List<StateBody> ministries() {
    return sectors().stream().map(StateBodies::ministry).toList();
  }

  /** @return the central departments and department-level bodies named in the source documents */
  public static List<StateBody> namedDepartments() {
    return namedDepartments(NATION);
  }

  /**
   * A ministry or named department by id ({@code HEALTH@LA}, {@link #MOHA_CITIZEN_MANAGEMENT} …).
   *
   * @param id the id
   * @return the body
   * @throws InvalidValueException when no embedded central body has that id
   */
  public static StateBody centralBody(String id) {
    List<StateBody> all = new ArrayList<>(ministries());
    all.addAll(namedDepartments());
    return all.stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new InvalidValueException("id", id, "is not an embedded central body"));
  }

  /**
   * The standard bodies of every unit of a gazetteer for the standard sectors: the ministries and
   * the named departments at the centre; in each province the governor's office and a department
   * per sector; in each district the governor's office and an office per sector.
   *
   * @param gazetteer the units
   * @return the validated directory
   */
  public static StateBodyDirectory laoPdr(Gazetteer gazetteer) {
    return laoPdr(gazetteer, sectors());
  }

  /**
   * The standard bodies of every unit of a gazetteer for the given sectors (a user's own sectors
   * included).
   *
   * @param gazetteer the units
   * @param sectors the sectors
   * @return the validated directory
   */
  public static StateBodyDirectory laoPdr(Gazetteer gazetteer, List<Sector> sectors) {
    List<StateBody> out = new ArrayList<>();
    String nation = gazetteer.nation().code();
    for (Sector s : sectors) {
      out.add(ministry(s, nation));
    }
    for (StateBody d : namedDepartments(nation)) {
      if (sectors.stream()
          .anyMatch(s -> d.sector().map(ds -> ds.code().equals(s.code())).orElse(false))) {
        out.add(d);
      }
    }
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)) {
      for (AdminUnit unit : gazetteer.units(level)) {
        out.add(governorOffice(unit));
        for (Sector s : sectors) {
          if (s.hasBodyAt(level)) {
            out.add(forUnit(unit, s));
          }
        }
      }
    }
    return StateBodyDirectory.of(gazetteer, out);
  }

  /**
   * The sector's own body at a unit, with consistent Lao and English names: the ministry at the
   * centre, the provincial department (ພະແນກ … ແຂວງ) of a province, the district office (ຫ້ອງການ …
   * ເມືອງ) of a district.
   *
   * @param unit the unit
   * @param sector the sector
   * @return the body, id {@code SECTOR@UNITCODE}, parent the same sector's body one level up
   * @throws InvalidValueException when the unit is a village or the sector has no body at its level
   */
  public static StateBody forUnit(AdminUnit unit, Sector sector) {
    InvalidValueException.check(
        sector.hasBodyAt(unit.level()),
        "sector",
        sector.code(),
        "has no body at " + unit.level().nameEnglish() + " level (unit " + unit.code() + ")");
    Source derived =
        SourceDocs.derived(
            "standard "
                + sector.nameEnglish()
                + " body generated for "
                + unit.code()
                + " from the gazetteer");
    String parent = unit.parentCode().map(p -> sector.code() + "@" + p).orElse(null);
    switch (unit.level()) {
      case NATIONAL:
        return ministry(sector, unit.code());
      case PROVINCE:
        return new StateBody(
            id(sector, unit),
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(sector),
            unit.code(),
            unit.level(),
            BilingualName.of(
                "ພະແນກ" + sector.nameLao() + provinceLao(unit),
                (isCapital(unit) ? "" : "Provincial ")
                    + sector.nameEnglish()
                    + " Department of "
                    + unit.name()),
            Optional.ofNullable(parent),
            derived);
      case DISTRICT:
        return new StateBody(
            id(sector, unit),
            BodyKind.DISTRICT_OFFICE,
            Optional.of(sector),
            unit.code(),
            unit.level(),
            BilingualName.of(
                "ຫ້ອງການ" + sector.nameLao() + districtLao(unit),
                "District " + sector.nameEnglish() + " Office of " + unit.name()),
            Optional.ofNullable(parent),
            derived);
      default:
        throw new InvalidValueException(
            "unit", unit.code(), "is a village, which has no sector body");
    }
  }

  /**
   * The governor's office of a province (ຫ້ອງວ່າການແຂວງ; the mayor's office of the Capital) or a
   * district (ຫ້ອງວ່າການເມືອງ).
   *
   * @param unit a province or district
   * @return the office, id {@code GOVERNOR@UNITCODE}; a district's sits under its province's
   * @throws InvalidValueException for the nation or a village
   */
  public static StateBody governorOffice(AdminUnit unit) {
    Source derived =
        SourceDocs.derived(
            "governor's office generated for " + unit.code() + " from the gazetteer");
    if (unit.level() == AdminLevel.PROVINCE) {
      return new StateBody(
          GOVERNOR + "@" + unit.code(),
          BodyKind.PROVINCIAL_GOVERNOR_OFFICE,
          Optional.empty(),
          unit.code(),
          unit.level(),
          BilingualName.of(
              "ຫ້ອງວ່າການ" + provinceLao(unit),
              (isCapital(unit) ? "Office of the Mayor of " : "Provincial Governor's Office of ")
                  + unit.name()),
          Optional.empty(),
          derived);
    }
    InvalidValueException.check(
        unit.level() == AdminLevel.DISTRICT,
        "unit",
        unit.code(),
        "is not a province or a district, so has no governor's office");
    return new StateBody(
        GOVERNOR + "@" + unit.code(),
        BodyKind.DISTRICT_GOVERNOR_OFFICE,
        Optional.empty(),
        unit.code(),
        unit.level(),
        BilingualName.of(
            "ຫ້ອງວ່າການ" + districtLao(unit), "District Governor's Office of " + unit.name()),
        unit.parentCode().map(p -> GOVERNOR + "@" + p),
        derived);
  }

  /**
   * How far job-position determination had come at the consultation of 30 August 2019 (MoHA news of that day):
   * 20 bodies (ພາກສ່ວນ) with 318 departments (ກົມກອງ) had completed it and submitted it to MoHA.
   *
   * @return the summary, sourced to that article (bundled state_job_positions.csv)
   */
  public static JobPositionSummary jobPositions2019() {
    BundledCsv.Row r = BundledCsv.read("state_job_positions.csv").get(0);
    return new JobPositionSummary(
        Stage.valueOf(r.require("stage")),
        Integer.parseInt(r.require("bodies")),
        Integer.parseInt(r.require("departments")),
        r.get("as_of").map(PartialDate::parse),
        ReferenceSources.of(r));
  }

  private static String id(Sector sector, AdminUnit unit) {
    return sector.code() + "@" + unit.code();
  }

  private static StateBody ministry(Sector sector, String nation) {
    return new StateBody(
        sector.code() + "@" + nation,
        BodyKind.MINISTRY,
        Optional.of(sector),
        nation,
        AdminLevel.NATIONAL,
        sector.ministryName(),
        Optional.empty(),
        sector.source());
  }

  /** The named central bodies, read once from the bundled {@code state_bodies.csv}, at the nation {@code LA}. */
  private static final class Named {
    static final List<StateBody> BODIES = load();

    private Named() {}

    private static List<StateBody> load() {
      List<StateBody> out = new ArrayList<>();
      for (BundledCsv.Row r : BundledCsv.read("state_bodies.csv")) {
        try {
          out.add(
              new StateBody(
                  r.require("id"),
                  BodyKind.valueOf(r.require("kind")),
                  Optional.of(sector(r.require("sector"))),
                  NATION,
                  AdminLevel.NATIONAL,
                  BilingualName.of(r.require("name_lo"), r.require("name_en")),
                  Optional.of(r.require("parent")),
                  ReferenceSources.of(r)));
        } catch (RuntimeException e) {
          throw new ConnectLaoException(r.file() + " line " + r.line() + ": " + e.getMessage(), e);
        }
      }
      return List.copyOf(out);
    }
  }

  /** The named central bodies, moved to another nation code when a gazetteer's nation is not {@code LA}. */
  private static List<StateBody> namedDepartments(String nation) {
    if (nation.equals(NATION)) {
      return Named.BODIES;
    }
    return Named.BODIES.stream()
        .map(
            b ->
                new StateBody(
                    b.id(),
                    b.kind(),
                    b.sector(),
                    nation,
                    b.level(),
                    b.name(),
                    b.parentId().map(p -> p.substring(0, p.indexOf('@') + 1) + nation),
                    b.source()))
        .toList();
  }

  private static String laoName(AdminUnit unit) {
    return unit.nameLao().isEmpty() ? unit.nameEnglish() : unit.nameLao();
  }

  private static boolean startsWith(String text, String prefix) {
    return LaoText.normalise(text).startsWith(LaoText.normalise(prefix));
  }

  private static boolean isCapital(AdminUnit unit) {
    return startsWith(laoName(unit), "ນະຄອນຫຼວງ") || unit.nameEnglish().endsWith("Capital");
  }

  /** The province's Lao name with its prefix: ແຂວງບໍ່ແກ້ວ, ນະຄອນຫຼວງວຽງຈັນ. */
  static String provinceLao(AdminUnit unit) {
    String name = laoName(unit);
    return startsWith(name, "ແຂວງ") || startsWith(name, "ນະຄອນຫຼວງ") ? name : "ແຂວງ" + name;
  }

  /** The district's Lao name with its prefix: ເມືອງຫ້ວຍຊາຍ, or as written when it already has ເມືອງ/ນະຄອນ. */
  static String districtLao(AdminUnit unit) {
    String name = laoName(unit);
    return startsWith(name, "ເມືອງ") || startsWith(name, "ນະຄອນ") ? name : "ເມືອງ" + name;
  }
}
