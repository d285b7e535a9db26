package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Deaths told in the sentence after a number of people hurt: "Three people were shot. Two of them
 * died." or "Two men were shot; both died at the scene." The people who died are no longer
 * injured, so the earlier figure of {@code n} injured becomes {@code n - k} (or goes when all
 * died), the way {@link ShootingRules} splits "three were shot, two fatally" within one sentence.
 *
 * <p>The earlier figure must be the report's last, a total of exactly {@code n} injured that ends
 * close before the sentence; "them" and "both" refer to nothing further back.
 */
final class LaterDeaths {
  /** How far back, in characters, the figure of the people hurt may end: about one sentence. */
  private static final int NEAR_CHARS = 250;
  private static final TokenSet OF_THEM = TokenSet.of("them", "those", "the");
  private static final TokenSet THE_DEAD = TokenSet.of(
      "killed", "dead", "deceased", "slain", "fatalities", "deaths", "who");
  private static final TokenSet ALL = TokenSet.of("both", "all");
  /** How many of the report's figures before the hurt one are asked for its dead. */
  private static final int MAX_FIGURES_BACK = 64;
  /** Nouns after "of the" that name the hurt alone: "one of the wounded". */
  private static final TokenSet HURT = TokenSet.of("wounded", "injured", "hurt");
  /** The words of a rule that counts people shot: "<n> <people> shot", "headline <people> shot". */
  private static final String SHOT = "<people> shot";

  private LaterDeaths() {}

  /**
   * Applies the rule to the sentence {@code [s, e)}, rewriting the last figure of {@code out} in
   * place when the sentence tells that some of its people died.
   *
   * @return a killed candidate for "both died" / "all died", which has no number of its own, or null
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    int last = out.size() - 1;
    if (last < 0) {
      return null;
    }
    CasualtyFigure hurt = out.get(last);
    long n = hurt.count().value().orElse(-1);
    if (n < 1 || hurt.category() != CasualtyCategory.INJURED || hurt.role() != FigureRole.TOTAL
        || !hurt.count().equals(CasualtyCount.exactly(n)) || t[s].begin - hurt.span().end() > NEAR_CHARS) {
      return null;
    }
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.KILLED && c.numberBegin == s && t[s].is("both") && n == 2) {
        // "Two men were shot. Both men died": the two hurt are the two dead
        replace(out, last, hurt, 0);
        return null;
      }
      if (c.category == CasualtyCategory.KILLED && ofThem(t, c, e) && c.count.value().isPresent()
          && !(ofAllVictims(t, c, e) && killedBefore(out, last))) {
        long k = c.count.value().getAsLong();
        if (k >= 1 && k <= n) {
          tellings(out, last, hurt, n - k);
        }
        return null;
      }
    }
    return accepted.isEmpty() ? allDied(t, s, e, out, last, hurt, n) : null;
  }

  /**
   * "two of them", "one of the victims": the number counts people named before; "four of those
   * killed" counts the dead, not the hurt.
   */
  private static boolean ofThem(Token[] t, Candidate c, int e) {
    int j = c.numberEnd;
    if (j + 1 >= e || !t[j].is("of") || !OF_THEM.contains(t[j + 1])) {
      return false;
    }
    return t[j + 1].is("them") || (j + 2 < e && !THE_DEAD.contains(t[j + 2]) && !deadAfterNoun(t, j + 3, e));
  }

  /**
   * Whether "of the" names all the incident's victims, not the hurt alone: "one of the victims",
   * not "one of them" or "one of the wounded".
   */
  private static boolean ofAllVictims(Token[] t, Candidate c, int e) {
    int j = c.numberEnd;
    return j + 2 < e && !t[j + 1].is("them") && !HURT.contains(t[j + 2]);
  }

  /**
   * Whether the report counted people killed before its figure at {@code last}: "one person was
   * killed and four others wounded. One of the victims was declared dead" tells the dead again.
   */
  private static boolean killedBefore(List<CasualtyFigure> out, int last) {
    // the nearest figures first, and only so many: a long report's work stays linear
    for (int n = last - 1; n >= Math.max(0, last - MAX_FIGURES_BACK); n--) {
      if (out.get(n).category() == CasualtyCategory.KILLED && out.get(n).role() != FigureRole.SUBTOTAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words at {@code k}, after "of the" and a noun, say the noun's people are the dead:
   * "one of the men <b>who died</b>", "two of the victims <b>killed</b>".
   */
  private static boolean deadAfterNoun(Token[] t, int k, int e) {
    if (k >= e) {
      return false;
    }
    if (t[k].is("killed") || t[k].is("slain")) {
      return true;
    }
    for (int n = k + 1; t[k].is("who") && n < e && n <= k + 2; n++) {
      if (t[n].is("died") || t[n].is("killed") || t[n].is("dead")) {
        return true;
      }
    }
    return false;
  }

  /** "Both died at the scene", "All of them were killed": every one of the {@code n} hurt died. */
  private static Candidate allDied(Token[] t, int s, int e, List<CasualtyFigure> out, int last,
      CasualtyFigure hurt, long n) {
    // "They later died at the hospital": the pronoun of more than one person is all of them
    boolean they = t[s].is("they") && n >= 2;
    if (!ALL.contains(t[s]) && !they || (t[s].is("both") && n != 2)) {
      return null;
    }
    int j = s + 1;
    if (j + 1 < e && t[j].is("of") && t[j + 1].is("them")) {
      j += 2;
    }
    int k = CasualtyRules.skipAuxiliaries(t, j, e);
    PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m == null || m.category != CasualtyCategory.KILLED) {
      k = whereTheyDied(t, j, e); // "They were rushed to a clinic, where they died hours later"
      m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    }
    if (m == null || m.category != CasualtyCategory.KILLED) {
      return null;
    }
    tellings(out, last, hurt, 0);
    return new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(n), s, s + 1, s, m.end,
        hurt.who().orElse(null), FigureRole.TOTAL, "<n> shot. all <died>");
  }

  /** How far into the sentence its "where they" may come. */
  private static final int WHERE_WINDOW = 16;

  /**
   * Returns the predicate after "where they" in the sentence's first words ("were taken to a
   * clinic, where they died hours later"), or -1.
   */
  private static int whereTheyDied(Token[] t, int j, int e) {
    for (int k = j; k + 2 < e && k < j + WHERE_WINDOW; k++) {
      if (t[k].is("where") && t[k + 1].is("they")) {
        return CasualtyRules.skipAuxiliaries(t, k + 2, e);
      }
    }
    return -1;
  }

  /**
   * Rewrites the figure at {@code last} and the earlier tellings of the same count of people shot:
   * a headline's "Three shot" over "Three men were shot ... One of them died" is the same three,
   * of whom two are hurt.
   */
  private static void tellings(List<CasualtyFigure> out, int last, CasualtyFigure hurt, long left) {
    boolean shot = hurt.rule().contains(SHOT);
    for (int n = last - 1; shot && n >= Math.max(0, last - MAX_FIGURES_BACK); n--) {
      CasualtyFigure f = out.get(n);
      if (f.category() == CasualtyCategory.INJURED && f.role() == FigureRole.TOTAL && f.count().equals(hurt.count())
          && f.rule().contains(SHOT)) {
        replace(out, n, f, left);
        last -= left == 0 ? 1 : 0;
      }
    }
    replace(out, last, hurt, left);
  }

  private static void replace(List<CasualtyFigure> out, int last, CasualtyFigure hurt, long left) {
    if (left == 0) {
      out.remove(last);
      return;
    }
    CasualtyFigure.Builder b = CasualtyFigure.builder(CasualtyCategory.INJURED, CasualtyCount.exactly(left),
        hurt.span()).role(hurt.role()).rule(hurt.rule() + "; some died later");
    hurt.who().ifPresent(b::who);
    hurt.claimedBy().ifPresent(b::claimedBy);
    out.set(last, b.build());
  }
}
