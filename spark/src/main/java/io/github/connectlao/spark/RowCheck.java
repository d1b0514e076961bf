package io.github.connectlao.spark;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.RegistrationRules;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One row through the library's one rule set: the registration, or its problems. */
final class RowCheck {
  private static final String ID = "id";
  final @Nullable BirthRegistration registration;
  final List<RowProblem> problems;

  private RowCheck(@Nullable BirthRegistration registration, List<RowProblem> problems) {
    this.registration = registration;
    this.problems = problems;
  }

  static RowCheck of(RegistrationRow row, RegistrationRules rules, long position) {
    Long line = row.getLine() == null ? position : row.getLine();
    BirthRegistration r;
    try {
      Sex sex = Sex.parse(InvalidValueException.requiredText(row.getSex(), "sex"));
      BirthRegistration.Builder b =
          BirthRegistration.builder(
              InvalidValueException.requiredText(row.getId(), "id"),
              sex,
              InvalidValueException.required(row.getDateOfBirth(), "dateOfBirth"),
              InvalidValueException.requiredText(row.getPlaceOfBirth(), "placeOfBirthCode"));
      if (row.getInHealthFacility() != null) {
        b.inHealthFacility(row.getInHealthFacility());
      }
      if (row.getBirthNoticeDate() != null) {
        b.birthNoticeDate(row.getBirthNoticeDate());
      }
      if (row.getRegistrationDate() != null) {
        b.registered(row.getRegistrationDate(), row.getRegistrationOffice());
      }
      if (Boolean.TRUE.equals(row.getCertificateIssued())) {
        b.certificateIssued(true);
      }
      if (row.getDateOfDeath() != null) {
        b.dateOfDeath(row.getDateOfDeath());
      }
      r = b.build();
    } catch (InvalidValueException e) {
      return new RowCheck(null, List.of(problem(line, e.field(), e.value(), e.reason())));
    }
    List<RowError> errors = rules.check(r, line);
    if (errors.isEmpty()) {
      return new RowCheck(r, List.of());
    }
    List<RowProblem> problems = new ArrayList<>();
    for (RowError e : errors) {
      problems.add(problem(line, e.column(), e.value(), e.reason()));
    }
    return new RowCheck(null, problems);
  }

  /** A problem that never shows an identifier or a name. */
  static RowProblem problem(@Nullable Long line, String column, String value, String reason) {
    boolean personal =
        ID.equals(column) || "childName".equals(column) || "child_name".equals(column);
    return new RowProblem(
        line, column, personal ? "" : Optional.ofNullable(value).orElse(""), reason);
  }
}
