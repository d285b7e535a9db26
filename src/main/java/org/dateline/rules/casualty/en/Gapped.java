package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * A second group that shares the predicate of the figure before it, told only by its number and
 * its place: "at least 9 people died in Guatemala <b>and 3 in Honduras</b>", "six were killed in
 * Kharkiv <b>and 12 others in Zaporizhzhia</b>", "the strikes killed 40 in Gaza <b>and 12 in
 * Lebanon</b>". The predicate is left out, so no rule of a predicate reads the group; it adds to the
 * figure before it ({@link FigureRole#ADDITIONAL}), of the same category; after a part it is a part
 * too: "six of the victims died at the scene, <b>two others at a hospital</b>". A group "in hospital"
 * after the dead died there: "nine died at the scene <b>and three in hospital</b>" are not people in
 * hospital.
 *
 * <p>A count told by its noun and a passive of telling shares the passive the same way: "six deaths
 * were reported in the north <b>and two in the south</b>".
 *
 * <p>A figure whose subject is a place counting it lists other places with their numbers alone: "Gaya recorded
 * five deaths<b>, Aurangabad four and Nawada three</b>".
 *
 * <p>Otherwise the figure before must end in a place or time phrase of its own ("in Guatemala"), with no
 * other number between (an aside on the place between commas may stand before the join: "in
 * Donetsk, where a bomb hit a market, and two in Kherson"), and the group must be followed by one
 * too: "died on May 3 and 4 in the capital" is a date, and "two died and three in critical
 * condition" a predicate the rules read.
 * Where a wound is, the people are the same ("one was shot in the leg, another in the arm").
 * Arrests may tell what people were held for instead ("19 were detained for looting and another 7
 * for curfew violations"); "another" before the group's number only says they are more.
 *
 * <p>Immutable and thread-safe.
 */
final class Gapped {
  private static final TokenSet PLACE_PREPS = TokenSet.of("in", "on", "at", "across", "near");
  /** What an arrest was for, which a gapped group of arrested may tell instead of a place: "for looting". */
  private static final TokenSet REASON_PREPS = TokenSet.of("for", "over");
  private static final TokenSet GROUP_WORDS = TokenSet.of("others", "more");
  private static final TokenSet STOPS = TokenSet.of(
      ".", ";", ":", "but", "while", "when", "after", "before", "as", "who", "which", "that", "said", "says",
      "including", "among", "with", "were", "was", "are", "is", "have", "has", "had");
  /** Where a wound is: a place on the body, not a place the people were. */
  private static final TokenSet BODY = TokenSet.of(
      "leg", "legs", "arm", "arms", "head", "chest", "back", "stomach", "abdomen", "body", "foot", "feet", "hand",
      "hands", "neck", "shoulder", "shoulders", "face", "torso", "hip", "thigh", "buttocks", "side", "groin", "knee",
      "ankle", "wrist", "jaw", "eye", "mouth", "spine", "pelvis");
  /**
   * How many words the place phrase of the figure before may take up to the join: a hospital's name
   * may take ten ("at the Royal Eastern Medical College and Hospital in Hilltown").
   */
  private static final int MAX_PLACE = 12;
  /** Words that open an aside on the figure's place: "in Donetsk, where a bomb hit a market,". */
  private static final TokenSet ASIDE_STARTS = TokenSet.of("where", "which");
  /** How many words such an aside may take. */
  private static final int MAX_ASIDE = 12;
  /** Verbs of a place counting its figure: "Gaya <b>recorded</b> five deaths". */
  private static final TokenSet PLACE_VERBS = TokenSet.of("recorded", "reported", "registered", "logged", "saw");
  /** Capitalised words that name no place: days, and the sayers of a figure. */
  private static final TokenSet NOT_PLACES = TokenSet.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reuters", "afp", "ap", "it", "he",
      "she", "they", "we", "this", "that", "officials", "authorities");
  /** Words after a place's name that say what it is: "Gaya <b>district</b>". */
  private static final TokenSet REGION_WORDS = TokenSet.of(
      "district", "province", "state", "county", "region", "division", "upazila", "governorate", "municipality");
  /** How many groups may follow one figure: "9 in Guatemala, 3 in Honduras and 2 in El Salvador". */
  private static final int MAX_GROUPS = 5;

  private Gapped() {}

  /**
   * Whether a capitalised word names people, not a place: a word the lexicon lists ("Police"), or a
   * plural with a people's ending ("Israelis"). A singular's ending alone says nothing of a name:
   * "Tennessee", "Denver" and "Manchester" end as "employee", "driver" and "fireman" do.
   */
  private static boolean namesPeople(Token w) {
    return w.has(WordFlags.PEOPLE) || w.lower.endsWith("s") && Lexicon.isPeople(w);
  }

  /**
   * Adds, after each figure of the sentence {@code [s, e)}, the groups that share its predicate, and
   * says whether it added any.
   */
  static boolean apply(Token[] t, int s, int e, List<Candidate> accepted) {
    int size = accepted.size();
    List<Candidate> stays = null;
    for (int k = 0; k < size; k++) {
      Candidate c = accepted.get(k);
      if (c.role != FigureRole.TOTAL && c.role != FigureRole.ADDITIONAL && c.role != FigureRole.SUBTOTAL) {
        continue;
      }
      int from = c.spanEnd;
      if (followedBy(t, from, e) > 0) {
        addFollowers(t, followedBy(t, from, e), e, c, accepted);
        continue;
      }
      boolean places = placeSubject(t, s, c);
      List<Candidate> groups = new java.util.ArrayList<>();
      for (int n = 0; n < MAX_GROUPS; n++) {
        Candidate previous = groups.isEmpty() ? c : groups.get(groups.size() - 1);
        Candidate group = places ? placeGroupAfter(t, from, e, c, accepted) : groupAfter(t, from, e, c, previous, accepted);
        if (group == null) {
          break;
        }
        groups.add(group);
        accepted.add(group);
        from = group.spanEnd;
        Candidate stay = c.category == CasualtyCategory.KILLED ? stayOf(accepted, group) : null;
        if (stay != null) {
          stays = stays == null ? new java.util.ArrayList<>() : stays;
          stays.add(stay);
        }
      }
      if (!places) {
        partsOfTheWhole(t, c, groups, accepted); // a place's own count is no whole: "A recorded six, B four and C two"
      }
    }
    if (stays != null) {
      // "nine died at the scene and three in hospital": the three died in hospital, not stay there
      accepted.removeAll(stays);
    }
    return accepted.size() > size || stays != null;
  }

  /**
   * Makes the gapped groups parts of the figure before them where they add up to it and that figure names no
   * place of its own: "killed 14 rebels in two clashes, 12 near A and 2 more in B" counts 14, of whom 12 and 2
   * are parts, not 28. Two groups at least: one group of the same number is a place told twice. "Killed 4 in
   * A, 2 in B and 2 in C" names its own place (a day is none) and adds, as do groups joined on by "and" (", and 4
   * in B and 2 in C") and groups of other incidents ("in separate attacks").
   */
  private static void partsOfTheWhole(Token[] t, Candidate c, List<Candidate> groups, List<Candidate> accepted) {
    if (groups.size() < 2 || c.role != FigureRole.TOTAL || c.count.qualifier() != CountQualifier.EXACT
        || c.count.value().isEmpty()) {
      return;
    }
    long sum = 0;
    for (Candidate g : groups) {
      if (g.role != FigureRole.ADDITIONAL || g.count.qualifier() != CountQualifier.EXACT || g.count.value().isEmpty()
          || g.rule.endsWith(EACH_RULE)) {
        return;
      }
      sum += g.count.value().getAsLong();
    }
    int first = groups.get(0).numberBegin;
    if (first > 0 && t[first - 1].is("and")) {
      return; // ", and 4 in Ekiti and 2 in Osun": more groups joined on, not the whole told apart
    }
    for (int k = c.spanEnd; k < first; k++) {
      if (t[k].capitalized && t[k].isWord() && k > 0 && PLACE_PREPS.contains(t[k - 1]) && !NOT_PLACES.contains(t[k])
          && !QuantityParser.isMonth(t[k].lower)) {
        return; // the whole's own place: "killed 4 in Gaza, 2 in ..."
      }
    }
    int end = groups.get(groups.size() - 1).spanEnd;
    if (Sentences.containsAny(t, c.spanEnd, Math.min(t.length, end + OWN_VERB_REACH), Lexicon.OTHER_INCIDENT)) {
      return; // "4 in Ekiti and 2 in Osun in separate attacks": other incidents'
    }
    if (sum != c.count.value().getAsLong()) {
      return;
    }
    for (Candidate g : groups) {
      accepted.set(accepted.indexOf(g), g.withRole(FigureRole.SUBTOTAL));
    }
  }

  /** The count of people in hospital that a gapped group of the dead reads again ("and three in hospital"), or null. */
  private static Candidate stayOf(List<Candidate> accepted, Candidate group) {
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.HOSPITALIZED && c.numberBegin == group.numberBegin) {
        return c;
      }
    }
    return null;
  }

  /**
   * The group joined after the place phrase that starts at {@code from}, or null; {@code previous} is the group
   * before it (or {@code c}), whose places end at {@code from} if it counted "each" in them.
   */
  private static Candidate groupAfter(Token[] t, int from, int e, Candidate c, Candidate previous,
      List<Candidate> accepted) {
    boolean reason = c.category == CasualtyCategory.ARRESTED;
    int j;
    if (previous.rule.endsWith(EACH_RULE) && from < e && (t[from].is(",") || t[from].is("and"))) {
      j = from; // after "two each in A, B and C" the places are read: the join is here
    } else {
      from = afterTelling(t, from, e);
      if (from >= e || !(PLACE_PREPS.contains(t[from]) || reason && REASON_PREPS.contains(t[from]))) {
        return null;
      }
      j = from + 1;
      while (j < Math.min(e, from + MAX_PLACE) && !t[j].is(",") && !(t[j].is("and") && !inName(t, j, e))) {
        if (t[j].isNumber() || STOPS.contains(t[j]) || BODY.contains(t[j])) {
          return null;
        }
        j++;
      }
      if (j >= e || j == from + 1 || !(t[j].is("and") || t[j].is(","))) {
        return null;
      }
    }
    j = afterAside(t, j, e);
    int at = t[j].is(",") && j + 1 < e && t[j + 1].is("and") ? j + 2 : j + 1;
    if (at + 1 < e && t[at].is("another") && (t[at + 1].isNumber() || NumberWords.isNumberWord(t[at + 1].lower))) {
      at++; // "and another 7 for curfew violations": "another" before a number only says they are more
    }
    People.Counted counted = People.countedAt(t, at, e);
    if (counted == null || counted.quantity.need != Quantity.Need.NONE || t[at].is("another")
        || taken(accepted, counted.quantity, c.category == CasualtyCategory.KILLED)) {
      return null;
    }
    Quantity q = counted.quantity;
    People p = counted.people;
    int after = p != null ? p.end : q.end < e && GROUP_WORDS.contains(t[q.end]) ? q.end + 1 : q.end;
    boolean each = after < e && t[after].is("each");
    after = each ? after + 1 : after;
    if (after + 1 >= e || !(PLACE_PREPS.contains(t[after]) || reason && REASON_PREPS.contains(t[after]))
        || t[after + 1].isNumber() || wound(t, after + 1, e) || ownVerbAfter(t, after + 1, e)) {
      return null;
    }
    // "two each in A, B and C": the group ends after the places it counts in, so that the next group is read
    int end = each ? Places.listEnd(t, after + 1, e) : after;
    if (end < 0) {
      return null;
    }
    return new Candidate(c.category, q.count, q.begin, q.end, q.begin, end, p == null ? c.who : p.who,
        c.role == FigureRole.SUBTOTAL ? FigureRole.SUBTOTAL : FigureRole.ADDITIONAL,
        each ? EACH_RULE : "<n> <predicate> in <place> and <n> in <place>");
  }

  /** The rule of a group counted in each of several places. */
  private static final String EACH_RULE = "<n> <predicate> in <place> and <n> each in <places>";

  /** How many words of the second group's place are read for a verb of its own. */
  private static final int OWN_VERB_REACH = 8;

  /**
   * Whether the second group's place at {@code k} goes on to a verb of its own before the clause ends: "six deaths
   * were reported in the region and 40 in the south <b>were</b> evacuated" tells another outcome of the 40.
   */
  private static boolean ownVerbAfter(Token[] t, int k, int e) {
    for (int j = k; j < e && j < k + OWN_VERB_REACH && !t[j].isPunct() && !t[j].is("and"); j++) {
      if (t[j].has(WordFlags.AUXILIARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure's subject is a place and a verb of counting: "<b>Gaya recorded</b> five deaths",
   * "<b>Gaya district reported</b> five deaths", "<b>Nalanda accounted for</b> five deaths". Places after it are then
   * told with their numbers alone.
   */
  private static boolean placeSubject(Token[] t, int s, Candidate c) {
    int v = c.spanBegin - 1;
    // "Nalanda accounted for five deaths": the verb of two words
    v = v - 1 > s && t[v].is("for") && t[v - 1].is("accounted") ? v - 1 : v;
    if (v - 1 < s || !PLACE_VERBS.contains(t[v]) && !t[v].is("accounted")) {
      return false;
    }
    int name = v - 1 > s && REGION_WORDS.contains(t[v - 1]) ? v - 2 : v - 1;
    return t[name].capitalized && t[name].isWord() && !QuantityParser.isMonth(t[name].lower) && !NOT_PLACES.contains(t[name])
        && !namesPeople(t[name]) && (name == s || !t[name - 1].isWord() || t[name - 1].capitalized || t[name - 1].is("the"));
  }

  /**
   * The next place told with its number after a place's figure, at {@code from}: "Gaya recorded five
   * deaths<b>, Aurangabad four</b><b> and Nawada three</b>". The place is one to three capitalised words,
   * and the number ends the group.
   */
  private static Candidate placeGroupAfter(Token[] t, int from, int e, Candidate c, List<Candidate> accepted) {
    if (from + 2 >= e || !(t[from].is(",") || t[from].is("and"))) {
      return null;
    }
    int k = t[from].is(",") && t[from + 1].is("and") ? from + 2 : from + 1;
    int name = k;
    while (k < e && k < name + 3 && t[k].isWord() && t[k].capitalized && !QuantityParser.isMonth(t[k].lower)
        && !NOT_PLACES.contains(t[k]) && !namesPeople(t[k])) {
      k++;
    }
    Quantity q = k == name ? null : QuantityParser.parse(t, k, e);
    if (q == null || q.need != Quantity.Need.NONE || taken(accepted, q)
        || !(q.end >= e || t[q.end].is(",") || t[q.end].is("and") || t[q.end].is(".") || t[q.end].is(";")
        || t[q.end].is("while"))) {
      return null;
    }
    return new Candidate(c.category, q.count, q.begin, q.end, name, q.end, c.who, FigureRole.ADDITIONAL,
        "<place> <counted> <n> <deaths>, <place> <n>");
  }

  /**
   * Returns the index after "followed by" right after a figure ("the highest toll at 18<b>, followed by</b> Hillmark
   * with 9"), or -1.
   */
  private static int followedBy(Token[] t, int k, int e) {
    int j = k < e && t[k].is(",") ? k + 1 : k;
    return j + 2 < e && t[j].is("followed") && t[j + 1].is("by") ? j + 2 : -1;
  }

  /**
   * Adds the places that follow a figure, each with its number after "with" or alone in brackets: "Coastland reported
   * the highest toll at 18, followed by Hillmark <b>with 9</b>, Lowmoor <b>with five</b> and Upper Vale &amp; Dale
   * <b>with two</b>", "followed by Delhi <b>(21)</b> and Bihar and Rajasthan <b>(17 each)</b>". Each counts the
   * figure's category in its own place (two places sharing "each" one figure, its number as stated); the list stops
   * at anything else.
   */
  private static void addFollowers(Token[] t, int k, int e, Candidate c, List<Candidate> accepted) {
    for (int n = 0; n < MAX_GROUPS && k < e; n++) {
      int name = k;
      while (k < e && k < name + MAX_NAME && (t[k].isWord() && t[k].capitalized && !NOT_PLACES.contains(t[k])
          && !namesPeople(t[k]) && !QuantityParser.isMonth(t[k].lower) || k > name && t[k].is("&"))) {
        k++;
      }
      if (k > name && k + 1 < e && t[k].is("and") && t[k + 1].capitalized) {
        int other = Places.listEnd(t, k + 1, e); // "Bihar and Rajasthan (17 each)": two places, one number
        k = other > 0 && other < e && t[other].is("(") ? other : k;
      }
      boolean bracket = k < e && t[k].is("(");
      if (k == name || k + 1 >= e || !t[k].is("with") && !bracket) {
        return;
      }
      // "Delhi (21)": the number alone in its bracket, read up to the bracket's close as an age in brackets is not
      int close = bracket ? closing(t, k + 1, e) : e;
      Quantity q = close < 0 ? null : QuantityParser.parse(t, k + 1, close);
      int end = q == null ? -1 : q.end < close && t[q.end].is("each") ? q.end + 1 : q.end;
      if (bracket && end >= 0) {
        end = end == close ? end + 1 : -1;
      }
      if (q == null || end < 0 || q.need != Quantity.Need.NONE || q.count.value().isEmpty() || taken(accepted, q)
          || !(end >= e || t[end].is(",") || t[end].is("and") || t[end].is(".") || t[end].is(";"))) {
        return;
      }
      accepted.add(new Candidate(c.category, q.count, q.begin, q.end, name, end, c.who,
          c.role == FigureRole.SUBTOTAL ? FigureRole.SUBTOTAL : FigureRole.ADDITIONAL,
          bracket ? "<figure>, followed by <place> (<n>)" : "<figure>, followed by <place> with <n>"));
      k = end < e && t[end].is(",") ? end + 1 : end;
      k = k < e && t[k].is("and") ? k + 1 : k;
    }
  }

  /** How many tokens a bracket after a place may hold: "(17 each)". */
  private static final int MAX_BRACKET = 3;

  /** Returns the index of the ")" that closes a short bracket whose first token is at {@code k}, or -1. */
  private static int closing(Token[] t, int k, int e) {
    for (int j = k; j < e && j <= k + MAX_BRACKET; j++) {
      if (t[j].is(")")) {
        return j;
      }
    }
    return -1;
  }

  /** How many words a place's name after "followed by" may take: "Upper Vale &amp; Dale". */
  private static final int MAX_NAME = 5;

  /**
   * Steps over an aside on the place between commas at {@code j} to the comma before the join:
   * "four were killed in Donetsk<b>, where a glide bomb hit a market,</b> and two in Kherson". The
   * aside has no number of its own; returns {@code j} when there is none.
   */
  private static int afterAside(Token[] t, int j, int e) {
    if (j + 1 >= e || !t[j].is(",") || !ASIDE_STARTS.contains(t[j + 1])) {
      return j;
    }
    for (int k = j + 2; k + 1 < e && k <= j + MAX_ASIDE; k++) {
      if (t[k].is(",")) {
        return t[k + 1].is("and") ? k : j;
      }
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower) || t[k].is(".") || t[k].is(";")) {
        return j;
      }
    }
    return j;
  }

  /** Auxiliaries of a passive that tells a count: "six deaths <b>were also reported</b> in". */
  private static final TokenSet TELLING_AUX = TokenSet.of("were", "was", "have", "has", "had", "been", "also");
  /** Participles of telling a count, after which the place comes: "six deaths were <b>reported</b> in the north". */
  private static final TokenSet TELLING = TokenSet.of("reported", "recorded", "registered", "confirmed", "logged");

  /**
   * Steps over the passive that tells a count named by its noun at {@code from}: "six deaths <b>were
   * reported</b> in the north and two in the south" share "were reported" as "six died in the north and
   * two in the south" share "died". Returns {@code from} when none stands there.
   */
  private static int afterTelling(Token[] t, int from, int e) {
    int k = from;
    while (k < e && k < from + 3 && TELLING_AUX.contains(t[k])) {
      k++;
    }
    return k > from && k < e && TELLING.contains(t[k]) ? k + 1 : from;
  }

  /**
   * Whether the "and" at {@code j} joins two words of one name, not two groups: "at the City Medical
   * College <b>and</b> Hospital, 12 at ...". Both sides are capitalised words; a number after it
   * ("in Hilltown and 3 in Porttown") or a word in lower case opens the next group.
   */
  private static boolean inName(Token[] t, int j, int e) {
    return j > 0 && j + 1 < e && t[j - 1].capitalized && t[j - 1].isWord() && t[j + 1].capitalized
        && t[j + 1].isWord() && !NumberWords.isNumberWord(t[j + 1].lower) && !NOT_PLACES.contains(t[j + 1]);
  }

  /** Whether a body part follows within a few words of {@code i}: "in the lower back". */
  private static boolean wound(Token[] t, int i, int e) {
    return Sentences.containsAny(t, i, Math.min(e, i + 3), BODY);
  }

  private static boolean taken(List<Candidate> accepted, Quantity q) {
    return taken(accepted, q, false);
  }

  /**
   * Whether a figure already takes the number; with {@code dead}, a count of people in hospital told by the
   * number alone ("and three in hospital" after "nine died at the scene") does not: the group died there.
   */
  private static boolean taken(List<Candidate> accepted, Quantity q, boolean dead) {
    for (Candidate c : accepted) {
      if (dead && c.category == CasualtyCategory.HOSPITALIZED && c.numberBegin == q.begin && c.spanBegin == q.begin) {
        continue;
      }
      if (c.numberBegin < q.end && q.begin < c.numberEnd || c.spanBegin <= q.begin && q.begin < c.spanEnd) {
        return true;
      }
    }
    return false;
  }
}
