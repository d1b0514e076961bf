package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the JSON form of every model type: each example is written and compared with its golden
 * file, and the file is read back to an equal value.
 *
 * <p>Regenerate the files after a deliberate change of a form with {@code mvn -pl core test
 * -Dtest=GoldenFilesTest -Dgolden.update=true}, and review the diff: a changed form is an API
 * change.
 */
class GoldenFilesTest {
  private static final Path DIR = Paths.get("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private final ConnectLaoJson json = ConnectLaoJson.standard();

  @TestFactory
  Stream<DynamicTest> everyExampleMatchesItsGoldenFile() {
    return GoldenExamples.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private void check(String name, Object value) throws IOException {
    Path file = DIR.resolve(name + ".json");
    String written = json.writePretty(value) + "\n";
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    String golden = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(written).as("form of %s", name).isEqualTo(golden);
    if (ConnectLaoModule.writeOnlyTypes().contains(registeredType(value))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> json.read(golden, registeredType(value)))
          .isInstanceOf(JsonFormatException.class)
          .hasMessageContaining("is written, not read");
      return;
    }
    Object back = json.read(golden, registeredType(value));
    assertThat(json.writePretty(back) + "\n").isEqualTo(golden);
    if (!(value instanceof io.github.connectlao.admin.Gazetteer)
        && !(value instanceof io.github.connectlao.crvs.PopulationTable)
        && !(value instanceof io.github.connectlao.indicator.IndicatorCatalogue)) {
      assertThat(back).isEqualTo(value);
    }
  }

  /** The type the module registers for a value: its own class, or the interface it implements. */
  static Class<?> registeredType(Object value) {
    List<Class<?>> types = ConnectLaoModule.supportedTypes();
    if (types.contains(value.getClass())) {
      return value.getClass();
    }
    return types.stream().filter(t -> t.isInstance(value)).findFirst().orElse(value.getClass());
  }

  @Test
  void everySupportedTypeHasAGoldenExample() {
    Set<Class<?>> covered = new HashSet<>();
    for (Map.Entry<String, Object> e : GoldenExamples.all().entrySet()) {
      covered.add(registeredType(e.getValue()));
    }
    assertThat(covered).containsAll(ConnectLaoModule.supportedTypes());
  }
}
