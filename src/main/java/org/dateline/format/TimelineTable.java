package org.dateline.format;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Event;
import org.dateline.model.Timeline;
import org.dateline.model.Toll;

/**
 * Writes a timeline as a plain-text table in date order: one row per event with its date, type,
 * place, tolls as {@code low/best/high} per category, and the reports it comes from.
 *
 * <pre>
 * date        type    place                                 tolls                        reports
 * 2026-03-10  strike  Bryansk, Bryansk Oblast, Russia       killed 6/6/7 injured 37/37/37 r1 r3
 * </pre>
 *
 * <p>Columns are as wide as their widest cell, up to {@link #MAX_WIDTH} characters (longer cells
 * are cut with an ellipsis). Immutable and thread-safe: a stateless utility.
 */
public final class TimelineTable {
  /** The widest a column other than the last gets, in characters. */
  public static final int MAX_WIDTH = 48;
  private static final String[] HEADER = {"date", "type", "place", "tolls", "reports"};

  private TimelineTable() {}

  /**
   * Returns the table of {@code timeline}, one line per event after a header line, each line ended by {@code \n}.
   *
   * @param timeline the timeline, not null
   * @return the table; just the header for an empty timeline
   */
  public static String render(Timeline timeline) {
    requireNonNull(timeline, "timeline");
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Event e : timeline.events()) {
      rows.add(row(e));
    }
    int[] widths = new int[HEADER.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        String cell = i < r.length - 1 ? fit(r[i], widths[i]) : r[i];
        sb.append(cell);
        if (i < r.length - 1) {
          sb.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String[] row(Event e) {
    StringBuilder tolls = new StringBuilder();
    for (Map.Entry<CasualtyCategory, Toll> t : e.tolls().entrySet()) {
      Toll toll = t.getValue();
      if (tolls.length() > 0) {
        tolls.append(' ');
      }
      tolls.append(t.getKey().jsonName()).append(' ').append(toll.low()).append('/').append(toll.best())
          .append('/').append(toll.high());
    }
    return new String[] {e.time().map(Object::toString).orElse("?"), e.type().jsonName(), e.place().orElse("-"),
        tolls.length() == 0 ? "-" : tolls.toString(), String.join(" ", e.reports())};
  }

  private static String fit(String cell, int width) {
    return cell.length() <= width ? cell : cell.substring(0, width - 1) + "\u2026";
  }
}
