// A worked session: a choropleth map of the provinces, written as a PNG file.
// Run inside the JShell started by the README command:   /open examples/jshell/06-maps.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)
import io.github.connectlao.examples.maps.*;
import io.github.connectlao.examples.report.Lang;

// Values by P-code, ISO 3166-2 or LSB code (example values, not statistics); a province left out has no value
var values = Map.of("LA01", 81.5, "LA03", 40.2, "LA-BK", 0.0);
var map = Maps.choropleth(Maps.Level.PROVINCE, values, "Completeness % (example values)");
var file = java.nio.file.Files.createTempFile("lao-map", ".png");
Maps.writePng(map, file);
show(file)
show(map.getWidth() + " x " + map.getHeight())

// Districts: 148 units joined to their OCHA P-codes; Lao labels and legend
show(Maps.codes(Maps.Level.DISTRICT).size())
var districts = Maps.choropleth(Maps.Level.DISTRICT, Map.of("LA0101", 55.0), "ແຜນທີ່ເມືອງ", "%", "ຕົວຢ່າງ", Lang.LO, new double[] {20, 40, 60, 80});
show(districts.getHeight())
