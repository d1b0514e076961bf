package io.github.connectlao.spark;

import java.io.Serializable;

/**
 * One cell of the rolled-up counts as a bean for a {@code Dataset}: births at a unit (its whole
 * subtree) in one period, of one sex, in one timeliness band.
 */
public class CountRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String unitCode;
  private String unitNameEnglish;
  private String unitNameLao;
  private String level;
  private Integer year;
  private String sex;
  private String band;
  private long births;

  /** An empty row, for the bean encoder. */
  @SuppressWarnings("NullAway.Init") // the bean encoder sets every field through the setters
  public CountRow() {}

  CountRow(
      String unitCode,
      String unitNameEnglish,
      String unitNameLao,
      String level,
      Integer year,
      String sex,
      String band,
      long births) {
    this.unitCode = unitCode;
    this.unitNameEnglish = unitNameEnglish;
    this.unitNameLao = unitNameLao;
    this.level = level;
    this.year = year;
    this.sex = sex;
    this.band = band;
    this.births = births;
  }

  /** @return the unit's code */
  public String getUnitCode() {
    return unitCode;
  }

  /** @param unitCode the unit's code */
  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  /** @return the unit's English name */
  public String getUnitNameEnglish() {
    return unitNameEnglish;
  }

  /** @param unitNameEnglish the unit's English name */
  public void setUnitNameEnglish(String unitNameEnglish) {
    this.unitNameEnglish = unitNameEnglish;
  }

  /** @return the unit's Lao name */
  public String getUnitNameLao() {
    return unitNameLao;
  }

  /** @param unitNameLao the unit's Lao name */
  public void setUnitNameLao(String unitNameLao) {
    this.unitNameLao = unitNameLao;
  }

  /** @return the unit's level (NATIONAL, PROVINCE, DISTRICT, VILLAGE) */
  public String getLevel() {
    return level;
  }

  /** @param level the level */
  public void setLevel(String level) {
    this.level = level;
  }

  /** @return the year (of birth or of registration, as the query counts), or null when not by year */
  public Integer getYear() {
    return year;
  }

  /** @param year the year, or null */
  public void setYear(Integer year) {
    this.year = year;
  }

  /** @return the sex (MALE, FEMALE, UNKNOWN) */
  public String getSex() {
    return sex;
  }

  /** @param sex the sex */
  public void setSex(String sex) {
    this.sex = sex;
  }

  /** @return the timeliness band */
  public String getBand() {
    return band;
  }

  /** @param band the band */
  public void setBand(String band) {
    this.band = band;
  }

  /** @return the number of births */
  public long getBirths() {
    return births;
  }

  /** @param births the number of births */
  public void setBirths(long births) {
    this.births = births;
  }
}
