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
   * Returns the report's casualty figures in text order. A figure the report plainly states twice for
   * one incident (a headline's "Bus crash kills 15" and the story's "15 passengers died") should be
   * given once; where the implementation cannot tell one incident from two, both stay.
   *
   * @param report the report, not null
   * @return the figures, not null
   */
  List<CasualtyFigure> extract(Report report);

  /**
   * Returns one report's figures read as counts of noncombatants, as civilian-casualty monitors count
   * them: members of security forces and armed groups, and the attackers themselves, are left out
   * where the report tells them apart ("ten people were killed, including six civilians" counts 6;
   * "seven, including two soldiers" counts 5; "four civilians and two policemen" counts 4). A toll no
   * part or group splits keeps its figure. Reconcile the result with a {@code TollPolicy} as any figures.
   *
   * <p>Whom a figure counts is read in the extractor's language; this default reads nothing and returns
   * the figures as they are.
   *
   * @param figures one report's figures in text order, as {@link #extract} returns them, not null, no null elements
   * @return the figures to reconcile, an immutable list
   * @throws NullPointerException if {@code figures} or an element is null
   */
  default List<CasualtyFigure> noncombatants(List<CasualtyFigure> figures) {
    return List.copyOf(figures);
  }
}
