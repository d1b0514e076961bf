///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.connectlao:connect-lao-core:0.1.0-SNAPSHOT
//DEPS io.github.connectlao:connect-lao-json:0.1.0-SNAPSHOT

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.json.ConnectLaoJson;

/**
 * connect-lao without Maven: {@code jbang examples/jbang/ConnectLao.java LA-BK} prints a unit and
 * its districts, and {@code jbang --interactive examples/jbang/ConnectLao.java} opens JShell with
 * the library on the class path. Until the library is on Maven Central, run {@code mvn install}
 * once so that JBang finds it in the local repository.
 */
public class ConnectLao {
  public static void main(String... args) {
    Gazetteer lao = Gazetteer.laoPdr();
    AdminUnit unit = lao.unit(args.length > 0 ? args[0] : "LA-BK");
    System.out.println(unit);
    lao.children(unit).forEach(d -> System.out.println("  " + d));
    System.out.println(lao.units(AdminLevel.PROVINCE).size() + " provinces, " + lao.units(AdminLevel.DISTRICT).size()
        + " districts");
    BirthRegistry registry = SyntheticRegistrations.registry(lao, 10_000, 1);
    long current = registry.aggregate(RegistrationPolicy.laoPdr()).rolledUp().total(0, Timeliness.CURRENT);
    System.out.println("10,000 SYNTHETIC births: " + current + " registered within the legal period");
    System.out.println(ConnectLaoJson.standard().write(lao.nation()).length() > 0 ? "JSON: ok" : "JSON: empty");
  }
}
