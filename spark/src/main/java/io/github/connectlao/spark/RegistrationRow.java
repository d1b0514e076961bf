package io.github.connectlao.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One birth and its registration as a row of a Spark {@code Dataset}: a JavaBean for {@code
 * Encoders.bean(RegistrationRow.class)}, with the columns of the library's registration CSV.
 *
 * <table>
 *   <caption>Schema</caption>
 *   <tr><th>column</th><th>type</th><th>required</th></tr>
 *   <tr><td>line</td><td>bigint</td><td>no: where the row came from (a line of a file), used in problems</td></tr>
 *   <tr><td>id</td><td>string</td><td>yes (personal data: never in a problem)</td></tr>
 *   <tr><td>sex</td><td>string</td><td>yes: M, F, U (or as {@code Sex.parse} reads)</td></tr>
 *   <tr><td>dateOfBirth</td><td>date</td><td>yes</td></tr>
 *   <tr><td>placeOfBirth</td><td>string</td><td>yes: a unit code of the gazetteer</td></tr>
 *   <tr><td>inHealthFacility</td><td>boolean</td><td>no (null: unknown)</td></tr>
 *   <tr><td>birthNoticeDate, registrationDate, dateOfDeath</td><td>date</td><td>no</td></tr>
 *   <tr><td>registrationOffice</td><td>string</td><td>no</td></tr>
 *   <tr><td>certificateIssued</td><td>boolean</td><td>no (null: false)</td></tr>
 * </table>
 */
public class RegistrationRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private @Nullable Long line;
  private @Nullable String id;
  private @Nullable String sex;
  private @Nullable LocalDate dateOfBirth;
  private @Nullable String placeOfBirth;
  private @Nullable Boolean inHealthFacility;
  private @Nullable LocalDate birthNoticeDate;
  private @Nullable LocalDate registrationDate;
  private @Nullable String registrationOffice;
  private @Nullable Boolean certificateIssued;
  private @Nullable LocalDate dateOfDeath;

  /** An empty row, for the bean encoder. */
  public RegistrationRow() {}

  /** @return the line the row came from, or null */
  public @Nullable Long getLine() {
    return line;
  }

  /** @param line the line the row came from */
  public void setLine(@Nullable Long line) {
    this.line = line;
  }

  /** @return the registration's identifier (personal data) */
  public @Nullable String getId() {
    return id;
  }

  /** @param id the identifier */
  public void setId(@Nullable String id) {
    this.id = id;
  }

  /** @return the sex as written */
  public @Nullable String getSex() {
    return sex;
  }

  /** @param sex the sex as written */
  public void setSex(@Nullable String sex) {
    this.sex = sex;
  }

  /** @return the date of birth */
  public @Nullable LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  /** @param dateOfBirth the date of birth */
  public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  /** @return the place of birth's unit code */
  public @Nullable String getPlaceOfBirth() {
    return placeOfBirth;
  }

  /** @param placeOfBirth the place of birth's unit code */
  public void setPlaceOfBirth(@Nullable String placeOfBirth) {
    this.placeOfBirth = placeOfBirth;
  }

  /** @return whether born in a health facility, or null when unknown */
  public @Nullable Boolean getInHealthFacility() {
    return inHealthFacility;
  }

  /** @param inHealthFacility whether born in a health facility, or null */
  public void setInHealthFacility(@Nullable Boolean inHealthFacility) {
    this.inHealthFacility = inHealthFacility;
  }

  /** @return the birth notice date, or null */
  public @Nullable LocalDate getBirthNoticeDate() {
    return birthNoticeDate;
  }

  /** @param birthNoticeDate the birth notice date, or null */
  public void setBirthNoticeDate(@Nullable LocalDate birthNoticeDate) {
    this.birthNoticeDate = birthNoticeDate;
  }

  /** @return the registration date, or null when not registered */
  public @Nullable LocalDate getRegistrationDate() {
    return registrationDate;
  }

  /** @param registrationDate the registration date, or null */
  public void setRegistrationDate(@Nullable LocalDate registrationDate) {
    this.registrationDate = registrationDate;
  }

  /** @return the registering office's unit code, or null */
  public @Nullable String getRegistrationOffice() {
    return registrationOffice;
  }

  /** @param registrationOffice the registering office's unit code, or null */
  public void setRegistrationOffice(@Nullable String registrationOffice) {
    this.registrationOffice = registrationOffice;
  }

  /** @return whether a certificate was issued, or null (false) */
  public @Nullable Boolean getCertificateIssued() {
    return certificateIssued;
  }

  /** @param certificateIssued whether a certificate was issued */
  public void setCertificateIssued(@Nullable Boolean certificateIssued) {
    this.certificateIssued = certificateIssued;
  }

  /** @return the date of death, or null */
  public @Nullable LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  /** @param dateOfDeath the date of death, or null */
  public void setDateOfDeath(@Nullable LocalDate dateOfDeath) {
    this.dateOfDeath = dateOfDeath;
  }

  @Override
  public String toString() {
    return "RegistrationRow[line "
        + line
        + ", "
        + sex
        + ", born "
        + (dateOfBirth == null ? "?" : dateOfBirth.getYear())
        + " in "
        + placeOfBirth
        + "]";
  }
}
