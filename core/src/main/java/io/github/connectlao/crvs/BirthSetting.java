package io.github.connectlao.crvs;

/**
 * Where a birth took place, as far as the record says: in a health facility (ສະຖານທີ່ບໍລິການສາທາລະນະສຸກ)
 * or at home/elsewhere.
 */
public enum BirthSetting {
  /** In a health facility. */
  HEALTH_FACILITY,
  /** At home or anywhere else outside a health facility. */
  HOME_OR_OTHER,
  /** Not recorded. */
  UNKNOWN;

  /**
   * The setting of a registration.
   *
   * @param r the registration
   * @return its setting
   */
  public static BirthSetting of(BirthRegistration r) {
    return r.inHealthFacility().map(f -> f ? HEALTH_FACILITY : HOME_OR_OTHER).orElse(UNKNOWN);
  }
}
