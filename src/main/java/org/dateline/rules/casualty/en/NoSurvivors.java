package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * Everyone aboard killed, told as "no survivors", "none survived" or "everyone on board": "there were no survivors
 * among the 67 people aboard", "the jet went down with 67 people on board and there were no
 * survivors", "a plane carrying 58 passengers and four crew crashed, killing everyone on board",
 * "All 62 aboard killed". The people aboard are the dead.
 */
final class NoSurvivors {
  /** Verbs of a craft's load: "a plane carrying eight people". */
  private static final java.util.Set<String> CARRYING = java.util.Set.of("carrying", "with", "transporting");
  /** Words for everyone of a craft's load: "killing everyone on board", "all aboard died". */
  private static final TokenSet EVERYONE = TokenSet.of("everyone", "everybody", "all");
  /** Words of no one, before "survived": "none of the 62 people aboard survived". */
  private static final TokenSet NONE = TokenSet.of("none", "nobody", "no-one");
  /** How many words before "survived" the word of no one may stand. */
  private static final int NONE_WINDOW = 8;
  private static final TokenSet DEATH = TokenSet.of("killed", "killing", "kills", "kill", "died", "dead", "perished");

  private NoSurvivors() {}

  /** Adds the people aboard as killed when the sentence {@code [s, e)} says there were no survivors. */
  static void apply(Token[] t, int s, int e, List<Candidate> out) {
    if (!saysNoSurvivors(t, s, e)) {
      return;
    }
    for (int i = s; i < e; i++) {
      Quantity q = QuantityParser.parse(t, i, e);
      if (q != null && q.need == Quantity.Need.NONE && q.end < e && q.begin > s && EVERYONE.contains(t[q.begin - 1])
          && aboardAt(t, q.end, e)) {
        // "All 62 aboard killed"
        out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, q.begin - 1,
            t[q.end].is("aboard") ? q.end + 1 : q.end + 2, null, FigureRole.TOTAL, "all <n> aboard"));
        return;
      }
      if (q == null || q.need != Quantity.Need.NONE || q.end + 1 >= e || !Lexicon.isPeople(t[q.end])) {
        continue;
      }
      int after = q.end + 1;
      boolean aboard = t[after].is("aboard")
          || after + 1 < e && t[after].is("on") && t[after + 1].is("board");
      if (!aboard && q.begin > s && CARRYING.contains(t[q.begin - 1].lower)) {
        // "a plane carrying eight people crashed, leaving no survivors"; "58 passengers and four crew"
        People p = People.after(t, q.end, e, false);
        int end = p == null ? q.end + 1 : p.end;
        CasualtyCount count = q.count;
        Quantity more = end + 1 < e && t[end].is("and") ? QuantityParser.parse(t, end + 1, e) : null;
        People morePeople = more == null || more.need != Quantity.Need.NONE ? null : People.after(t, more.end, e, false);
        if (morePeople != null && count.value().isPresent() && more.count.value().isPresent()) {
          count = CasualtyCount.exactly(count.value().getAsLong() + more.count.value().getAsLong());
          end = morePeople.end;
        }
        out.add(new Candidate(CasualtyCategory.KILLED, count, q.begin, end, q.begin - 1, end,
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
    boolean death = false;
    boolean everyone = false;
    for (int i = s; i < e; i++) {
      if (i > s && (t[i].is("survivors") || t[i].is("survivor")) && t[i - 1].is("no")
          && !(i + 1 < e && t[i + 1].is("'"))) {
        return true;
      }
      if (t[i].is("survived") && noneBefore(t, s, i)) {
        return true;
      }
      // "killing or injuring all 19 people aboard": either outcome, no death of all
      death |= DEATH.contains(t[i]) && !(i + 1 < e && t[i + 1].is("or")) && !(i > s && t[i - 1].is("or"));
      everyone |= EVERYONE.contains(t[i]) && everyoneAboard(t, i + 1, e);
    }
    return death && everyone;
  }

  /**
   * Whether "none", "nobody" or "no one" stands a few words before the "survived" at {@code i}:
   * "none survived", "none of the 62 people on board survived", "no one survived".
   */
  private static boolean noneBefore(Token[] t, int s, int i) {
    for (int k = i - 1; k >= Math.max(s, i - NONE_WINDOW); k--) {
      if (NONE.contains(t[k]) || t[k].is("one") && k > s && t[k - 1].is("no")) {
        return true;
      }
    }
    return false;
  }

  /** Whether "aboard" or "on board" follows within a few words: "everyone on board", "all 62 aboard". */
  private static boolean everyoneAboard(Token[] t, int i, int e) {
    for (int j = i; j < Math.min(e, i + 4); j++) {
      if (aboardAt(t, j, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean aboardAt(Token[] t, int i, int e) {
    return t[i].is("aboard") || i + 1 < e && t[i].is("on") && t[i + 1].is("board");
  }
}
