package org.dateline.extract;

import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Report;

/**
 * Finds the casualty figures a report states.
 *
 * <p>Implementations are thread-safe and never throw because of the text.
 */
@FunctionalInterface
public interface CasualtyExtractor {
  /**
   * Returns the report's casualty figures in text order.
   *
   * @param report the report, not null
   * @return the figures, not null
   */
  List<CasualtyFigure> extract(Report report);
}
