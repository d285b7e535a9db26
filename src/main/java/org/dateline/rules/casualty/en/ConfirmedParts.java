package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Parts of a count told by how far they are confirmed, as agency bulletins tell them: "30 deaths were
 * logged, of which six have been verified", "50 were hurt, 9 of whom have been confirmed", "with nine still
 * unverified", "with 19 still being validated",
 * "Of these, seven deaths were verified". The part is a subtotal of the count before it in the
 * sentence, or, told with its own noun ("seven of these deaths were verified"), of the last count of
 * that category the report gave.
 */
final class ConfirmedParts {
  /** Words that tell a count checked by those who keep it. */
  private static final TokenSet CONFIRMED = TokenSet.of("confirmed", "validated", "verified",
      // a part not yet checked is a part all the same: "22 people were hurt in all, with nine still unverified"
      "unconfirmed", "unverified", "unvalidated");
  /** Words that tell a check still to come, between a part's number and its word: "seven still being validated". */
  private static final TokenSet STILL = TokenSet.of("still", "yet", "not", "being");
  /** How many words {@link #STILL} may take. */
  private static final int MAX_STILL = 3;
  /** Words of the verb phrase between a part's number and {@link #CONFIRMED}: "have so far been". */
  private static final TokenSet AUXILIARIES = TokenSet.of("have", "has", "had", "been", "were", "was", "are",
      "is", "so", "far", "since", "now", "also", "already");
  /** How many words {@link #AUXILIARIES} may take. */
  private static final int MAX_AUXILIARIES = 4;
  /** Words after "of" that point back to a count: "9 of whom", "seven of these deaths". */
  private static final TokenSet POINTERS = TokenSet.of("them", "whom", "which", "these", "those");
  /** Nouns of the dead a part may name: "seven of these deaths". */
  private static final TokenSet DEATHS = TokenSet.of("deaths", "fatalities", "dead");
  /** Nouns of the hurt a part may name: "nine of those injuries". */
  private static final TokenSet INJURIES = TokenSet.of("injuries", "injured");

  private ConfirmedParts() {}

  /** Adds to {@code accepted} the confirmed parts sentence [s, e) tells of its counts or of the report's. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (int k = s + 1; k < e; k++) {
      if (!CONFIRMED.contains(t[k])) {
        continue;
      }
      int still = k;
      while (still > s && k - still < MAX_STILL && STILL.contains(t[still - 1])) {
        still--;
      }
      int j = still;
      while (j > s && still - j < MAX_AUXILIARIES && AUXILIARIES.contains(t[j - 1])) {
        j--;
      }
      // "14 deaths were logged, with three verified": a part told after "with", no verb of being
      boolean withPart = j == still && still >= s + 2 && t[still - 2].is("with");
      if (j == still && !withPart || j <= s) {
        continue; // "confirmed 12 deaths" is the count itself; a part is told before a verb of being
      }
      CasualtyCategory named = null;
      int numberEnd = j;
      if (j - 1 > s && (DEATHS.contains(t[j - 1]) || INJURIES.contains(t[j - 1]))) {
        named = DEATHS.contains(t[j - 1]) ? CasualtyCategory.KILLED : CasualtyCategory.INJURED;
        numberEnd = j - 1;
      }
      if (numberEnd - 2 > s && POINTERS.contains(t[numberEnd - 1]) && t[numberEnd - 2].is("of")) {
        numberEnd -= 2;
      } else if (named != null) {
        continue; // "12 deaths were confirmed" is a count, which the rules of counts read
      }
      Quantity q = QuantityParser.plainEndingAt(t, s, numberEnd, e);
      if (q == null || taken(accepted, q)) {
        continue;
      }
      if (named == null) {
        named = namedBefore(t, s, q.begin);
      }
      Candidate whole = whole(accepted, q, named);
      if (whole != null && numberBetween(t, whole.numberEnd, q.begin)) {
        continue; // "12 deaths, and 30 homes burned, of which ten have been confirmed destroyed": a count of things
      }
      CasualtyCategory category = whole != null ? whole.category : named != null && before(out, named, q) ? named : null;
      if (category != null) {
        accepted.add(new Candidate(category, q.count, q.begin, q.end, q.begin, k + 1, null, FigureRole.SUBTOTAL,
            "<n> have been confirmed"));
      }
    }
  }

  /** How many of the report's figures are read back for the count a part names: a bound on the work per part. */
  private static final int MAX_FIGURES_BACK = 40;
  /** How far before a part its "of the ... deaths" may open: a bound on the work per part. */
  private static final int MAX_OPENING = 30;
  /** How many words may stand between "of the" and the noun of the dead it opens: "of the total reported". */
  private static final int MAX_OF_THE_WORDS = 3;

  /**
   * Returns the category an "of the ... deaths" opening the sentence (within {@value #MAX_OPENING} tokens) names
   * before the part at {@code i}
   * ("Of the deaths logged, six have been verified"), or null.
   */
  private static CasualtyCategory namedBefore(Token[] t, int s, int i) {
    for (int k = Math.max(s, i - MAX_OPENING); k + 2 < i; k++) {
      if (t[k].is("of") && t[k + 1].is("the")) {
        for (int n = k + 2; n < Math.min(i, k + 3 + MAX_OF_THE_WORDS); n++) {
          if (DEATHS.contains(t[n])) {
            return CasualtyCategory.KILLED;
          }
          if (INJURIES.contains(t[n])) {
            return CasualtyCategory.INJURED;
          }
        }
      }
    }
    return null;
  }

  /** Whether a number stands in [from, to): the part then belongs to whatever it counts. */
  private static boolean numberBetween(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)) {
        return true;
      }
    }
    return false;
  }

  private static boolean taken(List<Candidate> accepted, Quantity q) {
    for (Candidate c : accepted) {
      if (c.numberBegin < q.end && q.begin < c.numberEnd) {
        return true;
      }
    }
    return false;
  }

  /** Returns the sentence's last count before the part that is larger than it (and of its named category), or null. */
  private static Candidate whole(List<Candidate> accepted, Quantity q, CasualtyCategory named) {
    Candidate whole = null;
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.numberEnd <= q.begin && (named == null || c.category == named)
          && c.count.value().isPresent() && q.count.value().getAsLong() < c.count.value().getAsLong()
          && (whole == null || c.numberBegin > whole.numberBegin)) {
        whole = c;
      }
    }
    return whole;
  }

  /** Whether the report's last figure of the category, before this sentence, is larger than the part. */
  private static boolean before(List<CasualtyFigure> out, CasualtyCategory category, Quantity q) {
    for (int k = out.size() - 1; k >= 0 && k >= out.size() - MAX_FIGURES_BACK; k--) {
      CasualtyFigure f = out.get(k);
      if (f.category() == category && f.role() != FigureRole.SUBTOTAL) {
        return f.count().value().isPresent() && q.count.value().getAsLong() < f.count().value().getAsLong();
      }
    }
    return false;
  }
}
