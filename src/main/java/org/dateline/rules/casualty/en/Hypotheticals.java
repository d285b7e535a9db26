package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;

/**
 * Candidates that state no casualty that happened: what only could or would happen ("thousands could
 * die"), a goal of zero, people "eliminated" from a contest, a deed only weighed ("Killing one judge could
 * ...") and one person who fled. Moved out of {@link EnglishCasualtyExtractor}, whose sentence pass drops
 * the candidates {@link #hypothetical} or {@link #oneDisplaced} finds.
 */
final class Hypotheticals {
  private Hypotheticals() {
  }

  /** Modals of what only could or would happen: see {@link #hypothetical}. */
  private static final TokenSet CONDITIONAL = TokenSet.of("could", "would");

  /**
   * Whether a figure is only what could or would happen, or have happened: "thousands could die",
   * "would be evacuated", "the bomb could have killed hundreds". A hedged count of what did happen
   * stays: "as many as 50 could have been killed", "may have died".
   */
  static boolean hypothetical(Token[] t, int s, Candidate c) {
    if (aimedAt(t, c) || eliminatedNotFighters(t, s, c)) {
      return true;
    }
    if (c.rule.startsWith("<action>") && gerundSubject(t, c)) {
      return true;
    }
    if (c.rule.startsWith("<action>")) {
      int k = c.spanBegin - 1;
      k = k >= 0 && t[k].is("have") ? k - 1 : k;
      return k >= 0 && CONDITIONAL.contains(t[k]);
    }
    if (!c.rule.startsWith("<n>")) {
      return false;
    }
    for (int k = c.numberEnd; k < c.spanEnd; k++) {
      if (CONDITIONAL.contains(t[k])) {
        return !Sentences.containsWord(t, k + 1, c.spanEnd, "been");
      }
    }
    return false;
  }

  /**
   * Whether the figure counts one person brought in by "a" as displaced: "a farmer who fled the fighting" is a
   * witness the report quotes; displacement is counted in populations, never one by one. One person evacuated
   * ("a man was evacuated by helicopter") is an evacuation.
   */
  static boolean oneDisplaced(Token[] t, Candidate c) {
    return c.category == CasualtyCategory.DISPLACED && c.count.equals(CasualtyCount.exactly(1)) && (t[c.numberBegin].is("a") || t[c.numberBegin].is("an"));
  }

  /** Modal verbs after a gerund subject that tell what its deed would do, not what was done. */
  private static final TokenSet MODALS = TokenSet.of("could", "would", "might", "may", "will", "can", "should");

  /**
   * Whether the figure's verb is a gerund that opens its clause as a subject whose verb is a modal: "Killing
   * one judge could change the court" tells of a deed only weighed, no death.
   */
  private static boolean gerundSubject(Token[] t, Candidate c) {
    int b = c.spanBegin;
    boolean opens = b == 0 || t[b - 1].isPunct() && !t[b - 1].is(",");
    int after = c.spanEnd;
    // "would have been impossible", "may have saved": a modal with "have" tells of what was done
    int have = after + 1 < t.length && t[after + 1].is("not") ? after + 2 : after + 1;
    boolean done = have < t.length && t[have].is("have");
    return opens && t[b].lower.endsWith("ing") && after < t.length && MODALS.contains(t[after]) && !done;
  }

  /** Fighters an army says it "eliminated": only of them does the word tell a death. */
  private static final TokenSet FIGHTERS = TokenSet.of("militants", "militant", "terrorists", "terrorist",
      "insurgents", "insurgent", "rebels", "rebel", "fighters", "fighter", "jihadists", "jihadist", "extremists",
      "extremist", "bandits", "bandit", "outlaws", "outlaw", "maoists", "maoist", "naxalites", "naxalite",
      "gunmen", "gunman", "attackers", "attacker", "militiamen", "operatives", "khwarij", "kharji");

  /**
   * Whether "eliminated" tells the figure of people who are no fighters: teams, candidates and players
   * are eliminated from contests and live on ("six candidates were eliminated in the first round"), and people
   * eliminated "as" something or "from" something are struck off a list. Forces or fighters named before count only
   * in the sentence {@code s} opens, and not as the speaker of a verb of saying ("the police chief said the test
   * eliminated 40 applicants").
   */
  private static boolean eliminatedNotFighters(Token[] t, int s, Candidate c) {
    if (c.category != CasualtyCategory.KILLED || !Sentences.containsWord(t, c.spanBegin, c.spanEnd, "eliminated")
        && !Sentences.containsWord(t, c.spanBegin, c.spanEnd, "eliminating")) {
      return false;
    }
    if (Sentences.containsAny(t, c.spanBegin, Math.min(t.length, c.spanEnd + CONTEST_REACH), CONTESTS)) {
      return true; // "Four fighters were eliminated at the weigh-in": a contest
    }
    if (c.who == null) {
      // "troops fired on the attackers, eliminating five of them": the fighters are named before
      return !(c.numberEnd + 1 < t.length && t[c.numberEnd].is("of") && t[c.numberEnd + 1].is("them")
          && namedBefore(t, s, c.spanBegin, FIGHTERS));
    }
    if (c.spanEnd < t.length && (t[c.spanEnd].is("from") || t[c.spanEnd].is("as"))) {
      return true; // "police eliminated three suspects from the inquiry", "... 12 people as suspects": struck off a list
    }
    if (namedBefore(t, s, c.spanBegin, FORCES)) {
      return false; // "troops backed by helicopters eliminated at least 30 people": an army's killing
    }
    String[] words = c.who.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    // "Two Rebels were eliminated": a capitalised head right after the number names a team
    boolean team = c.numberEnd < t.length && t[c.numberEnd].capitalized && t[c.numberEnd].is(head);
    return team || !FIGHTERS.contains(head);
  }

  /** How many tokens before "eliminated" the fighters it counts, or the forces that did it, may be named. */
  private static final int ANTECEDENT_REACH = 15;

  /** Words of an army or a police force, whose "eliminated" tells a killing whoever it counts. */
  private static final TokenSet FORCES = TokenSet.of("forces", "army", "military", "troops", "soldiers", "police",
      "commandos", "gendarmes", "gendarmerie");

  /** Verbs of saying, before which a force named is the speaker, not the doer: "the army said". */
  private static final TokenSet SAYING = TokenSet.of("said", "says", "say", "told", "stated", "added", "noted",
      "announced", "confirmed", "according");

  /**
   * Whether a word of {@code words} stands in the sentence that opens at {@code s}, within {@value #ANTECEDENT_REACH}
   * tokens before {@code k} and after any verb of saying there.
   */
  private static boolean namedBefore(Token[] t, int s, int k, TokenSet words) {
    for (int i = k - 1; i >= s && i >= k - ANTECEDENT_REACH; i--) {
      if (SAYING.contains(t[i]) && !speakerActs(t, i + 1, k)) {
        return false;
      }
      if (words.contains(t[i])) {
        return true;
      }
    }
    return false;
  }

  /** Pronouns after a verb of saying that make the speaker the doer: "the army said it eliminated 30 people". */
  private static final TokenSet SPEAKER = TokenSet.of("it", "they", "its", "their", "we", "our");

  /** Whether the clause from {@code i} to {@code k} opens with a pronoun of the speaker, after an optional "that". */
  private static boolean speakerActs(Token[] t, int i, int k) {
    int j = i < k && t[i].is("that") ? i + 1 : i;
    return j < k && SPEAKER.contains(t[j]);
  }

  /** Words of a contest near "eliminated" that make it no killing. */
  private static final TokenSet CONTESTS = TokenSet.of("round", "weigh-in", "semi-final", "semifinal", "final",
      "tournament", "quiz", "show", "contest", "competition", "league", "cup", "match", "heats", "heat", "draw");

  /** How many words after a figure a contest's word may stand. */
  private static final int CONTEST_REACH = 8;

  /** Words of a goal before "zero": "a target of zero fatalities", "the aim is zero road deaths". */
  private static final TokenSet GOAL_WORDS = TokenSet.of("until", "till", "goal", "goals", "aim", "aims", "aimed",
      "aiming", "target", "targets", "targeting", "vision", "toward", "towards", "achieve", "achieving", "reach",
      "reaching", "strive", "striving", "ambition", "pursuit");

  /** How many words before "zero" a goal's word may stand. */
  private static final int GOAL_WINDOW = 4;

  /**
   * Whether a count of zero told by the word "zero" is a goal, not a count: "the campaign runs until the
   * county reaches zero fatalities", "the aim is zero road fatalities by 2035". A goal's word stands a few words
   * before, with no clause break between.
   */
  private static boolean aimedAt(Token[] t, Candidate c) {
    if (!t[c.numberBegin].is("zero") || !c.count.isZero()) {
      return false;
    }
    for (int k = c.numberBegin - 1; k >= 0 && k >= c.numberBegin - GOAL_WINDOW; k--) {
      if (GOAL_WORDS.contains(t[k])) {
        return true;
      }
      if (t[k].isPunct()) {
        return false;
      }
    }
    return false;
  }
}
