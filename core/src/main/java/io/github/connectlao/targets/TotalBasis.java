package io.github.connectlao.targets;

/** Where the total number of units behind a count target comes from. */
public enum TotalBasis {
  /** Counted in the gazetteer from official sources (the embedded provinces and districts). */
  GAZETTEER,
  /** Counted in the gazetteer, but among units from an unofficial list (e.g. the community villages). */
  GAZETTEER_UNOFFICIAL,
  /** Stated by the user (e.g. a statistics office's village count), because the register is incomplete. */
  USER_STATED,
  /** Not known: no units in the gazetteer and no stated count. */
  UNKNOWN;

  /** @return a short label for tables */
  public String label() {
    switch (this) {
      case GAZETTEER:
        return "gazetteer";
      case GAZETTEER_UNOFFICIAL:
        return "gazetteer (unofficial units)";
      case USER_STATED:
        return "stated";
      default:
        return "unknown";
    }
  }
}
