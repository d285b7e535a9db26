package org.dateline.rules.casualty.en;

import java.util.List;
import java.util.ListIterator;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People told abducted count as missing only while their captors hold them: a sentence that tells
 * them freed ("Five aid workers abducted last month have been released", "the 20 passengers
 * kidnapped on Sunday escaped") tells of no one missing, nor does a captivity told as brief ("four
 * guards were briefly held hostage").
 */
final class Abductions {
  /** Words of captives let go or getting away. */
  private static final TokenSet FREED = TokenSet.of("released", "freed", "escaped", "regained", "reunited",
      "returned", "release", "freeing", "releasing", "rescued");
  /** Words of captivity a missing figure may be told by. */
  private static final TokenSet CAPTIVE = TokenSet.of("abducted", "abducting", "abduct", "abducts", "abduction",
      "abductions", "kidnapped", "kidnapping", "kidnap", "kidnaps", "kidnappings", "hostage", "captive", "captivity");

  /** Words that tell captives held still. */
  private static final TokenSet STILL = TokenSet.of("still", "remain", "remains", "remained");

  private Abductions() {}

  /** Words after "freed in a" that make the freeing a rescue by force: "freed in a military operation". */
  private static final TokenSet OPERATIONS = TokenSet.of("operation", "raid", "assault", "rescue");
  /** How many words after "freed by" or "freed in" the rescuers or their operation may stand. */
  private static final int RESCUE_WINDOW = 4;

  /**
   * Removes from {@code accepted} the figures of captives that sentence [s, e) tells freed; captives that rescuers
   * freed are rescued instead ("eight guards were taken hostage before being freed in a military operation").
   */
  static void dropFreed(Token[] t, int s, int e, List<Candidate> accepted) {
    boolean freed = Sentences.containsAny(t, s, e, FREED);
    boolean rescued = freed && freedByRescuers(t, s, e);
    Quantity some = freed ? someFreed(t, s, e) : null;
    for (Candidate c : accepted) {
      if (some != null && c.numberBegin == some.begin) {
        some = null; // the freed are counted already
      }
    }
    // held still whoever else was freed ("three remain in captivity after two were freed"), unless told brief
    for (ListIterator<Candidate> it = accepted.listIterator(); it.hasNext(); ) {
      Candidate c = it.next();
      if (c.category != CasualtyCategory.MISSING || !Sentences.containsAny(t, c.spanBegin, c.spanEnd, CAPTIVE)) {
        continue;
      }
      if (Sentences.containsWord(t, c.spanBegin, c.spanEnd, "briefly")) {
        it.remove();
      } else if (some != null && some.begin >= c.spanEnd && c.count.value().isPresent()
          && some.count.value().getAsLong() < c.count.value().getAsLong()) {
        // "60 farm workers were abducted, and four later escaped": the abduction's count stands, the four
        // are a part of it freed
        // "20 remain held after six were freed": the six are others than the 20 still held
        boolean others = Sentences.containsAny(t, c.spanBegin, c.spanEnd, STILL);
        it.add(new Candidate(CasualtyCategory.RESCUED, some.count, some.begin, some.end, some.begin, some.end, null,
            others ? FigureRole.TOTAL : FigureRole.SUBTOTAL, "<n> of the captives freed"));
        some = null;
      } else if (freed && !Sentences.containsAny(t, c.spanBegin, c.spanEnd, STILL)) {
        if (rescued && !told(accepted, c)) {
          it.set(new Candidate(CasualtyCategory.RESCUED, c.count, c.numberBegin, c.numberEnd, c.spanBegin, c.spanEnd,
              c.who, c.role, c.rule + "; freed by rescuers"));
        } else {
          it.remove();
        }
      }
    }
  }

  /** Words between a count of the freed and its verb: "nine <b>later</b> escaped", "two <b>of whom were</b> released". */
  private static final TokenSet BEFORE_FREED = TokenSet.of("later", "have", "has", "had", "been", "were", "was",
      "since", "subsequently", "eventually", "managed", "to", "of", "whom", "them", "reportedly");
  /** How many such words may stand there. */
  private static final int MAX_BEFORE_FREED = 4;

  /**
   * Returns the plain number told freed in [s, e) ("four later escaped", "three of them were released"), the
   * first, or null: a part of the captives, which leaves the rest held.
   */
  private static Quantity someFreed(Token[] t, int s, int e) {
    for (int k = s + 1; k < e; k++) {
      if (!FREED.contains(t[k])) {
        continue;
      }
      int j = k;
      while (j > s && k - j < MAX_BEFORE_FREED && BEFORE_FREED.contains(t[j - 1])) {
        j--;
      }
      Quantity q = QuantityParser.plainEndingAt(t, s, j, e);
      if (q != null) {
        return q;
      }
    }
    return null;
  }

  /** Whether a freeing in [s, e) was done by rescuers: "freed by troops", "freed in a police raid". */
  private static boolean freedByRescuers(Token[] t, int s, int e) {
    for (int k = s; k + 1 < e; k++) {
      if (t[k].is("freed") && (t[k + 1].is("by")
          && Sentences.containsAny(t, k + 2, Math.min(e, k + 2 + RESCUE_WINDOW), ActionRules.RESCUERS)
          || t[k + 1].is("in") && Sentences.containsAny(t, k + 2, Math.min(e, k + 2 + RESCUE_WINDOW), OPERATIONS))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence's figures already count the captives' number as rescued. */
  private static boolean told(List<Candidate> accepted, Candidate c) {
    for (Candidate o : accepted) {
      if (o.category == CasualtyCategory.RESCUED && o.count.equals(c.count)) {
        return true;
      }
    }
    return false;
  }
}
