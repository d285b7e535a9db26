package org.dateline.extract;

import java.util.List;
import org.dateline.model.DateMention;
import org.dateline.model.Report;

/**
 * Finds the temporal expressions of a report and resolves them against its publication time and zone.
 *
 * <p>Implementations are thread-safe and never throw because of the text: nothing found is an
 * empty list, an unresolvable expression comes back with {@link DateMention#problem()} set.
 */
@FunctionalInterface
public interface DateExtractor {
  /**
   * Returns the report's date expressions in text order, without overlaps.
   *
   * @param report the report, not null
   * @return the mentions, not null
   */
  List<DateMention> extract(Report report);
}
