package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.FigureRole;

/**
 * A breakdown of a figure by place after a colon or a dash, each part a number and the place it
 * counts: "storms killed 14 people across the state: six in Ondo, five in Ekiti and three in Osun", or
 * whom it counts alone: "the blast killed 23 people: 13 men, seven women and three children",
 * "nine drowned in two districts - five in Kurigram and four in Gaibandha". Each part is a piece of the
 * figure before, of its category, a {@link FigureRole#SUBTOTAL}; it is no group on top of it. The figure may be
 * a toll or a group added to it ("officials added three more deaths: two at Riverside and one at Elm Grove"). A part
 * needs a preposition of place and a capitalised name after its number, not a month's or a day's, so a colon
 * before a date, a time or a score ("at 14:30", "won 3-1", "10 in March") starts no list; a noun between them
 * counts people ("12 soldiers in Gao", whom the part keeps), and no outcome stands there ("six injured in Ondo" is
 * a figure of its own). Places do not overlap: parts that add up to more than the whole are no breakdown.
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceBreakdown {
  /** How many tokens the figure's own place or time may take before the colon: "in three districts". */
  private static final int MAX_GAP = 6;
  /** The most parts one list is read for: the work per figure stays bounded. */
  private static final int MAX_PARTS = 12;
  /** How many words a part may put between its number and its preposition: "four farmers in Gaya". */
  private static final int MAX_NOUN = 2;
  private static final TokenSet OPENERS = TokenSet.DASHES.plus(":");
  private static final TokenSet PLACE_PREPS = TokenSet.of("in", "at", "from", "near");
  /** Words after a part's number that say only that it is more of the whole: "and 2 <b>more</b> in Gani". */
  private static final TokenSet MORE = TokenSet.of("more", "others");
  /** How many lower-case words may name the kind of place before "of" and its name: "in the forest area of Gani". */
  private static final int MAX_KIND = 3;
  private static final TokenSet JOINS = TokenSet.of(",", "and", ";");

  private PlaceBreakdown() {}

  /** Adds the parts of the breakdowns after the figures of the sentence ending at {@code e}, and says whether it added any. */
  static boolean apply(Token[] t, int e, List<Candidate> accepted) {
    int size = accepted.size();
    for (int n = 0; n < size; n++) {
      Candidate c = accepted.get(n);
      // a group counted on top of another may be broken down too: "7 more were injured - two in A, five in B"
      if (c.role != FigureRole.TOTAL && c.role != FigureRole.UPDATE && c.role != FigureRole.ADDITIONAL
          || c.count.value().isEmpty()) {
        continue;
      }
      int k = opener(t, c.spanEnd, e);
      // after a comma ("three more deaths were recorded, two in Sindh and one in Punjab", ", with two in ...") the
      // parts must add up to the whole: a comma opens news of its own as often as a list
      boolean comma = k < 0;
      k = comma ? commaOpener(t, c.spanEnd, e) : k;
      List<Candidate> parts = new ArrayList<>();
      long sum = 0;
      for (int p = 0; k > 0 && p < MAX_PARTS; p++) {
        Candidate part = part(t, k, e, c);
        if (part == null) {
          break;
        }
        parts.add(part);
        sum += part.count.value().getAsLong() * placesOf(t, part, e);
        int end = part.spanEnd;
        k = end < e && JOINS.contains(t[end]) ? end + 1 : -1;
        if (k > 0 && k < e && t[k].is("and") && t[k - 1].is(",")) {
          k++;
        }
      }
      // places do not overlap: parts that add up to more than the whole are no breakdown of it; parts said to be
      // "more" are on top of the whole unless they add up to it exactly ("killed 10 - 3 more in A and 2 more in B")
      boolean more = parts.stream().anyMatch(p -> p.numberEnd < e && MORE.contains(t[p.numberEnd]));
      if (parts.isEmpty() || sum > c.count.value().getAsLong() || (more || comma) && sum != c.count.value().getAsLong()
          || comma && parts.size() < 2) {
        continue;
      }
      for (Candidate part : parts) {
        // a figure the sentence's rules read at a part's number, of the whole's category, gives way to the part
        accepted.removeIf(o -> o != c && o.numberBegin == part.numberBegin && o.category == c.category);
        if (accepted.stream().noneMatch(o -> o.numberBegin == part.numberBegin)) {
          accepted.add(part);
        }
      }
    }
    return accepted.size() > size;
  }

  /**
   * Returns the index after the comma (and a "with") right after the figure's words, or after a few words of its
   * own time before it ("recorded in the past day, two in ..."), or -1; a figure that names its own place before the
   * comma heads a list of places, each a group of its own.
   */
  private static int commaOpener(Token[] t, int k, int e) {
    for (int n = k; n < e && n <= k + MAX_GAP; n++) {
      if (PLACE_PREPS.contains(t[n]) && n + 1 < e && t[n + 1].capitalized) {
        return -1; // "killed 14 people in Kenya, 9 in Somalia and 5 in Ethiopia": the list goes on from the figure's place
      }
      if (t[n].is(",")) {
        return n + 1 < e && t[n + 1].is("with") ? n + 2 : n + 1;
      }
      if (t[n].isNumber() || t[n].isPunct()) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns the index after the colon or dash within {@value #MAX_GAP} tokens from {@code k}, or -1. */
  private static int opener(Token[] t, int k, int e) {
    for (int n = k; n < e && n <= k + MAX_GAP; n++) {
      if (OPENERS.contains(t[n])) {
        return n + 1;
      }
      if (t[n].isNumber() || t[n].isPunct() && !t[n].is(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns the part at {@code k} ("four in Gaya", "12 soldiers in Gao"), a subtotal of the whole, or null if none
   * stands there: its noun, if any, counts people, and no outcome stands between its number and its place ("six
   * injured in Ondo" is another category's figure).
   */
  private static Candidate part(Token[] t, int k, int e, Candidate whole) {
    if (k >= e || !t[k].isNumber() && !t[k].has(WordFlags.QUANTITY_START)) {
      return null;
    }
    Quantity q = QuantityParser.parse(t, k, e);
    if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty()
        || q.count.value().getAsLong() >= whole.count.value().getAsLong()) {
      return null;
    }
    int j = q.end < e && MORE.contains(t[q.end]) ? q.end + 1 : q.end;
    String who = null;
    while (j < e && j < q.end + MAX_NOUN && t[j].isWord() && !PLACE_PREPS.contains(t[j]) && !JOINS.contains(t[j])
        && !t[j].is("each")) {
      if (Lexicon.PREDICATES.match(t, j, e) != null) {
        return null;
      }
      if (!Lexicon.isPeople(t[j]) && !t[j].capitalized) {
        return null; // "12 hospitals in Adana" counts things
      }
      who = Lexicon.isPeople(t[j]) ? t[j].lower : who;
      j++;
    }
    if (who != null && !t[q.end].capitalized && (j >= e || JOINS.contains(t[j]) || t[j].is("."))) {
      // a part told by whom it counts, not where: "killed 23 people: 13 men, 7 women and 3 minors"
      return new Candidate(whole.category, q.count, q.begin, q.end, k, j, who, FigureRole.SUBTOTAL,
          "<figure>: <n> <people>");
    }
    boolean each = j < e && t[j].is("each");
    j = each ? j + 1 : j;
    if (j + 1 >= e || !PLACE_PREPS.contains(t[j])) {
      return null;
    }
    int name = t[j + 1].is("the") ? ofAPlace(t, j + 2, e) : j + 1;
    if (name >= e || !t[name].capitalized || Lexicon.CALENDAR.contains(t[name])) {
      return null; // "10 in March": a time, no place
    }
    if (each) {
      // "two each in A and B": the part counts in each place, and the list of places ends it
      int[] places = Places.list(t, name, e);
      return places == null ? null : new Candidate(whole.category, q.count, q.begin, q.end, k, places[0], who,
          FigureRole.SUBTOTAL, "<figure>: <n> each in <places>");
    }
    int end = name + 1;
    while (end < e && t[end].isWord() && t[end].capitalized) {
      end++; // "in Cox's Bazar", "in North Darfur"
    }
    return new Candidate(whole.category, q.count, q.begin, q.end, k, placeTail(t, end, e), who, FigureRole.SUBTOTAL,
        "<figure>: <n> in <place>");
  }

  /** Words that say what kind of place a name is: "Tola <b>village</b>", "Sukma <b>district</b>". */
  private static final TokenSet KINDS = TokenSet.of("village", "town", "city", "district", "province", "state", "county",
      "region", "area", "camp", "neighbourhood", "neighborhood", "township", "municipality", "division", "governorate");
  /** How many tokens the tail of a place may take: "village in Sukma district". */
  private static final int MAX_TAIL = 8;

  /**
   * Returns where a place's name ends with its kind and the larger places it lies in, from {@code k} just after
   * its capitalised words: "Tola<b> village in Sukma district</b>". Returns {@code k} when no kind follows.
   */
  private static int placeTail(Token[] t, int k, int e) {
    int end = k;
    int j = k;
    while (j < e && j < k + MAX_TAIL) {
      if (KINDS.contains(t[j])) {
        end = ++j;
      } else if ((t[j].is("in") || t[j].is("of")) && j + 1 < e && t[j + 1].capitalized && t[j + 1].isWord()
          && !Lexicon.CALENDAR.contains(t[j + 1])) {
        j += 2;
        while (j < e && t[j].isWord() && t[j].capitalized) {
          j++;
        }
        end = j;
      } else {
        break;
      }
    }
    return end;
  }

  /** How many places a part counts in: those listed after its "each" ("two each in A and B" counts in two), else one. */
  private static int placesOf(Token[] t, Candidate part, int e) {
    for (int k = part.numberEnd; k + 2 < part.spanEnd; k++) {
      if (t[k].is("each")) {
        int[] places = Places.list(t, k + 2, e);
        return places == null ? 1 : places[1];
      }
    }
    return 1;
  }

  /**
   * Returns where the name stands after "the" at {@code k}: right there ("in the Sahel"), or after the kind of
   * place and "of" ("in the forest area of Gani"); {@code k} when no such kind stands there.
   */
  private static int ofAPlace(Token[] t, int k, int e) {
    for (int j = k; j < e && j <= k + MAX_KIND; j++) {
      if (t[j].is("of") && j > k) {
        return j + 1;
      }
      if (!t[j].isWord() || t[j].capitalized) {
        return k;
      }
    }
    return k;
  }

}
