package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthFilter;
import io.github.connectlao.crvs.BirthRegistrationReport;
import io.github.connectlao.crvs.BirthSetting;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.SuppressedTable;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The JSON forms of the {@code crvs} statistics types: population tables, counts and rates. */
final class CrvsForms {
  private CrvsForms() {}

  static final Form.Text<AgeGroup> AGE_GROUP =
      new Form.Text<>(AgeGroup.class, AgeGroup::toString, AgeGroup::parse);
  static final Form.Text<BirthSetting> BIRTH_SETTING = Form.enumForm(BirthSetting.class);

  static final Form.Obj<TimelinessCounts> TIMELINESS_COUNTS =
      new Form.Obj<>(TimelinessCounts.class) {
        @Override
        void fields(TimelinessCounts c, JsonGenerator g) throws IOException {
          g.writeNumberField("current", c.current());
          g.writeNumberField("late", c.late());
          g.writeNumberField("delayed", c.delayed());
          g.writeNumberField("notRegistered", c.notRegistered());
        }

        @Override
        TimelinessCounts read(JsonFields f) {
          long current = f.longValue("current");
          long late = f.longValue("late");
          long delayed = f.longValue("delayed");
          long not = f.longValue("notRegistered");
          return f.build(() -> new TimelinessCounts(current, late, delayed, not));
        }
      };

  static final Form.Obj<PopulationTable.Population> POPULATION =
      new Form.Obj<>(PopulationTable.Population.class) {
        @Override
        void fields(PopulationTable.Population p, JsonGenerator g) throws IOException {
          g.writeStringField("unitCode", p.unitCode());
          g.writeNumberField("year", p.year());
          CoreForms.optString(g, "sex", p.sex().map(Sex::name));
          g.writeStringField("ageGroup", p.ageGroup().toString());
          g.writeNumberField("count", p.count());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(p.source(), g);
        }

        @Override
        PopulationTable.Population read(JsonFields f) {
          String unit = f.text("unitCode");
          int year = f.integer("year");
          Optional<Sex> sex =
              f.optText("sex").map(s -> JsonFields.enumConstant(s, f.path("sex"), Sex.class));
          AgeGroup age = f.parsed("ageGroup", AgeGroup::parse);
          long count = f.longValue("count");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(() -> new PopulationTable.Population(unit, year, sex, age, count, source));
        }
      };

  static final Form.Obj<PopulationTable.BirthRate> BIRTH_RATE =
      new Form.Obj<>(PopulationTable.BirthRate.class) {
        @Override
        void fields(PopulationTable.BirthRate r, JsonGenerator g) throws IOException {
          g.writeStringField("unitCode", r.unitCode());
          g.writeNumberField("year", r.year());
          CoreForms.optString(g, "sex", r.sex().map(Sex::name));
          g.writeNumberField("perThousand", r.perThousand());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(r.source(), g);
        }

        @Override
        PopulationTable.BirthRate read(JsonFields f) {
          String unit = f.text("unitCode");
          int year = f.integer("year");
          Optional<Sex> sex =
              f.optText("sex").map(s -> JsonFields.enumConstant(s, f.path("sex"), Sex.class));
          double rate = number(f, "perThousand");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(() -> new PopulationTable.BirthRate(unit, year, sex, rate, source));
        }
      };

  static final Form.Obj<PopulationTable> POPULATION_TABLE =
      new Form.Obj<>(PopulationTable.class) {
        @Override
        void fields(PopulationTable t, JsonGenerator g) throws IOException {
          g.writeArrayFieldStart("populations");
          for (PopulationTable.Population p : t.populations()) {
            POPULATION.write(p, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("birthRates");
          for (PopulationTable.BirthRate r : t.birthRates()) {
            BIRTH_RATE.write(r, g);
          }
          g.writeEndArray();
          CoreForms.optString(g, "inheritsBirthRateFrom", t.inheritsBirthRateFrom());
        }

        @Override
        PopulationTable read(JsonFields f) {
          List<PopulationTable.Population> populations = f.list("populations", POPULATION::read);
          List<PopulationTable.BirthRate> rates = f.list("birthRates", BIRTH_RATE::read);
          Optional<String> inherit = f.optText("inheritsBirthRateFrom");
          return f.build(
              () -> {
                PopulationTable.Builder b = PopulationTable.builder();
                populations.forEach(b::add);
                rates.forEach(b::add);
                PopulationTable t = b.build();
                return inherit.isPresent() ? t.inheritingBirthRateFrom(inherit.get()) : t;
              });
        }
      };

  static final Form.Obj<RegistrationRate> REGISTRATION_RATE =
      new Form.Obj<>(RegistrationRate.class) {
        @Override
        void fields(RegistrationRate r, JsonGenerator g) throws IOException {
          g.writeStringField("indicator", r.indicator());
          g.writeStringField("unitCode", r.unitCode());
          g.writeStringField("period", r.period());
          CoreForms.optString(g, "sex", r.sex().map(Sex::name));
          g.writeNumberField("numerator", r.numerator());
          if (r.denominator().isPresent()) {
            g.writeNumberField("denominator", r.denominator().get());
          }
          if (r.value().isPresent()) {
            g.writeNumberField("value", r.value().get());
          }
          CoreForms.optString(g, "noValueReason", r.noValueReason());
          g.writeArrayFieldStart("terms");
          for (String t : r.terms()) {
            g.writeString(t);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("sources");
          for (Source s : r.sources()) {
            CoreForms.SOURCE.write(s, g);
          }
          g.writeEndArray();
        }

        @Override
        RegistrationRate read(JsonFields f) {
          String indicator = f.text("indicator");
          String unit = f.text("unitCode");
          String period = f.text("period");
          Optional<Sex> sex =
              f.optText("sex").map(s -> JsonFields.enumConstant(s, f.path("sex"), Sex.class));
          long numerator = f.longValue("numerator");
          Optional<Double> denominator =
              f.node("denominator").map(n -> number(n, f.path("denominator")));
          Optional<Double> value = f.node("value").map(n -> number(n, f.path("value")));
          Optional<String> reason = f.optText("noValueReason");
          List<String> terms = f.list("terms", (n, p, r) -> JsonFields.text(n, p));
          List<Source> sources = f.list("sources", CoreForms.SOURCE::read);
          RegistrationRate rate =
              f.build(
                  () ->
                      new RegistrationRate(
                          indicator,
                          unit,
                          period,
                          sex,
                          numerator,
                          denominator,
                          reason,
                          terms,
                          sources));
          if (value.isPresent() && !value.equals(rate.value())) {
            throw new JsonFormatException(
                f.path("value"),
                value.get()
                    + " is not numerator / denominator ("
                    + rate.value().map(String::valueOf).orElse("no value")
                    + ")");
          }
          return rate;
        }
      };

  static final Form.Obj<CrvsReferenceFigures.Figure> FIGURE =
      new Form.Obj<>(CrvsReferenceFigures.Figure.class) {
        @Override
        void fields(CrvsReferenceFigures.Figure fig, JsonGenerator g) throws IOException {
          g.writeStringField("indicator", fig.indicator());
          g.writeNumberField("percent", fig.percent());
          g.writeNumberField("year", fig.year());
          g.writeBooleanField("isTarget", fig.isTarget());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(fig.source(), g);
        }

        @Override
        CrvsReferenceFigures.Figure read(JsonFields f) {
          String indicator = f.text("indicator");
          double percent = number(f, "percent");
          int year = f.integer("year");
          boolean target = f.bool("isTarget");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () -> new CrvsReferenceFigures.Figure(indicator, percent, year, target, source));
        }
      };

  static final Form.Obj<BirthFilter> BIRTH_FILTER =
      new Form.Obj<>(BirthFilter.class) {
        @Override
        void fields(BirthFilter b, JsonGenerator g) throws IOException {
          CoreForms.optString(g, "sex", b.sex().map(Sex::name));
          CoreForms.optString(g, "born", b.born().map(DateRange::toString));
          CoreForms.optString(g, "registered", b.registered().map(DateRange::toString));
          CoreForms.optString(g, "setting", b.setting().map(BirthSetting::name));
        }

        @Override
        BirthFilter read(JsonFields f) {
          Optional<Sex> sex =
              f.optText("sex").map(s -> JsonFields.enumConstant(s, f.path("sex"), Sex.class));
          Optional<DateRange> born = f.optParsed("born", DateRange::parse);
          Optional<DateRange> registered = f.optParsed("registered", DateRange::parse);
          Optional<BirthSetting> setting =
              f.optText("setting")
                  .map(s -> JsonFields.enumConstant(s, f.path("setting"), BirthSetting.class));
          return f.build(() -> new BirthFilter(sex, born, registered, setting));
        }
      };

  /**
   * A publishable table: its threshold, column labels and rows (the last row and the last column are
   * the totals), each cell a count or {@code null} with {@code "suppressed" : true}.
   */
  static final Form.WriteOnly<SuppressedTable> SUPPRESSED_TABLE =
      new Form.WriteOnly<>(
          SuppressedTable.class,
          "a published table cannot be read back to its suppressed cells, by design") {
        @Override
        void fields(SuppressedTable t, JsonGenerator g) throws IOException {
          g.writeNumberField("threshold", t.threshold());
          g.writeArrayFieldStart("columns");
          for (String c : t.columnLabels()) {
            g.writeString(c);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("rows");
          for (int i = 0; i <= t.rows(); i++) {
            g.writeStartObject();
            g.writeStringField("label", i == t.rows() ? "total" : t.rowLabels().get(i));
            g.writeArrayFieldStart("cells");
            for (int j = 0; j <= t.columns(); j++) {
              g.writeStartObject();
              g.writeStringField("column", j == t.columns() ? "total" : t.columnLabels().get(j));
              OptionalLong v =
                  i == t.rows()
                      ? (j == t.columns() ? t.grandTotal() : t.columnTotal(j))
                      : (j == t.columns() ? t.rowTotal(i) : t.cell(i, j));
              if (v.isPresent()) {
                g.writeNumberField("count", v.getAsLong());
              } else {
                g.writeNullField("count");
                g.writeBooleanField("suppressed", true);
              }
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        }
      };

  /**
   * The birth-registration report: every part in its own form (source, policy, timeliness counts,
   * suppressed table, registration rates, reference figures); maps keyed by enum constant names in
   * the enum's order.
   */
  static final Form.WriteOnly<BirthRegistrationReport> BIRTH_REGISTRATION_REPORT =
      new Form.WriteOnly<>(
          BirthRegistrationReport.class,
          "a report is computed from registrations and population tables (its provinces table is suppressed)") {
        @Override
        void fields(BirthRegistrationReport r, JsonGenerator g) throws IOException {
          g.writeFieldName("dataSource");
          CoreForms.SOURCE.write(r.dataSource(), g);
          g.writeFieldName("policy");
          CoreForms.REGISTRATION_POLICY.write(r.policy(), g);
          g.writeStringField("births", r.births().toString());
          g.writeStringField("referenceDate", r.referenceDate().toString());
          g.writeFieldName("national");
          TIMELINESS_COUNTS.write(r.national(), g);
          g.writeObjectFieldStart("bySex");
          for (Sex sex : Sex.values()) {
            g.writeFieldName(sex.name());
            TIMELINESS_COUNTS.write(r.bySex().getOrDefault(sex, TimelinessCounts.EMPTY), g);
          }
          g.writeEndObject();
          g.writeObjectFieldStart("bySetting");
          for (BirthSetting setting : BirthSetting.values()) {
            g.writeFieldName(setting.name());
            TIMELINESS_COUNTS.write(r.bySetting().getOrDefault(setting, TimelinessCounts.EMPTY), g);
          }
          g.writeEndObject();
          g.writeFieldName("provinces");
          SUPPRESSED_TABLE.write(r.provinces(), g);
          g.writeArrayFieldStart("completeness");
          for (RegistrationRate rate : r.completeness()) {
            REGISTRATION_RATE.write(rate, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("coverage");
          for (RegistrationRate rate : r.coverage()) {
            REGISTRATION_RATE.write(rate, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("referenceFigures");
          for (CrvsReferenceFigures.Figure figure : CrvsReferenceFigures.all()) {
            FIGURE.write(figure, g);
          }
          g.writeEndArray();
        }
      };

  /**
   * Registration counts: the level counted down to, and per unit its {@link TimelinessCounts} by sex
   * (the same shape as the report's {@code bySex}).
   */
  static final Form.WriteOnly<RegistrationCounts> REGISTRATION_COUNTS =
      new Form.WriteOnly<>(
          RegistrationCounts.class,
          "counts are an aggregate of a registry over a gazetteer; rebuild them from the registry") {
        @Override
        void fields(RegistrationCounts c, JsonGenerator g) throws IOException {
          g.writeStringField("gazetteer", c.gazetteer().description());
          g.writeStringField("deepestLevel", c.deepestLevel().name());
          g.writeBooleanField("rolledUp", c.isRolledUp());
          if (c.firstYear().isPresent()) {
            g.writeNumberField("firstYear", c.firstYear().get());
          }
          if (c.lastYear().isPresent()) {
            g.writeNumberField("lastYear", c.lastYear().get());
          }
          g.writeArrayFieldStart("units");
          for (AdminUnit u : c.gazetteer().all()) {
            if (u.level().compareTo(c.deepestLevel()) > 0) {
              continue;
            }
            g.writeStartObject();
            g.writeStringField("code", u.code());
            g.writeObjectFieldStart("bySex");
            for (Sex sex : Sex.values()) {
              g.writeFieldName(sex.name());
              TIMELINESS_COUNTS.write(
                  new TimelinessCounts(
                      c.count(u, sex, Timeliness.CURRENT),
                      c.count(u, sex, Timeliness.LATE),
                      c.count(u, sex, Timeliness.DELAYED),
                      c.count(u, sex, Timeliness.NOT_REGISTERED)),
                  g);
            }
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
        }
      };

  static List<Form<?>> all() {
    return List.of(
        AGE_GROUP,
        BIRTH_SETTING,
        TIMELINESS_COUNTS,
        POPULATION,
        BIRTH_RATE,
        POPULATION_TABLE,
        REGISTRATION_RATE,
        FIGURE,
        BIRTH_FILTER,
        SUPPRESSED_TABLE,
        BIRTH_REGISTRATION_REPORT,
        REGISTRATION_COUNTS);
  }

  static double number(JsonFields f, String name) {
    return number(
        f.node(name).orElseThrow(() -> new JsonFormatException(f.path(name), "is required")),
        f.path(name));
  }

  static double number(JsonNode n, String path) {
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      throw new JsonFormatException(path, "expected a finite number, found " + JsonFields.kind(n));
    }
    return n.doubleValue();
  }
}
