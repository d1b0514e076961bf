/**
 * connect-lao JSON: the JSON form of every public type of the connect-lao model, as a Jackson
 * module and a configured reader/writer.
 *
 * <p>Start with {@link io.github.connectlao.json.ConnectLaoJson#standard()}.
 */
module io.github.connectlao.json {
  requires transitive io.github.connectlao;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.connectlao.json;
}
