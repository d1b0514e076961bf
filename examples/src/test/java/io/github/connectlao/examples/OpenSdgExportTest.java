package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.NationalReportJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --open-sdg} writes SDG 16.9.1 in the Open SDG data form where a value exists. */
class OpenSdgExportTest {
  @Test
  void coverageUnderFiveIsWrittenWhereThePopulationGivesAValue(@TempDir Path tmp) throws Exception {
    Path pop = tmp.resolve("population.csv");
    Files.writeString(
        pop,
        """
        unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
        LA,2025,both,0-4,800000,,test fixture,unverified
        LA03,2025,both,0-4,22000,,test fixture,unverified
        """);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              tmp.resolve("r").toString(),
              "--population",
              pop.toString(),
              "--synthetic",
              "400000",
              "--no-charts",
              "--lang",
              "en",
              "--open-sdg"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> lines = Files.readAllLines(tmp.resolve("r").resolve("indicator_16-9-1.csv"));
    assertThat(lines.get(0)).isEqualTo("Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value");
    // the nation (blank area) and Louang Namtha (LSB code 03): the only units with a population
    // under 5
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).matches("2025,SG_REG_BRTH,PT,,Y0T4,,,[0-9]+(\\.[0-9])?");
    assertThat(lines.get(2)).matches("2025,SG_REG_BRTH,PT,,Y0T4,03,03,[0-9]+(\\.[0-9])?");
  }
}
