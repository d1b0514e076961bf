package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.indicator.DataValues;
import io.github.connectlao.indicator.IndicatorCatalogue;
import io.github.connectlao.indicator.IndicatorDefinition;
import io.github.connectlao.indicator.IndicatorValue;
import io.github.connectlao.indicator.PeriodType;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.indicator.Term;
import io.github.connectlao.targets.CountProgress;
import io.github.connectlao.targets.Direction;
import io.github.connectlao.targets.Fraction;
import io.github.connectlao.targets.Measure;
import io.github.connectlao.targets.Observation;
import io.github.connectlao.targets.Progress;
import io.github.connectlao.targets.ProgressStatus;
import io.github.connectlao.targets.SamSangAssessment;
import io.github.connectlao.targets.SamSangCount;
import io.github.connectlao.targets.SamSangReport;
import io.github.connectlao.targets.SamSangRow;
import io.github.connectlao.targets.SamSangStatus;
import io.github.connectlao.targets.StatusThresholds;
import io.github.connectlao.targets.Target;
import io.github.connectlao.targets.TotalBasis;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The JSON forms of the {@code target} and {@code indicator} types. */
final class TargetForms {
  private TargetForms() {}

  static final Form.Text<Fraction> FRACTION =
      new Form.Text<>(Fraction.class, Fraction::toString, Fraction::parse);
  static final Form.Text<ReportingPeriod> PERIOD =
      new Form.Text<>(ReportingPeriod.class, ReportingPeriod::toString, ReportingPeriod::parse);
  static final Form.Text<Term> TERM =
      new Form.Text<>(Term.class, Term::toString, TargetForms::term);
  static final Form.Text<PeriodType> PERIOD_TYPE = Form.enumForm(PeriodType.class);
  static final Form.Text<Direction> DIRECTION = Form.enumForm(Direction.class);
  static final Form.Text<ProgressStatus> PROGRESS_STATUS = Form.enumForm(ProgressStatus.class);
  static final Form.Text<TotalBasis> TOTAL_BASIS = Form.enumForm(TotalBasis.class);
  static final Form.Text<SamSangStatus> SAM_SANG_STATUS = Form.enumForm(SamSangStatus.class);

  static Term term(String text) {
    String s = text.strip();
    if (s.startsWith("#{") && s.endsWith("}")) {
      return new Term.IndicatorRef(s.substring(2, s.length() - 1));
    }
    return new Term.DataItem(s);
  }

  static final Form.Obj<Observation> OBSERVATION =
      new Form.Obj<>(Observation.class) {
        @Override
        void fields(Observation o, JsonGenerator g) throws IOException {
          g.writeNumberField("year", o.year());
          g.writeStringField("value", o.value().toString());
        }

        @Override
        Observation read(JsonFields f) {
          int year = f.integer("year");
          Fraction value = f.parsed("value", Fraction::parse);
          return f.build(() -> new Observation(year, value));
        }
      };

  static final Form.Obj<Measure> MEASURE =
      new Form.Obj<>(Measure.class) {
        @Override
        void fields(Measure m, JsonGenerator g) throws IOException {
          if (m instanceof Measure.IndicatorMeasure i) {
            g.writeStringField("indicatorCode", i.indicatorCode());
          } else {
            Measure.UnitShareMeasure u = (Measure.UnitShareMeasure) m;
            g.writeStringField("unitLevel", u.level().name());
            g.writeStringField("status", u.status());
          }
        }

        @Override
        Measure read(JsonFields f) {
          Optional<String> indicator = f.optText("indicatorCode");
          if (indicator.isPresent()) {
            return f.build(() -> new Measure.IndicatorMeasure(indicator.get()));
          }
          AdminLevel level = f.enumValue("unitLevel", AdminLevel.class);
          String status = f.text("status");
          return f.build(() -> new Measure.UnitShareMeasure(level, status));
        }
      };

  static final Form.Obj<Target> TARGET =
      new Form.Obj<>(Target.class) {
        @Override
        void fields(Target t, JsonGenerator g) throws IOException {
          g.writeStringField("code", t.code());
          g.writeStringField("name", t.name());
          g.writeFieldName("measure");
          MEASURE.write(t.measure(), g);
          g.writeStringField("direction", t.direction().name());
          if (t.baseline().isPresent()) {
            g.writeFieldName("baseline");
            OBSERVATION.write(t.baseline().get(), g);
          }
          g.writeFieldName("target");
          OBSERVATION.write(t.target(), g);
          g.writeArrayFieldStart("unitCodes");
          for (String c : t.unitCodes()) {
            g.writeString(c);
          }
          g.writeEndArray();
          g.writeFieldName("source");
          CoreForms.SOURCE.write(t.source(), g);
        }

        @Override
        Target read(JsonFields f) {
          String code = f.text("code");
          String name = f.text("name");
          Measure measure = MEASURE.read(f.object("measure"));
          Direction direction = f.enumValue("direction", Direction.class);
          Optional<Observation> baseline = f.optObject("baseline").map(OBSERVATION::read);
          Observation target = OBSERVATION.read(f.object("target"));
          List<String> units = f.list("unitCodes", (n, p, r) -> JsonFields.text(n, p));
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () -> new Target(code, name, measure, direction, baseline, target, units, source));
        }
      };

  static final Form.Obj<IndicatorDefinition> INDICATOR_DEFINITION =
      new Form.Obj<>(IndicatorDefinition.class) {
        @Override
        void fields(IndicatorDefinition d, JsonGenerator g) throws IOException {
          g.writeStringField("code", d.code());
          g.writeStringField("nameLao", d.nameLao());
          g.writeStringField("nameEnglish", d.nameEnglish());
          g.writeStringField("numerator", d.numerator().toString());
          g.writeStringField("denominator", d.denominator().toString());
          g.writeNumberField("factor", d.factor());
          g.writeNumberField("decimals", d.decimals());
          g.writeBooleanField("annualised", d.annualised());
          g.writeBooleanField("numeratorAtMostDenominator", d.numeratorAtMostDenominator());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(d.source(), g);
        }

        @Override
        IndicatorDefinition read(JsonFields f) {
          String code = f.text("code");
          String nameLao = f.optText("nameLao").orElse("");
          String nameEnglish = f.optText("nameEnglish").orElse("");
          Term numerator = f.parsed("numerator", TargetForms::term);
          Term denominator = f.parsed("denominator", TargetForms::term);
          long factor = f.longValue("factor");
          int decimals = f.integer("decimals");
          boolean annualised = f.bool("annualised");
          boolean atMost = f.bool("numeratorAtMostDenominator");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new IndicatorDefinition(
                      code,
                      nameLao,
                      nameEnglish,
                      numerator,
                      denominator,
                      factor,
                      decimals,
                      annualised,
                      atMost,
                      source));
        }
      };

  static final Form.Obj<IndicatorValue> INDICATOR_VALUE =
      new Form.Obj<>(IndicatorValue.class) {
        @Override
        void fields(IndicatorValue v, JsonGenerator g) throws IOException {
          g.writeStringField("code", v.code());
          g.writeStringField("unitCode", v.unitCode());
          g.writeStringField("period", v.period().toString());
          optDecimal(g, "numerator", v.numerator());
          optDecimal(g, "denominator", v.denominator());
          CoreForms.optString(g, "exact", v.exact().map(Fraction::toString));
          optDecimal(g, "value", v.value());
          CoreForms.optString(g, "noValueReason", v.noValueReason());
        }

        @Override
        IndicatorValue read(JsonFields f) {
          String code = f.text("code");
          String unit = f.text("unitCode");
          ReportingPeriod period = f.parsed("period", ReportingPeriod::parse);
          Optional<BigDecimal> numerator = optDecimal(f, "numerator");
          Optional<BigDecimal> denominator = optDecimal(f, "denominator");
          Optional<Fraction> exact = f.optParsed("exact", Fraction::parse);
          Optional<BigDecimal> value = optDecimal(f, "value");
          Optional<String> reason = f.optText("noValueReason");
          if (value.isPresent() == reason.isPresent()) {
            throw new JsonFormatException(
                f.path("value"), "needs exactly one of value and noValueReason");
          }
          return f.build(
              () ->
                  new IndicatorValue(
                      code, unit, period, numerator, denominator, exact, value, reason));
        }
      };

  static final Form.Obj<SamSangAssessment> SAM_SANG_ASSESSMENT =
      new Form.Obj<>(SamSangAssessment.class) {
        @Override
        void fields(SamSangAssessment a, JsonGenerator g) throws IOException {
          g.writeStringField("unitCode", a.unitCode());
          g.writeNumberField("year", a.year());
          g.writeBooleanField("achieved", a.achieved());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(a.source(), g);
        }

        @Override
        SamSangAssessment read(JsonFields f) {
          String unit = f.text("unitCode");
          int year = f.integer("year");
          boolean achieved = f.bool("achieved");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new SamSangAssessment(
                      unit,
                      year,
                      achieved ? SamSangAssessment.Result.MET : SamSangAssessment.Result.NOT_MET,
                      source));
        }
      };

  static final Form.Obj<SamSangCount> SAM_SANG_COUNT =
      new Form.Obj<>(SamSangCount.class) {
        @Override
        void fields(SamSangCount c, JsonGenerator g) throws IOException {
          g.writeStringField("areaCode", c.areaCode());
          g.writeStringField("level", c.level().name());
          g.writeNumberField("year", c.year());
          g.writeNumberField("achieved", c.achieved());
          if (c.statedTotal().isPresent()) {
            g.writeNumberField("statedTotal", c.statedTotal().getAsLong());
          }
          g.writeFieldName("source");
          CoreForms.SOURCE.write(c.source(), g);
        }

        @Override
        SamSangCount read(JsonFields f) {
          String area = f.text("areaCode");
          AdminLevel level = f.enumValue("level", AdminLevel.class);
          int year = f.integer("year");
          long achieved = f.longValue("achieved");
          Optional<Long> total = f.optLong("statedTotal");
          Source source = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new SamSangCount(
                      area,
                      level,
                      year,
                      achieved,
                      total.map(OptionalLong::of).orElse(OptionalLong.empty()),
                      source));
        }
      };

  static final Form.Obj<StatusThresholds> STATUS_THRESHOLDS =
      new Form.Obj<>(StatusThresholds.class) {
        @Override
        void fields(StatusThresholds t, JsonGenerator g) throws IOException {
          g.writeNumberField("onTrack", t.onTrack());
          g.writeNumberField("needsAcceleration", t.needsAcceleration());
          g.writeNumberField("limitedProgress", t.limitedProgress());
        }

        @Override
        StatusThresholds read(JsonFields f) {
          double onTrack = CrvsForms.number(f, "onTrack");
          double needs = CrvsForms.number(f, "needsAcceleration");
          double limited = CrvsForms.number(f, "limitedProgress");
          return f.build(() -> new StatusThresholds(onTrack, needs, limited));
        }
      };

  static final Form.Obj<Progress> PROGRESS =
      new Form.Obj<>(Progress.class) {
        @Override
        void fields(Progress p, JsonGenerator g) throws IOException {
          g.writeFieldName("target");
          TARGET.write(p.target(), g);
          g.writeFieldName("latest");
          OBSERVATION.write(p.latest(), g);
          g.writeStringField("gap", p.gap().toString());
          CoreForms.optString(g, "shareOfWay", p.shareOfWay().map(Fraction::toString));
          CoreForms.optString(
              g, "requiredAnnualChange", p.requiredAnnualChange().map(Fraction::toString));
          CoreForms.optString(g, "status", p.status().map(Enum::name));
          if (p.ratio().isPresent()) {
            g.writeNumberField("ratio", p.ratio().getAsDouble());
          }
          g.writeStringField("statusBasis", p.statusBasis());
        }

        @Override
        Progress read(JsonFields f) {
          Target target = TARGET.read(f.object("target"));
          Observation latest = OBSERVATION.read(f.object("latest"));
          Fraction gap = f.parsed("gap", Fraction::parse);
          Optional<Fraction> share = f.optParsed("shareOfWay", Fraction::parse);
          Optional<Fraction> annual = f.optParsed("requiredAnnualChange", Fraction::parse);
          Optional<ProgressStatus> status =
              f.optText("status")
                  .map(t -> JsonFields.enumConstant(t, f.path("status"), ProgressStatus.class));
          OptionalDouble ratio =
              f.node("ratio")
                  .map(n -> OptionalDouble.of(CrvsForms.number(n, f.path("ratio"))))
                  .orElse(OptionalDouble.empty());
          String basis = f.text("statusBasis");
          return f.build(
              () -> new Progress(target, latest, gap, share, annual, status, ratio, basis));
        }
      };

  static final Form.Obj<CountProgress> COUNT_PROGRESS =
      new Form.Obj<>(CountProgress.class) {
        @Override
        void fields(CountProgress p, JsonGenerator g) throws IOException {
          g.writeFieldName("target");
          TARGET.write(p.target(), g);
          g.writeNumberField("year", p.year());
          g.writeNumberField("total", p.total());
          g.writeStringField("totalBasis", p.totalBasis().name());
          g.writeNumberField("required", p.required());
          g.writeNumberField("achieved", p.achieved());
          g.writeNumberField("gap", p.gap());
          if (p.baselineCount().isPresent()) {
            g.writeFieldName("baselineCount");
            OBSERVATION.write(p.baselineCount().get(), g);
          }
          if (p.milestone().isPresent()) {
            g.writeNumberField("milestone", p.milestone().getAsLong());
          }
          CoreForms.optString(g, "status", p.status().map(Enum::name));
          g.writeStringField("statusBasis", p.statusBasis());
        }

        @Override
        CountProgress read(JsonFields f) {
          Target target = TARGET.read(f.object("target"));
          int year = f.integer("year");
          long total = f.longValue("total");
          TotalBasis basis = f.enumValue("totalBasis", TotalBasis.class);
          long required = f.longValue("required");
          long achieved = f.longValue("achieved");
          long gap = f.longValue("gap");
          Optional<Observation> baseline = f.optObject("baselineCount").map(OBSERVATION::read);
          OptionalLong milestone = optionalLong(f, "milestone");
          Optional<ProgressStatus> status =
              f.optText("status")
                  .map(t -> JsonFields.enumConstant(t, f.path("status"), ProgressStatus.class));
          String statusBasis = f.text("statusBasis");
          return f.build(
              () ->
                  new CountProgress(
                      target,
                      year,
                      total,
                      basis,
                      required,
                      achieved,
                      gap,
                      baseline,
                      milestone,
                      status,
                      statusBasis));
        }
      };

  static final Form.Obj<SamSangRow> SAM_SANG_ROW =
      new Form.Obj<>(SamSangRow.class) {
        @Override
        void fields(SamSangRow r, JsonGenerator g) throws IOException {
          g.writeFieldName("area");
          CoreForms.ADMIN_UNIT.write(r.area(), g);
          g.writeStringField("status", r.status().name());
          g.writeFieldName("target");
          TARGET.write(r.target(), g);
          if (r.total().isPresent()) {
            g.writeNumberField("total", r.total().getAsLong());
          }
          g.writeStringField("totalBasis", r.totalBasis().name());
          if (r.required().isPresent()) {
            g.writeNumberField("required", r.required().getAsLong());
          }
          if (r.achievedYear().isPresent()) {
            g.writeNumberField("achievedYear", r.achievedYear().getAsInt());
          }
          if (r.progress().isPresent()) {
            g.writeFieldName("progress");
            COUNT_PROGRESS.write(r.progress().get(), g);
          }
          g.writeArrayFieldStart("sources");
          for (Source s : r.sources()) {
            CoreForms.SOURCE.write(s, g);
          }
          g.writeEndArray();
          g.writeStringField("note", r.note());
        }

        @Override
        SamSangRow read(JsonFields f) {
          var area = CoreForms.ADMIN_UNIT.read(f.object("area"));
          SamSangStatus status = f.enumValue("status", SamSangStatus.class);
          Target target = TARGET.read(f.object("target"));
          OptionalLong total = optionalLong(f, "total");
          TotalBasis basis = f.enumValue("totalBasis", TotalBasis.class);
          OptionalLong required = optionalLong(f, "required");
          OptionalInt year =
              f.optInt("achievedYear").map(OptionalInt::of).orElse(OptionalInt.empty());
          Optional<CountProgress> progress = f.optObject("progress").map(COUNT_PROGRESS::read);
          List<Source> sources = f.list("sources", CoreForms.SOURCE::read);
          String note = f.optText("note").orElse("");
          return f.build(
              () ->
                  new SamSangRow(
                      area, status, target, total, basis, required, year, progress, sources, note));
        }
      };

  static final Form.Obj<SamSangReport> SAM_SANG_REPORT =
      new Form.Obj<>(SamSangReport.class) {
        @Override
        void fields(SamSangReport r, JsonGenerator g) throws IOException {
          g.writeNumberField("year", r.year());
          g.writeArrayFieldStart("rows");
          for (SamSangRow row : r.rows()) {
            SAM_SANG_ROW.write(row, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("problems");
          for (String p : r.problems()) {
            g.writeString(p);
          }
          g.writeEndArray();
        }

        @Override
        SamSangReport read(JsonFields f) {
          int year = f.integer("year");
          List<SamSangRow> rows = f.list("rows", SAM_SANG_ROW::read);
          List<String> problems = f.list("problems", (n, p, r) -> JsonFields.text(n, p));
          return f.build(() -> new SamSangReport(year, rows, problems));
        }
      };

  static final Form.Obj<DataValues> DATA_VALUES =
      new Form.Obj<>(DataValues.class) {
        @Override
        void fields(DataValues v, JsonGenerator g) throws IOException {
          for (java.util.Map.Entry<String, BigDecimal> e : v.asMap().entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeNumber(e.getValue());
          }
        }

        @Override
        DataValues read(JsonFields f) {
          java.util.Map<String, BigDecimal> values = new java.util.TreeMap<>();
          for (String name : f.propertyNames()) {
            values.put(
                name,
                decimal(
                    f.node(name)
                        .orElseThrow(
                            () ->
                                new JsonFormatException(
                                    f.path(name), "must be a number, not null")),
                    f.path(name)));
          }
          return f.build(() -> DataValues.of(values));
        }
      };

  static final Form.Obj<IndicatorCatalogue> INDICATOR_CATALOGUE =
      new Form.Obj<>(IndicatorCatalogue.class) {
        @Override
        void fields(IndicatorCatalogue c, JsonGenerator g) throws IOException {
          g.writeArrayFieldStart("definitions");
          for (IndicatorDefinition d : c.all()) {
            INDICATOR_DEFINITION.write(d, g);
          }
          g.writeEndArray();
        }

        @Override
        IndicatorCatalogue read(JsonFields f) {
          List<IndicatorDefinition> definitions = f.list("definitions", INDICATOR_DEFINITION::read);
          return f.build(() -> IndicatorCatalogue.empty().withDefinitions(definitions));
        }
      };

  static List<Form<?>> all() {
    return List.of(
        DATA_VALUES,
        INDICATOR_CATALOGUE,
        FRACTION,
        PERIOD,
        TERM,
        PERIOD_TYPE,
        DIRECTION,
        PROGRESS_STATUS,
        TOTAL_BASIS,
        SAM_SANG_STATUS,
        OBSERVATION,
        MEASURE,
        TARGET,
        INDICATOR_DEFINITION,
        INDICATOR_VALUE,
        SAM_SANG_ASSESSMENT,
        SAM_SANG_COUNT,
        STATUS_THRESHOLDS,
        PROGRESS,
        COUNT_PROGRESS,
        SAM_SANG_ROW,
        SAM_SANG_REPORT);
  }

  static OptionalLong optionalLong(JsonFields f, String name) {
    return f.optLong(name).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  static void optDecimal(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
    if (v.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(v.get());
    }
  }

  static Optional<BigDecimal> optDecimal(JsonFields f, String name) {
    return f.node(name).map(n -> decimal(n, f.path(name)));
  }

  static BigDecimal decimal(JsonNode n, String path) {
    if (!n.isNumber()) {
      throw new JsonFormatException(path, "expected a number, found " + JsonFields.kind(n));
    }
    if (n.isDouble() || n.isFloat()) {
      if (!Double.isFinite(n.doubleValue())) {
        throw new JsonFormatException(path, "expected a finite number");
      }
    }
    BigDecimal d = n.decimalValue();
    long scale = d.scale();
    if (Math.abs(scale) > Fraction.MAX_DECIMAL_EXPONENT) {
      throw new JsonFormatException(
          path,
          "a number whose exponent is beyond 10^" + Fraction.MAX_DECIMAL_EXPONENT + " is refused");
    }
    return d;
  }
}
