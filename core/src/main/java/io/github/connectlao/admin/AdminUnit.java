package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One administrative unit of the Lao PDR: the nation, a province (ແຂວງ), a district (ເມືອງ) or a
 * village (ບ້ານ).
 *
 * <p>Example: {@code Gazetteer.laoPdr().unit("LA-BK")} is {@code LA05 Bokeo (ບໍ່ແກ້ວ)}, a province
 * whose {@link #parentCode()} is {@code LA}. Build one with {@link #builder(String, AdminLevel)}.
 *
 * @param code the OCHA P-code ({@code LA}, {@code LA05}, {@code LA0501}), or for units a user
 *     adds, a code unique in the gazetteer
 * @param level the level
 * @param parentCode the code of the unit one level up; empty for the nation only
 * @param nameLao the Lao name as the source writes it (may be empty when only an English name is
 *     known)
 * @param nameEnglish the English name (may be empty when only a Lao name is known)
 * @param alternativeNames other spellings found in sources, Lao or English
 * @param identifiers codes in other schemes (ISO 3166, Lao Statistics Bureau, community ids)
 * @param validFrom when the unit was created, if known (Xaisomboun and its districts: 2013-12); a
 *     unit cannot exist before its parent, so a gazetteer gives a unit without this date its
 *     parent's
 * @param validTo the last day the unit existed, if it was abolished or split (likewise bounded by
 *     its parent's)
 * @param source where the record comes from and how far it is confirmed
 */
public record AdminUnit(
    String code,
    AdminLevel level,
    Optional<String> parentCode,
    String nameLao,
    String nameEnglish,
    List<String> alternativeNames,
    Map<IdentifierScheme, String> identifiers,
    Optional<PartialDate> validFrom,
    Optional<PartialDate> validTo,
    Source source) {

  /**
   * Validates the unit: a code without spaces, a parent exactly when the level is below the
   * nation, at least one name, validity dates in order.
   *
   * @param code the code
   * @param level the level
   * @param parentCode the parent's code
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param alternativeNames other spellings
   * @param identifiers other codes
   * @param validFrom creation
   * @param validTo abolition
   * @param source provenance
   */
  public AdminUnit {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(
        code.length() <= 40 && code.chars().noneMatch(Character::isWhitespace),
        "code",
        code,
        "must be at most 40 characters without spaces");
    InvalidValueException.required(level, "level");
    parentCode = InvalidValueException.required(parentCode, "parentCode").map(String::strip);
    if (level == AdminLevel.NATIONAL) {
      InvalidValueException.check(
          parentCode.isEmpty(),
          "parentCode",
          parentCode.orElse(""),
          "must be empty for the national unit " + code);
    } else {
      InvalidValueException.check(
          parentCode.isPresent() && !parentCode.get().isEmpty(),
          "parentCode",
          "",
          "is required for " + level.nameEnglish() + " " + code);
    }
    nameLao = nameLao == null ? "" : nameLao.strip();
    nameEnglish = nameEnglish == null ? "" : nameEnglish.strip();
    InvalidValueException.check(
        !nameLao.isEmpty() || !nameEnglish.isEmpty(),
        "name",
        "",
        "unit " + code + " needs a Lao or an English name");
    Set<String> alts = new LinkedHashSet<>();
    for (String alt : alternativeNames) {
      if (alt != null
          && !alt.isBlank()
          && !alt.strip().equals(nameLao)
          && !alt.strip().equals(nameEnglish)) {
        alts.add(alt.strip());
      }
    }
    alternativeNames = List.copyOf(alts);
    identifiers =
        identifiers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(identifiers));
    validFrom = InvalidValueException.required(validFrom, "validFrom");
    validTo = InvalidValueException.required(validTo, "validTo");
    if (validFrom.isPresent() && validTo.isPresent()) {
      InvalidValueException.check(
          !validTo.get().latest().isBefore(validFrom.get().earliest()),
          "validTo",
          validTo.get(),
          "is before validFrom " + validFrom.get() + " of " + code);
    }
    InvalidValueException.required(source, "source");
  }

  /**
   * Starts building a unit.
   *
   * @param code the unit's code
   * @param level its level
   * @return a builder
   */
  public static Builder builder(String code, AdminLevel level) {
    return new Builder(code, level);
  }

  /**
   * A copy of this unit to change.
   *
   * @return a builder holding this unit's values
   */
  public Builder toBuilder() {
    Builder b = new Builder(code, level);
    b.parentCode = parentCode.orElse(null);
    b.nameLao = nameLao;
    b.nameEnglish = nameEnglish;
    b.alternativeNames.addAll(alternativeNames);
    b.identifiers.putAll(identifiers);
    b.validFrom = validFrom.orElse(null);
    b.validTo = validTo.orElse(null);
    b.source = source;
    return b;
  }

  /**
   * The code of this unit in another scheme.
   *
   * @param scheme the scheme
   * @return the code, if known
   */
  public Optional<String> identifier(IdentifierScheme scheme) {
    return Optional.ofNullable(identifiers.get(scheme));
  }

  /** @return the ISO 3166 code ({@code LA-BK}), if the unit has one */
  public Optional<String> isoCode() {
    return identifier(IdentifierScheme.ISO_3166);
  }

  /** @return the Lao Statistics Bureau code ({@code 05}, {@code 0501}), if known */
  public Optional<String> lsbCode() {
    return identifier(IdentifierScheme.LSB);
  }

  /** @return the English name, or the Lao name when no English name is known */
  public String name() {
    return nameEnglish.isEmpty() ? nameLao : nameEnglish;
  }

  /** @return every name of this unit: Lao, English and the alternatives */
  public List<String> allNames() {
    List<String> all = new ArrayList<>();
    if (!nameLao.isEmpty()) {
      all.add(nameLao);
    }
    if (!nameEnglish.isEmpty()) {
      all.add(nameEnglish);
    }
    all.addAll(alternativeNames);
    return all;
  }

  /**
   * Whether the unit may have existed on a day: false only when the day is certainly before its
   * creation or after its abolition. A unit without validity dates is taken as valid; a unit created
   * in a month or year known only as such ({@code 2013-12}) is possibly valid on every day of that
   * month, so that a true answer never refuses a right record. Use {@link #validityOn(LocalDate)} for
   * the three-way answer and the reason.
   *
   * <p>Example: Xaisomboun's districts are valid from December 2013, when the province was created:
   * {@code lao.unit("LA1801").isValidOn(LocalDate.of(2010, 5, 1))} is false.
   *
   * @param date the day
   * @return false when the unit certainly did not exist on the day
   */
  public boolean isValidOn(LocalDate date) {
    return validityOn(date).isPossible();
  }

  /**
   * Whether the unit existed on a day, with the reason in one sentence (for error messages: "LA1801
   * Anouvong did not exist on 2010-05-01: valid from 2013-12").
   *
   * @param date the day
   * @return valid, not yet created, abolished, or uncertain (the creation or abolition is known only
   *     to a month or year containing the day)
   */
  public UnitValidity validityOn(LocalDate date) {
    InvalidValueException.required(date, "date");
    return UnitValidity.of(this, date);
  }

  /** @return true unless the record comes from an unofficial community list */
  public boolean isOfficial() {
    return source.confidence() != Confidence.UNOFFICIAL
        && source.confidence() != Confidence.SYNTHETIC;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(code).append(' ').append(name());
    if (!nameLao.isEmpty() && !nameEnglish.isEmpty()) {
      sb.append(" (").append(nameLao).append(')');
    }
    sb.append(", ").append(level.nameEnglish());
    if (!isOfficial()) {
      sb.append(", ").append(source.confidence().name().toLowerCase(java.util.Locale.ROOT));
    }
    return sb.toString();
  }

  /** Builds an {@link AdminUnit}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String code;
    private final AdminLevel level;
    private @Nullable String parentCode;
    private String nameLao = "";
    private String nameEnglish = "";
    private final List<String> alternativeNames = new ArrayList<>();
    private final Map<IdentifierScheme, String> identifiers = new TreeMap<>();
    private @Nullable PartialDate validFrom;
    private @Nullable PartialDate validTo;
    private Source source = Source.of("supplied by the user", Confidence.UNVERIFIED);

    private Builder(String code, AdminLevel level) {
      this.code = code;
      this.level = level;
    }

    /**
     * @param parentCode the code of the unit one level up
     * @return this builder
     */
    public Builder parent(@Nullable String parentCode) {
      this.parentCode = parentCode;
      return this;
    }

    /**
     * @param name the Lao name
     * @return this builder
     */
    public Builder nameLao(String name) {
      this.nameLao = name;
      return this;
    }

    /**
     * @param name the English name
     * @return this builder
     */
    public Builder nameEnglish(String name) {
      this.nameEnglish = name;
      return this;
    }

    /**
     * @param names other spellings to add
     * @return this builder
     */
    public Builder alternativeNames(String... names) {
      alternativeNames.addAll(List.of(names));
      return this;
    }

    /**
     * @param scheme the scheme
     * @param value the code in that scheme; null and blank values are ignored
     * @return this builder
     */
    public Builder identifier(IdentifierScheme scheme, @Nullable String value) {
      if (value != null && !value.isBlank()) {
        identifiers.put(scheme, value.strip());
      }
      return this;
    }

    /**
     * @param from when the unit was created, or null when unknown
     * @return this builder
     */
    public Builder validFrom(@Nullable PartialDate from) {
      this.validFrom = from;
      return this;
    }

    /**
     * @param to when the unit was abolished, or null while it exists
     * @return this builder
     */
    public Builder validTo(@Nullable PartialDate to) {
      this.validTo = to;
      return this;
    }

    /**
     * @param source where the record comes from
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /**
     * @return the validated unit
     * @throws InvalidValueException naming the field and value when the unit is invalid
     */
    public AdminUnit build() {
      return new AdminUnit(
          code,
          level,
          Optional.ofNullable(parentCode),
          nameLao,
          nameEnglish,
          alternativeNames,
          identifiers,
          Optional.ofNullable(validFrom),
          Optional.ofNullable(validTo),
          source);
    }
  }
}
