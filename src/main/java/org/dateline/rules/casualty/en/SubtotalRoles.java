package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Passes over a sentence's accepted figures that make some of them parts, subtotals, of another: persons
 * told one by one after a toll, a part of a fronted group ("Of the 15 people injured, three ..."), a part
 * of an update ("rose to eight after three bodies were recovered") and a part after a comma ("four in
 * serious condition"). Moved out of {@link EnglishCasualtyExtractor}, whose sentence pass runs them in turn.
 */
final class SubtotalRoles {
  private SubtotalRoles() {
  }

  /** How many words a sentence's opening group may take before its comma: "Of the 15 people injured,". */
  private static final int MAX_FRONTED = 12;

  /** Verbs that give a figure a clause of its own: see {@link #partsAfterAComma}. */
  private static final TokenSet FINITE = TokenSet.of(
      "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains", "died", "die");

  /** Words that open a clause explaining an update: see {@link #partsOfAnUpdate}. */
  private static final TokenSet EXPLAINING = TokenSet.of("after", "as", "when", "with", "following");

  /**
   * "Two people were killed by falling trees. A man in his 40s died when a tree hit his van, and a man in his 60s
   * was killed in a crash.": persons told one by one ("a man", "the pilot, 67,") after an earlier sentence
   * counted two or more dead are those already counted, told again: subtotals, while together they do not top
   * that toll. A word of more ("also", "another", "separate", "a third") or a year keeps them apart, and so does
   * an attacker, counted on top, and "one of" ("the driver was one of the pair who died"), read as a part elsewhere.
   */
  static void personsOfAToll(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    // a sentence opening on its own place or time ("In Kharkiv region, a woman died") tells a toll of its own
    if (accepted.isEmpty() || out.isEmpty() || t[s].is("in") || Sentences.containsAny(t, s, e, MORE_THAN_TOLD)
        || Sentences.namesAYear(t, s, e)) {
      return;
    }
    // the dead only: a person told hurt may die later in the report, and is counted then
    long toll = 0;
    for (CasualtyFigure f : out) {
      if (f.category() == CasualtyCategory.KILLED && f.role().statesToll()
          && !SeparateIncidents.crimeTally(f)) {
        toll = Math.max(toll, f.count().min());
      }
    }
    int persons = 0;
    boolean onlyPersons = true;
    for (Candidate c : accepted) {
      if (c.category != CasualtyCategory.KILLED) {
        continue;
      }
      // the person as the subject ("a man died"): an object ("then killed a farmer") tells a killing of its own
      boolean person = c.count.equals(CasualtyCount.exactly(1)) && ONE_PERSON.contains(t[c.numberBegin])
          && c.spanBegin == c.numberBegin
          && (c.role == FigureRole.TOTAL || c.role == FigureRole.ADDITIONAL) && !Sentences.containsAny(t, c.spanBegin,
          c.spanEnd, ATTACKERS) && !Sentences.containsWord(t, c.spanBegin, c.spanEnd, "of");
      onlyPersons &= person;
      persons += person ? 1 : 0;
    }
    if (persons == 0 || !onlyPersons || toll < 2 || persons > toll) {
      return;
    }
    for (int k = 0; k < accepted.size(); k++) {
      if (accepted.get(k).category == CasualtyCategory.KILLED) {
        accepted.set(k, accepted.get(k).withRole(FigureRole.SUBTOTAL));
      }
    }
  }

  /** Words that tell a person on top of a toll told before: "a civilian was also killed", "another man died". */
  private static final TokenSet MORE_THAN_TOLD = TokenSet.of("also", "another", "separate", "more", "other",
      "later", "earlier", "too", "additional", "further", "subsequently", "since", "then", "following", "fresh",
      "new",
      // another incident of a round-up: "Separately, a woman was killed", "Elsewhere, a man died"
      "separately", "elsewhere", "meanwhile", "unrelated",
      // counted on: "a third child was killed"
      "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latest");

  /** Nouns of an attacker, whose death is counted on top of the victims': "the gunman was shot dead". */
  private static final TokenSet ATTACKERS = TokenSet.of("gunman", "shooter", "suspect", "attacker", "assailant",
      "robber", "intruder", "bomber", "killer", "perpetrator");

  /** Words that tell one person as a count: "a man", "the pilot". */
  private static final TokenSet ONE_PERSON = TokenSet.of("a", "an", "the");

  /**
   * "Of the 15 people injured, three are in critical condition": a sentence that opens with a
   * counted group ("of the", "among the", "of those") before its first comma counts, after the
   * comma, a part of that group; a figure of the group's category there is its subtotal.
   */
  static void partsOfAFrontedGroup(Token[] t, int s, int e, List<Candidate> accepted) {
    if (s + 2 >= e || !(t[s].is("of") || t[s].is("among")) || !(t[s + 1].is("the") || t[s + 1].is("those"))) {
      return;
    }
    int comma = s + 2;
    while (comma < e && comma < s + MAX_FRONTED && !t[comma].is(",")) {
      comma++;
    }
    if (comma >= e || !t[comma].is(",")) {
      return;
    }
    PhraseTable.Match named = t[s + 1].is("those") ? Lexicon.PREDICATES.match(t, s + 2, comma) : null;
    final int groupEnd = comma;
    if (named != null && named.end == comma && accepted.stream().noneMatch(c -> c.spanEnd <= groupEnd)) {
      // "Of those arrested, 4 were foreign nationals": a group named by its fate alone, its number told before
      Candidate those = new Candidate(named.category, CasualtyCount.vague("those",
          com.google.common.collect.Range.atLeast(1L)), s + 1, s + 2, s, comma, null, FigureRole.TOTAL, "of those <fate>");
      FrontedParts.apply(t, comma, e, those, accepted);
      return;
    }
    for (Candidate group : accepted) {
      if (group.spanEnd > comma + 1 || group.role != FigureRole.TOTAL) {
        continue;
      }
      for (int k = 0; k < accepted.size(); k++) {
        Candidate c = accepted.get(k);
        if (c.numberBegin > comma && c.category == group.category && c.role == FigureRole.TOTAL) {
          accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
        }
      }
      FrontedParts.apply(t, comma, e, group, accepted);
      return;
    }
  }

  /**
   * "The toll rose to eight after three bodies were recovered", "climbed to 40 as rescuers pulled 11
   * bodies from the rubble", "rose to 12 after two more people died in hospital": a figure of an
   * update's category told in a clause that explains the update ("after", "as", "when", "with",
   * "following") is a part of it, a subtotal, not a toll of its own nor more on top of it. A figure
   * joined by "and" still adds: "the toll rose to 12 on Monday, and two more died on Tuesday". A
   * toll told in the perfect is explained so by "after" only ({@link #afterOnly}).
   */
  static void partsOfAnUpdate(Token[] t, int s, List<Candidate> accepted) {
    for (Candidate update : accepted) {
      boolean perfect = update.role == FigureRole.TOTAL && Sentences.containsAny(t, update.spanBegin, update.spanEnd, CasualtyRules.HAVE);
      if (update.role != FigureRole.UPDATE && !perfect || update.count.value().isEmpty()) {
        continue;
      }
      long toll = update.count.value().getAsLong();
      for (int k = 0; k < accepted.size(); k++) {
        Candidate c = accepted.get(k);
        boolean part = c != update && c.category == update.category && c.numberBegin >= update.spanEnd
            && (c.role == FigureRole.TOTAL || c.role == FigureRole.ADDITIONAL)
            && c.count.value().isPresent() && c.count.value().getAsLong() < toll
            // "... died after eating tainted mushrooms, far above the initial toll that put the dead at 12": an
            // earlier toll the report names as such is superseded, not a part of the new one
            && !SupersededTolls.superseded(t, s, c);
        if (part && (perfect ? afterOnly(t, update.spanEnd, c.spanBegin) : explains(t, update.spanEnd, c.spanBegin))) {
          accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
        }
      }
    }
  }

  /**
   * "Eleven of the wounded were hospitalized, four in serious condition", "twelve people were hurt,
   * four critically hurt": a figure told without a verb of its own right after a comma that ends a
   * figure of its category (or of people in hospital, whose condition it tells) is a part of that
   * figure, a subtotal. "Two people were killed, three injured" tells another category and stays.
   */
  static void partsAfterAComma(Token[] t, List<Candidate> accepted) {
    for (int k = 1; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      Candidate before = accepted.get(k - 1);
      boolean ofIt = c.category == before.category
          || c.category == CasualtyCategory.INJURED && before.category == CasualtyCategory.HOSPITALIZED;
      if (c.role != FigureRole.TOTAL || !ofIt || c.numberBegin < 1 || !t[c.numberBegin - 1].is(",")
          || before.spanEnd != c.numberBegin - 1 || Sentences.containsAny(t, c.numberEnd, c.spanEnd, FINITE)) {
        continue;
      }
      accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
    }
  }

  /**
   * "8,400 people have been forced from their homes, 3,100 of whom are in public shelters": people told "of whom"
   * or "of them" right after a comma that ends a figure of the displaced or the evacuated, and counted in a shelter
   * or a camp, are a part of that figure, of its category: where the uprooted stay does not make them another kind.
   */
  static void partsInShelters(Token[] t, List<Candidate> accepted) {
    for (int k = 1; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      Candidate before = accepted.get(k - 1);
      if (c.role != FigureRole.TOTAL || !UPROOTED.contains(c.category) || !UPROOTED.contains(before.category)
          || c.numberBegin < 1 || !t[c.numberBegin - 1].is(",") || before.spanEnd != c.numberBegin - 1
          || c.numberEnd + 1 >= t.length || !t[c.numberEnd].is("of")
          || !t[c.numberEnd + 1].is("whom") && !t[c.numberEnd + 1].is("them")
          || before.count.value().isEmpty() || c.count.value().isEmpty()
          || c.count.value().getAsLong() >= before.count.value().getAsLong()
          || !Sentences.containsAny(t, c.numberEnd, c.spanEnd, SHELTERS)) {
        continue;
      }
      accepted.set(k, new Candidate(before.category, c.count, c.numberBegin, c.numberEnd, c.spanBegin, c.spanEnd,
          c.who, FigureRole.SUBTOTAL, c.rule + " (of whom, in shelter)"));
    }
  }

  /** Words of where the uprooted stay. */
  private static final TokenSet SHELTERS = TokenSet.of("shelter", "shelters", "camp", "camps", "centre", "centres",
      "center", "centers", "schools", "churches", "mosques", "tents", "sites");

  /** The categories of people moved from their homes, whom a shelter holds. */
  private static final java.util.Set<CasualtyCategory> UPROOTED = java.util.EnumSet.of(CasualtyCategory.DISPLACED,
      CasualtyCategory.EVACUATED);

  /**
   * Whether "after" explains a toll told in the perfect: "police said three people had died, after
   * a woman who was critically injured died in hospital overnight" tells how the toll came to be,
   * as an update does. Only "after", with no "and" between.
   */
  private static boolean afterOnly(Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].is("and") || t[i].is("but") || t[i].is(";")) {
        return false;
      }
      if (t[i].is("after")) {
        return true;
      }
    }
    return false;
  }

  private static boolean explains(Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].is("and") || t[i].is("but") || t[i].is(";")) {
        return false;
      }
      if (EXPLAINING.contains(t[i])) {
        return true;
      }
    }
    return false;
  }
}
