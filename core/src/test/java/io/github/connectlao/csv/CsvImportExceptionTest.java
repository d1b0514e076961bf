package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.ConnectLaoException;
import org.junit.jupiter.api.Test;

class CsvImportExceptionTest {

  @Test
  void theExceptionForOneRowNamesTheSourceAndTheRowAndKeepsTheError() {
    RowError error = new RowError(12, "sex", "Q", "is not M, F or U");
    CsvImportException e = new CsvImportException("births.csv", error);
    assertThat(e)
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage("births.csv: line 12, column sex, value 'Q': is not M, F or U");
    assertThat(e.errors()).containsExactly(error);
  }

  @Test
  void theExceptionForAWholeFileHasItsMessageAndNoRowErrors() {
    CsvImportException e =
        new CsvImportException("units.csv: the file is empty; a header line is required");
    assertThat(e).hasMessage("units.csv: the file is empty; a header line is required");
    assertThat(e.errors()).isEmpty();
  }

  @Test
  void theRowErrorsAreNotSerialisedAndADeserialisedExceptionHasNone() throws Exception {
    CsvImportException e =
        new CsvImportException("births.csv", new RowError(2, "id", "", "duplicates line 1"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(out)) {
      o.writeObject(e);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      CsvImportException back = (CsvImportException) in.readObject();
      assertThat(back).hasMessage(e.getMessage());
      assertThat(back.errors()).isEmpty();
    }
  }
}
