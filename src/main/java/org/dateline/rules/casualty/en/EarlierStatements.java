package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Whether a figure is a statement the report has moved past: one told after an opening "Earlier," and a
 * saying, once an update or a higher toll of its category was told (or after "On Thursday," and a saying, once a
 * higher update was told), one told with such a figure by the same saying, or a toll told "initially" that an
 * update later in its sentence replaces. Moved out of {@link EnglishCasualtyExtractor}, whose sentence pass
 * makes such figures previous ({@link #earlierStatement}, {@link #firstOfTwo}).
 */
final class EarlierStatements {
  private EarlierStatements() {
  }

  /**
   * Whether a toll told "initially" or "at first" gives way to an update of its category later in
   * the sentence: "at least four miners had died initially, but the count rose to seven after
   * rescuers reached the lower shaft". Without a later update the first toll is the one there is.
   */
  static boolean firstOfTwo(Token[] t, int e, Candidate c, List<Candidate> accepted) {
    int i = c.spanEnd;
    if (c.role != FigureRole.TOTAL || i >= e
        || !SupersededTolls.AT_FIRST.contains(t[i]) && !(i + 1 < e && t[i].is("at") && t[i + 1].is("first"))) {
      return false;
    }
    for (Candidate o : accepted) {
      if (o.category == c.category && o.role == FigureRole.UPDATE && o.numberBegin > c.numberBegin) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure is told in a sentence that opens with "Earlier," ("Earlier in the day,") and a saying, after the
   * report updated its category's toll: "The number killed rose to nine ... Earlier, officials said
   * five civilians had been killed.", or after a higher toll of its category ("killed 53 ... Earlier, officials
   * reported 31 deaths"). Without an update or a higher toll told before, "Earlier, police said" may
   * tell news of its own and the figure stands.
   */
  static boolean earlierStatement(Token[] t, int s, int e, Candidate c, CasualtyFigure f,
      List<CasualtyFigure> out) {
    // "On Thursday, a spokesman said 21 people had died": a saying dated by its day, which only an update told before
    // moves past
    boolean dated = s + 1 < c.numberBegin && t[s].is("on") && Lexicon.WEEKDAYS.contains(t[s + 1]);
    if (f.role() != FigureRole.TOTAL || s >= c.numberBegin || !t[s].is("earlier") && !dated) {
      return false;
    }
    int comma = openerComma(t, s + 1, c.numberBegin);
    // a saying in the past perfect is one the report has moved past, after any toll of its category:
    // "Earlier in the day officials had said four people were missing"
    boolean hadSaid = !dated && hadSaid(t, s + 1, c.numberBegin);
    if (!hadSaid && (comma < 0 || !Sentences.containsAny(t, comma + 1, c.numberBegin, SupersededTolls.SAID))) {
      return false;
    }
    // "in a separate raid", "other strikes": another incident's toll, which no update of the report's moves past
    boolean another = Sentences.containsAny(t, s, e, Lexicon.OTHER_INCIDENT) || Sentences.containsAny(t, s, c.numberBegin, OTHER);
    for (CasualtyFigure o : out) {
      // a lower count told earlier than a toll the report already gave is that toll's past: "killed 53 ... Earlier in
      // the day, officials reported 31 deaths"
      // ("a man was in grave condition" is a person, not a toll; "in a separate raid" or "other strikes" another
      // incident's, and so may be a toll "in Saada" when the report's is elsewhere)
      // ("more than 100 injuries" has no upper bound, and is lower than 120 all the same)
      boolean lower = !dated && o.role() == FigureRole.TOTAL && f.count().min() > 1
          && o.count().min() > f.count().max().orElse(f.count().min()) && !another && !namesAPlace(t, s, e);
      boolean updated = o.role() == FigureRole.UPDATE && !another
          && (!dated || o.count().min() > f.count().max().orElse(f.count().min()));
      if (o.category() == f.category() && (updated || hadSaid && o.role() == FigureRole.TOTAL || lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure goes with the one before it in its sentence, which the report has moved past, as the second
   * thing the same saying told: "had earlier given the toll of eight with 15 missing", "Earlier, the army reported
   * 22 deaths and more than 50 injuries". Only a bare "and" or "with" joins them; a comma may open news of its own, and
   * so may a figure told with a verb in the present ("and 20 people remain missing").
   */
  static boolean toldWithPrevious(Token[] t, Candidate c, Candidate before, CasualtyFigure beforeFigure) {
    return before != null && beforeFigure.role() == FigureRole.PREVIOUS && c.role == FigureRole.TOTAL
        && c.category != before.category && c.spanBegin == before.spanEnd + 1
        && (t[before.spanEnd].is("and") || t[before.spanEnd].is("with"))
        && !Sentences.containsAny(t, c.spanBegin, c.spanEnd, PRESENT);
  }

  /** Verbs in the present that make a figure after "and" a clause of its own: "and 20 people remain missing". */
  static final TokenSet PRESENT = TokenSet.of("remain", "remains", "are", "is", "have", "has");

  /** A word that makes a saying tell of something else than the toll told before: "said other strikes killed two". */
  private static final TokenSet OTHER = TokenSet.of("other");

  /** Whether tokens {@code [from, to)} name a place: "in" before a capitalised word ("in Saada", "in North Kivu"). */
  private static boolean namesAPlace(Token[] t, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (t[k].is("in") && t[k + 1].capitalized && t[k + 1].isWord()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a saying in the past perfect stands from {@code from} to {@code limit}: "officials had said". */
  private static boolean hadSaid(Token[] t, int from, int limit) {
    for (int k = from; k + 1 < limit; k++) {
      if (t[k].is("had") && SupersededTolls.SAID.contains(t[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between an opening "Earlier" and its comma: "Earlier in the day,". */
  private static final int EARLIER_OPENER = 4;

  /**
   * Returns the comma that closes an opening "Earlier" at or after {@code from}, past a few plain words
   * ("Earlier in the day,", "Earlier on Saturday,"), or -1.
   */
  private static int openerComma(Token[] t, int from, int limit) {
    for (int k = from; k < limit && k <= from + EARLIER_OPENER; k++) {
      if (t[k].is(",")) {
        return k;
      }
      if (!t[k].isWord()) {
        return -1;
      }
    }
    return -1;
  }
}
