package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer reads a plain record (in the buffer, unquoted, no limit near) by a fast path that
 * takes every separator and line end of eight bytes from one bit mask, and any other record by the
 * general path. Random files of separators, quotes, every line end, blanks, Lao text and invalid
 * UTF-8, under the default and under tiny limits, give the same records (line, cells, quoting,
 * problem and its field) with the fast path as without it.
 */
class CsvTokenizerFastPathTest {
  private static final byte[][] PIECES = {
    "a".getBytes(StandardCharsets.UTF_8),
    "bc".getBytes(StandardCharsets.UTF_8),
    "2020-01-01".getBytes(StandardCharsets.UTF_8),
    ",".getBytes(StandardCharsets.UTF_8),
    ",".getBytes(StandardCharsets.UTF_8),
    ";".getBytes(StandardCharsets.UTF_8),
    "\"".getBytes(StandardCharsets.UTF_8),
    "\"\"".getBytes(StandardCharsets.UTF_8),
    "\n".getBytes(StandardCharsets.UTF_8),
    "\n".getBytes(StandardCharsets.UTF_8),
    "\r\n".getBytes(StandardCharsets.UTF_8),
    "\r".getBytes(StandardCharsets.UTF_8),
    " ".getBytes(StandardCharsets.UTF_8),
    "\t".getBytes(StandardCharsets.UTF_8),
    "ນະຄອນ".getBytes(StandardCharsets.UTF_8),
    {(byte) 0xFF},
    {(byte) 0xE0, (byte) 0xBA},
    "\uFEFF".getBytes(StandardCharsets.UTF_8),
  };

  /** Every record as line, cells with their quoting, problem and problem field. */
  private static List<String> records(CsvTokenizer t) {
    List<String> out = new ArrayList<>();
    try (t) {
      while (t.next()) {
        StringBuilder sb = new StringBuilder().append(t.line()).append(' ');
        sb.append(t.problemField()).append(' ').append(t.problem()).append(" |");
        if (!t.hasProblem()) {
          for (int f = 0; f < t.size(); f++) {
            sb.append(t.isQuoted(f) ? "q" : "p").append(t.text(f)).append('|');
          }
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  private static byte[] file(long seed) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pieces = random.nextInt(120);
    for (int i = 0; i < pieces; i++) {
      // mostly plain rows, so that the fast path is taken often and gives up at every kind of byte
      byte[] piece = random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[i % 4];
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }

  @Test
  void theFastPathReadsEveryRecordAsTheGeneralPathDoes() {
    CsvTokenizer.Limits tiny = new CsvTokenizer.Limits(6, 24, 5);
    qt().withExamples(3_000)
        .forAll(longs().all(), integers().between(0, 1))
        .checkAssert(
            (seed, small) -> {
              byte[] bytes = file(seed);
              CsvTokenizer.Limits limits = small == 1 ? tiny : CsvTokenizer.Limits.DEFAULT;
              List<String> fast = records(CsvTokenizer.of(new ByteArrayInputStream(bytes), limits));
              List<String> general =
                  records(CsvTokenizer.withoutFastPath(new ByteArrayInputStream(bytes), limits));
              assertThat(fast).isEqualTo(general);
            });
  }

  @Test
  void aLongFileOfPlainRowsAcrossManyBuffersReadsTheSame() {
    StringBuilder s = new StringBuilder();
    Random random = new Random(7);
    for (int row = 0; row < 40_000; row++) {
      s.append("ID-").append(row).append(",F,2020-01-").append(10 + random.nextInt(19));
      s.append(random.nextInt(50) == 0 ? ",\"a,b\"" : ",x");
      s.append(random.nextInt(3) == 0 ? "\r\n" : random.nextInt(9) == 0 ? "\r" : "\n");
    }
    byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
    List<String> fast =
        records(CsvTokenizer.of(new ByteArrayInputStream(bytes), CsvTokenizer.Limits.DEFAULT));
    assertThat(fast).hasSize(40_000);
    assertThat(fast)
        .isEqualTo(
            records(
                CsvTokenizer.withoutFastPath(
                    new ByteArrayInputStream(bytes), CsvTokenizer.Limits.DEFAULT)));
  }
}
