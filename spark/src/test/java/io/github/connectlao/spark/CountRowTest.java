package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class CountRowTest {

  private static CountRow bokeo() {
    return new CountRow("LA-BK", "Bokeo", "ບໍ່ແກ້ວ", "PROVINCE", 2022, "FEMALE", "ON_TIME", 812);
  }

  @Test
  void constructorSetsEveryField() {
    CountRow r = bokeo();
    assertThat(r.getUnitCode()).isEqualTo("LA-BK");
    assertThat(r.getUnitNameEnglish()).isEqualTo("Bokeo");
    assertThat(r.getUnitNameLao()).isEqualTo("ບໍ່ແກ້ວ");
    assertThat(r.getLevel()).isEqualTo("PROVINCE");
    assertThat(r.getYear()).isEqualTo(2022);
    assertThat(r.getSex()).isEqualTo("FEMALE");
    assertThat(r.getBand()).isEqualTo("ON_TIME");
    assertThat(r.getBirths()).isEqualTo(812);
  }

  @Test
  void settersAndGettersAgreeAsTheBeanEncoderNeeds() {
    CountRow r = new CountRow();
    r.setUnitCode("LA-BK");
    r.setUnitNameEnglish("Bokeo");
    r.setUnitNameLao("ບໍ່ແກ້ວ");
    r.setLevel("PROVINCE");
    r.setYear(2022);
    r.setSex("FEMALE");
    r.setBand("ON_TIME");
    r.setBirths(812);
    assertThat(r).usingRecursiveComparison().isEqualTo(bokeo());
  }

  @Test
  void yearIsNullWhenNotCountedByYear() {
    CountRow r = bokeo();
    r.setYear(null);
    assertThat(r.getYear()).isNull();
    assertThat(new CountRow().getYear()).isNull();
    assertThat(new CountRow().getBirths()).isZero();
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    CountRow r = bokeo();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).usingRecursiveComparison().isEqualTo(r);
    }
  }
}
