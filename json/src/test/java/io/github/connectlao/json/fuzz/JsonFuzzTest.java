package io.github.connectlao.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.fuzz.Fuzz;
import io.github.connectlao.json.ConnectLaoJson;
import io.github.connectlao.json.ConnectLaoModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated JSON thrown at the reader of every model type: each input ends in a value or a
 * {@link io.github.connectlao.json.JsonFormatException}. Run longer with {@code
 * -Dfuzz.examples=20000}.
 */
class JsonFuzzTest {
  private static final ConnectLaoJson JSON = ConnectLaoJson.standard();
  private static final long START = Fuzz.CASES.get();
  private static final List<byte[]> GOLDEN = new ArrayList<>();
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"code\"",
    "\"level\"",
    "\"source\"",
    "\"units\"",
    "\"VILLAGE\"",
    "\"2022-03-01\"",
    "\"2022\"",
    "null",
    "true",
    "1",
    "-1",
    "1e400",
    "\"\"",
    "\"ລາວ\"",
    "\"id\"",
    "\"sex\"",
    "\"FEMALE\"",
    "9223372036854775808",
    "\"\\u0000\"",
    "\"\\ud800\""
  };

  @BeforeAll
  static void loadGoldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("src/test/resources/golden"))) {
      for (Path f : files.sorted().toList()) {
        GOLDEN.add(Files.readAllBytes(f));
      }
    }
    assertThat(GOLDEN).isNotEmpty();
  }

  @Test
  void mutatedGoldenFilesEndInAValueOrAJsonFormatException() {
    List<Class<?>> types = ConnectLaoModule.supportedTypes();
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(integers().between(0, GOLDEN.size() - 1), longs().all())
        .checkAssert(
            (file, seed) -> {
              String text = new String(Fuzz.mutate(GOLDEN.get(file), seed), StandardCharsets.UTF_8);
              java.util.Random pick = new java.util.Random(seed);
              for (int i = 0; i < 12; i++) {
                Class<?> type = types.get(pick.nextInt(types.size()));
                Fuzz.run(
                    "golden " + file + " seed " + seed + " as " + type.getSimpleName(),
                    () -> JSON.read(text, type));
              }
              Fuzz.run("list", () -> JSON.readList(text, types.get(seed.intValue() & 7)));
              Fuzz.run(
                  "each",
                  () ->
                      JSON.readEach(
                          new java.io.StringReader("[" + text + "," + text + "]"),
                          types.get(pick.nextInt(types.size())),
                          x -> {}));
            });
  }

  @Test
  void everyGoldenFileReadAsEveryTypeEndsInAValueOrAJsonFormatException() {
    for (byte[] golden : GOLDEN) {
      String text = new String(golden, StandardCharsets.UTF_8);
      for (Class<?> type : ConnectLaoModule.supportedTypes()) {
        Fuzz.run("golden as " + type.getSimpleName(), () -> JSON.read(text, type));
      }
    }
  }

  @Test
  void randomTokenSoupEndsInAValueOrAJsonFormatException() {
    List<Class<?>> types = ConnectLaoModule.supportedTypes();
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(
            lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(0, 60),
            integers().between(0, 100))
        .checkAssert(
            (tokens, t) -> {
              StringBuilder sb = new StringBuilder();
              tokens.forEach(i -> sb.append(TOKENS[i]));
              Class<?> type = types.get(t % types.size());
              Fuzz.run("tokens as " + type.getSimpleName(), () -> JSON.read(sb.toString(), type));
            });
  }

  @Test
  void deepNestingAndHugeStringsAreRefusedNotFatal() {
    for (int depth : new int[] {10, 100, 1_000, 100_000}) {
      String arrays = "[".repeat(depth) + "]".repeat(depth);
      String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      Fuzz.run("arrays " + depth, () -> JSON.read(arrays, Object.class));
      Fuzz.run("objects " + depth, () -> JSON.read(objects, io.github.connectlao.Source.class));
      Fuzz.run(
          "units " + depth,
          () ->
              JSON.read(
                  "{\"description\":\"d\",\"units\":" + arrays + "}",
                  io.github.connectlao.admin.Gazetteer.class));
    }
    String huge = "\"" + "x".repeat(5_000_000) + "\"";
    Fuzz.run("huge", () -> JSON.read(huge, io.github.connectlao.PartialDate.class));
  }

  @AfterAll
  static void report() {
    System.out.println("JsonFuzzTest: " + (Fuzz.CASES.get() - START) + " fuzz cases run");
  }
}
