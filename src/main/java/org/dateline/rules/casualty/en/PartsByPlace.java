package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * A group of the dead, the hurt or the missing named before a comma, then split by place after it, each part a
 * number and its place with no predicate of its own: "of the 30 dead, 12 were from Ondo, eight from Ekiti and
 * five each from Osun and Kogi", "of the fatalities, seven are in North Vale, whereas one each is in Eastvale and Westvale".
 * Each part is a {@link FigureRole#SUBTOTAL} of the group's category; "N each" before several places is one
 * figure, its number as stated, that counts N in every one of them. The parts stop at the first thing that is no
 * number and place, and parts that add up to more than a group's stated number (each place counted, and the parts
 * the group's own rule read) are no split of it. A part may also be told as a share of the group with its place:
 * "three of the missing hikers were recorded in Pine Ridge".
 *
 * <p>Immutable and thread-safe.
 */
final class PartsByPlace {
  /** How many parts one split is read for, a bound on the work per sentence. */
  private static final int MAX_PARTS = 12;
  /** How many tokens the group may take between "of the" and its comma: "of the 30 dead in last week's mudslides". */
  private static final int MAX_GROUP = 14;
  /** How many tokens one part's place may take before the next part's join. */
  private static final int MAX_PLACE = 10;
  private static final TokenSet DEAD = TokenSet.of("dead", "deaths", "deceased", "fatalities", "bodies");
  private static final TokenSet HURT = TokenSet.of("injured", "wounded", "injuries");
  private static final TokenSet MISSING = TokenSet.of("missing");
  private static final TokenSet BE = TokenSet.of("were", "are", "was", "is");
  private static final TokenSet PREPS = TokenSet.of("from", "in", "outside");
  /** Participles of a count logged where it was, between "were" and the place: "eight were reported from Kano". */
  private static final TokenSet LOGGED = TokenSet.of("reported", "recorded", "registered", "confirmed");
  private static final TokenSet JOINS = TokenSet.of(",", "and", "while", "whereas");

  private PartsByPlace() {}

  /** Adds the parts of a split by place in the sentence {@code [s, e)}, and says whether it added any. */
  static boolean apply(Token[] t, int s, int e, List<Candidate> accepted) {
    return split(t, s, e, accepted) | partitives(t, s, e, accepted);
  }

  /** Participles of telling between a part's "were" and its place: "three of the missing were <b>recorded</b> in Pine Ridge". */
  private static final TokenSet TELLING = TokenSet.of("reported", "recorded", "registered", "confirmed", "logged");
  /** How many partitives one sentence is read for. */
  private static final int MAX_PARTITIVES = 4;

  /**
   * Adds each part told as a share of the group with its place: "three of the missing hikers were recorded in
   * Pine Ridge", "two of the injured are from Eastvale". A group that follows with its number and place alone ("and one in
   * Cold Creek") is left to {@link Gapped}, which reads it as a part too.
   */
  private static boolean partitives(Token[] t, int s, int e, List<Candidate> accepted) {
    boolean any = false;
    int found = 0;
    for (int i = s; i + 3 < e && found < MAX_PARTITIVES; i++) {
      if (!t[i].isNumber() && !t[i].has(WordFlags.QUANTITY_START)) {
        continue;
      }
      Quantity q = QuantityParser.parse(t, i, e);
      if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty() || q.end + 2 >= e
          || !t[q.end].is("of") || !t[q.end + 1].is("the")) {
        continue;
      }
      int k = q.end + 2;
      CasualtyCategory category = DEAD.contains(t[k]) ? CasualtyCategory.KILLED : HURT.contains(t[k])
          ? CasualtyCategory.INJURED : MISSING.contains(t[k]) ? CasualtyCategory.MISSING : null;
      k = k + 1 < e && Lexicon.isPeople(t[k + 1]) ? k + 2 : k + 1;
      int be = k;
      if (category == null && t[k - 1].is("cases") && q.begin > s && t[q.begin - 1].is("where")
          && OutbreakCases.outbreakNamedBefore(t, q.end + 2)) {
        category = CasualtyCategory.AFFECTED; // "Gaines County, where 102 of the cases were recorded"
      }
      boolean where = q.begin - 1 >= s && t[q.begin - 1].is("where") && k < e && (OCCURRED.contains(t[k])
          || k + 1 < e && BE.contains(t[k]) && TELLING.contains(t[k + 1]));
      if (category != null && (where || placeBefore(t, s, q.begin) && (k >= e || JOINS.contains(t[k]) || t[k].is(".")
          || t[k].is(";"))) && !taken(accepted, q, category)) {
        // "the Bicol region accounted for 29 of the deaths": the place told first, as the subject; "the district,
        // where 28 of the deaths occurred": the place the clause is about
        found++;
        if (!readAsPart(accepted, q, category)) {
          accepted.add(new Candidate(category, q.count, q.begin, q.end, q.begin, be, null, FigureRole.SUBTOTAL,
              "<place> accounted for <n> of the <dead>"));
          any = true;
        }
        continue;
      }
      k = k < e && q.end + 4 < e && BE.contains(t[k]) ? k + 1 : -1;
      k = k > 0 && k < e && TELLING.contains(t[k]) ? k + 1 : k;
      if (category == null || k < 0 || k + 1 >= e || !PREPS.contains(t[k]) || !t[k + 1].capitalized
          || !t[k + 1].isWord() || Lexicon.CALENDAR.contains(t[k + 1]) || taken(accepted, q, category)) {
        continue;
      }
      found++;
      if (!readAsPart(accepted, q, category)) {
        accepted.add(new Candidate(category, q.count, q.begin, q.end, q.begin, be, null, FigureRole.SUBTOTAL,
            "<n> of the <dead> were in <place>"));
        any = true;
      }
    }
    return any;
  }

  /** Verbs of deaths that took place somewhere: "where 28 of the deaths <b>occurred</b>". */
  private static final TokenSet OCCURRED = TokenSet.of("occurred", "happened", "took");

  /** Words of a place's kind after its name: "the Bicol <b>region</b> accounted for". */
  private static final TokenSet PLACE_KINDS = TokenSet.of("region", "province", "state", "district", "county",
      "city", "department", "governorate", "area");

  /**
   * Whether a place, the sentence's subject, counts the part that starts at {@code at}: "Sindh accounted for 35 of
   * the deaths", "the Bicol region accounted for", "Kano recorded": "accounted for" or a verb of {@link #LOGGED}
   * after a capitalised name, maybe with its kind of place after it.
   */
  private static boolean placeBefore(Token[] t, int s, int at) {
    int v = at - 1;
    if (v < s) {
      return false;
    }
    v = v - 1 >= s && t[v].is("for") && t[v - 1].is("accounted") ? v - 1 : LOGGED.contains(t[v]) ? v : -1;
    if (v - 1 < s) {
      return false;
    }
    int name = PLACE_KINDS.contains(t[v - 1]) ? v - 2 : v - 1;
    return name >= s && t[name].capitalized && t[name].isWord() && !Lexicon.CALENDAR.contains(t[name])
        && (name == s || !t[name - 1].isWord() || t[name - 1].capitalized || t[name - 1].is("the"));
  }

  private static boolean split(Token[] t, int s, int e, List<Candidate> accepted) {
    int i = opening(t, s, e);
    if (i < 0) {
      return false;
    }
    Quantity whole = null;
    CasualtyCategory category = null;
    int comma = -1;
    for (int k = i + 2; k < e && k <= i + 2 + MAX_GROUP; k++) {
      if (t[k].is(",")) {
        comma = k;
        break;
      }
      if (k == i + 2 && t[k].isNumber()) {
        whole = QuantityParser.parse(t, k, e);
        continue;
      }
      if (category == null && k <= i + 4) {
        category = DEAD.contains(t[k]) ? CasualtyCategory.KILLED : HURT.contains(t[k]) ? CasualtyCategory.INJURED
            : MISSING.contains(t[k]) ? CasualtyCategory.MISSING : null;
      }
      if (t[k].isPunct() && !t[k].is("-")) {
        return false;
      }
    }
    if (comma < 0 || category == null) {
      return false;
    }
    long[] sum = new long[1];
    List<Candidate> parts = parts(t, comma + 1, e, category, accepted, sum);
    if (parts.isEmpty() || whole != null && whole.count.value().isPresent() && sum[0] > whole.count.value().getAsLong()) {
      return false;
    }
    accepted.addAll(parts);
    return true;
  }

  /** Words after which "of the" opens a clause: "the coroner said that of the 30 dead, 12 were from Ondo". */
  private static final TokenSet OPENERS = TokenSet.of(",", "said", "says", "that", ":");
  /** How far into a sentence its "of the" is looked for. */
  private static final int MAX_OPENING = 20;

  /** Returns where "of the" opens the sentence {@code [s, e)} or a clause early in it, or -1. */
  private static int opening(Token[] t, int s, int e) {
    for (int i = s; i + 2 < e && i <= s + MAX_OPENING; i++) {
      if (t[i].is("of") && t[i + 1].is("the") && (i == s || OPENERS.contains(t[i - 1]))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The parts from {@code k} on, each a number, perhaps "each", perhaps a form of "be", "from" or "in" and a place.
   * A part told "each" of several places is one figure, its number as stated; {@code sum} gets the people all the
   * parts count, those the group's rule read before too.
   */
  private static List<Candidate> parts(Token[] t, int k, int e, CasualtyCategory category, List<Candidate> accepted,
      long[] sum) {
    List<Candidate> parts = new ArrayList<>();
    while (k < e && parts.size() < MAX_PARTS) {
      Quantity q = t[k].isNumber() || t[k].has(WordFlags.QUANTITY_START) ? QuantityParser.parse(t, k, e) : null;
      if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty() || taken(accepted, q, category)) {
        break;
      }
      // a part the fronted group's rule already read as its subtotal stays as it is; the list goes on after it
      boolean read = readAsPart(accepted, q, category);
      int j = q.end;
      boolean each = j < e && t[j].is("each");
      j = each ? j + 1 : j;
      j = j < e && BE.contains(t[j]) ? j + 1 : j;
      j = j < e && LOGGED.contains(t[j]) ? j + 1 : j;
      // a place named, or one told with "the": "in Kano", "outside the capital"
      int place = j + 1 < e && t[j + 1].is("the") && j + 2 < e && t[j + 2].isWord() ? j + 2 : j + 1;
      if (place >= e || !PREPS.contains(t[j]) || !(place > j + 1 || t[place].capitalized) || !t[place].isWord()
          || Lexicon.CALENDAR.contains(t[place])) {
        break;
      }
      int places = 1;
      int next = -1;
      for (int n = place + 1; n < e && n < place + 1 + MAX_PLACE; n++) {
        if (t[n].isNumber() || t[n].isPunct() && !JOINS.contains(t[n]) && !t[n].is("-")) {
          break;
        }
        if (JOINS.contains(t[n])) {
          int m = n + 1 < e && t[n + 1].is("and") ? n + 2 : n + 1;
          if (m < e && (t[m].isNumber() || t[m].has(WordFlags.QUANTITY_START))) {
            next = m;
            break;
          }
          if (each && m < e && t[m].capitalized && t[m].isWord()) {
            places++;
          }
          n = m - 1; // ", and Kogi": one join
        }
      }
      sum[0] += q.count.value().getAsLong() * places;
      if (!read) {
        parts.add(new Candidate(category, q.count, q.begin, q.end, q.begin, place + 1, null, FigureRole.SUBTOTAL,
            "of the <dead>, <n> from <place>, <n> from <place>"));
      }
      if (next < 0) {
        break;
      }
      k = next;
    }
    return parts;
  }

  /** Whether a figure other than the group's own subtotal already takes the number. */
  private static boolean taken(List<Candidate> accepted, Quantity q, CasualtyCategory category) {
    for (Candidate c : accepted) {
      if (c.numberBegin < q.end && q.begin < c.numberEnd && !(c.category == category && c.role == FigureRole.SUBTOTAL)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the group's subtotal already takes the number. */
  private static boolean readAsPart(List<Candidate> accepted, Quantity q, CasualtyCategory category) {
    for (Candidate c : accepted) {
      if (c.numberBegin < q.end && q.begin < c.numberEnd && c.category == category && c.role == FigureRole.SUBTOTAL) {
        return true;
      }
    }
    return false;
  }
}
