package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * Everyone aboard killed, told as "no survivors": "there were no survivors among the 67 people
 * aboard", "the jet went down with 67 people on board and there were no survivors", "a plane
 * carrying eight people crashed, leaving no survivors". The people aboard are the dead.
 */
final class NoSurvivors {
  /** Verbs of a craft's load: "a plane carrying eight people". */
  private static final java.util.Set<String> CARRYING = java.util.Set.of("carrying", "with", "transporting");

  private NoSurvivors() {}

  /** Adds the people aboard as killed when the sentence {@code [s, e)} says there were no survivors. */
  static void apply(Token[] t, int s, int e, List<Candidate> out) {
    if (!saysNoSurvivors(t, s, e)) {
      return;
    }
    for (int i = s; i < e; i++) {
      Quantity q = QuantityParser.parse(t, i, e);
      if (q == null || q.need != Quantity.Need.NONE || q.end + 1 >= e || !Lexicon.isPeople(t[q.end])) {
        continue;
      }
      int after = q.end + 1;
      boolean aboard = t[after].is("aboard")
          || after + 1 < e && t[after].is("on") && t[after + 1].is("board");
      if (!aboard && q.begin > s && CARRYING.contains(t[q.begin - 1].lower)) {
        // "a plane carrying eight people crashed, leaving no survivors"
        out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end + 1, q.begin - 1, q.end + 1,
            t[q.end].lower, FigureRole.TOTAL, "no survivors among <n> <people> carried"));
        return;
      }
      if (aboard) {
        out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end + 1, q.begin,
            t[after].is("aboard") ? after + 1 : after + 2, t[q.end].lower, FigureRole.TOTAL,
            "no survivors among <n> <people> aboard"));
        return;
      }
      i = q.end - 1;
    }
  }

  private static boolean saysNoSurvivors(Token[] t, int s, int e) {
    for (int i = s + 1; i < e; i++) {
      if ((t[i].is("survivors") || t[i].is("survivor")) && t[i - 1].is("no")
          && !(i + 1 < e && t[i + 1].is("'"))) {
        return true;
      }
    }
    return false;
  }
}
