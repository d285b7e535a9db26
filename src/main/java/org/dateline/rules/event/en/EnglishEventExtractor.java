package org.dateline.rules.event.en;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dateline.extract.EventExtractor;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Report;

/**
 * Finds the events an English report describes: one per incident (an attack, a shooting, a crash,
 * a flood...), and the talks, meetings and calls it dates.
 *
 * <p>Each event gets:
 * <ul>
 *   <li>a type, from trigger words ("struck", "gunfire", "blaze", "talks", "spoke by phone");
 *   <li>the date it happened: the date expression nearest its trigger in the same clause, never
 *       one that dates a statement ("Police said Wednesday that the shooting happened Tuesday
 *       night" gives Tuesday night); an incident named without a date takes the date of the
 *       sentences that give its toll;
 *   <li>its place, resolved with a GeoNames gazetteer and written broadest last ("Bryansk,
 *       Bryansk Oblast, Russia"); "this city" takes the last city named;
 *   <li>for the report's main incident, the people named as its victims or suspects ("Jordan Parks,
 *       23," or "identified the victim as Mara Quill"), as actors;
 *   <li>its casualty figures as claims of the report, each figure going to the incident named in
 *       its sentence or just before it, and its tolls reconciled by {@link
 *       org.dateline.timeline.TollPolicy#LATEST}.
 * </ul>
 * A main incident with no date in the report gets {@code PAST_REF} over the week before the
 * report's publication day; time stamps of the page ("3:13 PM EDT", "Posted ...") never date one.
 * Mentions of one incident across a report make one event; an incident with a date of its own
 * ("last month's stampede", "attacked the plant in October 2024") is a separate, background event.
 * Talks, meetings and calls without a calendar date are left out: they have no place on a timeline.
 *
 * <p>Immutable and thread-safe; work is linear in the report's length.
 */
public final class EnglishEventExtractor implements EventExtractor {
  private static final EnglishEventExtractor DEFAULT = new EnglishEventExtractor(false);
  private static final EnglishEventExtractor WITH_STATEMENTS = new EnglishEventExtractor(true);

  private final boolean statements;

  private EnglishEventExtractor(boolean statements) {
    this.statements = statements;
  }

  /** Returns the extractor of incidents, talks, meetings and calls. */
  public static EnglishEventExtractor create() {
    return DEFAULT;
  }

  /** Returns an extractor that also makes an event of each dated statement ("the Kremlin said today"). */
  public static EnglishEventExtractor withStatements() {
    return WITH_STATEMENTS;
  }

  /**
   * Returns the report's events, incidents and happenings in the order the report first names them.
   *
   * @param report the report, not null
   * @param dates its date expressions, not null
   * @param casualties its casualty figures, not null
   * @return the events, with ids {@code <report id>-e1}, {@code -e2}...
   */
  @Override
  public List<Event> extract(Report report, List<DateMention> dates, List<CasualtyFigure> casualties) {
    requireNonNull(report, "report");
    requireNonNull(dates, "dates");
    requireNonNull(casualties, "casualties");
    return new ReportEvents(report, dates, casualties, statements).events();
  }

  @Override
  public String toString() {
    return "EnglishEventExtractor[statements=" + statements + "]";
  }
}
