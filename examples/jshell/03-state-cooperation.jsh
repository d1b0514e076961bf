// A worked session: state bodies and the MoHA–MoH cooperation.
// Run inside the JShell started by the README command:   /open examples/jshell/03-state-cooperation.jsh

// Sectors and the kinds of bodies, centre to district
StateBodies.sectors()
BodyKind.DISTRICT_OFFICE
BodyKind.DISTRICT_OFFICE.levels()

// The standard bodies of every unit: a department per sector in each province, an office per sector in each district
var bodies = StateBodies.standardBodies(lao);
bodies.size()
bodies.bodiesAt("LA05")
bodies.forUnit("LA0501", Sector.HEALTH)
bodies.ancestors(bodies.body("HEALTH@LA0501"))

// Central bodies named in the source documents
StateBodies.centralBody(StateBodies.MOHA_CITIZEN_MANAGEMENT)
StateBodies.jobPositions2019()

// The cooperation: agreements, programmes and their phases, meetings, reach
var coop = LaoCooperation.defaults();
coop.programme(LaoCooperation.CONNECT)
LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023")
LaoCooperation.coverage(LaoCooperation.COVID19_PREPAREDNESS, "2020-2021")
LaoCooperation.timeline().get(0)
LaoCooperation.timeline().size()

// Which programmes reached Bokeo in mid-2021?
LaoCooperation.programmesCovering(bokeo, LocalDate.of(2021, 6, 1))
