package org.dateline.rules.casualty.en;

/**
 * Lists of places named after "each in": "two each in Lelu, Basti and Tarn". A place is one or more
 * capitalised words ("Cox's Bazar", "North Darfur"), after an optional "the"; places are joined by
 * commas and "and", and the name after "and" closes the list, so that a speaker or a country after a comma
 * ("in Jos and Bauchi, Governor Bala said") is no place of it. Days and months name no place. Immutable and
 * thread-safe.
 */
final class Places {
  /** The most places one list is read for: the work per list stays bounded. */
  private static final int MAX_PLACES = 12;
  /** How many capitalised words one place may take. */
  private static final int MAX_NAME = 4;

  private Places() {}

  /**
   * Returns where the list of places starting at {@code k} ends and how many places it names, as
   * {@code {end, count}}, or null when no place starts there.
   */
  static int[] list(Token[] t, int k, int e) {
    int count = 0;
    int end = -1;
    // where the list stood before its last names joined by commas alone: "A and B, Governor C" ends at B
    int closedEnd = -1;
    int closedCount = 0;
    boolean closed = false;
    while (count < MAX_PLACES) {
      int name = k < e && t[k].is("the") ? k + 1 : k;
      int j = name;
      while (j < e && j < name + MAX_NAME && isNameWord(t[j])) {
        j++;
      }
      if (j == name) {
        break;
      }
      count++;
      end = j;
      if (closed) {
        break; // "A, B and C": the name after "and" closes the list
      }
      // ", B", " and C", ", and C": the list goes on only to another capitalised name
      int next = j < e && t[j].is(",") ? j + 1 : j;
      boolean and = next < e && t[next].is("and");
      next = and ? next + 1 : next;
      if (next == j || next >= e || !isNameWord(t[next < e && t[next].is("the") && next + 1 < e ? next + 1 : next])) {
        break;
      }
      if (and) {
        closed = true;
      } else if (closedEnd < 0) {
        closedEnd = end; // a comma alone: the list must close with "and" later to go on past it
        closedCount = count;
      }
      k = next;
    }
    if (count > 1 && !closed && closedEnd > 0) {
      return new int[] {closedEnd, closedCount}; // "in Jos, Governor Bala said": no list, one place
    }
    return count == 0 ? null : new int[] {end, count};
  }

  /** Returns where the list of places starting at {@code k} ends, or -1 when no place starts there. */
  static int listEnd(Token[] t, int k, int e) {
    int[] l = list(t, k, e);
    return l == null ? -1 : l[0];
  }

  private static boolean isNameWord(Token w) {
    return w.isWord() && w.capitalized && !NumberWords.isNumberWord(w.lower) && !QuantityParser.isMonth(w.lower)
        && !Lexicon.WEEKDAYS.contains(w);
  }

}
