package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JBang script is plain Java (its {@code //DEPS} lines are comments to the compiler): it runs
 * with the JDK's source launcher and the library on the class path, as JBang runs it. JBang itself
 * is not installed by the build.
 */
class JBangScriptTest {
  @Test
  void theScriptRunsWithTheSourceLauncher() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "jbang/ConnectLao.java",
                "LA-BK")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("LA05 Bokeo")
        .contains("18 provinces, 148 districts")
        .contains("SYNTHETIC births")
        .contains("JSON: ok");
  }
}
