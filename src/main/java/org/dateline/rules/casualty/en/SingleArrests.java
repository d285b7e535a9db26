package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * One person arrested, or persons joined by "and" or told as "the pair", without a number: "the suspect, 19, was taken into custody", "the
 * owner of the plant has been arrested", "he was arrested at the scene", "officers arrested the
 * driver", "police arrested the owner and two contractors", "police detained him", "the manager, who was detained",
 * "police took the owner into custody". The person is {@link SingleVictims#phrase}'s definite phrase, a
 * name or "he"/"she" (an indefinite one, "a man was arrested", is the number rules'); as a subject
 * it needs a passive arrest after it (a short "of ..." tail and an aside between commas may stand
 * between), as an object a past arrest verb before it. A denied or foreseen arrest ("has not been
 * arrested", "will be detained", "tried to arrest the driver") is none.
 *
 * <p>A report or a sentence that already counts the arrested most likely names one of them, so
 * the person is read only where no arrest was counted before.
 *
 * <p>Immutable and thread-safe.
 */
final class SingleArrests {
  static final String RULE = "<the person> <arrested>";
  /** Past verbs of an arrest before their object: "police detained the driver". */
  private static final TokenSet ARREST_VERBS = TokenSet.of("arrested", "detained", "apprehended", "nabbed", "captured");
  /** Past verbs that arrest with "into custody" after their object: "deputies took the driver into custody". */
  private static final TokenSet TAKE_VERBS = TokenSet.of("took", "taken", "taking");
  /** Words one of which every arrest this class reads holds. */
  private static final TokenSet CUES = TokenSet.of(
      "arrested", "detained", "apprehended", "nabbed", "custody", "arrest", "questioning", "rounded", "captured",
      "booked");
  /** Whose custody an arrest puts people in: "into <b>police</b> custody". */
  private static final TokenSet CUSTODIANS = TokenSet.of("police", "military", "federal", "state");
  /** Forms of "be" that make the arrest a passive: "was arrested", "has been detained". */
  private static final TokenSet BE = TokenSet.of("was", "is", "been", "being", "remains", "remained");
  private static final TokenSet PLURAL = TokenSet.of("were", "are", "have");
  /** Words before a verb or inside the auxiliaries that make the arrest no fact yet: "to arrest", "will be". */
  private static final TokenSet NOT_DONE = TokenSet.of(
      "to", "not", "never", "will", "would", "could", "might", "may", "should", "must", "tried", "trying",
      "attempted", "no");
  /** Nouns of two people told as one: "the pair were arrested". */
  private static final TokenSet PAIRS = TokenSet.of("pair", "duo", "couple");
  /** Words that start a short tail of the person: "the owner <b>of</b> the plant". */
  private static final TokenSet TAIL_STARTS = TokenSet.of("of", "at", "from", "in");
  private static final int MAX_TAIL = 5;
  private static final int MAX_ASIDE = 8;
  /** How many words a relative clause between commas may take: "the driver, who fled the scene on foot,". */
  private static final int MAX_RELATIVE = 12;
  /** How many words the person's own verb phrase may take before "and" and the arrest. */
  private static final int MAX_COORDINATED = 6;

  private SingleArrests() {}

  /**
   * Returns one arrested person of the sentence {@code [s, e)} as a candidate, or null when there is
   * none, the sentence's figures ({@code accepted}) or the report's before ({@code out}) count the
   * arrested already.
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    if (!Sentences.containsAny(t, s, e, CUES)) {
      return null; // most sentences tell no arrest: the person phrases are not read
    }
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.ARRESTED) {
        return null;
      }
    }
    for (CasualtyFigure f : out) {
      if (f.category() == CasualtyCategory.ARRESTED) {
        return null;
      }
    }
    for (int i = s; i < e; i++) {
      Candidate c = ARREST_VERBS.contains(t[i]) && !Lexicon.filmed(t, i, e) || TAKE_VERBS.contains(t[i])
          ? object(t, s, i, e) : subject(t, s, i, e);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** "the suspect, 19, was taken into custody", "he was arrested". */
  private static Candidate subject(Token[] t, int s, int i, int e) {
    if (i > s && SingleVictims.PREPOSITIONS.contains(t[i - 1])) {
      return null;
    }
    int[] counted;
    SingleVictims.Phrase p;
    if (i + 1 < e && t[i].is("the") && PAIRS.contains(t[i + 1])) {
      // "the pair, aged 21 and 23, were remanded in custody": two people told before
      p = new SingleVictims.Phrase(i, i + 2, SingleVictims.Kind.DEFINITE, null, t[i + 1].lower);
      counted = new int[] {2, i + 2};
    } else {
      p = SingleVictims.phrase(t, s, i, e, true);
      if (p == null || p.kind == SingleVictims.Kind.INDEFINITE) {
        return null;
      }
      // "the driver and his brother were arrested": persons joined by "and" add up
      counted = p.kind == SingleVictims.Kind.PRONOUN ? new int[] {1, p.end} : SingleVictims.conjoined(t, s, p.end, e);
    }
    int j = afterAside(t, afterTail(t, counted[1], e), e);
    if (j + 2 < e && t[j].is(",") && t[j + 1].is("who")) {
      j += 2; // "the party's district secretary, who was detained overnight"
    }
    int k = CasualtyRules.skipAuxiliaries(t, j, e);
    boolean passive = false;
    if (k >= 0 && t[k].is("survived")) {
      k = -1; // "the driver survived and was arrested": a first verb of the person's own, as "fled"
    }
    if (k < 0) {
      // "the driver fled the scene and was later arrested": a first verb of the person's own, then the arrest;
      // the first verb's words ("surrendered to police and") tell nothing of the arrest. After "was" the first
      // verb is a passive too, and so is the arrest: "the suspect was located a short time later and taken
      // into custody"
      int be = firstPassive(t, j, counted[0], e);
      int and = coordinated(t, be < 0 ? j : be, e);
      k = and < 0 ? -1 : CasualtyRules.skipAuxiliaries(t, and + 1, e);
      j = and < 0 ? j : and + 1;
      passive = be >= 0 && and >= 0;
    }
    PhraseTable.Match m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m != null && m.category != CasualtyCategory.ARRESTED && m.end + 1 < e && t[m.end].is("and")
        && firstPassive(t, j, counted[0], e) >= 0 && !CasualtyRules.negated(t, k)) {
      // "the driver was treated at the scene and arrested": the arrest after what else befell the person
      j = m.end + 1;
      k = CasualtyRules.skipAuxiliaries(t, j, e);
      m = k < 0 ? null : Lexicon.PREDICATES.match(t, k, e);
      passive = true;
    }
    if (m == null || m.category != CasualtyCategory.ARRESTED || CasualtyRules.negated(t, k)) {
      return null;
    }
    for (int n = j; n < k; n++) {
      // one person is no "were": "Jane Roe, 19, and John Roe were arrested" is read from the first
      if (NOT_DONE.contains(t[n]) || counted[0] == 1 && PLURAL.contains(t[n])) {
        return null;
      }
      passive |= BE.contains(t[n]) || PLURAL.contains(t[n]) && !t[n].is("have");
    }
    return !passive ? null : new Candidate(CasualtyCategory.ARRESTED, CasualtyCount.exactly(counted[0]), p.begin,
        counted[1], p.begin, m.end, counted[0] > 1 ? null : p.who, FigureRole.TOTAL, RULE);
  }

  /**
   * "officers arrested the suspect", "police detained him", "police arrested the driver and his
   * brother", "deputies took the pair's leader and a woman into custody": the persons after a past
   * arrest verb, or after "took" when "into custody" follows them.
   */
  private static Candidate object(Token[] t, int s, int i, int e) {
    if (i > s && (NOT_DONE.contains(t[i - 1]) || CasualtyRules.negated(t, i)) || i + 1 >= e) {
      return null;
    }
    boolean take = TAKE_VERBS.contains(t[i]);
    if (SingleVictims.OBJECT_PRONOUNS.contains(t[i + 1])) {
      return take && !intoCustody(t, i + 2, e) ? null : new Candidate(CasualtyCategory.ARRESTED,
          CasualtyCount.exactly(1), i + 1, i + 2, i, i + 2, null, FigureRole.TOTAL, RULE);
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, i + 1, e, false);
    if (p == null || p.kind != SingleVictims.Kind.DEFINITE) {
      return null;
    }
    // "police arrested the owner and two contractors": persons joined by "and" add up, as in the subject
    int[] counted = SingleVictims.conjoined(t, s, p.end, e);
    if (counted[0] > 1 && CasualtyRules.skipAuxiliaries(t, counted[1], e) >= 0) {
      counted = new int[] {1, p.end}; // "detained the driver, and three passengers were hurt": a new clause
    }
    if (take && !intoCustody(t, counted[1], e)) {
      return null;
    }
    return new Candidate(CasualtyCategory.ARRESTED, CasualtyCount.exactly(counted[0]), p.begin, counted[1], i,
        counted[1], counted[0] > 1 ? null : p.who, FigureRole.TOTAL, RULE);
  }

  /**
   * Returns the index after the forms of "be" at {@code j} that start a passive of one person ("was",
   * "has been") or of more ("were"), or -1 when none stands there.
   */
  private static int firstPassive(Token[] t, int j, int people, int e) {
    int k = j;
    while (k < e && k < j + 2 && (BE.contains(t[k]) || t[k].is("has") || people > 1 && PLURAL.contains(t[k]))) {
      k++;
    }
    return k > j && BE.contains(t[k - 1]) || k > j && people > 1 && t[k - 1].is("were") ? k : -1;
  }

  /**
   * Returns the index of the "and" or "but" after a short verb phrase of the person's own at {@code j} ("fled the scene
   * <b>and</b>"), or -1: plain words only, no number, punctuation or clause word.
   */
  private static int coordinated(Token[] t, int j, int e) {
    if (j >= e || !t[j].isWord() || t[j].is("and") || t[j].has(WordFlags.FUNCTION)) {
      return -1;
    }
    for (int k = j + 1; k < e && k <= j + MAX_COORDINATED; k++) {
      // "the driver fled on foot but was arrested an hour later": "but" joins the verbs as "and" does
      if (t[k].is("and") || t[k].is("but")) {
        return k;
      }
      if (!t[k].isWord() || NumberWords.isNumberWord(t[k].lower) || CasualtyRules.CLAUSE_WORDS.contains(t[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether "into custody" or "into police custody" stands at {@code j}. */
  private static boolean intoCustody(Token[] t, int j, int e) {
    if (j + 1 >= e || !t[j].is("into")) {
      return false;
    }
    int k = CUSTODIANS.contains(t[j + 1]) ? j + 2 : j + 1;
    return k < e && t[k].is("custody");
  }

  /** Steps over a short prepositional tail of the person: "the owner <b>of the plant</b> has been arrested". */
  private static int afterTail(Token[] t, int j, int e) {
    if (j >= e || !TAIL_STARTS.contains(t[j])) {
      return j;
    }
    for (int k = j + 1; k < e && k <= j + MAX_TAIL; k++) {
      if (t[k].is(",") && k > j + 1) {
        return k; // "the owner of the building, who had ignored safety orders, was": an aside may follow
      }
      if (!t[k].isWord()) {
        return j;
      }
      if (t[k].has(WordFlags.AUXILIARY) && CasualtyRules.skipAuxiliaries(t, k, e) >= 0) {
        return k;
      }
    }
    return j;
  }

  /**
   * Steps over an aside between commas: "the suspect<b>, 19,</b> was", "the driver<b>, a 45-year-old man,</b>",
   * or a relative clause that tells no arrest: "the driver<b>, who fled the scene,</b> was".
   */
  private static int afterAside(Token[] t, int j, int e) {
    if (j >= e || !t[j].is(",")) {
      return j;
    }
    if (j + 1 < e && t[j + 1].is("who")) {
      return afterRelative(t, j, e);
    }
    for (int k = j + 1; k < e && k <= j + MAX_ASIDE; k++) {
      if (t[k].is(",")) {
        return k + 1;
      }
      if (t[k].is(".") || t[k].is(";") || t[k].has(WordFlags.AUXILIARY) && !t[k].isNumber()) {
        return j;
      }
    }
    return j;
  }

  /** Steps over a relative clause between commas that holds no arrest, or returns {@code j}. */
  private static int afterRelative(Token[] t, int j, int e) {
    for (int k = j + 2; k < e && k <= j + MAX_RELATIVE; k++) {
      if (t[k].is(",")) {
        return k > j + 2 ? k + 1 : j;
      }
      if (t[k].is(".") || t[k].is(";") || ARREST_VERBS.contains(t[k]) || TAKE_VERBS.contains(t[k])
          || t[k].is("custody")) {
        return j;
      }
    }
    return j;
  }
}
