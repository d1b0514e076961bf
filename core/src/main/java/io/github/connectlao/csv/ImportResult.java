package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.function.Function;

/**
 * What an import built from the rows it accepted, how many rows that was, and every row it
 * refused: the one result type of every importer in the library.
 *
 * <p>The accepted part is what the importer builds: a list of records ({@code
 * ImportResult<List<BirthRegistration>>} from {@code BirthRegistrationCsv.read}), a columnar registry
 * ({@code ImportResult<BirthRegistry>} from {@code BirthRegistry.readCsv}), a table ({@code
 * ImportResult<PopulationTable>}), a gazetteer with the new units ({@code ImportResult<Gazetteer>}),
 * an identifier mapping. Whatever it is, {@link #acceptedRows()} counts the rows behind it and
 * {@link #errors()} lists every refused row with its line, column and reason, so that accepted rows
 * plus refused rows account for every data row of the input. {@link #toString()} gives the two
 * counts only, never a value of a row.
 *
 * @param <T> the type of what the accepted rows built
 * @param accepted what the rows that passed validation built
 * @param acceptedRows how many rows were accepted
 * @param errors every refused row, in input order
 */
public record ImportResult<T>(T accepted, int acceptedRows, List<RowError> errors) {

  /**
   * Validates and copies.
   *
   * @param accepted what the accepted rows built
   * @param acceptedRows how many rows were accepted, at least 0
   * @param errors the refused rows
   */
  public ImportResult {
    InvalidValueException.required(accepted, "accepted");
    InvalidValueException.check(
        acceptedRows >= 0, "acceptedRows", acceptedRows, "must not be negative");
    errors = List.copyOf(InvalidValueException.required(errors, "errors"));
  }

  /**
   * The result of an import that builds one record per accepted row.
   *
   * @param <E> the record type
   * @param rows the accepted records, in input order (copied)
   * @param errors the refused rows
   * @return the result, {@link #acceptedRows()} the number of records
   */
  public static <E> ImportResult<List<E>> ofRows(List<E> rows, List<RowError> errors) {
    List<E> copy = List.copyOf(InvalidValueException.required(rows, "rows"));
    return new ImportResult<>(copy, copy.size(), errors);
  }

  /**
   * The same rows and errors, with what they built transformed (e.g. a list of units into a
   * gazetteer).
   *
   * @param <U> the new type
   * @param f the transformation
   * @return the new result
   */
  public <U> ImportResult<U> map(Function<? super T, ? extends U> f) {
    return new ImportResult<>(f.apply(accepted), acceptedRows, errors);
  }

  /**
   * The first refused row as an exception, for callers that stop at the first bad row.
   *
   * @param sourceName the file or stream name, for the message
   * @return this result when no row was refused
   * @throws CsvImportException naming the first refused row (its line and reason, never its values)
   */
  public ImportResult<T> orThrowFirstError(String sourceName) {
    if (!errors.isEmpty()) {
      RowError first = errors.get(0);
      throw new CsvImportException(
          sourceName, new RowError(first.line(), first.column(), "", first.reason()));
    }
    return this;
  }

  /** @return true when no row was refused */
  public boolean isClean() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return "ImportResult[accepted=" + acceptedRows + ", errors=" + errors.size() + "]";
  }
}
