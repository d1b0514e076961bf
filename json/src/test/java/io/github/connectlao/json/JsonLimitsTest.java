package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.indicator.IndicatorValue;
import io.github.connectlao.targets.Observation;
import io.github.connectlao.testing.ResourceOracles;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every limit of JSON reading ends in a clear, documented {@link JsonFormatException}, and reading
 * takes time and memory in proportion to the document whatever its content.
 */
class JsonLimitsTest {
  private static final ConnectLaoJson JSON = ConnectLaoJson.standard();
  private static final Duration HANG = Duration.ofSeconds(60);

  private static JsonFormatException refused(Supplier<?> read) {
    Throwable t = assertTimeoutPreemptively(HANG, () -> catchThrowable(read::get), "hang detector");
    assertThat(t).isInstanceOf(JsonFormatException.class);
    return (JsonFormatException) t;
  }

  @Test
  void aFractionWithAHugeExponentIsRefusedBeforeExpansion() {
    JsonFormatException e =
        refused(() -> JSON.read("{\"year\":2021,\"value\":\"1e99999999\"}", Observation.class));
    assertThat(e.path()).isEqualTo("$.value");
    assertThat(e.reason()).contains("10^1000");
  }

  @Test
  void aDecimalWithAHugeExponentIsRefused() {
    String v = "{\"code\":\"SYN\",\"unitCode\":\"LA05\",\"period\":\"2022\",\"value\":1e999999999}";
    JsonFormatException e = refused(() -> JSON.read(v, IndicatorValue.class));
    assertThat(e.path()).isEqualTo("$.value");
    String ok = "{\"code\":\"SYN\",\"unitCode\":\"LA05\",\"period\":\"2022\",\"value\":1e1000}";
    assertThat(JSON.read(ok, IndicatorValue.class).toString()).hasSizeLessThan(100);
  }

  @Test
  void anExponentBeyondTheIntRangeIsAJsonFormatExceptionInEveryReader() {
    String doc = "{\"year\":2021,\"value\":1E9999999999}";
    assertThat(refused(() -> JSON.read(doc, Observation.class)).reason()).contains("number");
    assertThat(refused(() -> JSON.readList("[" + doc + "]", Observation.class)).reason())
        .contains("number");
    assertThat(
            refused(
                    () ->
                        JSON.readEach(
                            new StringReader("[" + doc + "]"), Observation.class, x -> {}))
                .path())
        .startsWith("$[0]");
    assertThat(refused(() -> JSON.read("1E9999999999", Object.class)).reason()).contains("number");
  }

  @Test
  void numbersLongerThanTheLimitAreRefused() {
    String digits = "1".repeat(ConnectLaoJson.DEFAULT_MAX_NUMBER_LENGTH + 1);
    assertThat(
            refused(() -> JSON.read("{\"year\":" + digits + ",\"value\":\"1\"}", Observation.class))
                .reason())
        .contains("Number value length");
  }

  @Test
  void stringsDepthAndDocumentLengthHaveLimits() {
    String longString = "\"" + "x".repeat(ConnectLaoJson.DEFAULT_MAX_STRING_LENGTH + 1) + "\"";
    assertThat(
            refused(() -> JSON.read(longString, io.github.connectlao.PartialDate.class)).reason())
        .contains("String value length");
    String deep = "[".repeat(65) + "]".repeat(65);
    assertThat(refused(() -> JSON.read(deep, Object.class)).reason()).contains("nesting depth");
    ConnectLaoJson small = ConnectLaoJson.builder().maxDocumentLength(4096).build();
    String big = "[" + "\"2020\",".repeat(1000) + "\"2020\"]";
    assertThat(refused(() -> small.readList(big, io.github.connectlao.PartialDate.class)).reason())
        .contains("Document length");
    assertThat(refused(() -> small.read(big, Object.class)).reason()).contains("Document length");
  }

  @Test
  void readEachLimitsEachElementNotTheDocument() {
    ConnectLaoJson small =
        ConnectLaoJson.builder().maxDocumentLength(4096).maxElementLength(4096).build();
    String one = JSON.write(GoldenExamples.REGISTRATION);
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 5_000; i++) {
      many.append(i == 0 ? "" : ",").append(one);
    }
    many.append(']');
    // a document 300 times the document limit streams, element by element
    assertThat(small.readEach(new StringReader(many.toString()), BirthRegistration.class, x -> {}))
        .isEqualTo(5_000);
    // one element far beyond the limit is refused at its index, before it is held in memory
    String huge = "[" + one + ",{\"id\":\"A\",\"unknown\":[" + "0,".repeat(500_000) + "0]}]";
    JsonFormatException e =
        refused(() -> small.readEach(new StringReader(huge), BirthRegistration.class, x -> {}));
    assertThat(e.path()).isEqualTo("$[1]");
    assertThat(e.reason()).contains("element longer than 4096 characters");
    long bytes =
        ResourceOracles.allocatedBytes(
            () ->
                catchThrowable(
                    () ->
                        small.readEach(new StringReader(huge), BirthRegistration.class, x -> {})));
    assertThat(bytes)
        .as("allocated refusing a 1 MB element with a 4 KB limit")
        .isLessThan(8L << 20);
  }

  @Test
  void heapUsedByReadEachDoesNotGrowWithTheNumberOfElements() {
    String one = JSON.write(GoldenExamples.REGISTRATION);
    int n = 40_000;
    java.io.Reader endless =
        new java.io.Reader() {
          private int element = -1;
          private String pending = "[";
          private int pos;

          @Override
          public int read(char[] buf, int off, int len) {
            if (pos == pending.length()) {
              element++;
              if (element > n) {
                return -1;
              }
              pending = element == n ? "]" : (element == 0 ? "" : ",") + one;
              pos = 0;
            }
            int k = Math.min(len, pending.length() - pos);
            pending.getChars(pos, pos + k, buf, off);
            pos += k;
            return k;
          }

          @Override
          public void close() {}
        };
    long[] used = new long[2];
    long count =
        JSON.readEach(
            endless,
            BirthRegistration.class,
            new java.util.function.Consumer<>() {
              private int seen;

              @Override
              public void accept(BirthRegistration r) {
                seen++;
                if (seen == n / 10 || seen == n) {
                  System.gc();
                  Runtime rt = Runtime.getRuntime();
                  used[seen == n ? 1 : 0] = rt.totalMemory() - rt.freeMemory();
                }
              }
            });
    assertThat(count).isEqualTo(n);
    // 36,000 more elements (about 9 MB of JSON, 18 MB as Java text) read: the heap holds no more
    // than before
    assertThat(used[1] - used[0])
        .as("heap growth between element 4,000 and 40,000")
        .isLessThan(8L << 20);
  }

  /** 1 MB (2^20 characters) of the document: a gazetteer whose nation's Lao name is the given text. */
  private static String gazetteerNamed(String lao) {
    return "{\"description\":\"d\",\"units\":[{\"code\":\"LA\",\"level\":\"NATIONAL\",\"nameLao\":\""
        + lao
        + "\",\"nameEnglish\":\"Lao PDR\",\"source\":{\"citation\":\"c\",\"confidence\":\"SYNTHETIC\"}}]}";
  }

  @Test
  void pathologicalLaoTakesAboutAsLongAndAsMuchMemoryAsOrdinaryLao() {
    int half = (1 << 19) - 200;
    String pathological = gazetteerNamed("\u0EC8".repeat(half) + "\u0ECD".repeat(half));
    String ordinary =
        gazetteerNamed(
            "\u0E9A\u0ECD\u0EC8\u0EC1\u0E81\u0EC9\u0EA7 ".repeat(2 * half / 8).substring(1));
    Runnable p = () -> assertThat(JSON.read(pathological, Gazetteer.class).size()).isEqualTo(1);
    Runnable o = () -> assertThat(JSON.read(ordinary, Gazetteer.class).size()).isEqualTo(1);
    double ratio =
        assertTimeoutPreemptively(HANG, () -> ResourceOracles.timeRatio(p, o, 2), "hang detector");
    assertThat(ratio)
        .as("time of 1 MB of tone marks and NIKHAHIT / 1 MB of ordinary Lao")
        .isLessThan(20);
    long bytesP = ResourceOracles.allocatedBytes(p);
    long bytesO = ResourceOracles.allocatedBytes(o);
    assertThat(bytesP)
        .as("allocated reading 1 MB")
        .isLessThan(256L << 20)
        .isLessThan(4 * bytesO + (8L << 20));
  }

  @Test
  void manyUnknownPropertiesAndDeepUnknownValuesCostNoMoreThanKnownOnes() {
    StringBuilder unknown = new StringBuilder("{\"citation\":\"c\",\"confidence\":\"VERIFIED\"");
    String nested = "[".repeat(60) + "]".repeat(60);
    for (int i = 0; unknown.length() < (1 << 20) - 200; i++) {
      unknown.append(",\"u").append(i).append("\":").append(nested);
    }
    unknown.append('}');
    List<String> known = new java.util.ArrayList<>();
    int size = 0;
    String source = JSON.write(GoldenExamples.SOURCE);
    while (size < (1 << 20) - 200) {
      known.add(source);
      size += source.length() + 1;
    }
    String list = "[" + String.join(",", known) + "]";
    Runnable p = () -> JSON.read(unknown.toString(), io.github.connectlao.Source.class);
    Runnable o = () -> JSON.readList(list, io.github.connectlao.Source.class);
    double ratio =
        assertTimeoutPreemptively(HANG, () -> ResourceOracles.timeRatio(p, o, 2), "hang detector");
    assertThat(ratio).as("1 MB of unknown properties / 1 MB of sources").isLessThan(20);
    assertThat(ResourceOracles.allocatedBytes(p)).as("allocated").isLessThan(256L << 20);
  }
}
