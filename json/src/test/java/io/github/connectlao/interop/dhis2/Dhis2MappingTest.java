package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.interop.CrvsStatistic;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.StatisticCell;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The mapping between the library's statistics and DHIS2 data elements and category option combos:
 * the file and its refusals, the one-to-one rule, and the conversions both ways with every cell or
 * value that cannot be placed reported. The shipped fixtures (JSON, CSV, ADX) go through it in
 * {@link Dhis2DataTest}.
 */
class Dhis2MappingTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final String HEADER =
      "statistic,sex,timeliness,data_element,category_option_combo,attribute_option_combo,"
          + "adx_disaggregation\n";

  /** The javadoc's example file. */
  private static final String EXAMPLE =
      HEADER
          + "births_registered,female,current,BR_REGISTERED,F_CURRENT,,SEX=F;TIMELINESS=CURRENT\n"
          + "completeness,,,BR_COMPLETENESS,,,\n";

  private static final ExternalIds IDS =
      ExternalIds.empty()
          .with("LA05", IdentifierScheme.DHIS2_UID, "SynBokeo001")
          .with("LA05", IdentifierScheme.DHIS2_CODE, "BOKEO")
          .with("LA0501", IdentifierScheme.DHIS2_UID, "SynHouay001");

  private static ImportResult<List<Dhis2Mapping.Entry>> read(String csv) {
    return Dhis2Mapping.readCsv(new StringReader(csv), "mapping.csv");
  }

  private static Dhis2Mapping example() {
    ImportResult<List<Dhis2Mapping.Entry>> r = read(EXAMPLE);
    assertThat(r.errors()).isEmpty();
    return Dhis2Mapping.of(r);
  }

  private static Dhis2Mapping.Entry entry(
      CrvsStatistic s, Optional<Sex> sex, Optional<Timeliness> t, String de, String coc) {
    return new Dhis2Mapping.Entry(s, sex, t, de, coc, "", Map.of());
  }

  private static StatisticCell cell(
      CrvsStatistic s, String unit, Optional<Sex> sex, Optional<Timeliness> t, String value) {
    return StatisticCell.of(s, unit, sex, t, ReportingPeriod.ofYear(2022), new BigDecimal(value));
  }

  private static Dhis2DataValue value(
      String de, String ou, String coc, Map<String, String> adx, String v, String path) {
    return new Dhis2DataValue(de, "2022", ou, coc, "", adx, v, "", "", "", false, 7, path);
  }

  @Test
  void
      theJavadocExampleReadsAsTwoEntries_blankMeaningBothSexesAllRegistrationsAndTheDefaultCombo() {
    List<Dhis2Mapping.Entry> entries = example().entries();
    assertThat(entries)
        .containsExactly(
            new Dhis2Mapping.Entry(
                CrvsStatistic.BIRTHS_REGISTERED,
                Optional.of(Sex.FEMALE),
                Optional.of(Timeliness.CURRENT),
                "BR_REGISTERED",
                "F_CURRENT",
                "",
                Map.of("SEX", "F", "TIMELINESS", "CURRENT")),
            new Dhis2Mapping.Entry(
                CrvsStatistic.COMPLETENESS,
                Optional.empty(),
                Optional.empty(),
                "BR_COMPLETENESS",
                "",
                "",
                Map.of()));
    assertThat(example()).hasToString("Dhis2Mapping[2 entries]");
  }

  @Test
  void theColumnsAcceptDhis2sOwnNames() {
    ImportResult<List<Dhis2Mapping.Entry>> r =
        read(
            "statistic,dataelement,categoryoptioncombo,attributeoptioncombo\ncompleteness,C,F,A\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(
            Dhis2Mapping.Entry::dataElement,
            Dhis2Mapping.Entry::categoryOptionCombo,
            Dhis2Mapping.Entry::attributeOptionCombo)
        .containsExactly(tuple("C", "F", "A"));
  }

  @Test
  void eachBadRowIsRefusedWithItsLineAndColumn_theGoodOnesKept() {
    ImportResult<List<Dhis2Mapping.Entry>> r =
        read(
            HEADER
                + "births_registered,female,current,BR,F_CUR,,\n" // 2 ok
                + "deaths,,,D,,,\n" // 3 unknown statistic
                + "births_registered,unknown,,BR,U,,\n" // 4 unknown sex is no disaggregation
                + "births_registered,male,never,BR,M_NEV,,\n" // 5 not a registered class
                + "births_registered,male,not_registered,BR,M_NR,,\n" // 6 idem
                + "completeness,,late,C,,,\n" // 7 completeness is not split
                + "births_registered,male,late,BR,M_LATE,,SEX\n" // 8 bad ADX pair
                + "births_registered,male,late,,M_LATE,,\n" // 9 no data element
                + "births_registered,female,current,BR,F_CUR2,,\n" // 10 statistic twice
                + "births_registered,male,current,BR,F_CUR,,\n" // 11 target twice
                + "births_registered,male,current,BR,M_CUR,,SEX=M\n"); // 12 ok
    assertThat(r.accepted())
        .extracting(Dhis2Mapping.Entry::categoryOptionCombo)
        .containsExactly("F_CUR", "M_CUR");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            tuple(3L, "statistic"),
            tuple(4L, "sex"),
            tuple(5L, "timeliness"),
            tuple(6L, "timeliness"),
            tuple(7L, "timeliness"),
            tuple(8L, "adx_disaggregation"),
            tuple(9L, "data_element"),
            tuple(10L, "statistic"),
            tuple(11L, "data_element"));
    assertThat(r.errors().get(0).reason())
        .contains("is not a statistic")
        .contains("births_registered")
        .contains("coverage_u18");
    assertThat(r.errors().get(1).reason()).contains("leave blank for both sexes");
    assertThat(r.errors().get(2).reason()).isEqualTo("is not current, late or delayed");
    assertThat(r.errors().get(4).reason()).isEqualTo("does not split completeness");
    assertThat(r.errors().get(5).reason()).contains("CATEGORY=OPTION pairs");
    assertThat(r.errors().get(7).reason()).contains("is mapped twice");
    assertThat(r.errors().get(8).reason())
        .isEqualTo("already holds births_registered female current");
  }

  @Test
  void aMappingIsOneToOne_byStatisticByTargetAndByAdxCategories() {
    Dhis2Mapping.Entry a =
        entry(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "C", "");
    assertThatThrownBy(
            () ->
                Dhis2Mapping.of(
                    List.of(
                        a,
                        entry(
                            CrvsStatistic.COMPLETENESS,
                            Optional.empty(),
                            Optional.empty(),
                            "C2",
                            ""))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("statistic")
        .hasMessageContaining("is mapped twice");
    assertThatThrownBy(
            () ->
                Dhis2Mapping.of(
                    List.of(
                        a,
                        entry(
                            CrvsStatistic.COVERAGE_U5,
                            Optional.empty(),
                            Optional.empty(),
                            "C",
                            ""))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("data_element")
        .hasMessageContaining("already holds completeness");
    Dhis2Mapping.Entry f =
        new Dhis2Mapping.Entry(
            CrvsStatistic.COMPLETENESS,
            Optional.of(Sex.FEMALE),
            Optional.empty(),
            "C",
            "F",
            "",
            Map.of("SEX", "F"));
    Dhis2Mapping.Entry m =
        new Dhis2Mapping.Entry(
            CrvsStatistic.COMPLETENESS,
            Optional.of(Sex.MALE),
            Optional.empty(),
            "C",
            "M",
            "",
            Map.of("SEX", "F"));
    assertThatThrownBy(() -> Dhis2Mapping.of(List.of(f, m)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("adx_disaggregation")
        .hasMessageContaining("already holds completeness female");
    // the same categories under another data element are another target
    assertThat(
            Dhis2Mapping.of(
                    List.of(
                        f,
                        new Dhis2Mapping.Entry(
                            CrvsStatistic.COVERAGE_U5,
                            Optional.of(Sex.FEMALE),
                            Optional.empty(),
                            "COV",
                            "F",
                            "",
                            Map.of("SEX", "F"))))
                .entries())
        .hasSize(2);
  }

  @Test
  void anEntryIsValidatedNamingTheField() {
    assertThatThrownBy(
            () ->
                entry(
                    CrvsStatistic.COVERAGE_U5,
                    Optional.empty(),
                    Optional.of(Timeliness.LATE),
                    "C",
                    ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("timeliness")
        .hasMessageContaining("does not split coverage_u5");
    assertThatThrownBy(
            () -> entry(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), " ", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("dataElement");
    assertThatThrownBy(() -> entry(null, Optional.empty(), Optional.empty(), "C", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("statistic");
    Dhis2Mapping.Entry e =
        new Dhis2Mapping.Entry(
            CrvsStatistic.COMPLETENESS,
            Optional.empty(),
            Optional.empty(),
            " C ",
            null,
            " A ",
            new HashMap<>(Map.of("B", "2", "A", "1")));
    assertThat(e.dataElement()).isEqualTo("C");
    assertThat(e.categoryOptionCombo()).isEmpty();
    assertThat(e.attributeOptionCombo()).isEqualTo("A");
    assertThat(e.adxDisaggregation().keySet()).containsExactly("A", "B");
    assertThatThrownBy(() -> e.adxDisaggregation().put("C", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCellFindsItsEntryByStatisticSexAndTimeliness() {
    Dhis2Mapping mapping = example();
    assertThat(
            mapping.entry(
                cell(
                    CrvsStatistic.BIRTHS_REGISTERED,
                    "LA05",
                    Optional.of(Sex.FEMALE),
                    Optional.of(Timeliness.CURRENT),
                    "1")))
        .map(Dhis2Mapping.Entry::categoryOptionCombo)
        .contains("F_CURRENT");
    assertThat(
            mapping.entry(
                cell(
                    CrvsStatistic.BIRTHS_REGISTERED,
                    "LA05",
                    Optional.of(Sex.MALE),
                    Optional.of(Timeliness.CURRENT),
                    "1")))
        .isEmpty();
    assertThat(
            mapping.entry(
                cell(
                    CrvsStatistic.COMPLETENESS,
                    "LA05",
                    Optional.of(Sex.FEMALE),
                    Optional.empty(),
                    "1")))
        .isEmpty();
  }

  @Test
  void cellsBecomeDataValues_numbersWithoutTrailingZeros_unitsInTheSchemeAsked() {
    Dhis2Mapping mapping = example();
    List<StatisticCell> cells =
        List.of(
            cell(CrvsStatistic.COMPLETENESS, "LA05", Optional.empty(), Optional.empty(), "47.30"),
            cell(
                CrvsStatistic.BIRTHS_REGISTERED,
                "LA0501",
                Optional.of(Sex.FEMALE),
                Optional.of(Timeliness.CURRENT),
                "1E+2"));
    ImportResult<List<Dhis2DataValue>> out =
        mapping.toDataValues(cells, IDS, IdentifierScheme.DHIS2_UID);
    assertThat(out.errors()).isEmpty();
    assertThat(out.accepted())
        .containsExactly(
            Dhis2DataValue.of("BR_COMPLETENESS", "2022", "SynBokeo001", "", "", "47.3"),
            Dhis2DataValue.of("BR_REGISTERED", "2022", "SynHouay001", "F_CURRENT", "", "100"));
    // by DHIS2 code, Houayxay has none: reported with its position, not dropped
    ImportResult<List<Dhis2DataValue>> byCode =
        mapping.toDataValues(cells, IDS, IdentifierScheme.DHIS2_CODE);
    assertThat(byCode.accepted()).extracting(Dhis2DataValue::orgUnit).containsExactly("BOKEO");
    assertThat(byCode.errors())
        .extracting(RowError::line, RowError::column, RowError::value, RowError::reason)
        .containsExactly(
            tuple(2L, "unitCode", "LA0501", "has no DHIS2_CODE in the identifier mapping"));
  }

  @Test
  void writeDataValueSetsWritesTheJsonAndReturnsTheCellsLeftOut() {
    Dhis2Mapping mapping = example();
    List<StatisticCell> cells =
        List.of(
            cell(CrvsStatistic.COMPLETENESS, "LA05", Optional.empty(), Optional.empty(), "47.3"),
            cell(CrvsStatistic.COVERAGE_U5, "LA05", Optional.empty(), Optional.empty(), "60"));
    StringWriter out = new StringWriter();
    List<RowError> left = mapping.writeDataValueSets(cells, IDS, out);
    assertThat(left)
        .extracting(RowError::line, RowError::column)
        .containsExactly(tuple(2L, "statistic"));
    ImportResult<List<Dhis2DataValue>> back =
        DataValueSets.readJson(new StringReader(out.toString()), "written.json");
    assertThat(back.errors()).isEmpty();
    assertThat(mapping.toCells(back.accepted(), LAO, IDS).accepted()).containsExactly(cells.get(0));
  }

  @Test
  void forAdxPutsTheCategoriesInPlaceOfTheComboWhereTheMappingGivesThem() {
    Dhis2Mapping mapping = example();
    Dhis2DataValue withAdx =
        Dhis2DataValue.of("BR_REGISTERED", "2022", "SynBokeo001", "F_CURRENT", "", "3");
    Dhis2DataValue without =
        Dhis2DataValue.of("BR_COMPLETENESS", "2022", "SynBokeo001", "", "", "47.3");
    Dhis2DataValue unknown = Dhis2DataValue.of("OTHER", "2022", "SynBokeo001", "X", "", "1");
    List<Dhis2DataValue> adx = mapping.forAdx(List.of(withAdx, without, unknown));
    assertThat(adx.get(0).categoryOptionCombo()).isEmpty();
    assertThat(adx.get(0).disaggregation()).isEqualTo(Map.of("SEX", "F", "TIMELINESS", "CURRENT"));
    assertThat(adx.get(1)).isEqualTo(without);
    assertThat(adx.get(2)).isEqualTo(unknown);
  }

  @Test
  void valuesBecomeCells_eachValueThatCannotBePlacedReportedWithItsLineAndPath() {
    Dhis2Mapping mapping = example();
    List<Dhis2DataValue> values =
        List.of(
            value("BR_COMPLETENESS", "SynBokeo001", "", Map.of(), "47.3", "dataValues[0]"),
            value("BR_DEATHS", "SynBokeo001", "", Map.of(), "1", "dataValues[1]"),
            value("BR_REGISTERED", "SynBokeo001", "M_CURRENT", Map.of(), "1", "dataValues[2]"),
            value("BR_COMPLETENESS", "Nowhere0001", "", Map.of(), "1", "dataValues[3]"),
            value("BR_COMPLETENESS", "SynBokeo001", "", Map.of(), "lots", "dataValues[4]"),
            value("BR_COMPLETENESS", "SynBokeo001", "", Map.of(), "-1", "group[1]/dataValue[2]"),
            value(
                "BR_REGISTERED",
                "BOKEO",
                "",
                Map.of("SEX", "F", "TIMELINESS", "CURRENT"),
                "12",
                "group[2]/dataValue[1]"),
            value("BR_REGISTERED", "LA-BK", "", Map.of("SEX", "M"), "1", ""),
            value("BR_COMPLETENESS", "LA0501", "", Map.of(), "50", ""));
    ImportResult<List<StatisticCell>> r = mapping.toCells(values, LAO, IDS);
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(
            tuple(7L, "dataValues[1].dataElement", "BR_DEATHS"),
            tuple(7L, "dataValues[2].categoryOptionCombo", "M_CURRENT"),
            tuple(7L, "dataValues[3].orgUnit", "Nowhere0001"),
            tuple(7L, "dataValues[4].value", "lots"),
            tuple(7L, "group[1]/dataValue[2]/@value", "-1"),
            tuple(7L, "categoryoptioncombo", "{SEX=M}"));
    assertThat(r.errors().get(1).reason())
        .isEqualTo("is not a category option combo the mapping knows for BR_REGISTERED");
    assertThat(r.errors().get(3).reason()).isEqualTo("is not a number");
    assertThat(r.errors().get(4).reason()).isEqualTo("must not be negative");
    // by UID, by DHIS2 code, by the gazetteer's own code
    assertThat(r.accepted())
        .containsExactly(
            cell(CrvsStatistic.COMPLETENESS, "LA05", Optional.empty(), Optional.empty(), "47.3"),
            cell(
                CrvsStatistic.BIRTHS_REGISTERED,
                "LA05",
                Optional.of(Sex.FEMALE),
                Optional.of(Timeliness.CURRENT),
                "12"),
            cell(CrvsStatistic.COMPLETENESS, "LA0501", Optional.empty(), Optional.empty(), "50"));
  }

  @Test
  void theDefaultComboIsNamedWhenNoEntryHasIt() {
    Dhis2Mapping mapping =
        Dhis2Mapping.of(
            List.of(
                entry(
                    CrvsStatistic.BIRTHS_REGISTERED,
                    Optional.of(Sex.FEMALE),
                    Optional.of(Timeliness.LATE),
                    "BR",
                    "F_LATE")));
    ImportResult<List<StatisticCell>> r =
        mapping.toCells(List.of(value("BR", "SynBokeo001", "", Map.of(), "1", "")), LAO, IDS);
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.value()).isEqualTo("(default)"));
  }

  @Test
  void theMappingFileRoundTrips() {
    Dhis2Mapping all = fullMapping();
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Dhis2Mapping.Entry> some = new ArrayList<>();
              for (Dhis2Mapping.Entry e : all.entries()) {
                if (r.nextBoolean()) {
                  some.add(e);
                }
              }
              StringWriter w = new StringWriter();
              Dhis2Mapping.of(some).writeCsv(w);
              ImportResult<List<Dhis2Mapping.Entry>> back = read(w.toString());
              assertThat(back.errors()).isEmpty();
              assertThat(back.accepted()).isEqualTo(some);
            });
  }

  @Test
  void cellsGoToDhis2AndComeBackTheSame() {
    Dhis2Mapping mapping = fullMapping();
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<StatisticCell> cells = new ArrayList<>();
              ReportingPeriod p = ReportingPeriod.ofQuarter(2020 + r.nextInt(5), 1 + r.nextInt(4));
              for (String unit : List.of("LA05", "LA0501")) {
                for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
                  if (r.nextBoolean()) {
                    cells.addAll(
                        StatisticCell.ofCounts(
                            unit,
                            Optional.of(sex),
                            p,
                            TimelinessCounts.of(
                                r.nextInt(1000),
                                r.nextInt(1000),
                                r.nextInt(1000),
                                r.nextInt(1000))));
                  }
                }
                if (r.nextBoolean()) {
                  cells.add(
                      StatisticCell.of(
                          CrvsStatistic.COMPLETENESS,
                          unit,
                          Optional.empty(),
                          Optional.empty(),
                          p,
                          new BigDecimal(
                              BigDecimal.valueOf(r.nextInt(20000), 2)
                                  .stripTrailingZeros()
                                  .toPlainString())));
                }
              }
              ImportResult<List<Dhis2DataValue>> values =
                  mapping.toDataValues(cells, IDS, IdentifierScheme.DHIS2_UID);
              assertThat(values.errors()).isEmpty();
              ImportResult<List<StatisticCell>> back = mapping.toCells(values.accepted(), LAO, IDS);
              assertThat(back.errors()).isEmpty();
              assertThat(back.accepted()).isEqualTo(cells);
              // and through ADX categories
              ImportResult<List<StatisticCell>> viaAdx =
                  mapping.toCells(mapping.forAdx(values.accepted()), LAO, IDS);
              assertThat(viaAdx.accepted()).isEqualTo(cells);
            });
  }

  /** Every registered count by sex and timeliness, not registered by sex, and completeness. */
  private static Dhis2Mapping fullMapping() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String sex : List.of("female", "male")) {
      String s = sex.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
      for (String t : List.of("current", "late", "delayed")) {
        String tu = t.toUpperCase(java.util.Locale.ROOT);
        csv.append(
            String.format(
                "births_registered,%s,%s,BR_REGISTERED,%s_%s,,SEX=%s;TIMELINESS=%s%n",
                sex, t, s, tu, s, tu));
      }
      csv.append(
          String.format("births_not_registered,%s,,BR_NOT_REGISTERED,%s,,SEX=%s%n", sex, s, s));
    }
    csv.append("completeness,,,BR_COMPLETENESS,,,\n");
    ImportResult<List<Dhis2Mapping.Entry>> r = read(csv.toString());
    assertThat(r.errors()).isEmpty();
    return Dhis2Mapping.of(r);
  }
}
