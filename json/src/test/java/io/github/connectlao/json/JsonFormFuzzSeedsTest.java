package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.targets.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus of {@link JsonFormFuzzTest}: every golden file (as its own form, as a list and
 * streamed) and the inputs that once broke a reader. Regenerate with {@code mvn -pl core,json test
 * -Dtest=JsonFormFuzzSeedsTest -Dfuzz.seeds.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JsonFormFuzzSeedsTest {
  private static final Path DIR =
      Paths.get("src/test/resources/io/github/connectlao/json/JsonFormFuzzTestInputs");
  private static final boolean UPDATE = Boolean.getBoolean("fuzz.seeds.update");

  /** Inputs that found defects (each now refused with a JsonFormatException). */
  static Map<String, byte[]> findings() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put(
        "fraction-exponent",
        JsonFormFuzzTest.Input.encode(
            Observation.class, false, "{\"year\":2021,\"value\":\"1e99999999\"}"));
    m.put(
        "number-exponent-beyond-int",
        JsonFormFuzzTest.Input.encode(
            Observation.class, false, "{\"year\":2021,\"value\":1E9999999999}"));
    m.put(
        "decimal-exponent",
        JsonFormFuzzTest.Input.encode(
            io.github.connectlao.indicator.IndicatorValue.class,
            false,
            "{\"code\":\"S\",\"unitCode\":\"LA05\",\"period\":\"2022\",\"value\":1e999999999}"));
    m.put(
        "duplicate-key",
        JsonFormFuzzTest.Input.encode(
            io.github.connectlao.Source.class,
            true,
            "{\"citation\":\"a\",\"confidence\":\"VERIFIED\",\"citation\":\"b\"}"));
    m.put(
        "unquoted-name",
        JsonFormFuzzTest.Input.encode(
            BirthRegistration.class, false, "{\"id\":\"A\",\"childName\": Somchai }"));
    m.put(
        "tone-marks-then-nikhahit",
        JsonFormFuzzTest.Input.encode(
            io.github.connectlao.admin.Gazetteer.class,
            false,
            "{\"description\":\"d\",\"units\":[{\"code\":\"LA\",\"level\":\"NATIONAL\",\"nameLao\":\""
                + "\u0EC8".repeat(2000)
                + "\u0ECD".repeat(2000)
                + "\",\"source\":{\"citation\":\"c\",\"confidence\":\"SYNTHETIC\"}}]}"));
    return m;
  }

  /** Every seed file, by method directory and name. */
  static Map<String, byte[]> seeds() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Paths.get("src/test/resources/golden"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().replace(".json", "");
        Object example = GoldenExamples.all().get(name);
        if (example == null) {
          continue;
        }
        Class<?> type = GoldenFilesTest.registeredType(example);
        String doc = Files.readString(f);
        m.put("read/" + name, JsonFormFuzzTest.Input.encode(type, false, doc));
        m.put(
            "readList/" + name,
            JsonFormFuzzTest.Input.encode(type, false, "[" + doc + "," + doc + "]"));
        m.put("readEach/" + name, JsonFormFuzzTest.Input.encode(type, true, "[" + doc + "]"));
      }
    }
    findings()
        .forEach(
            (name, bytes) -> {
              m.put("read/finding-" + name, bytes);
              byte[] list =
                  JsonFormFuzzTest.Input.encode(
                      JsonFormFuzzTest.Input.of(bytes).type(),
                      false,
                      "[" + JsonFormFuzzTest.Input.of(bytes).text() + "]");
              m.put("readList/finding-" + name, list);
              m.put("readEach/finding-" + name, list);
            });
    return m;
  }

  @Test
  void everyGoldenFileAndEveryFindingIsASeed() throws IOException {
    Map<String, byte[]> seeds = seeds();
    if (UPDATE) {
      for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
        Path file = DIR.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
      }
    }
    for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
      Path file = DIR.resolve(e.getKey());
      assertThat(file).as("seed %s", e.getKey()).exists();
      assertThat(Files.readAllBytes(file)).as("seed %s", e.getKey()).isEqualTo(e.getValue());
    }
  }
}
