package org.dateline.cli;

import org.dateline.model.Extraction;

/** Interim: TimeML output arrives with org.dateline.format.TimeMlWriter. */
final class TimeMl {
  private TimeMl() {}

  static String write(Extraction x) {
    throw new UsageException("--format timeml: not built yet");
  }
}
