package io.github.connectlao.examples.report;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.GazetteerImport;

/**
 * What the sections of the report share: the options, the gazetteer (with the community village
 * list, which is unofficial) and the progress display.
 */
public final class ReportContext {
  private final ReportOptions options;
  private final Progress progress;
  private final Gazetteer gazetteer;
  private final GazetteerImport villages;

  /**
   * Creates the context; loads the gazetteer and the community villages.
   *
   * @param options the options
   * @param progress the progress display
   * @throws Exception when loading fails
   */
  public ReportContext(ReportOptions options, Progress progress) throws Exception {
    this.options = options;
    this.progress = progress;
    this.gazetteer = progress.step("loading the gazetteer", Gazetteer::laoPdr);
    this.villages = progress.step("loading the community village list", gazetteer::withCommunityVillages);
  }

  /** @return the options */
  public ReportOptions options() {
    return options;
  }

  /** @return the language of names */
  public Lang lang() {
    return options.lang();
  }

  /** @return the progress display, for long steps */
  public Progress progress() {
    return progress;
  }

  /** @return the official gazetteer: nation, provinces, districts */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return the gazetteer with the community village list added, and the import report */
  public GazetteerImport withVillages() {
    return villages;
  }
}
