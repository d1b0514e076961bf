// A worked session: the gazetteer.
// Run inside the JShell started by the README command:   /open examples/jshell/01-gazetteer.jsh

// Units by any of their codes: OCHA P-code, ISO 3166-2, Lao Statistics Bureau
lao.unit("LA05")
lao.unit("LA-BK")
lao.unit("05")

// How many units at each level
lao.counts()

// Children, ancestors, descendants
lao.children(bokeo)
lao.ancestors(lao.children(bokeo).get(0))
lao.descendants(capital, AdminLevel.DISTRICT).size()

// Tolerant search, in Lao or in any romanisation
lao.search("Luang Namtha")
lao.search("ຫຼວງພະບາງ", 1)
lao.search("Savanakhet", 3)

// Where a fact comes from: every unit carries its source and how far it is confirmed
bokeo.source()

// The pre-order index: a subtree is a contiguous range of indexes
int b = lao.index(bokeo);
List.of(b, lao.subtreeEnd(b))
lao.unitAt(b + 1)

// The unofficial community village list, added on request (labelled unofficial)
var withVillages = lao.withCommunityVillages();
withVillages.result().errors().size()
withVillages.gazetteer().count(AdminLevel.VILLAGE)
withVillages.gazetteer().children(lao.children(bokeo).get(0)).get(0)

// Lao dates and text
LaoDate.format(LocalDate.of(2023, 3, 10), true)
LaoDate.parse("10 ມີນາ 2023")
LaoText.matchKey("ແຂວງ ຫຼວງພະບາງ")

// The facade: one class for quick lookups
ConnectLao.unit("Savannakhet")
ConnectLao.body("Bokeo", "HEALTH")
ConnectLao.programmesCovering("Bokeo", LocalDate.of(2021, 6, 1))
