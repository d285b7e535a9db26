package org.dateline.rules.casualty.en;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * A dead victim counted by an ordinal: "a fourth victim has died", "a third person was killed".
 * News says so when a death toll grows by one, so the figure is the toll it reaches (4), an
 * update, not 1. Only "a"/"an" with the ordinal counts this way: "the second victim, a woman,
 * died" picks out one of the victims and says nothing of the toll, and "a third man was shot and
 * killed" numbers the people shot. The wounded are not counted so:
 * "one man was killed and a second man was wounded" numbers the victims of both kinds. Nor are
 * the dead after figures of other kinds alone: "Two occupants were rescued. A third occupant was
 * pronounced dead" numbers the people the report told of, and one of them died.
 */
final class Ordinals {
  private static final Map<String, Integer> WORDS = ImmutableMap.<String, Integer>builder()
      .put("second", 2).put("third", 3).put("fourth", 4).put("fifth", 5).put("sixth", 6).put("seventh", 7)
      .put("eighth", 8).put("ninth", 9).put("tenth", 10).put("eleventh", 11).put("twelfth", 12)
      .put("2nd", 2).put("3rd", 3).put("4th", 4).put("5th", 5).put("6th", 6).put("7th", 7).put("8th", 8)
      .put("9th", 9).put("10th", 10)
      .build();

  private Ordinals() {}

  /** Whether a lower-cased word is an ordinal from "second" to "twelfth" ("2nd" to "10th"). */
  static boolean isOrdinal(String lower) {
    return WORDS.containsKey(lower);
  }

  /**
   * Adds the one person an ordinal counts with no noun after it, at token {@code i}: "two people died at the scene
   * and a third died later", "two were killed and a third was wounded". The dead one then reaches the toll as
   * {@link #apply} reads it; the hurt one is one hurt.
   */
  static void bare(Token[] t, int s, int i, int e, List<Candidate> out) {
    if (i + 2 >= e || !(t[i].is("a") || t[i].is("an")) || !WORDS.containsKey(t[i + 1].lower)
        || i > s && HEDGES.contains(t[i - 1]) || !countedBefore(t, s, i)) {
      return; // "nearly a third died": a share, not one more person
    }
    int k = CasualtyRules.skipAuxiliaries(t, i + 2, e);
    PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m != null && (m.category == CasualtyCategory.KILLED || m.category == CasualtyCategory.INJURED)) {
      out.add(new Candidate(m.category, CasualtyCount.exactly(1), i, i + 1, i, m.end, null, FigureRole.TOTAL,
          "<n> <people> <predicate>"));
    }
  }

  /** Words before "a third" that make it a share: "nearly a third", "only a fifth". */
  private static final TokenSet HEDGES = TokenSet.of("nearly", "almost", "about", "around", "roughly", "only", "just",
      "than", "over", "some", "perhaps", "barely");

  /**
   * Whether a count stands in the sentence that opens at {@code s} before {@code i}: "two died ... and a third", "a
   * guard was killed and a second was hurt".
   */
  private static boolean countedBefore(Token[] t, int s, int i) {
    for (int k = i - 1; k >= s; k--) {
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)
          || (t[k].is("a") || t[k].is("an")) && k + 1 < i && Lexicon.isPeople(t[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the candidate as the toll its ordinal reaches, or the candidate itself; {@code before}
   * are the figures of the report's earlier sentences.
   */
  static Candidate apply(Token[] t, int e, Candidate c, List<CasualtyFigure> before) {
    int n = c.numberBegin;
    if (c.category != CasualtyCategory.KILLED || c.role != FigureRole.TOTAL || !c.count.equals(CasualtyCount.exactly(1)) || n + 1 >= e
        || !(t[n].is("a") || t[n].is("an"))
        || !before.isEmpty() && before.stream().noneMatch(f -> f.category() == CasualtyCategory.KILLED)) {
      return c;
    }
    Integer ordinal = WORDS.get(t[n + 1].lower);
    if (ordinal == null || Sentences.containsWord(t, n + 2, c.spanEnd, "shot")) {
      return c; // "a third man was shot and killed" numbers the people shot
    }
    return new Candidate(c.category, CasualtyCount.exactly(ordinal), c.numberBegin, c.numberEnd, c.spanBegin,
        c.spanEnd, c.who, FigureRole.UPDATE, c.rule + "; a " + t[n + 1].lower + " one");
  }
}
