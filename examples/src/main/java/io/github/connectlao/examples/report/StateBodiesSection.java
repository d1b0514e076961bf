package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.state.BodyKind;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import io.github.connectlao.state.StateBodyDirectory;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state bodies per level: the standard bodies of every unit (ministries and departments at the
 * centre, a governor's office and a department per sector in each province, an office per sector
 * in each district), the central bodies named in the sources, and one province as an example.
 */
public final class StateBodiesSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("State bodies per level", "ອົງການຈັດຕັ້ງລັດແຕ່ລະຂັ້ນ");
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    StateBodyDirectory dir = StateBodies.laoPdr(ctx.gazetteer());
    out.text(
        "Standard bodies for the sectors "
            + StateBodies.sectors().stream().map(s -> s.nameEnglish()).toList()
            + " at every unit of the gazetteer: "
            + dir.size()
            + " bodies. Bodies generated from the "
            + "gazetteer are DERIVED (the pattern is in the sources; each office is not named there).",
        "ອົງການຈັດຕັ້ງມາດຕະຖານ ຂອງຂະແໜງການ "
            + StateBodies.sectors().stream().map(s -> s.nameLao()).toList()
            + " ຢູ່ທຸກຫົວໜ່ວຍ: "
            + dir.size()
            + " ອົງການ. ອົງການທີ່ສ້າງຈາກລາຍຊື່ຫົວໜ່ວຍ ແມ່ນຄ່າທີ່ຄຳນວນ (ຮູບແບບມີໃນເອກະສານ; ແຕ່ລະຫ້ອງການ ບໍ່ໄດ້ມີຊື່ໃນເອກະສານ).");

    Map<AdminLevel, Map<BodyKind, Integer>> counts = new EnumMap<>(AdminLevel.class);
    for (StateBody b : dir.bodies()) {
      counts
          .computeIfAbsent(b.level(), l -> new EnumMap<>(BodyKind.class))
          .merge(b.kind(), 1, Integer::sum);
    }
    Table.Builder perLevel =
        Table.builder(
            "state-bodies-per-level",
            lang.pick("Bodies per level and kind", "ອົງການຈັດຕັ້ງຕາມຂັ້ນ ແລະ ປະເພດ"),
            "level",
            "kind",
            "bodies");
    counts.forEach(
        (level, kinds) ->
            kinds.forEach(
                (kind, n) ->
                    perLevel.row(
                        Table.text(level.nameEnglish(), level.nameLao()),
                        Table.text(kind.nameEnglish(), kind.nameLao()),
                        n)));
    perLevel.labels(lang, "ຂັ້ນ", "ປະເພດ", "ຈຳນວນ");
    perLevel.note(
        lang.pick(
            "standard bodies generated from the gazetteer (DERIVED) plus the central bodies named in "
                + "the MoHA source documents",
            "ອົງການມາດຕະຖານ ທີ່ສ້າງຈາກລາຍຊື່ຫົວໜ່ວຍ (ຄ່າທີ່ຄຳນວນ) ແລະ ອົງການຂັ້ນສູນກາງ ທີ່ມີຊື່ໃນເອກະສານ"));
    out.table(perLevel.build());

    Table.Builder central =
        Table.builder(
            "central-bodies",
            lang.pick("Central bodies named in the sources", "ອົງການຈັດຕັ້ງຂັ້ນສູນກາງ"),
            "id",
            "kind",
            "name",
            "under",
            "confidence",
            "source");
    for (StateBody b : StateBodies.ministries()) {
      central.row(
          b.id(),
          Table.text(b.kind().nameEnglish(), b.kind().nameLao()),
          Table.text(b.nameEnglish(), b.nameLao()),
          b.parentId().orElse(""),
          Table.confidence(b.source().confidence()),
          b.source().citation());
    }
    for (StateBody b : StateBodies.namedDepartments()) {
      central.row(
          b.id(),
          Table.text(b.kind().nameEnglish(), b.kind().nameLao()),
          Table.text(b.nameEnglish(), b.nameLao()),
          b.parentId().orElse(""),
          Table.confidence(b.source().confidence()),
          b.source().citation());
    }
    central.labels(lang, "ລະຫັດ", "ປະເພດ", "ຊື່", "ຂຶ້ນກັບ", "ຄວາມໜ້າເຊື່ອຖື", "ແຫຼ່ງຂໍ້ມູນ");
    out.table(central.build());

    AdminUnit bokeo = ctx.gazetteer().unit("LA05");
    Table.Builder example =
        Table.builder(
            "state-bodies-bokeo",
            lang.pick(
                "Example: the bodies of "
                    + bokeo.nameEnglish()
                    + " province and its first district",
                "ຕົວຢ່າງ: " + bokeo.nameLao()),
            "id",
            "kind",
            "name",
            "under");
    Map<String, StateBody> shown = new TreeMap<>();
    dir.bodiesAt(bokeo.code()).forEach(b -> shown.put(b.id(), b));
    AdminUnit district = ctx.gazetteer().children(bokeo).get(0);
    dir.bodiesAt(district.code()).forEach(b -> shown.put(b.id(), b));
    for (StateBody b : shown.values()) {
      example.row(
          b.id(),
          Table.text(b.kind().nameEnglish(), b.kind().nameLao()),
          Table.text(b.nameEnglish(), b.nameLao()),
          b.parentId().orElse(""));
    }
    example.labels(lang, "ລະຫັດ", "ປະເພດ", "ຊື່", "ຂຶ້ນກັບ");
    out.table(example.build());

    out.text(
        "Job-position determination: "
            + StateBodies.jobPositions2019()
            + " — "
            + StateBodies.jobPositions2019().source().citation()
            + ".",
        "ການກໍານົດຕໍາແໜ່ງງານ: "
            + StateBodies.jobPositions2019().bodies()
            + " ອົງການ, "
            + StateBodies.jobPositions2019().departments()
            + " ກົມ "
            + StateBodies.jobPositions2019().reached().nameLao()
            + StateBodies.jobPositions2019().asOf().map(d -> " (" + d + ")").orElse("")
            + " — ແຫຼ່ງ: "
            + StateBodies.jobPositions2019().source().citation()
            + ".");
  }
}
