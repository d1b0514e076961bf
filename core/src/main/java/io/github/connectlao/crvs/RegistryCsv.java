package io.github.connectlao.crvs;

import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.List;

/**
 * Registrations from CSV into registry columns: the shared row checker ({@link
 * RegistrationCsvReader}) with a sink that calls {@link BirthRegistry.Builder#addChecked}, so no
 * object is created per accepted row.
 */
final class RegistryCsv {
  private RegistryCsv() {}

  static ImportResult<BirthRegistry> read(CsvReader csv, RegistrationRules rules) {
    return read(csv, rules, RegistrationCsvReader.BATCH, 0);
  }

  /**
   * @param expectedRows about how many rows the input has (0 when unknown), see {@link
   *     #expectedRows(long)}
   */
  static ImportResult<BirthRegistry> read(
      CsvReader csv, RegistrationRules rules, int expectedRows) {
    return read(csv, rules, RegistrationCsvReader.BATCH, expectedRows);
  }

  /**
   * An estimate of the rows of a registration file from its size, to size the duplicate check
   * once: a row of the library's own export with no name is 50 to 70 bytes, so 64 bytes per row;
   * files with names have longer rows and get a larger table than they need (at most a few times
   * 8 bytes per row, freed after reading), files with shorter rows grow it as any stream does.
   *
   * @param bytes the file's size
   * @return the estimated rows, at most {@link Integer#MAX_VALUE}
   */
  static int expectedRows(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, bytes) / 64);
  }

  /**
   * @param batch rows whose identifiers are checked together (0: one by one); the result does not
   *     depend on it (tested)
   */
  static ImportResult<BirthRegistry> read(
      CsvReader csv, RegistrationRules rules, int batch, int expectedRows) {
    BirthRegistry.Builder builder = BirthRegistry.builder(rules.gazetteer());
    // columns sized once for the estimate (at most IdSet.MAX_HINT rows); they grow past it
    builder.ensureCapacity(Math.min(expectedRows, IdSet.MAX_HINT));
    List<RowError> errors = new ArrayList<>();
    Sex[] sexes = Sex.values();
    new RegistrationCsvReader(csv, rules, expectedRows)
        .read(
            row -> {
              RegistrationFields f = row.fields();
              builder.addChecked(
                  f.place,
                  sexes[f.sex],
                  f.birth,
                  f.registration,
                  f.notice,
                  f.death,
                  f.facility,
                  f.certificate);
            },
            errors,
            false,
            batch);
    BirthRegistry registry = builder.build();
    return new ImportResult<>(registry, registry.size(), errors);
  }
}
