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
    return read(csv, rules, RegistrationCsvReader.BATCH);
  }

  /**
   * @param batch rows whose identifiers are checked together (0: one by one); the result does not
   *     depend on it (tested)
   */
  static ImportResult<BirthRegistry> read(CsvReader csv, RegistrationRules rules, int batch) {
    BirthRegistry.Builder builder = BirthRegistry.builder(rules.gazetteer());
    List<RowError> errors = new ArrayList<>();
    Sex[] sexes = Sex.values();
    new RegistrationCsvReader(csv, rules)
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
