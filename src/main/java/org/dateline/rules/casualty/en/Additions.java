package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Marks the figures that add to a figure before them rather than restate it, as
 * {@link FigureRole#ADDITIONAL}, so that a report's toll sums its groups:
 * <ul>
 * <li>the second of two groups under one predicate: "nine men and <b>four women</b> were killed",
 *     "killing two soldiers and <b>three civilians</b>" (after a subtotal, the group is a subtotal
 *     too: "including two police and <b>five civilians</b>");
 * <li>a group said to be more: "<b>two more</b> people died", "<b>seven other</b> villagers were
 *     killed", "<b>another three</b> bodies were found", "<b>17 others</b> were killed", when the
 *     report already counts that category ({@link #mark} says which figure "other" and "more"
 *     refer to);
 * <li>victims told after the predicate: "the mayor was killed <b>along with his wife and four
 *     guards</b>", "was shot dead <b>alongside two others</b>", "died <b>with 10 other people</b>":
 *     a new additional figure ({@link #alongWith}).
 * </ul>
 * A first figure, or a figure of another category ("killed five and wounded 12 others"), stays a
 * total.
 */
final class Additions {
  private static final TokenSet MORE_AFTER = TokenSet.of("more", "other", "others", "additional", "further");
  /** How far back, in characters, the figure "more" refers to may end: about one sentence. */
  private static final int NEAR_CHARS = 250;
  /** How many words may open a sentence before "others" that refers to the sentence before: "Also, three others". */
  private static final int MAX_OTHERS_OPENING = 2;
  /** How many words may come between a predicate and "along with". */
  private static final int MAX_GAP = 6;
  /** How many words a list of persons before a counted group may take. */
  private static final int MAX_LIST = 14;
  private static final TokenSet GAP_STOPS = TokenSet.of(
      "and", "but", "when", "while", "after", "as", "before", "because", "who", "which", "that", "said", "says");
  private static final TokenSet MORE_BEFORE = TokenSet.of("another", "additional", "further");
  /** Tokens that end the sentence before: see {@link #deathJustBefore}. */
  private static final TokenSet SENTENCE_ENDS = TokenSet.of(".", "!", "?");
  /** How many tokens back the sentence before may start. */
  private static final int MAX_SENTENCE_BACK = 60;

  private Additions() {}

  /**
   * Re-marks the candidates of the sentence {@code [s, e)} in place and adds the victims joined
   * after a predicate. "Others" adds to the figure just before ("one man died and three others
   * were hurt" is no more hurt); "more", "another" add to the last figure of their category, even
   * past a figure of another category in the sentence before ("Four died. Nine were hurt. Two more
   * died.").
   *
   * @param accepted the sentence's figures, in text order
   * @param before the report's figures before the sentence
   */
  static void mark(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> before) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.role != FigureRole.TOTAL) {
        continue;
      }
      Candidate previous = previousInSentence(accepted, k);
      if (c.rule.contains(" and <n>") && previous != null) {
        // a part told in brackets before ("nine children (five boys and four girls) and a woman") leaves the group
        // after the bracket one more of the whole
        boolean partBefore = previous.role == FigureRole.SUBTOTAL && !closedBetween(t, previous.numberEnd, c.numberBegin);
        accepted.set(k, c.withRole(partBefore ? FigureRole.SUBTOTAL : FigureRole.ADDITIONAL));
      } else if (saysMore(t, c) && morePeopleOf(t, s, accepted, k, previous, before)) {
        accepted.set(k, c.withRole(FigureRole.ADDITIONAL));
      }
    }
    personsBefore(t, s, e, accepted);
    if (startsAnotherIncident(t, s, e)) {
      for (int k = 0; k < accepted.size(); k++) {
        Candidate c = accepted.get(k);
        if (c.role == FigureRole.TOTAL && counted(c.category, before)) {
          accepted.set(k, c.withRole(FigureRole.ADDITIONAL));
        }
      }
    }
    int size = accepted.size();
    for (int k = 0; k < size; k++) {
      Candidate c = accepted.get(k);
      Candidate more = c.role == FigureRole.SUBTOTAL ? null : alongWith(t, s, e, c);
      if (more != null && !taken(accepted, more.numberBegin)) {
        accepted.add(more);
      }
    }
    accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
  }

  /** Whether a bracket closes in tokens {@code [from, to)}. */
  private static boolean closedBetween(Token[] t, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < t.length; k++) {
      if (t[k].is(")")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A village chief, his wife and three sons were shot dead", "the driver and two passengers
   * died": persons listed before a counted group of the subject are a figure of their own, and the
   * group adds to it.
   */
  private static void personsBefore(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      int n = c.numberBegin;
      // "a farmer and his three sons": the possessive belongs to the counted group
      int and = n - 1 >= s && Lexicon.POSSESSIVES.contains(t[n - 1]) ? n - 2 : n - 1;
      if (c.role != FigureRole.TOTAL || !c.rule.startsWith("<n> <people> <predicate>") || and - 1 < s
          || !t[and].is("and") || c.count.value().isEmpty()) {
        continue;
      }
      for (int i = Math.max(s, n - MAX_LIST); i < and; i++) {
        if (i > s && (t[i - 1].is("the") || t[i - 1].is("a") || t[i - 1].is("an"))) {
          continue; // a name inside a phrase its article opens: "at the Hardin County Medical Center"
        }
        SingleVictims.Phrase p = SingleVictims.phrase(t, s, i, e, true);
        if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.end >= n) {
          continue;
        }
        if (i > s && SingleVictims.PREPOSITIONS.contains(t[i - 1])) {
          // "a blast on a train in St Petersburg and 47 people were injured": a place, no victim
          break;
        }
        long persons = personsUpTo(t, s, p, and, e);
        if (persons < 1 && and == n - 1) {
          int[] counted = SingleVictims.conjoined(t, s, p.end, e);
          persons = counted[1] >= c.numberEnd ? counted[0] - c.count.value().getAsLong() : 0;
        }
        if (persons >= 1 && !taken(accepted, p.begin)) {
          accepted.set(k, c.withRole(FigureRole.ADDITIONAL));
          accepted.add(k, new Candidate(c.category, CasualtyCount.exactly(persons), p.begin, p.end, p.begin, and,
              persons > 1 ? null : p.who, FigureRole.TOTAL, "<the person> and <n> <people> <predicate>"));
        }
        break;
      }
    }
  }

  /**
   * Counts the persons listed from {@code p} up to the "and" at {@code and} that joins them to a
   * counted group: "the mayor", "the mayor, his wife" (commas list persons), "the head of the
   * council" (a short tail of the person); returns 0 if the words up to {@code and} are no such list.
   */
  private static int personsUpTo(Token[] t, int s, SingleVictims.Phrase p, int and, int e) {
    if (CasualtyRules.objectTail(t, p.end, e) == and) {
      return 1;
    }
    int count = 1;
    int j = p.end;
    while (j < and && t[j].is(",") && j + 1 < and) {
      SingleVictims.Phrase next = SingleVictims.phrase(t, s, j + 1, e, false);
      if (next == null || next.kind == SingleVictims.Kind.PRONOUN) {
        return 0;
      }
      count++;
      j = next.end;
    }
    return j == and || (j + 1 == and && t[j].is(",")) ? count : 0;
  }

  /**
   * Whether the sentence opens on another incident told after the first: "Separately, ...",
   * "Elsewhere, ...", "The following day, ...", "Later that day, ...", "On the 23rd, ...". Its
   * figures add to the report's, since a report that tells incidents one by one gives the event's
   * toll as their sum. "In a separate incident" is not such a cue: a local report often leads with
   * one incident and turns to the one it is about with these words.
   */
  static boolean startsAnotherIncident(Token[] t, int s, int e) {
    int i = s < e && t[s].is("also") ? s + 1 : s;
    if (i + 1 >= e) {
      return false;
    }
    if (t[i].is("separately") || t[i].is("elsewhere")) {
      return t[i + 1].is(",") || t[i + 1].is("in");
    }
    if (t[i].is("the") && (t[i + 1].is("following") || t[i + 1].is("next")) && i + 2 < e && t[i + 2].is("day")) {
      return true;
    }
    if (t[i].is("later") && i + 3 < e && (t[i + 1].is("that") || t[i + 1].is("on") && t[i + 2].is("the"))) {
      return Sentences.containsWord(t, i + 1, Math.min(e, i + 5), "day");
    }
    return t[i].is("on") && t[i + 1].is("the") && i + 2 < e && isDayOfMonth(t[i + 2].lower);
  }

  /** "4th", "23rd", "31st": a day of the month told by its ordinal. */
  private static boolean isDayOfMonth(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    String suffix = w.substring(digits);
    boolean ordinal = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    return ordinal && digits >= 1 && digits <= 2;
  }

  /** Whether the report's figures before the sentence count people of the category. */
  private static boolean counted(CasualtyCategory category, List<CasualtyFigure> before) {
    for (CasualtyFigure f : before) {
      FigureRole r = f.role();
      if (f.category() == category && r.countsInToll()) {
        return true;
      }
    }
    return false;
  }

  private static boolean taken(List<Candidate> accepted, int numberBegin) {
    for (Candidate c : accepted) {
      if (c.numberBegin <= numberBegin && numberBegin < Math.max(c.numberEnd, c.numberBegin + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the victims joined to a figure after its predicate ("was killed along with his wife and
   * two guards", "killed alongside four others", "died with 10 other people"), or null. A plain
   * "with" takes only a counted group, since "killed with a machete" names no one.
   */
  static Candidate alongWith(Token[] t, int s, int e, Candidate c) {
    int j = connector(t, c.spanEnd, e);
    // "killed a judge and his wife", "killed a judge of the high court and his wife"
    int andAt = c.spanEnd < e && t[c.spanEnd].is("and") ? c.spanEnd : CasualtyRules.objectTail(t, c.spanEnd, e);
    boolean and = j < 0 && c.rule.startsWith("<action> <n>") && andAt >= 0 && andAt + 1 < e;
    if (j < 0 && !and) {
      return null;
    }
    int k = and ? andAt + 1 : j;
    boolean plainWith = !and && t[j - 1].is("with") && !t[j - 2].is("along") && !t[j - 2].is("together");
    CasualtyRules.Head h = and ? null : CasualtyRules.Head.at(t, k, e);
    if (h != null && plainWith && h.quantity.need == Quantity.Need.SINGULAR_NOUN) {
      // "hacked to death with a cleaver": after a plain "with", "a" names the weapon, not a victim
      return null;
    }
    if (h != null && (h.people != null || t[h.end - 1].is("others"))) {
      return new Candidate(c.category, h.quantity.count, h.quantity.begin, h.quantity.end, j, h.end,
          h.people == null ? null : h.people.who, FigureRole.ADDITIONAL, "<figure> along with <n> <people>");
    }
    // "killed a priest and his colleague": a person joined to a counted object, not a new clause
    SingleVictims.Phrase p = plainWith ? null : SingleVictims.phrase(t, s, k, e, false);
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN || (and && p.kind == SingleVictims.Kind.INDEFINITE)
        || (and && p.end < e && Lexicon.PREDICATES.match(t, p.end, e) != null)) {
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e, !and);
    if (and && counted[1] < e && (CasualtyRules.skipAuxiliaries(t, counted[1], e) >= 0
        || !CasualtyRules.endsObject(t, counted[1], e))) {
      return null;
    }
    return new Candidate(c.category, CasualtyCount.exactly(counted[0]), p.begin, counted[1], k, counted[1],
        counted[0] > 1 ? null : p.who, FigureRole.ADDITIONAL, "<figure> along with <the person>");
  }

  /**
   * Returns the index after "along with", "alongside" or "together with" within a few words after
   * {@code j} ("was killed on Friday along with"), or after a "with" right there; -1 if none.
   */
  private static int connector(Token[] t, int j, int e) {
    int stop = Math.min(e - 1, j + MAX_GAP);
    for (int k = j; k < stop; k++) {
      Token w = t[k];
      if ((w.is("along") || w.is("together")) && t[k + 1].is("with")) {
        return k + 2;
      }
      if (w.is("alongside")) {
        return k + 1;
      }
      if (w.is("with")) {
        return k == j || Lexicon.isWeekdayOrTime(t[k - 1]) ? k + 1 : -1;
      }
      if ((w.isPunct() && !w.is(",")) || GAP_STOPS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** The nearest figure before candidate {@code k} that is no part of another. */
  private static Candidate wholeBefore(List<Candidate> accepted, int k) {
    for (int n = k - 1; n >= 0; n--) {
      if (accepted.get(n).role != FigureRole.SUBTOTAL) {
        return accepted.get(n);
      }
    }
    return null;
  }

  /** The nearest figure of candidate {@code k}'s category before it that is a toll, an update or an addition. */
  private static Candidate previousWhole(List<Candidate> accepted, int k) {
    Candidate c = accepted.get(k);
    for (int n = k - 1; n >= 0; n--) {
      Candidate p = accepted.get(n);
      if (p.category == c.category && p.numberBegin < c.numberBegin && p.role.countsInToll()) {
        return p;
      }
    }
    return null;
  }

  private static Candidate previousInSentence(List<Candidate> accepted, int k) {
    Candidate c = accepted.get(k);
    for (int n = k - 1; n >= 0; n--) {
      Candidate p = accepted.get(n);
      if (p.category == c.category && p.role != FigureRole.CUMULATIVE && p.numberBegin < c.numberBegin) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether "more"/"other" at candidate {@code k} is relative to a counted figure of its category:
   * the figure right before it in the sentence or, when it is the sentence's first, the last figure
   * of its category in the sentence just before. "One man was killed and three others were wounded" is not more wounded.
   * "Others" refer to the sentence before only when they open their sentence ("Two others were
   * hurt"): "Smith, 18, and four others were shot" counts them beside Smith.
   */
  private static boolean morePeopleOf(Token[] t, int s, List<Candidate> accepted, int k, Candidate previous,
      List<CasualtyFigure> before) {
    if (k > 0) {
      Candidate nearest = accepted.get(k - 1);
      if (nearest.role == FigureRole.SUBTOTAL && saysMoreExplicitly(t, accepted.get(k))) {
        // "killed nine workers, four of them women, and two more died later": "more" adds to the toll
        // the part is of, past the part
        Candidate whole = wholeBefore(accepted, k);
        return whole != null && whole == previousWhole(accepted, k);
      }
      return previous != null && nearest == previous && previous.role != FigureRole.SUBTOTAL;
    }
    CasualtyCategory category = accepted.get(k).category;
    // "others" is relative to whoever was counted just before ("one died. Three others were hurt");
    // "more", "another" add to the last figure of their own category
    boolean others = !saysMoreExplicitly(t, accepted.get(k));
    boolean hurt = category != CasualtyCategory.KILLED;
    // "The gunmen killed four other people": others as an object are beside no one of their sentence
    boolean object = accepted.get(k).rule.startsWith("<action>");
    if (others && (!object && accepted.get(k).numberBegin - s > MAX_OTHERS_OPENING || hurt && deathJustBefore(t, s))) {
      // "Smith, 18, and four others were shot": the others are told beside someone of their own sentence;
      // "Smith and Jones were killed. Three other people were injured.": hurt besides the dead just told
      return false;
    }
    for (int n = before.size() - 1; n >= 0; n--) {
      CasualtyFigure f = before.get(n);
      if (t[s].begin - f.span().end() > NEAR_CHARS) {
        return false;
      }
      FigureRole r = f.role();
      if (f.category() == category) {
        return r.countsInToll();
      }
      if (others) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentence just before the one at {@code s} tells a death ("Smith, 24, was killed in
   * the shooting."), which "others" opening the next sentence are besides, even where that death
   * gave no figure of its own (the report had counted its dead before).
   */
  private static boolean deathJustBefore(Token[] t, int s) {
    int from = s - 1;
    while (from > 0 && from > s - MAX_SENTENCE_BACK && !SENTENCE_ENDS.contains(t[from - 1])) {
      from--;
    }
    return from < s - 1 && SingleWounded.reportTellsADeath(t, from, s);
  }

  /** "two more", "another three", "an additional six": more, not merely other, people. */
  private static boolean saysMoreExplicitly(Token[] t, Candidate c) {
    int n = c.numberBegin;
    boolean before = t[n].is("another") || (n > 0 && MORE_BEFORE.contains(t[n - 1]));
    return before || (c.numberEnd < t.length && !t[c.numberEnd].lower.startsWith("other"));
  }

  /** "two more", "seven other", "17 others", "another three", "another": the number counts more people. */
  private static boolean saysMore(Token[] t, Candidate c) {
    int n = c.numberBegin;
    if (t[n].is("another") || (n > 0 && MORE_BEFORE.contains(t[n - 1]))) {
      return true;
    }
    int end = c.numberEnd;
    return end < t.length && MORE_AFTER.contains(t[end]);
  }
}
