/**
 * connect-lao JSON: the JSON form of every public type of the connect-lao model, as a Jackson
 * module and a configured reader/writer; and the DHIS2 codecs ({@code interop.dhis2}: periods,
 * organisation units, data value sets in JSON, CSV and ADX), which read DHIS2's JSON with Jackson.
 *
 * <p>Start with {@link io.github.connectlao.json.ConnectLaoJson#standard()}.
 */
module io.github.connectlao.json {
  requires transitive io.github.connectlao;
  requires transitive com.fasterxml.jackson.databind;
  requires java.xml;
  requires static transitive org.jspecify;

  exports io.github.connectlao.json;
  exports io.github.connectlao.interop.dhis2;
}
