package io.github.connectlao.crvs;

/**
 * How soon after the birth a registration was made, in the terms of the UN Principles and
 * Recommendations for a Vital Statistics System.
 *
 * <p>Computed by {@link RegistrationPolicy#timeliness(java.time.LocalDate, java.util.Optional)}.
 */
public enum Timeliness {
  /** Registered within the legal period (by default 30 days: day 30 is current). */
  CURRENT("ທັນເວລາ"),
  /** Registered after the legal period, within the late limit (by default one year, 365 days). */
  LATE("ຊ້າ"),
  /** Registered after the late limit. */
  DELAYED("ຊ້າເກີນກຳນົດ"),
  /** Birth known but not (yet) registered. */
  NOT_REGISTERED("ບໍ່ທັນຈົດທະບຽນ");

  private final String nameLao;

  Timeliness(String nameLao) {
    this.nameLao = nameLao;
  }

  /** @return a Lao label (this library's translation, not an official term) */
  public String nameLao() {
    return nameLao;
  }

  /** @return true for every class but {@link #NOT_REGISTERED} */
  public boolean isRegistered() {
    return this != NOT_REGISTERED;
  }
}
