package org.dateline.rules.time.en;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A recogniser of date phrases in a stretch of text, behind which an outside parser may serve. It only
 * finds and types phrases; resolution stays with {@link org.dateline.resolve.Resolver}. Implementations
 * are thread-safe and never throw because of the text.
 */
interface DateRecognizer {
  /**
   * Returns the phrases found in {@code text[from, to)}, with offsets into {@code text}.
   *
   * @param text the whole text
   * @param from the first index of the stretch
   * @param to the index after its end
   * @param reference the publication time and zone
   * @return the candidates, typed by our own expressions; empty if none or if the recogniser failed
   */
  List<Candidate> recognize(String text, int from, int to, ZonedDateTime reference);
}
