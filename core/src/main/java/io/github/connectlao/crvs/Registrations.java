package io.github.connectlao.crvs;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bulk loading of birth registrations under {@link RegistrationRules}: every bad record is
 * reported, the good ones are kept.
 *
 * <pre>{@code
 * ImportResult<List<BirthRegistration>> r = Registrations.validate(records, Gazetteer.laoPdr(), LocalDate.now());
 * r.accepted();   // the good records, in input order
 * r.errors();     // "line 12, column registrationDate, value '2031-01-01': is in the future ..."
 * }</pre>
 *
 * <p>Positions are 1-based (the first record is record #1) and reported as the {@link
 * RowError#line()}.
 */
public final class Registrations {
  private Registrations() {}

  /**
   * Validates a collection of registrations.
   *
   * @param registrations the records
   * @param gazetteer the units codes must belong to
   * @param today the day after which no date may lie
   * @return the accepted records and one problem per bad field
   */
  public static ImportResult<List<BirthRegistration>> validate(
      Iterable<BirthRegistration> registrations, Gazetteer gazetteer, LocalDate today) {
    return RegistrationRules.of(gazetteer, today).validate(registrations);
  }

  /**
   * Builds and validates records from factories that may refuse (e.g. builders fed from raw
   * fields): a factory that throws is reported with its position, the field, the value and the
   * reason, and the others are checked as in {@link #validate(Iterable, Gazetteer, LocalDate)}.
   *
   * @param factories one factory per record
   * @param gazetteer the units codes must belong to
   * @param today the day after which no date may lie
   * @return the accepted records and the problems
   */
  public static ImportResult<List<BirthRegistration>> build(
      Iterable<Supplier<BirthRegistration>> factories, Gazetteer gazetteer, LocalDate today) {
    RegistrationValidator validator = RegistrationValidator.of(gazetteer, today);
    List<BirthRegistration> accepted = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long position = 0;
    for (Supplier<BirthRegistration> factory : factories) {
      position++;
      BirthRegistration r;
      try {
        r = factory.get();
      } catch (ConnectLaoException e) {
        errors.add(RegistrationValidator.rowError(position, e));
        continue;
      }
      List<RowError> problems = validator.check(position, r);
      if (problems.isEmpty()) {
        accepted.add(r);
      } else {
        errors.addAll(problems);
      }
    }
    return ImportResult.ofRows(accepted, errors);
  }
}
