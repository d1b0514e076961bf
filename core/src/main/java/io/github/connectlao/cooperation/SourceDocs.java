package io.github.connectlao.cooperation;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;

/** Citations of the source documents used by this package. */
final class SourceDocs {
  private SourceDocs() {}

  static final String SEED_000 = "seed 000_e68db647f447c164.txt (MoHA news, annual CONNECT review, 10 Mar 2023)";
  static final String SEED_001 = "seed 001_7a05f444345b8629.txt (MoHA news, 8 Sep 2022)";
  static final String SEED_002 = "seed 002_b67c83d536eeb871.txt (MoHA news, 20th ACCSM, 17-18 Nov 2020)";
  static final String SEED_003 = "seed 003_f1d73bd5c0f8780f.txt (background of CONNECT)";
  static final String SEED_004 = "seed 004_01a7404add266120.txt (MoHA news, consultation of 30 Aug 2019)";
  static final String REACH = "lao_reference_facts.json connect.reach";

  static Source seed(String citation) {
    return Source.of(citation, Confidence.UNVERIFIED);
  }

  static Source seed(String citation, String note) {
    return Source.of(citation, Confidence.UNVERIFIED, note);
  }
}
