package io.github.connectlao.crvs;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.UnknownCodeException;
import io.github.connectlao.csv.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks birth registrations against the outside world, one record at a time: unit codes known to
 * a gazetteer, no date after "today", no duplicate identifier.
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
  private final Gazetteer gazetteer;
  private final LocalDate today;
  private final Map<String, Long> seenIds = new HashMap<>();

  private RegistrationValidator(Gazetteer gazetteer, LocalDate today) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.today = InvalidValueException.required(today, "today");
  }

  /**
   * A validator for one dataset.
   *
   * @param gazetteer the units that place and office codes must belong to
   * @param today the day after which no date may lie
   * @return a fresh validator
   */
  public static RegistrationValidator of(Gazetteer gazetteer, LocalDate today) {
    return new RegistrationValidator(gazetteer, today);
  }

  /** @return the day after which no date may lie */
  public LocalDate today() {
    return today;
  }

  /**
   * Checks one record; when it has no problem its identifier is remembered, so a later record with
   * the same identifier is a duplicate.
   *
   * @param position the record's position or line, used in the problems and in duplicate reports
   * @param registration the record
   * @return every problem found, empty when the record is accepted
   */
  public List<RowError> check(long position, BirthRegistration registration) {
    List<RowError> problems = new ArrayList<>();
    checkCode(position, "placeOfBirthCode", registration.placeOfBirthCode(), problems);
    registration.registrationOfficeCode()
        .ifPresent(code -> checkCode(position, "registrationOfficeCode", code, problems));
    checkNotFuture(position, "dateOfBirth", Optional.of(registration.dateOfBirth()), problems);
    checkNotFuture(position, "birthNoticeDate", registration.birthNoticeDate(), problems);
    checkNotFuture(position, "registrationDate", registration.registrationDate(), problems);
    checkNotFuture(position, "dateOfDeath", registration.dateOfDeath(), problems);
    Long first = seenIds.get(registration.id());
    if (first != null) {
      problems.add(new RowError(position, "id", "", "duplicate identifier (same as record #" + first + ")"));
    }
    if (problems.isEmpty()) {
      seenIds.put(registration.id(), position);
    }
    return List.copyOf(problems);
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
    if (error instanceof InvalidValueException) {
      return rowError(position, (InvalidValueException) error);
    }
    return new RowError(position, "", "", error.getMessage());
  }

  private void checkCode(long position, String field, String code, List<RowError> problems) {
    try {
      gazetteer.unit(code);
    } catch (UnknownCodeException e) {
      problems.add(new RowError(position, field, code, e.getMessage()));
    }
  }

  private void checkNotFuture(long position, String field, Optional<LocalDate> date, List<RowError> problems) {
    date.filter(d -> d.isAfter(today)).ifPresent(d ->
        problems.add(new RowError(position, field, d.toString(), "is in the future (after today " + today + ")")));
  }
}
