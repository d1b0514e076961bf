package io.github.connectlao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments and docs cite only what a reader of the repository can see: no issue numbers ("issue 6",
 * "(#12)", "see #12") and no documents outside it (the design notes, the project's shared folder,
 * the source documents outside {@code src/test/resources/seeds/}). Scans every {@code src/**}/*.java}
 * of every module, {@code docs/**}/*.md}, {@code README.md} and {@code CONTRIBUTING.md}.
 *
 * <p>"record #1" (a position in an input) is not an issue number and is allowed. This file is not
 * scanned: it quotes the forbidden forms as test data.
 */
class NoHiddenCitationsTest {
  /** Each forbidden form, with what to write instead. */
  private static final Map<Pattern, String> FORBIDDEN =
      Map.of(
          Pattern.compile("(?i)\\bissues?\\s*#?\\d+"),
          "an issue number: say what the code does and why, not which ticket asked for it",
          Pattern.compile(
              "(?i)(?:\\(|\\b(?:see|fixes|fixed|closes|resolves|per|PR|pull request)\\s+)#\\d+\\b"),
          "an issue or pull-request number: say the reason itself",
          Pattern.compile(
              "(?i:\\bdesign notes\\b)|\\bDESIGN\\.md\\b|\\bGLOSSARY\\.md\\b|\\bbriefs?/"),
          "a document outside the repository: cite docs/ or the published source",
          Pattern.compile("\\.\\./shared/|(?<![\\w/])shared/(?:data|seeds)/|/work/"),
          "a path outside the repository: cite the published source or a file in the repository",
          Pattern.compile("(?<!resources/)(?<!\"/)\\bseeds/"),
          "the source documents outside the repository: name the document, or its copy under src/test/resources/seeds/");

  @Test
  void noCommentOrDocCitesWhatAReaderCannotSee() throws IOException {
    Path root = repositoryRoot();
    List<String> found = new ArrayList<>();
    for (Path file : scannedFiles(root)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (String reason : findings(lines.get(i))) {
          found.add(
              root.relativize(file)
                  + ":"
                  + (i + 1)
                  + ": "
                  + reason
                  + "\n    "
                  + lines.get(i).strip());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScanReachesEveryKindOfFile() throws IOException {
    List<String> names =
        scannedFiles(repositoryRoot()).stream()
            .map(p -> repositoryRoot().relativize(p).toString())
            .toList();
    assertThat(names)
        .contains("README.md", "CONTRIBUTING.md", "docs/architecture.md")
        .anyMatch(n -> n.startsWith("core/src/main/java/"))
        .anyMatch(n -> n.startsWith("core/src/test/java/"))
        .anyMatch(n -> n.startsWith("json/src/main/java/"))
        .anyMatch(n -> n.startsWith("examples/src/main/java/"))
        .noneMatch(n -> n.contains("/target/"));
  }

  @Test
  void theFormsItRefuses() {
    assertThat(findings("// the columnar registry (issue 6) counts")).hasSize(1);
    assertThat(findings(" * fixed in Issue #12.")).hasSize(1);
    assertThat(findings("see #12 for the reason")).hasSize(1);
    assertThat(findings("merged (#31)")).hasSize(1);
    assertThat(findings("as the design notes suggest")).hasSize(1);
    assertThat(findings("read ../shared/data/ocha.csv")).hasSize(1);
    assertThat(findings("copied from shared/data/ocha.csv")).hasSize(1);
    assertThat(findings("quoted in seeds/000.txt")).hasSize(1);
    assertThat(findings("the rule in GLOSSARY.md")).hasSize(1);
  }

  @Test
  void theFormsItAllows() {
    assertThat(findings("duplicates the id of record #1 (the id is not shown)")).isEmpty();
    assertThat(findings("its copy under src/test/resources/seeds/000.txt")).isEmpty();
    assertThat(findings("getResourceAsStream(\"/seeds/\" + name)")).isEmpty();
    assertThat(findings("colour #1f77b4; see docs/glossary.md")).isEmpty();
    assertThat(findings("no issues found in 3 files")).isEmpty();
  }

  private static List<String> findings(String line) {
    List<String> reasons = new ArrayList<>();
    FORBIDDEN.forEach(
        (pattern, reason) -> {
          if (pattern.matcher(line).find()) {
            reasons.add(reason);
          }
        });
    return reasons;
  }

  private static List<Path> scannedFiles(Path root) throws IOException {
    List<Path> files =
        new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("CONTRIBUTING.md")));
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile)
          .filter(
              p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                // this file quotes the forbidden forms as test data
                if (rel.startsWith(".")
                    || rel.contains("/target/")
                    || rel.startsWith("target/")
                    || rel.endsWith("/" + NoHiddenCitationsTest.class.getSimpleName() + ".java")) {
                  return false;
                }
                return rel.endsWith(".java") && rel.contains("/src/")
                    || rel.startsWith("docs/") && rel.endsWith(".md");
              })
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  /** The folder holding the parent pom: the tests run in {@code core/}. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("CONTRIBUTING.md"))
          && Files.isDirectory(p.resolve("core"))) {
        return p;
      }
    }
    throw new UncheckedIOException(new IOException("no repository root above " + dir));
  }
}
