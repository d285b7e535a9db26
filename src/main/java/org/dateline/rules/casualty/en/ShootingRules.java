package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * Shooting and stabbing reports: "shot" and "stabbed" say how people were hurt, not whether they
 * lived, so the people hit are split by what the rest of the clause says. "Two people were shot, one fatally" is killed 1
 * and injured 1; "Five teens were shot" with no death in the clause is injured 5 (shot and
 * alive); "a man was shot multiple times and died" is killed 1; "a gunman shot four people,
 * killing two" is killed 2 and injured 2; "the attacker stabbed four people, two of them fatally"
 * is killed 2 and injured 2. "Shot dead", "shot and killed", "stabbed to death" are plain
 * predicates, read by {@link CasualtyRules}. Rule names say which verb was read ("<n> <people>
 * shot", "stabbed <n> <people>").
 */
final class ShootingRules {
  /** Words after a number "shot" that make it a score: see {@link #scored}. */
  private static final TokenSet SCORES = TokenSet.of(
      "round", "rounds", "par", "points", "percent", "field", "strokes", "birdies", "innings", "holes");
  /** How many words after the number a score's word may stand. */
  private static final int SCORE_WINDOW = 5;
  private static final int MAX_AUXILIARIES = 6;
  /** How far after "shot" the clause is searched for the outcome. */
  private static final int OUTCOME_WINDOW = 24;
  private static final TokenSet SHOOTING_VERBS = TokenSet.of("shot", "shooting", "shoots", "shoot");
  private static final TokenSet STABBING_VERBS = TokenSet.of("stabbed", "stabbing", "stabs", "stab");
  /** The participles that say people were hit, each its own rule word: "were shot", "was stabbed". */
  private static final TokenSet HIT = TokenSet.of("shot", "stabbed");
  private static final TokenSet FATAL_WORDS = TokenSet.of(
      "fatally", "died", "dead", "killed", "killing", "succumbed", "dies", "mortally", "deceased", "death");
  /** Nouns of the dead that the people shot own in the same clause: "and <b>their bodies</b> were dumped". */
  private static final TokenSet BODIES = TokenSet.of("bodies", "body", "corpses", "remains");
  /** Possessives that make the bodies the people's own. */
  private static final TokenSet OWN_BODIES = TokenSet.of("their", "whose", "his", "her");
  /**
   * Verbs of what is done with the dead's bodies, right after the noun or its auxiliary: "their bodies <b>dumped</b>",
   * "whose body was <b>found</b>"; "their body armour saved them" tells of the living.
   */
  private static final TokenSet DISPOSED = TokenSet.of("dumped", "found", "recovered", "left", "thrown", "buried",
      "burned", "burnt", "hung", "hanged", "dragged", "abandoned", "discovered");
  /** Words that may stand between "bodies" and what was done with them: "whose body <b>was later</b> found". */
  private static final TokenSet BEFORE_DISPOSED = TokenSet.of("were", "was", "later", "then");

  /** Whether the words after a dead person's "bodies" at {@code k} tell what was done with them ({@link #DISPOSED}). */
  private static boolean bodiesDisposed(Token[] t, int k, int e) {
    int j = k;
    while (j < e && j < k + 2 && BEFORE_DISPOSED.contains(t[j])) {
      j++;
    }
    return j < e && DISPOSED.contains(t[j]);
  }

  private static final TokenSet OUTCOME_AUXILIARIES = TokenSet.of(
      "was", "were", "is", "are", "has", "have", "had", "been", "later", "subsequently", "eventually", "also");
  /** Words before a count of the dead among the people shot: ", one fatally", "-- three of them fatally". */
  private static final TokenSet OUTCOME_OPENERS = TokenSet.DASHES.plus(",", "and", "(");
  private static final TokenSet OF_WHOM = TokenSet.of("them", "which", "whom", "those");
  private static final TokenSet NONE_FATAL = TokenSet.of("none", "neither", "nobody");
  private static final TokenSet CLAUSE_ENDS = TokenSet.of(
      ".", ";", "when", "while", "after", "before", "because", "since", "as", "said", "says", "where", "who");
  /** "were shot", "had been shot", "got shot": only the passive says who was hit. */
  private static final TokenSet PASSIVE = TokenSet.of("was", "were", "been", "being", "is", "are", "got", "get", "be");
  private static final TokenSet NOT_HIT = TokenSet.of("at", "down", "up", "into", "through", "by");
  private static final TokenSet HEADLINE_NEXT = TokenSet.of(
      "in", "outside", "near", "during", "on", "early", "late", "overnight", "after", "following", ",", ".",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "inside", "while");
  /** Words after "at" that make it the verb's, "shot at" as fired at: "shot at by gunmen", "shot at during a chase". */
  private static final TokenSet AT_ENDS = TokenSet.of("by", "but", "and", "from", "with", "while", "during", "in", "on",
      "near", "outside", "inside", "after", "following", "overnight", "early", "late", "last", "this", "when", "as",
      "over", "for", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Verbs that tell people died after the participle that names them: "shot last week has died". */
  private static final TokenSet DIED = TokenSet.of("died", "dies", "succumbed");
  /** Verbs of a bullet hitting people, before "by": "were struck by gunfire". */
  private static final TokenSet STRUCK = TokenSet.of("struck", "hit", "grazed");
  /** Verbs of bullets reaching people after a gun was fired: "opened fire, hitting six people". */
  private static final TokenSet HITTING = TokenSet.of("hitting", "striking", "wounding");
  /** How many words before "hitting" the gun may have been fired. */
  private static final int FIRED_WINDOW = 12;
  /** Words after a bare "were hit" that end its clause: "seven people were hit, police said". */
  private static final TokenSet BARE_HIT_NEXT = TokenSet.of(".", ",", ";", "and", "in", "during", "as");
  /** What hit them: "struck by bullets", "hit by stray gunfire". */
  private static final TokenSet BULLETS = TokenSet.of("gunfire", "bullet", "bullets", "rounds", "pellets", "shots",
      "shotgun", "buckshot");

  private ShootingRules() {}

  /** Returns whether tokens {@code [s, e)} hold a verb of shooting or stabbing or a bullet, so these rules may apply. */
  static boolean mentionsShooting(Token[] t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (SHOOTING_VERBS.contains(t[i]) || STABBING_VERBS.contains(t[i]) || BULLETS.contains(t[i])
          || t[i].is("shootings") || t[i].is("stabbings") || HITTING.contains(t[i]) && firedBefore(t, s, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Five teens were shot", "37 were shot, one fatally", "a woman was shot in the leg".
   *
   * @param h {@link CasualtyRules.Head#at CasualtyRules.Head.at(t, i, e)}, read once for this rule and {@link
   *     CasualtyRules#subject}
   */
  static void shotSubject(Token[] t, int i, int e, CasualtyRules.Head h, List<Candidate> out) {
    shotSubject(t, i, e, h, false, out);
  }

  /**
   * As {@link #shotSubject(Token[], int, int, CasualtyRules.Head, List)}; in a report of a shooting
   * ({@code shootingReport}) people "hit" or "struck" with no "by" after it are people shot too:
   * "seven people were hit", "two men were struck, police said".
   */
  static void shotSubject(Token[] t, int i, int e, CasualtyRules.Head h, boolean shootingReport,
      List<Candidate> out) {
    if (h == null) {
      return;
    }
    Quantity q = h.quantity;
    People p = h.people;
    // "four people, including an 11-year-old, were shot": the aside names some of them
    int j = p == null ? h.end : CasualtyRules.skipAside(t, Ages.skip(t, h.end, e), e);
    // "the guard was among four people shot": the count of everyone shot, read as a headline's
    boolean starts = i == 0 || t[i - 1].isPunct() && !t[i - 1].is(",") || t[i - 1].is("among");
    CasualtyRules.Head second = p == null ? null : CasualtyRules.secondGroup(t, j, e, q);
    if (second != null && second.people != null) {
      // "two men and a woman were shot": the groups are shot together, one count of everyone shot
      int k = shotAfterAuxiliaries(t, Ages.skip(t, second.end, e), e, false);
      Quantity both = k < 0 ? null : joined(q, second.quantity);
      if (both != null) {
        split(t, both, null, i, k + 1, e, out, "<n> <people> " + t[k].lower);
        return;
      }
    }
    int k = shotAfterAuxiliaries(t, j, e, starts);
    if (k == j && q.need == Quantity.Need.SINGULAR_NOUN && k + 1 < e && t[k + 1].is("at") && !diesAfter(t, k + 1, e)) {
      k = -1; // "A gunman shot at police headquarters": a sentence's active verb, not a headline's person shot
    }
    if (k >= 0) {
      // "three other people were also shot" beside the dead counts the living: not everyone shot
      split(t, q, p == null ? null : p.who, i, k + 1, e, out,
          (others(t, q.begin, k) ? "<n> <others> " : "<n> <people> ") + t[k].lower);
      return;
    }
    // one person struck by a bullet is read as one person hurt (SingleWounded)
    int m = q.count.value().orElse(2) < 2 ? -1 : struckByBullets(t, j, e, shootingReport);
    if (m >= 0) {
      // "three people were struck by gunfire": people shot, named so that a toll reads them less the dead
      split(t, q, p == null ? null : p.who, i, m + 1, e, out, others(t, q.begin, m)
          ? "<n> <others> struck by <bullets>" : "<n> <people> struck by <bullets>" + GunshotWounds.AS_SHOT);
    }
  }

  /**
   * Returns the index of the bullet after "were struck by", "were hit by" or "were grazed by" and
   * up to two words ("struck by stray gunfire", "hit by bullets", "grazed by police gunfire") after
   * the people's auxiliaries at {@code j}, or -1.
   */
  private static int struckByBullets(Token[] t, int j, int e, boolean bare) {
    boolean passive = false;
    int k = j;
    for (; k < e && k <= j + MAX_AUXILIARIES && !STRUCK.contains(t[k]); k++) {
      passive |= PASSIVE.contains(t[k]);
      if (!t[k].has(WordFlags.AUXILIARY)) {
        return -1;
      }
    }
    if (bare && passive && k < e && STRUCK.contains(t[k]) && (k + 1 == e || BARE_HIT_NEXT.contains(t[k + 1]))) {
      // "seven people were hit." in a report of a shooting: nothing else hits people there
      return k;
    }
    if (!passive || k + 2 >= e || !STRUCK.contains(t[k]) || !t[k + 1].is("by")) {
      return -1;
    }
    for (int m = k + 2; m < e && m <= k + 4; m++) {
      if (BULLETS.contains(t[m])) {
        return m;
      }
    }
    return -1;
  }

  /**
   * Returns one exact count of two groups joined by "and" ("two men and a woman": 3), spanning both
   * numbers so that the second is no figure of its own; null unless both are exact.
   */
  private static Quantity joined(Quantity first, Quantity second) {
    CasualtyCount a = first.count;
    CasualtyCount b = second.count;
    if (a.qualifier() != CountQualifier.EXACT || b.qualifier() != CountQualifier.EXACT || a.value().isEmpty()
        || b.value().isEmpty()) {
      return null;
    }
    return new Quantity(first.begin, second.end, CasualtyCount.exactly(a.value().getAsLong() + b.value().getAsLong()),
        Quantity.Need.NONE);
  }

  /**
   * Whether the people counted in {@code [from, to)} are others besides people told before: "three
   * other women", "four others", "a woman was also shot", "another man was shot".
   */
  private static boolean others(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t[k].is("other") || t[k].is("others") || t[k].is("also") || t[k].is("another")) {
        return true;
      }
    }
    return false;
  }

  /** "a gunman shot four people, killing two", "shooting three men", "stabbed three people". */
  static void shotObject(Token[] t, int i, int e, List<Candidate> out) {
    boolean stabbing = STABBING_VERBS.contains(t[i]);
    boolean hitting = HITTING.contains(t[i]) && firedBefore(t, 0, i);
    if (!stabbing && !hitting && !SHOOTING_VERBS.contains(t[i]) || Lexicon.ACTIONS.match(t, i, e) != null) {
      return;
    }
    Quantity q = QuantityParser.parse(t, i + 1, e);
    if (q == null || hitting && !(t[i + 1].isNumber() || NumberWords.isNumberWord(t[i + 1].lower))) {
      // "hitting a mother and her son": persons told one by one are SingleWounded's
      return;
    }
    People p = People.afterCount(t, q, e);
    if (p == null && (q.need != Quantity.Need.NONE || !t[Math.min(q.end, e - 1)].has(WordFlags.STOP)
        || q.end >= e || scored(t, q.end, e))) {
      return;
    }
    if (p == null && q.end + 1 < e && t[q.end].is("of") && t[q.end + 1].has(WordFlags.NOT_PEOPLE)) {
      return; // "he was shot a couple of times", "stabbed a dozen of times": the wounds, not the people
    }
    split(t, q, p == null ? null : p.who, i, p == null ? q.end : p.end, e, out,
        (stabbing ? "stabbed" : "shot") + " <n> <people>" + (hitting ? " (<fired>, " + t[i].lower + ")" : ""));
  }

  /**
   * Whether a gun was fired a few words before the "hitting" at {@code i}, in its sentence (from
   * {@code s}): "opened fire on the crowd, hitting six people", "fired at least 20 rounds, striking
   * two bystanders". A car or a storm hits people too; only gunfire makes them shot.
   */
  private static boolean firedBefore(Token[] t, int s, int i) {
    for (int k = i - 1; k >= Math.max(s, i - FIRED_WINDOW); k--) {
      if (t[k].is(".") || t[k].is(";")) {
        return false;
      }
      if (t[k].is("fired") || t[k].is("firing") || t[k].is("fire") && k > s && t[k - 1].is("opened")
          || BULLETS.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a bare number after "shot" is a score, told by the words just after it: "shot 68 in the
   * final round", "shot 12 of 20 from the field", "shot 40 percent".
   */
  private static boolean scored(Token[] t, int j, int e) {
    if (j + 1 < e && t[j].is("of") && t[j + 1].isNumber()) {
      return true;
    }
    return Sentences.containsAny(t, j, Math.min(e, j + SCORE_WINDOW), SCORES);
  }

  /** Returns the index of a bare "shot" or "stabbed" after the people and their auxiliaries, or -1. */
  private static int shotAfterAuxiliaries(Token[] t, int j, int e, boolean starts) {
    boolean passive = false;
    for (int k = j; k < e && k <= j + MAX_AUXILIARIES; k++) {
      if (HIT.contains(t[k])) {
        PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, e);
        boolean hit = (k + 1 >= e || !NOT_HIT.contains(t[k + 1]) || firedNear(t, k + 1, e)) && !intoTheAir(t, k + 1, e);
        // "a teenager shot last week in Dayton has died": the participle names them, "died" tells it
        boolean named = k == j && diesAfter(t, k + 1, e);
        return m == null && hit && (passive || starts && k == j && headline(t, k + 1, e) || named) ? k : -1;
      }
      passive |= PASSIVE.contains(t[k]);
      if (!t[k].has(WordFlags.AUXILIARY) || Lexicon.PREDICATES.match(t, k, e) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether "in the air" or "into the sky" follows at {@code j}: "two men shot in the air" hit no one. */
  private static boolean intoTheAir(Token[] t, int j, int e) {
    int k = j + 1 < e && (t[j].is("in") || t[j].is("into")) ? j + 1 : -1;
    if (k > 0 && t[k].is("the") && k + 1 < e) {
      k++;
    }
    return k > 0 && (t[k].is("air") || t[k].is("sky"));
  }

  /**
   * Whether the clause after a participle at {@code from} tells that its people died: "[shot last
   * week in Dayton] has died", "[injured in a November shooting] died on Sunday".
   */
  static boolean diesAfter(Token[] t, int from, int e) {
    for (int k = from; k < e && k < from + OUTCOME_WINDOW; k++) {
      // "at 22nd and Bragg": an "and" between names joins no second clause
      boolean joinsClause = t[k].is("and") && !(k + 1 < e && t[k + 1].capitalized);
      if (CLAUSE_ENDS.contains(t[k]) && !t[k].is("after") || joinsClause || t[k].is("who")) {
        return false;
      }
      if (DIED.contains(t[k]) && k > from) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Four people shot in Atlanta", "3 shot outside a bar", "two men shot early Sunday": a headline's
   * "shot" with no "were", directly after people that begin the sentence ({@code starts}; not "seen
   * 76 people shot"), then a place or a time, not an object.
   */
  private static boolean headline(Token[] t, int next, int e) {
    return next >= e || HEADLINE_NEXT.contains(t[next]) || firedNear(t, next, e);
  }

  /** Words after "at" that tell a target fired at, not a place: "shot at police", "shot at a car". */
  private static final TokenSet TARGETS = TokenSet.of("him", "her", "them", "us", "me", "you", "it", "car",
      "cars", "vehicle", "vehicles", "truck", "bus", "train", "plane", "helicopter", "drone",
      "crowd", "protesters", "officers", "police", "troops", "soldiers", "deputies", "agents");
  /** Determiners that may open what follows "at": "shot at a party", "shot at their home". */
  private static final TokenSet AT_DETERMINERS = TokenSet.of("a", "an", "the", "his", "her", "their");

  /**
   * "shot at a party", "shot at close range": "at" then a place or range, not "shot at by gunmen" nor a target
   * fired at ("two men shot at officers", "shot at a car").
   */
  static boolean firedNear(Token[] t, int at, int e) {
    if (!t[at].is("at") || at + 1 >= e || !t[at + 1].isWord() || AT_ENDS.contains(t[at + 1])) {
      return false;
    }
    int k = AT_DETERMINERS.contains(t[at + 1]) && at + 2 < e ? at + 2 : at + 1;
    // the head is the last word of the phrase: "a passing car" is a target, "a car wash" a place
    int head = k;
    while (head + 1 < e && head - k < MAX_AT_WORDS && t[head + 1].isWord() && !AT_ENDS.contains(t[head + 1])
        && !AT_HEAD_ENDS.contains(t[head + 1])) {
      head++;
    }
    return !TARGETS.contains(t[head]) && !Lexicon.isPeople(t[head]);
  }

  /** How many words after the first the phrase after "at" is read for its head: "Park Manor bus stop". */
  private static final int MAX_AT_WORDS = 3;
  /** Words that end the phrase after "at" besides {@link #AT_ENDS}: "shot at officers before fleeing". */
  private static final TokenSet AT_HEAD_ENDS = TokenSet.of("before", "to", "into", "then", "again", "of", "who",
      "that", "which", "at", "near", "outside", "the", "a", "an", "called", "named", "known", "where");

  /**
   * Adds the figures of {@code q} people shot: killed and injured parts when the clause after
   * {@code from} names a number of dead ("one fatally", "killing two"), all killed when it says
   * they died, all injured otherwise.
   */
  private static void split(Token[] t, Quantity q, String who, int spanBegin, int from, int e,
      List<Candidate> out, String rule) {
    int stop = Math.min(e, from + OUTCOME_WINDOW);
    boolean counted = false;
    for (int k = from; k < stop; k++) {
      Token w = t[k];
      if (CLAUSE_ENDS.contains(w)) {
        break;
      }
      if (NONE_FATAL.contains(w)) {
        break;
      }
      Quantity dead = fatalNumber(t, k, e);
      if (dead != null) {
        addSplit(q, who, spanBegin, k, dead, out, rule);
        return;
      }
      // "five were shot, Smith, 20, and Jones died": the dead after a number of their own are not all
      counted |= (w.isNumber() || NumberWords.isNumberWord(w.lower)) && k + 1 < e && !t[k - 1].is("all")
          && (t[k + 1].is(",") || t[k + 1].is("of") || FATAL_WORDS.contains(t[k + 1]) || Lexicon.isPeople(t[k + 1]));
      int named = counted && FATAL_WORDS.contains(w) ? namedBefore(t, from, k) : 0;
      if (named > 0) {
        // "five men were shot; Smith and Jones, 20, died": the dead are the people named
        addSplit(q, who, spanBegin, k, new Quantity(k, k + 1, CasualtyCount.exactly(named), Quantity.Need.NONE),
            out, rule);
        return;
      }
      if (FATAL_WORDS.contains(w) && !counted) {
        out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, spanBegin, k + 1, who,
            FigureRole.TOTAL, rule + " <died>"));
        return;
      }
      if (BODIES.contains(w) && !counted && k > from && OWN_BODIES.contains(t[k - 1]) && bodiesDisposed(t, k + 1, e)) {
        // "thirty prisoners were shot and their bodies dumped in a ditch": the people shot are dead
        out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, spanBegin, k + 1, who,
            FigureRole.TOTAL, rule + " <their bodies>"));
        return;
      }
    }
    out.add(new Candidate(CasualtyCategory.INJURED, q.count, q.begin, q.end, spanBegin, from, who,
        FigureRole.TOTAL, rule));
  }

  /**
   * "one fatally", "one of them died", "one of the victims later died", "and one man is dead",
   * "killing two", "killing a 15-year-old boy", "leaving one man dead": the dead among them.
   */
  private static Quantity fatalNumber(Token[] t, int k, int e) {
    boolean killing = t[k].is("killing") || t[k].is("killed");
    boolean leaving = t[k].is("leaving") || t[k].is("left");
    int at = killing || leaving ? k + 1 : k;
    if (!killing && !leaving && (k == 0 || !OUTCOME_OPENERS.contains(t[k - 1]))) {
      return null;
    }
    Quantity n = QuantityParser.parse(t, at, e);
    if (n == null) {
      return null;
    }
    People p = People.afterCount(t, n, e);
    if (n.need != Quantity.Need.NONE && p == null) {
      return null;
    }
    if (killing) {
      return n;
    }
    int from = p == null ? ofThem(t, n.end, e) : p.end;
    for (int m = from; m < e && m <= from + 4; m++) {
      if (FATAL_WORDS.contains(t[m])) {
        return n;
      }
      if (leaving || !OUTCOME_AUXILIARIES.contains(t[m])) {
        return null;
      }
    }
    return null;
  }

  /**
   * Returns how many people are named right before the outcome at {@code k}, back to {@code from}: names
   * joined by "and" or commas, each with an optional age ("Smith and Ray Jones, 20,"), or 0 if
   * anything else stands there.
   */
  private static int namedBefore(Token[] t, int from, int k) {
    int names = 0;
    boolean inName = false;
    int n = k - 1;
    if (n >= from && t[n].is(",") && n - 2 >= from && t[n - 1].isNumber() && t[n - 2].is(",")) {
      n -= 3;
    }
    for (; n >= from; n--) {
      if (t[n].isWord() && t[n].capitalized && !t[n].has(WordFlags.FUNCTION) && !HEADLINE_NEXT.contains(t[n])
          && !QuantityParser.isMonth(t[n].lower)) {
        names += inName ? 0 : 1;
        inName = true;
      } else if (t[n].is("and") || t[n].is(",")) {
        inName = false;
      } else {
        return 0;
      }
      if (t[n].is(",") && n > from && !t[n - 1].isWord()) {
        return 0;
      }
    }
    return names;
  }

  /**
   * Returns the index after "of them", "of which", "of whom", "of those", "of the victims" at
   * {@code j} ("three of them fatally", "one of which died"), or {@code j}.
   */
  private static int ofThem(Token[] t, int j, int e) {
    if (j + 1 >= e || !t[j].is("of")) {
      return j;
    }
    if (OF_WHOM.contains(t[j + 1])) {
      return j + 2;
    }
    return t[j + 1].is("the") && j + 2 < e && Lexicon.isPeople(t[j + 2]) ? j + 3 : j;
  }

  private static void addSplit(Quantity shot, String who, int spanBegin, int at, Quantity dead,
      List<Candidate> out, String rule) {
    long total = shot.count.value().orElse(-1);
    long killed = dead.count.value().orElse(-1);
    out.add(new Candidate(CasualtyCategory.KILLED, dead.count, dead.begin, dead.end, at, dead.end, who,
        FigureRole.TOTAL, rule + ", <n> fatally"));
    CasualtyCount rest = total > killed && killed >= 0 && dead.count.qualifier() == CountQualifier.EXACT
        ? remainder(shot.count, total - killed) : null;
    if (rest != null) {
      out.add(new Candidate(CasualtyCategory.INJURED, rest, shot.begin, shot.end,
          spanBegin, dead.begin, who, FigureRole.TOTAL, rule + ", <n> fatally"));
    }
  }

  /**
   * The people shot who lived, told as surely as the number shot: "at least 31 shot, four fatally" is
   * at least 27 wounded, "about 30" about 26; a range or a vague word leaves no number to tell.
   */
  private static CasualtyCount remainder(CasualtyCount shot, long n) {
    switch (shot.qualifier()) {
      case EXACT: return CasualtyCount.exactly(n);
      case AT_LEAST: return CasualtyCount.atLeast(n);
      case MORE_THAN: return CasualtyCount.moreThan(n);
      case ABOUT: return CasualtyCount.about(n);
      default: return null;
    }
  }
}
