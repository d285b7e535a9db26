package org.dateline.rules.casualty.en;

/**
 * Ages told after the people counted, which are no counts: "four men, ages 20 to 27, were shot",
 * "four boys between the ages of 12 and 16", "a boy younger than 12", "two males, 30 and 42, were
 * hurt". The people are counted before them, and the ages may be skipped to reach the predicate.
 *
 * <p>Immutable and thread-safe.
 */
final class Ages {
  /** Words that say the numbers after them are ages: "ages 20 to 27", "aged 30 and 42". */
  private static final TokenSet AGE_CUES = TokenSet.of("ages", "aged", "age");
  /** Words that join the numbers of a list of ages: "21, 32 and 49", "19 to 24", "16-18". */
  private static final TokenSet JOINS = TokenSet.of(",", "and", "to", "-", "\u2013", "through", "or", "&");
  /** Marks that open and close an apposition of ages: ", 22 and 25,", "— both 19 —". */
  private static final TokenSet APPOSITION = TokenSet.DASHES.plus(",");
  /** Words that open a range of ages after the cue: "aged <b>between</b> 20 and 31", "aged <b>from</b> 19 to 24". */
  private static final TokenSet RANGE_STARTS = TokenSet.of("between", "from");
  /** How many tokens a list of ages may run. */
  private static final int MAX_LIST = 12;

  private Ages() {}

  /**
   * Whether the number at {@code i} stands in a list of ages: after "ages", "aged", "the ages of", "aged between",
   * "younger than", "older than" with only numbers and their joins between, or a list of two or more
   * numbers in apposition to people just counted ("two males, 30 and 42").
   */
  static boolean inAgeList(Token[] t, int i) {
    int numbers = 1;
    for (int k = i - 1; k >= Math.max(0, i - MAX_LIST); k--) {
      Token w = t[k];
      if (isAge(w)) {
        numbers++;
      } else if (AGE_CUES.contains(w) || w.is("than") && k > 0 && (t[k - 1].is("younger") || t[k - 1].is("older"))) {
        return true;
      } else if ((w.is("of") || RANGE_STARTS.contains(w)) && k > 0 && AGE_CUES.contains(t[k - 1])) {
        // "the ages of 12 and 16", "aged between 20 and 31", "aged from 19 to 24"
        return true;
      } else if (!JOINS.contains(w)) {
        return numbers >= 2 && t[k + 1].is(",") && Lexicon.isPeople(w) && k > 0 && isCount(t[k - 1]);
      }
    }
    return false;
  }

  /**
   * Returns the index after a list of ages that begins at {@code j} ("between the ages of 16 and 18",
   * ", ages 19 to 24,", "aged 30", ", ranging in age from 15 to 24,"), or {@code j} if none does.
   */
  static int skip(Token[] t, int j, int e) {
    int k = j < e && t[j].is(",") ? j + 1 : j;
    if (k + 1 < e && (t[k].is("between") || t[k].is("both") || t[k].is("all"))) {
      k++; // "two cyclists, both aged 40, were stabbed"
    }
    if (k + 1 < e && t[k].is("the")) {
      k++;
    }
    if (k + 2 < e && t[k].is("ranging") && t[k + 1].is("in") && AGE_CUES.contains(t[k + 2])) {
      // "seven people, ranging in age from 15 to 24, were shot"
      k += 2;
    }
    if (k >= e || !AGE_CUES.contains(t[k])) {
      return bareList(t, j, e);
    }
    k++;
    if (k < e && (t[k].is("of") || RANGE_STARTS.contains(t[k]))) {
      k++;
    }
    int last = -1;
    for (int n = k; n < Math.min(e, k + MAX_LIST) && (isAge(t[n]) || JOINS.contains(t[n])); n++) {
      if (isAge(t[n])) {
        last = n;
      }
    }
    if (last < 0) {
      return j;
    }
    return last + 1 < e && t[last + 1].is(",") && t[j].is(",") ? last + 2 : last + 1;
  }

  /**
   * Returns the index after ages in apposition without a cue word, between commas or dashes: ", 22
   * and 25,", ", both 19,", " -- all teenagers" is not one; {@code j} if none. Two numbers or more, or
   * one after "both" or "all", make a list of ages.
   */
  private static int bareList(Token[] t, int j, int e) {
    if (j >= e || !APPOSITION.contains(t[j])) {
      return j;
    }
    int k = j + 1;
    boolean cue = k < e && (t[k].is("both") || t[k].is("all"));
    int numbers = 0;
    int n = cue ? k + 1 : k;
    for (; n < Math.min(e, k + MAX_LIST) && (isAge(t[n]) || JOINS.contains(t[n]) && !t[n].is(",")); n++) {
      numbers += isAge(t[n]) ? 1 : 0;
    }
    boolean closed = n < e && t[n].is(t[j].lower) && isAge(t[n - 1]);
    return closed && (numbers >= 2 || cue && numbers == 1) ? n + 1 : j;
  }

  /** A number or a hyphenated range of numbers ("16-18"). */
  private static boolean isAge(Token w) {
    return w.isNumber() || !w.lower.isEmpty() && Character.isDigit(w.lower.charAt(0))
        && w.lower.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-');
  }

  private static boolean isCount(Token w) {
    return w.isNumber() || NumberWords.isNumberWord(w.lower);
  }
}
