package io.github.connectlao.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Runs an example's {@code main} and returns what it printed, line by line. */
final class ExampleRun {
  private ExampleRun() {}

  /** An example's {@code main}. */
  @FunctionalInterface
  interface Main {
    void main(String[] args) throws Exception;
  }

  static List<String> lines(Main main, String... args) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.main(args);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** As {@link #lines}, with another default locale for the run (restored after it). */
  static List<String> linesIn(Locale locale, Main main, String... args) throws Exception {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return lines(main, args);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
