package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published count of how far a programme reached: villages (communities), districts and provinces
 * at a date, as a source reports it (the units themselves are not named).
 *
 * <p>Example: WHO reported CONNECT in {@code 217 villages, 60 districts, 10 provinces + Vientiane
 * Capital (2024-03)}.
 *
 * @param asOf the date of the count
 * @param label how the source names the time, e.g. {@code 2022-23}
 * @param villages the number of villages or communities, if given
 * @param districts the number of districts, if given
 * @param provinces the number of provinces, if given (without the Capital when {@code capital} is
 *     {@link Capital#COUNTED_APART})
 * @param capital whether the source counts Vientiane Capital apart from {@code provinces}
 * @param note what else the source says
 * @param source the source
 */
public record Reach(
    PartialDate asOf,
    String label,
    Optional<Integer> villages,
    Optional<Integer> districts,
    Optional<Integer> provinces,
    Capital capital,
    Optional<String> note,
    Source source) {

  /** How a source counts Vientiane Capital, the province-level capital. */
  public enum Capital {
    /** The source gives a number of provinces and says nothing of the Capital. */
    NOT_STATED,
    /** The source counts the Capital on top of the provinces ("10 provinces + Vientiane Capital"). */
    COUNTED_APART
  }

  /**
   * Validates the counts: none negative.
   *
   * @param asOf the date
   * @param label the label
   * @param villages villages
   * @param districts districts
   * @param provinces provinces
   * @param capital how the Capital is counted
   * @param note the note
   * @param source provenance
   */
  public Reach {
    InvalidValueException.required(asOf, "asOf");
    label = InvalidValueException.requiredText(label, "label");
    villages = nonNegative(villages, "villages");
    districts = nonNegative(districts, "districts");
    provinces = nonNegative(provinces, "provinces");
    InvalidValueException.required(capital, "capital");
    note = InvalidValueException.required(note, "note").filter(n -> !n.isBlank());
    InvalidValueException.required(source, "source");
  }

  private static Optional<Integer> nonNegative(Optional<Integer> n, String field) {
    InvalidValueException.required(n, field);
    n.ifPresent(v -> InvalidValueException.check(v >= 0, field, v, "must not be negative"));
    return n;
  }

  /** @return true when the source counts the Capital on top of {@link #provinces()} */
  public boolean plusCapital() {
    return capital == Capital.COUNTED_APART;
  }

  /** @return the number of provincial-level units, the Capital included when counted apart */
  public Optional<Integer> provincialUnits() {
    return provinces.map(p -> plusCapital() ? p + 1 : p);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    villages.ifPresent(v -> parts.add(v + " villages"));
    districts.ifPresent(d -> parts.add(d + " districts"));
    provinces.ifPresent(
        p -> parts.add(p + " provinces" + (plusCapital() ? " + Vientiane Capital" : "")));
    return String.join(", ", parts) + " (" + label + ")";
  }
}
