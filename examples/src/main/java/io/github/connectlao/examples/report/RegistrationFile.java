package io.github.connectlao.examples.report;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads the {@code --registrations} file: the library's CSV importer, every bad row reported. */
final class RegistrationFile {
  private RegistrationFile() {}

  /**
   * Reads a CSV file of birth registrations.
   *
   * @param file the file
   * @param gazetteer the gazetteer unit codes are checked against
   * @return the good rows and every bad one
   */
  static ImportResult<List<BirthRegistration>> read(Path file, Gazetteer gazetteer) {
    return BirthRegistrationCsv.read(file, gazetteer, LocalDate.now(), OnBadRow.COLLECT);
  }
}
