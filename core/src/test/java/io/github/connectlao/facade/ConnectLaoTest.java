package io.github.connectlao.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectLaoTest {

  @Test
  void reachesEveryCapabilityFromTheFacade() {
    assertThat(ConnectLao.unit("LA-BK").nameEnglish()).isEqualTo("Bokeo");
    assertThat(ConnectLao.unit("Luang Namtha").code()).isEqualTo("LA03");
    assertThat(ConnectLao.body("LA0301", "HEALTH").toString())
        .contains("District Health Office of Namtha");
    assertThat(ConnectLao.stateBodies().bodies()).hasSizeGreaterThan(600);
    assertThat(ConnectLao.programmesCovering("LA05", LocalDate.of(2021, 6, 1)))
        .anySatisfy(m -> assertThat(m.toString()).containsIgnoringCase("COVID"));
    assertThat(ConnectLao.cooperationTimeline()).isNotEmpty();
    assertThat(ConnectLao.samSangTargets()).hasSize(3);
    assertThat(ConnectLao.samSang(2025).toTable()).contains("LA13");
    assertThat(ConnectLao.period("2022-H1").toString()).isEqualTo("2022-H1");
    assertThat(ConnectLao.indicators().all()).isNotEmpty();
    assertThat(ConnectLao.policy().legalPeriodDays()).isEqualTo(30);
    BirthRegistration r =
        BirthRegistration.builder("x", Sex.FEMALE, LocalDate.of(2022, 1, 1), "LA0501")
            .registered(LocalDate.of(2022, 1, 31), "LA0501")
            .build();
    assertThat(
            ConnectLao.birthStatistics(List.of(r))
                .counts(ConnectLao.unit("LA05"))
                .count(Timeliness.CURRENT))
        .isEqualTo(1);
    assertThat(ConnectLao.gazetteer().count(AdminLevel.DISTRICT)).isEqualTo(148);
  }
}
