package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * Two single persons joined by "and" as the subject of one outcome are one figure of two: "a boy and
 * a woman were killed", "a man and his son were shot dead", "a nurse and her patient were hurt".
 * A reader counts them together, as a list of three single persons ("a farmer, his wife and their
 * daughter") already is. Groups with numbers stay apart ("five soldiers and two civilians": a total
 * and a group added to it), and so do persons counted by a numeral ("one soldier and one civilian"),
 * whom a report tells one by one, and a member of the forces beside another person ("a soldier and a
 * civilian"), whom a civilian toll tells apart. A person and others are one group too: "an officer and three
 * other soldiers" are four soldiers.
 *
 * <p>It runs after the roles of the sentence's figures are set, and the pair keeps the role its first
 * person has: two persons of a toll told before are a part of it ("At least 12 people died. A teacher
 * and a nurse were killed." gives a subtotal of two), two persons told as more are more.
 *
 * <p>Immutable and thread-safe.
 */
final class PairedPersons {
  private static final TokenSet ARTICLES = TokenSet.of("a", "an");

  private PairedPersons() {}

  /** The words added to a pair's rule, so that an explanation shows the two persons were counted together. */
  static final String PAIRED = "; two single persons";

  /**
   * Replaces, in {@code accepted}, each pair of single persons with one outcome by one figure of two.
   *
   * @param before the report's figures before the sentence: two persons of a toll of exactly two told before
   *     are that toll told again, a total that {@link Restated} gives once, not a part of it
   */
  static void apply(Token[] t, List<Candidate> accepted, List<CasualtyFigure> before) {
    for (int n = 0; n + 1 < accepted.size(); n++) {
      Candidate first = accepted.get(n);
      if (!single(first) || !ARTICLES.contains(t[first.numberBegin])) {
        continue;
      }
      for (int m = n + 1; m < accepted.size(); m++) {
        Candidate second = accepted.get(m);
        boolean objects = objectsOfOneVerb(first, second);
        if (second.category != first.category || second.spanEnd != first.spanEnd && !objects
            || !joined(t, first.numberEnd, second.numberBegin)
            || !pairedRoles(first.role, second.role)) {
          continue;
        }
        int spanEnd = Math.max(first.spanEnd, second.spanEnd);
        if (others(t, second)) {
          // "an officer and three other soldiers", "a policeman and two others": one group, the person one of them
          long count = second.count.value().getAsLong() + 1;
          accepted.set(n, new Candidate(first.category, CasualtyCount.exactly(count), first.numberBegin, second.numberEnd,
              first.spanBegin, spanEnd, second.who, first.role, second.rule + OTHERS));
          accepted.remove(m);
          break;
        }
        if (single(second) && !armed(first) && !armed(second)
            && (ARTICLES.contains(t[second.numberBegin]) || Lexicon.POSSESSIVES.contains(t[second.numberBegin]))) {
          String who = first.who != null && first.who.equals(second.who) ? first.who : null;
          FigureRole role = first.role == FigureRole.SUBTOTAL && lastTollIsTwo(first, before) ? FigureRole.TOTAL : first.role;
          accepted.set(n, new Candidate(first.category, CasualtyCount.exactly(2), first.numberBegin, second.numberEnd,
              first.spanBegin, spanEnd, who, role, second.rule + PAIRED));
          accepted.remove(m);
          break;
        }
      }
    }
  }

  /**
   * Whether the two persons are the objects of one verb: "rescued a man and a woman", "killed a guard and his
   * driver", the second read as the first's tail.
   */
  private static boolean objectsOfOneVerb(Candidate first, Candidate second) {
    return first.rule.startsWith("<action>") && second.rule.startsWith("<action> <n> <people> and <n> <people>");
  }

  /**
   * Whether the roles the two persons were given make one group: the second added to the first ("a boy
   * and a woman": a total and one more), or both parts of a toll, or both more than one told before.
   */
  private static boolean pairedRoles(FigureRole first, FigureRole second) {
    return second == FigureRole.ADDITIONAL && (first == FigureRole.TOTAL || first == FigureRole.ADDITIONAL)
        || second == FigureRole.SUBTOTAL && first == FigureRole.SUBTOTAL;
  }

  /** Whether the report's last toll of the candidate's category before its sentence is exactly two. */
  private static boolean lastTollIsTwo(Candidate c, List<CasualtyFigure> before) {
    for (int n = before.size() - 1; n >= 0; n--) {
      CasualtyFigure f = before.get(n);
      if (f.category() == c.category && f.role().statesToll()) {
        return f.count().equals(CasualtyCount.exactly(2));
      }
    }
    return false;
  }

  private static boolean armed(Candidate c) {
    return c.who != null && Noncombatants.armed(c.who.toLowerCase(java.util.Locale.ROOT));
  }

  /** The words added to the rule of a person and others counted together. */
  static final String OTHERS = "; a person and <n> others";

  /** Whether a group is counted as others of a person before it: "three other soldiers", "two others". */
  private static boolean others(Token[] t, Candidate c) {
    return c.count.qualifier() == CountQualifier.EXACT && c.count.value().isPresent()
        && c.count.value().getAsLong() > 1 && c.numberEnd < t.length
        && (t[c.numberEnd].is("other") || t[c.numberEnd].is("others"));
  }

  private static boolean single(Candidate c) {
    return c.count.equals(CasualtyCount.exactly(1));
  }

  /** The most words the first person's noun may take before "and": "a teenage boy and". */
  private static final int MAX_NOUN_WORDS = 4;

  /** Whether only the first person's words, then "and", stand between its number's end and the second's number. */
  private static boolean joined(Token[] t, int from, int to) {
    if (to <= from + 1 || to - from > MAX_NOUN_WORDS + 1 || !t[to - 1].is("and")) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (!t[k].isWord()) {
        return false;
      }
    }
    return true;
  }
}
