package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  static final CsvColumn CODE = CsvColumn.of("code", "unit_code", "ລະຫັດ");
  static final CsvColumn COUNT = CsvColumn.of("count", "n");
  static final CsvColumn NOTE = CsvColumn.of("note");
  static final List<CsvColumn> COLUMNS = List.of(CODE, COUNT, NOTE);

  record Item(String code, int count) {}

  static final Function<CsvRow, Item> ITEM =
      row -> {
        String n = row.require(COUNT);
        try {
          return new Item(row.require(CODE), Integer.parseInt(n));
        } catch (NumberFormatException e) {
          throw new InvalidValueException("count", n, "is not a whole number");
        }
      };

  private static ImportResult<List<Item>> read(String text, OnBadRow onBadRow) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "items.csv")) {
      return csv.importRows(COLUMNS, List.of(CODE, COUNT), ITEM, onBadRow);
    }
  }

  @Test
  void nextWellFormedReportsEachMalformedRecordAndReturnsTheNextGoodRow() {
    try (CsvReader csv =
        CsvReader.of(new StringReader("a,b\n1,2\n3,x\"y\n\"4\"z,5\n6,7\n"), "w.csv")) {
      java.util.Map<String, Integer> index = csv.bind(List.of(CsvColumn.of("a")), List.of());
      List<RowError> errors = new ArrayList<>();
      assertThat(csv.nextWellFormed(index, errors).orElseThrow().line()).isEqualTo(2);
      assertThat(errors).isEmpty();
      CsvRow next = csv.nextWellFormed(index, errors).orElseThrow();
      assertThat(next.line()).isEqualTo(5);
      assertThat(next.get(CsvColumn.of("a"))).contains("6");
      assertThat(errors).extracting(RowError::line).containsExactly(3L, 4L);
      assertThat(csv.nextWellFormed(index, errors)).isEmpty();
      assertThat(errors).hasSize(2);
    }
  }

  @Test
  void aReaderWithoutHeaderReturnsEveryRecordAsARow_aMalformedFirstOneWithItsProblem() {
    try (CsvReader csv =
        CsvReader.withoutHeader(new StringReader("\uFEFFa;\"b\"x;c\n\nd;e;f\n"), "h.csv")) {
      assertThat(csv.header()).isEmpty();
      assertThat(csv.headerLine()).isZero();
      java.util.Map<String, Integer> index = java.util.Map.of("first", 0, "third", 2);
      CsvRow first = csv.next(index).orElseThrow();
      assertThat(csv.separator()).isEqualTo(';');
      assertThat(first.line()).isEqualTo(1);
      assertThat(first.problem()).isPresent();
      assertThat(first.problem().get().line()).isEqualTo(1);
      CsvRow second = csv.next(index).orElseThrow();
      assertThat(second.line()).isEqualTo(3);
      assertThat(second.problem()).isEmpty();
      assertThat(second.get(CsvColumn.of("first"))).contains("d");
      assertThat(second.get(CsvColumn.of("third"))).contains("f");
      assertThat(csv.next(index)).isEmpty();
    }
    try (CsvReader empty = CsvReader.withoutHeader(new StringReader(""), "e.csv")) {
      assertThat(empty.next(java.util.Map.of())).isEmpty();
    }
  }

  @Test
  void theDocumentedUseReadsEveryRowAndReportsEveryBadOneWithItsLine() {
    ImportResult<List<Item>> r =
        read("code,count,note\nLA01,3,x\nLA02,many,\n\nLA03,,\nLA04,7,\n", OnBadRow.COLLECT);
    assertThat(r.accepted()).containsExactly(new Item("LA01", 3), new Item("LA04", 7));
    assertThat(r.errors())
        .containsExactly(
            new RowError(3, "count", "many", "is not a whole number"),
            new RowError(5, "count", "", "is required"));
  }

  @Test
  void theHeaderIsMatchedByAnyOfAColumnsNamesWhateverItsCaseSpacesAndUnderscores() {
    for (String header :
        new String[] {"unit_code,N", "Unit Code;n", "\uFEFFລະຫັດ,count", "CODE,Count"}) {
      char sep = header.contains(";") ? ';' : ',';
      ImportResult<List<Item>> r = read(header + "\nLA05" + sep + "9\n", OnBadRow.COLLECT);
      assertThat(r.accepted()).as(header).containsExactly(new Item("LA05", 9));
    }
  }

  @Test
  void aSemicolonSeparatorIsDetectedFromTheHeaderAndQuotedCellsKeepTheirSeparators() {
    try (CsvReader csv =
        CsvReader.of(new StringReader("code;count;note\r\nLA01;1;\"a; b, \"\"c\"\"\"\r\n"), "s")) {
      assertThat(csv.separator()).isEqualTo(';');
      assertThat(csv.header()).containsExactly("code", "count", "note");
      assertThat(csv.headerLine()).isEqualTo(1);
      ImportResult<List<String>> r =
          csv.importRows(COLUMNS, List.of(), row -> row.get(NOTE).orElse(""), OnBadRow.COLLECT);
      assertThat(r.accepted()).containsExactly("a; b, \"c\"");
    }
  }

  @Test
  void lineEndsOfEveryKindGiveTheSameRowsAndLines() {
    String lf = "code,count\nLA01,1\nLA02,x\nLA03,3\n";
    ImportResult<List<Item>> expected = read(lf, OnBadRow.COLLECT);
    assertThat(read(lf.replace("\n", "\r\n"), OnBadRow.COLLECT)).isEqualTo(expected);
    assertThat(read(lf.replace("\n", "\r"), OnBadRow.COLLECT)).isEqualTo(expected);
    assertThat(expected.errors()).extracting(RowError::line).containsExactly(3L);
  }

  @Test
  void aMalformedRecordIsOneErrorAtItsLineAndReadingGoesOn() {
    ImportResult<List<Item>> r = read("code,count\nLA01,1\nLA\"02,2\nLA03,3\n", OnBadRow.COLLECT);
    assertThat(r.accepted()).extracting(Item::code).containsExactly("LA01", "LA03");
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void invalidUtf8IsARowErrorNotAFailure() {
    byte[] head = "code,count\nLA01,1\nLA0".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2\nLA03,3\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3; // a lead byte without its continuation
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(all), "bytes.csv")) {
      ImportResult<List<Item>> r =
          csv.importRows(COLUMNS, List.of(CODE, COUNT), ITEM, OnBadRow.COLLECT);
      assertThat(r.accepted()).extracting(Item::code).containsExactly("LA01", "LA03");
      assertThat(r.errors()).extracting(RowError::line).containsExactly(3L);
    }
  }

  @Test
  void stopThrowsAtTheFirstBadRowNamingTheSourceAndTheLine() {
    CsvImportException e =
        catchThrowableOfType(
            () -> read("code,count\nLA01,1\nLA02,x\nLA03,y\n", OnBadRow.STOP),
            CsvImportException.class);
    assertThat(e)
        .hasMessageContaining("items.csv")
        .hasMessageContaining("line 3")
        .hasMessageContaining("count");
    assertThat(e.errors()).extracting(RowError::line).containsExactly(3L);
  }

  @Test
  void aFileThatCannotBeImportedAtAllIsAnException() {
    assertThatThrownBy(() -> read("", OnBadRow.COLLECT))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("items.csv")
        .hasMessageContaining("empty");
    CsvImportException missing =
        catchThrowableOfType(
            () -> read("code,note\nLA01,x\n", OnBadRow.COLLECT), CsvImportException.class);
    assertThat(missing)
        .hasMessageContaining("line 1")
        .hasMessageContaining("count (or n)")
        .hasMessageContaining("[code, note]");
    assertThat(missing.getMessage()).doesNotContain("code (or");
    assertThatThrownBy(() -> read("code,\"count\n", OnBadRow.COLLECT))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("header");
  }

  @Test
  void aFileThatDoesNotExistIsAnExceptionNamingIt(@TempDir Path dir) {
    Path absent = dir.resolve("absent.csv");
    assertThatThrownBy(() -> CsvReader.open(absent))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("absent.csv");
  }

  @Test
  void acceptedAndRefusedRowsAccountForEveryDataRow() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(-3, 50)).ofSizeBetween(0, 40))
        .checkAssert(
            values -> {
              StringBuilder text = new StringBuilder("code,count\n");
              List<Item> good = new ArrayList<>();
              Set<Integer> badLines = new java.util.TreeSet<>();
              int line = 1;
              for (int v : values) {
                line++;
                if (v < 0) {
                  text.append(v == -1 ? "LA,bad\n" : v == -2 ? "LA,\n" : "LA\"x,2\n\"L\nA\",bad\n");
                  badLines.add(line);
                  if (v == -3) { // a stray quote, then a record spanning two lines with a bad count
                    line++;
                    badLines.add(line);
                    line++;
                  }
                } else {
                  text.append("U").append(v).append(',').append(v).append('\n');
                  good.add(new Item("U" + v, v));
                }
              }
              ImportResult<List<Item>> r = read(text.toString(), OnBadRow.COLLECT);
              assertThat(r.accepted()).isEqualTo(good);
              assertThat(r.acceptedRows() + r.errors().size())
                  .isEqualTo(values.size() + (int) values.stream().filter(v -> v == -3).count());
              assertThat(r.errors())
                  .extracting(e -> (int) e.line())
                  .containsExactlyElementsOf(badLines);
            });
  }

  @Test
  void progressIsReportedEveryIntervalOfRows() {
    StringBuilder text = new StringBuilder("code,count\n");
    long rows = 2 * CsvReader.PROGRESS_INTERVAL + 5;
    for (long i = 0; i < rows; i++) {
      text.append("a,1\n");
    }
    List<Long> seen = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(new StringReader(text.toString()), "big.csv")) {
      csv.onProgress(seen::add);
      ImportResult<List<Item>> r = csv.importRows(COLUMNS, List.of(CODE), ITEM, OnBadRow.COLLECT);
      assertThat(r.acceptedRows()).isEqualTo(rows);
    }
    assertThat(seen).containsExactly(CsvReader.PROGRESS_INTERVAL, 2 * CsvReader.PROGRESS_INTERVAL);
  }
}
