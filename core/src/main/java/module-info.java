/**
 * connect-lao: a domain model of local governance and birth registration in the Lao PDR.
 *
 * <p>Start with {@link io.github.connectlao.facade.ConnectLao} or {@link
 * io.github.connectlao.admin.Gazetteer#laoPdr()}. The model has no serialisation concerns: the JSON
 * forms are in the separate module {@code io.github.connectlao.json} (artifact {@code
 * connect-lao-json}), and nothing here needs Jackson.
 */
module io.github.connectlao {
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.connectlao;
  exports io.github.connectlao.admin;
  exports io.github.connectlao.cooperation;
  exports io.github.connectlao.crvs;
  exports io.github.connectlao.csv;
  exports io.github.connectlao.disclosure;
  exports io.github.connectlao.facade;
  exports io.github.connectlao.indicator;
  exports io.github.connectlao.interop;
  exports io.github.connectlao.interop.opencrvs;
  exports io.github.connectlao.interop.opensdg;
  exports io.github.connectlao.lao;
  exports io.github.connectlao.state;
  exports io.github.connectlao.targets;
}
