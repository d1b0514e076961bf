package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the embedded reference data files of {@code io/github/connectlao/data/} (each row with its
 * source and confidence; see {@code SOURCES.md} there): the CRVS reference figures and the
 * population table. Loaded lazily and once by the holders of {@link CrvsReferenceFigures} and
 * {@link PopulationTable}.
 */
final class EmbeddedReferenceData {
  static final String DIR = "/io/github/connectlao/data/";
  static final String CRVS = "crvs_reference.csv";
  static final String NATIONAL = "population_national_reference.csv";
  static final String PROVINCES = "population_province_projection_2020.csv";

  private EmbeddedReferenceData() {}

  /** Every row of {@code crvs_reference.csv}. */
  static List<CrvsReferenceFigures.Value> crvsReference() {
    CsvColumn indicator = CsvColumn.of("indicator");
    CsvColumn code = CsvColumn.of("indicator_code");
    CsvColumn geo = CsvColumn.of("geography");
    CsvColumn sex = CsvColumn.of("sex");
    CsvColumn year = CsvColumn.of("year");
    CsvColumn value = CsvColumn.of("value");
    CsvColumn unit = CsvColumn.of("unit");
    CsvColumn source = CsvColumn.of("source");
    CsvColumn status = CsvColumn.of("status");
    CsvColumn confidence = CsvColumn.of("confidence");
    List<CsvColumn> all =
        List.of(indicator, code, geo, sex, year, value, unit, source, status, confidence);
    List<CrvsReferenceFigures.Value> values = new ArrayList<>();
    read(
        CRVS,
        all,
        r ->
            values.add(
                new CrvsReferenceFigures.Value(
                    r.require(indicator),
                    r.get(code).orElse(""),
                    r.require(geo),
                    sex(r.require(sex)),
                    Integer.parseInt(r.require(year)),
                    Double.parseDouble(r.require(value)),
                    r.require(unit),
                    Source.of(
                        r.require(source) + " (" + CRVS + ")",
                        confidence(r.require(status)),
                        r.require(status) + "; confidence " + r.require(confidence)))));
    return List.copyOf(values);
  }

  /** The embedded population table: see {@link PopulationTable#laoPdr()}. */
  static PopulationTable population() {
    PopulationTable.Builder b = PopulationTable.builder();
    CsvColumn indicator = CsvColumn.of("indicator");
    CsvColumn geo = CsvColumn.of("geography");
    CsvColumn year = CsvColumn.of("year");
    CsvColumn value = CsvColumn.of("value");
    CsvColumn source = CsvColumn.of("source");
    CsvColumn status = CsvColumn.of("status");
    CsvColumn confidence = CsvColumn.of("confidence");
    read(
        NATIONAL,
        List.of(indicator, geo, year, value, source, status, confidence),
        r -> {
          Optional<Optional<Sex>> sex =
              switch (r.require(indicator)) {
                case "population_total", "population_total_projection_medium" ->
                    Optional.of(Optional.empty());
                case "population_female" -> Optional.of(Optional.of(Sex.FEMALE));
                case "population_male_derived" -> Optional.of(Optional.of(Sex.MALE));
                default ->
                    Optional
                        .empty(); // 18+ and under-18 come from the province file; survey figures
                  // are no population
              };
          sex.ifPresent(
              s ->
                  b.population(
                      r.require(geo),
                      Integer.parseInt(r.require(year)),
                      s,
                      AgeGroup.ALL,
                      Long.parseLong(r.require(value)),
                      Source.of(
                          r.require(source) + " (" + NATIONAL + ")",
                          confidence(r.require(status)),
                          "confidence " + r.require(confidence))));
        });
    CsvColumn pcode = CsvColumn.of("pcode");
    CsvColumn total2020 = CsvColumn.of("proj_2020_total");
    CsvColumn under18 = CsvColumn.of("proj_2020_under18_derived");
    CsvColumn total2021 = CsvColumn.of("proj_2021_total");
    CsvColumn source2020 = CsvColumn.of("source_2020");
    CsvColumn source2021 = CsvColumn.of("source_2021");
    read(
        PROVINCES,
        List.of(pcode, total2020, under18, total2021, source2020, source2021, confidence),
        r -> {
          String unit = r.require(pcode);
          String note =
              "Lao Statistics Bureau projection 2015-2045, medium assumption, mid-year; confidence "
                  + r.require(confidence);
          Source s2020 =
              Source.of(r.require(source2020) + " (" + PROVINCES + ")", Confidence.SECONDARY, note);
          b.population(
              unit,
              2020,
              Optional.empty(),
              AgeGroup.ALL,
              Long.parseLong(r.require(total2020)),
              s2020);
          b.population(
              unit,
              2020,
              Optional.empty(),
              AgeGroup.under(18),
              Long.parseLong(r.require(under18)),
              Source.of(
                  "derived: projected total minus projected population aged 18+, "
                      + r.require(source2020)
                      + " ("
                      + PROVINCES
                      + ")",
                  Confidence.DERIVED,
                  note));
          if (!"LA".equals(unit)) { // the national 2021 figure comes from the national file
            b.population(
                unit,
                2021,
                Optional.empty(),
                AgeGroup.ALL,
                Long.parseLong(r.require(total2021)),
                Source.of(
                    "github douangtavanh/covid-19-data-laos data/population_forecast_2020_laos.csv "
                        + r.require(source2021)
                        + " ("
                        + PROVINCES
                        + ")",
                    Confidence.SECONDARY,
                    note));
          }
        });
    for (CrvsReferenceFigures.Value v : CrvsReferenceFigures.values()) {
      if (v.indicator().equals(CrvsReferenceFigures.CRUDE_BIRTH_RATE)) {
        b.crudeBirthRate(v.geography(), v.year(), v.sex(), v.value(), v.source());
      }
    }
    return b.build();
  }

  private static void read(String file, List<CsvColumn> columns, Consumer<CsvRow> each) {
    String resource = DIR + file;
    try (InputStream in = EmbeddedReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (CsvReader csv = CsvReader.of(in, resource)) {
        Map<String, Integer> index = csv.bind(columns, columns);
        for (Optional<CsvRow> row = csv.next(index); row.isPresent(); row = csv.next(index)) {
          each.accept(row.get());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Sex> sex(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "male" -> Optional.of(Sex.MALE);
      case "female" -> Optional.of(Sex.FEMALE);
      default -> Optional.empty();
    };
  }

  /** The {@code status} column as a confidence: verified, secondary or derived; otherwise unverified. */
  static Confidence confidence(String status) {
    String s = status.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("verified")) {
      return Confidence.VERIFIED;
    }
    if (s.startsWith("secondary")) {
      return Confidence.SECONDARY;
    }
    if (s.startsWith("derived")) {
      return Confidence.DERIVED;
    }
    return Confidence.UNVERIFIED;
  }
}
