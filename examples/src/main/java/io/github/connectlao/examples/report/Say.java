package io.github.connectlao.examples.report;

import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.NoValue;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.targets.CountProgress;
import io.github.connectlao.targets.ProgressStatus;
import io.github.connectlao.targets.SamSangRow;
import io.github.connectlao.targets.TotalBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's words for what the library hands it as data (reasons, statuses, bases), in English
 * and Lao: the English side is the library's own text, so English output is unchanged; the Lao side
 * is said here, from the data, never by translating the English text. Words follow {@code
 * docs/glossary.md}.
 */
final class Say {
  private Say() {}

  /** The Lao for "suppressed (disclosure control)". */
  static final Table.Text SUPPRESSED =
      Table.text("suppressed (disclosure control)", "ປິດບັງ (ຮັກສາຄວາມລັບ)");

  /**
   * A sex, or both sexes.
   *
   * @param sex the sex, empty for both
   * @return the words
   */
  static Table.Text sex(Optional<Sex> sex) {
    return sex.map(s -> s == Sex.FEMALE ? Table.text("female", "ຍິງ") : Table.text("male", "ຊາຍ"))
        .orElse(Table.text("both sexes", "ທັງສອງເພດ"));
  }

  /**
   * Why a rate has no value.
   *
   * @param n the reason
   * @return the English phrase (the reason's own text) and the Lao one
   */
  static Table.Text noValue(NoValue n) {
    String sex = sex(n.sex()).lo();
    String lo =
        switch (n.kind()) {
          case NO_POPULATION ->
              "ບໍ່ມີພົນລະເມືອງ ຂອງ "
                  + n.unitCode()
                  + " ໃນປີ "
                  + n.year().orElseThrow()
                  + " ("
                  + sex
                  + ", "
                  + n.ages()
                      .filter(a -> !a.equals(AgeGroup.ALL))
                      .map(a -> "ອາຍຸ " + a)
                      .orElse("ທຸກອາຍຸ")
                  + ")";
          case NO_BIRTH_RATE ->
              "ບໍ່ມີອັດຕາການເກີດດິບ ຂອງ "
                  + n.unitCode()
                  + " ໃນປີ "
                  + n.year().orElseThrow()
                  + " ("
                  + sex
                  + ")";
          case ZERO_ESTIMATED_BIRTHS -> "ການເກີດຄາດຄະເນ ເທົ່າກັບ 0";
          case ZERO_POPULATION -> "ພົນລະເມືອງ ເທົ່າກັບ 0";
        };
    return Table.text(n.toString(), lo);
  }

  /**
   * Several texts joined by {@code "; "} in each language.
   *
   * @param parts the texts
   * @return one text
   */
  static Table.Text join(List<Table.Text> parts) {
    return Table.text(
        String.join("; ", parts.stream().map(Table.Text::en).toList()),
        String.join("; ", parts.stream().map(Table.Text::lo).toList()));
  }

  /**
   * A progress status (Open SDG's categories).
   *
   * @param s the status
   * @return its label in English (the library's) and Lao
   */
  static Table.Text status(ProgressStatus s) {
    String lo =
        switch (s) {
          case ACHIEVED -> "ບັນລຸຄາດໝາຍແລ້ວ";
          case ON_TRACK -> "ຕາມແຜນ";
          case NEEDS_ACCELERATION -> "ມີຄວາມຄືບໜ້າ ແຕ່ຕ້ອງເລັ່ງ";
          case LIMITED_PROGRESS -> "ຄວາມຄືບໜ້າຈຳກັດ";
          case DETERIORATING -> "ຖອຍຫຼັງ";
        };
    return Table.text(s.label(), lo);
  }

  /**
   * Where a count target's total comes from.
   *
   * @param b the basis
   * @return its label in English (the library's) and Lao
   */
  static Table.Text basis(TotalBasis b) {
    String lo =
        switch (b) {
          case GAZETTEER -> "ທະບຽນຫົວໜ່ວຍ";
          case GAZETTEER_UNOFFICIAL -> "ທະບຽນຫົວໜ່ວຍ (ຫົວໜ່ວຍບໍ່ເປັນທາງການ)";
          case USER_STATED -> "ຕາມທີ່ແຈ້ງ";
          case UNKNOWN -> "ບໍ່ຮູ້";
        };
    return Table.text(b.label(), lo);
  }

  /**
   * A Sam Sang row's progress: the status, or "unknown" with why. The English side is the
   * library's ({@link SamSangRow#statusBasis()}); the Lao side is said from the row's data: what is
   * missing (the total, the achieved count, a baseline), where the total comes from.
   *
   * @param r the row
   * @return the cell
   */
  static Table.Text progress(SamSangRow r) {
    Optional<ProgressStatus> status = r.progressStatus();
    if (status.isPresent()) {
      return status(status.get());
    }
    List<String> why = new ArrayList<>();
    Optional<CountProgress> p = r.progress();
    if (p.isPresent()) {
      CountProgress c = p.get();
      if (c.total() == 0) {
        why.add("ຈຳນວນທັງໝົດ ເທົ່າກັບ 0 ຫົວໜ່ວຍ: ສ່ວນຂອງສູນຫົວໜ່ວຍ ບໍ່ມີຄວາມໝາຍ");
      } else if (c.baselineCount().isEmpty()) {
        why.add("ບໍ່ມີຈຳນວນພື້ນຖານ: ບໍ່ຮູ້ເປົ້າໝາຍລະຫວ່າງທາງ");
      } else if (c.baselineCount().get().year() >= c.year()) {
        why.add("ຈຳນວນພື້ນຖານ ບໍ່ແມ່ນກ່ອນປີ " + c.year());
      } else {
        why.add("ປີຄາດໝາຍ " + c.target().target().year() + " ຜ່ານໄປແລ້ວ");
      }
    } else {
      why.add(r.total().isEmpty() ? "ບໍ່ຮູ້ຈຳນວນທັງໝົດ" : "ບໍ່ຮູ້ຈຳນວນທີ່ບັນລຸ");
      switch (r.totalBasis()) {
        case USER_STATED -> why.add("ຈຳນວນທັງໝົດ ຕາມທີ່ແຈ້ງ");
        case GAZETTEER_UNOFFICIAL -> why.add("ຈຳນວນທັງໝົດ ນັບຈາກຫົວໜ່ວຍທີ່ບໍ່ເປັນທາງການ");
        case UNKNOWN -> why.add("ບໍ່ມີຫົວໜ່ວຍໃນທະບຽນ ແລະ ບໍ່ມີຈຳນວນທີ່ແຈ້ງ");
        default -> {}
      }
      if (r.achievedYear().isPresent()) {
        why.add("ຂໍ້ມູນຫຼ້າສຸດ " + r.achievedYear().getAsInt());
      } else {
        why.add("ບໍ່ມີການປະເມີນ ຫຼື ຈຳນວນ");
      }
    }
    return Table.text(
        "unknown (" + r.statusBasis() + ")", "ບໍ່ຮູ້ (" + String.join("; ", why) + ")");
  }
}
