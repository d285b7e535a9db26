package org.dateline.rules.event.en;

import java.util.List;
import java.util.Set;
import org.dateline.model.DateMention;

/**
 * Tells which incident a date written near an incident's word belongs to, when the words between
 * say it dates something else: a relative clause on an agreement ("despite a truce that took effect
 * a year ago"), or what followed the incident ("on Friday after a landslide buried a village").
 */
final class DateScope {
  /** How far from a trigger the commas of a relative clause holding it may stand. */
  private static final int ASIDE_REACH = 160;

  /** Nouns of agreements and rules in force, whose relative clause dates them, not an incident before them. */
  private static final Set<String> STANDING_NOUNS = Set.of("ceasefire", "cease-fire", "truce", "deal", "agreement",
      "accord", "pact", "treaty", "law", "ban", "curfew", "resolution", "policy", "moratorium", "armistice");

  private DateScope() {}

  /**
   * Whether the text between a trigger's end and a date after it opens a relative clause on an
   * agreement or a rule in force, which the date then dates: "despite a ceasefire that took effect a
   * year ago", "under a deal which was signed last year". A clause on a part of the incident ("a
   * standoff that lasted hours Wednesday", "a chase that ended Tuesday") still dates it, and so does
   * one that tells of another incident ("the truce that was broken by Sunday's shelling").
   */
  static boolean inOthersRelativeClause(String text, int triggerEnd, int date,
      List<Triggers.Trigger> sentenceTriggers) {
    int p = date - 1;
    while (p >= triggerEnd && !(text.startsWith(" that ", p) || text.startsWith(" which ", p))) {
      p--;
    }
    if (p < triggerEnd || !hasLetter(text, triggerEnd, p) || !STANDING_NOUNS.contains(wordEndingAt(text, p))) {
      return false;
    }
    for (Triggers.Trigger t : sentenceTriggers) {
      if (t.begin() > p && t.begin() < date && t.type().isIncident()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the bounds {@code [begin, end)} of the relative clause between commas that holds a
   * trigger ("The gunman, <b>who killed himself hours after the attack</b>, had been fired a week
   * earlier"), or null if the trigger stands in none within {@link #ASIDE_REACH} characters. A date
   * outside such a clause dates the main clause's happening, not the trigger's.
   */
  static int[] relativeAside(String text, int sentenceBegin, int sentenceEnd, int triggerBegin) {
    int open = -1;
    for (int i = triggerBegin - 1; i >= Math.max(sentenceBegin, triggerBegin - ASIDE_REACH); i--) {
      if (text.charAt(i) == ',') {
        open = i;
        break;
      }
    }
    if (open < 0 || !(text.startsWith(", who ", open) || text.startsWith(", which ", open)
        || text.startsWith(", whose ", open))) {
      return null;
    }
    int limit = Math.min(sentenceEnd, triggerBegin + ASIDE_REACH);
    for (int i = triggerBegin; i < limit; i++) {
      if (text.charAt(i) == ',') {
        return new int[] {open, i};
      }
    }
    return null;
  }

  /**
   * Whether "after" stands between a date and the trigger after it, so that the date is that of what
   * followed the incident, on its day or later: "Rescuers pulled more bodies from the mud on Friday
   * after a landslide buried a village", "Police arrested a man Monday after a shooting".
   */
  static boolean datesWhatFollowed(String text, DateMention date, Triggers.Trigger t) {
    for (int i = date.span().end(); i + 7 <= t.begin(); i++) {
      if (text.startsWith(" after ", i)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the lower-cased word that ends at {@code end}, or "". */
  private static String wordEndingAt(String text, int end) {
    int b = end;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
      b--;
    }
    return text.substring(b, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
