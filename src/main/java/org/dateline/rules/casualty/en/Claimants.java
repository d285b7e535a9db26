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

  /** Nouns of what a source gave: "according to figures from the UN". */
  private static final TokenSet DATA = TokenSet.of(
      "figures", "data", "tally", "count", "statement", "report", "statistics", "estimate", "estimates", "records");
  /** Words that open an aside after a speaker: ", a Britain-based war monitor,", ", who asked not to be named,". */
  private static final TokenSet ASIDE_OPENERS = TokenSet.of(
      "a", "an", "who", "which", "speaking", "citing", "however", "meanwhile", "though", "too", "in");
  /** How many tokens an aside between a speaker and the verb may take. */
  private static final int MAX_ASIDE = 12;
  /** Words before a place: the words between one of them and a say verb name no speaker. */
  private static final TokenSet PLACE_PREPOSITIONS = TokenSet.of(
      "in", "across", "from", "at", "into", "throughout", "near", "outside", "inside");

  /** Verbs whose subject gives a toll: "put the toll at", "estimated the death toll at". */
  private static final TokenSet TOLL_VERBS = TokenSet.of("put", "puts", "putting", "estimated", "estimates",
      "estimating", "gave", "gives", "raised", "lowered", "revised");

  /** Nouns of speakers that may be told with where they sit: "officials in Kyiv said". */
  private static final TokenSet BODIES = TokenSet.of(
      "ministry", "official", "officials", "authorities", "authority", "police", "army", "military", "governor",
      "spokesman", "spokeswoman", "spokesperson", "agency", "office", "department", "sources", "council",
      "government", "service", "services", "commission", "mission", "command", "administration");
  /** Forms of "claim" that can introduce a claim: "Moscow claimed 150 troops were killed". */
  private static final TokenSet CLAIMED = TokenSet.of("claimed", "claims", "claim", "alleges");
  /** Words after "claimed" that make it no claim of a figure: "claimed responsibility", "claimed the lives". */
  private static final TokenSet NOT_CLAIMS = TokenSet.of("responsibility", "credit", "the", "a", "an", "his", "her",
      "their", "its", "lives", "victory");

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
        c = forward(text, t, source(t, k + 2, e), e);
      } else if (says(t, k, e) || putsTheToll(t, k, e)) {
        c = backward(text, t, s, beforeAside(t, s, k));
        if (c == null && k > s && (t[k - 1].is(",") || t[k - 1].isPunct()) && !opensAClause(t, k + 1, e)) {
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

  /**
   * Returns where the source after "according to" starts, past the figures it gave: "according to
   * figures from the UN", "according to a tally by the ministry".
   */
  private static int source(Token[] t, int j, int e) {
    int k = j < e && (t[j].is("a") || t[j].is("the")) ? j + 1 : j;
    if (k + 1 < e && DATA.contains(t[k]) && (t[k + 1].is("from") || t[k + 1].is("by") || t[k + 1].is("of"))) {
      return k + 2;
    }
    return j;
  }

  /**
   * Returns the index just before an aside that stands between a speaker and the verb at {@code k}
   * ("the Observatory, a Britain-based war monitor, said", "a hospital official, who asked not to
   * be named, said"), or {@code k} if there is none.
   */
  private static int beforeAside(Token[] t, int s, int k) {
    if (k - 2 <= s || !t[k - 1].is(",")) {
      return k;
    }
    for (int c = k - 2; c > s && c >= k - MAX_ASIDE; c--) {
      if (t[c].is(",")) {
        return ASIDE_OPENERS.contains(t[c + 1]) ? c : k;
      }
    }
    return k;
  }

  /** Whether the words at {@code j} open a clause of their own, not a speaker: "said twelve people were killed". */
  private static boolean opensAClause(Token[] t, int j, int e) {
    return j < e && (t[j].isNumber() || NumberWords.isNumberWord(t[j].lower) || t[j].is("that"));
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
    if (end > s && !t[end - 1].is("body") && Lexicon.COUNTED_NOUNS.match(t, end - 1, end) != null) {
      return null; // "nine fatalities and 12 injuries reported": what was reported, not who ("the world body" is)
    }
    int begin = end;
    while (begin > s && begin > end - MAX_WORDS && t[begin - 1].isWord() && isClaimWord(t[begin - 1])) {
      begin--;
    }
    if (begin - 1 > s && PLACE_PREPOSITIONS.contains(t[begin - 1]) && BODIES.contains(t[begin - 2])) {
      // "the health ministry in Gaza", "officials in Kyiv": a speaker and where it sits
      int place = begin - 1;
      begin = place;
      while (begin > s && begin > place - MAX_WORDS && t[begin - 1].isWord() && isClaimWord(t[begin - 1])) {
        begin--;
      }
    } else if (begin > s && PLACE_PREPOSITIONS.contains(t[begin - 1])) {
      return null; // "seven people in three states", "the crowd in the square": a place, no speaker
    }
    return span(text, t, begin, end);
  }

  /**
   * Whether token {@code k} introduces a claim: a say verb, or "claimed" that is no toll of lives or
   * a claim of an attack ("claimed 12 lives", "claimed responsibility").
   */
  private static boolean says(Token[] t, int k, int e) {
    if (Lexicon.SAY_VERBS.contains(t[k])) {
      return true;
    }
    if (!CLAIMED.contains(t[k]) || k + 1 >= e || NOT_CLAIMS.contains(t[k + 1])) {
      return false;
    }
    Quantity q = QuantityParser.parse(t, k + 1, e);
    return q == null || q.end >= e || !(t[q.end].is("lives") || t[q.end].is("life"));
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
