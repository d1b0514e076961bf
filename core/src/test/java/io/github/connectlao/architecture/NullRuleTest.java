package io.github.connectlao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.connectlao.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The null rule of docs/architecture.md ("Null rule"), checked where the compiler does not check it:
 * a null argument is refused with {@link InvalidValueException#required} (a domain error naming the
 * field), never with {@code Objects.requireNonNull}; NullAway, in the build, proves the rest
 * (no null reaches a parameter, field or return that is not {@code @Nullable}).
 */
class NullRuleTest {
  private static final String ROOT = "io.github.connectlao";

  /** A call of any {@code requireNonNull} overload, by qualified name or static import; not {@code requireNonNullElse}. */
  private static final Pattern REQUIRE_NON_NULL = Pattern.compile("\\brequireNonNull\\s*\\(");

  @Test
  void coreRefusesNullWithTheDomainErrorOnly() {
    JavaClasses core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    // the one-argument form is left out: javac itself emits it for implicit null checks (a method
    // reference on an expression, an inner class of an instance); the source scan below covers it
    noClasses()
        .should()
        .callMethod(Objects.class, "requireNonNull", Object.class, String.class)
        .orShould()
        .callMethod(Objects.class, "requireNonNull", Object.class, Supplier.class)
        .because(
            "a null argument is bad input: InvalidValueException.required names the field (docs/architecture.md)")
        .check(core);
  }

  /**
   * Every module's sources (the other modules are compiled after core's tests run, so their classes
   * are not there yet; in core this also finds the one-argument form).
   */
  @Test
  void noModuleRefusesNullWithObjectsRequireNonNull() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> offending = new ArrayList<>();
    int files = 0;
    for (String module : List.of("core", "json", "examples", "spark", "benchmarks")) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertThat(sources).as("the sources of module %s, beside core", module).isDirectory();
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).strip();
            if (!code.startsWith("*")
                && !code.startsWith("//")
                && REQUIRE_NON_NULL.matcher(code).find()) {
              offending.add(root.relativize(file) + ":" + (i + 1));
            }
          }
        }
      }
    }
    assertThat(files).as("Java files read").isGreaterThan(200);
    assertThat(offending).as("calls of Objects.requireNonNull in main code").isEmpty();
  }

  @Test
  void theTextScanRecognisesEveryFormOfTheCall() {
    assertThat(REQUIRE_NON_NULL.matcher("x = Objects.requireNonNull(x, \"x\");").find()).isTrue();
    assertThat(REQUIRE_NON_NULL.matcher("x = requireNonNull (x);").find()).isTrue();
    assertThat(
            REQUIRE_NON_NULL
                .matcher("m = Objects.requireNonNullElse(e.getMessage(), \"?\");")
                .find())
        .isFalse();
  }
}
