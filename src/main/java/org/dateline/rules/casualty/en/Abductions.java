package org.dateline.rules.casualty.en;

import java.util.List;
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

  /** Removes from {@code accepted} the figures of captives that sentence [s, e) tells freed. */
  static void dropFreed(Token[] t, int s, int e, List<Candidate> accepted) {
    boolean freed = Sentences.containsAny(t, s, e, FREED);
    // held still whoever else was freed ("three remain in captivity after two were freed"), unless told brief
    accepted.removeIf(c -> c.category == CasualtyCategory.MISSING && Sentences.containsAny(t, c.spanBegin, c.spanEnd, CAPTIVE)
        && (freed && !Sentences.containsAny(t, c.spanBegin, c.spanEnd, STILL)
        || Sentences.containsWord(t, c.spanBegin, c.spanEnd, "briefly")));
  }
}
