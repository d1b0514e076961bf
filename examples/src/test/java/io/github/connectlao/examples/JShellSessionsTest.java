package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell startup script and every worked session in {@code examples/jshell/} through the
 * {@code jdk.jshell} API, and fails on any rejected snippet or exception.
 */
class JShellSessionsTest {

  /**
   * Evaluates a script line by line, as interactive JShell does: a line that completes a snippet
   * is evaluated at once. Returns the problems and adds the values to {@code values}.
   */
  static List<String> eval(JShell shell, String script, List<String> values) {
    List<String> problems = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String buffer = "";
    for (String line : script.split("\n", -1)) {
      buffer = buffer + line + "\n";
      while (!buffer.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          buffer = "";
          break;
        }
        if (!info.completeness().isComplete()) {
          break;
        }
        evalOne(shell, info.source(), problems, values);
        buffer = info.remaining();
      }
    }
    if (!buffer.isBlank()) {
      problems.add("incomplete at end: " + buffer.strip());
    }
    return problems;
  }

  private static void evalOne(
      JShell shell, String source, List<String> problems, List<String> values) {
    for (SnippetEvent e : shell.eval(source)) {
      if (e.status() == Snippet.Status.REJECTED) {
        problems.add(
            "rejected: "
                + source.strip()
                + " "
                + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
      }
      if (e.exception() != null) {
        problems.add("exception: " + source.strip() + " -> " + e.exception());
      }
      if (e.value() != null) {
        values.add(e.value());
      }
    }
  }

  static JShell shell(PrintStream out) {
    JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  /**
   * Runs the real JShell tool with the README's startup scripts, then {@code /open} on every worked
   * session, as a user would: each session must print its results (under {@code /open}, JShell
   * echoes no value, so the sessions wrap results in {@code show(...)}).
   */
  @Test
  void workedSessionsPrintTheirResultsUnderOpen() throws Exception {
    List<Path> sessions;
    try (Stream<Path> files = Files.list(Path.of("jshell"))) {
      sessions =
          files
              .filter(p -> p.toString().endsWith(".jsh") && !p.endsWith("startup.jsh"))
              .sorted()
              .toList();
    }
    StringBuilder input = new StringBuilder();
    for (Path s : sessions) {
      input.append("System.out.println(\"=\" + \"== ").append(s.getFileName()).append("\");\n");
      input.append("/open ").append(s).append('\n');
    }
    input.append("/exit\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    System.setOut(ps); // the local execution engine prints to this JVM's System.out
    try {
      jdk.jshell.tool.JavaShellToolBuilder.builder()
          .out(ps)
          .err(ps)
          .in(
              new java.io.ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
              null)
          .run(
              "--execution",
              "local",
              "-q",
              "--class-path",
              System.getProperty("java.class.path"),
              "--startup",
              "DEFAULT",
              "--startup",
              "jshell/startup.jsh");
    } finally {
      System.setOut(saved);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("connect-lao ready").doesNotContain("Error:", "Exception");
    String[] parts = text.split("=== ");
    assertThat(parts).hasSize(sessions.size() + 1);
    for (int i = 1; i < parts.length; i++) {
      assertThat(parts[i].lines().filter(l -> !l.isBlank() && !l.startsWith("jshell>")).count())
          .as(parts[i].lines().findFirst().orElse(""))
          .isGreaterThan(3);
    }
    assertThat(text)
        .contains(
            "LA05 Bokeo (ບໍ່ແກ້ວ), province",
            "8916",
            "1000 x 1150",
            "148",
            "Gazetteer[Lao PDR default gazetteer");
  }
}
