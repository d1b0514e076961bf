package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Matching another system's units to the gazetteer: identifier in the mapping, then code, then name
 * within a level and under a parent; a name that fits several units is ambiguous, never guessed.
 */
class UnitMatcherTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final UnitMatcher MATCHER = UnitMatcher.of(LAO);
  private static final Optional<AdminLevel> DISTRICT = Optional.of(AdminLevel.DISTRICT);

  @Test
  void theJavadocExample_xaysethaIsAmbiguousUntilItsParentIsGiven() {
    UnitMatch alone = MATCHER.matchName("Xaysetha", Optional.empty(), DISTRICT);
    assertThat(alone.status()).isEqualTo(UnitMatch.Status.AMBIGUOUS);
    assertThat(alone.candidates()).extracting(AdminUnit::code).containsExactly("LA0103", "LA1701");
    assertThat(alone.unit()).isEmpty();
    UnitMatch underAttapeu = MATCHER.matchName("Xaysetha", Optional.of("Attapeu"), DISTRICT);
    assertThat(underAttapeu.isMatched()).isTrue();
    assertThat(underAttapeu.unit().orElseThrow().code()).isEqualTo("LA1701");
    assertThat(underAttapeu.how()).startsWith("by name").contains("under LA17");
    // the parent may be given by its code, or by its Lao name
    assertThat(MATCHER.matchName("Xaysetha", Optional.of("LA01"), DISTRICT).unit())
        .map(AdminUnit::code)
        .contains("LA0103");
    assertThat(MATCHER.matchName("ໄຊເສດຖາ", Optional.of("ນະຄອນຫຼວງວຽງຈັນ"), DISTRICT).unit())
        .map(AdminUnit::code)
        .contains("LA0103");
  }

  @Test
  void theNameAsWrittenComesBeforeItsSpellingVariants() {
    // "Vientiane Capital" is LA01, not Vientiane province (LA10), though the folded keys are close
    assertThat(MATCHER.matchName("Vientiane Capital", Optional.empty(), Optional.empty()).unit())
        .map(AdminUnit::code)
        .contains("LA01");
    // a romanised spelling variant still finds the unit when it is the only one
    assertThat(MATCHER.matchName("Xaysettha", Optional.of("Attapeu"), DISTRICT).unit())
        .map(AdminUnit::code)
        .contains("LA1701");
  }

  @Test
  void aCodeOfTheGazetteerMatchesDirectly_unlessItIsOfAnotherLevel() {
    UnitMatch byCode = MATCHER.matchName(" LA05 ", Optional.empty(), Optional.empty());
    assertThat(byCode.unit()).map(AdminUnit::code).contains("LA05");
    assertThat(byCode.how()).isEqualTo("by code");
    assertThat(MATCHER.matchName("LA-BK", Optional.empty(), Optional.empty()).unit())
        .map(AdminUnit::code)
        .contains("LA05");
    // LA05 is a province: asked for a district, the code does not match (and no district has that
    // name)
    UnitMatch wrongLevel = MATCHER.matchName("LA05", Optional.empty(), DISTRICT);
    assertThat(wrongLevel.status()).isEqualTo(UnitMatch.Status.MISSING);
    assertThat(wrongLevel.how()).startsWith("no unit of that name");
  }

  @Test
  void aParentThatIsNotFoundIsSaid_andNothingIsMatchedBelowIt() {
    UnitMatch m = MATCHER.matchName("Xaysetha", Optional.of("Atlantis"), DISTRICT);
    assertThat(m.status()).isEqualTo(UnitMatch.Status.MISSING);
    assertThat(m.how()).isEqualTo("its parent Atlantis is missing");
    // a blank parent is no parent
    assertThat(MATCHER.matchName("Xaysetha", Optional.of(" "), DISTRICT).status())
        .isEqualTo(UnitMatch.Status.AMBIGUOUS);
  }

  @Test
  void aNameNoUnitHasIsMissing_andANullOrBlankNameToo() {
    UnitMatch m = MATCHER.matchName("Atlantis", Optional.empty(), DISTRICT);
    assertThat(m.status()).isEqualTo(UnitMatch.Status.MISSING);
    assertThat(m.how()).startsWith("no unit of that name");
    assertThat(MATCHER.matchName(null, Optional.empty(), Optional.empty()).status())
        .isEqualTo(UnitMatch.Status.MISSING);
    assertThat(MATCHER.matchName("   ", Optional.empty(), Optional.empty()).status())
        .isEqualTo(UnitMatch.Status.MISSING);
  }

  @Test
  void matchLooksTheIdentifierUpInTheMappingFirst() {
    ExternalIds ids = ExternalIds.empty().with("LA05", IdentifierScheme.DHIS2_UID, "SynBokeo001");
    // the mapping wins over a code and a name that say otherwise
    UnitMatch m =
        UnitMatcher.of(LAO, ids)
            .match(
                IdentifierScheme.DHIS2_UID,
                "SynBokeo001",
                Optional.of("LA03"),
                "Luangnamtha",
                Optional.empty(),
                Optional.empty());
    assertThat(m.unit()).map(AdminUnit::code).contains("LA05");
    assertThat(m.how()).isEqualTo("by DHIS2_UID in the mapping");
    assertThat(m.externalId()).isEqualTo("SynBokeo001");
    assertThat(m.name()).isEqualTo("Luangnamtha");
    // the same identifier in another scheme is not in the mapping: the code decides
    assertThat(
            UnitMatcher.of(LAO, ids)
                .match(
                    IdentifierScheme.OPENCRVS_ID,
                    "SynBokeo001",
                    Optional.of("LA03"),
                    "Luangnamtha",
                    Optional.empty(),
                    Optional.empty())
                .unit())
        .map(AdminUnit::code)
        .contains("LA03");
  }

  @Test
  void aMappingThatNamesAUnitOutsideTheGazetteerIsMissing_notMatchedByName() {
    ExternalIds ids = ExternalIds.empty().with("LA99", IdentifierScheme.DHIS2_UID, "SynGhost001");
    UnitMatch m =
        UnitMatcher.of(LAO, ids)
            .match(
                IdentifierScheme.DHIS2_UID,
                "SynGhost001",
                Optional.empty(),
                "Bokeo",
                Optional.empty(),
                Optional.empty());
    assertThat(m.status()).isEqualTo(UnitMatch.Status.MISSING);
    assertThat(m.how()).startsWith("the mapping names LA99, which is not in ");
  }

  @Test
  void matchTriesTheCodeAtTheLevel_thenTheNameUnderTheParent() {
    UnitMatch byCode =
        MATCHER.match(
            IdentifierScheme.OPENCRVS_ID,
            "x1",
            Optional.of("LA0501"),
            "whatever",
            Optional.empty(),
            DISTRICT);
    assertThat(byCode.unit()).map(AdminUnit::code).contains("LA0501");
    assertThat(byCode.how()).isEqualTo("by code LA0501");
    // a code of another level is passed over for the name
    UnitMatch byName =
        MATCHER.match(
            IdentifierScheme.OPENCRVS_ID,
            "x2",
            Optional.of("LA17"),
            "Xaysetha",
            Optional.of("LA17"),
            DISTRICT);
    assertThat(byName.unit()).map(AdminUnit::code).contains("LA1701");
    assertThat(byName.how()).startsWith("by name").endsWith("under LA17");
    // a parent code the gazetteer does not hold is no parent: the name alone is ambiguous
    UnitMatch noParent =
        MATCHER.match(
            IdentifierScheme.OPENCRVS_ID,
            "x3",
            Optional.empty(),
            "Xaysetha",
            Optional.of("LA99"),
            DISTRICT);
    assertThat(noParent.status()).isEqualTo(UnitMatch.Status.AMBIGUOUS);
    assertThat(noParent.candidates()).extracting(AdminUnit::code).contains("LA0103", "LA1701");
  }

  @Test
  void aUnitIsNeverItsOwnChild() {
    // "Attapeu" under Attapeu (LA17) is not LA17 itself
    assertThat(MATCHER.matchName("Attapeu", Optional.of("LA17"), Optional.empty()).unit())
        .isNotEqualTo(Optional.of(LAO.unit("LA17")));
  }

  @Test
  void theArgumentsAreRequiredByName() {
    assertThatThrownBy(() -> UnitMatcher.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("gazetteer");
    assertThatThrownBy(() -> UnitMatcher.of(LAO, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ids");
    assertThat(MATCHER.gazetteer()).isSameAs(LAO);
  }

  @Test
  void everyUnitOfTheEmbeddedGazetteerIsFoundByItsCode_andByItsNameUnderItsParentAtItsLevel() {
    for (AdminUnit u : LAO.all()) {
      assertThat(MATCHER.matchName(u.code(), Optional.empty(), Optional.empty()).unit())
          .as(u.code())
          .contains(u);
      Optional<String> parent = LAO.parent(u).map(AdminUnit::code);
      UnitMatch byName = MATCHER.matchName(u.name(), parent, Optional.of(u.level()));
      assertFoundOrAmongCandidates(byName, u, u.name());
    }
  }

  @Test
  void aNameTwoUnitsShareAtTheSameLevelIsAmbiguous_evenUnderTheirCommonParent() {
    // CLDR's English name of Vientiane Capital (LA01) is "Vientiane", the name of Vientiane
    // province (LA10)
    UnitMatch m =
        MATCHER.matchName("Vientiane", Optional.of("LA"), Optional.of(AdminLevel.PROVINCE));
    assertThat(m.status()).isEqualTo(UnitMatch.Status.AMBIGUOUS);
    assertThat(m.candidates()).extracting(AdminUnit::code).contains("LA01", "LA10");
    // the name only one of them has decides
    assertThat(MATCHER.matchName("ແຂວງວຽງຈັນ", Optional.empty(), Optional.empty()).unit())
        .map(AdminUnit::code)
        .contains("LA10");
  }

  /** Matched to the unit, or ambiguous with the unit among the candidates: never another unit. */
  private static void assertFoundOrAmongCandidates(UnitMatch m, AdminUnit u, String asWritten) {
    if (m.isMatched()) {
      assertThat(m.unit()).as("%s as '%s'", u.code(), asWritten).contains(u);
    } else {
      assertThat(m.status())
          .as("%s as '%s'", u.code(), asWritten)
          .isEqualTo(UnitMatch.Status.AMBIGUOUS);
      assertThat(m.candidates()).as("%s as '%s'", u.code(), asWritten).contains(u);
    }
  }

  @Test
  void caseAndWhiteSpaceDoNotChangeAMatch() {
    List<AdminUnit> units = LAO.all();
    qt().withExamples(300)
        .forAll(integers().between(0, units.size() - 1), longs().all())
        .checkAssert(
            (i, seed) -> {
              AdminUnit u = units.get(i);
              Optional<String> parent = LAO.parent(u).map(AdminUnit::code);
              String variant =
                  scramble(u.nameEnglish().isEmpty() ? u.name() : u.nameEnglish(), seed);
              UnitMatch m = MATCHER.matchName(variant, parent, Optional.of(u.level()));
              assertFoundOrAmongCandidates(m, u, variant);
              // exactly as the name as written does
              assertThat(m.status())
                  .isEqualTo(
                      MATCHER
                          .matchName(
                              u.nameEnglish().isEmpty() ? u.name() : u.nameEnglish(),
                              parent,
                              Optional.of(u.level()))
                          .status());
            });
  }

  /** The text with each letter's case flipped at random and extra spaces around and inside. */
  private static String scramble(String text, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("  ");
    for (char c : text.toCharArray()) {
      sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      if (c == ' ' && r.nextBoolean()) {
        sb.append("  ");
      }
    }
    return sb.append(' ').toString();
  }
}
