package io.github.connectlao.examples.report;

/** A bad option or input file: reported as one line, with a non-zero exit status. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the one-line message shown to the user
   */
  public UsageException(String message) {
    super(message);
  }
}
