package io.github.connectlao.examples.report;

/**
 * One section of the national report (gazetteer, state bodies, cooperation, Sam Sang, birth
 * registration). Each section reads the {@link ReportContext} and writes text, tables and charts to
 * the {@link ReportOutput}; adding a section is adding one class to {@link NationalReportJob#SECTIONS}.
 */
public interface ReportSection {
  /**
   * The section's heading.
   *
   * @param lang the report language
   * @return the heading
   */
  String title(Lang lang);

  /**
   * Writes the section.
   *
   * @param ctx the data and options
   * @param out where the section goes
   * @throws Exception when an input cannot be read or an output written
   */
  void write(ReportContext ctx, ReportOutput out) throws Exception;
}
