package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseMatchTest {
  static final CooperationCatalogue C = LaoCooperation.laoPdr();
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExample() {
    Programme covid = C.programme(LaoCooperation.COVID19_PREPAREDNESS);
    List<PhaseMatch> matches =
        C.programmesCovering(LAO.unit("LA0501"), LocalDate.of(2020, 12, 1), LAO);
    assertThat(matches)
        .filteredOn(m -> m.programme() == covid)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.relation()).isEqualTo(PhaseMatch.Relation.INSIDE_TARGET);
              assertThat(m.toString())
                  .isEqualTo(covid.id() + " " + m.phase().name() + " (inside target)");
            });
  }

  @Test
  void theRelationSaysWhetherTheUnitIsTargetedLiesInsideOrContainsATarget() {
    Programme covid = C.programme(LaoCooperation.COVID19_PREPAREDNESS);
    LocalDate day = LocalDate.of(2020, 12, 1);
    // the COVID-19 project targeted four provinces, Bokeo (LA05) among them
    assertThat(C.programmesCovering(LAO.unit("LA05"), day, LAO))
        .filteredOn(m -> m.programme() == covid)
        .extracting(PhaseMatch::relation)
        .containsExactly(PhaseMatch.Relation.TARGETED);
    assertThat(C.programmesCovering(LAO.nation(), day, LAO))
        .filteredOn(m -> m.programme() == covid)
        .extracting(PhaseMatch::relation)
        .containsExactly(PhaseMatch.Relation.CONTAINS_TARGET);
    assertThat(
            new PhaseMatch(covid, covid.phases().get(0), PhaseMatch.Relation.CONTAINS_TARGET)
                .toString())
        .endsWith("(contains target)");
  }

  @Test
  void everyComponentIsRequired() {
    Programme p = C.programme(LaoCooperation.CONNECT);
    Phase ph = p.phases().get(0);
    assertThat(
            catchThrowableOfType(
                    () -> new PhaseMatch(null, ph, PhaseMatch.Relation.TARGETED),
                    InvalidValueException.class)
                .field())
        .isEqualTo("programme");
    assertThat(
            catchThrowableOfType(
                    () -> new PhaseMatch(p, null, PhaseMatch.Relation.TARGETED),
                    InvalidValueException.class)
                .field())
        .isEqualTo("phase");
    assertThat(
            catchThrowableOfType(() -> new PhaseMatch(p, ph, null), InvalidValueException.class)
                .field())
        .isEqualTo("relation");
  }
}
