// A worked session: JSON and CSV.
// Run inside the JShell started by the README command:   /open examples/jshell/05-json-csv.jsh
// (show(x) prints x, so /open prints every result; pasted line by line, each result also shows as $n ==> ...)

// Any model value to JSON and back (the forms are documented in docs/json.md and pinned by golden files)
show(json.write(bokeo))
show(json.read(json.write(bokeo), AdminUnit.class).equals(bokeo))
show(json.write(ReportingPeriod.parse("2022-H1")))
show(json.write(SamSang.nationalTarget(AdminLevel.DISTRICT)))

// Bad JSON is refused with the path and the reason
try { json.read("{\"code\": \"LA05\"}", AdminUnit.class); } catch (JsonFormatException e) { System.out.println(e.getMessage()); }

// Registrations to CSV and back, every bad row reported with its line
var few = SyntheticRegistrations.generate(lao, 3, 1).toList();
var csv = BirthRegistrationCsv.table(few, false).toCsv(HeaderLanguage.ENGLISH);
show(csv)
show(BirthRegistrationCsv.read(CsvReader.of(new java.io.StringReader(csv + "X9,F,2015-13-01,LA0301,,,,,,\n"), "pasted"), lao, LocalDate.of(2026, 6, 30), OnBadRow.COLLECT))
