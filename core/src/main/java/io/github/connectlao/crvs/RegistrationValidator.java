package io.github.connectlao.crvs;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.RowError;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Checks birth registrations one record at a time with {@link RegistrationRules} (the one rule
 * set), remembering the identifiers accepted so far to report duplicates.
 *
 * <p>A validator remembers the identifiers it has accepted, so one instance checks one dataset;
 * a CSV importer calls {@link #check(long, BirthRegistration)} per row and {@link #rowError(long,
 * InvalidValueException)} for rows that could not even be built. Use {@link
 * Registrations#validate(Iterable, Gazetteer, LocalDate)} for a whole collection.
 *
 * <pre>{@code
 * RegistrationValidator v = RegistrationValidator.of(Gazetteer.laoPdr(), LocalDate.of(2024, 6, 30));
 * List<RowError> problems = v.check(1, registration);   // empty when accepted
 * }</pre>
 *
 * <p>Problems name the field, the value and the reason; a duplicate identifier is reported by the
 * position of its first occurrence, never by the identifier itself (personal data). Not
 * thread-safe.
 */
public final class RegistrationValidator {
  private final RegistrationRules rules;
  private final IdSet ids = new IdSet();

  private RegistrationValidator(RegistrationRules rules) {
    this.rules = rules;
  }

  /**
   * A validator for one dataset.
   *
   * @param gazetteer the units that place and office codes must belong to
   * @param today the day after which no date may lie
   * @return a fresh validator
   */
  public static RegistrationValidator of(Gazetteer gazetteer, LocalDate today) {
    return new RegistrationValidator(RegistrationRules.of(gazetteer, today));
  }

  /**
   * A validator for one dataset under a rule set.
   *
   * @param rules the rules
   * @return a fresh validator
   */
  public static RegistrationValidator of(RegistrationRules rules) {
    return new RegistrationValidator(InvalidValueException.required(rules, "rules"));
  }

  /** @return the day after which no date may lie */
  public LocalDate today() {
    return rules.referenceDate();
  }

  /**
   * Checks one record with {@link RegistrationRules}; when it has no problem its identifier is
   * remembered, so a later record with the same identifier is a duplicate.
   *
   * @param position the record's position or line (at least 1), used in the problems and in
   *     duplicate reports
   * @param registration the record
   * @return every problem found, empty when the record is accepted
   */
  public List<RowError> check(long position, BirthRegistration registration) {
    List<RowError> problems = rules.check(registration, position);
    return problems.isEmpty() ? RegistrationRules.duplicate(ids, registration, position) : problems;
  }

  /**
   * The problem for a record that could not be built (registration before birth, a sex value
   * outside the model, a blank field...).
   *
   * @param position the record's position or line
   * @param error the refusal
   * @return the problem, naming the field, the value and the reason
   */
  public static RowError rowError(long position, InvalidValueException error) {
    return new RowError(position, error.field(), error.value(), error.reason());
  }

  /**
   * The problem for a record refused by any other documented failure.
   *
   * @param position the record's position or line
   * @param error the refusal; its message must not contain personal data
   * @return the problem
   */
  public static RowError rowError(long position, ConnectLaoException error) {
    if (error instanceof InvalidValueException invalid) {
      return rowError(position, invalid);
    }
    return new RowError(
        position,
        "",
        "",
        Objects.requireNonNullElse(error.getMessage(), error.getClass().getSimpleName()));
  }
}
