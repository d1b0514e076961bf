package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.ImportResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryThroughTimeTest {
  private final Gazetteer lao = Gazetteer.laoPdr();

  @Test
  void xaisomboun_isAProvinceFromDecember2013_withItsSource() {
    AdminUnit xs = lao.unit("LA-XS");
    assertThat(xs.code()).isEqualTo("LA18");
    assertThat(xs.validFrom()).get().hasToString("2013-12");
    assertThat(xs.isValidOn(LocalDate.of(2012, 6, 1))).isFalse();
    assertThat(xs.isValidOn(LocalDate.of(2014, 1, 1))).isTrue();
    assertThat(xs.source().note()).get().asString().contains("H2013-XS").contains("SECONDARY");
  }

  @Test
  void xaisombounsDistricts_inheritTheProvincesCreation() {
    for (AdminUnit d : lao.children(lao.unit("LA18"))) {
      assertThat(d.validFrom()).as("%s", d).get().hasToString("2013-12");
      assertThat(d.isValidOn(LocalDate.of(2010, 5, 1))).as("%s in 2010", d).isFalse();
      assertThat(d.isValidOn(LocalDate.of(2014, 1, 1))).as("%s in 2014", d).isTrue();
      assertThat(d.source().note())
          .get()
          .asString()
          .contains("valid from 2013-12 as its parent LA18");
    }
    // a district elsewhere has no validity date: valid on any day
    assertThat(lao.unit("LA0501").isValidOn(LocalDate.of(1990, 1, 1))).isTrue();
  }

  @Test
  void validityOn_explainsTheAnswer() {
    UnitValidity before = lao.unit("LA1801").validityOn(LocalDate.of(2010, 5, 1));
    assertThat(before.status()).isEqualTo(UnitValidity.Status.NOT_YET_CREATED);
    assertThat(before.reason())
        .isEqualTo("LA1801 Anouvong did not exist on 2010-05-01: valid from 2013-12");
    // December 2013 is the month of creation, the day is disputed (13 or 31): possible, not certain
    UnitValidity inMonth = lao.unit("LA18").validityOn(LocalDate.of(2013, 12, 20));
    assertThat(inMonth.status()).isEqualTo(UnitValidity.Status.UNCERTAIN);
    assertThat(inMonth.isPossible()).isTrue();
    assertThat(inMonth.reason()).contains("2013-12").contains("exact day is not known");
    assertThat(lao.unit("LA18").validityOn(LocalDate.of(2013, 12, 31)).status())
        .isEqualTo(UnitValidity.Status.VALID);
    assertThat(lao.unit("LA18").validityOn(LocalDate.of(2013, 11, 30)).status())
        .isEqualTo(UnitValidity.Status.NOT_YET_CREATED);
    assertThat(lao.unit("LA0501").validityOn(LocalDate.of(1990, 1, 1)).reason())
        .contains("no validity dates known");
  }

  @Test
  void abolishedUnits_areInvalidAfterTheirLastDay() {
    Gazetteer g =
        lao.withUnits(
            List.of(
                AdminUnit.builder("OLD", AdminLevel.DISTRICT)
                    .parent("LA05")
                    .nameEnglish("Old district")
                    .validFrom(PartialDate.ofYear(1995))
                    .validTo(PartialDate.of(2006, 1, 13))
                    .source(Source.of("test fixture", Confidence.SYNTHETIC))
                    .build()));
    AdminUnit old = g.unit("OLD");
    assertThat(old.validityOn(LocalDate.of(2006, 1, 13)).status())
        .isEqualTo(UnitValidity.Status.VALID);
    assertThat(old.validityOn(LocalDate.of(2006, 1, 14)).status())
        .isEqualTo(UnitValidity.Status.ABOLISHED);
    assertThat(old.validityOn(LocalDate.of(2006, 1, 14)).reason()).contains("no longer existed");
    assertThat(old.validityOn(LocalDate.of(1995, 6, 1)).status())
        .isEqualTo(UnitValidity.Status.UNCERTAIN);
  }

  @Test
  void asOf_2010_has17ProvincesAnd143Districts_andSaysItIsIncomplete() {
    Territory t = lao.asOf(LocalDate.of(2010, 6, 30));
    assertThat(t.count(AdminLevel.NATIONAL)).isEqualTo(1);
    assertThat(t.count(AdminLevel.PROVINCE)).isEqualTo(17);
    assertThat(t.count(AdminLevel.DISTRICT)).isEqualTo(143);
    assertThat(t.gazetteer().find("LA18")).isEmpty();
    assertThat(t.gazetteer().find("LA1801")).isEmpty();
    assertThat(t.gazetteer().children(t.gazetteer().unit("LA05"))).hasSize(5);
    assertThat(t.isComplete()).isFalse();
    assertThat(t.caveats())
        .anySatisfy(c -> assertThat(c).contains("Xaisomboun province").contains("Xinhua"));
    assertThat(t.toString()).contains("17 provinces, 143 districts").contains("incomplete");
  }

  @Test
  void asOf_today_isTheWholeGazetteer() {
    Territory t = lao.asOf(LocalDate.of(2024, 3, 1));
    assertThat(t.counts()).isEqualTo(lao.counts());
    assertThat(t.uncertain()).isEmpty();
    // only the 2018 city-status change may follow 2018-01-01; it keeps every unit
    assertThat(lao.asOf(LocalDate.of(2019, 1, 1)).isComplete()).isTrue();
  }

  @Test
  void asOf_theMonthOfCreation_leavesTheProvinceAndItsDistrictsOutAsUncertain() {
    Territory t = lao.asOf(LocalDate.of(2013, 12, 20));
    assertThat(t.count(AdminLevel.PROVINCE)).isEqualTo(17);
    assertThat(t.uncertain())
        .extracting(v -> v.unit().code())
        .containsExactly("LA18", "LA1801", "LA1802", "LA1803", "LA1804", "LA1805");
    assertThat(t.isComplete()).isFalse();
    assertThat(t.caveats()).first().asString().contains("not counted");
  }

  @Test
  void gazetteerRefusesAChildThatEndsBeforeItsParentBegins() {
    Gazetteer g =
        Gazetteer.of(
            "test",
            List.of(
                AdminUnit.builder("N", AdminLevel.NATIONAL).nameEnglish("Nation").build(),
                AdminUnit.builder("P", AdminLevel.PROVINCE)
                    .parent("N")
                    .nameEnglish("P")
                    .validFrom(PartialDate.ofYear(2013))
                    .build()));
    ImportResult<Gazetteer> r =
        g.importEntries(
            "t",
            List.of(
                new GazetteerBuilder.Entry(
                    AdminUnit.builder("D", AdminLevel.DISTRICT)
                        .parent("P")
                        .nameEnglish("D")
                        .validTo(PartialDate.ofYear(2010))
                        .build(),
                    7)),
            List.of());
    assertThat(r.accepted().unitsNotIn(g)).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.reason()).contains("D ends before its parent P begins");
            });
  }

  @Test
  void historyStartsWithXaisomboun_andEveryChangeHasItsSource() {
    TerritoryHistory h = TerritoryHistory.laoPdr();
    assertThat(h.changesOf("LA18")).extracting(TerritoryChange::id).contains("H2013-XS");
    TerritoryChange created =
        h.changes().stream().filter(c -> c.id().equals("H2013-XS")).findFirst().orElseThrow();
    assertThat(created.kind()).isEqualTo(TerritoryChange.Kind.CREATED);
    assertThat(created.fromUnits()).containsExactly("LA10", "LA09");
    assertThat(created.source().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(created.source().note())
        .get()
        .asString()
        .contains("13 December")
        .contains("31 December");
    assertThat(h.changes())
        .extracting(TerritoryChange::id)
        .contains("H1994-XSZ", "H2004-HOM", "H2005-XSB", "H2006-XSZ", "H2013-XS");
    assertThat(h.after(LocalDate.of(2014, 1, 1)))
        .extracting(TerritoryChange::id)
        .containsExactly("H2018-CITY");
    assertThatThrownBy(() -> lao.unit("LA18").validityOn(null))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void unitOn_refusesAPlaceThatDidNotExistOnTheDay_withTheReason() {
    assertThatThrownBy(() -> lao.unitOn("LA1801", LocalDate.of(2010, 5, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("LA1801 Anouvong did not exist on 2010-05-01: valid from 2013-12");
    assertThat(lao.unitOn("LA1801", LocalDate.of(2015, 5, 1)).code()).isEqualTo("LA1801");
    assertThat(lao.unitOn("LA18", LocalDate.of(2013, 12, 20)).code())
        .isEqualTo("LA18"); // uncertain: not refused
    assertThatThrownBy(() -> lao.unitOn("LA99", LocalDate.of(2015, 5, 1)))
        .isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void asOf_anyDay_holdsOnlyUnitsValidThatDay_withTheirParents() {
    org.quicktheories.QuickTheory.qt()
        .withExamples(300)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers()
                .between(
                    (int) LocalDate.of(1975, 1, 1).toEpochDay(),
                    (int) LocalDate.of(2030, 12, 31).toEpochDay()))
        .checkAssert(
            day -> {
              LocalDate d = LocalDate.ofEpochDay(day);
              Territory t = lao.asOf(d);
              for (AdminUnit u : t.gazetteer().all()) {
                assertThat(u.validityOn(d).status()).isEqualTo(UnitValidity.Status.VALID);
                t.gazetteer().parent(u).ifPresent(p -> assertThat(p.isValidOn(d)).isTrue());
              }
              int counted = t.gazetteer().size() + t.uncertain().size();
              assertThat(counted).isLessThanOrEqualTo(lao.size());
              assertThat(t.count(AdminLevel.PROVINCE)).isBetween(17, 18);
              assertThat(t.isComplete()).isEqualTo(!d.isBefore(LocalDate.of(2013, 12, 31)));
            });
  }
}
