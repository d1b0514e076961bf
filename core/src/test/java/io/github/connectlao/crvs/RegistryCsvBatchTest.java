package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The registry reader checks identifiers in batches; whatever the batch size (1 to 7 here, so that
 * the random files of {@link RegistrationReadersAgreeTest} fill many batches and end in the middle
 * of one), it accepts the same rows and reports the same errors, in the same order, as the object
 * reader, which checks them one by one.
 */
class RegistryCsvBatchTest {
  private static ImportResult<BirthRegistry> columns(byte[] bytes, int batch) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "mixed.csv")) {
      return RegistryCsv.read(
          csv, RegistrationReadersAgreeTest.RULES, batch, RegistryCsv.expectedRows(bytes.length));
    }
  }

  @Test
  void anyBatchSizeGivesTheRowsAndErrorsOfTheObjectReader() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 7))
        .checkAssert(
            (seed, batch) -> {
              byte[] bytes = RegistrationReadersAgreeTest.file(seed).out.toByteArray();
              var objects = RegistrationReadersAgreeTest.objects(bytes);
              ImportResult<BirthRegistry> c = columns(bytes, batch);
              assertThat(c.errors()).isEqualTo(objects.errors());
              BirthRegistry.Builder fromObjects =
                  BirthRegistry.builder(RegistrationReadersAgreeTest.RULES);
              objects.accepted().forEach(fromObjects::add);
              RegistrationReadersAgreeTest.assertSameRegistry(fromObjects.build(), c.accepted());
            });
  }

  @Test
  void duplicatesAcrossAndWithinBatchesAreReportedAtTheirLinesInOrder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder s = new StringBuilder("id,sex,date_of_birth,place_of_birth\n");
    for (int i = 0; i < 1000; i++) {
      s.append("ID-").append(i % 300).append(",F,2020-01-01,LA0101\n");
      if (i % 97 == 0) {
        s.append("ID-x,F,2999-01-01,LA0101\n"); // a rule error between batches
      }
    }
    out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    for (int batch : new int[] {0, 1, 5, RegistrationCsvReader.BATCH}) {
      ImportResult<BirthRegistry> r = columns(out.toByteArray(), batch);
      assertThat(r.accepted().size()).isEqualTo(300);
      assertThat(r.errors()).hasSize(700 + 11);
      assertThat(r.errors()).isSortedAccordingTo((a, b) -> Long.compare(a.line(), b.line()));
      assertThat(r.errors().stream().filter(e -> e.reason().contains("duplicates the id of line")))
          .hasSize(700);
    }
  }
}
