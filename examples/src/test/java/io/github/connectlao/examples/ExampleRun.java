package io.github.connectlao.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
}
