package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.RowError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvExportsTest {
  @Test
  void timelinessCountsPerUnitWithLaoHeaders() {
    Map<Object, TimelinessCounts> m = new LinkedHashMap<>();
    m.put(Gazetteer.laoPdr().unit("LA05"), TimelinessCounts.of(12, 3, 1, 4));
    assertThat(CsvExports.timelinessCounts(m).toCsv(HeaderLanguage.LAO))
        .isEqualTo(
            "ລະຫັດຫົວໜ່ວຍ,ຊື່ຫົວໜ່ວຍ,ທັນເວລາ,ຊ້າ,ຊ້າເກີນກຳນົດ,ບໍ່ທັນຈົດທະບຽນ,ລວມ\r\nLA05,Bokeo,12,3,1,4,20\r\n");
    Map<Sex, TimelinessCounts> bySex = new LinkedHashMap<>();
    bySex.put(Sex.FEMALE, TimelinessCounts.of(1, 0, 0, 0));
    assertThat(CsvExports.timelinessCounts(bySex).toCsv(HeaderLanguage.ENGLISH))
        .isEqualTo("key,current,late,delayed,not_registered,total\r\nFEMALE,1,0,0,0,1\r\n");
  }

  @Test
  void registrationRatesWriteNoValueAsAnEmptyCellWithItsReason() {
    Source syn = Source.synthetic("test");
    List<RegistrationRate> rates =
        List.of(
            new RegistrationRate(
                "completeness",
                "LA05",
                "2015",
                Optional.empty(),
                50,
                Optional.of(200.0),
                Optional.empty(),
                List.of(),
                List.of(syn)),
            new RegistrationRate(
                "coverage under 5",
                "LA05",
                "2016-12-31",
                Optional.of(Sex.MALE),
                3,
                Optional.empty(),
                Optional.of("no population"),
                List.of(),
                List.of()));
    assertThat(CsvExports.registrationRates(rates).toCsv(HeaderLanguage.ENGLISH))
        .isEqualTo(
            "indicator,unit_code,period,sex,numerator,denominator,percent,no_value_reason,sources\r\n"
                + "completeness,LA05,2015,both,50,200.00,25.0,,test [synthetic]\r\n"
                + "coverage under 5,LA05,2016-12-31,male,3,,,no population,\r\n");
  }

  @Test
  void suppressedCellsAreEmpty() {
    SuppressedTable t =
        SuppressedTable.of(
            List.of("a", "b"), List.of("x", "y", "z"), new long[][] {{12, 3, 40}, {25, 9, 7}}, 5);
    String csv = CsvExports.suppressedTable(t).toCsv(HeaderLanguage.ENGLISH);
    assertThat(csv).startsWith("key,x,y,z,total\r\n");
    assertThat(csv).doesNotContain(",3,");
    assertThat(csv.split("\r\n")).hasSize(4);
    assertThat(csv).endsWith("total,37,12,47,96\r\n");
  }

  @Test
  void samSangReportHasOneRowPerAreaAndStatus() {
    var report =
        io.github.connectlao.targets.SamSang.rollup(Gazetteer.laoPdr(), 2023)
            .counts(List.of(io.github.connectlao.targets.SamSang.luangNamtha2018()))
            .build();
    String csv = CsvExports.samSangReport(report).toCsv(HeaderLanguage.ENGLISH);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "unit_code,unit_name,status,units,total_basis,required,achieved,gap,progress,note,sources");
    assertThat(lines).hasSize(report.rows().size() + 1);
    assertThat(csv).contains("LA03,");
  }

  @Test
  void registrationCountsPerProvince() {
    var r =
        io.github.connectlao.crvs.BirthRegistration.builder(
                "SYN-1", Sex.FEMALE, java.time.LocalDate.of(2022, 3, 1), "LA0501")
            .registered(java.time.LocalDate.of(2022, 3, 20), null)
            .build();
    var counts =
        io.github.connectlao.crvs.BirthRegistry.of(
                Gazetteer.laoPdr(), java.util.stream.Stream.of(r))
            .aggregate(io.github.connectlao.crvs.RegistrationPolicy.laoPdr())
            .rolledUp();
    String csv =
        CsvExports.registrationCounts(counts, io.github.connectlao.admin.AdminLevel.PROVINCE)
            .toCsv(HeaderLanguage.ENGLISH);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0])
        .startsWith(
            "unit_code,unit_name,male_current,male_late,male_delayed,male_not_registered,"
                + "female_current")
        .endsWith(",current,late,delayed,not_registered,total");
    assertThat(lines).hasSize(19);
    assertThat(csv).contains("LA05,Bokeo,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1\r\n");
    assertThat(
            CsvExports.registrationCounts(counts, io.github.connectlao.admin.AdminLevel.PROVINCE)
                .toCsv(HeaderLanguage.LAO))
        .startsWith("ລະຫັດຫົວໜ່ວຍ,ຊື່ຫົວໜ່ວຍ,ຊາຍ ທັນເວລາ");
  }

  @Test
  void errorReportRoundTripsThroughTheReader() {
    List<RowError> errors = List.of(new RowError(4, "sex", "=1+1", "is not a sex value"));
    String csv = CsvExports.errors(errors).toCsv(HeaderLanguage.ENGLISH);
    assertThat(csv).isEqualTo("line,column,value,reason\r\n4,sex,'=1+1,is not a sex value\r\n");
  }
}
