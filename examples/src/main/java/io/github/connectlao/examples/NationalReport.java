package io.github.connectlao.examples;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.target.SamSang;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main job: a national report from the embedded default data.
 *
 * <p>Run it with the README's first command. For now it prints the gazetteer summary; later
 * sections add state bodies, the cooperation, Sam Sang targets and birth registration.
 */
public final class NationalReport {
  private NationalReport() {}

  /**
   * Prints the report.
   *
   * @param args none yet
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Gazetteer lao = Gazetteer.laoPdr();
    out.println("connect-lao national report");
    out.println("===========================");
    out.println();
    out.println("Gazetteer: " + lao.description());
    for (AdminLevel level : AdminLevel.values()) {
      out.printf("  %-9s %-8s %5d%n", level.nameEnglish(), level.nameLao(), lao.count(level));
    }
    out.println();
    out.printf("  %-6s %-22s %-20s %9s%n", "code", "province", "ແຂວງ", "districts");
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      out.printf("  %-6s %-22s %-20s %9d%n", p.code(), p.nameEnglish(), p.nameLao(),
          lao.descendants(p, AdminLevel.DISTRICT).size());
    }
    out.println();
    // Sam Sang targets of the 9th NSEDP for the nation and every province; the only achieved count
    // embedded is the sourced Luang Namtha 2018 example (no other assessments are published in the data).
    out.print(SamSang.rollup(lao, SamSang.TARGET_YEAR).counts(List.of(SamSang.luangNamtha2018())).build()
        .toTable());
  }
}
