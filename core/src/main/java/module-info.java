/**
 * connect-lao: a domain model of local governance and birth registration in the Lao PDR.
 *
 * <p>Start with {@link io.github.connectlao.ConnectLao} or {@link
 * io.github.connectlao.admin.Gazetteer#laoPdr()}.
 */
module io.github.connectlao.core {
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.github.connectlao;
  exports io.github.connectlao.admin;
  exports io.github.connectlao.cooperation;
  exports io.github.connectlao.crvs;
  exports io.github.connectlao.csv;
  exports io.github.connectlao.indicator;
  exports io.github.connectlao.json;
  exports io.github.connectlao.lao;
  exports io.github.connectlao.state;
  exports io.github.connectlao.target;
}
