package org.dateline.rules.time.en;

import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.resolve.Direction;

/**
 * Reads a deadline's "by" or "until" back: whether it follows a past verb ("weakened by Tuesday"), a verb of lasting
 * ("continued until Thursday"), a denial ("not restored until Monday") or an opening "By Monday," whose clause tells
 * where the story stood, rather than a time still to come. Stateless and thread-safe.
 */
final class Deadlines {
  private Deadlines() {}

  /**
   * Whether a deadline's "by" or "until" just before the date of {@code c} looks back: the clause is told in the past
   * perfect, or in the past after a past verb, a verb of lasting, a denial or an opening "By", or a past auxiliary
   * denies it ("didn't arrive until 3am"). "Must leave by Tuesday" looks forward; "weakened by early Tuesday", "had
   * fled by Sunday" look back.
   *
   * @param from where the clause starts
   * @param lead where its first word starts
   * @param to where the clause ends
   */
  static boolean lookedBack(Scan s, Candidate c, int from, int lead, int to) {
    String t = s.lower;
    int b = c.begin();
    int e = c.end();
    if (Cues.pastPerfect(t, from, b) || Cues.pastPerfect(t, e, to) || notUntil(t, from, b, true)
        || startThenPast(t, from, b, e, to)) {
      return true;
    }
    boolean pastBy = pastVerbThenBy(t, from, b);
    if (!pastBy && !lastedUntil(t, from, b) && !notUntil(t, from, b, false)
        && !(BY_OPENS.matcher(t).region(lead, b).matches() && !obliged(t, e, to))) {
      return false;
    }
    Direction told = VerbTense.weigh(s, c, from, to);
    // a tally told by a verb of saying ("police reported 120 arrests by 10 p.m.") weighs as reported speech
    return told == Direction.PAST || pastBy && told == Direction.REPORTED;
  }

  /** Words that tell what starts on a day: "industrial action starting Monday", "beginning on Friday". */
  private static final java.util.Set<String> STARTING = java.util.Set.of("starting", "beginning");

  /**
   * Whether what starts on the date is told in the past, after it or before it: "the strike starting Monday crippled
   * the city", "flights were grounded for three days starting on Friday" (not "announced action starting Monday": a
   * verb of saying tells nothing of the start; nor "will be closed for a week starting on Monday": a participle after
   * "be" or "stay" is no past).
   */
  private static boolean startThenPast(String t, int from, int b, int e, int to) {
    String last = WordRuns.lastWordBefore(t, from, b);
    if (last.equals("on") || last.equals("from")) {
      last = WordRuns.lastWordBefore(t, from, WordRuns.letterRunStart(t, from, WordRuns.endBeforeSpaces(t, from, b)));
    }
    return STARTING.contains(last) && (Cues.nearestPast(t, e, to, false, (i, j) -> !Tense.SAYING.contains(t, i, j)
            && !VerbTense.BE_FORMS.contains(WordRuns.lastWordBefore(t, e, i))) < Integer.MAX_VALUE
        || Cues.nearestPast(t, from, b, true, (i, j) -> !Tense.SAYING.contains(t, i, j)
            && !VerbTense.BE_FORMS.contains(WordRuns.lastWordBefore(t, from, i))) < Integer.MAX_VALUE);
  }

  /**
   * Whether the clause before {@code b} ends in a past verb, not one of saying, then "by": "the storm
   * weakened by early Tuesday", "the fire was contained by Sunday" tell what had happened by then.
   * "Postponed until Tuesday" and "payable by Jan. 2" still look forward: only "by" right after the verb, or
   * after its particle or complement ("brought under control by 6 am"), counts.
   */
  private static boolean pastVerbThenBy(String t, int from, int b) {
    int e = WordRuns.endBeforeSpaces(t, from, b);
    if (e - 3 < from || !t.startsWith(" by", e - 3)) {
      return false;
    }
    int we = e - 3;
    // a verb of telling with a tally for its object tells how far the count had come: "police reported 120 arrests
    // by 10 p.m."
    boolean tally = false;
    for (int words = 0; words <= MAX_OBJECT_WORDS; words++) {
      int ws = we;
      while (ws > from && (Character.isLetterOrDigit(t.charAt(ws - 1)) || t.charAt(ws - 1) == '-')) {
        ws--;
      }
      if (ws == we) {
        return false;
      }
      boolean counted = tally;
      if (Cues.nearestPast(t, ws, we, true, (i, j) -> (counted || !Tense.SAYING.contains(t, i, j))
          && !TenseWords.NOT_PAST.contains(t, i, j)
          && !TenseWords.passive(t, from, i)) < Integer.MAX_VALUE) {
        return !TenseWords.ORDERING.contains(t, ws, we); // "ordered all residents out by Tuesday" sets a deadline
      }
      boolean particle = PARTICLES.contains(t, ws, we);
      if (!particle && (words >= MAX_OBJECT_WORDS || BY_STOPS.contains(t, ws, we) || Cues.MODALS.contains(t, ws, we))
          || ws - 1 <= from || t.charAt(ws - 1) != ' ') {
        return false;
      }
      // "the fire was brought under control by 6 am": the verb's particle or complement; "the storm dropped two feet
      // of snow by Thursday morning": its object
      tally |= Character.isDigit(t.charAt(ws));
      we = ws - 1;
    }
    return false;
  }

  /**
   * Returns where " until" or " till" starts when it ends the clause before {@code b} (spaces aside), or -1: the word
   * before it ends there.
   */
  private static int untilBefore(String t, int from, int b) {
    int e = WordRuns.endBeforeSpaces(t, from, b);
    return t.startsWith(" until", e - 6) ? e - 6 : t.startsWith(" till", e - 5) ? e - 5 : -1;
  }

  /**
   * Whether the clause before {@code b} ends in a past verb of lasting, then "until" or "till": "airstrikes continued
   * until late Thursday", "the talks lasted until Tuesday" tell how long something went on, not a time to come. What
   * was put off or closed until a day ("postponed until Tuesday", "was closed until Tuesday", "the case was continued
   * until Tuesday") may still lie ahead.
   */
  private static boolean lastedUntil(String t, int from, int b) {
    int we = untilBefore(t, from, b);
    if (we <= from) {
      return false;
    }
    int ws = WordRuns.letterRunStart(t, from, we);
    if (t.startsWith("on", ws) && we - ws == 2 && ws - 6 >= from && t.startsWith("went ", ws - 5)) {
      return true; // "the shelling went on until dawn"
    }
    if (!LASTED.contains(t, ws, we)) {
      // "the storm lasted from Saturday evening until Monday": the verb before a "from" phrase of a few words
      int k = ws;
      for (int n = 0; n < FROM_WORDS && k > from; n++) {
        int end = WordRuns.endBeforeSpaces(t, from, k);
        int start = WordRuns.letterRunStart(t, from, end);
        if (start >= end) {
          break;
        }
        if (end - start == 4 && t.startsWith("from", start)) {
          we = WordRuns.endBeforeSpaces(t, from, start);
          ws = WordRuns.letterRunStart(t, from, we);
          break;
        }
        k = start;
      }
    }
    // "the hearing was continued until July 13": a passive "continued" is a court's putting off, still to come
    boolean passive = t.startsWith("was ", Math.max(from, ws - 4)) || t.startsWith("were ", Math.max(from, ws - 5))
        || t.startsWith("been ", Math.max(from, ws - 5));
    return ws < we && LASTED.contains(t, ws, we) && !passive;
  }

  /**
   * Whether "until" or "till" just before {@code b} closes a denied clause: "power was not restored until Monday",
   * "police didn't arrive until 3am", "it was not until Tuesday that" tell when something at last happened. The
   * caller still asks the clause to be told in the past ("will not reopen until Monday" looks ahead); with
   * {@code pastOnly}, only a contraction of a past auxiliary counts ("didn't", "wasn't"), which is that past itself.
   */
  private static boolean notUntil(String t, int from, int b, boolean pastOnly) {
    int we = untilBefore(t, from, b);
    for (int i = from; i < we; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == from || !Character.isLetter(t.charAt(i - 1)))) {
        int j = WordRuns.wordEnd(t, i, we);
        if (NEGATIONS.contains(t, i, j) && !pastOnly) {
          return true;
        }
        if (j < we && (t.charAt(j) == '\'' || t.charAt(j) == '\u2019') && t.startsWith("t", j + 1)
            && t.charAt(j - 1) == 'n' && (!pastOnly || PAST_DENIALS.contains(t, i, j))) {
          return true; // "didn't", "wasn\u2019t": these deny in the past, whatever else the clause holds
        }
        i = j;
      }
    }
    return false;
  }

  /** The past auxiliaries of a contracted denial: "didn't", "wasn't". */
  private static final WordSet PAST_DENIALS = new WordSet(Set.of("didn", "wasn", "weren", "hadn", "couldn"));

  /** Words that deny a clause: "was not restored until Monday". */
  private static final WordSet NEGATIONS = new WordSet(Set.of("not", "never"));

  /** How many words of a "from" phrase may stand between a verb of lasting and "until": "from Saturday evening". */
  private static final int FROM_WORDS = 5;

  /** Past verbs of lasting, that "until" after tells the end of: "continued until", "raged until". */
  private static final WordSet LASTED = new WordSet(Set.of("continued", "lasted", "raged", "persisted",
      "remained", "stayed", "lingered", "waited"));

  /**
   * "By" opening a clause before its date: what the clause then tells in the past ("By Monday evening, 30 people were
   * dead") is where the story stood that day, no deadline.
   */
  private static final Pattern BY_OPENS = Pattern.compile("by\\s{1,3}");
  /** How many characters after "By <day>," the clause's first verb is looked for. */
  private static final int OBLIGED_REACH = 40;

  /**
   * Whether the clause after "By <day>," opens on what was due then ("the ceasefire was to take effect"), within its
   * first words and before a comma or "and": "the patient was sitting up and was expected to go home" tells where
   * the story stood.
   */
  private static boolean obliged(String t, int from, int to) {
    int end = Math.min(to, from + OBLIGED_REACH);
    int and = t.indexOf(" and ", from);
    if (and >= 0 && and < end) {
      end = and;
    }
    int comma = t.indexOf(',', from + 1);
    if (comma > from + 1 && comma < end) {
      end = comma;
    }
    return OBLIGED.matcher(t).region(from, end).find();
  }

  /**
   * Words after "By <day>," that keep it a deadline told in the past: "By Friday, the ceasefire was to take effect",
   * "all residents were required to register", "would", "due to".
   */
  private static final Pattern OBLIGED = Pattern.compile(
      "\\b(?:(?:was|were)\\s{1,3}to|would|(?:due|set|required|expected|scheduled|supposed|ordered|told)\\s{1,3}to)\\b");

  /** Words that may stand between a past verb and "by": "brought <b>under control</b> by", "put <b>out</b> by". */
  private static final WordSet PARTICLES = new WordSet(Set.of(
      "under", "control", "out", "off", "back", "up", "down", "away", "over", "open", "shut", "again"));
  /** How many words of a particle or an object may stand between a past verb and "by". */
  private static final int MAX_OBJECT_WORDS = 8;
  /** Words that end the object of a past verb before "by": what follows them is a plan ("told to leave by Friday"). */
  private static final WordSet BY_STOPS = new WordSet(Set.of("to", "for", "and", "or", "that", "which", "who",
      "if", "be", "been", "being", "is", "are", "plan", "plans", "deadline", "target", "goal"));
}
