package org.dateline.rules.time.en;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dateline.extract.DateExtractor;
import org.dateline.model.DateMention;
import org.dateline.model.Report;
import org.dateline.resolve.ReferenceTime;

/**
 * Finds and resolves the temporal expressions of English news reports: explicit dates ("Feb. 24, 2022"),
 * relative ones ("yesterday", "last Tuesday", "two days ago"), parts of day, clock times, vague times
 * ("recently"), durations, sets, quarters and holidays, each resolved against the report's publication
 * instant and zone, past-biased as news is.
 *
 * <p>Immutable and thread-safe; a report's result does not depend on what was processed before. Never
 * throws because of the text.
 */
public final class EnglishDateExtractor implements DateExtractor {
  private final RuleScanner scanner;
  private final DateRecognizer fallback;

  private EnglishDateExtractor(RuleScanner scanner, DateRecognizer fallback) {
    this.scanner = scanner;
    this.fallback = fallback;
  }

  /**
   * Returns the extractor with the English rules, and Natty as a recogniser of phrases the rules missed
   * (called only on clauses with an unconsumed month, weekday or "ago"; its findings are resolved by our
   * resolver, never by Natty).
   */
  public static EnglishDateExtractor create() {
    return new EnglishDateExtractor(RuleScanner.english(), new NattyRecognizer());
  }

  /** Returns the extractor with the English rules alone: no outside parser, for the highest throughput. */
  public static EnglishDateExtractor rulesOnly() {
    return new EnglishDateExtractor(RuleScanner.english(), null);
  }

  /**
   * Returns the report's temporal expressions in text order, without overlaps.
   *
   * @param report the report, not null
   * @return the mentions, not null
   */
  @Override
  public List<DateMention> extract(Report report) {
    requireNonNull(report, "report");
    Scan s = new Scan(report.text(), report.published().getOffset());
    Words words = scanner.words(s);
    List<Candidate> found = scanner.scan(s, words);
    if (fallback != null) {
      found = Fallback.addMissed(s, words, found, fallback, report.published());
    }
    return Assembler.assemble(s, found, ReferenceTime.of(report.published()));
  }
}
