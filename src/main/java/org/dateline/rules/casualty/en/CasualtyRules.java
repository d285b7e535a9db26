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
  private static final int TOLL_WINDOW = 30;
  private static final TokenSet TOLL_LINKS = TokenSet.of(
      "to", "at", "of", "reached", "hit", "is", "was", "stands", "stood", "now", "toll", "past",
      "surpassed", "exceeded", "topped", "passed", "reach", "risen", "rose", "climbed", "was", "be", "as",
      // a headline's present tense: "Gaza death toll passes 40,000", "quake toll tops 2,000"
      "passes", "tops", "surpasses", "exceeds", "reaches", "hits", "crosses", "crossed");
  /** Words before "count" or "tally" that make it a count of the dead: "the body count". */
  private static final TokenSet COUNT_OF_DEAD = TokenSet.of("body", "death", "fatality", "dead");
  /** How many words may come between the deaths counted and the verb that updates them. */
  private static final int MAX_UPDATE_GAP = 5;
  /** Nouns a "toll" names as a road's fee, not a count of the dead: "toll road", "toll booth". */
  private static final TokenSet TOLL_COMPOUNDS = TokenSet.of(
      "road", "roads", "booth", "booths", "plaza", "plazas", "gate", "gates", "bridge", "free", "fee", "fees",
      "charge", "charges", "lane", "lanes", "operator", "operators", "revenue", "revenues", "highway",
      "motorway", "tunnel", "collection", "rates", "rate");
  private static final TokenSet ZERO_WORDS = TokenSet.of("nobody", "none", "no-one");
  /** People nouns that name everyone there, so that "no people were hurt" is a zero toll, not a part's. */
  private static final TokenSet EVERYONE = TokenSet.of("people", "persons", "individuals", "person", "lives");
  private static final TokenSet ZERO_MODIFIERS = TokenSet.of(
      "immediate", "other", "further", "serious", "major", "reported", "reports", "report", "word",
      "confirmed", "known", "additional", "civilian", "human", "fatal", "life-threatening", "apparent",
      "visible", "of", "significant", "indication", "indications", "sign", "signs", "information", "new");
  private static final int MAX_POST_MODIFIER = 32;
  private static final int MAX_ASIDE = 24;
  /** How many words the tail of an object may take before the "and" that joins the next group. */
  private static final int MAX_OBJECT_TAIL = 12;
  /** How many words a prepositional tail of a relative clause's predicate may take. */
  private static final int MAX_RELATIVE_TAIL = 6;
  /** How many groups a list after the first may name. */
  private static final int MAX_LISTED = 6;
  private static final TokenSet TAIL_STARTS = TokenSet.of(
      "of", "from", "in", "at", "with", "allied", "loyal", "linked", "affiliated", "belonging");
  private static final People PEOPLE_FOUND = People.unnamed(0);
  private static final TokenSet POST_MODIFIER_STARTS = TokenSet.of(
      "of", "from", "in", "at", "near", "inside", "aboard", "belonging", "with", "under", "across", "on",
      "loyal", "believed", "thought", "suspected", "said", "linked", "affiliated", "allied", "based",
      "who", "whose", "for");
  /** Verbs of saying that start a tail only as "said to be", "believed by residents to be". */
  private static final TokenSet SAYING_TAILS = TokenSet.of("said", "believed", "thought");
  private static final TokenSet ARTICLES = TokenSet.of("the", "a", "an");
  /** "freed", a rescue only when rescuers did it: see {@link #rescuersBefore}. */
  private static final TokenSet FREED = TokenSet.of("freed", "freeing");
  /** Who frees captives in a rescue: "troops freed 46 hostages". */
  private static final TokenSet RESCUERS = TokenSet.of(
      "police", "troops", "soldiers", "army", "forces", "military", "operatives", "officers", "commandos", "navy",
      "marines", "agents", "personnel", "policemen", "gendarmes", "rescuers");
  /** How many words may stand between the rescuers and "freed": "security forces on Sunday freed". */
  private static final int MAX_RESCUER_GAP = 6;
  /** Words other than prepositions that may come before an article in a tail: "on board the ferry", "all the". */
  private static final TokenSet BEFORE_ARTICLES = TokenSet.of(
      "board", "all", "both", "half", "outside", "along", "across", "onto", "within", "throughout", "beside",
      "behind", "below", "above", "beyond", "off", "toward", "towards", "against", "via", "through", "like",
      "opposite", "inside", "aboard", "without", "amid");
  /** A place in one word after the people counted, right before their verb: "2,000 villagers downstream were moved". */
  private static final TokenSet ONE_WORD_PLACES = TokenSet.of("downstream", "upstream", "nearby");
  private static final TokenSet CLAUSE_WORDS = TokenSet.of(
      "who", "which", "that", "when", "after", "while", "as", "because", "but", "where", "whose", "if",
      "said", "says", "say", "told");
  private static final TokenSet RELATIVES = TokenSet.of("who", "that", "which");
  private static final TokenSet ANIMALS = TokenSet.of(
      "cows", "cattle", "goats", "sheep", "camels", "horses", "donkeys", "dogs", "animals", "livestock", "pigs");
  private static final TokenSet REFLEXIVES = TokenSet.of("himself", "herself", "themselves");
  /** Finite verbs that start a main clause's predicate after a relative clause. */
  private static final TokenSet FINITE = TokenSet.of("were", "was", "have", "has", "are", "is", "had");
  /** Prepositions of a place that scopes "no one": "no one on the ground", "nobody aboard the boat". */
  private static final TokenSet SCOPES = TokenSet.of("on", "in", "inside", "aboard", "at", "onboard", "outside");
  /** How many words such a place may take: "on board the second boat". */
  private static final int MAX_SCOPE_WORDS = 5;
  private static final TokenSet PREPOSITIONS = TokenSet.of(
      "in", "on", "at", "over", "from", "with", "by", "for", "near", "inside", "under");
  private static final TokenSet NOT_SOMEONE = TokenSet.of(
      "lot", "number", "total", "third", "quarter", "half", "record", "bill", "deal", "plan", "proposal",
      "motion", "idea", "project", "programme", "program", "chance", "bit", "part", "portion", "majority",
      "minority", "handful", "couple", "few", "dozen", "score", "hundred", "thousand", "million",
      "further", "combined", "reported", "estimated", "possible", "day", "week", "month", "year",
      "time", "story", "rumor", "rumour", "tree", "fish", "dog", "cat", "cow", "goat", "bird", "horse",
      "leg", "arm", "hand", "knee", "back", "head", "foot", "shoulder", "ankle", "wrist",
      "team", "group", "delegation", "convoy", "patrol", "unit", "squad", "mission", "crowd");
  private static final TokenSet LIVES_VERBS = TokenSet.of(
      "claimed", "claiming", "claim", "claims", "cost", "costing", "costs", "took", "taken", "taking", "takes");
  /** Words that qualify the deaths a number counts: "the number of <b>confirmed</b> deaths". */
  private static final TokenSet TOLL_MODIFIERS = TokenSet.of(
      "confirmed", "reported", "recorded", "registered", "known", "official", "documented", "verified");
  /** Verbs that bring a total to a new number: "<b>bringing</b> the total to 5,600". */
  private static final TokenSet RAISING = TokenSet.of("bringing", "brings", "brought", "taking", "takes", "took",
      "raising", "raises", "raised", "pushing", "pushed");
  /** Words that make a toll's rise only foreseen: "the toll <b>could</b> rise to 1,000". */
  private static final TokenSet FORESEEING = TokenSet.of("could", "may", "might", "would", "will", "expected",
      "likely", "feared", "predicted", "projected", "set");
  /** Verbs of a toll's change, in the form a modal takes: "could <b>rise</b> to", "may <b>reach</b>". */
  private static final TokenSet RISING = TokenSet.of("rise", "climb", "reach", "increase", "grow", "exceed", "top",
      "pass", "surpass", "hit", "mount", "go", "jump", "soar", "double");
  /** How many tokens before a toll's link the word that foresees it may stand: "is expected to rise to". */
  private static final int FORESEEN_WINDOW = 4;
  /** Verbs that drive people out: "forced 12,000 people to flee", "has driven 500,000 people from their homes". */
  private static final TokenSet FORCED = TokenSet.of("forced", "forcing", "forces", "force", "driven", "drove",
      "driving", "drives");
  /** Verbs that tell people to go: "ordered 30,000 residents to evacuate"; told, they are evacuated, not driven out. */
  private static final TokenSet ORDERED = TokenSet.of("ordered", "ordering", "orders", "order", "told", "telling");
  private static final TokenSet SUBTOTAL_CUES = TokenSet.of("including", "includes", "include", "included");
  /** Nouns after which "of three" counts someone's children, not casualties: "a mother of three died". */
  private static final TokenSet PARENTS = TokenSet.of(
      "mother", "father", "parent", "parents", "grandmother", "grandfather", "mum", "mom", "dad");

  private static final TokenSet BE = TokenSet.of(
      "was", "were", "is", "are", "been", "being", "be", "got", "get", "gets", "'s");
  private static final TokenSet MIXED_TOLL = TokenSet.of("injuries", "injured", "wounded", "casualties");
  private static final TokenSet OBJECT_STARTS = TokenSet.of("the", "his", "her", "their", "a", "an");
  /** Pronouns that stand for the victims after a killing verb: "two men shot and killed him". */
  private static final TokenSet OBJECT_PRONOUNS = TokenSet.of("him", "her", "them");
  /** Words of an untold part before "of the" and a counted whole: "some of the 20 passengers". */
  private static final TokenSet PARTS = TokenSet.of(
      "some", "many", "most", "several", "few", "majority", "half", "rest", "remainder", "dozens", "scores",
      "hundreds", "any", "part", "portion", "minority",
      // fractions: "nearly a third of the 600 residents were injured" counts no 600
      "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters", "fifth", "fifths", "tenth",
      "tenths");
  private static final TokenSet NOT_SUPERLATIVES = TokenSet.of(
      "arrest", "protest", "request", "interest", "inquest", "contest", "behest", "quest", "test", "west",
      "rest", "harvest", "forest", "manifest", "conquest", "bequest", "unrest");
  /** Words before a number that refer back to people counted before: "the two injured officers". */
  private static final TokenSet REFERRING = TokenSet.of(
      "the", "his", "her", "their", "its", "our", "all", "those", "these", "both");
  /** Finite verbs of dying that end a relative clause's tail on their own. */
  private static final TokenSet DIED = TokenSet.of("died", "dies", "succumbed");
  /** Verbs of saying after which "by" names the sayer before "to have been": "said by residents to have died". */
  private static final TokenSet SAYING = TokenSet.of("said", "reported", "believed", "thought", "feared", "known");
  /** Finite forms of "be" that, right after a participle, show it was no predicate: "the nine injured were". */
  private static final TokenSet FINITE_BE = TokenSet.of("were", "was", "are", "is");
  static final TokenSet HAVE = TokenSet.of("have", "has", "had");
  private static final TokenSet OF_OWNERS = TokenSet.of("his", "her", "their", "its", "our", "the", "them");

  /** Participles before "to death" that tell of fear or boredom, not of a death. */
  private static final TokenSet FEARED_TO_DEATH = TokenSet.of(
      "scared", "frightened", "terrified", "bored", "worried", "tickled", "loved");
  /** Verbs of a court's sentence: "sentenced 14 people to death" counts no dead. */
  private static final TokenSet SENTENCING = TokenSet.of(
      "sentenced", "sentencing", "sentences", "sentence", "condemned", "condemning", "condemns", "condemn");
  /** How many words before the people counted a sentencing verb may stand. */
  private static final int SENTENCE_WINDOW = 3;

  /** Verbs of intent or attempt before "to" and a killing verb: "tried to kill", "threatened to kill". */
  private static final TokenSet INTENT = TokenSet.of(
      "tried", "trying", "try", "tries", "attempted", "attempting", "attempt", "attempts", "threatened", "threatening",
      "threaten", "threatens", "planned", "planning", "plan", "plans", "plotted", "plotting", "plot", "wanted",
      "wanting", "want", "wants", "intended", "intending", "intend", "intends", "vowed", "vowing", "vow", "vows",
      "conspired", "conspiring", "conspiracy", "sought", "seeking", "seek", "hoped", "hoping", "aimed", "aiming");

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

  /**
   * "At least six people died", "37 were wounded", "10 soldiers and 15 civilians were killed", "12 deaths".
   *
   * @param h {@link Head#at Head.at(t, i, e)}, which the caller reads once for this rule and {@link
   *     ShootingRules#shotSubject}
   */
  static void subject(Token[] t, int i, int e, Head h, List<Candidate> out) {
    if (h == null || (h.people == null && i >= 2 && t[i - 1].is("of") && PARENTS.contains(t[i - 2]))
        || noneOf(t, i) || partOf(t, i)) {
      return;
    }
    Quantity q = h.quantity;
    People p = h.people;
    if (p != null && h.end < e && t[h.end].is(",") && listed(t, h, e, out)) {
      return;
    }
    int j = p == null ? ofTheGroup(t, h.end, e) : skipAside(t, Ages.skip(t, h.end, e), e);
    if (p == null && j > h.quantity.end) {
      // "four more, including a man and his son, were killed": the people are told by "more"
      j = skipIncluding(t, j, e);
    }
    Head second = p == null ? null : secondGroup(t, j, e, q);
    if (second != null) {
      j = skipAside(t, second.end, e);
    } else if (p != null) {
      j = skipAnimals(t, j, e);
    }
    int k = skipAuxiliaries(t, j, e);
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
    PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    int main = m == null ? -1 : mainPredicate(t, j, k, m.end, e);
    if (main >= 0) {
      // "ten soldiers who had been detained were killed": the relative clause's verb is not the news
      k = main;
      m = Lexicon.PREDICATES.match(t, k, e);
    }
    if (m != null && p == null && j > h.end && k == j && m.end < e
        && (FINITE_BE.contains(t[m.end]) || HAVE.contains(t[m.end]))) {
      // "three of the 11 missing were found dead": the participle names the group, what follows is the news
      int next = skipAuxiliaries(t, m.end, e);
      PhraseTable.Match news = next < 0 ? null : Lexicon.PREDICATES.match(t, next, e);
      if (news != null) {
        k = next;
        m = news;
      }
    }
    if (m != null && ((m.category == CasualtyCategory.AFFECTED && p == null) || eitherOutcome(t, m, e)
        || negated(t, k) || deniedInside(t, k, m.end) || sentenced(t, i, k)
        || p == null && j > h.end && k == j && m.end < e && FINITE_BE.contains(t[m.end]))) {
      // "two of the nine injured were foreigners": the participle names the group, "were" is the predicate
      return;
    }
    if (m != null && k == j && (m.category == CasualtyCategory.INJURED || m.category == CasualtyCategory.HOSPITALIZED)
        && ShootingRules.diesAfter(t, m.end, e)) {
      // "a man injured in a November shooting has died": the participle names him, "died" is the news
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, q.begin, m.end, who(p), FigureRole.TOTAL,
          "<n> <people> <hurt> ... <died>"));
      return;
    }
    int wounds = takenInWounded(t, j, k, m, q, p, e);
    if (wounds > 0) {
      Candidate c = new Candidate(CasualtyCategory.INJURED, q.count, q.begin, q.end, q.begin, wounds, who(p),
          FigureRole.TOTAL, "<n> <people> <predicate>");
      // "four people were taken to hospitals after they were shot": those taken in after a shooting
      // may be the dead too, as people counted as shot may
      boolean afterShot = (t[wounds - 1].is("shot") || t[wounds - 1].is("shooting")) && !GunshotWounds.besides(t, i, c);
      out.add(!afterShot ? c : new Candidate(CasualtyCategory.INJURED, q.count, q.begin, q.end, q.begin, wounds, who(p),
          FigureRole.TOTAL, c.rule + GunshotWounds.AS_SHOT));
      if (second != null) {
        // "two women and a 12-year-old girl were taken to a hospital with gunshot wounds"
        Quantity q2 = second.quantity;
        out.add(new Candidate(CasualtyCategory.INJURED, q2.count, q2.begin, q2.end, q2.begin, wounds,
            who(second.people), FigureRole.TOTAL, "<n> <people> and <n> <people> <predicate>"));
      }
      return;
    }
    if (m != null && (!activeVoice(t, j, k, m, e) || takenThenKilled(t, i, m, q, e))) {
      out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, who(p), FigureRole.TOTAL,
          "<n> <people> <predicate>"));
      if (second != null) {
        Quantity q2 = second.quantity;
        out.add(new Candidate(m.category, q2.count, q2.begin, q2.end, q2.begin, m.end,
            who(second.people), FigureRole.TOTAL, "<n> <people> and <n> <people> <predicate>"));
      }
      return;
    }
    if (!hurtPeople(t, q, p, e, out)) {
      countedNoun(t, q, p, e, out);
    }
  }

  /**
   * "three victims were taken to the hospital with non-life-threatening injuries", "two men arrived
   * at the hospital with gunshot wounds", "the other three men were listed in stable condition":
   * people taken in, treated or found with a wound, or in a critical, serious or stable condition,
   * are hurt, not only hospitalized. Reads after a hospital predicate ({@code m}, at {@code k}), or
   * after the auxiliaries at {@code j} of counted people ({@code p} not null) when no predicate
   * follows them. Returns the end of the wound, or -1.
   */
  private static int takenInWounded(Token[] t, int j, int k, PhraseTable.Match m, Quantity q, People p, int e) {
    if (p == null && q.begin > 0 && t[q.begin - 1].is(",")) {
      // "Jay Roe, 32 were all taken to a hospital": an age
      return -1;
    }
    if (m == null) {
      return p == null ? -1 : SingleWounded.takenWithWounds(t, j, e, true);
    }
    return m.category == CasualtyCategory.HOSPITALIZED ? SingleWounded.woundsAfterConveyed(t, k, e, true) : -1;
  }

  /**
   * "32 wounded people have been reported", "the hospital received 40 injured soldiers", "the search
   * for 40 missing migrants": with no predicate after them, people counted with "wounded", "injured",
   * "dead" or "missing" before their noun are a figure of it, unless a determiner refers back ("the
   * two injured officers"). Returns whether it added one.
   */
  private static boolean hurtPeople(Token[] t, Quantity q, People p, int e, List<Candidate> out) {
    // "the two injured officers were named": a determiner refers back to a count told before
    if (p == null || q.need != Quantity.Need.NONE || q.end >= e || (q.begin > 0 && REFERRING.contains(t[q.begin - 1]))) {
      return false;
    }
    // "displaced people" name who they are ("attacked six displaced people"), not what befell them
    PhraseTable.Match adj = Lexicon.PREDICATES.match(t, q.end, e);
    boolean counted = adj != null && adj.end == q.end + 1 && adj.end < p.end
        && (adj.category == CasualtyCategory.INJURED || adj.category == CasualtyCategory.KILLED
        || adj.category == CasualtyCategory.MISSING);
    if (counted) {
      out.add(new Candidate(adj.category, q.count, q.begin, q.end, q.begin, p.end, who(p), FigureRole.TOTAL,
          "<n> <hurt> <people>"));
    }
    return counted;
  }

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
    if ((m.category != CasualtyCategory.KILLED && !hurt) || Lexicon.ACTIONS.match(t, verb, e) == null) {
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
   * prepositional tail of it ("who were wounded in the blast have died"). Only death outranks the
   * relative clause: "five children who were injured were taken to hospital" stays injured.
   */
  private static int mainPredicate(Token[] t, int j, int k, int end, int e) {
    // "a juvenile injured in the shooting has died": a participle right after the people, reduced relative
    boolean relative = k == j && end == k + 1 && t[k].lower.endsWith("ed");
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
        if (!t[n].isWord() || CLAUSE_WORDS.contains(t[n]) || t[n].is("and")) {
          break;
        }
      }
    }
    int main = relative ? skipAuxiliaries(t, from, e) : -1;
    PhraseTable.Match m = main < end ? null : Lexicon.PREDICATES.match(t, main, e);
    if (m == null || m.category != CasualtyCategory.KILLED) {
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
   * Whether the predicate is one of two outcomes told of one number: "30 people were killed
   * <b>or wounded</b>", "dozens were dead or missing", "were killed and injured": the number
   * counts both together, so it is a figure of neither. Outcomes joined by "and" count both only
   * for the dead and the hurt ("five were injured and hospitalized" are five injured).
   */
  private static boolean eitherOutcome(Token[] t, PhraseTable.Match m, int e) {
    int j = m.end;
    if (j + 1 >= e || !(t[j].is("or") || t[j].is("and"))) {
      return false;
    }
    PhraseTable.Match other = Lexicon.PREDICATES.match(t, j + 1, e);
    return other != null && mixedOutcomes(t[j].is("or"), m.category, other.category);
  }

  /**
   * Whether the action at {@code i} is the second of two outcomes with one object: "killed or
   * wounded dozens", "killing or wounding about 40 people", "killed and wounded at least 68":
   * the object counts both together.
   */
  private static boolean joinedOutcome(Token[] t, int i, PhraseTable.Match m, int e) {
    if (i < 2 || !(t[i - 1].is("or") || t[i - 1].is("and"))) {
      return false;
    }
    for (int k = Math.max(0, i - 3); k <= i - 2; k++) {
      // "shot two people to death and wounded nine": "to death" ends a verb that has its object
      PhraseTable.Match before = t[k].is("to") ? null : Lexicon.ACTIONS.match(t, k, e);
      if (before != null && before.end == i - 1 && mixedOutcomes(t[i - 1].is("or"), before.category, m.category)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mixedOutcomes(boolean or, CasualtyCategory a, CasualtyCategory b) {
    if (a == b) {
      return false;
    }
    return or || (a == CasualtyCategory.KILLED && b == CasualtyCategory.INJURED)
        || (a == CasualtyCategory.INJURED && b == CasualtyCategory.KILLED);
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

  /**
   * Whether the people counted at {@code i} are a whole of which an untold part is meant: "some of
   * the 20 passengers were hurt", "the youngest of the three is in critical condition", "most of
   * those 40 people" (but "all of the five people were killed" counts them all).
   */
  private static boolean partOf(Token[] t, int i) {
    return i >= 3 && (t[i - 1].is("the") || t[i - 1].is("those") || t[i - 1].is("these")) && t[i - 2].is("of")
        && (PARTS.contains(t[i - 3]) || (t[i - 3].lower.endsWith("est") && !NOT_SUPERLATIVES.contains(t[i - 3]))
            // "one of the four died": the part is counted, not the group
            || t[i - 3].isNumber() || NumberWords.isNumberWord(t[i - 3].lower));
  }

  /**
   * Returns the index after "of the four" at {@code j} ("one of the four died"), and after the
   * group's people if it names them ("two of the 12 passengers died"), or {@code j}.
   */
  private static int ofTheGroup(Token[] t, int j, int e) {
    boolean group = j + 2 < e && t[j].is("of") && (t[j + 1].is("the") || t[j + 1].is("those") || t[j + 1].is("these"))
        && (t[j + 2].isNumber() || NumberWords.isNumberWord(t[j + 2].lower));
    if (!group) {
      return j;
    }
    People named = People.after(t, j + 3, e, false);
    return named == null ? j + 3 : named.end;
  }

  /** "none of the (other) eight people were hurt", "neither of the two men": no one of them. */
  private static boolean noneOf(Token[] t, int i) {
    for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
      boolean nobody = t[k - 1].is("none") || t[k - 1].is("neither") || t[k - 1].is("nobody")
          || k >= 2 && t[k - 1].is("one") && t[k - 2].is("no");
      if ((t[k].is("of") || t[k].is("among")) && nobody) {
        return true;
      }
    }
    return false;
  }

  /** Returns the counted people after "and" at {@code j} ("and 15 civilians"), or null. */
  static Head secondGroup(Token[] t, int j, int e, Quantity first) {
    if (j + 1 >= e || !t[j].is("and")) {
      return null;
    }
    Head h = Head.at(t, j + 1, e);
    return h == null || h.people == null ? persons(t, j + 1, e, first.need == Quantity.Need.SINGULAR_NOUN) : h;
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
  private static int skipPostModifier(Token[] t, int j, int e, Quantity first) {
    // "suspects wanted over the unrest were killed": a past participle reads like a past tense
    // ("men walked into the clinic with wounds"), so its tail must end in a finite "were", "have"
    boolean pastParticiple = j + 1 < e && t[j].lower.endsWith("ed") && PREPOSITIONS.contains(t[j + 1])
        && Lexicon.PREDICATES.match(t, j, e) == null && Lexicon.ACTIONS.match(t, j, e) == null;
    boolean participle = j < e && t[j].lower.endsWith("ing") && Lexicon.PREDICATES.match(t, j, e) == null;
    if (j + 1 < e && ONE_WORD_PLACES.contains(t[j])) {
      // "residents nearby were evacuated", but not "five people nearby heard the blast and 2 were hurt"
      return skipAuxiliaries(t, j + 1, e) >= 0 ? j + 1 : j;
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
    if (j + 1 >= e || !(t[j].is(",") || t[j].is("(") || t[j].is("-") || t[j].is("\u2014") || t[j].is("\u2013"))) {
      return j;
    }
    if (t[j].is(",") && skipAuxiliaries(t, j + 1, e) >= 0) {
      return j + 1;
    }
    String close = t[j].is("(") ? ")" : t[j].lower;
    int from = j + 1;
    while (close.equals("-") && from < e && t[from].is("-")) {
      from++;
    }
    boolean listed = false;
    for (int k = from; k < e && k <= j + MAX_ASIDE; k++) {
      if (t[k].is(close) || (close.equals("-") && t[k].is("\u2014"))) {
        int after = k + 1;
        while (close.equals("-") && after < e && t[after].is("-")) {
          after++;
        }
        if (listed && !listedPeople(t, j + 1, k)) {
          return j;
        }
        if (skipAuxiliaries(t, after, e) >= 0) {
          return after;
        }
        if (!close.equals(",") || !listedPeople(t, j + 1, k) || after >= e) {
          return j;
        }
        listed = true;
        if (FINITE.contains(t[after])) {
          // "three victims, a 25-year-old man, a 26-year-old man and a 33-year-old man, were taken in"
          return after;
        }
        continue;
      }
      if (t[k].is(".") || t[k].is(";")) {
        return j;
      }
    }
    return j;
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

  /** "12 deaths", "five bodies", "no fewer than 20 fatalities", "two more bodies". */
  private static void countedNoun(Token[] t, Quantity q, People p, int e, List<Candidate> out) {
    if (p != null || q.need != Quantity.Need.NONE) {
      return;
    }
    for (int k = q.end; k < e && k <= q.end + 2; k++) {
      PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, k, e);
      if (m != null) {
        out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, null, FigureRole.TOTAL, "<n> <deaths>"));
        return;
      }
      // "two more bodies were found", "7 more deaths": more of them, as "two more people died"
      if (!t[k].isWord() || t[k].has(WordFlags.FUNCTION) && !t[k].is("more")) {
        return;
      }
    }
  }

  /** "killing 10 civilians", "wounded 19 others", "killed 5 and wounded 12", "the deaths of two men". */
  static void action(Token[] t, int i, int e, List<Candidate> out) {
    PhraseTable.Match m = Lexicon.ACTIONS.match(t, i, e);
    if (m == null || joinedOutcome(t, i, m, e) || intended(t, i) || sentenced(t, i, i)
        || FREED.contains(t[i]) && !rescuersBefore(t, i)) {
      return;
    }
    int j = m.end;
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
    if (noOne && m.category != CasualtyCategory.AFFECTED && !negated(t, i) && !(i > 0 && t[i - 1].is("to"))) {
      // "the crash killed no one", "the blast injured nobody"; "they ain't hurt nobody" and "would
      // never do anything to hurt nobody" say what kind of people they are
      int end = t[j].is("no") ? j + 2 : j + 1;
      out.add(new Candidate(m.category, CasualtyCount.zero(), j, end, i, end, null, FigureRole.TOTAL, "<action> no one"));
      return;
    }
    Quantity q = QuantityParser.parse(t, j, e);
    if (q == null) {
      return;
    }
    People p = People.afterCount(t, q, e);
    if (p == null && possessive) {
      return; // "killed his 12- and 10-year-old sons": ages, not a count
    }
    if (p == null && q.need == Quantity.Need.SINGULAR_NOUN && m.category == CasualtyCategory.KILLED) {
      p = someone(t, q.end, e);
    }
    if (p == null && (q.need != Quantity.Need.NONE || !endsObject(t, q.end, e) || m.category == CasualtyCategory.AFFECTED)) {
      return;
    }
    int end = p == null ? q.end : p.end;
    q = couple(t, q, p, e);
    if (p == null && q.count.word().filter("a couple"::equals).isPresent() && !(q.end < e && t[q.end].is("more"))) {
      // "a drone struck a car, injuring a couple": the pair, not "a couple of" people
      q = new Quantity(q.begin, q.end, CasualtyCount.exactly(2), Quantity.Need.NONE);
    }
    out.add(new Candidate(m.category, q.count, q.begin, q.end, i, end, who(p), FigureRole.TOTAL, "<action> <n> <people>"));
    int and = p == null ? end : afterAboard(t, end, e); // "killing all six people aboard and one on the ground"
    boolean tail = false;
    int tailStart = and;
    if (p != null && and + 1 < e && t[and].is(",") && !EVERYONE.contains(t[p.end - 1])) {
      // "killed three soldiers, eight civilians and two police": a list of groups, no "and" before the last
      and = listedObjects(t, m, and, e, out);
    }
    if (p != null && and < e && !t[and].is("and") && objectTail(t, and, e) >= 0) {
      // "killed five soldiers from the garrison and two civilians"
      and = objectTail(t, and, e);
      tail = true;
    }
    if (p != null && and + 1 < e && t[and].is("and")) {
      // "killed a woman and her two children": the second group may be the first's own
      int second = and + 2 < e && Lexicon.POSSESSIVES.contains(t[and + 1]) ? and + 2 : and + 1;
      Quantity q2 = QuantityParser.parse(t, second, e);
      People p2 = q2 == null ? null : People.afterCount(t, q2, e);
      if (p2 != null && (!tail || (skipAuxiliaries(t, p2.end, e) < 0 && endsObject(t, p2.end, e)))) {
        out.add(new Candidate(m.category, q2.count, q2.begin, q2.end, q2.begin, p2.end, who(p2), FigureRole.TOTAL,
            "<action> <n> <people> and <n> <people>"));
      } else if (p2 == null && tail && parallelPlace(t, tailStart, q2, e)) {
        // "killed three people in Cuba and two in Haiti": the second place's people are told by the first's noun
        out.add(new Candidate(m.category, q2.count, q2.begin, q2.end, q2.begin, q2.end + 2, who(p), FigureRole.TOTAL,
            "<action> <n> <people> <place> and <n> <place>"));
      }
    }
  }

  /**
   * Whether the "to death" at {@code k} is a court's sentence, not a death: "a court sentenced 14
   * people to death", "condemned to death two men". The sentencing verb stands a few words before
   * the people at {@code i}.
   */
  private static boolean sentenced(Token[] t, int i, int k) {
    if (!t[k].is("to")) {
      return false;
    }
    for (int n = Math.max(0, i - SENTENCE_WINDOW); n < i; n++) {
      if (SENTENCING.contains(t[n])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code i} is only intended or tried, not done: "accused of trying to kill two
   * officers", "threatened to kill three people", "planned to kill 10". ("Went on to kill five" is done.)
   */
  /**
   * Whether rescuers are the subject of "freed" at {@code i}: "police freed 23 kidnap victims",
   * "security forces on Sunday freed 46 hostages", "police said they had freed nine hostages". Captors free their captives too ("the bandits
   * freed 15 villagers after a ransom was paid"), which is no rescue.
   */
  private static boolean rescuersBefore(Token[] t, int i) {
    boolean they = false;
    for (int k = i - 1; k >= Math.max(0, i - MAX_RESCUER_GAP); k--) {
      if (RESCUERS.contains(t[k])) {
        return true;
      }
      // "police said they had freed nine hostages": the rescuers say it of themselves
      boolean ownSaying = they && (t[k].is("said") || t[k].is("say") || t[k].is("says"));
      if (!ownSaying && (t[k].isPunct() || CLAUSE_WORDS.contains(t[k]))) {
        return false;
      }
      they |= t[k].is("they") || t[k].is("we");
    }
    return false;
  }

  private static boolean intended(Token[] t, int i) {
    return i >= 2 && t[i - 1].is("to") && INTENT.contains(t[i - 2]);
  }

  /**
   * Reads the groups listed by commas after an action's first object at the comma {@code k}
   * ("killed three soldiers<b>, eight civilians</b> and two police"), each one more figure, and
   * returns the index after the last, or {@code k} if none is there. A group must name its people
   * and end the object, so that a new clause ("killed three soldiers, 20 people were hurt") or an
   * aside ("two of them officers") is no group.
   */
  private static int listedObjects(Token[] t, PhraseTable.Match m, int k, int e, List<Candidate> out) {
    for (int n = 0; n < MAX_LISTED && k + 1 < e && t[k].is(","); n++) {
      People.Counted c = People.countedAt(t, k + 1, e);
      People p = c == null || c.quantity.need != Quantity.Need.NONE ? null : c.people;
      if (p == null || p.who == null || skipAuxiliaries(t, p.end, e) >= 0 || !endsObject(t, p.end, e)) {
        break;
      }
      Quantity q = c.quantity;
      out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, p.end, who(p), FigureRole.TOTAL,
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
  private static Quantity couple(Token[] t, Quantity q, People p, int e) {
    boolean couple = p != null && q.need == Quantity.Need.SINGULAR_NOUN && t[p.end - 1].is("couple")
        && !(p.end < e && t[p.end].is("of"));
    return couple ? new Quantity(q.begin, q.end, CasualtyCount.exactly(2), Quantity.Need.NONE) : q;
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
      if (endsObject(t, k + 1, e) || (k + 1 < e && t[k + 1].is("of"))) {
        return People.unnamed(k + 1);
      }
    }
    return null;
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

  /** "claimed 37 lives", "cost over 150 lives", "took 12 lives". */
  static void lives(Token[] t, int i, int e, List<Candidate> out) {
    if (t[i].is("lives") && i + 2 < e && t[i + 1].is("of")) {
      livesOf(t, i, e, out);
      return;
    }
    if (!LIVES_VERBS.contains(t[i])) {
      return;
    }
    Quantity q = QuantityParser.parse(t, i + 1, e);
    if (q != null && q.need == Quantity.Need.NONE && q.end < e && t[q.end].is("lives")) {
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, i, q.end + 1, null, FigureRole.TOTAL,
          "claimed <n> lives"));
    }
  }

  /**
   * "forced 12,000 people to evacuate", "forcing more than 100,000 from their homes": people driven
   * out, evacuated when told to evacuate, displaced otherwise. People ordered or told to evacuate or
   * to leave their homes are evacuated ("ordered 30,000 residents to evacuate"); an order to leave
   * anything else ("ordered 40 protesters to leave the square") moves nobody out.
   */
  static void forcedOut(Token[] t, int i, int e, List<Candidate> out) {
    boolean ordered = ORDERED.contains(t[i]);
    if (!FORCED.contains(t[i]) && !ordered) {
      return;
    }
    People.Counted counted = People.countedAt(t, i + 1, e);
    if (counted == null || counted.quantity.need != Quantity.Need.NONE || counted.end + 1 >= e) {
      return;
    }
    Quantity q = counted.quantity;
    int j = counted.end;
    boolean to = t[j].is("to");
    boolean beEvacuated = to && j + 2 < e && t[j + 1].is("be") && t[j + 2].is("evacuated");
    boolean evacuate = to && t[j + 1].is("evacuate") || beEvacuated;
    boolean leave = t[j + 1].is("leave") || t[j + 1].is("abandon");
    boolean flee = to && (t[j + 1].is("flee") || leave && homesAfter(t, j + 2, e));
    boolean fromHomes = (t[j].is("from") || t[j].is("out") && t[j + 1].is("of")) && homesAfter(t, j + 1, e);
    boolean leaveHomes = to && leave && homesAfter(t, j + 2, e);
    if (ordered ? evacuate || leaveHomes : evacuate || flee || fromHomes) {
      CasualtyCategory c = evacuate || ordered ? CasualtyCategory.EVACUATED : CasualtyCategory.DISPLACED;
      out.add(new Candidate(c, q.count, q.begin, q.end, i, beEvacuated ? j + 3 : j + 2, counted.who(),
          FigureRole.TOTAL, "forced <n> <people> from their homes"));
    }
  }

  /** Whether "homes", "houses" or "villages" follows within two words of {@code k}: "from their homes". */
  private static boolean homesAfter(Token[] t, int k, int e) {
    for (int n = k; n < e && n <= k + 2; n++) {
      if (t[n].is("homes") || t[n].is("home") || t[n].is("houses") || t[n].is("villages")) {
        return true;
      }
    }
    return false;
  }

  /** "the lives of five people were lost": the people whose lives were lost are dead. */
  private static void livesOf(Token[] t, int i, int e, List<Candidate> out) {
    People.Counted counted = People.countedAt(t, i + 2, e);
    if (counted == null || counted.quantity.need != Quantity.Need.NONE) {
      return;
    }
    Quantity q = counted.quantity;
    int k = counted.end;
    int stop = Math.min(e, k + 3);
    while (k < stop && t[k].has(WordFlags.AUXILIARY)) {
      k++; // "were", "have been", "had been"
    }
    if (k < e && t[k].is("lost") && !negated(t, k)) {
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, i, k + 1, counted.who(),
          FigureRole.TOTAL, "the lives of <n> <people> were lost"));
    }
  }

  /**
   * "the death toll rose to 12", "bringing the toll to 134", "the number of dead reached 40", and the
   * number of people of any other category ("the number of people evacuated rose to 15,000").
   */
  static void toll(Token[] t, int i, int e, List<Candidate> out) {
    CasualtyCategory category = tollCategory(t, i, e);
    if (category == null || mixedToll(t, i, e)) {
      return;
    }
    int begin = i > 0 && (t[i - 1].is("death") || t[i - 1].is("casualty") || t[i - 1].is("injury")) ? i - 1 : i;
    int stop = Math.min(e, i + TOLL_WINDOW);
    for (int j = i + 1; j < stop; j++) {
      if (t[j].is(".") || t[j].is(";")) {
        return;
      }
      if (t[j].is("from")) {
        Quantity skipped = QuantityParser.parse(t, j + 1, e);
        j = skipped == null ? j : skipped.end - 1;
        continue;
      }
      if (TOLL_LINKS.contains(t[j - 1]) && foreseen(t, i, j - 1)) {
        return;
      }
      Quantity q = TOLL_LINKS.contains(t[j - 1]) ? QuantityParser.parse(t, j, e) : null;
      if (q != null && q.need == Quantity.Need.NONE && !countsThings(t, q.end, e)) {
        FigureRole role = isUpdate(t, Math.max(0, begin - 3), j) ? FigureRole.UPDATE : FigureRole.TOTAL;
        out.add(new Candidate(category, q.count, q.begin, q.end, begin, q.end, null, role, "<toll> <link> <n>"));
        return;
      }
    }
  }

  /**
   * Whether the toll's link at {@code link} is only foreseen: "the toll could rise to 1,000", "is
   * expected to reach 50" tell no toll; "the toll may climb further, having reached 300" does, after
   * its comma, and "the toll could be as high as 400" is an estimate, a toll told.
   */
  private static boolean foreseen(Token[] t, int toll, int link) {
    boolean change = RISING.contains(t[link]);
    for (int k = link - 1; k > toll && k >= link - FORESEEN_WINDOW; k--) {
      if (t[k].is(",")) {
        return false;
      }
      change |= RISING.contains(t[k]);
      if (FORESEEING.contains(t[k])) {
        // "the toll could be as high as 400" is an estimate of the toll now, not a rise foreseen
        return change;
      }
    }
    return false;
  }

  /**
   * "Another 200 people were evacuated, bringing the total to 5,600", "taking the total to 90": the
   * new total of the figure told before it in the sentence, in that figure's category.
   */
  static void totalOfFigureBefore(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int i = s + 2; i + 2 < e; i++) {
      if (!t[i].is("total") || !t[i - 1].is("the") || !RAISING.contains(t[i - 2]) || !t[i + 1].is("to")) {
        continue;
      }
      Candidate before = null;
      for (Candidate c : accepted) {
        boolean earlier = c.role != FigureRole.SUBTOTAL && c.numberEnd <= i - 2;
        if (earlier && (before == null || c.numberBegin > before.numberBegin)) {
          before = c;
        }
      }
      Quantity q = QuantityParser.parse(t, i + 2, e);
      // the number ends there or names people: "to 1,200 rockets" counts something else
      if (before != null && q != null && q.need == Quantity.Need.NONE
          && (endsObject(t, q.end, e) || Lexicon.isPeople(t[q.end]))) {
        accepted.add(new Candidate(before.category, q.count, q.begin, q.end, i - 1, q.end, null, FigureRole.UPDATE,
            "bringing the total to <n>"));
      }
      return;
    }
  }

  /** "tops 2,400 vehicles a day": the number after a toll's link counts things, not the dead. */
  private static boolean countsThings(Token[] t, int end, int e) {
    return end < e && Lexicon.THINGS.contains(t[end]);
  }

  /** "the toll of deaths and injuries", "the toll of dead and wounded": no number of one category. */
  private static boolean mixedToll(Token[] t, int i, int e) {
    if (!t[i].is("toll") || i + 2 >= e || !t[i + 1].is("of")) {
      return false;
    }
    for (int k = i + 2; k < e && k <= i + 6; k++) {
      if (MIXED_TOLL.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static CasualtyCategory tollCategory(Token[] t, int i, int e) {
    if (t[i].is("toll") && i + 1 < e && TOLL_COMPOUNDS.contains(t[i + 1])) {
      return null;
    }
    if (t[i].is("toll")) {
      return i > 0 && t[i - 1].is("injury") ? CasualtyCategory.INJURED : CasualtyCategory.KILLED;
    }
    if ((t[i].is("count") || t[i].is("tally")) && i > 0) {
      // "the body count reached 25", "the fatality count", "the injury tally", "the tally of dead"
      if (COUNT_OF_DEAD.contains(t[i - 1])) {
        return CasualtyCategory.KILLED;
      }
      if (t[i - 1].is("injury")) {
        return CasualtyCategory.INJURED;
      }
      return t[i].is("tally") && i + 1 < e && t[i + 1].is("of") ? categoryOfTheCounted(t, i + 2, e) : null;
    }
    if ((t[i].is("deaths") || t[i].is("fatalities")) && (i == 0 || !t[i - 1].isWord() || t[i - 1].is("the"))
        && updatedSoon(t, i + 1, e)) {
      // "Deaths from the storm rose to 25", "The fatalities climbed to 30"
      return CasualtyCategory.KILLED;
    }
    if (!t[i].is("number") || i + 1 >= e) {
      return null;
    }
    // "the number of (the) dead", "the number killed", "the number of people (who were) killed"
    int k = i + 1;
    if (t[k].is("of")) {
      k = k + 1 < e && (t[k + 1].is("the") || t[k + 1].is("people")) ? k + 2 : k + 1;
      if (k + 1 < e && t[k - 1].is("people") && (t[k].is("who") || t[k].is("that"))) {
        // "the number of people who were killed", "who have been arrested", "who have died"
        int m = k + 1;
        if (m + 1 < e && HAVE.contains(t[m])) {
          m++;
        }
        if (t[m].is("died")) {
          return CasualtyCategory.KILLED;
        }
        if (m + 1 < e && BE.contains(t[m])) {
          k = m + 1;
        }
      }
    }
    if (k + 1 < e && TOLL_MODIFIERS.contains(t[k])) {
      k++; // "the number of confirmed deaths"
    }
    return categoryOfTheCounted(t, k, e);
  }

  /** The category of the people a toll counts, named at {@code k}: "dead", "injured", "arrested"; or null. */
  private static CasualtyCategory categoryOfTheCounted(Token[] t, int k, int e) {
    if (k < e && t[k].is("the")) {
      k++;
    }
    if (k >= e) {
      return null;
    }
    switch (t[k].lower) {
      case "dead": case "deaths": case "killed": case "fatalities": case "victims": case "bodies":
        return CasualtyCategory.KILLED;
      case "injured": case "wounded": case "injuries": case "hurt":
        return CasualtyCategory.INJURED;
      case "missing":
        return CasualtyCategory.MISSING;
      case "displaced":
        return CasualtyCategory.DISPLACED;
      // "the number of people evacuated rose to 15,000", "the number of arrests has reached 1,200"
      case "evacuated": case "evacuees":
        return CasualtyCategory.EVACUATED;
      case "arrested": case "arrests": case "detained":
        return CasualtyCategory.ARRESTED;
      case "rescued":
        return CasualtyCategory.RESCUED;
      case "hospitalized": case "hospitalised": case "hospitalizations": case "hospitalisations":
        return CasualtyCategory.HOSPITALIZED;
      case "affected":
        return CasualtyCategory.AFFECTED;
      default:
        return null;
    }
  }

  /**
   * Whether a verb of an update ("rose", "climbed", "reached") comes within a few words of {@code j}
   * and before any clause break: "deaths from the storm <b>rose</b> to 25".
   */
  private static boolean updatedSoon(Token[] t, int j, int e) {
    for (int k = j; k < e && k <= j + MAX_UPDATE_GAP; k++) {
      if (Lexicon.UPDATE_WORDS.contains(t[k]) && !t[k].is("now") && !t[k].is("hit")) {
        return k + 1 < e && (t[k + 1].is("to") || t[k + 1].isNumber());
      }
      if (t[k].isPunct() || t[k].has(WordFlags.FUNCTION) && !t[k].is("from") && !t[k].is("the")
          && !t[k].is("in") && !t[k].is("of") && !t[k].is("have") && !t[k].is("has")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isUpdate(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.UPDATE_WORDS.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /** "no one was killed", "nobody was hurt", "no casualties were reported", "there were no injuries". */
  static void zero(Token[] t, int i, int e, List<Candidate> out) {
    boolean noOne = ZERO_WORDS.contains(t[i]) || (t[i].is("no") && i + 1 < e && t[i + 1].is("one"));
    if (noOne) {
      int j = t[i].is("no") ? i + 2 : i + 1;
      // "no one else was hurt" adds nobody to the people counted, it does not say nobody was hurt
      boolean besides = j < e && (t[j].is("else") || t[j].is("other"));
      if (besides) {
        j++;
      }
      // "none of the 20 people on board", "no one among the 40 passengers"
      int of = t[i].is("none") || j < e && t[j].is("among") ? afterNoneOf(t, j, e) : -1;
      // "none of the other eight people were hurt" adds nobody to the people counted, as "no one else"
      besides |= of >= 0 && Sentences.containsWord(t, j, of, "other");
      People p = of >= 0 ? null : People.after(t, j, e, false);
      int k = skipAuxiliaries(t, of >= 0 ? afterScope(t, of, e) : p == null ? afterScope(t, j, e) : p.end, e);
      PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
      if (m != null) {
        out.add(new Candidate(m.category, CasualtyCount.zero(), i, m.end, i, m.end, null,
            besides ? FigureRole.ADDITIONAL : FigureRole.TOTAL, besides ? "no one else <predicate>" : "no one <predicate>"));
      }
    } else if (t[i].is("no")) {
      zeroNoun(t, i, e, out);
    }
  }

  /**
   * Returns where the verb starts after the group "none of" picks ("none of the 150 passengers",
   * "none of them", "none of those aboard"), or -1 if "of" and a group do not follow.
   */
  private static int afterNoneOf(Token[] t, int j, int e) {
    if (j + 1 >= e || !(t[j].is("of") || t[j].is("among"))) {
      return -1;
    }
    int k = j + 1;
    if (t[k].is("them") || t[k].is("us")) {
      return k + 1;
    }
    if (t[k].is("the") || t[k].is("those") || t[k].is("its") || t[k].is("their")) {
      k++;
    }
    if (k < e && t[k].isNumber()) {
      k++;
    }
    People p = People.after(t, k, e, false);
    if (p != null) {
      return p.end;
    }
    return k < e && t[k - 1].is("those") && (t[k].is("aboard") || t[k].is("inside")) ? k + 1 : -1;
  }

  /**
   * Returns where the verb starts after a place that scopes "no one" ("no one on the ground was
   * hurt", "nobody inside the house was injured"): the first finite verb a few words on; {@code j}
   * itself when no such place stands there.
   */
  private static int afterScope(Token[] t, int j, int e) {
    if (j >= e || !SCOPES.contains(t[j])) {
      return j;
    }
    for (int k = j + 1; k < Math.min(e, j + MAX_SCOPE_WORDS + 1); k++) {
      if (FINITE.contains(t[k])) {
        return k;
      }
    }
    return j;
  }

  /**
   * "no injuries were reported", "no officers were hurt". A zero of a named group ("no officers",
   * "no students") counts a part of the people there, a subtotal; "no other injuries", "no
   * additional casualties" add nobody to the people counted.
   */
  private static void zeroNoun(Token[] t, int i, int e, List<Candidate> out) {
    for (int j = i + 1; j < e && j <= i + 5; j++) {
      PhraseTable.Match m = Lexicon.ZERO_NOUNS.match(t, j, e);
      if (m != null) {
        int at = out.size();
        addZeroNoun(t, i, j, m, e, out);
        if (Sentences.containsWord(t, i + 1, j, "other") || Sentences.containsWord(t, i + 1, j, "additional")
            || Sentences.containsWord(t, i + 1, j, "further")) {
          for (int k = at; k < out.size(); k++) {
            out.set(k, out.get(k).withRole(FigureRole.ADDITIONAL));
          }
        }
        return;
      }
      if (!ZERO_MODIFIERS.contains(t[j])) {
        People p = j == i + 1 ? People.after(t, j, e, false) : null;
        int k = p == null ? -1 : skipAuxiliaries(t, p.end, e);
        PhraseTable.Match pred = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
        if (pred != null) {
          out.add(new Candidate(pred.category, CasualtyCount.zero(), i, pred.end, i, pred.end, p.who,
              p.who == null || EVERYONE.contains(p.who) ? FigureRole.TOTAL : FigureRole.SUBTOTAL, "no <people> <predicate>"));
        }
        return;
      }
    }
  }

  private static void addZeroNoun(Token[] t, int i, int j, PhraseTable.Match m, int e, List<Candidate> out) {
    if (t[j].is("casualties")) {
      out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no casualties"));
      out.add(new Candidate(CasualtyCategory.INJURED, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no casualties"));
    } else {
      out.add(new Candidate(m.category, CasualtyCount.zero(), i, m.end, i, m.end, null, FigureRole.TOTAL, "no <casualty noun>"));
    }
  }

  /** "including two children", "among them three soldiers": a part of the nearest figure. */
  static Candidate subtotal(Token[] t, int i, int e, CasualtyCategory category) {
    int j = i + 1;
    if (t[i].is("among") && j < e && (t[j].is("them") || t[j].is("whom"))) {
      j++;
    } else if (!SUBTOTAL_CUES.contains(t[i])) {
      return null;
    }
    Quantity q = QuantityParser.parse(t, j, e);
    if (q == null) {
      return null;
    }
    People p = People.afterCount(t, q, e);
    if (p == null) {
      return null;
    }
    return new Candidate(category, q.count, q.begin, q.end, i, p.end, p.who, FigureRole.SUBTOTAL, "including <n> <people>");
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
      if (Lexicon.PREDICATES.match(t, k, e) != null) {
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
      boolean and = t[k].is("and") && k > j
          && (Lexicon.AND_AFTER.contains(t[k - 1]) || t[k - 1].lower.endsWith("ed"));
      boolean participle = t[k].lower.endsWith("ed") && k + 1 < e && t[k + 1].is("and")
          || toDeath(t, k, e);
      boolean comma = t[k].is(",") && k > j;
      if (!and && !participle && !comma && !t[k].has(WordFlags.AUXILIARY)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a predicate's words deny what befell the people: "suffered <b>no</b> injuries". */
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

  private static String who(People p) {
    return p == null ? null : p.who;
  }
}
