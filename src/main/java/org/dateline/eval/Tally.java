package org.dateline.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Counts how one category's reduced figure compares with the gold number over many rows: exact,
 * found but wrong, not found, found where the gold number is zero. Not thread-safe.
 */
final class Tally {
  private final String name;
  int rows;
  int exact;
  int found;
  int foundWrong;
  int missed;
  int spurious;
  int goldPositive;

  Tally(String name) {
    this.name = name;
  }

  /**
   * Records one row. A figure not found counts as 0, so that "no injured mentioned" matches a
   * gold 0; a vague figure counts as found with no number.
   */
  boolean add(long gold, OptionalLong predicted, boolean anyFigure) {
    rows++;
    goldPositive += gold > 0 ? 1 : 0;
    found += anyFigure ? 1 : 0;
    boolean ok = predicted.isPresent() ? predicted.getAsLong() == gold : !anyFigure && gold == 0;
    if (ok) {
      exact++;
    } else if (!anyFigure) {
      missed++;
    } else if (gold == 0) {
      spurious++;
    } else {
      foundWrong++;
    }
    return ok;
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "  %-8s rows %5d  exact %5d (%5.1f%%)  found %5d  found-wrong %4d  not-found %4d"
        + "  found-when-gold-0 %4d  precision %5.1f%%  recall %5.1f%%%n",
        name, rows, exact, pct(exact, rows), found, foundWrong, missed, spurious,
        pct(exact - (rows - found - missed), found), pct(exact - (rows - found - missed), goldPositive));
  }

  double exactPercent() {
    return pct(exact, rows);
  }

  static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }
}
