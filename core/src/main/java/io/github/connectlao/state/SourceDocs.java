package io.github.connectlao.state;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;

/** Citations of the source documents used by this package. */
final class SourceDocs {
  private SourceDocs() {}

  static Source seed000() {
    return Source.of("seed 000_e68db647f447c164.txt (MoHA news, annual CONNECT review, 10 Mar 2023)",
        Confidence.UNVERIFIED);
  }

  static Source seed001() {
    return Source.of("seed 001_7a05f444345b8629.txt (MoHA news, 8 Sep 2022)", Confidence.UNVERIFIED);
  }

  static Source seed002(String note) {
    return Source.of("seed 002_b67c83d536eeb871.txt (MoHA news, 20th ACCSM, 17-18 Nov 2020)",
        Confidence.UNVERIFIED, note);
  }

  static Source seed004() {
    return Source.of("seed 004_01a7404add266120.txt (MoHA news, consultation of 30 Aug 2019)",
        Confidence.UNVERIFIED);
  }

  static Source notInSources(String note) {
    return Source.of("not in the source documents", Confidence.UNVERIFIED, note);
  }

  static Source derived(String how) {
    return Source.of(how, Confidence.DERIVED);
  }
}
