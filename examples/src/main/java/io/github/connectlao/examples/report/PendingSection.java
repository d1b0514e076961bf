package io.github.connectlao.examples.report;

/**
 * A section whose library API has not landed yet: it writes a clearly marked TODO instead of
 * inventing numbers.
 *
 * @param english the English heading
 * @param lao the Lao heading
 * @param missing what is missing (the API and the issue that brings it)
 */
public record PendingSection(String english, String lao, String missing) implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick(english, lao);
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) {
    out.todo(english + ": " + missing);
  }
}
