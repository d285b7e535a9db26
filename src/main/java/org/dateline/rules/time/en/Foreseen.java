package org.dateline.rules.time.en;

import java.util.regex.Pattern;

/**
 * What a plan, a promise or a signal names for a time lies ahead of it, whatever the tense of the verb: "the bank
 * signalled a cut in February", "the minister pledged a review in March", "the club has scheduled a replay for
 * Tuesday" tell a time still to come, as does the time a warning, an alert or an order covers ("issued a warning
 * from noon on Tuesday"). Only a date right after the verb's object counts; "signalled in February
 * that rates would fall" dates the signal, and a plan told in the past perfect is read before this. A past
 * "expected" is left out: "analysts expected a cut in February" is as often a plan that has come and gone. Stateless.
 */
final class Foreseen {
  /** A verb of foretelling, a short object ("a cut", "a decision on rates"), then the preposition of the date. */
  private static final Pattern PLANNED = Pattern.compile(
      "\\b(?:signall?(?:ed|s)|signals?|flagged|flags|expects|expect|plans|planned|promised|promises|scheduled"
          + "|schedules|pledged|pledges|proposed|proposes|foresees|foresaw|forecast|forecasts|predicted|predicts)"
          + "\\s{1,3}(?:a|an|the|its|their|his|her|new|fresh|further)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,3}?"
          + "(?:in|on|for|by|at)\\s{1,3}(?:early\\s{1,3}|late\\s{1,3}|mid-?\\s{0,3})?$");

  /**
   * A warning, an alert or an order, what it is of ("a warning of heavy snow"), then "for", "from" or "until": "issued
   * a warning from noon on Tuesday", "an evacuation order for Sunday" name the time it covers, still to come.
   */
  private static final Pattern WARNED = Pattern.compile(
      "\\b(?:warnings?|alerts?|orders?|watch|watches|advisory|advisories|curfews?|lockdown)"
          + "\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,4}?(?:for|from|until|till)\\s{1,3}$");

  private Foreseen() {}

  /**
   * Whether a warning, an alert or an order names the time {@code t[b, e)} it covers, within {@code [from, b)}; a
   * possessive day ("a ban from Tuesday's hearing") names no such time.
   */
  static boolean warned(String t, int from, int b, int e) {
    return !(t.startsWith("'s", e) || t.startsWith("\u2019s", e))
        && WARNED.matcher(t).region(Math.max(from, b - 90), b).find();
  }

  /** Whether the object of a verb of foretelling ends just before {@code b}, within {@code [from, b)}. */
  static boolean planned(String t, int from, int b) {
    return PLANNED.matcher(t).region(Math.max(from, b - 90), b).find();
  }
}
