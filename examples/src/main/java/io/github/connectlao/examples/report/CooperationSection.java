package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.cooperation.CooperationCatalogue;
import io.github.connectlao.cooperation.Coverage;
import io.github.connectlao.cooperation.LaoCooperation;
import io.github.connectlao.cooperation.Phase;
import io.github.connectlao.cooperation.Programme;
import io.github.connectlao.cooperation.Reach;
import io.github.connectlao.cooperation.TimelineEvent;
import java.util.Locale;

/**
 * The MoHA–MoH cooperation: the timeline of agreements, programme phases, meetings and reach, and
 * the coverage of each programme phase over provinces and districts.
 */
public final class CooperationSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("MoHA–MoH cooperation", "ການຮ່ວມມື ກະຊວງພາຍໃນ ແລະ ກະຊວງສາທາລະນະສຸກ");
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    CooperationCatalogue c = LaoCooperation.defaults();
    out.text("Catalogue: " + c + ", from the MoHA source documents and WHO / BMJ Global Health reports of "
        + "CONNECT's reach. Descriptions are in English, as in the catalogue.", "ລາຍການ: " + c
        + ", ຈາກເອກະສານຂອງກະຊວງພາຍໃນ ແລະ ບົດລາຍງານຂອງ WHO / BMJ Global Health. ຄຳອະທິບາຍເປັນພາສາອັງກິດ ຕາມລາຍການ.");

    Table.Builder timeline = Table.builder("cooperation-timeline", lang.pick("Timeline", "ລຳດັບເຫດການ"),
        "date", "kind", "ref", "what", "confidence");
    for (TimelineEvent e : LaoCooperation.timeline()) {
      timeline.row(e.date().map(Object::toString).orElse("undated"), e.kind().name().toLowerCase(Locale.ROOT),
          e.refId(), e.description(), Table.confidence(e.source().confidence()));
    }
    timeline.labels(lang, "ວັນທີ", "ປະເພດ", "ອ້າງອີງ", "ລາຍລະອຽດ", "ຄວາມໜ້າເຊື່ອຖື");
    out.table(timeline.build());

    Table.Builder coverage = Table.builder("programme-coverage", lang.pick("Programme coverage",
        "ຂອບເຂດຂອງແຜນງານ"), "programme", "kind", "phase", "period", "provinces", "districts", "note");
    for (Programme p : c.programmes()) {
      for (Phase ph : p.phases()) {
        Coverage cov = c.coverage(ph, ctx.gazetteer());
        coverage.row(p.id(), p.kind().name().toLowerCase(Locale.ROOT), ph.name(), ph.period().toString(),
            cov.targetsNamed() ? cov.at(AdminLevel.PROVINCE).covered() + "/" + cov.at(AdminLevel.PROVINCE).total()
                : lang.pick("not named", "ບໍ່ລະບຸ"),
            cov.targetsNamed() ? cov.at(AdminLevel.DISTRICT).covered() + "/" + cov.at(AdminLevel.DISTRICT).total()
                : lang.pick("not named", "ບໍ່ລະບຸ"),
            cov.note().orElse(""));
      }
    }
    coverage.labels(lang, "ແຜນງານ", "ປະເພດ", "ໄລຍະ", "ໄລຍະເວລາ", "ແຂວງ", "ເມືອງ", "ໝາຍເຫດ");
    coverage.note(lang.pick("covered / total units of the gazetteer; 'not named' when the sources do not name the target area",
        "ຫົວໜ່ວຍທີ່ກວມເອົາ / ທັງໝົດ; 'ບໍ່ລະບຸ' ເມື່ອເອກະສານບໍ່ລະບຸເຂດເປົ້າໝາຍ"));
    out.table(coverage.build());

    Table.Builder reach = Table.builder("programme-reach", lang.pick("Published reach", "ຜົນການຂະຫຍາຍ"),
        "programme", "reach", "confidence");
    for (Programme p : c.programmes()) {
      for (Reach r : p.reach()) {
        reach.row(p.id(), r.toString(), Table.confidence(r.source().confidence()));
      }
    }
    reach.labels(lang, "ແຜນງານ", "ຜົນ", "ຄວາມໜ້າເຊື່ອຖື");
    out.table(reach.build());
  }
}
