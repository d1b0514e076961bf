package io.github.connectlao.examples.report;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.csv.ImportResult;
import java.nio.file.Path;

/** Reads the {@code --registrations} file: the library's CSV importer, every bad row reported. */
final class RegistrationFile {
  private RegistrationFile() {}

  /**
   * Reads a CSV file of birth registrations.
   *
   * @param file the file
   * @param gazetteer the gazetteer unit codes are checked against
   * @return the good rows and every bad one
   * @throws UsageException until the CSV importer of registrations (issue 7,
   *     {@code io.github.connectlao.csv.BirthRegistrationCsv}) is merged
   */
  static ImportResult<BirthRegistration> read(Path file, Gazetteer gazetteer) {
    // TODO(lead): once BirthRegistrationCsv is on main:
    //   return BirthRegistrationCsv.read(file, gazetteer, java.time.LocalDate.now(), false);
    throw new UsageException("--registrations: reading registration files needs the CSV importer "
        + "(io.github.connectlao.csv.BirthRegistrationCsv, issue 7), not yet in this build");
  }
}
