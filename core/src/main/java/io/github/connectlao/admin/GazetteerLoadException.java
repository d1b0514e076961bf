package io.github.connectlao.admin;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.csv.RowError;
import java.util.List;

/**
 * Data that cannot make a valid gazetteer: duplicate codes, missing parents, parents at the wrong
 * level, cycles, blank names. The message lists every problem with its source, line and reason.
 */
public class GazetteerLoadException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final transient List<RowError> problems;

  /**
   * Creates the exception.
   *
   * @param source the file or collection the units came from
   * @param problems every problem found
   */
  public GazetteerLoadException(String source, List<RowError> problems) {
    super(source + ": " + problems.size() + " problem(s): " + summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<RowError> problems) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(problems.size(), 20); i++) {
      sb.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > 20) {
      sb.append("; and ").append(problems.size() - 20).append(" more");
    }
    return sb.toString();
  }

  /** @return every problem found */
  public List<RowError> problems() {
    return problems == null ? List.of() : problems;
  }
}
