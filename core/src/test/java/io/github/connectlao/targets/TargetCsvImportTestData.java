package io.github.connectlao.targets;

/** The mixed test files of {@link TargetCsvImportTest}, shared with the fuzz tests as seeds. */
public final class TargetCsvImportTestData {
  private TargetCsvImportTestData() {}

  /** Synthetic Sam Sang assessments with errors. */
  public static final String SAM_SANG = TargetCsvImportTest.SAM_SANG;

  /** Synthetic indicator values with errors. */
  public static final String VALUES = TargetCsvImportTest.VALUES;
}
