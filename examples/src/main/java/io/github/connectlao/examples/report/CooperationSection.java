package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.cooperation.CooperationCatalogue;
import io.github.connectlao.cooperation.Coverage;
import io.github.connectlao.cooperation.LaoCooperation;
import io.github.connectlao.cooperation.LevelCoverage;
import io.github.connectlao.cooperation.Meeting;
import io.github.connectlao.cooperation.MeetingOutcome;
import io.github.connectlao.cooperation.MeetingParticipant;
import io.github.connectlao.cooperation.Phase;
import io.github.connectlao.cooperation.Programme;
import io.github.connectlao.cooperation.Reach;
import io.github.connectlao.cooperation.TimelineEvent;
import io.github.connectlao.cooperation.UnitCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MoHA–MoH cooperation: the timeline of agreements, programme phases, meetings and reach; the
 * coverage of each programme phase, planned and reached, over provinces and districts (an unknown
 * figure printed as {@code unknown} with its reason, never as 0); and the officials the sources name
 * at each meeting, with their roles.
 */
public final class CooperationSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("MoHA–MoH cooperation", "ການຮ່ວມມື ກະຊວງພາຍໃນ ແລະ ກະຊວງສາທາລະນະສຸກ");
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    CooperationCatalogue c = LaoCooperation.laoPdr();
    out.text(
        "Catalogue: "
            + c
            + ", from the MoHA source documents and WHO / BMJ Global Health reports of "
            + "CONNECT's reach. Descriptions are in English, as in the catalogue.",
        "ລາຍການ: "
            + c.areas().size()
            + " ຂົງເຂດ, "
            + c.agreements().size()
            + " ສັນຍາ, "
            + c.programmes().size()
            + " ແຜນງານ, "
            + c.meetings().size()
            + " ກອງປະຊຸມ"
            + ", ຈາກເອກະສານຂອງກະຊວງພາຍໃນ ແລະ ບົດລາຍງານຂອງ WHO / BMJ Global Health. ຄຳອະທິບາຍເປັນພາສາອັງກິດ ຕາມລາຍການ.");

    Table.Builder timeline =
        Table.builder(
            "cooperation-timeline",
            lang.pick("Timeline", "ລຳດັບເຫດການ"),
            "date",
            "kind",
            "ref",
            "what",
            "confidence");
    for (TimelineEvent e : LaoCooperation.timeline()) {
      timeline.row(
          e.date().map(Object::toString).orElse(lang.pick("undated", "ບໍ່ມີວັນທີ")),
          kind(e.kind()),
          e.refId(),
          e.description(),
          Table.confidence(e.source().confidence()));
    }
    timeline.labels(lang, "ວັນທີ", "ປະເພດ", "ອ້າງອີງ", "ລາຍລະອຽດ", "ຄວາມໜ້າເຊື່ອຖື");
    out.table(timeline.build());

    Table.Builder coverage =
        Table.builder(
            "programme-coverage",
            lang.pick("Programme coverage: planned and reached", "ຂອບເຂດຂອງແຜນງານ: ແຜນ ແລະ ຕົວຈິງ"),
            "programme",
            "kind",
            "phase",
            "period",
            "provinces planned",
            "provinces reached",
            "districts planned",
            "districts reached",
            "why unknown");
    for (Programme p : c.programmes()) {
      for (Phase ph : p.phases()) {
        Coverage cov = c.coverage(ph, ctx.gazetteer());
        LevelCoverage provinces = cov.at(AdminLevel.PROVINCE);
        LevelCoverage districts = cov.at(AdminLevel.DISTRICT);
        coverage.row(
            p.id(),
            Table.text(p.kind().name().toLowerCase(Locale.ROOT), p.kind().nameLao()),
            ph.name(),
            ph.periodText(),
            figure(provinces, provinces.planned(), lang),
            figure(provinces, provinces.reached(), lang),
            figure(districts, districts.planned(), lang),
            figure(districts, districts.reached(), lang),
            reasons(provinces, districts));
      }
    }
    coverage.labels(
        lang,
        "ແຜນງານ",
        "ປະເພດ",
        "ໄລຍະ",
        "ໄລຍະເວລາ",
        "ແຂວງ (ແຜນ)",
        "ແຂວງ (ຕົວຈິງ)",
        "ເມືອງ (ແຜນ)",
        "ເມືອງ (ຕົວຈິງ)",
        "ເຫດທີ່ບໍ່ຮູ້");
    coverage.note(
        lang.pick(
            "planned: units targeted, or holding a targeted unit, out of the gazetteer's units; reached: "
                + "the programme's published count dated within the phase; 'unknown' when the sources do not say (never 0)",
            "ແຜນ: ຫົວໜ່ວຍເປົ້າໝາຍ ຕໍ່ ຫົວໜ່ວຍທັງໝົດ; ຕົວຈິງ: ຈຳນວນທີ່ເຜີຍແຜ່ໃນໄລຍະ; 'ບໍ່ຮູ້' ເມື່ອເອກະສານບໍ່ບອກ (ບໍ່ແມ່ນ 0); ເຫດຜົນ ເປັນພາສາອັງກິດ ຕາມລາຍການ"));
    out.table(coverage.build());

    Table.Builder reach =
        Table.builder(
            "programme-reach",
            lang.pick("Published reach", "ຜົນການຂະຫຍາຍ"),
            "programme",
            "reach",
            "source",
            "confidence");
    for (Programme p : c.programmes()) {
      for (Reach r : p.reach()) {
        reach.row(
            p.id(), r.toString(), r.source().citation(), Table.confidence(r.source().confidence()));
      }
    }
    reach.labels(lang, "ແຜນງານ", "ຜົນ", "ແຫຼ່ງຂໍ້ມູນ", "ຄວາມໜ້າເຊື່ອຖື");
    out.table(reach.build());

    Table.Builder people =
        Table.builder(
            "meeting-people",
            lang.pick("Officials named at meetings", "ບຸກຄົນທີ່ມີບົດບາດໃນກອງປະຊຸມ"),
            "meeting",
            "date",
            "name",
            "position",
            "body",
            "role",
            "what");
    for (Meeting m : c.meetings()) {
      for (MeetingParticipant p : m.people()) {
        people.row(
            m.id(),
            m.dates().toCompactString(),
            p.name(),
            p.position()
                .map(x -> lang.pick(x.english(), x.lao()))
                .orElse(lang.pick("(not stated)", "(ບໍ່ໄດ້ລະບຸ)")),
            p.bodyId().orElse(""),
            p.roles().stream()
                .sorted()
                .map(r -> lang.pick(r.displayName().english(), r.displayName().lao()))
                .collect(Collectors.joining(", ")),
            p.activity().map(x -> lang.pick(x.english(), x.lao())).orElse(""));
      }
    }
    people.labels(lang, "ກອງປະຊຸມ", "ວັນທີ", "ຊື່", "ຕຳແໜ່ງ", "ອົງການ", "ບົດບາດ", "ກິດຈະກຳ");
    people.note(
        lang.pick(
            "names and Lao positions as the sources write them; English positions are translations",
            "ຊື່ ແລະ ຕຳແໜ່ງພາສາລາວ ຕາມທີ່ເອກະສານຂຽນ; ຕຳແໜ່ງພາສາອັງກິດ ແມ່ນການແປ"));
    out.table(people.build());

    Table.Builder outcomes =
        Table.builder(
            "meeting-outcomes",
            lang.pick("Meeting outcomes", "ຜົນຂອງກອງປະຊຸມ"),
            "meeting",
            "kind",
            "outcome",
            "period",
            "party");
    for (Meeting m : c.meetings()) {
      for (MeetingOutcome o : m.outcomes()) {
        outcomes.row(
            m.id(),
            Table.text(o.kind().displayName().english(), o.kind().displayName().lao()),
            lang.pick(o.text().english(), o.text().lao()),
            o.period().map(x -> x.toCompactString()).orElse(""),
            o.party().orElse(""));
      }
    }
    outcomes.labels(lang, "ກອງປະຊຸມ", "ປະເພດ", "ຜົນ", "ໄລຍະເວລາ", "ຝ່າຍ");
    out.table(outcomes.build());
  }

  /** A figure as {@code 18/18}, {@code 9/18} or {@code unknown}: an unknown count is never printed as 0. */
  static String figure(LevelCoverage level, UnitCount count) {
    return figure(level, count, Lang.EN);
  }

  /** A figure as {@link #figure(LevelCoverage, UnitCount)}, "unknown" in the report's language. */
  static String figure(LevelCoverage level, UnitCount count, Lang lang) {
    if (count.count().isEmpty()) {
      return lang == Lang.LO ? "ບໍ່ຮູ້" : "unknown"; // one language per cell, English in "both"
    }
    return count.count().get() + level.total().map(t -> "/" + t).orElse("");
  }

  private static String reasons(LevelCoverage... levels) {
    Set<String> why = new LinkedHashSet<>();
    List<UnitCount> counts = new ArrayList<>();
    for (LevelCoverage l : levels) {
      counts.add(l.planned());
      counts.add(l.reached());
    }
    counts.forEach(x -> x.unknownBecause().ifPresent(why::add));
    return String.join("; ", why);
  }

  /** A timeline event's kind in both languages. */
  private static Table.Text kind(TimelineEvent.Kind k) {
    String lo =
        switch (k) {
          case AGREEMENT -> "ສັນຍາ";
          case PHASE -> "ໄລຍະ";
          case MEETING -> "ກອງປະຊຸມ";
          case REACH -> "ຜົນການຂະຫຍາຍ";
        };
    return Table.text(k.name().toLowerCase(Locale.ROOT), lo);
  }
}
