// A worked session: birth registration on SYNTHETIC data (generated, not real).
// Run inside the JShell started by the README command:   /open examples/jshell/04-birth-registration.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)

// Timeliness by the Lao legal period (30 days; see its source)
show(policy)
show(policy.timeliness(LocalDate.of(2024, 1, 5), Optional.of(LocalDate.of(2024, 1, 20))))
show(policy.timeliness(LocalDate.of(2024, 1, 5), Optional.of(LocalDate.of(2024, 3, 1))))
show(policy.timeliness(LocalDate.of(2022, 1, 5), Optional.of(LocalDate.of(2024, 3, 1))))

// A synthetic dataset: 3.2 million births 2006-2025, about as many a year as the estimate for 2015
// (the same for the same seed); keep those born in 2015
var births = SyntheticRegistrations.generate(lao, 3_200_000, 42).filter(b -> b.dateOfBirth().getYear() == 2015).toList();
show(births.size())
show(births.get(0))

// Statistics at any level: counts by timeliness, completeness against estimated births
var stats = BirthStatistics.of(lao, births, policy);
show(stats.counts(lao.nation()))
show(stats.counts(lao.unit("LA03")))
var population = PopulationTable.census2015().inheritingBirthRateFrom("LA");
show(stats.completeness(lao.nation(), DateRange.ofYear(2015), Optional.empty(), population))
show(stats.completeness(lao.unit("LA03"), DateRange.ofYear(2015), Optional.empty(), population))

// No population for a year: no value, with the reason (never 0, never NaN)
show(stats.completeness(lao.nation(), DateRange.ofYear(2016), Optional.empty(), population).noValueReason())

// A table ready for publication, small cells suppressed
show(stats.publishableTable(bokeo, AdminLevel.DISTRICT, BirthFilter.ALL.bornInYear(2015), 5))

// The columnar registry for millions of births: mergeable counts, rolled up the hierarchy
var registry = SyntheticRegistrations.registry(lao, 1_000_000, 42);
show(registry)
var counts = registry.aggregate(policy).rolledUp();
show(counts.total(0))
