package io.github.connectlao.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every data file shipped in the jar has a licence line in META-INF/DATA-LICENSES.md, and no
 * shipped file is under a share-alike or copyleft licence.
 */
class DataLicencesTest {
  private static final Path DATA = Path.of("src/main/resources/io/github/connectlao/data");

  private static String licences() throws IOException {
    try (InputStream in =
        DataLicencesTest.class.getResourceAsStream("/META-INF/DATA-LICENSES.md")) {
      assertThat(in).as("META-INF/DATA-LICENSES.md is on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyShippedDataFileHasALicenceLine() throws IOException {
    String table =
        licences().lines().filter(l -> l.startsWith("| `")).reduce("", (a, b) -> a + b + "\n");
    List<String> files;
    try (Stream<Path> s = Files.walk(DATA)) {
      files =
          s.filter(Files::isRegularFile)
              .map(p -> DATA.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    for (String file : files) {
      assertThat(table).as("licence line for " + file).contains("`" + file + "`");
    }
  }

  /** The other way round: every file the table names is shipped (no line for a file removed). */
  @Test
  void everyFileNamedInTheTableIsShipped() throws IOException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("`([^`/]+\\.(?:csv|json|md))`")
            .matcher(
                licences()
                    .lines()
                    .filter(l -> l.startsWith("| `"))
                    .map(l -> l.substring(0, l.indexOf(" | ", 2)))
                    .reduce("", (a, b) -> a + b + "\n"));
    int named = 0;
    while (m.find()) {
      named++;
      assertThat(DATA.resolve(m.group(1))).as("shipped file named in the table").isRegularFile();
    }
    assertThat(named).isGreaterThan(20);
  }

  @Test
  void noShareAlikeOrCopyleftLicenceIsShipped() throws IOException {
    String table =
        licences().lines().filter(l -> l.startsWith("| `")).reduce("", (a, b) -> a + b + "\n");
    assertThat(table).doesNotContain("BY-SA").doesNotContain("LGPL").doesNotContain("GPL");
  }
}
