package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.connectlao.csv.CsvTokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The report's output folder: all or nothing (a temporary folder moved into place), the CSV and
 * JSON forms of a table (stable keys, no value as an empty cell or {@code null}, bilingual columns,
 * the synthetic label), the terminal view, images and TODOs.
 */
class ReportOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream terminalBytes = new ByteArrayOutputStream();
  private final PrintStream terminal = new PrintStream(terminalBytes, true, StandardCharsets.UTF_8);

  private String terminal() {
    return terminalBytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The cells of a CSV text, read back with the library's tokenizer. */
  static List<List<String>> readCsv(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvTokenizer t =
        CsvTokenizer.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      while (t.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
          row.add(t.text(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void writesIntoAHiddenTemporaryFolderBesideTheTargetUntilFinish(@TempDir Path tmp)
      throws IOException {
    Path target = tmp.resolve("report");
    ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
    assertThat(out.target()).isEqualTo(target.toAbsolutePath().normalize());
    assertThat(out.dir().getParent()).isEqualTo(out.target().getParent());
    assertThat(out.dir().getFileName().toString()).matches("\\.report\\.tmp-[0-9a-f]{8}");
    out.table(Table.builder("t", "a table", "a").row(1).build());
    assertThat(target).doesNotExist();
    assertThat(out.dir().resolve("t.csv")).isRegularFile();

    List<Path> files = out.finish();
    assertThat(files)
        .containsExactly(
            out.target().resolve("report.md"),
            out.target().resolve("t.csv"),
            out.target().resolve("t.json"));
    assertThat(names(tmp)).containsExactly("report");
    assertThat(names(target)).containsExactly("report.md", "t.csv", "t.json");
  }

  @Test
  void finishReplacesAnOlderReportFolderAsAWhole(@TempDir Path tmp) throws IOException {
    Path target = tmp.resolve("report");
    Files.createDirectories(target.resolve("sub"));
    Files.writeString(target.resolve("stale.csv"), "old\n");
    Files.writeString(target.resolve("sub").resolve("deep.txt"), "old\n");
    ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
    out.text("new");
    out.finish();
    assertThat(names(target)).containsExactly("report.md");
    assertThat(names(tmp)).containsExactly("report"); // no .old- folder left behind
  }

  @Test
  void abortDeletesTheTemporaryFolderAndLeavesTheOldReportUntouched(@TempDir Path tmp)
      throws IOException {
    Path target = tmp.resolve("report");
    Files.createDirectories(target);
    Files.writeString(target.resolve("report.md"), "# the old report\n");
    ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
    out.table(Table.builder("t", "a table", "a").row(1).build());
    out.abort();
    assertThat(names(tmp)).containsExactly("report");
    assertThat(names(target)).containsExactly("report.md");
    assertThat(Files.readString(target.resolve("report.md"))).isEqualTo("# the old report\n");
  }

  @Test
  void aTargetThatIsAFileIsAUsageErrorNamingTheOption(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThatThrownBy(() -> new ReportOutput(file, terminal, Lang.EN, false))
        .isInstanceOf(UsageException.class)
        .hasMessage("--out: '" + file + "' is a file, not a folder");
    assertThat(names(tmp)).containsExactly("a-file"); // nothing created beside it
  }

  @Test
  void theRootFolderIsAUsageError() {
    Path root = Path.of("/").toAbsolutePath().getRoot();
    assertThatThrownBy(() -> new ReportOutput(root, terminal, Lang.EN, false))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--out: ");
  }

  @Test
  void aParentThatCannotBeCreatedIsAUsageErrorNamingTheOption(@TempDir Path tmp)
      throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path under = file.resolve("report"); // its parent is a file
    assertThatThrownBy(() -> new ReportOutput(under, terminal, Lang.EN, false))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--out: cannot create a folder beside '" + under + "'");
  }

  @Test
  void nothingCanBeWrittenAfterFinish(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.finish();
    assertThatThrownBy(() -> out.document("late.txt", "too late", "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the report is finished");
    assertThat(names(tmp.resolve("r"))).containsExactly("report.md");
  }

  @Test
  void csvHasStableKeysBilingualColumnsAndNoValueAsAnEmptyCell(@TempDir Path tmp)
      throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.BOTH, false);
    out.table(
        Table.builder("units", "Units", "code", "province", "births", "completeness %")
            .row("LA05", Table.text("Bokeo", "ບໍ່ແກ້ວ"), 1234L, 71.25)
            .row("LA03", Table.text("Louangnamtha", ""), null, Double.NaN)
            .row("LA99", null, 0L, 0.0)
            .build());
    out.finish();
    Path dir = tmp.resolve("r");
    assertThat(Files.readString(dir.resolve("units.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "code,province_en,province_lo,births,completeness_pct\r\n"
                + "LA05,Bokeo,ບໍ່ແກ້ວ,1234,71.25\r\n"
                + "LA03,Louangnamtha,,,\r\n"
                + "LA99,,,0,0.0\r\n");
    JsonNode doc = JSON.readTree(dir.resolve("units.json").toFile());
    assertThat(doc.get("id").asText()).isEqualTo("units");
    assertThat(doc.get("title").asText()).isEqualTo("Units");
    assertThat(doc.get("synthetic").asBoolean()).isFalse();
    assertThat(doc.has("note")).isFalse();
    assertThat(JSON.convertValue(doc.get("columns"), List.class))
        .containsExactly("code", "province_en", "province_lo", "births", "completeness_pct");
    JsonNode second = doc.get("rows").get(1);
    assertThat(second.get("province_en").asText()).isEqualTo("Louangnamtha");
    assertThat(second.get("province_lo").isNull()).isTrue();
    assertThat(second.get("births").isNull()).isTrue(); // no value is null, never 0
    assertThat(second.get("completeness_pct").isNull()).isTrue();
    JsonNode third = doc.get("rows").get(2);
    assertThat(third.get("births").isNumber()).isTrue();
    assertThat(third.get("births").asLong()).isZero(); // a real 0 stays 0
  }

  @Test
  void aSyntheticTableSaysSoInEveryCsvRowAndAtTheTopOfTheJson(@TempDir Path tmp)
      throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.table(
        Table.builder("s", "Births", "code", "births")
            .row("LA", 10L)
            .row("LA01", 4L)
            .synthetic(true)
            .note("generated births")
            .build());
    out.finish();
    Path dir = tmp.resolve("r");
    assertThat(Files.readAllLines(dir.resolve("s.csv")))
        .containsExactly("data,code,births", "SYNTHETIC,LA,10", "SYNTHETIC,LA01,4");
    JsonNode doc = JSON.readTree(dir.resolve("s.json").toFile());
    assertThat(doc.get("synthetic").asBoolean()).isTrue();
    assertThat(doc.get("note").asText()).isEqualTo("generated births");
    assertThat(JSON.convertValue(doc.get("columns"), List.class)).containsExactly("code", "births");
    assertThat(doc.get("rows").get(1).get("births").asLong()).isEqualTo(4);
  }

  @Test
  void aBomIsWrittenOnlyWhenAsked(@TempDir Path tmp) throws IOException {
    for (boolean bom : new boolean[] {true, false}) {
      Path target = tmp.resolve("r" + bom);
      ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false, bom);
      out.table(Table.builder("t", "t", "a").row("ບ").build());
      out.finish();
      byte[] bytes = Files.readAllBytes(target.resolve("t.csv"));
      boolean starts =
          bytes.length >= 3
              && bytes[0] == (byte) 0xEF
              && bytes[1] == (byte) 0xBB
              && bytes[2] == (byte) 0xBF;
      assertThat(starts).as("BOM " + bom).isEqualTo(bom);
      // the JSON never has one
      assertThat(Files.readString(target.resolve("t.json"))).startsWith("{");
    }
  }

  @Test
  void aCellASpreadsheetWouldEvaluateIsNeutralisedButNumbersAreNot(@TempDir Path tmp)
      throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.table(Table.builder("f", "f", "name", "n").row("=HYPERLINK(\"x\")", -5L).build());
    out.finish();
    List<List<String>> rows = readCsv(Files.readString(tmp.resolve("r").resolve("f.csv")));
    assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"x\")", "-5");
  }

  /** Texts a spreadsheet would not take for a formula (no leading =+-@), with commas, quotes, breaks. */
  private static Gen<String> text() {
    return strings()
        .betweenCodePoints(0x20, 0x0EFF) // ASCII, Latin, ..., Lao; '~' stands for a line break
        .ofLengthBetween(0, 12)
        .map(s -> s.replace('~', '\n'))
        .assuming(s -> s.isEmpty() || "=+-@".indexOf(s.charAt(0)) < 0);
  }

  @Test
  void everyTextCellReadsBackTheSameFromTheCsvAndTheJson(@TempDir Path tmp) {
    int[] n = {0};
    qt().withExamples(60)
        .forAll(lists().of(lists().of(text()).ofSize(3)).ofSizeBetween(1, 6))
        .checkAssert(
            rows -> {
              try {
                Table.Builder b = Table.builder("p", "property", "a", "b", "c");
                for (List<String> r : rows) {
                  b.row(r.toArray());
                }
                Path target = tmp.resolve("r" + n[0]++);
                ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
                out.table(b.build());
                out.finish();
                // "–" is the one text that means no value: it reads back as an empty cell
                List<List<String>> expected = new ArrayList<>();
                for (List<String> r : rows) {
                  expected.add(r.stream().map(c -> c.equals("–") ? "" : c).toList());
                }
                List<List<String>> csv = readCsv(Files.readString(target.resolve("p.csv")));
                assertThat(csv.get(0)).containsExactly("a", "b", "c");
                assertThat(csv.subList(1, csv.size())).isEqualTo(expected);
                JsonNode json = JSON.readTree(target.resolve("p.json").toFile()).get("rows");
                assertThat(json.size()).isEqualTo(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                  for (int j = 0; j < 3; j++) {
                    JsonNode cell = json.get(i).get(List.of("a", "b", "c").get(j));
                    String want = expected.get(i).get(j);
                    assertThat(cell.isNull() ? "" : cell.asText()).isEqualTo(want);
                  }
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void reportMdHasTheTitleHeadingsTablesAndTheTodosAtTheEnd(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.title("National report");
    out.heading("Section");
    out.text("A paragraph.", "ວັກ.");
    out.todo("the district map needs district populations");
    out.table(
        Table.builder("t", "A table", "name", "n")
            .row("a|b", 3L)
            .row("c", null)
            .note("a note")
            .build());
    out.document("doc.json", "the document", "ເອກະສານ", "{}\n");
    out.finish();
    String md = Files.readString(tmp.resolve("r").resolve("report.md"));
    assertThat(md)
        .startsWith("# National report\n\n")
        .contains("\n## Section\n\nA paragraph.\n\n")
        .doesNotContain("ວັກ")
        .contains("> **TODO:** the district map needs district populations")
        .contains("**A table** ([csv](t.csv), [json](t.json))")
        .contains("| name | n |\n| --- | ---: |\n| a\\|b | 3 |\n| c | – |\n")
        .contains("*a note*")
        .contains("*the document: [doc.json](doc.json)*")
        .endsWith("## Not yet in this report\n\n- the district map needs district populations\n");
    assertThat(Files.readString(tmp.resolve("r").resolve("doc.json"))).isEqualTo("{}\n");
    assertThat(terminal())
        .contains("National report\n===============\n")
        .contains("Section\n-------\n")
        .contains("TODO: the district map needs district populations");
  }

  @Test
  void bothLanguagesGiveBothParagraphsAndTheLaoLinkText(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.BOTH, false);
    out.text("A paragraph.", "ວັກ.");
    out.document("d.txt", "the document", "ເອກະສານ", "x");
    out.finish();
    assertThat(Files.readString(tmp.resolve("r").resolve("report.md")))
        .contains("A paragraph.\n\nວັກ.\n\n")
        .contains("*the document ເອກະສານ: [d.txt](d.txt)*");
    ReportOutput lao = new ReportOutput(tmp.resolve("lo"), terminal, Lang.LO, false);
    lao.text("A paragraph.", "ວັກ.");
    lao.finish();
    assertThat(Files.readString(tmp.resolve("lo").resolve("report.md")))
        .contains("ວັກ.")
        .doesNotContain("A paragraph.");
  }

  @Test
  void noReportMdTodoSectionWithoutTodos(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.text("all there");
    assertThat(out.todos()).isEmpty();
    out.finish();
    assertThat(Files.readString(tmp.resolve("r").resolve("report.md")))
        .doesNotContain("Not yet in this report");
  }

  @Test
  void theTerminalShowsTheFirst25RowsFittedTo120Columns(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    Table.Builder b = Table.builder("long", "A long table", "name", "description", "n");
    for (int i = 0; i < 30; i++) {
      b.row("unit " + i, "x".repeat(200), (long) i);
    }
    out.table(b.build());
    out.finish();
    List<String> lines = terminal().lines().toList();
    assertThat(lines).allMatch(l -> TextWidth.of(l) <= ReportOutput.TERMINAL_WIDTH);
    assertThat(lines).anyMatch(l -> l.startsWith("  unit 24 "));
    assertThat(lines).noneMatch(l -> l.startsWith("  unit 25 "));
    assertThat(lines).contains("  … 5 more rows in long.csv");
    // the files keep every row, whole
    assertThat(Files.readAllLines(tmp.resolve("r").resolve("long.csv")))
        .hasSize(31)
        .contains("unit 29," + "x".repeat(200) + ",29");
  }

  @Test
  void numbersAreRightAlignedOnTheTerminal(@TempDir Path tmp) throws IOException {
    ReportOutput out = new ReportOutput(tmp.resolve("r"), terminal, Lang.EN, false);
    out.table(Table.builder("t", "t", "name", "births").row("a", 5L).row("b", 12345L).build());
    out.finish();
    assertThat(terminal()).contains("  name  births\n  a          5\n  b      12345\n");
  }

  @Test
  void imagesAreSkippedWithoutChartsAndAFailedDrawingBecomesATodo(@TempDir Path tmp)
      throws IOException {
    ReportOutput off = new ReportOutput(tmp.resolve("off"), terminal, Lang.EN, false);
    assertThat(off.charts()).isFalse();
    off.image(
        "never",
        "never drawn",
        file -> {
          throw new AssertionError("drawn with --no-charts");
        });
    assertThat(off.finish()).containsExactly(off.target().resolve("report.md"));

    ReportOutput on = new ReportOutput(tmp.resolve("on"), terminal, Lang.EN, true);
    on.image("ok", "An image", file -> Files.write(file, new byte[] {1}));
    on.image(
        "broken",
        "A broken image",
        file -> {
          throw new IllegalStateException("no font\nsecond line");
        });
    assertThat(on.todos()).containsExactly("broken could not be drawn on this machine: no font");
    List<Path> files = on.finish();
    assertThat(files)
        .containsExactly(on.target().resolve("report.md"), on.target().resolve("ok.png"));
    assertThat(Files.readString(on.target().resolve("report.md")))
        .contains("![An image](ok.png)")
        .doesNotContain("broken.png")
        .contains("- broken could not be drawn on this machine: no font");
    assertThat(terminal()).contains("  image: ok.png", "  broken skipped: no font");
  }

  @Test
  void anSvgWrittenBesideAnImageIsListed(@TempDir Path tmp) throws IOException {
    ReportOutput on = new ReportOutput(tmp.resolve("on"), terminal, Lang.EN, true);
    on.image(
        "map",
        "A map",
        file -> {
          Files.write(file, new byte[] {1});
          Files.writeString(file.resolveSibling("map.svg"), "<svg/>");
        });
    assertThat(on.finish())
        .containsExactly(
            on.target().resolve("report.md"),
            on.target().resolve("map.png"),
            on.target().resolve("map.svg"));
  }

  @Test
  void chartsAndTitlesUseEnglishAloneWhenBothLanguagesAreAsked(@TempDir Path tmp) {
    ReportOutput both = new ReportOutput(tmp.resolve("b"), terminal, Lang.BOTH, true);
    ReportOutput lao = new ReportOutput(tmp.resolve("l"), terminal, Lang.LO, true);
    ReportOutput en = new ReportOutput(tmp.resolve("e"), terminal, Lang.EN, true);
    assertThat(both.lang()).isEqualTo(Lang.BOTH);
    assertThat(both.titleLang()).isEqualTo(Lang.EN);
    assertThat(en.titleLang()).isEqualTo(Lang.EN);
    assertThat(en.chartLang()).isEqualTo(Lang.EN);
    if (Charts.laoAvailable()) {
      assertThat(both.chartLang()).isEqualTo(Lang.BOTH);
      assertThat(lao.chartLang()).isEqualTo(Lang.LO);
      assertThat(lao.titleLang()).isEqualTo(Lang.LO);
    } else {
      assertThat(lao.chartLang()).isEqualTo(Lang.EN);
      assertThat(lao.titleLang()).isEqualTo(Lang.EN);
    }
    both.abort();
    lao.abort();
    en.abort();
  }
}
