package io.github.connectlao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceSourcesTest {
  private static final String KEY = "MOHA-NEWS-2022-09-08";

  @Test
  void everySourceIsReadOnceByItsKey() {
    Map<String, Source> all = ReferenceSources.all();
    assertThat(ReferenceSources.all()).isSameAs(all);
    assertThat(all).containsKey(KEY);
    List<BundledCsv.Row> rows = BundledCsv.read(ReferenceSources.FILE);
    assertThat(all).hasSize(rows.size());
    for (BundledCsv.Row row : rows) {
      Source s = all.get(row.require("id"));
      assertThat(s).as(row.require("id")).isNotNull();
      assertThat(s.citation()).isEqualTo(row.require("citation"));
      assertThat(s.confidence().name()).isEqualToIgnoringCase(row.require("confidence"));
      assertThat(s.note()).isEqualTo(row.get("note"));
    }
    assertThatThrownBy(() -> all.put("X", all.get(KEY)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void getFindsASourceByKeyAndRefusesAnUnknownKey() {
    Source s = ReferenceSources.get(KEY);
    assertThat(s).isSameAs(ReferenceSources.all().get(KEY));
    assertThat(s.citation()).startsWith("Ministry of Home Affairs (Lao PDR)");
    assertThat(s.confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThatThrownBy(() -> ReferenceSources.get("NO-SUCH-SOURCE"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage("source 'NO-SUCH-SOURCE' is not in reference_sources.csv");
  }

  @Test
  void aRowCitesItsDocumentAndMayReplaceItsNote() {
    List<BundledCsv.Row> rows = BundledCsv.read("bundled-csv-fixtures/sourced.csv");
    Source document = ReferenceSources.get(KEY);
    // a blank source_note keeps the document's own note
    assertThat(ReferenceSources.of(rows.get(0))).isSameAs(document);
    Source noted = ReferenceSources.of(rows.get(1));
    assertThat(noted.citation()).isEqualTo(document.citation());
    assertThat(noted.confidence()).isEqualTo(document.confidence());
    assertThat(noted.note()).contains("as read on a later day");
  }

  @Test
  void aFileWithoutASourceNoteColumnKeepsTheDocumentsNote() {
    BundledCsv.Row row =
        new BundledCsv.Row("x.csv", 2, Map.of("id", 0, "source", 1), List.of("R1", KEY));
    assertThat(ReferenceSources.of(row)).isSameAs(ReferenceSources.get(KEY));
  }

  @Test
  void anUnknownOrBlankKeyIsRefusedNamingFileAndLine() {
    List<BundledCsv.Row> rows = BundledCsv.read("bundled-csv-fixtures/sourced.csv");
    assertThatThrownBy(() -> ReferenceSources.of(rows.get(2)))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(
            "bundled-csv-fixtures/sourced.csv line 4: source 'NO-SUCH-SOURCE' is not in"
                + " reference_sources.csv");
    assertThatThrownBy(() -> ReferenceSources.of(rows.get(3)))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage("bundled-csv-fixtures/sourced.csv line 5: column 'source' is blank");
  }
}
