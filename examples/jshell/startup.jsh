// connect-lao JShell startup: the main packages and a few handy values.
// Opened by the README's JShell command; type /vars to see the values, /imports for the imports.
import io.github.connectlao.*;
import io.github.connectlao.facade.ConnectLao;
import io.github.connectlao.admin.*;
import io.github.connectlao.cooperation.*;
import io.github.connectlao.crvs.*;
import io.github.connectlao.csv.*;
import io.github.connectlao.indicator.*;
import io.github.connectlao.json.*;
import io.github.connectlao.lao.*;
import io.github.connectlao.state.*;
import io.github.connectlao.targets.*;
import java.time.*;
import java.util.*;

// the embedded gazetteer of the Lao PDR (nation, 18 provinces, 148 districts)
Gazetteer lao = Gazetteer.laoPdr();
// a few units to play with
AdminUnit capital = lao.unit("LA-VT");
AdminUnit bokeo = lao.unit("LA-BK");
// the Lao legal period for birth registration (30 days, see its source)
RegistrationPolicy policy = RegistrationPolicy.laoPdr();
// the national Sam Sang targets of the 9th NSEDP (2/3 of provinces, 1/3 of districts, 2/3 of villages by 2025)
List<Target> samSang = SamSang.nationalTargets();
// JSON in the library's documented forms (docs/json.md)
ConnectLaoJson json = ConnectLaoJson.standard();
// prints a value and returns it: the worked sessions wrap their results in show(...) so that /open prints them
<T> T show(T value) { System.out.println(value); return value; }
System.out.println("connect-lao ready: lao = " + lao + "; also capital, bokeo, policy, samSang, json. /vars lists them.");
