/** A consumer of connect-lao on the module path: it requires the library's two modules and nothing else. */
module io.github.connectlao.smoke {
  requires io.github.connectlao;
  requires io.github.connectlao.json;
}
