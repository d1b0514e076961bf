package io.github.connectlao.state;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.util.Optional;

/**
 * Where one body stands in job-position determination, ການກໍານົດຕໍາແໜ່ງງານ: determined by the
 * body, submitted to the Ministry of Home Affairs, approved.
 *
 * <p>Example: {@code new JobPositionDetermination("HEALTH@LA05", Stage.SUBMITTED,
 * Optional.of(PartialDate.ofYear(2019)), Optional.of(PartialDate.ofYear(2019)), Optional.empty(),
 * source)} prints {@code HEALTH@LA05 completed and submitted 2019}; summarise many with {@link
 * StateBodyDirectory#summarise(java.util.Collection, Stage)}.
 *
 * @param bodyId the id of the state body
 * @param stage the furthest stage reached
 * @param determinedOn when the positions were determined, if known
 * @param submittedOn when they were submitted to MoHA, if known
 * @param approvedOn when they were approved, if known
 * @param source where the record comes from
 */
public record JobPositionDetermination(
    String bodyId,
    Stage stage,
    Optional<PartialDate> determinedOn,
    Optional<PartialDate> submittedOn,
    Optional<PartialDate> approvedOn,
    Source source) {

  /** The stages of job-position determination, in order. */
  public enum Stage {
    /** Not started or not known to have started. */
    NOT_STARTED("ຍັງບໍ່ທັນກໍານົດ", "not started"),
    /** The body has determined its job positions, ສໍາເລັດການກໍານົດຕໍາແໜ່ງງານ. */
    DETERMINED("ສໍາເລັດການກໍານົດຕໍາແໜ່ງງານ", "determined"),
    /** Submitted to the Ministry of Home Affairs for review, ນໍາສະເໜີມາຍັງກະຊວງພາຍໃນ. */
    SUBMITTED("ນໍາສະເໜີມາຍັງກະຊວງພາຍໃນ", "completed and submitted"),
    /** Approved, ຮັບຮອງເອົາ. */
    APPROVED("ຮັບຮອງເອົາ", "approved");

    private final BilingualName bilingualName;

    Stage(String nameLao, String nameEnglish) {
      this.bilingualName = BilingualName.of(nameLao, nameEnglish);
    }

    /** @return the Lao and English names */
    public BilingualName displayName() {
      return bilingualName;
    }

    /** @return the Lao name, {@code displayName().lao()} */
    public String nameLao() {
      return bilingualName.lao();
    }

    /** @return the English name, {@code displayName().english()} */
    public String nameEnglish() {
      return bilingualName.english();
    }
  }

  /**
   * Validates the record: no date for a stage not reached, dates in order.
   *
   * @param bodyId the body
   * @param stage the stage
   * @param determinedOn determination date
   * @param submittedOn submission date
   * @param approvedOn approval date
   * @param source provenance
   */
  public JobPositionDetermination {
    bodyId = InvalidValueException.requiredText(bodyId, "bodyId");
    InvalidValueException.required(stage, "stage");
    determinedOn = InvalidValueException.required(determinedOn, "determinedOn");
    submittedOn = InvalidValueException.required(submittedOn, "submittedOn");
    approvedOn = InvalidValueException.required(approvedOn, "approvedOn");
    InvalidValueException.required(source, "source");
    checkReached(determinedOn, stage, Stage.DETERMINED, "determinedOn");
    checkReached(submittedOn, stage, Stage.SUBMITTED, "submittedOn");
    checkReached(approvedOn, stage, Stage.APPROVED, "approvedOn");
    checkOrder(determinedOn, submittedOn, "submittedOn", "determinedOn");
    checkOrder(submittedOn, approvedOn, "approvedOn", "submittedOn");
    checkOrder(determinedOn, approvedOn, "approvedOn", "determinedOn");
  }

  private static void checkReached(
      Optional<PartialDate> date, Stage stage, Stage needed, String field) {
    InvalidValueException.check(
        date.isEmpty() || stage.compareTo(needed) >= 0,
        field,
        date.map(PartialDate::toString).orElse(""),
        "is set but the stage is only " + stage);
  }

  private static void checkOrder(
      Optional<PartialDate> earlier,
      Optional<PartialDate> later,
      String laterField,
      String earlierField) {
    if (earlier.isPresent() && later.isPresent()) {
      InvalidValueException.check(
          !later.get().latest().isBefore(earlier.get().earliest()),
          laterField,
          later.get(),
          "is before " + earlierField + " " + earlier.get());
    }
  }

  /**
   * Whether the body has reached a stage.
   *
   * @param wanted the stage
   * @return true at or beyond it
   */
  public boolean hasReached(Stage wanted) {
    return stage.compareTo(wanted) >= 0;
  }

  @Override
  public String toString() {
    return bodyId
        + " "
        + stage.nameEnglish()
        + approvedOn.or(() -> submittedOn).or(() -> determinedOn).map(d -> " " + d).orElse("");
  }
}
