package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * The active voice: a verb of harm and the people it counts after it, "killing 10 civilians",
 * "wounded 19 others", "killed 5 and wounded 12", "killed three soldiers, eight civilians and two
 * police", "the deaths of two men". Stateless.
 */
final class ActionRules {
  /**
   * Verbs of intent or attempt before "to" and a killing verb: "tried to kill", "threatened to kill"; and
   * words of a capacity, not a deed: "enough poison to kill 40 people".
   */
  private static final TokenSet INTENT = TokenSet.of("enough", "sufficient",
      "tried", "trying", "try", "tries", "attempted", "attempting", "attempt", "attempts", "threatened", "threatening",
      "threaten", "threatens", "planned", "planning", "plan", "plans", "plotted", "plotting", "plot", "wanted",
      "wanting", "want", "wants", "intended", "intending", "intend", "intends", "vowed", "vowing", "vow", "vows",
      "conspired", "conspiring", "conspiracy", "sought", "seeking", "seek", "hoped", "hoping", "aimed", "aiming");
  /** "freed", a rescue only when rescuers did it: see {@link #doersBefore}. */
  private static final TokenSet FREED = TokenSet.of("freed", "freeing");
  /** Who frees captives in a rescue: "troops freed 46 hostages". */
  static final TokenSet RESCUERS = TokenSet.of(
      "police", "troops", "soldiers", "army", "forces", "military", "operatives", "officers", "commandos", "navy",
      "marines", "agents", "personnel", "policemen", "gendarmes", "rescuers");
  /** "admitted", a stay in hospital only when a hospital did it: see {@link #doersBefore}. */
  private static final TokenSet ADMITTED = TokenSet.of("admitted", "admitting", "admits");
  /** How many words may stand between the doers and their verb: "security forces on Sunday freed". */
  private static final int MAX_DOER_GAP = 6;
  private static final TokenSet REFLEXIVES = TokenSet.of("himself", "herself", "themselves");
  private static final TokenSet NOT_SOMEONE = TokenSet.of(
      "lot", "number", "total", "third", "quarter", "half", "record", "bill", "deal", "plan", "proposal",
      "motion", "idea", "project", "programme", "program", "chance", "bit", "part", "portion", "majority",
      "minority", "handful", "couple", "few", "dozen", "score", "hundred", "thousand", "million",
      "further", "combined", "reported", "estimated", "possible", "day", "week", "month", "year",
      "time", "story", "rumor", "rumour", "tree", "fish", "dog", "cat", "cow", "goat", "bird", "horse",
      "leg", "arm", "hand", "knee", "back", "head", "foot", "shoulder", "ankle", "wrist",
      "team", "group", "delegation", "convoy", "patrol", "unit", "squad", "mission", "crowd",
      // what is executed or carried out: "forces executed an operation", "executed a warrant"
      "operation", "raid", "order", "warrant", "search", "strike", "attack", "task", "transfer", "contract",
      "manoeuvre", "maneuver", "sweep", "crackdown");

  /** People sought who are not missing: a crime's doers, runaways, the dead. */
  private static final TokenSet SOUGHT_ELSE = TokenSet.of("gunmen", "gunman", "suspects", "suspect", "attackers",
      "attacker", "assailants", "assailant", "robbers", "robber", "shooters", "shooter", "men", "man", "males",
      "thieves", "burglars", "bandits", "militants", "fighters", "jihadists", "escapees", "fugitives", "inmates",
      "prisoners", "kidnappers", "abductors", "perpetrators", "culprits", "bodies", "body", "remains", "victims",
      "workers", "staff", "volunteers", "candidates", "donors", "killer", "killers", "teens", "juveniles",
      "teenagers", "driver", "drivers", "motorist", "witnesses", "witness");

  /** Searchers who look for the doers of a crime, not for the missing. */
  private static final TokenSet LAW = TokenSet.of("police", "officers", "investigators", "detectives", "deputies",
      "troopers", "sheriff", "cops", "manhunt", "fbi", "forces", "troops", "soldiers", "army");
  /** Who searches for the lost, not for a suspect or a hire: "search teams are looking for a porter". */
  private static final TokenSet SEARCH_PARTIES = TokenSet.of("rescuers", "divers", "searchers", "teams", "crews",
      "lifeguards", "coastguard", "firefighters", "volunteers");
  /** How far before a search its searchers are looked for. */
  private static final int SEARCHERS_WINDOW = 12;

  /** Whether the law searches at {@code i}: a word of it shortly before that is not a claimant ("police said"). */
  private static boolean lawSearches(Token[] t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - SEARCHERS_WINDOW) && !t[k].is(".") && !t[k].is("?") && !t[k].is("!"); k--) {
      if (LAW.contains(t[k]) && !Lexicon.SAY_VERBS.contains(t[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the action at {@code i} is a search ("searching for", "search for", "looking for"). */
  private static boolean searched(Token[] t, int i, PhraseTable.Match m) {
    for (int k = i; k < m.end; k++) {
      if (t[k].lower.startsWith("search") || t[k].lower.startsWith("look")) {
        return true;
      }
    }
    return false;
  }

  /** How far after an abduction's object an "and" may open the killing of the abducted. */
  private static final int FATE_WINDOW = 12;

  /** How many tokens back the people "more" counts more of are looked for. */
  private static final int MORE_OF_BACK = 12;

  /**
   * Whether people are counted before the verb at {@code i}, back to a full stop, whom a bare "N more" counts more of:
   * "displaced 4,500 people and affected 20,000 more"; "destroyed 400 homes and affected 2,000 more" counts homes.
   */
  private static boolean peopleBefore(Token[] t, int i) {
    for (int n = i - 1; n >= 0 && n >= i - MORE_OF_BACK && !t[n].is("."); n--) {
      if (t[n].isWord() && n > 0 && (t[n - 1].isNumber() || NumberWords.isNumberWord(t[n - 1].lower))) {
        return Lexicon.isPeople(t[n]); // the noun of the last count before the verb
      }
    }
    return false;
  }

  /**
   * Whether an "and" soon after {@code j} opens a killing ("abducted two teachers <b>and later
   * beheaded them</b>", "<b>and shot him dead</b>"): the captives' fate, told in the same clause.
   */
  private static boolean killedAfter(Token[] t, int j, int e) {
    for (int k = j; k < Math.min(e, j + FATE_WINDOW); k++) {
      if (!t[k].is("and")) {
        continue;
      }
      for (int n = k + 1; n < Math.min(e, k + 4); n++) {
        PhraseTable.Match m = Lexicon.ACTIONS.match(t, n, e);
        if (m != null && m.category == CasualtyCategory.KILLED && othersCounted(t, m.end, e)) {
          return false; // "abducted 25 villagers and killed 11 others": the dead are a group of their own
        }
        if (m != null && m.category == CasualtyCategory.KILLED || t[n].is("shot") && n + 2 < e && t[n + 2].is("dead")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a count of its own follows the killing verb ending at {@code j}, not a part of the people
   * before: "and killed 11 others", "and killed three guards" (but "and killed two of them").
   */
  private static boolean othersCounted(Token[] t, int j, int e) {
    Quantity q = QuantityParser.parse(t, j, e);
    if (q == null || q.need == Quantity.Need.SINGULAR_NOUN || q.end >= e) {
      return false;
    }
    return !(t[q.end].is("of") || t[q.end].is("among")) && (t[q.end].is("others") || Lexicon.isPeople(t[q.end])
        || People.afterCount(t, q, e) != null);
  }

  /**
   * Returns the end of a day told between a verb and the count it acts on ("killed on Sunday at
   * least 11 villagers", "wounding yesterday 14 others", "for killing on August 25 some 30 people"),
   * else {@code j}: a weekday or a time of day, or a month and its day, after an optional "on" or
   * "last", three words at most.
   */
  private static int afterWhen(Token[] t, int j, int e) {
    int k = j < e && (t[j].is("on") || t[j].is("last")) ? j + 1 : j;
    int start = k;
    while (k < e && k - start < 3) {
      if (Lexicon.isWeekdayOrTime(t[k]) || QuantityParser.isMonth(t[k].lower)) {
        k++;
      } else if (k > start && t[k].isNumber() && QuantityParser.isMonth(t[k - 1].lower) && t[k].lower.length() <= 2) {
        k++; // "on August 25"
      } else if (k == start && t[k].isNumber() && t[k].lower.length() <= 2 && k + 1 < e && QuantityParser.isMonth(t[k + 1].lower)) {
        k += 2; // "on 25 August"
      } else {
        break;
      }
    }
    return k > start ? k : j;
  }

  /** The verb of a loss, which counts the dead only of the people in {@link #LOST_TO_DEATH}. */
  static final TokenSet LOST = TokenSet.of("lost", "losing");
  /**
   * People whose loss is their death, counted: "the army lost 23 soldiers", "a mother who lost two children". One
   * person lost is too often a loss feared or of long ago ("nothing is worse than losing a child"), and people lost
   * by a firm or a school ("lost 200 people", "lost 12 officers") leave it.
   */
  private static final TokenSet LOST_TO_DEATH = TokenSet.of("soldiers", "troops", "servicemen", "fighters", "men",
      "children", "sons", "daughters", "relatives", "brothers", "sisters", "civilians", "policemen", "lives",
      "firefighters", "comrades", "grandchildren");
  /** Words after the people lost that say where they went, or which ones: "lost 12 men <b>to</b> red cards". */
  private static final TokenSet LOST_ELSEWHERE = TokenSet.of("to", "from", "who", "that", "which");
  /** What a loss "to" may be a death by: "lost two sons to the fighting", "lost 12 men to sniper fire". */
  private static final TokenSet DEATH_CAUSES = TokenSet.of("fire", "gunfire", "violence", "war", "fighting",
      "shelling", "bombing", "bombings", "attacks", "airstrikes", "strikes", "snipers", "disease", "cholera",
      "covid", "covid-19", "floods", "flooding", "landmines", "mines", "drones", "cancer", "malaria", "hunger");

  /**
   * Whether a loss of the people ending at {@code end} tells their death: people of {@link #LOST_TO_DEATH}, or any
   * people lost "in" an incident named within a few words ("the village lost 12 residents in the flood").
   */
  private static boolean lostToDeath(Token[] t, int end, int e) {
    if (!LOST_TO_DEATH.contains(t[end - 1])) {
      return Lexicon.isPeople(t[end - 1]) && end < e && t[end].is("in") && lostInIncident(t, end + 1, e);
    }
    if (end >= e || !LOST_ELSEWHERE.contains(t[end])) {
      return true;
    }
    if (!t[end].is("to")) {
      return false; // "lost 12 men who defected", "lost five men that day in 1968"
    }
    for (int k = end + 1; k < e && k <= end + 4 && !t[k].isPunct(); k++) {
      if (DEATH_CAUSES.contains(t[k])) {
        return true; // "lost two sons to the fighting"
      }
    }
    return false;
  }

  /** Whether an incident's noun ({@link Lexicon#ONE_INCIDENT}, {@link #LOSS_INCIDENTS}) comes within three words of {@code k}. */
  private static boolean lostInIncident(Token[] t, int k, int e) {
    for (int j = k; j < e && j < k + 3 && !t[j].isPunct(); j++) {
      if (Lexicon.ONE_INCIDENT.contains(t[j]) || LOSS_INCIDENTS.contains(t[j])) {
        // the incident's own noun: not "the crash of its shares", "the fire sale", "the price war"
        boolean named = j + 1 >= e || !(t[j + 1].is("of") || t[j + 1].is("sale") || t[j + 1].is("sales"));
        return named && !(j > k && BUSINESS.contains(t[j - 1]));
      }
    }
    return false;
  }

  /** Words before an incident's noun that make it business: "the price war", "a market crash". */
  private static final TokenSet BUSINESS = TokenSet.of("price", "trade", "bidding", "market", "stock", "tariff",
      "budget", "talent", "ratings", "share", "currency");

  /** Incidents besides {@link Lexicon#ONE_INCIDENT} that people are lost in: "lost four colleagues in the blast". */
  private static final TokenSet LOSS_INCIDENTS = TokenSet.of("blast", "explosion", "bombing", "ambush", "raid",
      "massacre", "landslide", "fire", "sinking", "capsizing", "accident", "stampede", "airstrike", "floods",
      "disaster", "tragedy");

  /** Words before a body that count it already: "<b>another</b> body of a child", "one <b>more</b> body". */
  private static final TokenSet BODY_COUNTED = TokenSet.of("another", "more");

  /**
   * Whether "body of" at {@code i} follows a count of the body that the rules of deaths read ("another body of a
   * child was found" is one dead, told once), so the person after "of" is no second figure.
   */
  private static boolean countedBody(Token[] t, int i) {
    return i > 0 && (t[i].is("body") || t[i].is("bodies")) && (BODY_COUNTED.contains(t[i - 1]) || t[i - 1].isNumber()
        || NumberWords.isNumberWord(t[i - 1].lower));
  }

  /** Words of a business's disruption, which affects its people without harming them. */
  private static final TokenSet DISRUPTIONS = TokenSet.of("cancelled", "canceled", "cancelling", "canceling",
      "cancellation", "cancellations", "closure", "closures", "close", "closing", "shut", "shutting", "strike",
      "strikes", "outage", "outages", "delay", "delays", "delayed", "layoffs", "redundancies", "cuts", "branches",
      "flights", "disruption", "disruptions", "walkout");
  /** How far before the verb a disruption's word is looked for. */
  private static final int DISRUPTION_REACH = 20;
  /**
   * People a business serves or employs, whom a cancellation, a closure or a strike (a word of {@link #DISRUPTIONS}
   * in the sentence) "affects": no casualties of a disaster ("cancelled 800 flights, affecting 150,000 passengers").
   */
  private static final TokenSet CLIENTELE = TokenSet.of("passengers", "travellers", "travelers", "customers", "staff",
      "employees", "workers", "users", "subscribers", "clients", "shoppers", "commuters", "jobs", "policyholders",
      "borrowers", "investors", "shareholders", "accounts", "flights");

  /** "killing 10 civilians", "wounded 19 others", "killed 5 and wounded 12", "the deaths of two men". */
  static void action(Token[] t, int i, int e, List<Candidate> out) {
    PhraseTable.Match m = Lexicon.ACTIONS.match(t, i, e);
    if (m == null || MixedOutcomes.joinedOutcome(t, i, m, e) || intended(t, i) || CourtsAndSieges.sentenced(t, i, i)
        || m.end == i + 1 && t[i].is("rescue") && !achieved(t, i)
        || FREED.contains(t[i]) && !doersBefore(t, i, RESCUERS) || ADMITTED.contains(t[i]) && !doersBefore(t, i, Lexicon.CARE_NOUNS)
        || Lexicon.filmed(t, i, e) || countedBody(t, i)
        // "charged with kidnapping two businessmen", "accused of abducting a girl": a charge, not a count of the missing
        // and "two men who kidnapped a shopkeeper were arrested" tells of the captors
        || m.category == CasualtyCategory.MISSING && i > 0 && (t[i - 1].is("with") || t[i - 1].is("of") || t[i - 1].is("for")
        || CasualtyRules.afterRelativePronoun(t, i))) {
      return;
    }
    int j = m.end;
    if (j + 2 < e && t[j].is(",") && t[j + 1].has(WordFlags.QUANTITY_FIRST) && qualifierInCommas(t, j + 1, e)) {
      j++; // "killed, at least, seven people"
    }
    boolean possessive = false;
    if (j + 3 <= e && t[j].is("a") && t[j + 1].is("total") && t[j + 2].is("of")) {
      j += 3;
    } else if (j < e && t[j].is("all")) {
      j++;
    } else if (j + 2 < e && t[j].is("the") && (t[j + 1].isNumber() || NumberWords.isNumberWord(t[j + 1].lower))
        && Lexicon.isPeople(t[j + 2]) && !(i > 0 && t[i - 1].is("to"))) {
      // "security forces killed the three assailants": the people told by a number after the article
      // ("vowed to arrest the two suspects" is no arrest)
      j++;
    } else if (m.category == CasualtyCategory.KILLED && j + 2 < e && REFLEXIVES.contains(t[j])
        && t[j + 1].is("and")) {
      // "killing himself and five others": the attacker is not counted, as in "before killing himself"
      j += 2;
    } else if (j + 1 < e && Lexicon.POSSESSIVES.contains(t[j]) && QuantityParser.parse(t, j + 1, e) != null) {
      // "killed his two sons", "killing her 2 passengers": the people the verb acts on, told now
      j++;
      possessive = true;
    }
    boolean noOne = j < e && (t[j].is("nobody") || t[j].is("no-one")) || j + 1 < e && t[j].is("no") && t[j + 1].is("one");
    if (noOne && m.category != CasualtyCategory.AFFECTED && !CasualtyRules.negated(t, i) && !(i > 0 && t[i - 1].is("to"))) {
      // "the crash killed no one", "the blast injured nobody"; "they ain't hurt nobody" and "would
      // never do anything to hurt nobody" say what kind of people they are
      int end = t[j].is("no") ? j + 2 : j + 1;
      out.add(new Candidate(m.category, CasualtyCount.zero(), j, end, i, end, null, FigureRole.TOTAL, "<action> no one"));
      return;
    }
    Quantity q = QuantityParser.parse(t, j, e);
    if (q == null && !possessive) {
      int k = afterWhen(t, j, e);
      q = k > j ? QuantityParser.parse(t, k, e) : null;
    }
    if (q == null) {
      return;
    }
    People p = People.afterCount(t, q, e);
    People.Counted restated = People.restated(t, q, e);
    if (restated != null) {
      // "affected 12,460 families, or 41,300 people": the people, not the homes
      q = restated.quantity;
      p = restated.people;
    }
    if (p == null && possessive) {
      return; // "killed his 12- and 10-year-old sons": ages, not a count
    }
    if (p == null && q.need == Quantity.Need.SINGULAR_NOUN && m.category == CasualtyCategory.KILLED) {
      p = someone(t, q.end, e);
    }
    // "displaced 4,500 people and affected 20,000 more": "more" with nothing after it counts more of the people before
    boolean more = q.end < e && t[q.end].is("more") && CasualtyRules.endsObject(t, q.end + 1, e) && peopleBefore(t, i);
    if (p == null && (q.need != Quantity.Need.NONE || !CasualtyRules.endsObject(t, q.end, e)
        || m.category == CasualtyCategory.AFFECTED && !more)) {
      return;
    }
    if (BURIED.contains(t[i]) && (p == null || !THE_DEAD.contains(t[p.end - 1]))) {
      return; // "the landslide buried 30 people" tells them trapped; "residents buried 27 victims", their dead
    }
    int end = p == null ? q.end : p.end;
    q = CasualtyRules.couple(t, q, p, e);
    if (p == null && q.count.word().filter("a couple"::equals).isPresent() && !(q.end < e && t[q.end].is("more"))) {
      // "a drone struck a car, injuring a couple": the pair, not "a couple of" people
      q = new Quantity(q.begin, q.end, CasualtyCount.exactly(2), Quantity.Need.NONE);
    }
    if (m.category == CasualtyCategory.MISSING && searched(t, i, m) && (p == null || p.end == 0
        || t[i].lower.startsWith("look") && !doersBefore(t, i, SEARCH_PARTIES)
        || q.count.value().isPresent() && q.count.value().getAsLong() < 2 && !doersBefore(t, i, SEARCH_PARTIES)
        || SOUGHT_ELSE.contains(t[p.end - 1]) || !Lexicon.isPeople(t[p.end - 1]) && !t[p.end - 1].is("others")
        || lawSearches(t, i))) {
      // "police are searching for two suspects", "troops searched for a gunman", "searching for 12
      // bodies", "the search for a new coach": not people missing (one person sought is too often a suspect
      // or a hire, unless rescuers seek them); "looking for" is a search only when rescuers look ("the club
      // is looking for two new strikers")
      return;
    }
    if (m.category == CasualtyCategory.AFFECTED && p != null && p.end > 0 && CLIENTELE.contains(t[p.end - 1])
        && Sentences.containsAny(t, Math.max(0, i - DISRUPTION_REACH), e, DISRUPTIONS)) {
      return; // "cancelled 800 flights, affecting 150,000 passengers": a business's people, no casualties
    }
    if (LOST.contains(t[i]) && (p == null || !lostToDeath(t, p.end, e))) {
      return; // "the party lost 12 seats", "the club lost three players to injury": no one died
    }
    if (m.category == CasualtyCategory.MISSING && killedAfter(t, end, e)) {
      return; // "kidnapped an elder and later beheaded him": what became of them is the figure
    }
    out.add(new Candidate(m.category, q.count, q.begin, q.end, i, end, CasualtyRules.who(p), FigureRole.TOTAL, "<action> <n> <people>"));
    int first = out.size() - 1;
    int and = p == null ? end : afterAboard(t, end, e); // "killing all six people aboard and one on the ground"
    boolean tail = false;
    int tailStart = and;
    boolean listed = p != null && and + 1 < e && t[and].is(",") && !CasualtyRules.EVERYONE.contains(t[p.end - 1]);
    if (listed) {
      // "killed three soldiers, eight civilians and two police": a list of groups, no "and" before the last
      and = listedObjects(t, m, and, e, out);
    }
    if (p != null && and < e && !t[and].is("and") && CasualtyRules.objectTail(t, and, e) >= 0) {
      // "killed five soldiers from the garrison and two civilians"
      and = CasualtyRules.objectTail(t, and, e);
      tail = true;
    }
    if (p != null && and + 1 < e && t[and].is("and")) {
      // "killed a woman and her two children": the second group may be the first's own
      int second = and + 2 < e && Lexicon.POSSESSIVES.contains(t[and + 1]) ? and + 2 : and + 1;
      Quantity q2 = QuantityParser.parse(t, second, e);
      People p2 = q2 == null ? null : People.afterCount(t, q2, e);
      // a group with a predicate of its own, after an auxiliary, opens a new clause: "arrested 90 people and 12
      // officers were injured" ("killed a woman and her two sons found with gunshot wounds" is one object)
      boolean ownPredicate = p2 != null && p2.end < e && FINITE_AUXILIARIES.contains(t[p2.end])
          && CasualtyRules.skipAuxiliaries(t, p2.end, e) > p2.end;
      if (p2 != null && !ownPredicate && (!tail || CasualtyRules.endsObject(t, p2.end, e))) {
        out.add(new Candidate(m.category, q2.count, q2.begin, q2.end, q2.begin, p2.end, CasualtyRules.who(p2), FigureRole.TOTAL,
            "<action> <n> <people> and <n> <people>"));
      } else if (p2 == null && tail && parallelPlace(t, tailStart, q2, e)) {
        // "killed three people in Cuba and two in Haiti": the second place's people are told by the first's noun
        out.add(new Candidate(m.category, q2.count, q2.begin, q2.end, q2.begin, q2.end + 2, CasualtyRules.who(p), FigureRole.TOTAL,
            "<action> <n> <people> <place> and <n> <place>"));
      }
    }
    if (listed && GENERAL.contains(t[p.end - 1])) {
      restatedParts(t, out, first);
    }
  }

  /** Finite auxiliaries that make a group after "and" the subject of a clause of its own: "and 12 officers were hurt". */
  private static final TokenSet FINITE_AUXILIARIES = TokenSet.of("were", "was", "are", "is", "have", "has", "had");

  /** Nouns of people a list after them may break down: "four residents, three adults and a child". */
  static final TokenSet GENERAL = TokenSet.of("people", "persons", "individuals", "residents", "victims",
      "passengers", "occupants", "villagers", "civilians", "tourists", "workers");

  /**
   * Marks as parts the groups listed after the first object at {@code first}, people told by a general noun, when
   * they add up to it: "rescued four residents, three adults and a child" restates the four, "killed three
   * soldiers, eight civilians and two police" counts more.
   */
  private static void restatedParts(Token[] t, List<Candidate> out, int first) {
    java.util.OptionalLong whole = out.get(first).count.value();
    if (whole.isEmpty() || out.size() - first < 3) {
      return;
    }
    long sum = 0;
    for (int n = first + 1; n < out.size(); n++) {
      java.util.OptionalLong v = out.get(n).count.value();
      if (v.isEmpty() || t[out.get(n).spanEnd - 1].is("others")) {
        return; // "three people, two others and a child": more people
      }
      sum += v.getAsLong();
    }
    if (sum == whole.getAsLong()) {
      for (int n = first + 1; n < out.size(); n++) {
        out.set(n, out.get(n).withRole(FigureRole.SUBTOTAL));
      }
    }
  }

  /**
   * Whether one of the {@code doers} is the subject of the verb at {@code i}: rescuers of "freed" ("police freed 23
   * kidnap victims", "security forces on Sunday freed 46 hostages", "police said they had freed nine hostages"),
   * a hospital of "admitted" ("hospitals in the western districts admitted 410 patients"). Captors free their
   * captives too ("the bandits freed 15 villagers after a ransom was paid"), which is no rescue.
   */
  private static boolean doersBefore(Token[] t, int i, TokenSet doers) {
    boolean they = false;
    int stop = Math.max(0, i - MAX_DOER_GAP);
    for (int k = i - 1; k >= stop; k--) {
      if (doers.contains(t[k])) {
        return true;
      }
      // "police said they had freed nine hostages", "the hospital said it had admitted 230 patients": the doers say
      // it of themselves, and the words
      // between them and their saying count from there ("police in Zamfara state said they had freed")
      boolean ownSaying = they && (t[k].is("said") || t[k].is("say") || t[k].is("says"));
      if (ownSaying) {
        stop = Math.max(0, k - MAX_DOER_GAP);
      }
      if (!ownSaying && (t[k].isPunct() || CasualtyRules.CLAUSE_WORDS.contains(t[k]))) {
        return false;
      }
      they |= t[k].is("they") || t[k].is("we") || t[k].is("it"); // "the hospital said it had admitted 230 patients"
    }
    return false;
  }

  /** Whether a number's qualifier set off by commas starts at {@code k}: "at least, seven" (not "another"). */
  private static boolean qualifierInCommas(Token[] t, int k, int e) {
    Quantity q = QuantityParser.parse(t, k, e);
    if (q == null || q.need != Quantity.Need.NONE) {
      return false;
    }
    for (int c = k + 1; c < q.end; c++) {
      if (t[c].is(",")) {
        return true;
      }
    }
    return false;
  }

  /** "buried", a killing only of people told dead: see {@link #THE_DEAD}. */
  static final TokenSet BURIED = TokenSet.of("buried", "burying", "bury", "buries");
  /** People nouns that tell the buried dead: "mourners buried 27 victims of the massacre". */
  private static final TokenSet THE_DEAD = TokenSet.of("victims", "victim", "dead", "martyrs");

  /** Words before "to" that make the verb after it done: "managed to rescue", "were able to rescue". */
  private static final TokenSet ACHIEVED = TokenSet.of("managed", "able");
  /** Words before "to", or right before the verb, that make the verb done as help: "helped rescue". */
  private static final TokenSet HELPED = TokenSet.of("helped", "helping", "helps");

  /**
   * Whether the bare verb at {@code i}, which news uses mostly for a purpose ("teams were sent to rescue 200
   * residents", "will rescue"), tells a deed done: "managed to rescue 12 people", "were able to save them",
   * "helped rescue nine hikers"; not after a negation ("were not able to", "never managed to").
   */
  static boolean achieved(Token[] t, int i) {
    if (i >= 1 && HELPED.contains(t[i - 1])) {
      return true;
    }
    if (i < 2 || !t[i - 1].is("to")) {
      return false;
    }
    if (HELPED.contains(t[i - 2])) {
      return true;
    }
    return ACHIEVED.contains(t[i - 2]) && !(i >= 3 && (t[i - 3].is("not") || t[i - 3].is("n't") || t[i - 3].is("never")));
  }

  /**
   * Whether the verb at {@code i} is only intended or tried, not done: "accused of trying to kill two
   * officers", "threatened to kill three people", "planned to kill 10", "enough to kill 40 people". ("Went
   * on to kill five" is done.)
   */
  private static boolean intended(Token[] t, int i) {
    return i >= 2 && t[i - 1].is("to") && (INTENT.contains(t[i - 2])
        // "enough poison to kill 40 people"; "enough time to rescue 12" tells it was done
        || i >= 3 && (t[i - 3].is("enough") || t[i - 3].is("sufficient")) && !t[i - 2].is("time"));
  }

  /**
   * Reads the groups listed by commas after an action's first object at the comma {@code k}
   * ("killed three soldiers<b>, eight civilians</b> and two police"), each one more figure, and
   * returns the index after the last, or {@code k} if none is there. A group must name its people
   * and end the object, so that a new clause ("killed three soldiers, 20 people were hurt") or an
   * aside ("two of them officers") is no group.
   */
  private static int listedObjects(Token[] t, PhraseTable.Match m, int k, int e, List<Candidate> out) {
    for (int n = 0; n < CasualtyRules.MAX_LISTED && k + 1 < e && t[k].is(","); n++) {
      People.Counted c = People.countedAt(t, k + 1, e);
      People p = c == null || c.quantity.need != Quantity.Need.NONE ? null : c.people;
      // a group names its people, or is "others": "killed three soldiers, eight civilians and two others"
      boolean others = p != null && p.end > 0 && t[p.end - 1].is("others");
      if (p == null || p.who == null && !others || CasualtyRules.skipAuxiliaries(t, p.end, e) >= 0 || !CasualtyRules.endsObject(t, p.end, e)) {
        break;
      }
      Quantity q = c.quantity;
      out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, p.end, CasualtyRules.who(p), FigureRole.TOTAL,
          "<action> <n> <people> and <n> <people>"));
      k = p.end;
    }
    return k;
  }

  /**
   * Whether a bare number after "and" is followed by the same preposition as the tail that began at
   * {@code tailStart}, then a capitalised word or "the": "in Cuba and two in Haiti", "at Kano and three
   * at Jos", "in the north and two in the south".
   */
  private static boolean parallelPlace(Token[] t, int tailStart, Quantity q2, int e) {
    return q2 != null && q2.need == Quantity.Need.NONE && q2.end + 1 < e && t[q2.end].lower.equals(t[tailStart].lower)
        && (t[q2.end + 1].capitalized || t[q2.end + 1].is("the"));
  }

  /** Returns the index after "aboard" or "on board" at {@code k}, or {@code k}. */
  private static int afterAboard(Token[] t, int k, int e) {
    if (k < e && t[k].is("aboard")) {
      return k + 1;
    }
    return k + 1 < e && t[k].is("on") && t[k + 1].is("board") ? k + 2 : k;
  }

  /**
   * Reads "a prominent ally", "an elderly monk" after a killing verb: any short noun phrase that is
   * not a thing, since one does not kill a thing.
   */
  private static People someone(Token[] t, int i, int e) {
    for (int k = i; k < e && k < i + 4; k++) {
      Token w = t[k];
      if (!w.isWord() || w.has(WordFlags.FUNCTION) || NOT_SOMEONE.contains(w) || People.isFamily(t, k, e)
          || w.has(WordFlags.NOT_PEOPLE) || Lexicon.NOT_PEOPLE.contains(w.lower + "s")) {
        return null;
      }
      if (CasualtyRules.endsObject(t, k + 1, e) || (k + 1 < e && t[k + 1].is("of"))) {
        return People.unnamed(k + 1);
      }
    }
    return null;
  }

  private ActionRules() {}
}
