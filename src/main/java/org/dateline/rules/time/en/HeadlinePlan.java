package org.dateline.rules.time.en;

import java.util.Set;

/**
 * Whether a headline that opens the report tells a plan in its "to" form ("Cyclone to cross coast near Chennai on
 * Tuesday"), and ends as a headline does. Stateless and thread-safe.
 */
final class HeadlinePlan {
  private HeadlinePlan() {}

  /** How far into a report its headline may run before a date. */
  private static final int HEADLINE_REACH = 120;
  /** Verbs before "to" that tell a move to a level or a place, not a plan: "Stocks rise to record on Tuesday". */
  private static final WordSet MOVED_TO = new WordSet(Set.of("rise", "rises", "fall", "falls", "climb",
      "climbs", "jump", "jumps", "drop", "drops", "slip", "slips", "surge", "surges", "soar", "soars", "sink", "sinks",
      "slide", "slides", "return", "returns", "move", "moves", "head", "heads", "go", "goes", "come", "comes", "swing",
      "swings", "turn", "turns", "edge", "edges", "ease", "eases", "rebound", "rebounds", "tumble", "tumbles", "plunge",
      "plunges", "grow", "grows", "shrink", "shrinks", "vote", "votes", "fly", "flies", "travel", "travels", "up",
      "down", "back", "set", "due", "how", "what", "where", "way", "road", "bid", "plan", "plans"));
  /** Words after "to" that open a noun, not a verb: "Flights to the coast on Monday". */
  private static final WordSet NOUN_OPENERS = new WordSet(Set.of("the", "a", "an", "his", "her", "their",
      "its", "our", "this", "that", "these", "those", "record", "date", "power", "court", "work", "school", "death",
      "life", "prison", "jail", "office"));

  /**
   * Whether the date stands in a headline that opens the report and tells a plan in its "to" form: "Cyclone to cross
   * coast near Chennai on Tuesday", "Talks to resume on Monday" (a subject of up to six words, "to", then a verb). A
   * headline with a past verb, a move to a level ("Stocks rise to record on Tuesday"), a present verb before "to"
   * ("Ford recalls trucks to fix brakes") or a noun after it ("Flights to the coast") does not.
   */
  static boolean headlineInfinitive(Scan s, int b) {
    if (b > HEADLINE_REACH) {
      return false;
    }
    String t = s.lower;
    int start = t.lastIndexOf('\n', b - 1) + 1;
    while (start < b && t.charAt(start) == ' ') {
      start++;
    }
    if (start >= b || !Character.isUpperCase(s.text.charAt(start))) {
      return false;
    }
    for (int i = start; i < b; i++) {
      char ch = t.charAt(i);
      if (ch == '.' && !ClauseBounds.abbreviation(s, i) || ch == '?' || ch == '!'
          || ch == ':' && !ClauseBounds.colonInClock(s, i) || ch == ';'
          || ch == '(' || ch == '"' || ch == '\u201c') {
        return false;
      }
    }
    int to = t.indexOf(" to ", start);
    if (to < 0 || to + 4 >= b) {
      return false;
    }
    int words = 0;
    for (int i = start; i < to; i++) {
      if (t.charAt(i) == ' ' && i + 1 < to && t.charAt(i + 1) != ' ') {
        words++;
      }
    }
    int ws = WordRuns.letterRunStart(t, start, to);
    // "Ford recalls trucks to fix", "Police, speaking to reporters": a verb or a clause before "to"
    boolean subjectThenVerb = words > 0 && t.charAt(to - 1) == 's' || t.startsWith("ing", to - 3)
        || t.substring(start, to).indexOf(',') >= 0;
    if (ws == to || words > 5 || ws > start && t.charAt(ws - 1) != ' ' || MOVED_TO.contains(t, ws, to)
        || subjectThenVerb) {
      return false;
    }
    int vs = to + 4;
    int ve = WordRuns.wordEnd(t, vs, b);
    if (ve - vs < 2 || ve >= b || t.charAt(ve) != ' ' || !Character.isLowerCase(s.text.charAt(vs))
        || NOUN_OPENERS.contains(t, vs, ve)) {
      return false;
    }
    return Cues.nearestPast(t, start, b, true, (i, j) -> true) == Integer.MAX_VALUE && endsAsHeadline(s, b);
  }

  /**
   * Whether the line from {@code b} ends as a headline does, with no full stop before a line end, a dateline's colon or
   * dash, a bracket or the end of the text: "... on Tuesday\nCHENNAI: ...", "... on Tuesday LAGOS -- ...". A sentence
   * ("Police continue to investigate the shooting on Monday.") ends in a full stop first.
   */
  private static boolean endsAsHeadline(Scan s, int b) {
    String t = s.lower;
    int hi = Math.min(t.length(), b + HEADLINE_REACH);
    for (int i = b; i < hi; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == '(' || ch == '\u2014' || ch == ':' && !ClauseBounds.colonInClock(s, i)
          || ch == '-' && (t.startsWith("--", i) || t.startsWith(" - ", i - 1))) {
        return true;
      }
      if (ch == '.' && !ClauseBounds.abbreviation(s, i) || ch == '?' || ch == '!' || ch == ';') {
        return false;
      }
    }
    return hi == t.length();
  }
}
