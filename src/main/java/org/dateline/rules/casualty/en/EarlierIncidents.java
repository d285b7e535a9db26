package org.dateline.rules.casualty.en;

import java.util.List;

/**
 * Tolls of an earlier incident that a report recalls to set its own in line: "The raid comes two
 * weeks after gunmen killed nine farmers in a nearby village", "The bombing follows an ambush last
 * month that left 14 soldiers dead", "The assault marked a grim turn for the town, following the
 * deaths of five guards at a border post". The sentence's subject names the report's own event (the raid,
 * the bombing, this latest violence) and its verb places that event after another one; every figure
 * past that point counts the other incident's people, which a reader does not list as this one's.
 *
 * <p>A sentence whose subject is not such an event keeps its figures: "The arrests come after a
 * bomb killed 12 people" tells the report's own toll, with the arrests as its news.
 *
 * <p>Immutable and thread-safe.
 */
final class EarlierIncidents {
  /** Nouns of a violent event that, as a sentence's subject, name the report's own incident. */
  private static final TokenSet EVENTS = TokenSet.of("attack", "attacks", "killings", "killing", "violence",
      "strike", "strikes", "airstrike", "airstrikes", "assault", "raid", "raids", "bombing", "bombings", "ambush",
      "clash", "clashes", "shooting", "massacre", "blast", "explosion", "fighting", "incident", "offensive");
  /** Words that may open such a subject: "the attack", "this latest violence". */
  private static final TokenSet DETERMINERS = TokenSet.of("the", "this", "these", "that", "today's", "sunday's",
      "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's");
  /** Verbs that place the subject's event after another: "comes after", "follows". */
  private static final TokenSet COME = TokenSet.of("comes", "come", "came");
  private static final TokenSet FOLLOW = TokenSet.of("follows", "followed", "follow");
  /** How many tokens the subject may take before its verb: "the latest attack in the district". */
  private static final int SUBJECT_REACH = 7;
  /** How many tokens a span of time may take between "comes" and "after": "nine days after", "barely a week after". */
  private static final int COME_AFTER_REACH = 6;

  private EarlierIncidents() {}

  /** Drops the figures of sentence {@code [s, e)} that count an earlier incident it recalls. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    int from = earlierFrom(t, s, e);
    if (from >= 0) {
      accepted.removeIf(c -> c.numberBegin > from);
    }
  }

  /**
   * Returns the index from which the sentence tells of an earlier incident, or -1: after "comes
   * ... after" or "follows" whose subject is the report's event, or at a ", following" in such a
   * sentence.
   */
  private static int earlierFrom(Token[] t, int s, int e) {
    int v = verbAfterEventSubject(t, s, e);
    if (v < 0) {
      return -1;
    }
    if (FOLLOW.contains(t[v])) {
      return v;
    }
    for (int k = v + 1; k < e && k <= v + COME_AFTER_REACH + 1; k++) {
      if (t[k].is("after")) {
        return k;
      }
      if (t[k].is(",") || t[k].is("as") || t[k].is("when")) {
        break;
      }
    }
    // "the shelling marked a turn in the siege, following the deaths of two guards"
    for (int k = v + 1; k + 1 < e; k++) {
      if (t[k].is(",") && t[k + 1].is("following")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Returns the index of the verb after a subject that names a violent event, or -1. */
  private static int verbAfterEventSubject(Token[] t, int s, int e) {
    if (s >= e || !DETERMINERS.contains(t[s])) {
      return -1;
    }
    boolean event = false;
    for (int k = s + 1; k < e && k <= s + SUBJECT_REACH; k++) {
      event |= EVENTS.contains(t[k]);
      if (COME.contains(t[k]) || FOLLOW.contains(t[k]) || t[k].is("marked") || t[k].is("marks")) {
        return event ? k : -1;
      }
      if (t[k].is(",") || t[k].isNumber()) {
        return -1;
      }
    }
    return -1;
  }
}
