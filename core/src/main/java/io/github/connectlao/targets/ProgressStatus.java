package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * The status of a measure in a year relative to its target, in Open SDG's five progress categories.
 *
 * <p>Example: {@code ProgressStatus.parse("moderate_progress")} is {@link #NEEDS_ACCELERATION}, whose
 * {@link #label()} is Open SDG's "progress made but acceleration needed".
 *
 * <p>Open SDG (the {@code status_types} of its {@code progress_status} site setting, and its English
 * translations in {@code open-sdg/sdg-translations} {@code translations/en/status.yml}) names them by
 * value and label: {@code target_achieved} "Target achieved", {@code substantial_progress} "On track",
 * {@code moderate_progress} "Progress made but acceleration needed", {@code limited_progress} "Limited
 * progress", {@code deterioration} "Deterioration" (and {@code not_available}, which this library
 * expresses as an empty status with the reason beside it). {@link #value()} and {@link #label()} give
 * Open SDG's; the constant names and the library's earlier labels ({@code achieved}, {@code needs
 * acceleration}, {@code deteriorating}) stay readable as aliases by {@link #parse(String)}.
 *
 * <p>The categories are assigned by {@link Target#progress(Observation, StatusThresholds)} (ratio of
 * observed to required growth), by {@link TrendProgress} (no quantitative target) or, for counts of
 * units, by {@link CountProgress} (progress made against the straight-line milestone); see {@code
 * docs/targets.md}.
 */
public enum ProgressStatus {
  /** The target value is reached (Open SDG {@code target_achieved}, "Target achieved"). */
  ACHIEVED("target_achieved", "target achieved", "achieved"),
  /** Ratio at or above the high threshold, 0.95 by default (Open SDG {@code substantial_progress}, "On track"). */
  ON_TRACK("substantial_progress", "on track", "substantial progress"),
  /**
   * Ratio between the medium (0.6) and the high threshold (Open SDG {@code moderate_progress}, "Progress
   * made but acceleration needed").
   */
  NEEDS_ACCELERATION(
      "moderate_progress", "progress made but acceleration needed", "needs acceleration"),
  /** Ratio between the low (0) and the medium threshold (Open SDG {@code limited_progress}, "Limited progress"). */
  LIMITED_PROGRESS("limited_progress", "limited progress", "limited progress"),
  /** Ratio below the low threshold: moving away from the target (Open SDG {@code deterioration}, "Deterioration"). */
  DETERIORATING("deterioration", "deterioration", "deteriorating");

  private final String value;
  private final String label;
  private final String oldLabel;

  ProgressStatus(String value, String label, String oldLabel) {
    this.value = value;
    this.label = label;
    this.oldLabel = oldLabel;
  }

  /** @return Open SDG's value of the status, e.g. {@code moderate_progress} */
  public String value() {
    return value;
  }

  /** @return Open SDG's English label in lower case, e.g. {@code progress made but acceleration needed} */
  public String label() {
    return label;
  }

  /** @return the names also read by {@link #parse(String)}: the constant name and the library's earlier label */
  public List<String> aliases() {
    return List.of(name(), oldLabel);
  }

  /**
   * Reads a status from Open SDG's value ({@code substantial_progress}), its label ({@code On track}),
   * the constant name ({@code ON_TRACK}) or an earlier label of this library ({@code needs
   * acceleration}); case and surrounding spaces do not matter.
   *
   * @param text the text
   * @return the status
   * @throws InvalidValueException naming the text and the accepted values when none matches
   */
  public static ProgressStatus parse(String text) {
    String key =
        InvalidValueException.requiredText(text, "status").strip().toLowerCase(Locale.ROOT);
    for (ProgressStatus s : values()) {
      if (key.equals(s.value)
          || key.equals(s.label)
          || key.equals(s.oldLabel)
          || key.equals(s.name().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new InvalidValueException(
        "status",
        text,
        "is not a progress status: expected one of "
            + "target_achieved, substantial_progress, moderate_progress, limited_progress, deterioration");
  }

  /**
   * The status Open SDG gives an indicator from its progress score (the mean score of its series),
   * sdg-build's {@code get_progress_status_from_score}: 2.5 to 5 on track, 0 to 2.5 progress made but
   * acceleration needed, −2.5 to 0 limited progress, −5 to −2.5 deterioration; target achieved when
   * every series has reached its target.
   *
   * @param score a score from −5 to 5
   * @param everyTargetAchieved whether every series reached its target
   * @return the status
   * @throws InvalidValueException when the score is outside −5..5 or not a number
   */
  public static ProgressStatus fromScore(double score, boolean everyTargetAchieved) {
    InvalidValueException.check(score >= -5 && score <= 5, "score", score, "is outside -5..5");
    if (everyTargetAchieved) {
      return ACHIEVED;
    }
    if (score >= 2.5) {
      return ON_TRACK;
    }
    if (score >= 0) {
      return NEEDS_ACCELERATION;
    }
    return score >= -2.5 ? LIMITED_PROGRESS : DETERIORATING;
  }
}
