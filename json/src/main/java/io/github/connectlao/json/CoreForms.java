package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The JSON forms of the root, {@code admin}, {@code crvs} and {@code csv} types. */
final class CoreForms {
  private CoreForms() {}

  static final Form.Text<LocalDate> LOCAL_DATE =
      new Form.Text<>(LocalDate.class, LocalDate::toString, s -> JsonFields.date(s, ""));
  static final Form.Text<PartialDate> PARTIAL_DATE =
      new Form.Text<>(PartialDate.class, PartialDate::toString, PartialDate::parse);
  static final Form.Text<Confidence> CONFIDENCE = Form.enumForm(Confidence.class);
  static final Form.Text<AdminLevel> ADMIN_LEVEL = Form.enumForm(AdminLevel.class);
  static final Form.Text<IdentifierScheme> IDENTIFIER_SCHEME =
      new Form.Text<>(IdentifierScheme.class, IdentifierScheme::name, IdentifierScheme::of);
  static final Form.Text<Sex> SEX = Form.enumForm(Sex.class);
  static final Form.Text<Timeliness> TIMELINESS = Form.enumForm(Timeliness.class);

  /**
   * A {@link DateRange} as its text, {@code "2020-01-01/2021-12-31"}, {@code "2012-01-01/.."}: the
   * text form of {@link DateRange#toString()}, which every range of days in the library shares.
   * Reading also accepts the compact form ({@code "2020/2021"}).
   */
  static final Form.Text<DateRange> DATE_RANGE =
      new Form.Text<>(DateRange.class, DateRange::toString, DateRange::parse);

  /** A {@link BilingualName} as {@code {"lao": "ເມືອງ", "english": "district"}}. */
  static final Form.Obj<BilingualName> BILINGUAL_NAME =
      new Form.Obj<>(BilingualName.class) {
        @Override
        void fields(BilingualName v, JsonGenerator g) throws IOException {
          g.writeStringField("lao", v.lao());
          g.writeStringField("english", v.english());
        }

        @Override
        BilingualName read(JsonFields f) {
          var vLao = f.text("lao");
          var vEnglish = f.text("english");
          return f.build(() -> new BilingualName(vLao, vEnglish));
        }
      };

  static final Form.Obj<Source> SOURCE =
      new Form.Obj<>(Source.class) {
        @Override
        void fields(Source s, JsonGenerator g) throws IOException {
          g.writeStringField("citation", s.citation());
          g.writeStringField("confidence", s.confidence().name());
          optString(g, "note", s.note());
        }

        @Override
        Source read(JsonFields f) {
          String citation = f.text("citation");
          Confidence confidence = f.enumValue("confidence", Confidence.class);
          Optional<String> note = f.optText("note");
          return f.build(() -> new Source(citation, confidence, note));
        }
      };

  static final Form.Obj<AdminUnit> ADMIN_UNIT =
      new Form.Obj<>(AdminUnit.class) {
        @Override
        void fields(AdminUnit u, JsonGenerator g) throws IOException {
          g.writeStringField("code", u.code());
          g.writeStringField("level", u.level().name());
          optString(g, "parentCode", u.parentCode());
          g.writeStringField("nameLao", u.nameLao());
          g.writeStringField("nameEnglish", u.nameEnglish());
          g.writeArrayFieldStart("alternativeNames");
          for (String n : u.alternativeNames()) {
            g.writeString(n);
          }
          g.writeEndArray();
          g.writeObjectFieldStart("identifiers");
          for (Map.Entry<IdentifierScheme, String> id : new TreeMap<>(u.identifiers()).entrySet()) {
            g.writeStringField(id.getKey().name(), id.getValue());
          }
          g.writeEndObject();
          optText(g, "validFrom", u.validFrom().map(PartialDate::toString));
          optText(g, "validTo", u.validTo().map(PartialDate::toString));
          g.writeFieldName("source");
          SOURCE.write(u.source(), g);
        }

        @Override
        AdminUnit read(JsonFields f) {
          String code = f.text("code");
          AdminLevel level = f.enumValue("level", AdminLevel.class);
          Optional<String> parent = f.optText("parentCode");
          String nameLao = f.optText("nameLao").orElse("");
          String nameEnglish = f.optText("nameEnglish").orElse("");
          List<String> alternatives =
              f.list("alternativeNames", (n, p, r) -> JsonFields.text(n, p));
          Map<IdentifierScheme, String> ids = new TreeMap<>();
          f.optObject("identifiers")
              .ifPresent(
                  o -> {
                    for (String name : o.propertyNames()) {
                      IdentifierScheme scheme =
                          JsonFields.parse(name, o.path(name), IdentifierScheme::of);
                      o.optText(name).ifPresent(v -> ids.put(scheme, v));
                    }
                    o.finish();
                  });
          Optional<PartialDate> from = f.optParsed("validFrom", PartialDate::parse);
          Optional<PartialDate> to = f.optParsed("validTo", PartialDate::parse);
          Source source = SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new AdminUnit(
                      code,
                      level,
                      parent,
                      nameLao,
                      nameEnglish,
                      alternatives,
                      ids,
                      from,
                      to,
                      source));
        }
      };

  static final Form.Obj<Gazetteer> GAZETTEER =
      new Form.Obj<>(Gazetteer.class) {
        @Override
        void fields(Gazetteer gz, JsonGenerator g) throws IOException {
          g.writeStringField("description", gz.description());
          g.writeArrayFieldStart("units");
          for (AdminUnit u : gz.all()) {
            ADMIN_UNIT.write(u, g);
          }
          g.writeEndArray();
        }

        @Override
        Gazetteer read(JsonFields f) {
          String description = f.text("description");
          List<AdminUnit> units = f.list("units", ADMIN_UNIT::read);
          return f.build(() -> Gazetteer.of(description, units));
        }
      };

  static final Form.Obj<RegistrationPolicy> REGISTRATION_POLICY =
      new Form.Obj<>(RegistrationPolicy.class) {
        @Override
        void fields(RegistrationPolicy p, JsonGenerator g) throws IOException {
          g.writeNumberField("legalPeriodDays", p.legalPeriodDays());
          if (p.lateLimitDays().isPresent()) {
            g.writeNumberField("lateLimitDays", p.lateLimitDays().get());
          }
          g.writeFieldName("source");
          SOURCE.write(p.source(), g);
        }

        @Override
        RegistrationPolicy read(JsonFields f) {
          int legal = f.integer("legalPeriodDays");
          Optional<Integer> late = f.optInt("lateLimitDays");
          Source source = SOURCE.read(f.object("source"));
          return f.build(() -> new RegistrationPolicy(legal, late, source));
        }
      };

  static final Form.Obj<BirthRegistration> BIRTH_REGISTRATION =
      new Form.Obj<>(BirthRegistration.class) {
        @Override
        void fields(BirthRegistration r, JsonGenerator g) throws IOException {
          g.writeStringField("id", r.id());
          g.writeStringField("sex", r.sex().name());
          g.writeStringField("dateOfBirth", r.dateOfBirth().toString());
          g.writeStringField("placeOfBirthCode", r.placeOfBirthCode());
          if (r.inHealthFacility().isPresent()) {
            g.writeBooleanField("inHealthFacility", r.inHealthFacility().get());
          }
          optText(g, "birthNoticeDate", r.birthNoticeDate().map(LocalDate::toString));
          optText(g, "registrationDate", r.registrationDate().map(LocalDate::toString));
          optString(g, "registrationOfficeCode", r.registrationOfficeCode());
          g.writeBooleanField("certificateIssued", r.certificateIssued());
          optText(g, "dateOfDeath", r.dateOfDeath().map(LocalDate::toString));
          optString(g, "childName", r.childName());
        }

        @Override
        BirthRegistration read(JsonFields f) {
          // the identifier and the name are personal data: their errors never show the value
          String id =
              f.optText("id")
                  .filter(s -> !s.isBlank())
                  .orElseThrow(
                      () ->
                          new JsonFormatException(
                              f.path("id"), "is required and must not be blank"));
          Sex sex = f.enumValue("sex", Sex.class);
          LocalDate born = f.date("dateOfBirth");
          String place = f.text("placeOfBirthCode");
          Optional<Boolean> facility = f.optBoolean("inHealthFacility");
          Optional<LocalDate> notice = f.optDate("birthNoticeDate");
          Optional<LocalDate> registered = f.optDate("registrationDate");
          Optional<String> office = f.optText("registrationOfficeCode");
          boolean certificate = f.optBoolean("certificateIssued").orElse(false);
          Optional<LocalDate> death = f.optDate("dateOfDeath");
          Optional<String> name = f.optText("childName");
          return f.build(
              () ->
                  new BirthRegistration(
                      id,
                      sex,
                      born,
                      place,
                      facility,
                      notice,
                      registered,
                      office,
                      certificate,
                      death,
                      name));
        }
      };

  static final Form.Obj<RowError> ROW_ERROR =
      new Form.Obj<>(RowError.class) {
        @Override
        void fields(RowError e, JsonGenerator g) throws IOException {
          g.writeNumberField("line", e.line());
          g.writeStringField("column", e.column());
          g.writeStringField("value", e.value());
          g.writeStringField("reason", e.reason());
        }

        @Override
        RowError read(JsonFields f) {
          long line = f.longValue("line");
          String column = f.optText("column").orElse("");
          String value = f.optText("value").orElse("");
          String reason = f.text("reason");
          return f.build(() -> new RowError(line, column, value, reason));
        }
      };

  /** An import's report: what its accepted rows built (in its own form), their number, and its row errors; written only. */
  @SuppressWarnings("rawtypes")
  static final Form<ImportResult> IMPORT_RESULT =
      new Form<>(ImportResult.class) {
        @Override
        void write(ImportResult value, JsonGenerator g) throws IOException {
          g.writeStartObject();
          g.writeFieldName("accepted");
          g.writeObject(value.accepted());
          g.writeNumberField("acceptedRows", value.acceptedRows());
          g.writeArrayFieldStart("errors");
          for (Object e : value.errors()) {
            ROW_ERROR.write((RowError) e, g);
          }
          g.writeEndArray();
          g.writeEndObject();
        }

        @Override
        ImportResult read(
            com.fasterxml.jackson.databind.JsonNode node, String path, boolean rejectUnknown) {
          throw new JsonFormatException(
              path,
              "ImportResult is written, not read: read its accepted records as a list"
                  + " of their type, and its errors as a list of RowError");
        }

        @Override
        boolean isWriteOnly() {
          return true;
        }
      };

  /** Every form of this class, for the module. */
  static List<Form<?>> all() {
    List<Form<?>> forms =
        new ArrayList<>(
            List.of(
                PARTIAL_DATE,
                CONFIDENCE,
                ADMIN_LEVEL,
                IDENTIFIER_SCHEME,
                SEX,
                TIMELINESS,
                DATE_RANGE,
                BILINGUAL_NAME,
                SOURCE,
                ADMIN_UNIT,
                GAZETTEER,
                REGISTRATION_POLICY,
                BIRTH_REGISTRATION,
                ROW_ERROR,
                IMPORT_RESULT));
    return forms;
  }

  static void optString(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void optText(JsonGenerator g, String name, Optional<String> value) throws IOException {
    optString(g, name, value);
  }
}
