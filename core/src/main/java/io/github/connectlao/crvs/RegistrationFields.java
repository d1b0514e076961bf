package io.github.connectlao.crvs;

/**
 * One registration decoded to primitives (unit indexes and epoch days), the form in which {@link
 * RegistrationRules} check every record whatever it was read from. Reused row after row; not
 * thread-safe.
 */
final class RegistrationFields {
  /** An absent date or unit. */
  static final int NONE = Integer.MIN_VALUE;

  int place = NONE;
  int sex = -1;
  int birth = NONE;
  int notice = NONE;
  int registration = NONE;
  int death = NONE;
  int office = NONE;

  /** -1 unknown, 0 no, 1 yes. */
  int facility = -1;

  boolean certificate;

  /** Fields (bits by {@link RegistrationField#ordinal()}) that could not be decoded: not checked further. */
  int undecoded;

  void clear() {
    place = NONE;
    sex = -1;
    birth = NONE;
    notice = NONE;
    registration = NONE;
    death = NONE;
    office = NONE;
    facility = -1;
    certificate = false;
    undecoded = 0;
  }

  boolean decoded(RegistrationField f) {
    return (undecoded & (1 << f.ordinal())) == 0;
  }

  void fail(RegistrationField f) {
    undecoded |= 1 << f.ordinal();
  }
}
