package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * Zero tolls: "no one was killed", "nobody aboard the boat was hurt", "no casualties were reported",
 * "there were no injuries", each an exact 0 of its category. Stateless.
 */
final class ZeroRules {
  /** Subjects that deny everyone: "nobody", "none", and "neither" of two ("Neither required hospital treatment"). */
  private static final TokenSet ZERO_WORDS = TokenSet.of("nobody", "none", "no-one", "neither");
  private static final TokenSet ZERO_MODIFIERS = TokenSet.of(
      "immediate", "other", "further", "serious", "major", "reported", "reports", "report", "word",
      "confirmed", "known", "additional", "civilian", "human", "fatal", "life-threatening", "apparent",
      "visible", "of", "significant", "indication", "indications", "sign", "signs", "information", "new", "fresh");
  /** Prepositions of a place that scopes "no one": "no one on the ground", "nobody aboard the boat". */
  private static final TokenSet SCOPES = TokenSet.of("on", "in", "inside", "aboard", "at", "onboard", "outside");
  /** How many words such a place may take: "on board the second boat". */
  private static final int MAX_SCOPE_WORDS = 5;

  /**
   * Predicates whose "no one" states no zero: "no one has been charged" may follow arrests (no charge yet), and
   * "none survived" tells the dead (see {@code NoSurvivors}), not a zero of the rescued.
   */
  private static final TokenSet NO_ZERO = TokenSet.of("charged", "survived");

  /**
   * Words of how badly people were hurt: "no one suffered life-threatening injuries", "no serious
   * injuries were reported", "nobody was critically hurt" deny only the worst harm, and the people
   * hurt less are no zero.
   */
  private static final TokenSet SEVERE = TokenSet.of("serious", "seriously", "major", "life-threatening",
      "significant", "critical", "critically", "severe", "severely", "grave", "gravely", "badly");

  private ZeroRules() {}

  /** "no one was killed", "nobody was hurt", "no casualties were reported", "there were no injuries". */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    boolean noOne = ZERO_WORDS.contains(t[i]) || (t[i].is("no") && i + 1 < e && t[i + 1].is("one"));
    int nor = t[i].is("neither") ? nor(t, i, e) : -1;
    if (nor >= 0) {
      // "neither the driver nor the passenger was hurt": both denied, a zero of the predicate after the second
      int v = nor + 1;
      while (v < e && v <= nor + MAX_NOR_WORDS && t[v].isWord() && !t[v].has(WordFlags.AUXILIARY)) {
        v++; // the second person: "nor the passenger"
      }
      int k = v < e && t[v].has(WordFlags.AUXILIARY) ? CasualtyRules.skipAuxiliaries(t, v, e) : -1;
      PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
      if (m != null && !NO_ZERO.contains(t[k]) && !(m.category == CasualtyCategory.INJURED
          && Sentences.containsAny(t, i, m.end, SEVERE))) {
        out.add(new Candidate(m.category, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL,
            "neither <person> nor <person> <predicate>"));
      }
      return;
    }
    if (noOne) {
      int j = t[i].is("no") ? i + 2 : i + 1;
      // "no one else was hurt" adds nobody to the people counted, it does not say nobody was hurt
      boolean besides = j < e && (t[j].is("else") || t[j].is("other"));
      if (besides) {
        j++;
      }
      // "none of the 20 people on board", "no one among the 40 passengers"
      int of = t[i].is("none") || t[i].is("neither") || j < e && t[j].is("among") ? afterNoneOf(t, j, e) : -1;
      // "none of the other eight people were hurt" adds nobody to the people counted, as "no one else"
      besides |= of >= 0 && Sentences.containsWord(t, j, of, "other");
      People p = of >= 0 ? null : People.after(t, j, e, false);
      int k = CasualtyRules.skipAuxiliaries(t, of >= 0 ? afterScope(t, of, e) : p == null ? afterScope(t, j, e) : p.end, e);
      PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
      // "no one is in critical condition" tells how the hurt are, not that no one was hurt
      if (m != null && !NO_ZERO.contains(t[k]) && !(t[k].is("in") && Sentences.containsWord(t, k, m.end, "condition"))
          && !(m.category == CasualtyCategory.INJURED && Sentences.containsAny(t, j, m.end, SEVERE))) {
        FigureRole role = besides ? FigureRole.ADDITIONAL : FigureRole.TOTAL;
        out.add(new Candidate(m.category, CasualtyCount.zero(), i, m.end, i, m.end, null,
            role, besides ? "no one else <predicate>" : "no one <predicate>"));
        orSecond(t, i, m, e, null, role, out);
      }
    } else if (t[i].is("no")) {
      zeroNoun(t, i, e, out);
    }
  }

  /** How many words each person of "neither ... nor ..." may take. */
  private static final int MAX_NOR_WORDS = 6;

  /** Returns the "nor" of the "neither" at {@code i}, past a short plain phrase, or -1. */
  private static int nor(Token[] t, int i, int e) {
    for (int k = i + 1; k < e && k <= i + MAX_NOR_WORDS; k++) {
      if (t[k].is("nor")) {
        return k + 1 < e ? k : -1;
      }
      if (!t[k].isWord() && !t[k].is("'s")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns where the verb starts after the group "none of" picks ("none of the 150 passengers",
   * "none of them", "none of those aboard"), or -1 if "of" and a group do not follow.
   */
  private static int afterNoneOf(Token[] t, int j, int e) {
    if (j + 1 >= e || !(t[j].is("of") || t[j].is("among"))) {
      return -1;
    }
    int k = j + 1;
    if (t[k].is("them") || t[k].is("us")) {
      return k + 1;
    }
    if (t[k].is("the") || t[k].is("those") || t[k].is("its") || t[k].is("their")) {
      k++;
    }
    if (k < e && t[k].isNumber()) {
      k++;
    }
    People p = People.after(t, k, e, false);
    if (p != null) {
      return p.end;
    }
    return k < e && t[k - 1].is("those") && (t[k].is("aboard") || t[k].is("inside")) ? k + 1 : -1;
  }

  /**
   * Returns where the verb starts after a place that scopes "no one" ("no one on the ground was
   * hurt", "nobody inside the house was injured"): the first finite verb a few words on; {@code j}
   * itself when no such place stands there.
   */
  private static int afterScope(Token[] t, int j, int e) {
    if (j >= e || !SCOPES.contains(t[j])) {
      return j;
    }
    for (int k = j + 1; k < Math.min(e, j + MAX_SCOPE_WORDS + 1); k++) {
      if (CasualtyRules.FINITE.contains(t[k])) {
        return k;
      }
    }
    return j;
  }

  /**
   * "no injuries were reported", "no officers were hurt". A zero of a named group ("no officers",
   * "no students") counts a part of the people there, a subtotal; "no other injuries", "no
   * additional casualties" add nobody to the people counted.
   */
  private static void zeroNoun(Token[] t, int i, int e, List<Candidate> out) {
    for (int j = i + 1; j < e && j <= i + 5; j++) {
      if (SEVERE.contains(t[j])) {
        return; // "no serious injuries were reported"
      }
      PhraseTable.Match m = Lexicon.ZERO_NOUNS.match(t, j, e);
      if (m != null) {
        int at = out.size();
        addZeroNoun(t, i, j, m, e, out);
        if (Sentences.containsWord(t, i + 1, j, "other") || Sentences.containsWord(t, i + 1, j, "additional")
            || Sentences.containsWord(t, i + 1, j, "further")) {
          for (int k = at; k < out.size(); k++) {
            out.set(k, out.get(k).withRole(FigureRole.ADDITIONAL));
          }
        }
        return;
      }
      if (!ZERO_MODIFIERS.contains(t[j])) {
        People p = j == i + 1 ? People.after(t, j, e, false) : null;
        int k = p == null ? -1 : CasualtyRules.skipAuxiliaries(t, p.end, e);
        PhraseTable.Match pred = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
        if (pred != null && !NO_ZERO.contains(t[k])) {
          FigureRole role = p.who == null || CasualtyRules.EVERYONE.contains(p.who) ? FigureRole.TOTAL : FigureRole.SUBTOTAL;
          out.add(new Candidate(pred.category, CasualtyCount.zero(), i, pred.end, i, pred.end, p.who, role,
              "no <people> <predicate>"));
          orSecond(t, i, pred, e, p.who, role, out);
        }
        return;
      }
    }
  }

  /**
   * The second outcome a zero denies after "or": "no one was killed or injured", "no civilians were hurt or killed"
   * deny both.
   */
  private static void orSecond(Token[] t, int i, PhraseTable.Match m, int e, String who, FigureRole role,
      List<Candidate> out) {
    if (m.end + 1 >= e || !t[m.end].is("or")) {
      return;
    }
    PhraseTable.Match second = Lexicon.PREDICATES.match(t, m.end + 1, e);
    if (second != null && second.category != m.category) {
      out.add(new Candidate(second.category, CasualtyCount.zero(), m.end + 1, second.end, m.end + 1, second.end, who, role,
          "no one <predicate> or <predicate>"));
    }
  }

  private static void addZeroNoun(Token[] t, int i, int j, PhraseTable.Match m, int e, List<Candidate> out) {
    if (t[j].is("casualties")) {
      out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no casualties"));
      out.add(new Candidate(CasualtyCategory.INJURED, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no casualties"));
    } else {
      out.add(new Candidate(m.category, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no <casualty noun>"));
    }
  }
}
