package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExternalIdsTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void identifiersAreLookedUpBothWaysAndNeverContradicted() {
    ExternalIds ids =
        ExternalIds.empty()
            .with("LA05", IdentifierScheme.DHIS2_UID, "SynBokeo001")
            .with("LA05", IdentifierScheme.OPENCRVS_ID, "LA05")
            .with("LA05", IdentifierScheme.of("HMIS_LEGACY"), "BK");
    assertThat(ids.unitCode(IdentifierScheme.DHIS2_UID, "SynBokeo001")).contains("LA05");
    assertThat(ids.externalId("LA05", IdentifierScheme.valueOf("HMIS_LEGACY"))).contains("BK");
    assertThat(ids.externalIds("LA05")).hasSize(3);
    assertThat(ids.with("LA05", IdentifierScheme.DHIS2_UID, "SynBokeo001")).isSameAs(ids);
    assertThatThrownBy(() -> ids.with("LA05", IdentifierScheme.DHIS2_UID, "Other000001"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already has DHIS2_UID SynBokeo001");
    assertThatThrownBy(() -> ids.with("LA03", IdentifierScheme.DHIS2_UID, "SynBokeo001"))
        .hasMessageContaining("already the DHIS2_UID of unit LA05");
    assertThat(ExternalIds.of(LAO).unitCode(IdentifierScheme.ISO_3166, "LA-BK")).contains("LA05");
  }

  @Test
  void schemesAreOpenWithTheBuiltInOnesAsConstants() {
    assertThat(IdentifierScheme.of("DHIS2_UID")).isSameAs(IdentifierScheme.DHIS2_UID);
    assertThat(IdentifierScheme.of("HMIS_LEGACY")).isEqualTo(IdentifierScheme.of("HMIS_LEGACY"));
    assertThat(IdentifierScheme.of("HMIS_LEGACY").isBuiltIn()).isFalse();
    assertThat(IdentifierScheme.of("HMIS_LEGACY").toString()).isEqualTo("HMIS_LEGACY");
    assertThatThrownBy(() -> IdentifierScheme.of("dhis2 uid"))
        .isInstanceOf(InvalidValueException.class);
    AdminUnit u =
        AdminUnit.builder("LA9901", AdminLevel.DISTRICT)
            .parent("LA99")
            .nameEnglish("Test")
            .identifier(IdentifierScheme.of("HMIS_LEGACY"), "T1")
            .identifier(IdentifierScheme.LSB, "9901")
            .build();
    assertThat(u.identifier(IdentifierScheme.of("HMIS_LEGACY"))).contains("T1");
    assertThat(u.identifiers().keySet())
        .containsExactly(IdentifierScheme.LSB, IdentifierScheme.of("HMIS_LEGACY"));
  }

  @Test
  void aMappingFileReportsAmbiguousNamesInsteadOfGuessing() {
    String file =
        "unit,parent,scheme,external_id\n"
            + "LA05,,DHIS2_UID,SynBokeo001\n"
            + "Xaysetha,,DHIS2_UID,SynXs000001\n"
            + "Xaysetha,Attapeu,DHIS2_UID,SynXsAtt001\n"
            + "ໄຊເສດຖາ,ນະຄອນຫຼວງວຽງຈັນ,DHIS2_UID,SynXsVte001\n"
            + "Atlantis,,DHIS2_UID,SynAtl00001\n"
            + "LA03,,DHIS2_UID,SynBokeo001\n"
            + "LA03,,dhis2 uid,x\n";
    ImportResult<ExternalIds> r = ExternalIds.readCsv(new StringReader(file), "ids.csv", LAO);
    assertThat(r.accepted().unitCode(IdentifierScheme.DHIS2_UID, "SynXsAtt001")).contains("LA1701");
    assertThat(r.accepted().unitCode(IdentifierScheme.DHIS2_UID, "SynXsVte001")).contains("LA0103");
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 6L, 7L, 8L);
    assertThat(r.errors().get(0).reason()).contains("LA0103").contains("LA1701");
    StringWriter w = new StringWriter();
    r.accepted().writeCsv(w);
    assertThat(ExternalIds.readCsv(new StringReader(w.toString()), "again", LAO).accepted())
        .isEqualTo(r.accepted());
    assertThat(
            UnitMatcher.of(LAO)
                .matchName("Xaysetha", Optional.empty(), Optional.of(AdminLevel.DISTRICT))
                .status())
        .isEqualTo(UnitMatch.Status.AMBIGUOUS);
    assertThat(
            UnitMatcher.of(LAO)
                .matchName("Vientiane Capital", Optional.empty(), Optional.empty())
                .unit()
                .orElseThrow()
                .code())
        .isEqualTo("LA01");
  }
}
