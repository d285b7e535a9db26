package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * A breakdown of a count by place, each number in brackets after the place's name, in a sentence that
 * names what is counted before the list: "malaria deaths were highest in Kasai (41), Kwilu (37) and
 * Tshopo (22)", "most cholera cases are in Sanaag (1,120) and Bari (940)". Each number is a part of
 * the report's count: a subtotal of the category the sentence's counted noun names.
 *
 * <p>A list needs two places at least, so that a lone bracketed number (a footnote, an age, a count
 * of something else) stays none, and its first name must follow a preposition of place ("in", "at",
 * "across", "from") or a word that singles places out ("particularly", "including"): scores and
 * people's ages in brackets follow none ("between Rovers (2) and United (1)", "confirmed: Omar (45)"). A counted noun followed by
 * "of" ("the deaths of Omar (31) and Ali (29)") names people whose brackets hold their ages, and so
 * does a sentence that tells ages.
 *
 * <p>Immutable and thread-safe.
 */
final class PlacesInBrackets {
  /** Categories a breakdown by place is read for. */
  private static final List<CasualtyCategory> READ = List.of(CasualtyCategory.KILLED, CasualtyCategory.INJURED,
      CasualtyCategory.AFFECTED, CasualtyCategory.HOSPITALIZED);
  /** Words of an age, which make bracketed numbers ages. */
  private static final TokenSet AGE_WORDS = TokenSet.of("aged", "age", "ages", "year-old", "years-old", "yrs");
  /** The most places one list is read for: the work per sentence stays bounded. */
  private static final int MAX_PLACES = 40;
  /** The most tokens a bracketed number may take: "(1,120)", "(about 40)". */
  private static final int MAX_NUMBER_WORDS = 4;

  private PlacesInBrackets() {}

  /** Adds the parts of a bracketed breakdown by place in the sentence {@code [s, e)} to {@code accepted}. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted) {
    List<Quantity> parts = new ArrayList<>();
    List<Integer> names = new ArrayList<>();
    for (int i = s + 1; i + 2 < e && parts.size() < MAX_PLACES; i++) {
      if (AGE_WORDS.contains(t[i])) {
        return;
      }
      if (!t[i].is("(") || !t[i - 1].capitalized || !t[i - 1].isWord()) {
        continue;
      }
      int close = i + 2;
      while (close < e && close < i + MAX_NUMBER_WORDS + 2 && !t[close].is(")")) {
        close++;
      }
      // read up to the bracket's close: a number alone in brackets is read as the list's, not turned down
      Quantity q = close < e && t[close].is(")") ? QuantityParser.parse(t, i + 1, close) : null;
      if (q != null && q.begin == i + 1 && q.end == close && q.need == Quantity.Need.NONE) {
        parts.add(q);
        names.add(i - 1);
      }
    }
    if (parts.size() < 2 || !placedBefore(t, s, names.get(0))) {
      return;
    }
    CasualtyCategory counted = countedBefore(t, s, names.get(0));
    if (counted == null) {
      return;
    }
    for (int n = 0; n < parts.size(); n++) {
      Quantity q = parts.get(n);
      if (accepted.stream().noneMatch(c -> c.numberBegin == q.begin)) {
        accepted.add(new Candidate(counted, q.count, q.begin, q.end, names.get(n), q.end + 1, null,
            FigureRole.SUBTOTAL, "<place> (<n>)"));
      }
    }
  }

  /**
   * Words a breakdown's first name follows: prepositions of place ("highest <b>in</b> Kasai (41)") and words that
   * single out the places of a count told before ("<b>particularly</b> Northfield (620)").
   */
  private static final TokenSet PLACED = TokenSet.of("in", "at", "across", "from", "particularly", "especially",
      "notably", "including", "mainly", "mostly", "chiefly");
  /** The most capitalised words a place's name may take before its bracket: "North Kivu". */
  private static final int MAX_NAME_WORDS = 3;

  /**
   * Whether a preposition of place stands before the first name, across its capitalised words: scores
   * ("between Rangers (2) and Celtic (1)") and people's ages ("identified as Omar Ali (45)") have none.
   */
  private static boolean placedBefore(Token[] t, int s, int name) {
    int k = name;
    while (k > s && name - k < MAX_NAME_WORDS && t[k].capitalized && t[k].isWord()) {
      k--;
    }
    return PLACED.contains(t[k]);
  }

  /** The category of the first counted noun in {@code [s, end)} not followed by "of", or null. */
  private static CasualtyCategory countedBefore(Token[] t, int s, int end) {
    for (int k = s; k < end; k++) {
      PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, k, end);
      if (m != null) {
        boolean ofPeople = m.end < end && t[m.end].is("of");
        return ofPeople || !READ.contains(m.category) ? null : m.category;
      }
    }
    return null;
  }
}
