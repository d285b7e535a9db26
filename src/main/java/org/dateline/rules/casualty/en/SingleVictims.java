package org.dateline.rules.casualty.en;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * Victims told one by one, without a number: "the mayor was killed", "gunmen shot dead the village
 * chief", "killed Nelson Garcia, a local journalist", "the driver and his assistant died". A
 * sentence that says one identified person was killed states a figure of exactly 1; persons joined
 * by "and" add up.
 *
 * <p>The person is a singular noun phrase: a determiner ("the", "his", "her", "their") with up to
 * four modifiers and a singular person noun as its last word ("the village chief", "his
 * three-year-old son"), a capitalised name ("Nelson Garcia"; one capitalised word only after a
 * title such as "activist"), or "a"/"an" with a person noun and a tail the number rules do not
 * read ("a reporter with the state broadcaster, Jane Doe, was shot dead"). Group nouns ("the
 * family", "the crew") are not one person. As a subject the phrase needs a passive ("was
 * killed") or an intransitive predicate ("died", "was pronounced dead"), never a modal; as an
 * object it follows a killing verb ("killed", "shot dead", "the killing of") not governed by
 * "to" or a modal ("threatened to kill the mayor").
 *
 * <p>"He" and "she" are read as subjects to find an earlier figure they may refer to, and as one
 * death in a report that has told no one killed or hurt yet.
 * {@link #apply} decides what the phrase adds to the report: see there.
 */
final class SingleVictims {
  /** What kind of phrase names the victim, which decides whether it may refer back. */
  enum Kind { PRONOUN, DEFINITE, INDEFINITE }

  /** One or more victims told one by one, as a candidate figure. */
  static final class Found {
    final Candidate candidate;
    final Kind kind;
    /** The head noun of the first victim ("mayor"), or null for names and pronouns. */
    final String head;
    /** Whether the predicate says the victim died ("died", "was killed"), as a subject. */
    final boolean subject;

    Found(Candidate candidate, Kind kind, String head, boolean subject) {
      this.candidate = candidate;
      this.kind = kind;
      this.head = head;
      this.subject = subject;
    }
  }

  private static final int MAX_MODIFIERS = 4;
  private static final int MAX_NAME = 5;
  private static final int MAX_TAIL = 12;
  /** How many words a tail may hold between a death's predicate and a joined clause's comma. */
  private static final int MAX_JOIN_TAIL = 10;
  private static final int MAX_ASIDE = 24;
  private static final int SHOT_WINDOW = 16;
  private static final TokenSet DETERMINERS = TokenSet.of("the", "his", "her", "their", "its");
  static final TokenSet OBJECT_PRONOUNS = TokenSet.of("him", "her");
  private static final TokenSet INDEFINITE = TokenSet.of("a", "an");
  /** How many words back a list of persons may have begun with its shared article: see {@link #bareNoun}. */
  private static final int MAX_LISTED = 8;
  /** Nouns of the attacker: killed, he is counted on top of the victims (GVA counts a killed shooter). */
  private static final TokenSet ATTACKERS = TokenSet.of(
      "gunman", "shooter", "suspect", "attacker", "assailant", "robber", "intruder", "bomber", "killer");
  private static final TokenSet POLICE = TokenSet.of(
      "police", "officers", "officer", "deputies", "deputy", "troopers", "trooper", "agents", "sniper", "snipers");
  private static final TokenSet PRONOUNS = TokenSet.of("he", "she");
  /** Words after "death" that make it no one's death told: "the city's death toll", "the state's death penalty". */
  private static final TokenSet NOT_A_DEATH = TokenSet.of(
      "toll", "tolls", "penalty", "penalties", "row", "sentence", "sentences", "threat", "threats", "warrant",
      "squad", "squads", "rate", "rates", "wish", "certificate", "march", "trap", "spiral", "knell", "grip", "metal",
      "count", "counts", "tally", "figure", "figures");
  /** Words of how between a possessive and "death": "the boy's accidental shooting death". */
  private static final TokenSet MANNERS = TokenSet.of(
      "accidental", "shooting", "stabbing", "tragic", "untimely", "sudden", "apparent", "violent", "senseless");
  private static final int MAX_MANNERS = 3;
  /** Person nouns whose possessive may tell whose death: "the boy's death". */
  private static final TokenSet POSSESSORS = TokenSet.of(
      "boy", "girl", "man", "woman", "child", "teen", "teenager", "toddler", "baby", "infant", "son", "daughter",
      "victim", "officer", "student", "father", "mother", "brother", "sister", "husband", "wife", "deputy",
      "friend", "girlfriend", "boyfriend", "nephew", "niece", "cousin", "grandson", "granddaughter", "youth");
  /** Words before a pronoun that make what follows a belief or a condition, not a death: "believed he had died". */
  private static final TokenSet NOT_TOLD = TokenSet.of(
      "believed", "thought", "feared", "assumed", "worried", "afraid", "if", "whether", "unless", "sure", "think",
      "thinks", "believes", "fears");
  /**
   * Adverbs of how often or how that may follow an object ("shot his daughter once"), and irregular
   * past verbs that may follow a subject ("a woman went to the hospital").
   */
  private static final TokenSet HOW_OFTEN = TokenSet.of("once", "twice", "repeatedly", "again", "accidentally",
      "went", "drove", "came", "showed");
  private static final TokenSet FEMALE = TokenSet.of("girl", "woman", "mother", "daughter", "wife",
      "sister", "grandmother", "aunt", "niece", "female", "girlfriend", "lady", "mom", "stepdaughter", "granddaughter");
  private static final TokenSet MALE = TokenSet.of("boy", "man", "father", "son", "husband",
      "brother", "grandfather", "uncle", "nephew", "male", "boyfriend", "dad", "stepson", "grandson");
  /** Nouns that name a group, not one person. */
  static final TokenSet GROUPS = TokenSet.of(
      "family", "couple", "crew", "staff", "police", "militia", "security", "personnel", "household",
      "twins", "youth", "elderly", "taliban", "others", "ally");
  private static final TokenSet BE = TokenSet.of("was", "is", "been", "being", "be", "got", "gets");
  private static final TokenSet PLURAL_AUXILIARIES = TokenSet.of("were", "are", "have");
  private static final TokenSet MODALS = TokenSet.of(
      "will", "would", "may", "might", "could", "feared", "believed", "thought", "to");
  /** Verbs after which a person and a state tell what the person was found to be: "found the man shot dead". */
  private static final TokenSet FINDING = TokenSet.of("found", "discovered", "finds", "find");
  /** First words of predicates that need no "was": "died", "is dead". */
  private static final TokenSet INTRANSITIVE = TokenSet.of(
      "died", "dies", "dead", "perished", "succumbed", "passed", "drowned", "lost", "pronounced", "found",
      "confirmed", "declared",
      // only as the first word of a whole predicate of death: "fell to his death", "met her death"
      "fell", "plunged", "tumbled", "jumped", "met",
      // military usage, likewise whole: "the major embraced martyrdom", "a guard laid down his life"
      "embraced", "laid");
  /** Words before a killing verb that make it no report of a death: "threatened to kill". */
  private static final TokenSet NOT_DONE = TokenSet.of(
      "to", "not", "n't", "never", "will", "would", "could", "might", "may", "tried", "trying", "attempted",
      "accused", "plotting", "plotted", "threatened", "threatening", "nearly", "almost");
  private static final TokenSet HURT_VERBS = TokenSet.of("shot", "stabbed", "wounded", "injured", "hit", "struck");
  private static final TokenSet CLAUSE_ENDS = TokenSet.of(
      ".", ";", "when", "while", "before", "because", "said", "says", "who", "which", "but", "after");
  private static final TokenSet LATER = TokenSet.of("later", "then", "subsequently", "eventually", "also");
  private static final TokenSet TAIL_STARTS = TokenSet.of(
      "of", "for", "from", "in", "at", "with", "on", "near", "inside", "who", "whose");
  private static final TokenSet RELATIVES = TokenSet.of("who", "that", "which", "whose");
  private static final TokenSet TITLES = TokenSet.of("mr", "mrs", "ms", "dr", "sheikh", "chief", "father", "rev");
  private static final TokenSet NOT_NAMES = TokenSet.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "police", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "in", "on", "at", "after", "when", "while", "but", "and",
      "his", "her", "their", "its", "this", "that", "there", "one", "two", "three", "authorities", "officials",
      "gunmen", "militants", "unknown", "unidentified", "suspected");
  /** Singular verbs after which one capitalised word may be a name: "Kaden was pronounced dead". */
  private static final TokenSet LONE_NAME_VERBS = TokenSet.of("was", "died", "is", "has", "had", "remains");
  private static final TokenSet NOT_LONE_NAMES = TokenSet.of(
      "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "another", "both", "each",
      "all", "many", "most", "several", "none", "neither", "either", "this", "that", "it", "which", "what",
      "nothing", "something", "everything", "who", "whoever", "one", "none", "half", "none");
  /** Prepositions before which no victim phrase of a subject starts: "in St Petersburg", "of the mayor". */
  static final TokenSet PREPOSITIONS = TokenSet.of(
      "of", "in", "at", "from", "near", "to", "by", "for", "with", "on", "into", "outside", "inside", "across");

  private SingleVictims() {}

  /** Returns the words that start a person phrase other than a name: pronouns and determiners. */
  static Set<String> personFirstWords() {
    return ImmutableSet.<String>builder().addAll(PRONOUNS.words()).addAll(DETERMINERS.words()).addAll(INDEFINITE.words()).build();
  }

  /** A person phrase at tokens {@code [begin, end)}. */
  static final class Phrase {
    final int begin;
    final int end;
    final Kind kind;
    final String who;
    final String head;

    Phrase(int begin, int end, Kind kind, String who, String head) {
      this.begin = begin;
      this.end = end;
      this.kind = kind;
      this.who = who;
      this.head = head;
    }
  }

  /**
   * Decides what a sentence's victims told one by one add to the report, given the figures of the
   * sentence ({@code accepted}) and of the sentences before it ({@code out}):
   * <ul>
   * <li>nothing when the sentence already counts the killed ("two people, including the mayor,
   *     were killed": the mayor is one of the two);
   * <li>a death told later: when "he", "she", a definite person or a name died and an earlier
   *     figure of exactly one injured or hospitalized person (of the same noun, if both name one)
   *     is the last such figure with no killed figure after it, that figure becomes killed ("A man
   *     was shot on Friday. He died at the hospital." is killed 1), keeping its words as its span;
   * <li>for "he" or "she" otherwise, one killed if the report has told no one killed, hurt or
   *     hospitalized yet ("Police found a man in the street. He was pronounced dead."), unless a
   *     word of belief or condition stands before the pronoun ("believed he had died") or the
   *     sentence names a year; nothing after such figures: who the pronoun is is not known here;
   * <li>nothing for a definite person or a name when the report already counted killed people: the
   *     phrase most likely names one of them; unless the sentence says "also" ("his wife was also
   *     killed"), which makes the victims an additional figure; the victims joined to the person
   *     ("was killed alongside his nephew") are additional all the same;
   * <li>otherwise the victims as a new figure, returned for the caller to add.
   * </ul>
   *
   * @return the candidate to add to the sentence's figures, or null
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out,
      ReportSoFar soFar) {
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.KILLED) {
        return attackerAfterVictims(t, s, e, out);
      }
    }
    Found f = find(t, s, e);
    if (f == null) {
      return s == 0 ? Headlines.killed(t, s, e) : null;
    }
    boolean one = f.candidate.count.equals(CasualtyCount.exactly(1));
    // "her husband was murdered at a club in 2005": a death of another year is no later death of the hurt
    if (f.kind != Kind.INDEFINITE && f.subject && one && !Sentences.namesAYear(t, s, e) && diedLater(t, f, out)) {
      return null;
    }
    if (f.kind == Kind.PRONOUN) {
      // "Police found a man lying in the street. He was pronounced dead at the hospital.": in a
      // report that has told no one killed or hurt yet, the death is one, whoever "he" is
      // ("the boy believed he had been gunned down" tells a belief, no death)
      int pronoun = f.candidate.numberBegin;
      boolean believed = pronoun > s && NOT_TOLD.contains(t[pronoun - 1]);
      boolean told = one && f.subject && !believed && !Sentences.namesAYear(t, s, e);
      return told && soFar.noneHurtOrKilled(out) ? f.candidate : null;
    }
    for (CasualtyFigure figure : out) {
      if (f.kind == Kind.DEFINITE && figure.category() == CasualtyCategory.KILLED && !SeparateIncidents.crimeTally(figure)) {
        // "the chief's wife was also killed": one more, not one of those counted; so is the
        // attacker ("police shot the gunman dead") unless an earlier figure counted an attacker
        boolean also = Sentences.containsWord(t, Math.max(s, f.candidate.spanBegin - 2), f.candidate.spanEnd, "also");
        if (also || ATTACKERS.contains(f.head) && !attackerCounted(out)) {
          return f.candidate.withRole(FigureRole.ADDITIONAL);
        }
        // "the chief was killed alongside his nephew": the chief is counted, the nephew is not yet
        return Additions.alongWith(t, s, e, f.candidate);
      }
    }
    return f.candidate;
  }

  /**
   * Returns a second person told dead in a clause joined to the first's, as one more: "A guard was
   * killed <b>and his brother was shot and killed</b>", "a farmer died <b>and his wife was fatally
   * injured</b>"; or null. The second clause must start right after the first's predicate, with a
   * person of its own as its subject. A short tail of words may stand between, up to the comma
   * before the "and": "two deputies were killed <b>while serving a notice on Tuesday</b>, and the
   * suspect was later found dead".
   */
  static Candidate joinedAfter(Token[] t, int s, Candidate first, int e) {
    int j = commaAfterTail(t, first.spanEnd, e);
    if (j < e && t[j].is(",")) {
      j++;
    }
    if (j + 1 >= e || !(t[j].is("and") || t[j].is("while"))) {
      return null;
    }
    Found f = subject(t, s, j + 1, e);
    if (f == null || f.kind == Kind.PRONOUN || !f.candidate.count.equals(CasualtyCount.exactly(1))
        || f.head != null && f.head.equals(headOf(first))) {
      return null;
    }
    return f.candidate.withRole(FigureRole.ADDITIONAL);
  }

  /**
   * Returns the comma that ends a tail of words after {@code j} and comes before "and", or {@code j}
   * when none does within {@link #MAX_JOIN_TAIL} words; the tail holds no number, which may be a
   * figure of its own, and no clause break.
   */
  private static int commaAfterTail(Token[] t, int j, int e) {
    for (int k = j; k < Math.min(e - 1, j + MAX_JOIN_TAIL); k++) {
      if (t[k].is(",")) {
        return k > j && t[k + 1].is("and") ? k : j;
      }
      if (!t[k].isWord() || t[k].is("and") || NumberWords.isNumberWord(t[k].lower)) {
        return j;
      }
    }
    return j;
  }

  private static String headOf(Candidate c) {
    return c.who == null ? null : c.who.substring(c.who.lastIndexOf(' ') + 1);
  }

  /**
   * "killed four people before being shot dead by police", "before he was shot dead by officers":
   * the attacker shot dead by the police, told in the passive.
   */
  private static Found shotDeadByPolicePassive(Token[] t, int s, int i, int e) {
    // only the attacker told before, with no subject ("being") or a pronoun ("he was"): "a suspect was
    // shot dead by police" is the subject rule's
    if (i <= s || i + 3 >= e) {
      return null;
    }
    boolean pointsBack = t[i - 1].is("being") || i - 2 >= s && t[i - 1].is("was") && PRONOUNS.contains(t[i - 2]);
    if (!pointsBack) {
      return null;
    }
    int by = t[i].is("shot") && t[i + 1].is("dead") ? i + 2 : t[i].is("killed") ? i + 1 : -1;
    if (by < 0 || !t[by].is("by")) {
      return null;
    }
    int who = by + 1 < e && t[by + 1].is("the") ? by + 2 : by + 1;
    if (who >= e || !POLICE.contains(t[who])) {
      return null;
    }
    return new Found(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), i - 1, i, i - 1, who + 1, null,
        FigureRole.TOTAL, "<shot> dead by police"), Kind.DEFINITE, "suspect", false);
  }

  /** "killed two people before police shot him dead": the attacker on top of the sentence's dead. */
  private static Candidate attackerAfterVictims(Token[] t, int s, int e, List<CasualtyFigure> out) {
    for (int i = s; i < e; i++) {
      Found f = shotDeadByPolice(t, s, i, e);
      if (f != null) {
        return attackerCounted(out) ? null : f.candidate.withRole(FigureRole.ADDITIONAL);
      }
    }
    return null;
  }

  /** Whether one of the report's figures so far counts a killed attacker. */
  static boolean attackerCounted(List<CasualtyFigure> out) {
    for (CasualtyFigure figure : out) {
      String who = figure.who().orElse("");
      if (figure.category() == CasualtyCategory.KILLED && ATTACKERS.contains(who.substring(who.lastIndexOf(' ') + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "before police shot him dead": a pronoun shot dead by the police, most likely the attacker;
   * read as one killed attacker.
   */
  private static Found shotDeadByPolice(Token[] t, int s, int i, int e) {
    Found passive = shotDeadByPolicePassive(t, s, i, e);
    if (passive != null) {
      return passive;
    }
    if (!(t[i].is("shot") && i + 2 < e && OBJECT_PRONOUNS.contains(t[i + 1]) && t[i + 2].is("dead"))) {
      return null;
    }
    boolean police = false;
    for (int k = Math.max(s, i - 3); k < i; k++) {
      police |= POLICE.contains(t[k]);
    }
    return !police ? null : new Found(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), i + 1, i + 2,
        i, i + 3, null, FigureRole.TOTAL, "police <shot> him dead"), Kind.DEFINITE, "suspect", false);
  }

  /**
   * Turns the last figure of one injured or hospitalized person into killed; returns whether it did.
   * After a death told before that figure, only the figure's own noun says the hurt person died ("a
   * man was killed and a girl wounded; <b>the girl</b> died"): a name or a pronoun most likely tells
   * the death already counted ("McCray died at the hospital"). "He" never tells a girl's death.
   */
  private static boolean diedLater(Token[] t, Found f, List<CasualtyFigure> out) {
    for (int n = out.size() - 1; n >= 0; n--) {
      CasualtyFigure figure = out.get(n);
      if (figure.category() == CasualtyCategory.KILLED) {
        return false;
      }
      boolean hurt = figure.category() == CasualtyCategory.INJURED || figure.category() == CasualtyCategory.HOSPITALIZED;
      if (hurt && figure.rule().startsWith(SingleInHospital.RULE) && woundedBefore(out, n)) {
        // "a boy was shot ... the boy was flown to hospital ... the boy died": the wound told first is the death
        continue;
      }
      if (hurt && figure.role() == FigureRole.TOTAL && figure.count().equals(CasualtyCount.exactly(1))) {
        String who = figure.who().orElse(null);
        if (!sameNoun(f.head, who) || !sameSex(t[f.candidate.numberBegin], who)
            || (!namedNoun(f.head, who) && killedBefore(out, n))) {
          return false;
        }
        CasualtyFigure.Builder b = CasualtyFigure.builder(CasualtyCategory.KILLED, figure.count(), figure.span())
            .role(figure.role()).rule(figure.rule() + "; <the person> died later");
        figure.who().ifPresent(b::who);
        figure.claimedBy().ifPresent(b::claimedBy);
        out.set(n, b.build());
        return true;
      }
    }
    return false;
  }

  /** Whether a figure of one person hurt comes before figure {@code n}, with no one killed between. */
  private static boolean woundedBefore(List<CasualtyFigure> out, int n) {
    for (int k = n - 1; k >= 0; k--) {
      CasualtyFigure figure = out.get(k);
      if (figure.category() == CasualtyCategory.KILLED) {
        return false;
      }
      if (figure.category() == CasualtyCategory.INJURED && figure.role() == FigureRole.TOTAL
          && figure.count().equals(CasualtyCount.exactly(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the person's own noun names the hurt one: "the girl" for a figure of "a 6-year-old girl". */
  private static boolean namedNoun(String head, String who) {
    return head != null && who != null && !head.equals("victim") && !head.equals("person") && sameNoun(head, who);
  }

  private static boolean killedBefore(List<CasualtyFigure> out, int n) {
    for (int k = 0; k < n; k++) {
      if (out.get(k).category() == CasualtyCategory.KILLED) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pronoun subject may be the person {@code who} names: "he" is not "a girl", "she" not "a man". */
  private static boolean sameSex(Token subject, String who) {
    if (who == null) {
      return true;
    }
    String noun = who.substring(who.lastIndexOf(' ') + 1);
    return !(subject.is("he") && FEMALE.contains(noun) || subject.is("she") && MALE.contains(noun));
  }

  private static boolean sameNoun(String head, String who) {
    if (head == null || who == null || head.equals("victim") || head.equals("person")) {
      return true;
    }
    int space = who.lastIndexOf(' ');
    return who.substring(space + 1).equals(head);
  }

  /** Returns the first victim phrase of the sentence {@code [s, e)} with its predicate, or null. */
  static Found find(Token[] t, int s, int e) {
    for (int i = s; i < e; i++) {
      Found f = subject(t, s, i, e);
      if (f == null) {
        f = object(t, s, i, e);
      }
      if (f == null) {
        f = objectToDeath(t, s, i, e);
      }
      if (f == null) {
        f = shotDeadByPolice(t, s, i, e);
      }
      if (f == null) {
        f = possessiveDeath(t, s, i, e);
      }
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * "the news of Rollins' death", "they learned about the boy's death", "her child's accidental
   * shooting death": a name or a person noun in the possessive, then up to three words of how
   * ("accidental", "shooting"), then "death", which is no "death toll" or "death penalty". Returns
   * the death of one person, or null.
   */
  private static Found possessiveDeath(Token[] t, int s, int i, int e) {
    if (!t[i].is("death") || i + 1 < e && NOT_A_DEATH.contains(t[i + 1])) {
      return null;
    }
    int k = i - 1;
    while (k > s && k >= i - MAX_MANNERS && MANNERS.contains(t[k])) {
      k--;
    }
    if (k < s) {
      return null;
    }
    String w = t[k].lower.replace('\u2019', '\'');
    boolean name = t[k].is("'") && k > s && t[k - 1].capitalized && t[k - 1].lower.endsWith("s")
        || t[k].capitalized && w.endsWith("'s") && !NOT_NAMES.contains(w.substring(0, w.length() - 2));
    boolean person = w.endsWith("'s") && POSSESSORS.contains(w.substring(0, w.length() - 2));
    if (!name && !person) {
      return null;
    }
    int begin = t[k].is("'") ? k - 1 : k;
    String who = person ? w.substring(0, w.length() - 2) : null;
    return new Found(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), begin, k + 1, begin, i + 1, who,
        FigureRole.TOTAL, "<the person>'s death"), Kind.DEFINITE, who, false);
  }

  /** "The mayor was killed", "Nelson Garcia, 42, died", "the driver and his assistant were shot dead". */
  private static Found subject(Token[] t, int s, int i, int e) {
    boolean mayStart = t[i].capitalized || t[i].has(WordFlags.PERSON_FIRST);
    // "..., with the headman killed near his orchard": a person told dead in an absolute phrase
    boolean absolute = i > s + 1 && t[i - 1].is("with") && t[i - 2].is(",");
    if (!mayStart || (i > s && PREPOSITIONS.contains(t[i - 1]) && !absolute)) {
      return null;
    }
    Phrase p = phrase(t, s, i, e, true);
    if (p == null) {
      return null;
    }
    int[] counted = conjoined(t, s, p.end, e);
    int end = counted[1];
    int after = afterBrackets(t, end, e);
    int predicateEnd = predicateAfter(t, after, e, counted[0] > 1);
    if (predicateEnd < 0 && p.begin > s && (FINDING.contains(t[p.begin - 1]) || absolute && p.begin == i)) {
      // "officers found Jane Roe, 11, and her brother, 15, shot to death": what they were found is told without "was"
      int state = after + 2 < e && t[after].is(",") && t[after + 1].isNumber() && t[after + 2].is(",") ? after + 3
          : after < e && t[after].is(",") ? after + 1 : after; // "John Roe, 15, shot to death"
      PhraseTable.Match found = state < e ? Lexicon.PREDICATES.match(t, state, e) : null;
      predicateEnd = found != null && found.category == CasualtyCategory.KILLED ? found.end : -1;
    }
    if (predicateEnd < 0) {
      predicateEnd = predicateAfterTail(t, after, e, counted[0] > 1);
    }
    if (predicateEnd < 0 && p.kind == Kind.DEFINITE && Lexicon.POSSESSIVES.contains(t[p.begin])) {
      // "His aunt and uncle were killed": bare nouns after a possessive, told dead by a plural verb
      int[] listed = conjoined(t, s, p.end, e, true);
      int listedAfter = afterBrackets(t, listed[1], e);
      int listedEnd = listed[0] > 1 && listedAfter < e && PLURAL_AUXILIARIES.contains(t[listedAfter])
          ? predicateAfter(t, listedAfter, e, true) : -1;
      if (listedEnd >= 0) {
        counted = listed;
        end = listed[1];
        predicateEnd = listedEnd;
      }
    }
    if (predicateEnd < 0 || (p.kind == Kind.PRONOUN && counted[0] > 1)) {
      return null;
    }
    Candidate c = new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(counted[0]), p.begin, end, p.begin,
        predicateEnd, counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<the person> <predicate>");
    return new Found(c, p.kind, p.head, true);
  }

  /** Returns the index after a short bracketed aside at {@code j} ("the victim (John Roe) died"), or {@code j}. */
  private static int afterBrackets(Token[] t, int j, int e) {
    if (j >= e || !t[j].is("(")) {
      return j;
    }
    for (int k = j + 1; k < e && k <= j + MAX_NAME + 3; k++) {
      if (t[k].is(")")) {
        return k + 1;
      }
      if (t[k].is("(") || t[k].is(";")) {
        return j;
      }
    }
    return j;
  }

  /** "killed the village chief", "shot dead Nelson Garcia", "the killing of the mayor and his driver". */
  private static Found object(Token[] t, int s, int i, int e) {
    PhraseTable.Match m = Lexicon.ACTIONS.match(t, i, e);
    if (m == null || m.category != CasualtyCategory.KILLED || (i > s && NOT_DONE.contains(t[i - 1]))
        || ActionRules.LOST.contains(t[i]) || ActionRules.BURIED.contains(t[i])) {
      // "she lost her father" tells a loss, not a killing told now (ActionRules counts a loss of many); "buried
      // her son" a funeral
      return null;
    }
    Phrase p = phrase(t, s, m.end, e, false);
    if (p == null) {
      p = bareObject(t, s, m.end, e);
    }
    if (p == null && m.end + 1 < e && OBJECT_PRONOUNS.contains(t[m.end])) {
      // "killing him, his son and two guests": the pronoun counts only with others joined to it
      int[] joined = conjoined(t, s, m.end + 1, e);
      return joined[0] < 2 ? null : new Found(new Candidate(CasualtyCategory.KILLED,
          CasualtyCount.exactly(joined[0]), m.end, joined[1], i, joined[1], null, FigureRole.TOTAL,
          "<killed> him and <the person>"), Kind.DEFINITE, null, false);
    }
    if (p == null || p.kind == Kind.INDEFINITE) {
      return null;
    }
    int[] counted = conjoined(t, s, p.end, e);
    int tail = counted[0] > 1 ? -1 : CasualtyRules.objectTail(t, p.end, e);
    if (tail >= 0) {
      // "killed the chief of the village and his son"
      int[] joined = conjoined(t, s, tail, e);
      if (joined[0] > 1 && CasualtyRules.endsObject(t, joined[1], e)
          && (joined[1] >= e || CasualtyRules.skipAuxiliaries(t, joined[1], e) < 0)) {
        counted = joined;
      }
    }
    Candidate c = new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], i,
        counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<killed> <the person>");
    return new Found(c, p.kind, p.head, false);
  }

  /** Verbs of a blow whose object "to death" makes a victim: "stabbed his wife to death". */
  private static final TokenSet TO_DEATH_VERBS = TokenSet.of("stabbed", "beat", "beaten", "hacked", "bludgeoned",
      "clubbed", "battered", "burned", "burnt", "shot", "kicked", "stoned", "axed", "knifed", "strangled", "choked");

  /**
   * "stabbed his wife to death", "beat the shopkeeper and his son to death": a verb of a blow, the
   * persons it struck, then "to death", which makes them dead. Returns them, or null.
   */
  private static Found objectToDeath(Token[] t, int s, int i, int e) {
    if (!TO_DEATH_VERBS.contains(t[i]) || i > s && NOT_DONE.contains(t[i - 1]) || i + 3 >= e) {
      return null;
    }
    Phrase p = phrase(t, s, i + 1, e, false);
    if (p == null || p.kind == Kind.INDEFINITE) {
      return null;
    }
    // "stabbed his wife and daughter to death": the possessive serves the bare noun after "and"
    int[] counted = conjoined(t, s, p.end, e, Lexicon.POSSESSIVES.contains(t[i + 1]));
    int k = counted[1];
    if (k + 1 >= e || !t[k].is("to") || !t[k + 1].is("death")) {
      return null;
    }
    Candidate c = new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(counted[0]), p.begin, k, i, k + 2,
        counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<struck> <the person> to death");
    return new Found(c, p.kind, p.head, false);
  }

  /**
   * Reads a person named without a determiner after a killing verb: "killed prominent novelist
   * John Carter", "shot dead Sheikh Omar Bakri", and in a headline "kill senior commander in
   * raid". Up to four words whose last is a singular person noun (after lowercase modifiers, or a
   * capitalised title), then a name, or the end of the object; null otherwise.
   */
  private static Phrase bareObject(Token[] t, int s, int i, int e) {
    int head = -1;
    for (int k = i; k < e && k < i + MAX_MODIFIERS; k++) {
      Token w = t[k];
      if (!w.isWord() || w.has(WordFlags.FUNCTION) || w.has(WordFlags.NUMBER_WORD) || w.lower.endsWith("'s")) {
        return null;
      }
      if (Lexicon.isPeople(w)) {
        head = k;
        if (!(k + 1 < e && t[k + 1].isWord() && Lexicon.isPeople(t[k + 1]))) {
          break;
        }
      } else if (w.capitalized) {
        // a capitalised word that names no people ("Jordanian" does) starts a name, read elsewhere
        return null;
      }
    }
    if (head < 0 || !People.isSingular(t[head].lower) || GROUPS.contains(t[head])
        || ATTACKERS.contains(t[head]) || POLICE.contains(t[head])) {
      return null;
    }
    int after = head + 1;
    Phrase named = after < e ? name(t, s, after, e) : null;
    if (named != null) {
      return new Phrase(i, named.end, Kind.DEFINITE, t[head].lower, t[head].lower);
    }
    boolean ends = after >= e || (t[after].isPunct() && !t[after].is("'")) || t[after].is("in") || t[after].is("on")
        || t[after].is("at") || t[after].is("near");
    return ends ? new Phrase(i, after, Kind.DEFINITE, t[head].lower, t[head].lower) : null;
  }

  /**
   * Counts the victims joined to the first by "and" or commas ("the driver and his assistant", "the
   * mayor, his wife and two guards"); returns {count, end}.
   */
  static int[] conjoined(Token[] t, int s, int end, int e) {
    return conjoined(t, s, end, e, false);
  }

  /**
   * Counts as {@link #conjoined(Token[], int, int, int)} does; where the list is told as victims
   * ({@code victims}: "killed along with his wife and driver"), a possessive serves the bare nouns
   * after it as an indefinite article does.
   */
  static int[] conjoined(Token[] t, int s, int end, int e, boolean victims) {
    int count = 1;
    int j = ageAside(t, end, e);
    int listed = 0;
    while (j + 1 < e && (t[j].is("and") || t[j].is(","))) {
      boolean and = t[j].is("and") || t[j + 1].is("and");
      int k = t[j].is(",") && t[j + 1].is("and") ? j + 2 : j + 1;
      if (k >= e) {
        break; // ", and" ends the text
      }
      Phrase next = phrase(t, s, k, e, false);
      if (next == null) {
        next = bareNoun(t, s, k, e, victims);
      }
      int n = 1;
      int nextEnd;
      if (next != null && next.kind != Kind.PRONOUN && (and || next.kind != Kind.INDEFINITE)) {
        nextEnd = next.end;
      } else {
        Quantity q = QuantityParser.parse(t, k, e);
        People people = q == null ? null : People.afterCount(t, q, e);
        // "commander, 2 others": a headline's list closed by the others, without "and"
        boolean others = people != null && t[people.end - 1].is("others");
        if (people == null || q.count.qualifier() != CountQualifier.EXACT || !and && !others) {
          break;
        }
        and |= others;
        n = (int) Math.min(q.count.value().orElse(0), 100_000);
        nextEnd = people.end;
      }
      if (next != null) {
        nextEnd = ageAside(t, nextEnd, e);
      }
      if (!and) {
        // "the pastor, his wife and ...": a comma lists only if an "and" closes the list
        listed += n;
        j = nextEnd;
        continue;
      }
      count += listed + n;
      listed = 0;
      j = nextEnd;
      end = j;
      break;
    }
    return new int[] {count, end};
  }

  /**
   * Returns the index of the comma closing an age aside at {@code j} after a person and before more
   * persons are listed (", 20," in "John Roe, 20, and Jane Doe, 22, were shot"), or {@code j}.
   */
  private static int ageAside(Token[] t, int j, int e) {
    boolean aside = j + 3 < e && t[j].is(",") && t[j + 1].isNumber() && t[j + 1].lower.length() <= 3
        && t[j + 2].is(",");
    return aside && (t[j + 3].is("and") || t[j + 3].isWord() && t[j + 3].capitalized) ? j + 2 : j;
  }

  /**
   * Reads a singular person noun without a determiner of its own at {@code k}, listed after a first
   * person told with an indefinite article that serves them all ("a mother and <b>daughter</b>", "a
   * man, <b>woman</b> and <b>boy</b>"), or returns null. After "the" or a possessive the list is left
   * as it was, "deaths of his aunt and uncle" often tells of someone's past, not the incident's
   * victims, unless the list is told as {@code victims} ("along with his wife and <b>driver</b>").
   */
  private static Phrase bareNoun(Token[] t, int s, int k, int e, boolean victims) {
    Token w = t[k];
    if (!w.isWord() || w.capitalized || !Character.isLetter(w.lower.charAt(0)) || !Lexicon.isPeople(w)
        || !People.isSingular(w.lower) || GROUPS.contains(w) || k + 1 < e && !endsPhrase(t, k + 1, e)) {
      return null;
    }
    for (int j = k - 1; j >= Math.max(s, k - MAX_LISTED); j--) {
      if (INDEFINITE.contains(t[j]) || victims && Lexicon.POSSESSIVES.contains(t[j])) {
        return new Phrase(k, k + 1, Kind.DEFINITE, w.lower, w.lower);
      }
      boolean listWord = t[j].isWord() && Lexicon.isPeople(t[j]) && !DETERMINERS.contains(t[j]);
      if (!(t[j].is(",") || t[j].is("and") || listWord)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Reads a person phrase at {@code i}, or returns null; a bare pronoun only as a {@code subject}. The victim and
   * the wounded rules both ask at each word of a sentence, so the phrase is read once and kept on its token.
   */
  static Phrase phrase(Token[] t, int s, int i, int e, boolean subject) {
    if (i >= e || !t[i].isWord() || !(t[i].capitalized || t[i].has(WordFlags.PERSON_FIRST))) {
      return null;
    }
    Token at = t[i];
    if (at.phraseFrom != s || at.phraseLimit != e) {
      at.phrase = read(t, s, i, e);
      at.phraseFrom = s;
      at.phraseLimit = e;
    }
    return subject || at.phrase == null || at.phrase.kind != Kind.PRONOUN ? at.phrase : null;
  }

  private static Phrase read(Token[] t, int s, int i, int e) {
    if (PRONOUNS.contains(t[i])) {
      return new Phrase(i, i + 1, Kind.PRONOUN, null, null);
    }
    if (DETERMINERS.contains(t[i]) || INDEFINITE.contains(t[i])) {
      return nounPhrase(t, i, e, INDEFINITE.contains(t[i]) ? Kind.INDEFINITE : Kind.DEFINITE);
    }
    return name(t, s, i, e);
  }

  /** "the village chief", "his three-year-old son", "the mayor Jane Doe": a singular person noun last. */
  private static Phrase nounPhrase(Token[] t, int i, int e, Kind kind) {
    int head = -1;
    int k = i + 1;
    for (; k < e && k <= i + MAX_MODIFIERS; k++) {
      Token w = t[k];
      if (!w.isWord() || w.has(WordFlags.FUNCTION)) {
        break;
      }
      if ((Lexicon.isPeople(w) || People.isAgeNoun(t, k)) && People.isSingular(w.lower) && !GROUPS.contains(w)
          && !(w.is("head") && k == i + 1 && !(k + 1 < e && t[k + 1].is("of")))) {
        head = k;
      } else if (head >= 0 && !w.capitalized) {
        break;
      }
    }
    if (head < 0 || (k < e && !endsPhrase(t, k, e))) {
      return null;
    }
    boolean possessive = k < e && t[k].is("'");
    if (possessive) {
      return null;
    }
    StringBuilder who = new StringBuilder();
    for (int n = i + 1; n <= head; n++) {
      who.append(n > i + 1 ? " " : "").append(t[n].lower);
    }
    return new Phrase(i, k, kind, who.toString(), t[head].lower);
  }

  /**
   * Whether the word at {@code k} cannot continue a noun phrase: "the mayor <b>was</b>", "the mayor
   * <b>sparked</b>", "shot his daughter <b>once</b>", "a woman <b>went</b>".
   */
  private static boolean endsPhrase(Token[] t, int k, int e) {
    Token w = t[k];
    return !w.isWord() || w.capitalized || w.has(WordFlags.FUNCTION) || w.has(WordFlags.STOP) || HOW_OFTEN.contains(w)
        || w.has(WordFlags.AUXILIARY) || Lexicon.PREDICATES.match(t, k, e) != null
        || (w.lower.endsWith("ed") && !Lexicon.isPeople(w));
  }

  /** "Nelson Garcia", "activist Martinez": capitalised words, one only after a title or a person noun. */
  private static Phrase name(Token[] t, int s, int i, int e) {
    if (!isNameWord(t[i]) || (i > s && isNameWord(t[i - 1]))) {
      return null;
    }
    int k = i;
    while (k < e && k < i + MAX_NAME && isNameWord(t[k])) {
      k++;
    }
    boolean titled = i > s && t[i - 1].isWord() && (!t[i - 1].capitalized || i - 1 == s)
        && (Lexicon.isPeople(t[i - 1]) || TITLES.contains(t[i - 1]));
    boolean dotted = i > s + 1 && t[i - 1].is(".") && TITLES.contains(t[i - 2]);
    if (k - i < 2 && !titled && !dotted && !joinedKin(t, k, e) && !loneName(t, i, e)) {
      return null;
    }
    if (k < e && t[k].isWord() && !t[k].has(WordFlags.STOP) && !t[k].has(WordFlags.AUXILIARY)
        && Lexicon.PREDICATES.match(t, k, e) == null) {
      return null;
    }
    String who = titled && !TITLES.contains(t[i - 1]) ? t[i - 1].lower : null;
    return new Phrase(i, k, Kind.DEFINITE, who, null);
  }

  /**
   * Whether the one capitalised word at {@code i} is a surname or a first name told alone before a
   * singular verb: "Kaden was pronounced dead", "Lopez died at the hospital". A word that counts or
   * stands for anyone ("Both", "Everyone", "Another") is none.
   */
  private static boolean loneName(Token[] t, int i, int e) {
    Token w = t[i];
    return i + 1 < e && LONE_NAME_VERBS.contains(t[i + 1]) && !NOT_LONE_NAMES.contains(w)
        && !w.has(WordFlags.NUMBER_WORD) && !w.has(WordFlags.FUNCTION) && !w.has(WordFlags.STOP)
        && !w.has(WordFlags.AUXILIARY) && !w.has(WordFlags.QUANTITY_FIRST) && !w.has(WordFlags.NOT_PEOPLE)
        && w.lower.length() > 2;
  }

  /**
   * Whether "and his" or "and her" and a person noun follow at {@code k}: "Mbele and his cousin"
   * names a person by one word, as a place or a group is not joined to someone's kin.
   */
  private static boolean joinedKin(Token[] t, int k, int e) {
    return k + 2 < e && t[k].is("and") && (t[k + 1].is("his") || t[k + 1].is("her")) && Lexicon.isPeople(t[k + 2])
        && People.isSingular(t[k + 2].lower);
  }

  private static boolean isNameWord(Token w) {
    return w.isWord() && w.capitalized && !NOT_NAMES.contains(w) && !w.has(WordFlags.PEOPLE)
        && !w.lower.endsWith("'s") && !(w.lower.endsWith("s") && w.has(WordFlags.NOT_PEOPLE))
        && !QuantityParser.isMonth(w.lower);
  }

  /**
   * Returns the end of the main predicate after a relative clause at {@code r} in a victim's tail,
   * or -1: "the mayor of the town <b>who was running for office</b> has been killed". The clause's
   * own verb comes first and is never the victim's: "the mother of the boy who was killed spoke"
   * says nothing of the mother.
   */
  private static int afterRelative(Token[] t, int r, int e, boolean plural) {
    int stop = Math.min(e, r + MAX_ASIDE);
    for (int n = r + 2; n < stop; n++) {
      Token w = t[n];
      if ((w.isPunct() && !w.is("-")) || CLAUSE_ENDS.contains(w) || w.is("and")) {
        return -1;
      }
      if (BE.contains(w) || PLURAL_AUXILIARIES.contains(w) || w.is("has") || w.is("had")) {
        int end = predicateAfter(t, n, e, plural);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  /**
   * Steps over what may follow a subject before its predicate, a prepositional tail ("of a town in
   * western Mexico") or asides between commas (", 39,", ", mayor of a town, a local journalist,"),
   * and returns the end of the predicate after it, or -1.
   */
  private static int predicateAfterTail(Token[] t, int j, int e, boolean plural) {
    if (j >= e) {
      return -1;
    }
    boolean aside = t[j].is(",");
    if (!aside && !TAIL_STARTS.contains(t[j])) {
      return -1;
    }
    if (t[j].is("who")) {
      // "the girl who was shot inside a home has died": the clause's verb is not the victim's
      int end = afterRelative(t, j, e, plural);
      if (end >= 0) {
        return end;
      }
    }
    int stop = Math.min(e, j + MAX_ASIDE);
    for (int k = j + 1; k < stop; k++) {
      Token w = t[k];
      if (w.is(".") || w.is(";") || (w.isPunct() && !w.is(",") && !aside) || (!aside && k > j + MAX_TAIL)) {
        return -1;
      }
      int end = -1;
      if (!aside && RELATIVES.contains(w)) {
        // "the mother of the boy who was killed": the clause is the boy's, read from "the boy"
        // "who" only: "a staff member at the clinic that his family was dead" is no relative clause
        return w.is("who") ? afterRelative(t, k, e, plural) : -1;
      }
      if (w.is(",")) {
        end = predicateAfter(t, k + 1, e, plural);
        aside = true;
      } else if (!aside && (BE.contains(w) || w.is("has") || INTRANSITIVE.contains(w))) {
        return predicateAfter(t, k, e, plural);
      }
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /**
   * Returns the end of a killed predicate after auxiliaries at {@code j}, or -1: a passive ("was
   * killed", "has been shot dead") or an intransitive ("died", "was pronounced dead"), or "was shot
   * ... and died". With {@code plural} false, "were" or "are" refuse: one person is no "were".
   */
  private static int predicateAfter(Token[] t, int j, int e, boolean plural) {
    int k = CasualtyRules.skipAuxiliaries(t, j, e);
    if (k < 0) {
      return shotAndDied(t, j, e, plural);
    }
    PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, e);
    if (k == j && SUFFERED.contains(t[k]) && (m == null || m.category != CasualtyCategory.KILLED)) {
      return shotAndDied(t, j, e, plural); // "suffered a gunshot wound and died at the hospital"
    }
    if (m == null || m.category != CasualtyCategory.KILLED || !auxiliariesFit(t, j, k, plural)) {
      return -1;
    }
    boolean passive = false;
    for (int n = j; n < k; n++) {
      passive |= BE.contains(t[n]) || PLURAL_AUXILIARIES.contains(t[n]) && !t[n].is("have");
    }
    if (!passive && !INTRANSITIVE.contains(t[k])) {
      return -1;
    }
    return m.end;
  }

  private static boolean auxiliariesFit(Token[] t, int j, int k, boolean plural) {
    for (int n = j; n < k; n++) {
      String w = t[n].lower;
      if (MODALS.contains(t[n]) || (!plural && PLURAL_AUXILIARIES.contains(t[n])) || w.equals(",") && n == j) {
        return false;
      }
    }
    return true;
  }

  /** Illnesses "suffered" before a death, which tell no harm done: "suffered a stroke and died". */
  private static final TokenSet ILLNESSES = TokenSet.of("stroke", "heart", "cardiac", "illness", "seizure", "seizures",
      "cancer", "infection", "disease", "aneurysm", "fever", "relapse", "breakdown", "haemorrhage", "hemorrhage");

  /** Verbs of a harm borne, in the active voice: "suffered a gunshot wound and died". */
  private static final TokenSet SUFFERED = TokenSet.of("suffered", "sustained");

  /**
   * "was beaten in a cell and died overnight", "was stabbed and later pronounced dead", "suffered a gunshot
   * wound and died at the hospital".
   */
  private static int shotAndDied(Token[] t, int j, int e, boolean plural) {
    int k = j;
    while (k < e && k < j + 4 && t[k].has(WordFlags.AUXILIARY) && !HURT_VERBS.contains(t[k])) {
      k++;
    }
    boolean suffered = k == j && k < e && SUFFERED.contains(t[k]);
    if (!suffered && (k >= e || k == j || !HURT_VERBS.contains(t[k]) || !auxiliariesFit(t, j, k, plural))) {
      return -1;
    }
    int stop = Math.min(e, k + SHOT_WINDOW);
    for (int n = k + 1; n < stop; n++) {
      if (CLAUSE_ENDS.contains(t[n])) {
        return -1;
      }
      if (t[n].is("and")) {
        if (suffered && Sentences.containsAny(t, k + 1, n, ILLNESSES)) {
          return -1; // "suffered a heart attack and died": an illness, no harm done to the person
        }
        int d = n + 1;
        while (d < e && LATER.contains(t[d])) {
          d++;
        }
        PhraseTable.Match m = d < e && (INTRANSITIVE.contains(t[d]) || t[d].is("was"))
            ? Lexicon.PREDICATES.match(t, t[d].is("was") ? d + 1 : d, e) : null;
        return m != null && m.category == CasualtyCategory.KILLED ? m.end : -1;
      }
    }
    return -1;
  }
}
