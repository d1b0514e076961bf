package io.github.connectlao.csv;

/**
 * What an importer does with a row it refuses.
 *
 * <p>Either way no row is dropped silently: with {@link #COLLECT} every refused row is in {@link
 * ImportResult#errors()} with its line, column and reason; with {@link #STOP} the first one is the
 * {@link CsvImportException} that ends the import.
 */
public enum OnBadRow {
  /** Keep every good row, report every bad row in the result (the usual choice). */
  COLLECT,
  /** Stop at the first bad row with a {@link CsvImportException} naming its line and reason. */
  STOP;

  /** @return true for {@link #STOP} */
  public boolean stops() {
    return this == STOP;
  }
}
