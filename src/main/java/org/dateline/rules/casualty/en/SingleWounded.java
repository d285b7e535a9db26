package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Wounded victims told one by one, without a number: "the boy was shot in the leg", "Smith was
 * grazed by a bullet", "the girl is in critical condition", "an 11-year-old suffered a gunshot
 * wound", "the girl is recovering from a gunshot wound", "the man was found with a gunshot wound",
 * "the boy accidentally shot himself", "his brother shot him in the foot", "injuring Jane Doe and John Roe". A sentence that
 * says one identified person was hurt states a figure of exactly 1 injured; persons joined by
 * "and" add up.
 *
 * <p>The person is read as {@link SingleVictims} reads it (a determiner and a singular person
 * noun, "a"/"an" and a person noun, or a name), at the start of a clause ("police said that the
 * boy was shot", not "the mother of the boy was shot"). The predicate needs a passive for the verbs ("was
 * shot", "had been wounded"; never a modal, never "not": "was not hurt" is no figure), and the
 * sentence must not tell a death: "was shot and killed", "shot himself fatally" belong to the
 * killed rules, and a person "shot" in a sentence about a death is most likely the dead one. A
 * later "he died" turns the figure into killed (see {@link SingleVictims#apply}).
 */
final class SingleWounded {
  private static final int MAX_AUXILIARIES = 5;
  private static final int MAX_OBJECT = 6;
  private static final TokenSet BE = TokenSet.of("was", "is", "been", "being", "got", "gets", "remains",
      "remained", "listed", "be");
  private static final TokenSet AUXILIARIES = TokenSet.of(
      "was", "is", "been", "being", "got", "gets", "has", "had", "remains", "remained", "listed", "also",
      "accidentally", "reportedly", "allegedly", "apparently", "critically", "seriously", "severely",
      "slightly", "badly", "gravely", "later", "then", "initially", "still", "now", "currently",
      "reported", "said", "believed", "mistakenly", "unintentionally", "grazed", "found");
  /** Words before a participle that make it passive or adjectival: "were shot", "had been wounded". */
  private static final TokenSet PASSIVE = TokenSet.of("were", "are", "am", "be", "get", "getting",
      "the", "a", "an", "and", "remains", "remained", "listed", "critically", "seriously", "also");
  private static final TokenSet HURT = TokenSet.of("shot", "wounded", "injured", "hurt", "grazed");
  private static final TokenSet HIT = TokenSet.of("struck", "hit");
  /** Words that tell a person hurt lives: "a minor wound", "in stable condition", "was released". */
  private static final TokenSet ALIVE = TokenSet.of("minor", "stable", "released", "non-fatal", "nonfatal",
      "survivable", "graze", "superficial");
  /** How many words after a person's hurt a word telling they live may stand. */
  private static final int ALIVE_WINDOW = 12;
  /** Verbs of being moved, which tell a wound after a shooting only with a hospital: "taken to a hospital". */
  private static final TokenSet MOVED = TokenSet.of("taken", "transported", "rushed", "driven", "flown", "airlifted",
      "arrived", "went", "drove", "walked", "showed", "came", "sent");
  /** Words that tell care without a hospital named: "was hospitalized", "taken to a clinic". */
  private static final TokenSet CARE_WORDS = TokenSet.of("hospitalized", "hospitalised", "admitted", "clinic", "clinics");
  /** How many words a clause of a person hurt beside a killing may take: the work stays bounded. */
  private static final int MAX_CLAUSE = 24;
  /** Wounding verbs joined to a killing: "killed a boy and <b>wounded</b> his father". */
  private static final TokenSet WOUNDING = TokenSet.of("wounded", "wounding", "injured", "injuring");
  /**
   * The "was" of one person killed, which a person hurt after "and" may share: "was killed and his
   * wife injured". After "were" (a group dead) the reading is not taken: the one such report in
   * the GVA feed ("she and her two sons were dead and her father critically injured") is of a
   * father its incident's final toll counts dead, and no other was seen to weigh against it.
   */
  private static final TokenSet KILLED_PASSIVE = TokenSet.of("was");
  private static final TokenSet MISSILES = TokenSet.of("bullet", "bullets", "gunfire", "round", "rounds",
      "pellets", "shotgun", "gunshot", "fragment", "fragments", "projectile", "pellet", "shots");
  /** Active verbs of a bullet hitting someone: "a bullet struck the boy". */
  private static final TokenSet MISSILE_HITS = TokenSet.of("struck", "hit", "grazed", "hitting", "striking",
      "grazing", "strikes", "hits");
  /** Words before "shot" that make it a bullet fired: "a shot", "one shot", "a single shot". */
  private static final TokenSet ONE_SHOT = TokenSet.of("the", "a", "one", "single");
  /** A gun going off: "the gun discharged, striking the boy", "he fired, hitting a bystander". */
  private static final TokenSet GOING_OFF = TokenSet.of("discharged", "fired");
  /** How many words before the verb the bullet may stand: "a bullet passed through the wall and struck". */
  private static final int MAX_MISSILE_DISTANCE = 10;
  /** Verbs of a person taken in or treated: "was taken to a hospital with ... injuries". */
  private static final TokenSet CONVEYED = TokenSet.of("taken", "transported", "rushed", "driven", "flown",
      "airlifted", "hospitalized", "hospitalised", "admitted", "arrived", "treated", "found", "recovering", "listed",
      "expected", "recovered", "released", "went", "drove", "walked", "showed", "came", "sent");
  private static final TokenSet CLAUSE_ENDS = TokenSet.of(".", ";", "but", "where", "who", "which", "while");
  /** Auxiliaries of a plural subject, and words that say it is everyone counted: "were all taken". */
  private static final TokenSet PLURAL_AUXILIARIES = TokenSet.of("were", "are", "have", "all", "both", "each");
  /** What a person was taken in or is recovering after or from: "after he was shot", "from a gunshot wound". */
  private static final TokenSet SHOT_OR_WOUNDS = TokenSet.of("shot", "shooting", "gunshot", "wound", "wounds",
      "injuries", "injury");
  /** How many words after the verb the wound may stand. */
  private static final int MAX_CONVEYED_CLAUSE = 14;
  private static final TokenSet SUFFERED = TokenSet.of("suffered", "sustained", "received", "suffering",
      "recovering", "treated", "with");
  private static final TokenSet WOUNDS = TokenSet.of("wound", "wounds", "injuries", "injury");
  private static final TokenSet CONDITION = TokenSet.of("condition");
  private static final TokenSet CONDITIONS = TokenSet.of("critical", "serious", "stable", "grave", "fair",
      "life-threatening");
  private static final TokenSet SELF = TokenSet.of("himself", "herself");
  /**
   * Words after which a pronoun opens the clause that tells its hurt: "police said he was shot", "a
   * boy is lucky to be alive after he was shot"; not "taken to jail, where he was treated".
   */
  private static final TokenSet PRONOUN_OPENERS = TokenSet.of("said", "says", "say", "told", "that", "after", "when",
      "before", "because", "as", "and", "but", "until", ",");
  /** Pronouns that may stand for one person hurt: "he was shot in the leg". */
  private static final TokenSet PRONOUN_HURT = TokenSet.of("he", "she");
  /** How many words after "survives" the bullet or wound may stand: "survives accidental rifle shot". */
  private static final int SURVIVED_WINDOW = 4;
  /** Pronouns that refer back to a person told before: "he then shot himself". */
  private static final TokenSet SUBJECT_PRONOUNS = TokenSet.of("he", "she", "they", "i", "you", "we", "it");
  /** Adverbs between a subject and its verb: "accidentally", "then", "allegedly". */
  private static final TokenSet ADVERBS_BEFORE_VERB = TokenSet.of("accidentally", "then", "allegedly",
      "apparently", "reportedly", "later", "also", "unintentionally", "mistakenly", "inadvertently", "had",
      "has", "just");
  /** Words before where a person was found: "found the victim at the residence with a gunshot wound". */
  private static final TokenSet PLACE_PREPOSITIONS = TokenSet.of("at", "in", "inside", "near", "outside");
  /** How many words the place where a person was found may take, its preposition included. */
  private static final int MAX_PLACE = 5;
  /** Where a bullet hits: "struck in the leg". */
  private static final TokenSet BODY = TokenSet.of("leg", "arm", "head", "chest", "back", "shoulder", "hand", "foot",
      "neck", "abdomen", "stomach", "thigh", "hip", "face", "buttocks", "knee", "ankle", "side", "torso", "groin",
      "wrist", "jaw", "eye", "legs", "arms", "finger");
  /** Words that tell of a gun in the sentence of a person hit. */
  private static final TokenSet GUNS = TokenSet.of("gun", "handgun", "rifle", "pistol", "shotgun", "gunfire", "bullet",
      "shots", "fired", "discharged", "shooting", "gunman", "firearm", "weapon");
  /** Words that tell a person besides others told before: "the other victim", "a second man". */
  private static final TokenSet BESIDES = TokenSet.of("other", "second", "third", "fourth", "another", "surviving");
  private static final TokenSet SHOTS = TokenSet.of("shot", "struck", "hit", "stabbed", "shooting", "shoots");
  /** Persons told by their tie to someone, whom a death told before does not name: "the cousin". */
  private static final TokenSet RELATIVES = TokenSet.of("wife", "husband", "son", "daughter", "mother", "father",
      "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "grandson",
      "granddaughter", "friend", "girlfriend", "boyfriend", "fiancee", "fiance", "companion", "bodyguard");
  private static final TokenSet OF_DETERMINERS = TokenSet.of("the", "a", "an", "his", "her", "their");
  /** How many words a person's "of" phrase may take after its determiner: "of the second car". */
  private static final int MAX_OF_TAIL = 3;
  /** How many words an apposition after the person may take: "the other victim, 20-year-old Jay Roe,". */
  private static final int MAX_APPOSITION = 8;
  /** Words that make a comma's clause more than an apposition. */
  private static final TokenSet VERB_LIKE = TokenSet.of("who", "which", "that", "said", "says", "police", "and", "but");
  /** An age written as one word before a person noun: "13-year-old", "two-year-old". */
  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[a-z0-9]{1,12}-(year|month)-old");
  /** "shot at", "shot down", "shot up", "shot into the air": no one hit. */
  private static final TokenSet NOT_HIT = TokenSet.of("at", "down", "up", "into", "through", "dead", "to");
  /** Words in the sentence that tell a death: the person "shot" is then most likely the dead one. */
  private static final TokenSet FATAL = TokenSet.of(
      "fatally", "died", "dead", "killed", "killing", "kills", "succumbed", "dies", "mortally", "deceased", "death",
      "murdered", "murder", "homicide", "slain", "fatal", "suicide");
  /** Words that tell a death was told in a report, besides {@link #FATAL}: "addressing the funeral". */
  private static final TokenSet DEATH_SIGNS = TokenSet.of("funeral", "funerals", "autopsy", "coroner", "obituary");
  /** Words that open a clause, so a person after them may be its subject: "police said <b>that</b> the boy was shot". */
  private static final TokenSet OPENERS = TokenSet.of(
      "that", "after", "when", "while", "before", "since", "said", "says", "told", "reported", "where");
  private static final TokenSet NOT_DONE = TokenSet.of(
      "to", "not", "n't", "never", "will", "would", "could", "might", "may", "tried", "trying", "attempted",
      "threatened", "threatening");

  /** Words that join a part of its own to a killing: "died <b>and</b> his wife was hurt", "<b>while</b>". */
  private static final TokenSet JOINS = TokenSet.of("and", "while", "but", "whereas");
  /** How many words may stand between a killing's predicate and the join: "was killed in the crash, while". */
  private static final int MAX_JOIN = 8;

  private SingleWounded() {}

  /**
   * Returns the single wounded victims of the sentence {@code [s, e)} as a candidate, or null: none
   * when the sentence already has an injured figure ({@code accepted}), tells a death, or
   * when the victim is a definite person or a name and the report already counted killed people
   * ({@code out}): "the victim was shot" then names one of the dead. After a killed figure of the
   * sentence, only a person wounded besides ("killed the boy and wounded his father"). "He" or "she"
   * counts only in a report that tells no death anywhere ({@code soFar}) and has told no
   * one killed or hurt before: "he was shot in the leg".
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out,
      ReportSoFar soFar) {
    boolean killed = false;
    int counted = -1;
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.INJURED && (counted < 0 || c.spanBegin < counted)) {
        counted = c.spanBegin;
      }
      killed |= c.category == CasualtyCategory.KILLED;
    }
    if (counted >= 0) {
      return hurtBeforeCounted(t, s, counted);
    }
    if (killed) {
      Candidate besides = woundedBesidesKilled(t, s, e, accepted);
      return besides != null || s > 0 ? besides : hurtAfterKilledInHeadline(t, s, e, accepted);
    }
    if (tellsADeath(t, s, e)) {
      return null;
    }
    Candidate headline = Headlines.apply(t, s, e);
    if (headline != null) {
      return headline;
    }
    boolean pronouns = !soFar.deathTold && soFar.noneHurtOrKilled(out);
    for (int i = s; i < e; i++) {
      Candidate c = subject(t, s, i, e, pronouns, soFar.shooting);
      if (c == null) {
        c = object(t, s, i, e);
      }
      if (c == null) {
        c = activeObject(t, s, i, e);
      }
      if (c == null) {
        c = missileObject(t, s, i, e);
      }
      if (c != null) {
        return definiteAfterDeaths(t, c, e, out) || oneOfTheHurt(t, c, out) ? null : c;
      }
    }
    return reflexive(t, s, e);
  }

  /**
   * Returns the headline's person told hurt after its dead, past a comma ("7-year-old killed,
   * grandmother injured in shooting"), or null.
   */
  private static Candidate hurtAfterKilledInHeadline(Token[] t, int s, int e, List<Candidate> accepted) {
    Candidate h = Headlines.apply(t, s, e);
    if (h == null || h.spanBegin == s || !t[h.spanBegin - 1].is(",")) {
      return null;
    }
    for (Candidate c : accepted) {
      if (c.spanEnd > h.spanBegin) {
        return null;
      }
    }
    return h;
  }

  /**
   * Returns a person told hurt in a clause of their own before the hurt counted at {@code counted}:
   * "<b>the driver was taken to hospital with minor injuries</b>, and two passengers were treated at
   * the scene". After the count, a person told hurt is one of those counted.
   */
  private static Candidate hurtBeforeCounted(Token[] t, int s, int counted) {
    int join = counted - 1;
    if (join <= s || !(t[join].is("and") || t[join].is("while"))) {
      return null;
    }
    int end = t[join - 1].is(",") ? join - 1 : join;
    if (tellsADeath(t, s, end)) {
      return null;
    }
    for (int i = s; i < end; i++) {
      Candidate hurt = subject(t, s, i, end, false, false);
      if (hurt != null) {
        return hurt;
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to)} tell a death: "died", "killed", "fatal", "homicide". */
  private static boolean tellsADeath(Token[] t, int from, int to) {
    return Sentences.containsAny(t, from, to, FATAL);
  }

  /**
   * Whether a report's tokens {@code [from, to)} tell a death, in the words of {@link #tellsADeath}
   * or by its signs: "a funeral", "the autopsy", "the coroner".
   */
  static boolean reportTellsADeath(Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (FATAL.contains(t[i]) || DEATH_SIGNS.contains(t[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person hurt besides the dead the sentence counted, in a part joined by "and" to the killing:
   * a wounding verb and a person after the killing ("killed a 6-year-old boy and critically wounded
   * his father", "killing Jane Doe at the scene and injuring John Roe"), as "killed two and wounded
   * three" counts both; or a clause of its own with a person hurt, after the killing ("a father was
   * killed and his 4-year-old son was shot") or before it ("a girl was grazed by a bullet and her
   * uncle was shot dead"), that tells no death itself. Returns null when there is none.
   */
  private static Candidate woundedBesidesKilled(Token[] t, int s, int e, List<Candidate> accepted) {
    for (Candidate c : accepted) {
      if (c.category != CasualtyCategory.KILLED) {
        continue;
      }
      int and = c.spanEnd < e && !t[c.spanEnd].is("and") ? CasualtyRules.objectTail(t, c.spanEnd, e) : c.spanEnd;
      if (and < 0) {
        and = joinAfter(t, c.spanEnd, e);
      }
      boolean passive = Sentences.containsAny(t, c.spanBegin, c.spanEnd, KILLED_PASSIVE);
      Candidate after = and < 0 || and + 1 >= e || !JOINS.contains(t[and]) ? null
          : woundedAfterAnd(t, s, and, e, passive);
      if (after != null) {
        return after;
      }
      int before = c.spanBegin - 1;
      int from = Math.max(s, before - MAX_CLAUSE);
      if (before > s && t[before].is("and") && !tellsADeath(t, from, before)) {
        for (int i = from; i < before; i++) {
          Candidate hurt = subject(t, s, i, before, false, false);
          if (hurt != null) {
            return besidesTheDead(hurt);
          }
        }
      }
    }
    return null;
  }

  /**
   * Returns the index of a join ("and", "while", "but", "whereas", after a comma or not) within a
   * few words after a killing's predicate ending at {@code from} ("was killed in the crash, while"),
   * or -1 if another mark, a number or a predicate comes first.
   */
  private static int joinAfter(Token[] t, int from, int e) {
    for (int k = from; k < e && k <= from + MAX_JOIN; k++) {
      if (JOINS.contains(t[k])) {
        return k;
      }
      if (t[k].is(",") && k + 1 < e && JOINS.contains(t[k + 1])) {
        return k + 1;
      }
      if (!t[k].isWord() || t[k].has(WordFlags.NUMBER_WORD) || Lexicon.PREDICATES.match(t, k, e) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** The person hurt after the "and" at {@code and} that follows a killing: see {@link #woundedBesidesKilled}. */
  private static Candidate woundedAfterAnd(Token[] t, int s, int and, int e, boolean passive) {
    int k = and + 1;
    while (k < e && k <= and + 2 && t[k].lower.endsWith("ly")) {
      k++; // "critically", "seriously"
    }
    if (k + 1 < e && WOUNDING.contains(t[k])) {
      SingleVictims.Phrase p = SingleVictims.phrase(t, s, k + 1, e, false);
      if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.begin != k + 1) {
        return null;
      }
      int[] counted = SingleVictims.conjoined(t, s, p.end, e);
      return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], k,
          counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<killed> and <wounded> <the person>");
    }
    if (passive && t[and].is("and")) {
      Candidate shared = sharedPassive(t, s, and, e);
      if (shared != null) {
        return shared;
      }
    }
    // "a father was killed and his son was shot": the clause after "and" starts as a sentence would
    int end = Math.min(e, and + 1 + MAX_CLAUSE);
    return tellsADeath(t, and + 1, end) ? null : besidesTheDead(subject(t, and + 1, and + 1, end, false, false));
  }

  /**
   * "a girl was killed and her mother seriously injured": the person after the "and" at {@code and}
   * shares the killing's "was", so a wounding participle right after them (an adverb may stand
   * between) tells them hurt. Returns null when there is none.
   */
  private static Candidate sharedPassive(Token[] t, int s, int and, int e) {
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, and + 1, e, false);
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.begin != and + 1) {
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e, true);
    int k = counted[1];
    while (k < e && k <= counted[1] + 1 && t[k].lower.endsWith("ly")) {
      k++; // "seriously", "critically"
    }
    boolean hurt = k < e && (t[k].is("wounded") || t[k].is("injured") || t[k].is("hurt"));
    if (!hurt || k + 1 < e && (t[k + 1].isWord() && SingleVictims.phrase(t, s, k + 1, e, false) != null)) {
      // "his wife injured a neighbour": an object after the verb makes it active
      return null;
    }
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], p.begin,
        k + 1, counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<killed> and <the person> <hurt>, besides <the killed>");
  }

  /**
   * Names a person hurt in a clause beside a killing as no count of everyone shot (which a toll
   * would read less the dead): the dead are told in the other clause. Returns null for null.
   */
  private static Candidate besidesTheDead(Candidate c) {
    return c == null ? null : new Candidate(c.category, c.count, c.numberBegin, c.numberEnd, c.spanBegin, c.spanEnd,
        c.who, c.role, c.rule + ", besides <the killed>");
  }

  /**
   * "a 4-year-old girl in Lake County accidentally shot herself", "Police name man who shot self
   * after tripping", "burglary suspect suffers self-inflicted gunshot wound", "man shoots own foot": a person who shot
   * themselves is one person hurt, whoever the subject is, unless a pronoun ("he then shot
   * himself") refers to someone told before. "Shot himself" counts a person shot, whom a toll reads
   * less the dead: after a killing, it is most likely the killer's death; a self-inflicted wound is
   * told of the living. Returns null when there is none.
   */
  private static Candidate reflexive(Token[] t, int s, int e) {
    for (int i = s + 1; i + 1 < e; i++) {
      boolean shot = (t[i].is("shot") || t[i].is("shoots")) && (Headlines.SELF.contains(t[i + 1]) || ownBody(t, i + 1, e));
      if (survived(t, i, e)) {
        return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), i - 1, i, i - 1, i + 1, t[i - 1].lower,
            FigureRole.TOTAL, "<person> survived <a wound>");
      }
      boolean inflicted = t[i].is("self-inflicted") && (t[i - 1].is("a") || t[i - 1].is("suffers")
          || t[i - 1].is("suffered")) && within(t, i + 1, e, 3, WOUNDS) > 0;
      if (!(shot || inflicted) || NOT_DONE.contains(t[i - 1]) || BE.contains(t[i - 1])) {
        continue;
      }
      int k = i - 1;
      while (k > s && (ADVERBS_BEFORE_VERB.contains(t[k]))) {
        k--;
      }
      if (SUBJECT_PRONOUNS.contains(t[k]) || NOT_DONE.contains(t[k])) {
        return null;
      }
      int[] with = shot && SELF.contains(t[i + 1]) ? selfAnd(t, s, i + 2, e) : null;
      if (with != null) {
        // "Texan shot himself and his son while cleaning a rifle": the son is hurt too
        return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1 + with[0]), i, with[1], i, with[1],
            null, FigureRole.TOTAL, "<someone> shot <himself> and <the person>");
      }
      // a wound called self-inflicted is told of the living: a death would be said in its sentence
      return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), i, i + 2, i, i + 2, null,
          FigureRole.TOTAL, inflicted ? "<someone> suffered <a self-inflicted wound>"
          : "<someone> shot <himself>" + GunshotWounds.AS_PERSON_SHOT);
    }
    return null;
  }

  /**
   * "Girl survives stray bullet to the head", "Boy survives accidental pistol shot to jaw", "the
   * clerk survived being shot twice": a person noun or a name, then "survives" or "survived" and a
   * bullet, a shot or a wound in the next few words ("the pilot survived with serious injuries").
   * Surviving a shooting is no wound and no figure.
   */
  private static boolean survived(Token[] t, int i, int e) {
    if (!(t[i].is("survives") || t[i].is("survived")) || !t[i - 1].isWord()
        || !(Lexicon.isPeople(t[i - 1]) || t[i - 1].capitalized && !t[i - 1].has(WordFlags.FUNCTION))) {
      return false;
    }
    for (int k = i + 1; k < e && k <= i + SURVIVED_WINDOW; k++) {
      if (MISSILES.contains(t[k]) || t[k].is("shot") || WOUNDS.contains(t[k])) {
        return true;
      }
      if (!t[k].isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Whether a body part of the shooter's own follows at {@code j}: "shoots own foot", "shot his own leg". */
  private static boolean ownBody(Token[] t, int j, int e) {
    int k = j < e && (t[j].is("his") || t[j].is("her")) ? j + 1 : j;
    return k + 1 < e && t[k].is("own") && BODY.contains(t[k + 1]);
  }

  /**
   * Whether a group counted by a number and its people noun is joined to the person: "wounded the
   * driver and four passengers" tells people hurt besides the dead told before, not one of them
   * again. An age between commas ("Jane Roe, 15,") is no count, and "shot" may tell the dead
   * ("shot his ex-girlfriend, her husband and six children").
   */
  private static boolean countedGroupJoined(Token[] t, Candidate c) {
    if (t[c.spanBegin].is("shot")) {
      return false;
    }
    for (int k = c.numberBegin; k + 1 < c.numberEnd; k++) {
      if ((t[k].isNumber() || t[k].has(WordFlags.NUMBER_WORD)) && Lexicon.isPeople(t[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a definite person hurt is one of the hurt the report counted before: after "Five
   * people, including a 4-year-old girl, were hurt", "the girl was grazed in the head" tells of
   * one of the five, no one more. Someone besides them ("the other victim", "also") is new.
   */
  private static boolean oneOfTheHurt(Token[] t, Candidate c, List<CasualtyFigure> out) {
    boolean indefinite = t[c.numberBegin].is("a") || t[c.numberBegin].is("an");
    if (indefinite || !c.count.equals(CasualtyCount.exactly(1)) || Sentences.containsWord(t, c.spanBegin, c.spanEnd, "also")
        || besides(t, c.numberBegin, c.numberEnd)) {
      return false;
    }
    for (CasualtyFigure f : out) {
      if (f.category() == CasualtyCategory.INJURED && f.role() == FigureRole.TOTAL
          && f.count().value().orElse(0) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean definiteAfterDeaths(Token[] t, Candidate c, int e, List<CasualtyFigure> out) {
    boolean indefinite = t[c.numberBegin].is("a") || t[c.numberBegin].is("an");
    // "his wife was also wounded", "the other victim is in stable condition": someone besides the dead;
    // "the 19-year-old was taken to a hospital with a non-life-threatening wound": one told alive
    if (indefinite || Sentences.containsWord(t, c.spanBegin, c.spanEnd, "also")
        || besides(t, c.numberBegin, c.numberEnd) || toldAlive(t, c.spanBegin, Math.min(e, c.spanEnd + ALIVE_WINDOW))
        || countedGroupJoined(t, c)) {
      return false;
    }
    boolean dead = false;
    for (CasualtyFigure f : out) {
      if (f.category() == CasualtyCategory.KILLED) {
        if (c.who != null && f.who().filter(w -> w.equals(c.who) || w.endsWith(" " + c.who)).isPresent()) {
          return true;
        }
        dead = true;
      }
    }
    // "An activist was killed ... The cousin was in critical condition": someone's kin, not the dead,
    // told hurt by more than a shot, which may have killed ("he shot his wife", "her son was shot")
    return dead && !(c.who != null && RELATIVES.contains(c.who)
        && !Sentences.containsAny(t, c.spanBegin, c.spanEnd, SHOTS));
  }

  /**
   * Whether tokens {@code [from, to)} tell the person lives: a wound "non-life-threatening" or
   * "minor", a "stable" or "good" condition, "treated and released", "expected to survive".
   */
  private static boolean toldAlive(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ALIVE.contains(t[k]) || t[k].lower.startsWith("non-life") || t[k].is("expected") && k + 2 < to
          && t[k + 1].is("to") && (t[k + 2].is("survive") || t[k + 2].is("recover"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The boy was shot in the leg", "Smith is in stable condition", "the girl shot herself"; in a
   * report that tells a shooting anywhere ({@code shooting}), "the officer was struck in the
   * shoulder" too.
   */
  private static Candidate subject(Token[] t, int s, int i, int e, boolean pronouns, boolean shooting) {
    if (!(t[i].capitalized || t[i].has(WordFlags.PERSON_FIRST))) {
      return null;
    }
    if (i > s && (t[i - 1].isWord() && t[i - 1].has(WordFlags.FUNCTION) && !OPENERS.contains(t[i - 1])
        || t[i - 1].is("'") || t[i - 1].is("nor"))) {
      return null; // "neither the driver nor the passenger was hurt": a denial, read by the zero rules
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, i, e, true);
    // "he was shot in the leg" counts one only in a report that has told no one killed or hurt yet
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN && !(pronouns && PRONOUN_HURT.contains(t[i])
        && (i == s || PRONOUN_OPENERS.contains(t[i - 1])))) {
      // "the driver was taken to jail, where he was treated": a place's clause tells no news of a hurt
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e);
    if (p.kind == SingleVictims.Kind.PRONOUN && counted[0] > 1) {
      return null;
    }
    int j = ofTail(t, skipAge(t, counted[1], e), e);
    // "a second victim was hit in the leg": a person called a victim was hit by what the report told
    boolean victim = shooting || Sentences.containsWord(t, p.begin, counted[1], "victim");
    int end = predicate(t, j, e, counted[0] > 1, victim);
    if (end < 0 && j + 2 < e && t[j].is(",") && t[j + 1].is("who")) {
      // "the victim, who was shot in the leg, is recovering": the person's relative clause tells the hurt
      end = predicate(t, j + 2, e, counted[0] > 1, victim);
    }
    if (end < 0) {
      end = takenWithWounds(t, j, e);
    }
    if (end < 0) {
      end = withWoundsAfterPlace(t, j, e);
    }
    if (end < 0) {
      return null;
    }
    boolean shot = t[end - 1].is("shot") || SELF.contains(t[end - 1]);
    // "her mother was also shot": someone besides the people told before, not one of the dead
    boolean also = Sentences.containsWord(t, counted[1], end, "also") || besides(t, p.begin, counted[1]);
    int[] with = SELF.contains(t[end - 1]) ? selfAnd(t, s, end, e) : null;
    if (with != null) {
      // "the boy accidentally shot himself and a friend": the friend is hurt too
      return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0] + with[0]), p.begin, counted[1],
          p.begin, with[1], null, FigureRole.TOTAL, "<the person> shot <himself> and <the person>");
    }
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], p.begin,
        end, counted[0] > 1 ? null : p.who, FigureRole.TOTAL, shot ? also ? "<the person> also shot" : "<the person> shot"
        : "<the person> <hurt>");
  }

  /**
   * "found the victim <b>at the residence with a gunshot wound</b>": where the person was found, a
   * short phrase after "at", "in", "inside" or "near", then "with" and a wound. Returns the end of
   * the wound, or -1.
   */
  private static int withWoundsAfterPlace(Token[] t, int j, int e) {
    if (j >= e || !PLACE_PREPOSITIONS.contains(t[j])) {
      return -1;
    }
    for (int k = j + 1; k < e && k <= j + MAX_PLACE; k++) {
      if (t[k].is("with")) {
        return within(t, k + 1, e, 6, WOUNDS);
      }
      if (!t[k].isWord() || t[k].has(WordFlags.AUXILIARY)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns the persons joined by "and" after a reflexive at {@code j} ("shot himself <b>and a
   * friend</b>") as their count and end, or null.
   */
  private static int[] selfAnd(Token[] t, int s, int j, int e) {
    if (j + 1 >= e || !t[j].is("and")) {
      return null;
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, j + 1, e, false);
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.begin != j + 1) {
      return null;
    }
    return SingleVictims.conjoined(t, s, p.end, e);
  }

  /** Whether the person in {@code [from, to)} is told as besides others: "the other victim", "a second man". */
  private static boolean besides(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (BESIDES.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps over an age between commas ("Smith, 46, was shot"), over a short apposition without a
   * verb ("the other victim, 20-year-old Jay Roe, is in stable condition"), or over both ("Smith,
   * 46, of Dayton, was shot").
   */
  static int skipAge(Token[] t, int j, int e) {
    if (j + 2 < e && t[j].is(",") && t[j + 1].isNumber() && t[j + 2].is(",")) {
      int after = apposition(t, j + 2, e);
      return after > j + 2 ? after : j + 3;
    }
    return apposition(t, j, e);
  }

  /**
   * Steps over what a person is "of" at {@code j}, a determiner and a few plain words: "the driver
   * <b>of the car</b> was hurt", "the owner <b>of the shop</b> was shot". Returns {@code j} otherwise.
   */
  private static int ofTail(Token[] t, int j, int e) {
    if (j + 2 >= e || !t[j].is("of") || !OF_DETERMINERS.contains(t[j + 1])) {
      return j;
    }
    for (int k = j + 2; k < e && k <= j + 1 + MAX_OF_TAIL; k++) {
      Token w = t[k];
      if (!w.isWord() || w.isNumber() || w.has(WordFlags.PEOPLE)) {
        return j;
      }
      if (w.has(WordFlags.FUNCTION) || w.has(WordFlags.AUXILIARY) || Lexicon.PREDICATES.match(t, k, e) != null) {
        return k > j + 2 ? k : j;
      }
    }
    return j;
  }

  /** Returns the index after a short apposition without a verb between commas at {@code j}, or {@code j}. */
  private static int apposition(Token[] t, int j, int e) {
    if (j < e && t[j].is(",")) {
      for (int k = j + 1; k < e && k <= j + MAX_APPOSITION; k++) {
        if (t[k].is(",")) {
          return k > j + 1 ? k + 1 : j;
        }
        if (!t[k].isWord() || t[k].has(WordFlags.AUXILIARY) || VERB_LIKE.contains(t[k].lower)) {
          return j;
        }
      }
    }
    return j;
  }

  /** "injuring Jane Doe and John Roe", "wounding his daughter", "wounding him". */
  private static Candidate object(Token[] t, int s, int i, int e) {
    PhraseTable.Match m = Lexicon.ACTIONS.match(t, i, e);
    if (m == null || m.category != CasualtyCategory.INJURED || !t[i].lower.endsWith("ing")
        || (i > s && NOT_DONE.contains(t[i - 1]))) {
      return null;
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, m.end, e, false);
    if (p == null && m.end < e && SingleVictims.OBJECT_PRONOUNS.contains(t[m.end])
        && (m.end + 1 >= e || !t[m.end + 1].isWord() || t[m.end + 1].has(WordFlags.FUNCTION))) {
      // "opened fire on a deputy, seriously wounding him": the one person the sentence told before
      return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), m.end, m.end + 1, i, m.end + 1, null,
          FigureRole.TOTAL, "<wounding> him");
    }
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.begin > m.end + MAX_OBJECT) {
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e);
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], i,
        counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<wounding> <the person>");
  }

  /**
   * "his brother accidentally shot him in the foot", "the boy shot his 11-year-old friend", "a
   * gunman wounded the clerk": an active "shot" or "wounded" with a person after it. A bare
   * pronoun counts only with the body part it was hit in ("shot him in the leg"); "was shot",
   * "shot at", "shot down" and "to shoot" are no active hit.
   */
  private static Candidate activeObject(Token[] t, int s, int i, int e) {
    String w = t[i].lower;
    if (w.equals("shoots")) {
      return headlineObject(t, s, i, e);
    }
    // "the gunman shot and wounded Jane Doe": "and" after an active "shot" keeps the verb active
    boolean activePair = w.equals("wounded") && i - 2 > s && t[i - 1].is("and") && t[i - 2].is("shot")
        && !BE.contains(t[i - 3]) && !PASSIVE.contains(t[i - 3]) && !NOT_DONE.contains(t[i - 3]);
    if (!(w.equals("shot") || w.equals("wounded")) || i == s || i + 1 >= e
        || NOT_DONE.contains(t[i - 1]) || BE.contains(t[i - 1]) || PASSIVE.contains(t[i - 1]) && !activePair
        || !t[i - 1].isWord() || NOT_HIT.contains(t[i + 1])) {
      return null;
    }
    if (SingleVictims.OBJECT_PRONOUNS.contains(t[i + 1])) {
      boolean bodyPart = i + 3 < e && t[i + 2].is("in") && (t[i + 3].is("the") || t[i + 3].is("his")
          || t[i + 3].is("her"));
      return !bodyPart ? null : new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), i + 1, i + 2, i,
          i + 2, null, FigureRole.TOTAL, "<shot> him in the <body part>");
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, i + 1, e, false);
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN) {
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e);
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], i,
        counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, w.equals("shot") ? "<shot> <the person>"
        : "<wounded> <the person>");
  }

  /**
   * "Woman accidentally shoots nephew while unloading rifle", "Father shoots son in the shoulder",
   * "Boy, 5, shoots 13-year-old cousin": a headline's present "shoots" and one bare person noun, an
   * age before it allowed; or a person phrase as {@link #activeObject} reads it ("shoots his
   * daughter"). "Shoots at", "shoots up", and a plural are no one hit.
   */
  private static Candidate headlineObject(Token[] t, int s, int i, int e) {
    if (i == s || i + 1 >= e || NOT_DONE.contains(t[i - 1]) || !t[i - 1].isWord() || NOT_HIT.contains(t[i + 1])) {
      return null;
    }
    int j = i + 1;
    if (AGE.matcher(t[j].lower).matches() && j + 1 < e) {
      j++;
    }
    if (Lexicon.isPeople(t[j]) && People.isSingular(t[j].lower) && !t[j].has(WordFlags.FUNCTION)
        && (j + 1 >= e || !t[j + 1].isWord() || t[j + 1].has(WordFlags.FUNCTION) || t[j + 1].has(WordFlags.STOP))) {
      return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), i + 1, j + 1, i, j + 1, t[j].lower,
          FigureRole.TOTAL, "<shot> <person>, headline");
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, i + 1, e, false);
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN) {
      return null;
    }
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(1), p.begin, p.end, i, p.end, p.who,
        FigureRole.TOTAL, "<shot> <the person>, headline");
  }

  /**
   * "a stray bullet struck the girl in her side", "the round grazed the hip of a 16-year-old boy",
   * "the shot that hit a 9-year-old": a bullet, a round or a shot close before an active "struck",
   * "hit" or "grazed", and a person after it (or after "the <body part> of").
   */
  private static Candidate missileObject(Token[] t, int s, int i, int e) {
    if (!MISSILE_HITS.contains(t[i]) || i + 1 >= e || !missileBefore(t, s, i)) {
      return null;
    }
    int from = i + 1;
    if (from + 2 < e && t[from].is("the") && t[from + 1].isWord() && t[from + 2].is("of")) {
      from += 3;
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, from, e, false);
    // "fired, then struck the clerk with a bat": a blow, not a bullet
    if (p == null || p.kind == SingleVictims.Kind.PRONOUN || p.end < e && t[p.end].is("with")) {
      return null;
    }
    int[] counted = SingleVictims.conjoined(t, s, p.end, e);
    return new Candidate(CasualtyCategory.INJURED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], i,
        counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, "<bullet> <struck> <the person>");
  }

  /**
   * Whether a bullet or a gun going off stands a few words before {@code i}: "a stray bullet struck",
   * "fired a single shot, striking", "the gun discharged and struck", "it went off, hitting".
   */
  private static boolean missileBefore(Token[] t, int s, int i) {
    for (int k = i - 1; k >= s && k >= i - MAX_MISSILE_DISTANCE; k--) {
      if (MISSILES.contains(t[k]) || t[k].is("shot") && k > s && ONE_SHOT.contains(t[k - 1])
          || GOING_OFF.contains(t[k]) || t[k].is("off") && k > s && t[k - 1].is("went")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the end of a hurt predicate after singular auxiliaries at {@code j}, or -1; {@code victim}
   * says the person was called a victim ("a second victim"), whom a hit in the body tells hurt even in
   * a sentence that names no gun.
   */
  private static int predicate(Token[] t, int j, int e, boolean plural, boolean victim) {
    boolean passive = false;
    int k = j;
    for (; k < e && k < j + MAX_AUXILIARIES; k++) {
      String w = t[k].lower;
      boolean pluralBe = plural && (w.equals("were") || w.equals("are") || w.equals("have"));
      // "the woman and her son were both shot": persons joined by "and" take a plural verb
      boolean both = plural && (w.equals("both") || w.equals("each"));
      if (HURT.contains(t[k]) && k > j || !(AUXILIARIES.contains(t[k]) || pluralBe || both)) {
        break;
      }
      passive |= BE.contains(t[k]) || pluralBe;
    }
    if (k >= e) {
      return -1;
    }
    String w = t[k].lower;
    if (HURT.contains(t[k]) && passive) {
      boolean missed = w.equals("shot") && k + 1 < e && NOT_HIT.contains(t[k + 1]);
      return missed ? -1 : k + 1;
    }
    if (w.equals("shot") && !passive && k + 1 < e && SELF.contains(t[k + 1])) {
      return k + 2;
    }
    if (HIT.contains(t[k]) && passive) {
      int end = within(t, k + 1, e, 4, MISSILES);
      if (end < 0 && t[k - 1].is("also")) {
        // "was also hit during the shooting": one more person hit, and by what the clause says
        end = within(t, k + 1, e, 4, GUNS);
        return end > 0 ? k + 1 : hitInTheBody(t, j, k + 1, e, victim);
      }
      return end > 0 ? end : hitInTheBody(t, j, k + 1, e, victim);
    }
    if (t[k].is("escaped") && k + 1 < e && t[k + 1].is("with")) {
      // "the driver escaped with minor injuries" ("escaped without injury" is none)
      return within(t, k + 2, e, 4, WOUNDS);
    }
    if (SUFFERED.contains(t[k])) {
      // "suffered a broken arm": a hurt the lexicon words without a wound
      PhraseTable.Match hurt = Lexicon.PREDICATES.match(t, k, e);
      return hurt != null && hurt.category == CasualtyCategory.INJURED ? hurt.end : within(t, k + 1, e, 5, WOUNDS);
    }
    // "in a critical condition" (British usage) as "in critical condition"
    int how = k + 2 < e && t[k + 1].is("a") ? k + 2 : k + 1;
    if (w.equals("in") && how + 1 < e && CONDITIONS.contains(t[how]) && passive) {
      return within(t, how + 1, e, 3, CONDITION);
    }
    if (w.equals("in") && k + 2 < e && t[k + 1].is("intensive") && t[k + 2].is("care") && passive) {
      return k + 3; // "his daughter remains in intensive care"
    }
    return -1;
  }

  /**
   * "was taken to a hospital with non-life-threatening injuries", "had arrived at the hospital
   * with a gunshot wound", "was transported for treatment of minor injuries": a verb of being taken
   * in or treated after the person's auxiliaries, then "with" or "for" and a wound in one clause,
   * or "after" or "from" and a shot or a wound ("is recovering in a hospital after he was shot",
   * "is expected to recover after being shot"), or "in" a critical, serious or stable condition
   * ("was taken to a regional hospital in critical condition").
   * Returns the end of the wound, or -1.
   */
  private static int takenWithWounds(Token[] t, int j, int e) {
    return takenWithWounds(t, j, e, false);
  }

  /**
   * As {@link #takenWithWounds(Token[], int, int)}, after the auxiliaries of a plural subject too
   * when {@code plural} ("three men were taken to a hospital with gunshot wounds", "two others
   * were listed in stable condition").
   */
  static int takenWithWounds(Token[] t, int j, int e, boolean plural) {
    int k = j;
    while (k < e && k < j + MAX_AUXILIARIES
        && (AUXILIARIES.contains(t[k]) || plural && PLURAL_AUXILIARIES.contains(t[k])) && !CONVEYED.contains(t[k])) {
      k++;
    }
    return k < e && CONVEYED.contains(t[k]) ? woundsAfterConveyed(t, k, e, plural) : -1;
  }

  /**
   * Returns the end of the wound told in the clause after the verb of being taken in or treated
   * at {@code k} ("taken to a hospital <b>with non-life-threatening injuries</b>", "rushed to the
   * hospital <b>in critical condition</b>"), or -1: see {@link #takenWithWounds(Token[], int, int)}.
   * For counted people ({@code plural}) the clause ends at a comma ("eight were admitted, one died,
   * three were in critical condition").
   */
  static int woundsAfterConveyed(Token[] t, int k, int e, boolean plural) {
    for (int m = k + 1; m < e && m <= k + MAX_CONVEYED_CLAUSE; m++) {
      if (CLAUSE_ENDS.contains(t[m]) || plural && t[m].is(",")) {
        return -1;
      }
      boolean cue = t[m].is("with") || t[m].is("for");
      if (cue && !(m + 1 < e && t[m + 1].is("no"))) {
        int end = within(t, m + 1, e, 6, WOUNDS);
        if (end > 0) {
          return end;
        }
      }
      int how = m + 2 < e && t[m + 1].is("a") ? m + 2 : m + 1;
      if (t[m].is("in") && how + 1 < e && CONDITIONS.contains(t[how])) {
        // "was taken to a regional hospital in critical condition", "in a serious condition"
        int end = within(t, how + 1, e, 3, CONDITION);
        if (end > 0) {
          return end;
        }
      }
      // people taken into custody or sent to the scene "after the shooting" were not hurt: a verb of
      // moving tells a wound after a shooting only when they went to a hospital
      if ((t[m].is("after") || t[m].is("from")) && (!MOVED.contains(t[k]) || hospitalBefore(t, k, m))) {
        int end = within(t, m + 1, e, 4, SHOT_OR_WOUNDS);
        if (end > 0) {
          return end;
        }
      }
    }
    return -1;
  }

  /** Whether a hospital is named in {@code (k, m)}: "were taken <b>to a hospital</b> after the shooting". */
  private static boolean hospitalBefore(Token[] t, int k, int m) {
    for (int n = k; n < m; n++) {
      if (CARE_WORDS.contains(t[n]) || Lexicon.hospitalAt(t, n, m) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the woman was struck in the shoulder when the gun discharged": hit "in the" or "in her" body
   * part, in a sentence that tells of a gun, of a person called a victim ("a second victim, a
   * friend of the boy, was hit in the leg": the report told what hit the victims) or in a report
   * of a shooting ({@code victim} for both),
   * and not "with" anything after it ("struck in the head with a bat"). Returns the end of the body
   * part, or -1.
   */
  private static int hitInTheBody(Token[] t, int s, int in, int e, boolean victim) {
    if (in + 2 >= e || !t[in].is("in") || !(t[in + 1].is("the") || t[in + 1].is("his") || t[in + 1].is("her"))
        || !BODY.contains(t[in + 2]) || in + 3 < e && (t[in + 3].is("with") || t[in + 3].is("by"))) {
      return -1;
    }
    if (victim) {
      return in + 3;
    }
    for (int k = s; k < e; k++) {
      if (GUNS.contains(t[k])) {
        return in + 3;
      }
    }
    return -1;
  }

  /** Returns the index after the first word of {@code words} in {@code [from, from + n)}, or -1. */
  private static int within(Token[] t, int from, int e, int n, TokenSet words) {
    for (int k = from; k < e && k < from + n; k++) {
      if (words.contains(t[k])) {
        return k + 1;
      }
      if (t[k].is(".") || t[k].is(";") || t[k].is(",")) {
        return -1;
      }
    }
    return -1;
  }
}
