package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * The English casualty rules, each small and named after the shape it reads. They run over one
 * sentence of tokens {@code [s, e)} and add {@link Candidate}s to a list.
 */
final class CasualtyRules {

  private static final int MAX_AUXILIARIES = 8;
  /** People nouns that name everyone there, so that "no people were hurt" is a zero toll, not a part's. */
  static final TokenSet EVERYONE = TokenSet.of("people", "persons", "individuals", "person", "lives");
  private static final int MAX_POST_MODIFIER = 32;
  private static final int MAX_ASIDE = 24;
  /** How many words the tail of an object may take before the "and" that joins the next group. */
  private static final int MAX_OBJECT_TAIL = 12;
  /** How many words a prepositional tail of a relative clause's predicate may take. */
  private static final int MAX_RELATIVE_TAIL = 9;
  /** How many groups a list after the first may name. */
  static final int MAX_LISTED = 6;
  private static final TokenSet TAIL_STARTS = TokenSet.of(
      "of", "from", "in", "at", "with", "allied", "loyal", "linked", "affiliated", "belonging");
  private static final People PEOPLE_FOUND = People.unnamed(0);
  private static final TokenSet POST_MODIFIER_STARTS = TokenSet.of(
      "of", "from", "in", "at", "near", "inside", "aboard", "belonging", "with", "under", "across", "on",
      "loyal", "believed", "thought", "suspected", "said", "linked", "affiliated", "allied", "based",
      // the charge as the suspicion is: "three men accused of selling the liquor were arrested"
      "accused",
      "who", "whose", "for",
      // an adjective or an irregular participle with its complement: "a man known to police"
      "known", "critical", "close", "crucial", "opposed", "responsible", "famous", "popular");
  /** Verbs of saying that start a tail only as "said to be", "believed by residents to be". */
  private static final TokenSet SAYING_TAILS = TokenSet.of("said", "believed", "thought");
  private static final TokenSet ARTICLES = TokenSet.of("the", "a", "an");
  /** Words other than prepositions that may come before an article in a tail: "on board the ferry", "all the". */
  private static final TokenSet BEFORE_ARTICLES = TokenSet.of(
      "board", "all", "both", "half", "outside", "along", "across", "onto", "within", "throughout", "beside",
      "behind", "below", "above", "beyond", "off", "toward", "towards", "against", "via", "through", "like",
      "opposite", "inside", "aboard", "without", "amid");
  /** A place in one word after the people counted, right before their verb: "2,000 villagers downstream were moved". */
  private static final TokenSet ONE_WORD_PLACES = TokenSet.of("downstream", "upstream", "nearby",
      // one word of where the people were, or that they were there: "all 67 people involved were killed"
      "involved", "aboard", "onboard", "inside", "present", "there");
  /** People whose field a verbless "in custody" or "in detention" names: "an expert in custody". */
  private static final TokenSet EXPERTS = TokenSet.of("expert", "experts", "specialist", "specialists", "lawyer",
      "lawyers", "attorney", "attorneys", "adviser", "advisers", "advisor", "advisors");
  static final TokenSet CLAUSE_WORDS = TokenSet.of(
      "who", "which", "that", "when", "after", "while", "as", "because", "but", "where", "whose", "if",
      "said", "says", "say", "told");
  private static final TokenSet RELATIVES = TokenSet.of("who", "that", "which");
  /** Animals a clause may count, whose deaths and sickness are no people's: "Two cows died and 30 took ill". */
  static final TokenSet ANIMALS = TokenSet.of(
      "cows", "cattle", "goats", "sheep", "camels", "horses", "donkeys", "dogs", "animals", "livestock", "pigs");
  /** Finite verbs that start a main clause's predicate after a relative clause. */
  static final TokenSet FINITE = TokenSet.of("were", "was", "have", "has", "are", "is", "had");
  private static final TokenSet PREPOSITIONS = TokenSet.of(
      "in", "on", "at", "over", "from", "with", "by", "for", "near", "inside", "under");
  /**
   * Words that open the parts a count breaks into, right after its people: "12 people <b>(</b>eight
   * civilians and four police officers)", "18 people<b>, comprising</b> ten soldiers and ...", and a dash as a
   * bracket: "12 people <b>-</b> eight civilians and four police officers -".
   */
  static final TokenSet BREAKDOWN_CUES = TokenSet.DASHES.plus("(", "comprising", "namely");
  /** The cues of {@link #BREAKDOWN_CUES} that stand right after the people, with no comma: brackets and dashes. */
  static final TokenSet BRACKETS = TokenSet.DASHES.plus("(");
  /** Nouns after which "of three" counts someone's children, not casualties: "a mother of three died". */
  private static final TokenSet PARENTS = TokenSet.of(
      "mother", "father", "parent", "parents", "grandmother", "grandfather", "mum", "mom", "dad");

  static final TokenSet BE = TokenSet.of(
      "was", "were", "is", "are", "been", "being", "be", "got", "get", "gets", "'s");
  private static final TokenSet OBJECT_STARTS = TokenSet.of("the", "his", "her", "their", "a", "an");
  /** Pronouns that stand for the victims after a killing verb: "two men shot and killed him". */
  private static final TokenSet OBJECT_PRONOUNS = TokenSet.of("him", "her", "them");
  /** Verbs of relief given to people counted after them: "the Red Cross is <b>assisting</b> six displaced residents". */
  static final TokenSet AIDING = TokenSet.of("assisting", "helping", "sheltering", "housing", "aiding",
      // a camp or a country counted by whom it takes in: "the camp shelters 190,000 displaced people"
      "shelters", "sheltered", "houses", "housed", "hosts", "hosting", "hosted");

  /** Verbs of an agency that counts people: "the agency recorded 3,450 displaced people". */
  static final TokenSet COUNTING = TokenSet.of("recorded", "registered", "counted", "verified", "tracked",
      "records", "registers", "counts",
      // a country or a province counted by whom it holds: "the country now has 700,000 displaced people"
      "has", "have");

  /** Refugees, counted as displaced where a camp or country takes them in: "Chad hosts 1.2 million refugees". */
  static final TokenSet REFUGEES = TokenSet.of("refugees", "asylum-seekers");
  /** Words of an untold part before "of the" and a counted whole: "some of the 20 passengers". */
  static final TokenSet PARTS = TokenSet.of(
      "some", "many", "most", "several", "few", "majority", "half", "rest", "remainder", "dozens", "scores",
      "hundreds", "any", "part", "portion", "minority",
      // fractions: "nearly a third of the 600 residents were injured" counts no 600
      "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters", "fifth", "fifths", "tenth",
      "tenths");
  /** Words before a number that refer back to people counted before: "the two injured officers". */
  static final TokenSet REFERRING = TokenSet.of(
      "the", "his", "her", "their", "its", "our", "all", "those", "these", "both");
  /** Finite verbs of dying that tell of a part, never name a group: "one of the four <b>died</b>". */
  static final TokenSet PART_VERBS = TokenSet.of(
      "died", "dies", "die", "perished", "perish", "succumbed", "passed", "survived");
  /** Finite verbs of dying that end a relative clause's tail on their own. */
  private static final TokenSet DIED = TokenSet.of("died", "dies", "succumbed");
  /** Verbs of saying after which "by" names the sayer before "to have been": "said by residents to have died". */
  private static final TokenSet SAYING = TokenSet.of("said", "reported", "believed", "thought", "feared", "known");
  /** Finite forms of "be" that, right after a participle, show it was no predicate: "the nine injured were". */
  static final TokenSet FINITE_BE = TokenSet.of("were", "was", "are", "is");
  /** Words after "were" that tell who a part of the dead or hurt were: "two of the dead were from the town". */
  static final TokenSet WHO_THEY_WERE = TokenSet.of("from", "aged", "under", "over", "between");
  /** Words after "were" that say who a part was not: "two of the dead were <b>neither</b> soldiers nor police". */
  static final TokenSet NOT_WHO = TokenSet.of("neither", "not", "no", "never");
  static final TokenSet HAVE = TokenSet.of("have", "has", "had");
  private static final TokenSet OF_OWNERS = TokenSet.of("his", "her", "their", "its", "our", "the", "them");

  /** Participles before "to death" that tell of fear or boredom, not of a death. */
  private static final TokenSet FEARED_TO_DEATH = TokenSet.of(
      "scared", "frightened", "terrified", "bored", "worried", "tickled", "loved");
  /** Words of an arrest before a charge, which counts a part of those arrested: "five of those arrested were charged". */
  private static final TokenSet ARRESTS = TokenSet.of("arrested", "detained", "held", "custody");

  private CasualtyRules() {}

  /**
   * A counted subject: a quantity, the people it counts (if named), and the index after them and an
   * optional "more"/"other" ("37 others", "five more"). Shared by the subject and shooting rules.
   */
  static final class Head {
    final Quantity quantity;
    final People people;
    final int end;

    private Head(Quantity quantity, People people, int end) {
      this.quantity = quantity;
      this.people = people;
      this.end = end;
    }

    /** Returns the counted head starting at token {@code i}, or null if there is none. */
    static Head at(Token[] t, int i, int e) {
      Quantity q = QuantityParser.parse(t, i, e);
      if (q == null || People.ageTail(t, q.end, e) > q.end) {
        // "Four Year Old Girl Shot": an age, not a count
        return null;
      }
      People p = People.afterCount(t, q, e);
      if ((q.need != Quantity.Need.NONE && p == null) || yearBeforePerson(t, q, p)) {
        return null;
      }
      People.Counted restated = People.restated(t, q, e);
      if (restated != null && restated.end < e && (t[restated.end].is(",") || t[restated.end].is(")"))) {
        // "3,200 households, or about 16,000 people, have been displaced": the people, not the homes
        return new Head(restated.quantity, restated.people, restated.end + 1);
      }
      q = couple(t, q, p, e);
      int j = p == null ? q.end : p.end;
      if (p == null && j < e && (t[j].is("more") || t[j].is("other"))) {
        j++;
        // "two more people": the people come after "more"
        People after = People.after(t, j, e, false);
        if (after != null) {
          p = after;
          j = after.end;
        }
      }
      return new Head(q, p, j);
    }
  }

  /** Verbs of the main clause that tell the hurt of a relative clause died: "who was injured ... died". */
  private static final TokenSet DIED_LATER = TokenSet.of("succumbed", "died", "dies", "succumbs");
  /** How far after the relative clause's hurt the main clause's death may be told. */
  private static final int MAX_DIED_LATER = 20;

  /**
   * Whether the predicate at {@code k}, after the people that end at {@code j}, is a relative clause's ("who
   * was burned") whose main clause, after {@code end}, tells a death: "A welder who was burned in the blast on
   * Friday succumbed in hospital on Sunday".
   */
  private static boolean diedAfterRelative(Token[] t, int j, int k, int end, int e) {
    if (j >= k || !t[j].is("who")) {
      return false;
    }
    for (int n = end; n < e && n < end + MAX_DIED_LATER; n++) {
      if (t[n].is("who") || t[n].is(";") || t[n].is("and") || t[n].is("but") || t[n].is("while")) {
        return false;
      }
      if (DIED_LATER.contains(t[n])) {
        return true;
      }
    }
    return false;
  }

  /** The rule of one body found, whose later "a body" in the report is told again, not another. */
  static final String A_BODY_RULE = "a body found";
  /** Verbs of a body found: "a body was <b>found</b>", "divers <b>recovered</b> a body". */
  private static final TokenSet BODY_FOUND = TokenSet.of("found", "recovered", "discovered", "washed", "floating",
      "lying", "pulled", "retrieved", "located");

  /**
   * Whether "a body" at {@code i} is a body found: with a verb of finding right before it ("police found a
   * body") or right after it or its auxiliaries ("a body was found", "a body washed ashore"); not "a body of
   * water", "a body camera", nor "a body found in 2019" (a body of a past year, told again).
   */
  private static boolean aBodyFound(Token[] t, int i, int e) {
    if (!(t[i].is("a") || t[i].is("an")) || i + 2 >= e || UntoldParts.partOf(t, i)) {
      return false;
    }
    // "a charred body", "a decomposed body": one word of the body's state may come first
    int body = BODY_STATES.contains(t[i + 1]) ? i + 2 : i + 1;
    if (body + 1 >= e || !t[body].is("body")) {
      return false;
    }
    if (i > 0 && BODY_FOUND.contains(t[i - 1])) {
      int n = body + 1;
      return (!t[n].is("of") && !t[n].isWord()) || BODY_PLACES.contains(t[n]);
    }
    int k = foundAfter(t, body + 1, e);
    // "a body found in 2019 was identified": a body of a year past, told again now
    boolean yearPast = k >= 0 && k + 2 < e && (t[k + 1].is("in") || t[k + 1].is("on")) && t[k + 2].isNumber()
        && t[k + 2].lower.length() == 4;
    return k >= 0 && !yearPast;
  }

  /**
   * Returns the index of a verb of finding at {@code from} or past at most {@value #MAX_BODY_AUXILIARIES}
   * auxiliaries ("was found", "has been recovered"), or -1.
   */
  private static int foundAfter(Token[] t, int from, int e) {
    int k = from;
    while (k < e && k < from + MAX_BODY_AUXILIARIES && !BODY_FOUND.contains(t[k]) && t[k].has(WordFlags.AUXILIARY)) {
      k++;
    }
    return k < e && BODY_FOUND.contains(t[k]) ? k : -1;
  }

  /** Words after "found a body" that tell where: "divers recovered a body from the lake". */
  private static final TokenSet BODY_PLACES = TokenSet.of("in", "on", "near", "at", "inside", "floating", "from",
      "along", "under", "behind", "off", "outside", "beside");

  /** Words before "body" that make it one more: "a second body was found". */
  private static final TokenSet ONE_MORE_BODY = TokenSet.of("second", "third", "fourth", "fifth");

  /** Whether "a second body" at {@code i} is one more body found, by the same marks as {@link #aBodyFound}. */
  private static boolean anotherBodyFound(Token[] t, int i, int e) {
    // "another body" is the rules of counts' ("another" counts one)
    if (!(t[i].is("a") || t[i].is("the")) || i + 2 >= e || !ONE_MORE_BODY.contains(t[i + 1]) || !t[i + 2].is("body")) {
      return false;
    }
    return i > 0 && BODY_FOUND.contains(t[i - 1]) || foundAfter(t, i + 3, e) >= 0;
  }

  /** Words of a body's state before "body": "a charred body was found". */
  private static final TokenSet BODY_STATES = TokenSet.of("dead", "charred", "decomposed", "decomposing", "burnt",
      "burned", "mutilated", "headless", "lifeless", "bloodied", "bullet-riddled", "naked", "badly");

  /** How many auxiliaries may stand between "a body" and its finding: "a body has been found". */
  private static final int MAX_BODY_AUXILIARIES = 3;

  /**
   * "At least six people died", "37 were wounded", "10 soldiers and 15 civilians were killed", "12 deaths".
   *
   * @param h {@link Head#at Head.at(t, i, e)}, which the caller reads once for this rule and {@link
   *     ShootingRules#shotSubject}
   */
  static void subject(Token[] t, int i, int e, Head h, List<Candidate> out) {
    if (h == null && i + 1 < e && (t[i].is("a") || t[i].is("an")) && t[i + 1].is("life")
        && !UntoldParts.partOf(t, i)) {
      // "a life was lost": "a" counts the one life the phrase tells lost
      PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, i + 1, e);
      if (m != null && m.category == CasualtyCategory.KILLED) {
        out.add(new Candidate(m.category, CasualtyCount.exactly(1), i, i + 1, i, m.end, null, FigureRole.TOTAL,
            "<n> <deaths>"));
      }
      return;
    }
    CountedNouns.multipleKilling(t, i, e, out);
    CountedNouns.namedDeath(t, i, e, out);
    if (anotherBodyFound(t, i, e)) {
      // "a second body was found on Tuesday": one more dead, on top of the body told before
      out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), i, i + 1, i, i + 3, null,
          FigureRole.ADDITIONAL, A_BODY_RULE + ", one more"));
      return;
    }
    if (aBodyFound(t, i, e)) {
      // "a body was found in the river", "divers recovered a body": one dead, told by the body
      int body = t[i + 1].is("body") ? i + 1 : i + 2;
      out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), i, i + 1, i, body + 1, null,
          FigureRole.TOTAL, A_BODY_RULE));
      return;
    }
    if (h != null && UntoldParts.partOf(t, i) && PARTS.contains(t[i - 3])) {
      GroupParts.groupOfAPart(t, h, e, out);
      return;
    }
    // "a mother of three died", "a father of five girls, was stabbed": the count is of someone's children; not "the
    // mother of a girl who died", nor "the father of two boys who were killed" or "of two boys, who were killed"
    if (h == null || (i >= 2 && t[i - 1].is("of") && PARENTS.contains(t[i - 2])
        && (h.people == null || h.quantity.count.min() > 1 && h.end < e && t[h.end].is(",")
            && !(h.end + 1 < e && RELATIVES.contains(t[h.end + 1]))))
        || UntoldParts.noneOf(t, i) || UntoldParts.partOf(t, i) || i > 0 && t[i - 1].is("no") && t[i].is("one")) {
      return; // "no one", ZeroRules's
    }
    Quantity q = h.quantity;
    People p = h.people;
    if (p != null && h.end < e && t[h.end].is(",") && listed(t, h, e, out)) {
      return;
    }
    int afterShare = skipShare(t, h.end, e); // "2,980 (48%) required hospitalization"
    int j = p == null ? GroupParts.ofTheGroup(t, afterShare, e) : skipAside(t, Ages.skip(t, afterShare, e), e);
    if (p == null && j > h.quantity.end) {
      // "four more, including a man and his son, were killed": the people are told by "more"
      j = skipIncluding(t, j, e);
    }
    Head second = p == null ? null : secondGroup(t, j, e, q);
    if (second != null) {
      // "two men and a woman, ages 19, 22 and 30, were wounded": the ages may follow the second group
      j = skipAside(t, Ages.skip(t, second.end, e), e);
    } else if (p != null) {
      j = skipAnimals(t, j, e);
    }
    int k = skipAuxiliaries(t, j, e);
    PhraseTable.Match survival = k >= 0 && t[k].is("survived") ? Lexicon.PREDICATES.match(t, k, e) : null;
    if (survival != null && survival.category == CasualtyCategory.RESCUED && survivedHarm(t, q.begin, e)) {
      // "three victims survived and are in stable condition": hurt, not rescued; the news is further on ("survived
      // with minor injuries" tells it itself)
      k = k + 2 < e && t[k + 1].is("and") ? skipAuxiliaries(t, k + 2, e) : -1;
    }
    // "two of the 12 passengers on board were killed": the group's people take a tail as people do
    if (k < 0 && (p != null || j > h.end && !t[j - 1].isNumber() && !NumberWords.isNumberWord(t[j - 1].lower))) {
      j = skipAside(t, skipPostModifier(t, j, e, q), e);
      // "eight workers from a power company and three other people were found dead"
      Head late = second == null ? secondGroup(t, j, e, q) : null;
      if (late != null) {
        second = late;
        j = skipAside(t, skipPostModifier(t, late.end, e, q), e);
      }
      k = skipAuxiliaries(t, j, e);
    }
    // "40 friends of the dead gathered", "a relative of the deceased": after "the", an outcome is a noun
    PhraseTable.Match m = k < 0 || k > 0 && t[k - 1].is("the") ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m != null && m.category == CasualtyCategory.RESCUED && t[k].is("survived")
        && (survivedHarm(t, q.begin, e) || q.begin > 0 && t[q.begin - 1].is("all"))) {
      m = null; // "all 45 people on board survived the emergency landing": no one was in peril to be rescued from
    }
    if (m != null && t[k].is("had") && q.begin > 0 && (t[q.begin - 1].is("all") || t[q.begin - 1].is("both"))) {
      m = null; // "all three had bullet wounds": the wounds of people told before, who may be the dead
    }
    int main = m == null ? -1 : mainPredicate(t, j, k, m.end, e);
    if (main >= 0) {
      // "ten soldiers who had been detained were killed": the relative clause's verb is not the news
      k = main;
      m = Lexicon.PREDICATES.match(t, k, e);
    }
    if (m != null && p == null && j > h.end && GroupParts.namesTheGroup(t, h, j, k, m, e, out)) {
      return;
    }
    // a place, not a condition: "three people in critical condition were taken to hospital" are hurt
    boolean place = m != null && p != null && t[k].is("in") && m.category != CasualtyCategory.INJURED;
    if (m != null && (p == null && j > h.end || place) && k == j && m.end < e
        && (FINITE_BE.contains(t[m.end]) || HAVE.contains(t[m.end]) || REMAIN.contains(t[m.end])
        || place && DIED.contains(t[m.end]))) {
      // "three of the 11 missing were found dead": the participle names the group, what follows is the news;
      // so does a place: "three people in evacuation centres were hurt when a wall fell"
      int next = skipAuxiliaries(t, m.end, e);
      PhraseTable.Match news = next < 0 ? null : Lexicon.PREDICATES.match(t, next, e);
      if (news != null) {
        k = next;
        m = news;
      }
    }
    if (m != null && (t[k].is("dying") || t[k].is("succumbing")) && !DyingAndSuccumbing.dyingWith(t, q.begin, k, e)) {
      return; // "fans were dying to see the final", "lawmakers, succumbing to pressure": no one died
    }
    if (m != null && m.category == CasualtyCategory.HOSPITALIZED && (p != null && CARE_STAFF.contains(t[p.end - 1])
        || m.end + 1 < e && t[m.end].is("to") && t[m.end + 1].isWord() && !CARE_PURPOSES.contains(t[m.end + 1]))) {
      return; // "three doctors were ferried to the hospital", "pupils were taken to the hospital to visit a friend"
    }
    if (m != null && ((m.category == CasualtyCategory.AFFECTED && p == null && !BareAffected.multitude(q)
            && !BareAffected.illness(t, m))
        || ArrivedAndFled.leftTheScene(t, q, p, k, m)
        || MixedOutcomes.eitherOutcome(t, m, e)
        || negated(t, k) || m.category != CasualtyCategory.MISSING && deniedInside(t, k, m.end)
        || CourtsAndSieges.sentenced(t, i, k) || Lexicon.filmed(t, k, e)
        || k == j && bareAdmitted(t, k, m)
        || p == null && j > h.end && k == j && m.end < e && FINITE_BE.contains(t[m.end])
        || k == j && k > 0 && t[k].is("in") && EXPERTS.contains(t[k - 1])
        || t[k].is("charged") && (Sentences.containsAny(t, q.end, k, ARRESTS) || Sentences.containsWord(t, j, k, "to"))
        || m.category == CasualtyCategory.MISSING && t[m.end - 1].is("trapped") && CourtsAndSieges.besieged(t, m.end, e)
        || affectedPlace(t, k, m, e))) {
      // "two of the nine injured were foreigners": the participle names the group, "were" is the predicate;
      // "an expert in custody" knows the law of it; "five of those arrested have been charged" are a part of
      // the arrested, and "14 to be charged" are not yet
      return;
    }
    if (m != null && k == j && (m.category == CasualtyCategory.INJURED || m.category == CasualtyCategory.HOSPITALIZED)
        && ShootingRules.diesAfter(t, m.end, e)) {
      // "a man injured in a November shooting has died": the participle names him, "died" is the news
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, q.begin, m.end, who(p), FigureRole.TOTAL,
          "<n> <people> <hurt> ... <died>"));
      return;
    }
    int died = m == null || k > j ? FatesAfterAnd.hurtThenDied(t, j, k, m, q.count.min() > 1, e) : -1;
    if (died > 0) {
      // "two men were wounded in the attack and later died": the deaths are the news
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, q.begin, died, who(p), FigureRole.TOTAL,
          "<n> <people> <hurt> and <died>"));
      if (second != null) {
        Quantity q2 = second.quantity;
        out.add(new Candidate(CasualtyCategory.KILLED, q2.count, q2.begin, q2.end, q2.begin, died,
            who(second.people), FigureRole.TOTAL, "<n> <people> and <n> <people> <hurt> and <died>"));
      }
      return;
    }
    int wounds = HurtPeople.takenInWounded(t, j, k, m, q, p, e);
    if (wounds > 0) {
      Candidate c = new Candidate(CasualtyCategory.INJURED, q.count, q.begin, q.end, q.begin, wounds, who(p),
          FigureRole.TOTAL, "<n> <people> <predicate>");
      // "four people were taken to hospitals after they were shot": those taken in after a shooting
      // may be the dead too, as people counted as shot may
      boolean afterShot = (t[wounds - 1].is("shot") || t[wounds - 1].is("shooting")) && !GunshotWounds.besides(t, i, c);
      out.add(!afterShot ? c : new Candidate(CasualtyCategory.INJURED, q.count, q.begin, q.end, q.begin, wounds, who(p),
          FigureRole.TOTAL, c.rule + GunshotWounds.AS_SHOT));
      if (m != null && m.category == CasualtyCategory.HOSPITALIZED && !afterShot) {
        // "four people were taken to hospital with minor injuries": hurt, and in hospital; the blind sets' writers
        // read it as injured, as hospitalized or as both, and both serves every reading
        out.add(new Candidate(CasualtyCategory.HOSPITALIZED, q.count, q.begin, q.end, q.begin, m.end, who(p),
            FigureRole.TOTAL, "<n> <people> <predicate>"));
      }
      if (second != null) {
        // "two women and a 12-year-old girl were taken to a hospital with gunshot wounds"
        Quantity q2 = second.quantity;
        out.add(new Candidate(CasualtyCategory.INJURED, q2.count, q2.begin, q2.end, q2.begin, wounds,
            who(second.people), FigureRole.TOTAL, "<n> <people> and <n> <people> <predicate>"));
      }
      return;
    }
    if (m != null && (!activeVoice(t, j, k, m, e) || takenThenKilled(t, i, m, q, e))) {
      CasualtyCategory told = told(t, q, p, m.category);
      if (told == CasualtyCategory.INJURED && diedAfterRelative(t, j, k, m.end, e)) {
        // "a welder who was burned in the blast succumbed on Sunday": the hurt of the relative clause died
        told = CasualtyCategory.KILLED;
      }
      out.add(new Candidate(told, q.count, q.begin, q.end, q.begin, m.end, who(p), FigureRole.TOTAL,
          "<n> <people> <predicate>"));
      if (second == null) {
        PartsAfterPredicate.partsAfterPredicate(t, q, p, m.end, told, e, out);
      }
      if (told == CasualtyCategory.INJURED && m.category == CasualtyCategory.HOSPITALIZED) {
        // "nine injured people were being treated in hospital": hurt, and in hospital, as those taken in with injuries
        out.add(new Candidate(CasualtyCategory.HOSPITALIZED, q.count, q.begin, q.end, q.begin, m.end, who(p),
            FigureRole.TOTAL, "<n> <people> <predicate>"));
      }
      PhraseTable.Match then = second == null ? FatesAfterAnd.rescuedThenCared(t, m, e) : null;
      if (then != null) {
        // "23 miners were rescued and taken to hospital": the same people, in hospital too (the rule's
        // name is the rescue's, so that the one number may give both)
        out.add(new Candidate(then.category, q.count, q.begin, q.end, q.begin, then.end, who(p), FigureRole.TOTAL,
            "<n> <people> <predicate>"));
      }
      if (second != null) {
        Quantity q2 = second.quantity;
        out.add(new Candidate(told(t, q2, second.people, m.category), q2.count, q2.begin, q2.end, q2.begin, m.end,
            who(second.people), FigureRole.TOTAL, "<n> <people> and <n> <people> <predicate>"));
      }
      return;
    }
    CasualtyCategory of = m == null && p != null ? People.partitiveOutcome(t, h.end) : null;
    if (of != null && GroupParts.partOfTheGroup(t, q, null, of, h.end, e, out)) {
      return; // "four of the dead were children": the group is the outcome's, and the part is counted of it
    }
    int landed = m == null ? ArrivedAndFled.survivorsBrought(t, p, j, e) : -1;
    if (landed > 0) {
      out.add(new Candidate(CasualtyCategory.RESCUED, q.count, q.begin, q.end, q.begin, landed, who(p),
          FigureRole.TOTAL, "<n> survivors were brought"));
      PhraseTable.Match then = FatesAfterAnd.thenCaredOrHeld(t, landed, e);
      if (then != null) {
        // "11 survivors were picked up and later detained": the same people, held too
        out.add(new Candidate(then.category, q.count, q.begin, q.end, q.begin, then.end, who(p), FigureRole.TOTAL,
            "<n> survivors were brought"));
      }
      return;
    }
    int arrived = m == null && !(q.begin > 0 && REFERRING.contains(t[q.begin - 1]))
        ? ArrivedAndFled.refugeesArrived(t, p, j, e) : -1;
    if (arrived > 0) {
      out.add(new Candidate(CasualtyCategory.DISPLACED, q.count, q.begin, q.end, q.begin, arrived, who(p),
          FigureRole.TOTAL, "<n> refugees crossed"));
      return;
    }
    if (!HurtPeople.hurtPeople(t, q, p, e, out)) {
      CountedNouns.countedNoun(t, q, p, e, out);
    }
  }

  /**
   * Whether the predicate {@code m} at {@code k} is "admitted" with no hospital after it ("12 were
   * admitted.", "admitted overnight"), which tells a stay only as a passive: "two men admitted."
   * owned up to something.
   */
  private static boolean bareAdmitted(Token[] t, int k, PhraseTable.Match m) {
    return t[k].is("admitted") && (t[m.end - 1].is(".") || t[m.end - 1].is("overnight")
        || t[m.end - 1].is("treatment") && m.end - k == 3);
  }

  /**
   * Returns the category of people counted at {@code q} with {@code predicate}'s: people told as hurt and
   * taken to hospital are hurt ("two wounded men were taken to hospital"), as {@link ObjectComplements}
   * reads "took two wounded people to hospital".
   */
  private static CasualtyCategory told(Token[] t, Quantity q, People p, CasualtyCategory predicate) {
    if (p == null || q.end < p.end && t[q.end].is("of")) {
      // "eight of the injured remain in hospital" are a part of the hurt, counted in hospital
      return predicate;
    }
    if (predicate == CasualtyCategory.HOSPITALIZED && Sentences.containsAny(t, q.end, p.end, Lexicon.HURT_MODIFIERS)) {
      return CasualtyCategory.INJURED;
    }
    // "26,000 displaced people are staying in relief camps": the camp is where the displaced are
    return predicate == CasualtyCategory.EVACUATED && Sentences.containsAny(t, q.end, p.end, DISPLACED_MODIFIERS)
        ? CasualtyCategory.DISPLACED : predicate;
  }

  /** Words before people that tell them displaced, wherever they are staying. */
  private static final TokenSet DISPLACED_MODIFIERS = TokenSet.of("displaced", "homeless", "uprooted");

  /**
   * Reads a list of groups after the first, by commas and a last "and", before their predicate:
   * "eight civilians, an agent and a soldier were killed" adds each group to the first. When the
   * first counts exactly the rest ("five people, four farmers and a trader, died") the list is an
   * aside, left to the subject rule. Returns whether it added the figures.
   */
  private static boolean listed(Token[] t, Head first, int e, List<Candidate> out) {
    List<Head> groups = new java.util.ArrayList<>();
    long sum = 0;
    int j = first.end;
    boolean closed = false;
    while (!closed && j + 1 < e && groups.size() < MAX_LISTED && (t[j].is(",") || t[j].is("and"))) {
      closed = t[j].is("and") || t[j + 1].is("and");
      int k = t[j].is(",") && t[j + 1].is("and") ? j + 2 : j + 1;
      Head h = Head.at(t, k, e);
      h = h == null || h.people == null ? persons(t, k, e, false) : h;
      if (h == null || h.quantity.count.value().isEmpty()) {
        return false;
      }
      sum += h.quantity.count.value().getAsLong();
      groups.add(h);
      for (int n = k; n < h.end; n++) {
        // "his wife and their driver": the persons' own "and" closes the list
        closed |= t[n].is("and");
      }
      j = h.end;
    }
    long firstCount = first.quantity.count.value().orElse(-1);
    int k = closed && groups.size() >= 2 && firstCount != sum ? skipAuxiliaries(t, j, e) : -1;
    PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m == null || m.category == CasualtyCategory.AFFECTED || activeVoice(t, j, k, m, e)) {
      return false;
    }
    Quantity q = first.quantity;
    out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, who(first.people), FigureRole.TOTAL,
        "<n> <people> <predicate>"));
    for (Head g : groups) {
      Quantity qg = g.quantity;
      // each group's span ends with it, so that no group reads as an aside of the one before
      out.add(new Candidate(m.category, qg.count, qg.begin, qg.end, qg.begin, g.end, who(g.people), FigureRole.TOTAL,
          "<n> <people> and <n> <people> <predicate>"));
    }
    return true;
  }

  /**
   * Whether the predicate at {@code k} is a killing or wounding verb in the active voice, so that
   * the number before it counts the killers: "two attackers on Tuesday killed a convert", "30 armed
   * men murdered the mayor", "a man who shot and injured four people", "two men in a quarrel that
   * ended in a shooting that hurt three". Without a form of "be" before it, a killing verb followed
   * by its object (a counted group, a person or a name) is active; so is a wounding verb followed
   * right away by its object.
   */
  private static boolean activeVoice(Token[] t, int j, int k, PhraseTable.Match m, int e) {
    if (k == j && object(t, m.end, e) != null) {
      return true;
    }
    boolean hurt = m.category == CasualtyCategory.INJURED;
    // "shot and injured": the predicate's last verb is the action
    int verb = hurt && m.end - k >= 3 && t[m.end - 2].is("and") ? m.end - 1 : k;
    // "one officer arrested the driver", "a neighbour captured a car on his phone": done to others
    // "two suspects who kidnapped her": an abduction too
    boolean doneToOthers = m.category == CasualtyCategory.ARRESTED || m.category == CasualtyCategory.RESCUED
        || m.category == CasualtyCategory.MISSING && Lexicon.ABDUCTED.contains(t[k]);
    if ((m.category != CasualtyCategory.KILLED && !hurt && !doneToOthers) || Lexicon.ACTIONS.match(t, verb, e) == null) {
      return false;
    }
    for (int n = j; n < k; n++) {
      if (BE.contains(t[n])) {
        return false;
      }
    }
    int o = m.end;
    if (hurt) {
      // "a man who shot and wounded two people": only an object right after the verb; a capital after
      // a capitalized verb is a headline's next word ("3 Hurt Bellflower Barbershop Shooting")
      return o < e && (object(t, o, e) != null || OBJECT_STARTS.contains(t[o]) || OBJECT_PRONOUNS.contains(t[o])
          || !t[k].capitalized && SingleVictims.phrase(t, o, o, e, false) != null);
    }
    PhraseTable.Match second = o + 1 < e && t[o].is("and") ? Lexicon.ACTIONS.match(t, o + 1, e) : null;
    if (second != null) {
      // "a suicide bomber killed and wounded dozens": the object comes after the second verb
      o = second.end;
    }
    return o < e && (object(t, o, e) != null || SingleVictims.phrase(t, o, o, e, false) != null
        || OBJECT_STARTS.contains(t[o]) || OBJECT_PRONOUNS.contains(t[o]) || Lexicon.isPeople(t[o]));
  }

  /**
   * Whether the people counted at {@code i} are the object of a verb before them and the victims of
   * the killing verb after them, told again by a pronoun of their number: "gunmen dragged 11 men from
   * the mosque and executed <b>them</b>", "kidnapped an elder and later beheaded <b>him</b>" (but
   * "two men arrived and murdered <b>him</b>" counts the killers, and so does "three men killed
   * them", with no verb before the men).
   */
  private static boolean takenThenKilled(Token[] t, int i, PhraseTable.Match m, Quantity q, int e) {
    Token before = i > 0 ? t[i - 1] : null;
    boolean object = before != null && before.isWord() && !BE.contains(before) && !FINITE.contains(before)
        && (before.lower.endsWith("ed") || before.is("took") || before.is("seized"));
    if (!object || m.end >= e || q.count.value().isEmpty()) {
      return false;
    }
    long n = q.count.value().getAsLong();
    Token pronoun = t[m.end];
    return n == 1 ? pronoun.is("him") || pronoun.is("her") : pronoun.is("them");
  }

  /**
   * Returns the index of the main clause's predicate when the predicate at {@code k} belongs to a
   * relative clause after the people counted ("ten soldiers <b>who had been detained</b> have been
   * killed"), or -1: a relative pronoun between {@code j} and {@code k}, and a finite verb and a
   * killing predicate right after the first predicate's end {@code end}, or after a short
   * prepositional tail of it ("who were wounded in the blast have died"). Only death, rescue and being
   * missing outrank the relative clause ("17 fishermen who went missing on Friday have been rescued" are
   * rescued, "three villagers who fled into the hills have not been traced" are missing): "five children
   * who were injured were taken to hospital" stays injured.
   */
  private static int mainPredicate(Token[] t, int j, int k, int end, int e) {
    // "a juvenile injured in the shooting has died": a participle right after the people, reduced relative,
    // with an adverb of its own ("one of the two men critically injured in the crash has died")
    boolean relative = (k == j || k == j + 1 && t[j].lower.endsWith("ly")) && end == k + 1 && t[k].lower.endsWith("ed");
    for (int n = j; n < k; n++) {
      relative |= RELATIVES.contains(t[n]);
    }
    int from = end;
    if (relative && from < e && PREPOSITIONS.contains(t[from])) {
      // "who were wounded in the blast have died"
      for (int n = from + 1; n < e && n <= end + MAX_RELATIVE_TAIL; n++) {
        if (FINITE.contains(t[n]) || DIED.contains(t[n])) {
          from = n;
          break;
        }
        // a capitalised count opens the next sentence of a title run on without a stop ("... at a home Three men
        // were shot")
        if (!t[n].isWord() || CLAUSE_WORDS.contains(t[n]) || t[n].is("and")
            || t[n].capitalized && NumberWords.isNumberWord(t[n].lower)) {
          break;
        }
      }
    }
    int main = relative ? skipAuxiliaries(t, from, e) : -1;
    PhraseTable.Match m = main < end ? null : Lexicon.PREDICATES.match(t, main, e);
    if (m == null || m.category != CasualtyCategory.KILLED && m.category != CasualtyCategory.RESCUED
        && m.category != CasualtyCategory.MISSING) {
      return -1;
    }
    for (int n = from; n < main; n++) {
      if (FINITE.contains(t[n])) {
        return main;
      }
    }
    // "two people wounded in the attack on Monday died on Tuesday": a finite verb of its own
    return DIED.contains(t[main]) ? main : -1;
  }

  /**
   * Whether a year-like number comes before one person, so that it counts no one: "2016 Jeffco
   * teen dies", "2017 Man dead" (a year opening a headline); "2016 people" would still count.
   */
  static boolean yearBeforePerson(Token[] t, Quantity q, People p) {
    if (p == null || q.need != Quantity.Need.PEOPLE_NOUN) {
      return false;
    }
    Token head = t[p.end - 1];
    return head.isWord() && People.isSingular(head.lower) && !SingleVictims.GROUPS.contains(head)
        && !head.lower.endsWith("-year-old") && !(q.end < p.end && t[q.end].is("of"));
  }

  /** People who work at a hospital, whom being taken or kept there does not make patients. */
  private static final TokenSet CARE_STAFF = TokenSet.of("doctors", "nurses", "medics", "staff", "paramedics",
      "surgeons");
  /** Words after "to" past a hospital that still tell care: "taken to hospital <b>to be</b> treated"; others tell a visit. */
  private static final TokenSet CARE_PURPOSES = TokenSet.of("be", "receive", "get", "undergo", "seek", "have", "the",
      "a", "an");

  /** Places an outcome's participle may stand before as a word of the place: "in affected areas". */
  private static final TokenSet AFFECTED_PLACES = TokenSet.of("areas", "area", "regions", "region", "districts",
      "district", "zones", "zone", "communities", "counties", "provinces", "states", "parts", "villages", "towns",
      "neighborhoods", "neighbourhoods", "countries", "localities");

  /**
   * Whether the outcome at {@code k} tells the place the people are in, not what befell them: "millions
   * of people in affected regions have lost power" is no figure of the affected.
   */
  private static boolean affectedPlace(Token[] t, int k, PhraseTable.Match m, int e) {
    return m.category == CasualtyCategory.AFFECTED && k > 0 && (t[k - 1].is("in") || t[k - 1].is("across"))
        && m.end < e && AFFECTED_PLACES.contains(t[m.end]);
  }

  /** Verbs of a state kept, after which a participle names the group: "eleven of the 17 injured remain in hospital". */
  private static final TokenSet REMAIN = TokenSet.of("remain", "remains", "remained");

  /** Returns the counted people after "and" at {@code j} ("and 15 civilians"), or null. */
  static Head secondGroup(Token[] t, int j, int e, Quantity first) {
    // "three soldiers as well as two civilians were killed" joins two groups as "and" does
    int a = j + 1 < e && t[j].is("and") ? j + 1
        : j + 3 < e && t[j].is("as") && t[j + 1].is("well") && t[j + 2].is("as") ? j + 3 : -1;
    if (a < 0) {
      return null;
    }
    Head h = Head.at(t, a, e);
    if ((h == null || h.people == null) && a + 1 < e && Lexicon.POSSESSIVES.contains(t[a])
        && (t[a + 1].isNumber() || NumberWords.isNumberWord(t[a + 1].lower))) {
      // "a couple and their two children were found dead": the second group is the first's own, counted
      Head owned = Head.at(t, a + 1, e);
      if (owned != null && owned.people != null && owned.quantity.begin == a + 1) {
        return owned;
      }
    }
    return h == null || h.people == null ? persons(t, a, e, first.need == Quantity.Need.SINGULAR_NOUN) : h;
  }

  /**
   * Steps over "and 80 cows" after the people counted: "twenty herders and 80 cows were killed"
   * counts the herders only, since animals are no casualties. Returns {@code j} if there is none.
   */
  private static int skipAnimals(Token[] t, int j, int e) {
    if (j + 2 >= e || !t[j].is("and")) {
      return j;
    }
    Quantity q = QuantityParser.parse(t, j + 1, e);
    int n = q == null ? -1 : q.end;
    if (n >= 0 && n < e && t[n].isWord() && !Lexicon.isPeople(t[n]) && n + 1 < e && ANIMALS.contains(t[n])) {
      return n + 1;
    }
    return j;
  }

  /**
   * Returns the persons told one by one at {@code i} after a counted group ("two teachers and
   * <b>their driver</b>", "and <b>his wife and son</b>") as a head that counts them, or null. A
   * name is not taken ("Mineworkers and Construction Union"), nor after one person ({@code
   * afterOne}) any but a possessive phrase: "a freelancer and the founder of the paper" is one man.
   */
  private static Head persons(Token[] t, int i, int e, boolean afterOne) {
    SingleVictims.Phrase ph = SingleVictims.phrase(t, i - 1, i, e, true);
    if (ph == null || ph.kind != SingleVictims.Kind.DEFINITE || ph.head == null || (afterOne && t[i].is("the"))) {
      return null;
    }
    int[] joined = SingleVictims.conjoined(t, i - 1, ph.end, e);
    Quantity q = new Quantity(ph.begin, ph.end, CasualtyCount.exactly(joined[0]), Quantity.Need.NONE);
    return new Head(q, People.unnamed(joined[1]), joined[1]);
  }

  /** Steps over a prepositional tail of the people counted: "members <b>of the same family</b> were killed". */
  /** Past participles not in "-ed" that may open a tail: "two aid workers taken in the raid are still missing". */
  private static final TokenSet IRREGULAR_PARTICIPLES = TokenSet.of("taken", "held", "caught", "kept", "brought",
      "sent", "stolen", "driven", "hidden", "seen", "given", "born", "trapped");

  private static int skipPostModifier(Token[] t, int j, int e, Quantity first) {
    // "suspects wanted over the unrest were killed": a past participle reads like a past tense
    // ("men walked into the clinic with wounds"), so its tail must end in a finite "were", "have"
    boolean pastParticiple = j + 1 < e && (t[j].lower.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(t[j]))
        && PREPOSITIONS.contains(t[j + 1])
        && Lexicon.PREDICATES.match(t, j, e) == null && Lexicon.ACTIONS.match(t, j, e) == null;
    boolean participle = j < e && t[j].lower.endsWith("ing") && Lexicon.PREDICATES.match(t, j, e) == null;
    if (j + 1 < e && ONE_WORD_PLACES.contains(t[j]) && skipAuxiliaries(t, j + 1, e) >= 0) {
      // "residents nearby were evacuated", but not "five people nearby heard the blast and 2 were hurt"; a phrase
      // may go on from the word ("people involved in the crash", "inside the house"), read below
      return j + 1;
    }
    if (j >= e || !(POST_MODIFIER_STARTS.contains(t[j]) || participle || pastParticiple) || sayerSaid(t, j, e)) {
      return j;
    }
    int stop = Math.min(e, j + MAX_POST_MODIFIER);
    boolean inRelative = false;
    boolean verb = false;
    boolean clause = false;
    for (int k = j + 1; k < stop; k++) {
      Token w = t[k];
      if (inRelative && (Lexicon.ACTIONS.match(t, k, e) != null || t[k].is("left"))) {
        // "suspects in the shooting that left one dead": the clause's own casualty verb
        return j;
      }
      // "volunteers helping displaced farmers were killed": a participle before a noun is its adjective
      PhraseTable.Match word = k + 1 < e && Lexicon.isPeople(t[k + 1]) ? Lexicon.PREDICATES.match(t, k, e) : null;
      boolean adjective = word != null && word.end == k + 1 && !Lexicon.isPeople(w);
      boolean ends = skipAuxiliaries(t, k, e) >= 0 && !w.is("to") && !adjective
          && (!(pastParticiple || inRelative) || FINITE.contains(w));
      // "five people in the house heard the blast and 2 were hurt": an article after a word that is
      // no preposition follows a verb; past its object, "and" starts a clause with its own subject
      verb |= !inRelative && !RELATIVES.contains(t[j]) && !t[j].is("whose") && crossedVerb(t, j, k);
      clause |= verb && w.is("and");
      if (ends || (!pastParticiple && secondGroup(t, k, e, first) != null)) {
        return clause ? j : k;
      }
      if (BE.contains(w) && k + 1 < e && t[k + 1].is("among")) {
        // "an employee of the agency was among 15 people killed": the dead are counted after "among"
        return j;
      }
      boolean bracket = w.is("[") || w.is("]") || w.is("(") || w.is(")") || w.is("'");
      if (w.is(",") && skipAside(t, k, e) > k) {
        return k;
      }
      // "inmates in a Foo, Bar prison": a comma between the parts of a place's name
      boolean placeComma = w.is(",") && t[k - 1].capitalized && k + 1 < e && t[k + 1].capitalized;
      // "patients complaining of fever, cough and headaches were admitted": a comma of a list in a participle's tail
      placeComma |= participle && w.is(",") && listGoesOn(t, k + 1, stop);
      // "elders of the camp that houses refugees were killed": a relative clause inside the tail
      boolean relative = !pastParticiple && (w.is("that") || w.is("which")) && k + 1 < e && t[k + 1].isWord()
          && !t[k + 1].has(WordFlags.FUNCTION);
      if ((w.isPunct() && !bracket && !placeComma) || (CLAUSE_WORDS.contains(w) && !relative)) {
        return j;
      }
      inRelative |= relative;
    }
    return j;
  }

  /** How many words an item of a list inside a tail may take: "fever, <b>stomach ache</b> and vomiting". */
  private static final int MAX_LIST_ITEM = 3;

  /**
   * Whether the words from {@code k} are a next item of a list: up to {@value #MAX_LIST_ITEM} plain
   * words, then "and", "or" or another comma. A verb, an auxiliary or a function word ends no item.
   */
  private static boolean listGoesOn(Token[] t, int k, int stop) {
    for (int n = k; n < stop && n <= k + MAX_LIST_ITEM; n++) {
      if (n > k && (t[n].is("and") || t[n].is("or") || t[n].is(","))) {
        return true;
      }
      if (!t[n].isWord() || t[n].has(WordFlags.FUNCTION) || t[n].has(WordFlags.AUXILIARY)
          || Lexicon.PREDICATES.match(t, n, stop) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb of saying at {@code j} after the people is their own saying, no tail of them:
   * "fighters said to be loyal to the chief", "men believed by residents to be militants" are
   * tails, but in "a spokesman said police had arrested five suspects" the spokesman says it.
   */
  private static boolean sayerSaid(Token[] t, int j, int e) {
    return SAYING_TAILS.contains(t[j]) && !(j + 1 < e && (t[j + 1].is("to") || t[j + 1].is("by")));
  }

  /**
   * Whether the article at {@code k}, inside the tail that starts at {@code j}, follows a word that
   * takes no noun after it in a tail, which is then a verb with its object: "people inside <b>heard
   * the</b> blast". A preposition, a conjunction or the first word of the tail may come before an
   * article, as "on board" may ("passengers on board the ferry"), and so may a participle: "men
   * guarding the gate".
   */
  private static boolean crossedVerb(Token[] t, int j, int k) {
    if (!ARTICLES.contains(t[k]) || k - 1 <= j) {
      return false;
    }
    Token before = t[k - 1];
    return before.isWord() && !before.isNumber() && !before.has(WordFlags.FUNCTION)
        && !POST_MODIFIER_STARTS.contains(before) && !PREPOSITIONS.contains(before) && !BEFORE_ARTICLES.contains(before)
        && !before.lower.endsWith("ing");
  }

  /**
   * Steps over a share in brackets after a count, "(48%)", "(33 per cent)": the count goes on to its verb. Returns
   * {@code j} when none stands there.
   */
  static int skipShare(Token[] t, int j, int e) {
    if (j + 3 >= e || !t[j].is("(") || !t[j + 1].isNumber()) {
      return j;
    }
    int k = j + 2;
    if (t[k].is("%")) {
      k++;
    } else if (t[k].is("per") && k + 1 < e && t[k + 1].is("cent") || t[k].is("percent")) {
      k += t[k].is("per") ? 2 : 1;
    } else {
      return j;
    }
    return k < e && t[k].is(")") ? k + 1 : j;
  }

  /**
   * Steps over an aside after the people counted: ", including two children,", "(13 civilians)",
   * "-- all members of one family --", ", most of them children,", or a lone comma before "were".
   */
  static int skipAside(Token[] t, int j, int e) {
    if (j < e && t[j].is("including")) {
      return skipIncluding(t, j, e);
    }
    if (j + 1 < e && t[j].is(",") && t[j + 1].is("including")) {
      int after = skipIncluding(t, j, e);
      if (after > j) {
        return after;
      }
    }
    if (j + 1 >= e || !(t[j].is(",") || t[j].is("(") || t[j].isDash())) {
      return j;
    }
    int unclosed = t[j].is(",") ? unclosedMostly(t, j + 1, e) : -1;
    if (unclosed > 0) {
      return unclosed;
    }
    if (t[j].is(",") && skipAuxiliaries(t, j + 1, e) >= 0) {
      return j + 1;
    }
    // an aside between dashes of any kind ends as one between commas does
    boolean dash = t[j].isDash();
    String close = t[j].is("(") ? ")" : ",";
    int from = j + 1;
    while (dash && from < e && t[from].isDash()) {
      from++; // "--" typed for a dash
    }
    boolean listed = false;
    for (int k = from; k < e && k <= j + MAX_ASIDE; k++) {
      if (dash ? t[k].isDash() : t[k].is(close)) {
        int after = k + 1;
        while (dash && after < e && t[after].isDash()) {
          after++;
        }
        if (listed && !listedPeople(t, j + 1, k)) {
          return j;
        }
        if (skipAuxiliaries(t, after, e) >= 0) {
          return after;
        }
        if (close.equals(")") && after < e && t[after].is("and") && listedPeople(t, j + 1, k)) {
          // "nine children (five boys and four girls) and a woman were killed": a second group follows the aside
          return after;
        }
        if (!listedPeople(t, j + 1, k) || after >= e) {
          return j;
        }
        listed = true;
        if (FINITE.contains(t[after])) {
          // "three victims, a woman of 40, a man of 52 and a boy of nine, were flown out", as
          // between dashes or brackets: "five people (three men and two women) were shot"
          return after;
        }
        if (!close.equals(",")) {
          return j;
        }
        continue;
      }
      if (t[k].is(".") || t[k].is(";")) {
        return j;
      }
    }
    return j;
  }

  /** Adverbs that open an aside on who most of the people counted were: ", mainly traders and porters". */
  private static final TokenSet MOSTLY = TokenSet.of("mostly", "mainly", "largely", "chiefly", "primarily");
  /** How many words such an aside may take before the participle it runs into. */
  private static final int MAX_MOSTLY = 8;

  /**
   * Returns where the participle stands after an aside on who most of the people were that the writer left
   * unclosed, at {@code k}: "counted 31 people, mainly traders and porters<b> killed</b> in the crossfire"; or -1
   * when none ends so. The aside names only people ("traders and porters", "young men").
   */
  private static int unclosedMostly(Token[] t, int k, int e) {
    if (k >= e || !MOSTLY.contains(t[k])) {
      return -1;
    }
    boolean people = false;
    for (int n = k + 1; n < e && n <= k + MAX_MOSTLY; n++) {
      PhraseTable.Match m = Lexicon.PREDICATES.match(t, n, e);
      if (m != null && !Lexicon.isPeople(t[n]) && people) {
        return n;
      }
      if (!t[n].isWord() || t[n].has(WordFlags.AUXILIARY)) {
        return -1;
      }
      people |= Lexicon.isPeople(t[n]);
    }
    return -1;
  }

  /** Whether tokens {@code [from, to)} list people without a verb: "a 25-year-old man, a 26-year-old man". */
  private static boolean listedPeople(Token[] t, int from, int to) {
    boolean people = false;
    for (int k = from; k < to; k++) {
      if (t[k].has(WordFlags.AUXILIARY) || CLAUSE_WORDS.contains(t[k]) || t[k].is("whom")
          || Lexicon.PREDICATES.match(t, k, to) != null) {
        return false;
      }
      people |= Lexicon.isPeople(t[k]) || t[k].capitalized;
    }
    return people;
  }

  /** Returns the end of the people after an action at {@code i} ("5 people", "12"), or null if none. */
  static People object(Token[] t, int i, int e) {
    Quantity q = QuantityParser.parse(t, i, e);
    if (q == null) {
      return null;
    }
    People p = People.afterCount(t, q, e);
    return p != null || (q.need == Quantity.Need.NONE && endsObject(t, q.end, e)) ? PEOPLE_FOUND : null;
  }

  /** Prepositions that open a participle's short tail of place before "and": "pulled from the water and". */
  private static final TokenSet PARTICIPLE_TAILS = TokenSet.of("from", "out", "off");
  /** How many words a participle's tail may take before its "and". */
  private static final int MAX_PARTICIPLE_TAIL = 4;

  /**
   * Returns the "and" that ends a participle's short tail of place opening at {@code i} ("from the water
   * and", "out of the wreckage and"), or -1: plain words only, no number, no outcome of their own.
   */
  private static int participleTailAnd(Token[] t, int i, int e) {
    if (i >= e || !PARTICIPLE_TAILS.contains(t[i])) {
      return -1;
    }
    for (int k = i + 1; k < e && k <= i + MAX_PARTICIPLE_TAIL; k++) {
      if (t[k].is("and")) {
        return k > i + 1 && k + 1 < e ? k : -1;
      }
      if (!t[k].isWord() || NumberWords.isNumberWord(t[k].lower) || Lexicon.PREDICATES.match(t, k, e) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Words of a harm a person survives hurt, not rescued: "two victims survived the shooting". */
  private static final TokenSet HARMS = TokenSet.of("shot", "shooting", "shootings", "stabbed", "stabbing", "wounded",
      "injured", "hurt", "attack", "attacks", "gunfire", "wounds", "injuries", "victims", "victim", "bombing", "blast",
      "assault", "beating", "surgery", "critical", "serious", "cancer", "disease", "illness", "outbreak");
  /** How many words before the count the words of a harm are looked for. */
  private static final int HARM_WINDOW = 20;

  /**
   * Whether "survived" at a count tells people who lived through a harm, hurt ("two victims survived the shooting"),
   * rather than the living of a wreck or a sinking ("of the 120 aboard, 93 survived"), who are rescued.
   */
  private static boolean survivedHarm(Token[] t, int begin, int e) {
    return Sentences.containsAny(t, Math.max(0, begin - HARM_WINDOW), e, HARMS);
  }

  /**
   * Returns the index of the "and" that ends a short tail of an object of a killing verb ("killed a
   * judge <b>allied with the rebels</b> and ...", "killed the chief <b>of the village</b> and ..."),
   * or -1 if the words at {@code j} are no such tail. The tail starts with a preposition or
   * "allied", "loyal", "linked", "affiliated", "belonging", and holds only plain words: no number,
   * no clause word, no casualty verb and no punctuation but an apostrophe or a hyphen; the word
   * after the "and" is not capitalised.
   */
  static int objectTail(Token[] t, int j, int e) {
    if (j >= e || !TAIL_STARTS.contains(t[j])) {
      return -1;
    }
    int stop = Math.min(e - 1, j + MAX_OBJECT_TAIL);
    for (int k = j + 1; k < stop; k++) {
      Token w = t[k];
      if (w.is("and")) {
        // "near Kano and Janko Hill": after a tail, a capitalised word names a place as often as a person
        return k + 1 < e && !t[k + 1].capitalized ? k : -1;
      }
      if (w.is("(") && k + 2 < stop && t[k + 1].capitalized && t[k + 2].is(")")) {
        // "a leader of the Green Party (GP) and his nephew": the name's acronym
        k += 2;
        continue;
      }
      boolean mark = w.is("'") || w.is("-");
      if ((!w.isWord() && !mark) || w.has(WordFlags.NUMBER_WORD) || w.lower.chars().anyMatch(Character::isDigit)
          || CLAUSE_WORDS.contains(w) || Lexicon.PREDICATES.match(t, k, e) != null
          || Lexicon.ACTIONS.match(t, k, e) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** "a couple", "an elderly couple": two people, not one; "a couple of" is left as it is. */
  static Quantity couple(Token[] t, Quantity q, People p, int e) {
    boolean couple = p != null && q.need == Quantity.Need.SINGULAR_NOUN && t[p.end - 1].is("couple")
        && !(p.end < e && t[p.end].is("of"));
    return couple ? new Quantity(q.begin, q.end, CasualtyCount.exactly(2), Quantity.Need.NONE) : q;
  }

  static boolean endsObject(Token[] t, int j, int e) {
    if (j >= e) {
      return true;
    }
    Token n = t[j];
    if (n.is("of")) {
      // "dozens of cows" counts no one; "six of his comrades", "five of the crew" count people
      return j + 1 < t.length && OF_OWNERS.contains(t[j + 1]);
    }
    // "wounded 11 close to the camp": a place follows as after "near"
    boolean closeTo = n.is("close") && j + 1 < t.length && t[j + 1].is("to");
    return n.isPunct() || n.has(WordFlags.STOP) || n.is("more") || n.is("others") || closeTo;
  }

  /** Steps over ", including two children," or "including six soldiers" inside a subject. */
  private static int skipIncluding(Token[] t, int j, int e) {
    int k = j < e && t[j].is(",") ? j + 1 : j;
    if (k >= e || !(t[k].is("including") || t[k].is("among"))) {
      return j;
    }
    int firstComma = -1;
    for (int n = k + 1; n < e && n <= k + MAX_ASIDE; n++) {
      if (t[n].is(".") || t[n].is(";")) {
        break;
      }
      if (t[n].is(",")) {
        // the aside ends at the comma after which the predicate comes
        if (skipAuxiliaries(t, n + 1, e) >= 0) {
          return n + 1;
        }
        if (n + 1 < e && FINITE.contains(t[n + 1]) && countBeforePredicate(t, n + 2, e)) {
          // "20 people, including six children, were buried on Monday and 35 more were treated": the aside ends
          // where its people's own verb comes, though it tells no casualty, when another count comes before the
          // next predicate ("have been waylaid and killed" is the people's own)
          return n + 1;
        }
        firstComma = firstComma < 0 ? n + 1 : firstComma;
        continue;
      }
      boolean predicate = Lexicon.PREDICATES.match(t, n, e) != null && !Lexicon.isPeople(t[n]);
      if (predicate || (t[n].has(WordFlags.AUXILIARY) && n > k + 2 && skipAuxiliaries(t, n, e) >= 0)) {
        return n;
      }
    }
    return firstComma < 0 ? j : firstComma;
  }

  /** Whether a number comes from {@code from} on, in the sentence, before any predicate. */
  private static boolean countBeforePredicate(Token[] t, int from, int e) {
    for (int k = from; k < e && k <= from + MAX_ASIDE; k++) {
      if (t[k].is(".") || t[k].is(";") || Lexicon.PREDICATES.match(t, k, e) != null) {
        return false;
      }
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a participle at {@code k} tells how "to death" came: "were charred to death", "was
   * mauled to death"; "scared to death" tells of no death.
   */
  private static boolean toDeath(Token[] t, int k, int e) {
    return k + 2 < e && t[k + 1].is("to") && t[k + 2].is("death") && t[k].isWord()
        && (t[k].lower.endsWith("ed") || t[k].lower.endsWith("t") || t[k].lower.endsWith("en"))
        && !FEARED_TO_DEATH.contains(t[k]);
  }

  /** Returns the index of the predicate after auxiliaries ("were", "have been", "critically"), or -1. */
  static int skipAuxiliaries(Token[] t, int j, int e) {
    int stop = Math.min(e, j + MAX_AUXILIARIES + 1);
    for (int k = j; k < stop; k++) {
      PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, e);
      if (m != null && Lexicon.ABDUCTED.contains(t[k])) {
        if (afterRelativePronoun(t, k)) {
          m = null; // "two men who kidnapped a shopkeeper were arrested": the captors, in the active voice
        } else {
          int fate = fateAfterAbduction(t, m, e);
          if (fate >= 0) {
            return fate;
          }
        }
      }
      if (m != null) {
        return k;
      }
      if (t[k].is("[")) {
        k = closing(t, k, e, "]");
        if (k < 0) {
          return -1;
        }
        continue;
      }
      if (t[k].is("by") && k > j && SAYING.contains(t[k - 1])) {
        // "were said by residents to have been shot": the sayer stands between the verbs
        int to = raisedTo(t, k, e);
        if (to < 0) {
          return -1;
        }
        stop = Math.min(e, stop + to - k);
        k = to;
        continue;
      }
      int tailAnd = t[k].lower.endsWith("ed") ? participleTailAnd(t, k + 1, e) : -1;
      if (tailAnd > 0) {
        // "seven people were pulled from the water and taken to hospital": a first participle with its place
        stop = Math.min(e, stop + tailAnd - k);
        k = tailAnd;
        continue;
      }
      boolean and = t[k].is("and") && k > j
          && (Lexicon.AND_AFTER.contains(t[k - 1]) || t[k - 1].lower.endsWith("ed"));
      boolean participle = t[k].lower.endsWith("ed") && k + 1 < e && t[k + 1].is("and")
          || toDeath(t, k, e);
      boolean comma = t[k].is(",") && k > j;
      boolean manner = k > j && BE_HAVE.contains(t[k - 1]) && adverb(t[k]); // "were safely evacuated"
      if (!and && !participle && !comma && !manner && !t[k].has(WordFlags.AUXILIARY)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether "who" or "that", maybe with an adverb in "-ly" after it, stands right before token {@code k}: "two men
   * who (reportedly) kidnapped a shopkeeper" tells the doers in the active voice.
   */
  static boolean afterRelativePronoun(Token[] t, int k) {
    int before = k > 0 && t[k - 1].lower.endsWith("ly") ? k - 2 : k - 1;
    return before >= 0 && (t[before].is("who") || t[before].is("that"));
  }

  /**
   * Returns the predicate of what became of people abducted, told after the abduction {@code m} ("were abducted and
   * killed", "abducted, tortured and killed"), or -1 when none is told.
   */
  private static int fateAfterAbduction(Token[] t, PhraseTable.Match m, int e) {
    if (m.category != CasualtyCategory.MISSING || m.end + 1 >= e || !(t[m.end].is("and") || t[m.end].is(","))) {
      return -1;
    }
    int later = skipAuxiliaries(t, m.end + 1, e);
    PhraseTable.Match fate = later < 0 ? null : Lexicon.PREDICATES.match(t, later, e);
    return fate != null && fate.category != CasualtyCategory.MISSING ? later : -1;
  }

  /** Forms of "be" and "have" a manner adverb may follow among the auxiliaries. */
  private static final TokenSet BE_HAVE = TokenSet.of(
      "were", "was", "are", "is", "been", "being", "be", "have", "has", "had");

  /**
   * Whether a token is a manner adverb that may stand among the auxiliaries, "were <b>safely</b>
   * evacuated": a lower-case word of five letters or more ending in "-ly".
   */
  static boolean adverb(Token t) {
    return t.kind == Token.Kind.WORD && !t.capitalized && t.lower.length() >= 5 && t.lower.endsWith("ly");
  }

  /**
   * Whether a predicate's words deny what befell the people: "suffered <b>no</b> injuries". The
   * missing are told by a denial ("have <b>not</b> been traced"), which the caller lets stand.
   */
  private static boolean deniedInside(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t[k].is("no") || t[k].is("not") || t[k].is("without")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the auxiliaries right before the predicate at {@code k} deny it: "two adults in the car
   * were not injured", "three customers who weren't hurt" count people unhurt, no figure.
   */
  static boolean negated(Token[] t, int k) {
    for (int n = k - 1; n >= Math.max(0, k - MAX_AUXILIARIES); n--) {
      String w = t[n].lower;
      if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n\u2019t")) {
        return true;
      }
      if (!t[n].has(WordFlags.AUXILIARY)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns the index of the "to" of "to have been" or "to be" after a sayer ("by residents and a
   * journalist"), so that the caller steps on from there, or -1 when none follows soon.
   */
  private static int raisedTo(Token[] t, int k, int e) {
    for (int n = k + 1; n + 1 < e && n <= k + MAX_AUXILIARIES; n++) {
      if (t[n].is("to") && (t[n + 1].is("have") || t[n + 1].is("be"))) {
        return n - 1;
      }
      if (t[n].isPunct() || Lexicon.PREDICATES.match(t, n, e) != null) {
        return -1;
      }
    }
    return -1;
  }

  private static int closing(Token[] t, int k, int e, String close) {
    for (int n = k + 1; n < e && n <= k + MAX_AUXILIARIES; n++) {
      if (t[n].is(close)) {
        return n;
      }
    }
    return -1;
  }

  static String who(People p) {
    return p == null ? null : p.who;
  }
}
