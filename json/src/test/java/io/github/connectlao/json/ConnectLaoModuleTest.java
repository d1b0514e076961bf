package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jackson module on a host's own mapper: the library's forms, its own types only, refusals as
 * {@link JsonFormatException} naming the JSON path, unknown properties as the mapper is configured,
 * write-only types refused on reading with the reason. Reading through {@link ConnectLaoJson} is
 * tested in {@link ConnectLaoJsonTest}; the form of every type in {@link GoldenFilesTest}.
 */
class ConnectLaoModuleTest {

  private static ObjectMapper host() {
    return new ObjectMapper().registerModule(new ConnectLaoModule());
  }

  @Test
  void aHostMapperWithTheModuleWritesAndReadsTheLibrarysForms() throws Exception {
    ObjectMapper mapper = host();
    AdminUnit bokeo = Gazetteer.laoPdr().unit("LA05");
    String text = mapper.writeValueAsString(bokeo);
    assertThat(text).isEqualTo(ConnectLaoJson.standard().write(bokeo));
    assertThat(mapper.readValue(text, AdminUnit.class)).isEqualTo(bokeo);
    assertThat(mapper.getRegisteredModuleIds()).contains("ConnectLaoModule");
  }

  @Test
  void anEmptyOptionalIsLeftOut() throws Exception {
    String text = host().writeValueAsString(Source.of("c", Confidence.VERIFIED));
    assertThat(text).isEqualTo("{\"citation\":\"c\",\"confidence\":\"VERIFIED\"}");
    assertThat(host().writeValueAsString(Source.of("c", Confidence.VERIFIED, "n")))
        .contains("\"note\":\"n\"");
  }

  @Test
  void aValueTheTypeRefusesIsAJsonFormatExceptionNamingThePath() {
    Throwable t =
        catchThrowable(
            () ->
                host().readValue("{\"citation\":\" \",\"confidence\":\"VERIFIED\"}", Source.class));
    assertThat(t).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) t).path()).isEqualTo("$.citation");
    assertThatThrownBy(
            () -> host().readValue("{\"citation\":\"c\",\"confidence\":\"SURE\"}", Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("JSON at $.confidence: ");
  }

  @Test
  void unknownPropertiesAreRefusedOrIgnoredAsTheHostMapperSays() throws Exception {
    String text = "{\"citation\":\"c\",\"confidence\":\"VERIFIED\",\"colour\":\"red\"}";
    // Jackson's default: refused
    assertThatThrownBy(() -> host().readValue(text, Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.colour");
    ObjectMapper lenient = host().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(text, Source.class))
        .isEqualTo(Source.of("c", Confidence.VERIFIED));
  }

  @Test
  void theModuleRegistersOnlyTheLibrarysOwnTypes() throws Exception {
    assertThat(ConnectLaoModule.supportedTypes())
        .allSatisfy(t -> assertThat(t.getName()).startsWith("io.github.connectlao."));
    // a host application's own dates are written as its mapper says, not as the module says
    var host = new com.fasterxml.jackson.databind.ObjectMapper();
    String before =
        host.writeValueAsString(
            java.util.Map.of("d", java.util.Date.from(java.time.Instant.EPOCH)));
    host.registerModule(new ConnectLaoModule());
    assertThat(
            host.writeValueAsString(
                java.util.Map.of("d", java.util.Date.from(java.time.Instant.EPOCH))))
        .isEqualTo(before);
    assertThatThrownBy(() -> host.writeValueAsString(java.time.LocalDate.of(2022, 9, 8)))
        .hasMessageContaining("jackson-datatype-jsr310");
  }

  @Test
  void theSupportedTypesAreEachListedOnce_theWriteOnlyOnesAmongThem() {
    List<Class<?>> types = ConnectLaoModule.supportedTypes();
    assertThat(new HashSet<>(types)).hasSameSizeAs(types);
    assertThat(types).contains(Source.class, AdminUnit.class, Gazetteer.class);
    assertThat(types).containsAll(ConnectLaoModule.writeOnlyTypes());
    assertThat(ConnectLaoModule.writeOnlyTypes())
        .isNotEmpty()
        .doesNotContain(Source.class, AdminUnit.class, Gazetteer.class);
    assertThatThrownBy(() -> types.add(Object.class))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readingAWriteOnlyTypeIsRefusedSayingWhy() {
    for (Class<?> type : ConnectLaoModule.writeOnlyTypes()) {
      assertThatThrownBy(() -> host().readValue("{}", type))
          .as(type.getSimpleName())
          .isInstanceOf(JsonFormatException.class)
          .hasMessageContaining(type.getSimpleName() + " is written, not read: ");
    }
  }

  @Test
  void aJsonPointerBecomesAJsonPath() {
    assertThat(ConnectLaoModule.path(JsonPointer.compile("/units/2/level")))
        .isEqualTo("$.units[2].level");
    assertThat(ConnectLaoModule.path(JsonPointer.compile(""))).isEqualTo("$");
    assertThat(ConnectLaoModule.path(JsonPointer.compile("/0"))).isEqualTo("$[0]");
  }

  @Test
  void anyCitationRoundTripsThroughAHostMapper() {
    ObjectMapper mapper = host();
    Confidence[] confidences = Confidence.values();
    qt().withExamples(200)
        .forAll(
            strings().allPossible().ofLengthBetween(1, 40),
            integers().between(0, confidences.length - 1))
        .assuming((citation, c) -> !citation.isBlank())
        .checkAssert(
            (citation, c) -> {
              Source s = Source.of(citation, confidences[c]);
              try {
                assertThat(mapper.readValue(mapper.writeValueAsString(s), Source.class))
                    .isEqualTo(s);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
