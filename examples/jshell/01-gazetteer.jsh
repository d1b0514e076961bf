// A worked session: the gazetteer.
// Run inside the JShell started by the README command:   /open examples/jshell/01-gazetteer.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)

// Units by any of their codes: OCHA P-code, ISO 3166-2, Lao Statistics Bureau
show(lao.unit("LA05"))
show(lao.unit("LA-BK"))
show(lao.unit("05"))

// How many units at each level
show(lao.counts())

// Children, ancestors, descendants
show(lao.children(bokeo))
show(lao.ancestors(lao.children(bokeo).get(0)))
show(lao.descendants(capital, AdminLevel.DISTRICT).size())

// Tolerant search, in Lao or in any romanisation
show(lao.search("Luang Namtha"))
show(lao.search("ຫຼວງພະບາງ", 1))
show(lao.search("Savanakhet", 3))

// Where a fact comes from: every unit carries its source and how far it is confirmed
show(bokeo.source())

// The pre-order index: a subtree is a contiguous range of indexes
int b = lao.index(bokeo);
List.of(b, lao.subtreeEnd(b))
show(lao.unitAt(b + 1))

// The unofficial community village list, added on request (labelled unofficial)
var withVillages = lao.withCommunityVillages();
show(withVillages.errors().size())
show(withVillages.accepted().count(AdminLevel.VILLAGE))
show(withVillages.accepted().children(lao.children(bokeo).get(0)).get(0))

// Lao dates and text
show(LaoDate.format(LocalDate.of(2023, 3, 10), true))
show(LaoDate.parse("10 ມີນາ 2023"))
show(LaoText.matchKey("ແຂວງ ຫຼວງພະບາງ"))

// The facade: one class for quick lookups
show(ConnectLao.unit("Savannakhet"))
show(ConnectLao.body("Bokeo", "HEALTH"))
show(ConnectLao.programmesCovering("Bokeo", LocalDate.of(2021, 6, 1)))
