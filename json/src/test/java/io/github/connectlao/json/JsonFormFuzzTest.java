package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Coverage-guided fuzzing (Jazzer) of the three JSON readers over every form the module reads.
 *
 * <p>Input: byte 0 picks the form ({@link ConnectLaoModule#supportedTypes()}, modulo their
 * number), bit 0 of byte 1 picks strict mode, the rest is the document (UTF-8). Oracles: each read
 * ends in a value or a {@link JsonFormatException} with a path and a reason (any other throwable
 * is a finding); a value read writes and reads back to the same form; strict mode accepts nothing
 * the default refuses and reads the same value.
 *
 * <p>The normal test run replays the committed seeds in {@code
 * src/test/resources/io/github/connectlao/json/JsonFormFuzzTestInputs/<method>/} (regression mode).
 * Fuzz one harness (one per JVM) with, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -pl core,json test -Dtest='JsonFormFuzzTest#read' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * (also {@code #readList}, {@code #readEach}); each run lasts {@code maxDuration}, keeps its corpus
 * in {@code json/.cifuzz-corpus/} (resumed by the next run) and writes any finding as a {@code
 * crash-*} file in the inputs directory, where it stays as a regression seed.
 */
class JsonFormFuzzTest {
  private static final ConnectLaoJson JSON = ConnectLaoJson.standard();
  private static final ConnectLaoJson STRICT = ConnectLaoJson.builder().strict().build();
  static final List<Class<?>> TYPES = ConnectLaoModule.supportedTypes();

  /** One decoded fuzz input. */
  record Input(Class<?> type, boolean strict, String text) {
    static Input of(byte[] bytes) {
      Class<?> type = TYPES.get(bytes.length > 0 ? Byte.toUnsignedInt(bytes[0]) % TYPES.size() : 0);
      boolean strict = bytes.length > 1 && (bytes[1] & 1) == 1;
      String text =
          bytes.length > 2 ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_8) : "";
      return new Input(type, strict, text);
    }

    /** The bytes that decode to this input. */
    static byte[] encode(Class<?> type, boolean strict, String text) {
      byte[] doc = text.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[doc.length + 2];
      out[0] = (byte) TYPES.indexOf(type);
      out[1] = (byte) (strict ? 1 : 0);
      System.arraycopy(doc, 0, out, 2, doc.length);
      return out;
    }

    ConnectLaoJson json() {
      return strict ? STRICT : JSON;
    }
  }

  @FuzzTest(maxDuration = "5m")
  void read(byte[] bytes) {
    Input in = Input.of(bytes);
    Object value = outcome(() -> in.json().read(in.text(), in.type()));
    if (value != null) {
      roundTrips(value, in.type());
      if (in.strict()) {
        assertThat(JSON.write(JSON.read(in.text(), in.type()))).isEqualTo(JSON.write(value));
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readList(byte[] bytes) {
    Input in = Input.of(bytes);
    List<?> values = outcome(() -> in.json().readList(in.text(), in.type()));
    if (values != null) {
      for (Object v : values) {
        roundTrips(v, in.type());
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readEach(byte[] bytes) {
    Input in = Input.of(bytes);
    List<Object> seen = new ArrayList<>();
    Long count =
        outcome(() -> in.json().readEach(new StringReader(in.text()), in.type(), seen::add));
    if (count != null) {
      assertThat(seen).hasSize(count.intValue());
      List<?> list = outcome(() -> in.json().readList(in.text(), in.type()));
      if (list != null) {
        // the streaming and the whole-document reader agree
        assertThat(JSON.write(seen)).isEqualTo(JSON.write(list));
      }
    }
  }

  /** The value, or null after a documented refusal; anything else fails the harness. */
  private static <T> T outcome(Supplier<T> read) {
    try {
      return read.get();
    } catch (JsonFormatException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.reason()).isNotBlank();
      return null;
    }
  }

  private static void roundTrips(Object value, Class<?> type) {
    if (ConnectLaoModule.writeOnlyTypes().contains(type)) {
      return;
    }
    String written = JSON.write(value);
    assertThat(JSON.write(JSON.read(written, type)))
        .as("round trip of %s", type.getSimpleName())
        .isEqualTo(written);
  }

  static String describe(byte[] bytes) {
    Input in = Input.of(bytes);
    return in.type().getSimpleName()
        + (in.strict() ? " strict " : " ")
        + Arrays.toString(
            Arrays.copyOf(
                in.text().getBytes(StandardCharsets.UTF_8), Math.min(40, in.text().length())));
  }
}
