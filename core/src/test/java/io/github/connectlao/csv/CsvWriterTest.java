package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void formulaCellsAreNeutralised() {
    assertThat(CsvWriter.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(CsvWriter.neutralise("+1+2")).isEqualTo("'+1+2");
    assertThat(CsvWriter.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvWriter.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(CsvWriter.neutralise("'=1")).isEqualTo("''=1");
    assertThat(CsvWriter.neutralise("-5")).isEqualTo("-5");
    assertThat(CsvWriter.neutralise("+1.25")).isEqualTo("+1.25");
    assertThat(CsvWriter.neutralise("Bokeo")).isEqualTo("Bokeo");
    assertThat(CsvWriter.neutralise("")).isEqualTo("");
  }

  @Test
  void writtenFileQuotesAndNeutralises() {
    StringWriter out = new StringWriter();
    CsvWriter.of(out)
        .row("code", "name")
        .row("LA05", "=cmd|' /C calc'!A0")
        .row("a,b", "say \"hi\"")
        .flush();
    assertThat(out.toString())
        .isEqualTo("code,name\r\nLA05,'=cmd|' /C calc'!A0\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n");
  }

  @Test
  void byteOrderMarkAndSemicolon() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter w = CsvWriter.of(bytes, true)) {
      w.withSeparator(';').row("ລະຫັດ", "a;b").flush();
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFລະຫັດ;\"a;b\"\r\n");
  }

  @Test
  void neutraliseIsInvertedOnImport() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(s -> assertThat(CsvWriter.unneutralise(CsvWriter.neutralise(s))).isEqualTo(s));
    qt().withExamples(2000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert(
            s -> {
              String n = CsvWriter.neutralise(s);
              assertThat(
                      n.isEmpty()
                          || "=+-@\t\r".indexOf(n.charAt(0)) < 0
                          || n.matches("[+-]?\\d+(\\.\\d+)?"))
                  .isTrue();
            });
  }

  @Test
  void anyTableSurvivesExportAndImport() {
    CsvColumn a = CsvColumn.of("a", "ກ");
    CsvColumn b = CsvColumn.of("b");
    qt().withExamples(500)
        .forAll(
            strings().allPossible().ofLengthBetween(0, 20),
            strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 20))
        .checkAssert(
            (x, y) -> {
              // a lone surrogate has no UTF-8 form (files are bytes): it becomes '?' like any
              // encoder writes it
              String cellA =
                  x.replace('\uFFFD', '?')
                      .replace('\uFEFF', '?')
                      .replaceAll("\\p{Cs}", "?")
                      .strip();
              String cellB =
                  y.replace('\uFFFD', '?')
                      .replace('\uFEFF', '?')
                      .replaceAll("\\p{Cs}", "?")
                      .strip();
              String csv =
                  new CsvTable(
                          List.of(a, b), List.of(List.of(cellA, cellB.isEmpty() ? "z" : cellB)))
                      .toCsv(HeaderLanguage.LAO);
              try (CsvReader r = CsvReader.of(new StringReader(csv), "t")) {
                Map<String, Integer> index = r.bind(List.of(a, b), List.of(a, b));
                CsvRow row = r.next(index).orElseThrow();
                assertThat(row.get(a).orElse("")).isEqualTo(cellA);
                assertThat(row.get(b).orElse("")).isEqualTo(cellB.isEmpty() ? "z" : cellB);
              }
            });
  }

  @Test
  void formulasAfterLeadingSpacesAndInFullWidthFormsAreNeutralised() {
    for (String cell :
        List.of(" =1+2", "  @SUM(A1)", "\uFF1D1+2", "\uFF0Bx", "\uFF0Dx", "\uFF20x", "\u3000=x")) {
      assertThat(CsvWriter.neutralise(cell)).isEqualTo("'" + cell);
      assertThat(CsvWriter.unneutralise(CsvWriter.neutralise(cell))).isEqualTo(cell);
    }
    assertThat(CsvWriter.neutralise(" -5")).isEqualTo(" -5");
    assertThat(CsvWriter.neutralise("a =b")).isEqualTo("a =b");
  }
}
