// A worked session: state bodies and the MoHA–MoH cooperation.
// Run inside the JShell started by the README command:   /open examples/jshell/03-state-cooperation.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)

// Sectors and the kinds of bodies, centre to district
show(StateBodies.sectors())
show(BodyKind.DISTRICT_OFFICE)
show(BodyKind.DISTRICT_OFFICE.levels())

// The standard bodies of every unit: a department per sector in each province, an office per sector in each district
var bodies = StateBodies.laoPdr(lao);
show(bodies.size())
show(bodies.bodiesAt("LA05"))
show(bodies.forUnit("LA0501", Sector.HEALTH))
show(bodies.ancestors(bodies.body("HEALTH@LA0501")))

// Central bodies named in the source documents
show(StateBodies.centralBody(StateBodies.MOHA_CITIZEN_MANAGEMENT))
show(StateBodies.jobPositions2019())

// The cooperation: agreements, programmes and their phases, meetings, reach
var coop = LaoCooperation.laoPdr();
show(coop.programme(LaoCooperation.CONNECT))
show(LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023"))
show(LaoCooperation.coverage(LaoCooperation.COVID19_PREPAREDNESS, "2020-2021"))
show(LaoCooperation.timeline().get(0))
show(LaoCooperation.timeline().size())

// Which programmes reached Bokeo in mid-2021?
show(LaoCooperation.programmesCovering(bokeo, LocalDate.of(2021, 6, 1)))
