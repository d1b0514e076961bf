package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.examples.report.NationalReportJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report writes its published birth-registration counts as a DHIS2 dataValueSets file on request. */
class Dhis2ExportTest {
  static final String MAPPING =
      """
      statistic,sex,timeliness,data_element,category_option_combo,attribute_option_combo,adx_disaggregation
      births_registered,,current,SynBR,SynCurrent,,
      births_registered,,late,SynBR,SynLate,,
      births_registered,,delayed,SynBR,SynDelayed,,
      births_not_registered,,,SynBNR,SynAll,,
      """;

  static String orgUnits() {
    StringBuilder sb = new StringBuilder("unit,parent,scheme,external_id\n");
    Gazetteer lao = Gazetteer.laoPdr();
    sb.append("LA,,DHIS2_UID,SynNation01\n");
    int k = 0;
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      sb.append(p.code())
          .append(",,DHIS2_UID,SynProv")
          .append(String.format("%04d", ++k))
          .append('\n');
    }
    return sb.toString();
  }

  static int run(Path tmp, ByteArrayOutputStream err, String... extra) {
    String[] args = new String[6 + extra.length];
    String[] base = {
      "--out", tmp.resolve("r").toString(), "--synthetic", "20000", "--no-charts", "--lang=en"
    };
    System.arraycopy(base, 0, args, 0, 6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    return NationalReportJob.run(
        args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void publishedCountsAreWrittenAsDataValuesAndSuppressedOnesAreNot(@TempDir Path tmp)
      throws Exception {
    Path mapping = tmp.resolve("mapping.csv");
    Path units = tmp.resolve("org-units.csv");
    Files.writeString(mapping, MAPPING);
    Files.writeString(units, orgUnits());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        run(tmp, err, "--dhis2-mapping", mapping.toString(), "--dhis2-org-units", units.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String json =
        Files.readString(tmp.resolve("r").resolve("birth-registration.dataValueSets.json"));
    String timeliness = Files.readString(tmp.resolve("r").resolve("birth-timeliness.csv"));
    String nation =
        timeliness.lines().filter(l -> l.startsWith("SYNTHETIC,LA,")).findFirst().orElseThrow();
    long births = Long.parseLong(nation.split(",")[4]);
    assertThat(json)
        .contains("\"dataValues\"")
        .contains("SynNation01")
        .contains("SynBR")
        .contains("SynBNR");
    // the national values of the file add up to the published national births
    long sum = 0;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\"dataElement\"\\s*:\\s*\"Syn(?:BR|BNR)\"[^}]*?\"orgUnit\"\\s*:\\s*\"SynNation01\"[^}]*?\"value\"\\s*:\\s*\"(\\d+)\"")
            .matcher(json);
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    assertThat(sum).isEqualTo(births);
    // a province whose counts are suppressed has no value in the file
    java.util.List<String> hidden =
        Files.readAllLines(tmp.resolve("r").resolve("birth-registration-release.csv")).stream()
            .filter(
                l ->
                    l.startsWith("birth-timeliness,LA")
                        && l.endsWith(",primary")
                        && (l.contains(",current,")
                            || l.contains(",late,")
                            || l.contains(",delayed,")))
            .toList();
    assertThat(hidden).isNotEmpty();
    for (String line : hidden) {
      String[] f = line.split(",");
      String uid =
          orgUnits()
              .lines()
              .filter(l -> l.startsWith(f[1] + ","))
              .findFirst()
              .orElseThrow()
              .split(",")[3];
      String coc = "Syn" + Character.toUpperCase(f[2].charAt(0)) + f[2].substring(1);
      // the writer puts orgUnit before categoryOptionCombo in each value
      assertThat(json)
          .as(line)
          .containsPattern("\"orgUnit\"\\s*:\\s*\"" + uid + "\"")
          .doesNotContainPattern(
              "\"orgUnit\"\\s*:\\s*\""
                  + uid
                  + "\"[^}]*\"categoryOptionCombo\"\\s*:\\s*\""
                  + coc
                  + "\"");
    }
  }

  @Test
  void theTwoOptionsGoTogether(@TempDir Path tmp) throws Exception {
    Path mapping = tmp.resolve("mapping.csv");
    Files.writeString(mapping, MAPPING);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(tmp, err, "--dhis2-mapping", mapping.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: --dhis2-mapping and --dhis2-org-units go together");
  }
}
