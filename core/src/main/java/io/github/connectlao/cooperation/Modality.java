package io.github.connectlao.cooperation;

/** How people take part in a meeting. */
public enum Modality {
  /** In the room. */
  IN_PERSON,
  /** Online, by video conference, ທາງອອນລາຍ / ກອງປະຊຸມທາງໄກ. */
  ONLINE,
  /** Some in the room, some online. */
  BOTH
}
