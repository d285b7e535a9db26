package org.dateline.rules.casualty.en;


/**
 * Finds who claims the figures of a sentence: "according to X", "X said", "said X".
 *
 * <p>The claimant is taken from the same sentence only, closest to the figure; pronouns ("he
 * said") give none, and neither do numbers or places: in "seven people in three states" the word
 * "states" is a noun, and the words after "in" before a say verb name a place.
 */
final class Claimants {
  private static final int MAX_WORDS = 7;
  private static final TokenSet KEEP = TokenSet.of("the", "a", "an", "of", "for", "'s");
  private static final TokenSet TIME_WORDS = TokenSet.of(
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "later", "earlier", "also", "have", "has", "had", "later", "late",
      "night", "morning", "evening", "afternoon", "last", "in", "a", "statement", "separately");

  /** Words before a place: the words between one of them and a say verb name no speaker. */
  private static final TokenSet PLACE_PREPOSITIONS = TokenSet.of(
      "in", "across", "from", "at", "into", "throughout", "near", "outside", "inside");

  /** Verbs whose subject gives a toll: "put the toll at", "estimated the death toll at". */
  private static final TokenSet TOLL_VERBS = TokenSet.of("put", "puts", "putting", "estimated", "estimates",
      "estimating", "gave", "gives", "raised", "lowered", "revised");

  private Claimants() {}

  /**
   * Returns the claimant nearest to token {@code at} in the sentence {@code [s, e)}, or null.
   */
  static String claimant(String text, Token[] t, int s, int e, int at) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = s; k < e; k++) {
      String c = null;
      if (t[k].is("according") && k + 1 < e && t[k + 1].is("to")) {
        c = forward(text, t, k + 2, e);
      } else if (Lexicon.SAY_VERBS.contains(t[k]) || putsTheToll(t, k, e)) {
        c = backward(text, t, s, k);
        if (c == null && k > s && (t[k - 1].is(",") || t[k - 1].isPunct())) {
          c = forward(text, t, k + 1, e);
        }
      }
      int distance = Math.abs(k - at);
      if (c != null && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Whether token {@code k} says its subject's count: "medical sources put the death toll at 27". */
  private static boolean putsTheToll(Token[] t, int k, int e) {
    if (!TOLL_VERBS.contains(t[k])) {
      return false;
    }
    for (int i = k + 1; i < Math.min(e, k + 4); i++) {
      if (t[i].is("toll")) {
        return true;
      }
    }
    return false;
  }

  private static String forward(String text, Token[] t, int from, int e) {
    int end = from;
    while (end < e && end < from + MAX_WORDS && t[end].isWord() && isClaimWord(t[end])) {
      end++;
    }
    return span(text, t, from, end);
  }

  private static String backward(String text, Token[] t, int s, int k) {
    int end = k;
    while (end > s && TIME_WORDS.contains(t[end - 1])) {
      end--;
    }
    int begin = end;
    while (begin > s && begin > end - MAX_WORDS && t[begin - 1].isWord() && isClaimWord(t[begin - 1])) {
      begin--;
    }
    if (begin > s && PLACE_PREPOSITIONS.contains(t[begin - 1])) {
      return null; // "seven people in three states", "officials in the United States": a place, no speaker
    }
    return span(text, t, begin, end);
  }

  private static boolean isClaimWord(Token w) {
    return KEEP.contains(w) || !(w.has(WordFlags.FUNCTION) || Lexicon.PREDICATES.match(
        new Token[] {w}, 0, 1) != null || Lexicon.SAY_VERBS.contains(w) || TIME_WORDS.contains(w));
  }

  private static String span(String text, Token[] t, int begin, int end) {
    while (begin < end && (t[begin].is("and") || t[begin].is("but"))) {
      begin++;
    }
    if (begin >= end || (end - begin == 1 && (Lexicon.PRONOUNS.contains(t[begin]) || KEEP.contains(t[begin])))) {
      return null;
    }
    boolean allFunction = true;
    for (int i = begin; i < end; i++) {
      allFunction &= KEEP.contains(t[i]) || t[i].isNumber() || NumberWords.isNumberWord(t[i].lower);
    }
    return allFunction ? null : text.substring(t[begin].begin, t[end - 1].end);
  }
}
