package io.github.connectlao.csv;

/** The language of the header line of an exported CSV file. */
public enum HeaderLanguage {
  /** English header names, the canonical column names ({@code date_of_birth}). */
  ENGLISH,
  /** Lao header names ({@code ວັນເດືອນປີເກີດ}); a column without a Lao name keeps its English one. */
  LAO
}
