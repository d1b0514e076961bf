package io.github.connectlao.smoke;

import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.json.ConnectLaoJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Uses the gazetteer, the registry, the CSV reader and the JSON forms through the exported API
 * only, and prints one line per check; run on the module path by {@code ModulePathTest}.
 */
public final class Consumer {
  private Consumer() {}

  /**
   * Runs the checks.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(
        "module "
            + Consumer.class.getModule().getName()
            + " on the module path: "
            + Consumer.class.getModule().isNamed());
    Gazetteer lao = Gazetteer.laoPdr();
    AdminUnit bokeo = lao.unit("LA-BK");
    System.out.println(
        "gazetteer: " + bokeo.code() + " " + lao.children(bokeo).size() + " districts");
    String csv =
        "id,sex,date_of_birth,place_of_birth,registration_date\n"
            + "a1,F,2022-03-01,LA0501,2022-03-10\n"
            + "a2,M,2022-04-01,LA0501,\n";
    ImportResult<BirthRegistry> imported =
        BirthRegistry.readCsv(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "inline.csv", lao);
    BirthRegistry registry = imported.accepted();
    long current =
        registry
            .aggregate(RegistrationPolicy.laoPdr())
            .rolledUp()
            .total(lao.index(bokeo), Timeliness.CURRENT);
    System.out.println(
        "registry: "
            + registry.size()
            + " registrations, "
            + current
            + " current in "
            + bokeo.code()
            + ", "
            + imported.errors().size()
            + " row errors");
    ConnectLaoJson json = ConnectLaoJson.standard();
    String written = json.write(bokeo);
    AdminUnit back = json.read(written, AdminUnit.class);
    System.out.println("json: round trip " + back.equals(bokeo));
  }
}
