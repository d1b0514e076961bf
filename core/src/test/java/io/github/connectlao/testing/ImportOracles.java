package io.github.connectlao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The oracles of the importer fuzz harnesses: an import ends in a result or a documented exception
 * ({@link ConnectLaoException} with a message, personal data nowhere in its chain); every data row
 * is either accepted or reported; row errors name a data line and a reason and never show a
 * personal-data cell.
 *
 * <p>The data rows are counted by reading the same input again with the CSV toolkit alone ({@link
 * CsvReader#next}), so an importer that loses or invents a row disagrees with it.
 */
public final class ImportOracles {
  /** Personal-data cells shorter than this are not looked for (too likely to occur by chance). */
  private static final int MIN_SECRET = 3;

  /** In free text (reasons, exception messages) only longer secrets are looked for. */
  private static final int MIN_SECRET_IN_TEXT = 6;

  /** The marker of a child's name in the seeds. */
  public static final String NAME_MARKER = "Piiname";

  /** The marker of a registration identifier in the seeds. */
  public static final String ID_MARKER = "PIIID";

  private ImportOracles() {}

  /**
   * The data rows of a CSV input as the toolkit reads them.
   *
   * @param headerLine the line of the header (a file-level error, such as an unknown column, names it)
   * @param lines the line of each data row, in file order (a set: each row starts on its own line)
   * @param shifted the lines of rows whose cell count differs from the header's
   * @param secrets the personal-data cells (see {@link #rows}) that occur in no other cell of the file
   */
  public record Rows(long headerLine, Set<Long> lines, Set<Long> shifted, Set<String> secrets) {
    /** No header could be read: no rows. */
    public static final Rows NONE = new Rows(0, Set.of(), Set.of(), Set.of());

    /**
     * Checks that an error names a data line or the header line, and returns whether it is a row's.
     *
     * @param error a row error of the import
     * @return true for a data row's error, false for a file-level error on the header line
     */
    public boolean isRowError(RowError error) {
      if (error.line() == headerLine) {
        return false;
      }
      if (!lines.contains(error.line())) {
        fail("line of %s is a data row or the header; data rows: %s", error, lines);
      }
      return true;
    }

    /** @return the number of data rows */
    public int count() {
      return lines.size();
    }
  }

  /**
   * Reads an input with the toolkit alone.
   *
   * @param open opens the input again
   * @param personal the columns holding personal data (identifiers, names)
   * @return the rows, or empty when the toolkit cannot read a header (the importer must then throw)
   */
  public static Optional<Rows> rows(Supplier<CsvReader> open, Collection<CsvColumn> personal) {
    CsvReader csv;
    try {
      csv = open.get();
    } catch (ConnectLaoException e) {
      return Optional.empty();
    }
    try (csv) {
      Map<String, Integer> index = csv.bind(personal, List.of());
      Set<Integer> personalPositions = new HashSet<>(index.values());
      Set<Long> lines = new LinkedHashSet<>();
      Set<Long> shifted = new HashSet<>();
      Set<String> candidates = new LinkedHashSet<>();
      List<String> publicCells = new ArrayList<>(csv.header());
      while (true) {
        Optional<CsvRow> next = csv.next(index);
        if (next.isEmpty()) {
          break;
        }
        CsvRow row = next.get();
        lines.add(row.line());
        if (row.problem().isPresent()) {
          continue;
        }
        boolean aligned = row.size() == row.headerSize();
        if (!aligned && !personal.isEmpty()) {
          shifted.add(row.line());
        }
        for (int i = 0; i < csv.tokenizer().size(); i++) {
          String cell = csv.tokenizer().text(i).strip();
          if (aligned && personalPositions.contains(i)) {
            candidates.add(cell);
          } else {
            publicCells.add(cell);
          }
        }
      }
      return Optional.of(
          new Rows(
              csv.headerLine(),
              Collections.unmodifiableSet(lines),
              Set.copyOf(shifted),
              Set.copyOf(secrets(candidates, publicCells))));
    } catch (ConnectLaoException e) {
      return Optional.empty();
    }
  }

  /**
   * The candidates (of at least {@value #MIN_SECRET} characters) that no public cell contains. The
   * public cells are joined, separated by a character that no candidate holds, and searched once per
   * candidate: an occurrence cannot span two cells, so it is an occurrence in one cell, as if each
   * cell were searched in turn.
   */
  static Set<String> secrets(Collection<String> candidates, List<String> publicCells) {
    Set<String> secrets = new LinkedHashSet<>();
    if (candidates.isEmpty()) {
      return secrets;
    }
    char separator = separatorFor(candidates);
    StringBuilder joined = new StringBuilder();
    for (String p : publicCells) {
      joined.append(p).append(separator);
    }
    String text = joined.toString();
    for (String c : candidates) {
      if (c.length() >= MIN_SECRET && !text.contains(c)) {
        secrets.add(c);
      }
    }
    return secrets;
  }

  /** A character no candidate holds: there are more characters than candidates' characters. */
  private static char separatorFor(Collection<String> candidates) {
    java.util.BitSet used = new java.util.BitSet(Character.MAX_VALUE + 1);
    for (String c : candidates) {
      c.chars().forEach(used::set);
    }
    return (char) used.nextClearBit(0);
  }

  /**
   * Runs a read: its value, or null after a documented refusal. A {@link ConnectLaoException} must
   * carry a message and no secret anywhere in its chain; any other throwable escapes (a finding).
   *
   * @param <T> the result type
   * @param read the read
   * @param secrets the personal data of the input
   * @return the value, or null when the read was refused
   */
  public static <T> T outcome(Supplier<T> read, Collection<String> secrets) {
    try {
      return read.get();
    } catch (ConnectLaoException e) {
      documented(e, secrets);
      return null;
    }
  }

  /** A refusal carries a message and no secret anywhere in its chain. */
  private static void documented(ConnectLaoException e, Collection<String> secrets) {
    assertThat(e.getMessage()).as("message of %s", e.getClass().getName()).isNotBlank();
    NoPersonalData.assertAbsent(e, textSecrets(secrets));
  }

  /**
   * Runs a read in the default mode ({@link io.github.connectlao.csv.OnBadRow#COLLECT}, or a reader
   * that always collects): like {@link #outcome}, and a refusal must be of the whole file (no
   * header, a required column missing, nothing to read): a {@link
   * io.github.connectlao.csv.CsvImportException} that carries no row error. A bad row that ends the
   * import (a {@link io.github.connectlao.csv.RowRejectedException}, a row error escalated, any
   * other exception) loses the good rows around it: a finding.
   *
   * @param <T> the result type
   * @param read the read
   * @param secrets the personal data of the input
   * @return the value, or null when the file was refused as a whole
   */
  public static <T> T collected(Supplier<T> read, Collection<String> secrets) {
    try {
      return read.get();
    } catch (ConnectLaoException e) {
      documented(e, secrets);
      if (!(e instanceof io.github.connectlao.csv.CsvImportException c) || !c.errors().isEmpty()) {
        fail(
            "the default mode refused the whole file for a row (%s), losing the rows around it",
            e.getClass().getSimpleName());
      }
      return null;
    }
  }

  /**
   * Checks the row errors of a non-strict import against the rows the toolkit read: every error
   * names a data line and a reason, shows no personal-data cell, a shifted row shows no value, and
   * the accepted rows plus the rows reported are exactly the data rows.
   *
   * @param errors the import's errors
   * @param acceptedRows how many data rows the import accepted
   * @param rows the rows read by the toolkit
   */
  public static void rowsAccountedFor(List<RowError> errors, int acceptedRows, Rows rows) {
    errorsAreClean(errors, rows);
    Set<Long> reported = new HashSet<>();
    for (RowError e : errors) {
      if (rows.isRowError(e)) {
        reported.add(e.line());
      }
    }
    assertThat(acceptedRows + reported.size())
        .as("accepted %d + rows reported %s = data rows %s", acceptedRows, reported, rows.lines())
        .isEqualTo(rows.count());
  }

  /**
   * Checks row errors only: a line, a reason, no personal data, no value shown for a shifted row.
   *
   * @param errors the errors
   * @param rows the rows read by the toolkit
   */
  public static void errorsAreClean(List<RowError> errors, Rows rows) {
    String[] inText = textSecrets(rows.secrets());
    // plain checks rather than one AssertJ assertion per error and secret: the same checks, at a
    // cost a fuzzer can afford for thousands of errors and secrets
    for (RowError e : errors) {
      if (e.reason() == null || e.reason().isBlank()) {
        fail("an error without a reason: %s", e);
      }
      if (e.line() < 0) {
        fail("an error with a negative line: %s", e);
      }
      String value = e.value();
      for (String s : rows.secrets()) {
        if (value == null || value.contains(s)) {
          fail("value of an error, line %d, shows personal data", e.line());
        }
      }
      for (String s : inText) {
        if (e.reason().contains(s)) {
          fail("reason of an error, line %d, shows personal data", e.line());
        }
        if (e.column() == null || e.column().contains(s)) {
          fail("column of an error, line %d, shows personal data", e.line());
        }
      }
      if (rows.shifted().contains(e.line()) && (value == null || !value.isEmpty())) {
        fail("value shown for a shifted row, line %d", e.line());
      }
    }
  }

  /**
   * The secrets looked for in free text: those holding a marker planted in the seeds' identifier and
   * name cells ({@value #NAME_MARKER}, {@value #ID_MARKER}). Any other cell could coincide with the
   * fixed wording of a message (a child's name {@code date_of_birth} is in "missing required column
   * date_of_birth"); values ({@link RowError#value()}) are checked for every secret.
   */
  private static String[] textSecrets(Collection<String> secrets) {
    return secrets.stream()
        .filter(
            s ->
                s.length() >= MIN_SECRET_IN_TEXT
                    && (s.contains(NAME_MARKER) || s.contains(ID_MARKER)))
        .toArray(String[]::new);
  }
}
