package io.github.connectlao.state;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;

/** The provenance of the bodies this package derives from the gazetteer. */
final class SourceDocs {
  private SourceDocs() {}

  static Source derived(String how) {
    return Source.of(how, Confidence.DERIVED);
  }
}
