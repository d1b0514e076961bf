package io.github.connectlao.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the consumer module in a new JVM on the module path (never the class path), as an
 * application that {@code requires} the library would run: the library's module descriptor, its
 * exports and the resources it reads (the embedded gazetteer) must all work there.
 */
class ModulePathTest {

  @Test
  void consumerRunsOnTheModulePath() throws IOException, InterruptedException {
    Path modulePathFile = Path.of(System.getProperty("modulepath.file"));
    String dependencies = Files.readString(modulePathFile, StandardCharsets.UTF_8).strip();
    String consumer = System.getProperty("consumer.classes");
    String modulePath = consumer + File.pathSeparator + dependencies;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "--module-path",
                modulePath,
                "--module",
                "io.github.connectlao.smoke/io.github.connectlao.smoke.Consumer")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the consumer ends").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().filter(l -> !l.startsWith("[")).toList();
    assertThat(lines)
        .contains(
            "module io.github.connectlao.smoke on the module path: true",
            "gazetteer: LA05 5 districts",
            "registry: 2 registrations, 1 current in LA05, 0 row errors",
            "json: round trip true");
  }

  @Test
  void theLibraryIsANamedModuleNotOnTheClassPath() throws IOException {
    String dependencies =
        Files.readString(Path.of(System.getProperty("modulepath.file")), StandardCharsets.UTF_8);
    assertThat(dependencies).contains("connect-lao-core");
  }
}
