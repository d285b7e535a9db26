package org.dateline.extract;

import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Report;

/**
 * Groups what was found in a report into the events it describes: each incident with its date,
 * place and figures, and the talks, calls and statements it dates.
 *
 * <p>Implementations are thread-safe and never throw because of the text.
 */
@FunctionalInterface
public interface EventExtractor {
  /**
   * Returns the report's events.
   *
   * @param report the report, not null
   * @param dates its date expressions, as a {@link DateExtractor} found them, not null
   * @param casualties its casualty figures, as a {@link CasualtyExtractor} found them, not null
   * @return the events, not null
   */
  List<Event> extract(Report report, List<DateMention> dates, List<CasualtyFigure> casualties);
}
