package org.dateline.rules.casualty.en;

import java.util.List;
import java.util.ListIterator;
import org.dateline.model.CasualtyCategory;

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
    // held still whoever else was freed ("three remain in captivity after two were freed"), unless told brief
    for (ListIterator<Candidate> it = accepted.listIterator(); it.hasNext(); ) {
      Candidate c = it.next();
      if (c.category != CasualtyCategory.MISSING || !Sentences.containsAny(t, c.spanBegin, c.spanEnd, CAPTIVE)) {
        continue;
      }
      if (Sentences.containsWord(t, c.spanBegin, c.spanEnd, "briefly")) {
        it.remove();
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
