package io.github.connectlao;

import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.List;

/**
 * A small facade over the library for JShell and quick embedding.
 *
 * <pre>{@code
 * ConnectLao.gazetteer().unit("LA-BK");   // LA05 Bokeo (ບໍ່ແກ້ວ), province
 * ConnectLao.unit("Luang Namtha");        // by code or by name
 * }</pre>
 */
public final class ConnectLao {
  private ConnectLao() {}

  /** @return the embedded default gazetteer of the Lao PDR */
  public static Gazetteer gazetteer() {
    return Gazetteer.laoPdr();
  }

  /**
   * A unit of the default gazetteer by code (P-code, ISO 3166-2, LSB) or, failing that, by the
   * best name match.
   *
   * @param codeOrName a code or a name
   * @return the unit
   * @throws io.github.connectlao.admin.UnknownCodeException when neither finds a unit
   */
  public static AdminUnit unit(String codeOrName) {
    Gazetteer g = gazetteer();
    return g.find(codeOrName).orElseGet(() -> {
      List<AdminUnit> hits = g.search(codeOrName, 1);
      return hits.isEmpty() ? g.unit(codeOrName) : hits.get(0);
    });
  }
}
