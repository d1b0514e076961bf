package io.github.connectlao.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One report section run alone, on the embedded data only (no synthetic births, no charts, in
 * English), into a fresh folder: what the section tests share.
 *
 * @param folder the report folder the section wrote
 * @param terminal what it printed on the terminal
 */
record SectionRun(Path folder, String terminal) {

  static SectionRun of(ReportSection section, Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path target = dir.resolve("report");
    try (Progress progress = new Progress(terminal)) {
      ReportContext ctx =
          new ReportContext(
              ReportOptions.parse("--synthetic", "0", "--no-charts", "--lang", "en"), progress);
      ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
      section.write(ctx, out);
      out.finish();
    }
    return new SectionRun(target, bytes.toString(StandardCharsets.UTF_8));
  }
}
