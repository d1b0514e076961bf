package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang lo} is entirely Lao and {@code --lang en} entirely English: the report is run in
 * both languages on the synthetic data, and every prose line, note and table cell of report.md, and
 * every title, note and column label of the JSON tables, is checked word by word.
 *
 * <p>What a Lao report may still hold in Latin letters is explicit and small: codes (unit codes
 * such as {@code LA03}, ISO codes, identifiers of bodies in a table's code column), dates and
 * numbers, file names, options and web addresses, the cells of a source column (a citation is
 * quoted as the source writes it), and the names below that have no Lao form. An English report may
 * hold Lao script only in the cells of a Lao-name column.
 */
class ReportLanguageTest {
  /** Proper names, acronyms and format names that stay as they are in a Lao text. */
  static final Set<String> NAMES =
      Set.of(
          "connect-lao",
          "OpenCRVS",
          "Open",
          "SDG",
          "SDGs",
          "CRVS",
          "JSON",
          "csv",
          "json",
          "CSV",
          "ISO",
          "OCHA",
          "COD-AB",
          "CC",
          "BY",
          "IGO",
          "CLDR",
          "DHIS2",
          "dataValueSets",
          "HDX",
          "geoBoundaries",
          "UNICEF",
          "WHO",
          "MIT",
          "lailao10x",
          "lao-address",
          "docs",
          "P-code");

  /** Columns (by their header in either language) whose cells are codes or citations, not prose. */
  static final Set<String> CODE_COLUMNS =
      Set.of(
          "ລະຫັດ",
          "code",
          "ແຫຼ່ງ",
          "ແຫຼ່ງຂໍ້ມູນ",
          "source",
          "ISO",
          "iso",
          "ອ້າງອີງ",
          "ref",
          "ອົງການ",
          "body",
          "ຂຶ້ນກັບ",
          "under",
          "id",
          "ແຜນງານ",
          "programme",
          "ກອງປະຊຸມ",
          "meeting",
          "area");

  /**
   * Columns of the cooperation catalogue that quote the catalogue's own text: its descriptions,
   * reasons, phase names and periods exist in English only (a Lao phrase where the source gave one),
   * as the section says; they are the one documented exception.
   */
  static final Set<String> CATALOGUE_COLUMNS =
      Set.of(
          "ລາຍລະອຽດ",
          "what",
          "ໄລຍະ",
          "phase",
          "ໄລຍະເວລາ",
          "period",
          "ເຫດທີ່ບໍ່ຮູ້",
          "why unknown",
          "ຜົນ",
          "reach",
          "outcome",
          "ຝ່າຍ",
          "party",
          "ກິດຈະກຳ");

  /** English words written in capitals, which are not codes. */
  static final Set<String> UPPER_CASE_WORDS =
      Set.of(
          "SYNTHETIC",
          "DERIVED",
          "VERIFIED",
          "UNVERIFIED",
          "SECONDARY",
          "UNOFFICIAL",
          "UNKNOWN",
          "NOTE");

  private static final Pattern LATIN_WORD =
      Pattern.compile("[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]");
  private static final Pattern LAO = Pattern.compile("[\\x{0E80}-\\x{0EFF}]");

  @TempDir static Path tmp;

  @BeforeAll
  static void runBothLanguages() throws Exception {
    for (String lang : List.of("lo", "en")) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          NationalReportJob.run(
              new String[] {
                "--out",
                tmp.resolve(lang).toString(),
                "--synthetic",
                "3000",
                "--no-charts",
                "--date",
                "2025-12-31",
                "--lang",
                lang
              },
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }
  }

  /** The prose and table cells of report.md, each with its line, code and citation cells left out. */
  static List<String> texts(Path report, Set<String> skipped) throws Exception {
    List<String> out = new ArrayList<>();
    List<String> header = List.of();
    int n = 0;
    for (String line : Files.readAllLines(report)) {
      n++;
      if (line.startsWith("|")) {
        List<String> cells =
            List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream()
                .map(String::strip)
                .toList();
        if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
          continue;
        }
        if (header.isEmpty()) {
          header = cells;
        }
        for (int i = 0; i < cells.size(); i++) {
          String h = i < header.size() ? header.get(i) : "";
          if (!CODE_COLUMNS.contains(h) && !CATALOGUE_COLUMNS.contains(h) && !skipped.contains(h)) {
            out.add(n + ": " + cells.get(i));
          }
        }
      } else {
        header = List.of();
        out.add(n + ": " + line);
      }
    }
    return out;
  }

  /** The Latin words of a Lao text that are not allowed. */
  static List<String> english(String text) {
    String t =
        text.replaceAll("ແຫຼ່ງ: .*$", " ")
            .replace("BMJ Global Health", " ")
            .replaceAll("https?://\\S+", " ")
            .replaceAll("\\]\\([^)]*\\)", "] ")
            .replaceAll("[\\w./-]+\\.(csv|json|md|png|svg|org|com|int|la|gov)\\b[\\w./-]*", " ")
            .replaceAll("--[a-z0-9-]+", " ")
            .replaceAll("\\b[A-Z]{2}(-[A-Z0-9]{1,3}|[0-9]{2,6}(_no_district)?)?\\b", " ");
    List<String> bad = new ArrayList<>();
    Matcher m = LATIN_WORD.matcher(t);
    while (m.find()) {
      String w = m.group();
      if (!NAMES.contains(w) && !(w.matches("[A-Z][A-Z0-9_-]+") && !UPPER_CASE_WORDS.contains(w))) {
        bad.add(w);
      }
    }
    return bad;
  }

  @Test
  void theLaoReportHasNoEnglishWord() throws Exception {
    List<String> found = new ArrayList<>();
    for (String line : texts(tmp.resolve("lo").resolve("report.md"), Set.of())) {
      List<String> bad = english(line.substring(line.indexOf(": ") + 2));
      if (!bad.isEmpty()) {
        found.add(line.substring(0, line.indexOf(": ")) + " " + bad + " in: " + line);
      }
    }
    assertThat(found).as("English words in the Lao report.md").isEmpty();
  }

  @Test
  void theLaoJsonTablesHaveLaoTitlesNotesAndLabels() throws Exception {
    List<String> found = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(tmp.resolve("lo"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(f.toFile());
        for (String field : List.of("title", "note")) {
          if (root.path(field).isTextual() && !english(root.get(field).asText()).isEmpty()) {
            found.add(f.getFileName() + " " + field + ": " + english(root.get(field).asText()));
          }
        }
        for (JsonNode label : root.path("labels")) {
          if (!english(label.asText()).isEmpty()) {
            found.add(f.getFileName() + " label: " + label.asText());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theEnglishReportHasNoLaoScriptOutsideLaoNames() throws Exception {
    List<String> found = new ArrayList<>();
    // the names column holds the officials' names as the sources write them, in Lao; a citation
    // quotes its title ("...") in the language of the source
    for (String line : texts(tmp.resolve("en").resolve("report.md"), Set.of("name"))) {
      if (LAO.matcher(line.replaceAll("\"[^\"]*\"", "")).find()) {
        found.add(line);
      }
    }
    assertThat(found).as("Lao script in the English report.md").isEmpty();
  }

  @Test
  void theCheckersFindWhatTheyLookFor() {
    assertThat(
            english(
                "ບໍ່ມີຄ່າ LA03 2016-01-01 SDG connect-lao birth-registration-release.csv --lang"))
        .isEmpty();
    assertThat(english("ບໍ່ມີຄ່າ (no population for LA03)"))
        .containsExactly("no", "population", "for");
    assertThat(english("ຂໍ້ມູນ SYNTHETIC MOHA-DCM")).containsExactly("SYNTHETIC");
    assertThat(LAO.matcher("no value ບໍ່ມີຄ່າ").find()).isTrue();
  }
}
