package io.github.connectlao.examples.report;

/**
 * An input file whose content cannot be used (no usable row, a missing column): reported as one
 * line, exit status 1. A bad option or a missing file is a {@link UsageException} (status 2).
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the one-line message shown to the user
   */
  public InputException(String message) {
    super(message);
  }
}
