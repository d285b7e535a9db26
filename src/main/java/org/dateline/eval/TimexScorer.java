package org.dateline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.eval.TimeMlDocument.Timex;

/**
 * Scores system temporal expressions against gold ones as TempEval-3 does: strict span (same offsets),
 * relaxed span (overlap), and value and type over relaxed-matched pairs, where value precision is correct
 * values over system expressions and recall correct values over gold ones.
 *
 * <p>Mutable: it accumulates counts over documents. Not thread-safe.
 */
final class TimexScorer {
  private int gold;
  private int system;
  private int strict;
  private int relaxed;
  private int valueCorrect;
  private int typeCorrect;
  private final List<String> misses = new ArrayList<>();

  /**
   * Adds one document's expressions to the counts.
   *
   * @param doc the document's name, for the misses
   * @param text the document's plain text, for context in the misses
   * @param goldTimexes the gold expressions, in text order
   * @param systemTimexes the system's expressions, in text order
   */
  void add(String doc, String text, List<Timex> goldTimexes, List<Timex> systemTimexes) {
    gold += goldTimexes.size();
    system += systemTimexes.size();
    boolean[] used = new boolean[systemTimexes.size()];
    for (Timex g : goldTimexes) {
      int match = bestMatch(g, systemTimexes, used);
      if (match < 0) {
        misses.add(String.format("MISSED   %s %s %s \"%s\"  | %s", doc, g.type(), g.value(), g.text(),
            context(text, g.begin(), g.end())));
        continue;
      }
      used[match] = true;
      Timex s = systemTimexes.get(match);
      relaxed++;
      if (s.begin() == g.begin() && s.end() == g.end()) {
        strict++;
      } else {
        misses.add(String.format("SPAN     %s gold \"%s\" system \"%s\"", doc, g.text(), s.text()));
      }
      if (s.value().equals(g.value())) {
        valueCorrect++;
      } else {
        misses.add(String.format("VALUE    %s \"%s\" gold %s system %s  | %s", doc, g.text(), g.value(), s.value(),
            context(text, g.begin(), g.end())));
      }
      if (s.type().equals(g.type())) {
        typeCorrect++;
      }
    }
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        Timex s = systemTimexes.get(i);
        misses.add(String.format("SPURIOUS %s %s %s \"%s\"  | %s", doc, s.type(), s.value(), s.text(),
            context(text, s.begin(), s.end())));
      }
    }
  }

  private static String context(String text, int begin, int end) {
    String c = text.substring(Math.max(0, begin - 60), Math.min(text.length(), end + 40));
    return c.replaceAll("\\s+", " ");
  }

  private static int bestMatch(Timex g, List<Timex> sys, boolean[] used) {
    int overlap = -1;
    for (int i = 0; i < sys.size(); i++) {
      Timex s = sys.get(i);
      if (used[i] || s.begin() >= g.end() || g.begin() >= s.end()) {
        continue;
      }
      if (s.begin() == g.begin() && s.end() == g.end()) {
        return i;
      }
      if (overlap < 0) {
        overlap = i;
      }
    }
    return overlap;
  }

  /** Returns the value F1 in percent. */
  double valueF1() {
    return f1(valueCorrect, system, gold);
  }

  /**
   * Prints the figures.
   *
   * @param label a heading for the figures
   * @param out where to print
   */
  void print(String label, PrintStream out) {
    out.printf(Locale.ROOT, "%s: gold %d, system %d%n", label, gold, system);
    line(out, "strict span", strict);
    line(out, "relaxed span", relaxed);
    line(out, "value", valueCorrect);
    out.printf(Locale.ROOT, "  %-13s accuracy %5.1f over %d relaxed matches%n", "type", pct(typeCorrect, relaxed), relaxed);
  }

  private void line(PrintStream out, String what, int correct) {
    out.printf(Locale.ROOT, "  %-13s P %5.1f  R %5.1f  F1 %5.1f%n", what, pct(correct, system), pct(correct, gold),
        f1(correct, system, gold));
  }

  /** Returns the misses: gold not found, spurious, wrong span or value. */
  List<String> misses() {
    return List.copyOf(misses);
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static double f1(int correct, int sys, int gold) {
    double p = pct(correct, sys);
    double r = pct(correct, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
