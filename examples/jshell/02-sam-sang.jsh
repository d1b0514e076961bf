// A worked session: Sam Sang targets, exact fractions and progress.
// Run inside the JShell started by the README command:   /open examples/jshell/02-sam-sang.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)

// The three national targets (their source is flagged unverified: see docs/targets.md)
show(samSang)
show(SamSang.nationalShare(AdminLevel.DISTRICT))

// Targets are exact: "1/3 of 148 districts" is 50 (rounded up to reach "at least"), not 49.33
show(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.DISTRICT), 148))
show(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.PROVINCE), 18))
show(Fraction.of(148).multiply(Fraction.of(1, 3)))

// A real, sourced count: Luang Namtha had 214 development villages among 362 in 2018
show(SamSang.luangNamtha2018())

// The rollup for the nation and every province; rows say where each total comes from
var report = SamSang.rollup(lao, 2025).counts(List.of(SamSang.luangNamtha2018())).build();
show(report.national())
show(report.province("LA03"))

// Your own target: the share of births registered, 73% in 2017, 90% by 2025
var t = Target.builder("BR_U5", Measure.indicator("BR_COVERAGE_U5")).baseline(Observation.of(2017, Fraction.of(73))).target(Observation.of(2025, Fraction.of(90))).appliesTo("LA").build();
show(t.milestone(2021))
show(t.progress(Observation.of(2022, Fraction.of(80))))
show(t.progress(Observation.of(2022, Fraction.of(80))).status())
