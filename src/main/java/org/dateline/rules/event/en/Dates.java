package org.dateline.rules.event.en;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.DateMention;
import org.dateline.model.TimeInterval;

/** Date helpers of the event rules. */
final class Dates {
  private static final Duration SLACK = Duration.ofDays(1);

  /** How far back an incident reported with no date at all may lie: the window of {@link #recentPast}. */
  static final int RECENT_PAST_DAYS = 7;
  /** Clock times with a zone abbreviation are page stamps ("3:13 PM EDT"), not event times. */
  private static final Pattern ZONE_ABBREVIATION = Pattern.compile("\\b(?:[ECMP][SD]T|ET|GMT|UTC)\\b");
  private static final Pattern STAMP_WORD = Pattern.compile("(?i)\\b(?:posted|updated|published|modified)\\b");
  /** Words of a day or a part of one in a clock time's mention: "6:30 p.m. <b>Wednesday night</b>". */
  private static final Pattern DAY_WORD = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday"
      + "|sunday|today|tonight|yesterday|morning|afternoon|evening|night)\\b");
  /** Words of a clause that tells its time ahead: "a vigil <b>will</b> be held at 7 p.m. Wednesday". */
  private static final Pattern FUTURE_CUE = Pattern.compile("(?i)\\b(?:will|shall|scheduled|planned|set\\s+for"
      + "|to\\s+be\\s+held|to\\s+begin|begins|expected\\s+to)\\b");
  /** How far back from a date its clause is read for a cue of the future. */
  private static final int FUTURE_REACH = 120;
  /** How many characters may separate a stamp's date from its clock time, or precede a "Posted" date. */
  private static final int STAMP_GAP = 4;
  private static final int STAMP_LOOKBACK = 16;
  /** What a wire dateline puts after its date: an agency in brackets, then a dash ("June 26 (Reuters) -"). */
  private static final Pattern DATELINE_TAIL = Pattern.compile("\\A\\s{0,2}(?:\\([A-Za-z. ]{1,30}\\)\\s{0,2})?[-\u2013\u2014]");
  /** What a wire dateline puts before its date on its line: a city in capitals ("NAIROBI, ", "GAZA CITY, "). */
  private static final Pattern DATELINE_HEAD = Pattern.compile("\\A(?:[A-Z][A-Z.'\u2019 -]{1,40}, (?:[A-Z][A-Za-z.]{1,20}, )?)?\\z");
  /** How far before its date a wire dateline's city may begin. */
  private static final int DATELINE_LOOKBACK = 64;

  /**
   * Words of what follows an incident (an arrest, a charge, a court date, a funeral, a victim's
   * condition, a search, a toll's rise): a date right
   * after one ("arrested Tuesday", "appeared in court Monday") or right before one of the verbs
   * ("on Sunday arrested") dates the follow-up, not the incident.
   */
  private static final Set<String> FOLLOW_UP = Set.of("arrested", "arrest", "charged", "indicted", "arraigned",
      "arraignment", "sentenced", "sentencing", "convicted", "pleaded", "court", "judge", "hearing", "trial", "bond",
      "funeral", "vigil", "memorial", "booked", "custody", "surrendered", "identified", "jailed", "extradited",
      "appeared", "appearance", "testified", "jury", "autopsy", "buried", "delayed", "denied", "detained",
      "apprehended", "captured", "bars", "condition", "jail", "released", "searching", "media",
      // what went on after the incident: "detectives on Tuesday continued to question witnesses"
      "continued",
      // a toll that rose later, a rescue after: "the toll climbed to 52 on Saturday", "survivors ... on Sunday"
      "rose", "risen", "climbed", "jumped", "rescued", "survivors", "survivor");
  /** Words between a follow-up word and its date ("arrested late Tuesday", "in court on Monday"). */
  private static final Set<String> FILLER = Set.of("on", "late", "early", "last", "this", "again", "in", "was",
      "were", "have", "has", "had", "been", "then", "also");
  /** Words that may stand between a date and the follow-up verb after it ("Sunday morning police arrested"). */
  private static final Set<String> BEFORE_VERB = Set.of("morning", "afternoon", "evening", "night", "police",
      "officers", "deputies", "authorities", "investigators", "detectives");
  /** Words of the incident itself: a date after one of them ("charged after he shot a man Monday") dates the incident. */
  private static final Set<String> HAPPENED = Set.of("shot", "shooting", "killed", "killing", "fired", "wounded",
      "died", "dead", "slain", "injured", "hurt", "struck", "murdered", "attacked", "stabbed", "happened",
      "occurred", "hit", "exploded", "collapsed", "crashed", "erupted");
  /** How many words before a date, and after it, are looked at for a follow-up word. */
  private static final int FOLLOW_UP_WORDS = 5;

  private Dates() {}

  /**
   * Whether a date dates what followed an incident rather than the incident: a follow-up word such
   * as "arrested", "court" or "funeral" within a few words before it ("was arrested late Tuesday",
   * "faced a judge Monday", "charged a man with murder Thursday") with no word of the incident
   * between ("charged after he shot a man Monday" dates the shooting), or a follow-up verb right after it, fillers aside ("police on Sunday
   * arrested", "Authorities Sunday have identified"). A possessive date ("in Sunday's shooting")
   * dates what it modifies. The words looked at never cross the sentence.
   *
   * @param sentenceBegin where the date's sentence begins
   * @param sentenceEnd where the date's sentence ends
   */
  static boolean datesFollowUp(String text, DateMention d, int sentenceBegin, int sentenceEnd) {
    int e = d.span().end();
    if (text.startsWith("'s ", e) || text.startsWith("\u2019s ", e)) {
      return false; // "charged in Sunday's shooting": the possessive dates what it modifies
    }
    int b = d.span().begin();
    List<Words.Word> before = Words.of(text, Math.max(sentenceBegin, b - 48), b);
    for (int i = before.size() - 1, seen = 0; i >= 0 && seen < FOLLOW_UP_WORDS; i--, seen++) {
      String w = before.get(i).lower();
      if (FOLLOW_UP.contains(w)) {
        return true;
      }
      if (HAPPENED.contains(w)) {
        return false;
      }
    }
    for (Words.Word w : Words.of(text, e, Math.min(sentenceEnd, e + 32))) {
      String l = w.lower();
      if (FOLLOW_UP.contains(l)) {
        return true;
      }
      if (!FILLER.contains(l) && !BEFORE_VERB.contains(l)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns the interval of an incident a report names with no date: the week before its
   * publication day, through the end of that day, in the report's zone (news is past-biased).
   */
  static TimeInterval recentPast(ZonedDateTime published) {
    ZonedDateTime end = published.toLocalDate().plusDays(1).atStartOfDay(published.getZone());
    return TimeInterval.of(end.minusDays(RECENT_PAST_DAYS + 1L), end);
  }

  /** Whether a clock time's mention tells its day or part of day as well: "at 6:30 p.m. Wednesday night". */
  static boolean namesItsDay(String text, DateMention d) {
    return DAY_WORD.matcher(text).region(d.span().begin(), d.span().end()).find();
  }

  /** Whether the date's sentence tells it ahead before it: "a vigil will be held at 7 p.m. Wednesday". */
  static boolean futureCueBefore(String text, DateMention d) {
    int b = d.span().begin();
    int from = b;
    while (from > 0 && b - from < FUTURE_REACH && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return FUTURE_CUE.matcher(text).region(from, b).find();
  }

  /**
   * Whether a date is a page's time stamp rather than a date of the story: a clock time with a zone
   * abbreviation ("3:13 PM EDT"), a date right before such a time ("Monday, March 31, 2014 3:13 PM
   * EDT"), a date after "Posted", "Updated" or "Published", or a wire dateline's date, the day the
   * dispatch was filed ("NAIROBI, June 26 (Reuters) - ...").
   *
   * @param next the date mention after {@code d} in the text, or null
   */
  static boolean isTimestamp(String text, DateMention d, DateMention next) {
    if (zoneAfter(text, d.span().end()) || stampWordBefore(text, d.span().begin())) {
      return true;
    }
    int gap = next == null ? -1 : next.span().begin() - d.span().end();
    return gap >= 0 && gap <= STAMP_GAP && zoneAfter(text, next.span().end()) || isDatelineDate(text, d);
  }

  /** Whether a date is a wire dateline's: alone on its line or after a city in capitals, and followed by a dash. */
  private static boolean isDatelineDate(String text, DateMention d) {
    int b = d.span().begin();
    int end = d.span().end();
    if (!mayOpenDatelineTail(text, end)
        || !DATELINE_TAIL.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt()) {
      return false;
    }
    int lineStart = b;
    while (lineStart > 0 && b - lineStart < DATELINE_LOOKBACK && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
        && DATELINE_HEAD.matcher(text).region(lineStart, b).matches();
  }

  /**
   * Whether {@link #DATELINE_TAIL} may match at {@code end}: after at most two spaces comes a bracket or a dash.
   * Most dates fail this test, and need no matcher.
   */
  private static boolean mayOpenDatelineTail(String text, int end) {
    int limit = Math.min(text.length(), end + 40);
    int k = end;
    while (k < limit && k - end < 2 && " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) { // the characters \s matches
      k++;
    }
    char c = k < limit ? text.charAt(k) : ' ';
    return c == '(' || c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static boolean zoneAfter(String text, int end) {
    int from = Math.max(0, end - 4);
    int to = Math.min(text.length(), end + 5);
    // every zone abbreviation has a capital T: where none is, no matcher is needed
    boolean t = false;
    for (int i = from; i < to && !t; i++) {
      t = text.charAt(i) == 'T';
    }
    return t && ZONE_ABBREVIATION.matcher(text).region(from, to).find();
  }

  /** Whether a stamp word ("Posted", "Updated") ends in the few characters before {@code begin}. */
  private static boolean stampWordBefore(String text, int begin) {
    int from = Math.max(0, begin - STAMP_LOOKBACK);
    // every stamp word ends in "ed", in either case: where no "ed" is, no matcher is needed
    boolean ed = false;
    for (int i = from; i + 1 < begin && !ed; i++) {
      ed = (text.charAt(i) | 0x20) == 'e' && (text.charAt(i + 1) | 0x20) == 'd';
    }
    // a live page's capitalised label: "UPDATE July 16, 3:03 p.m.: Police said ..."
    return ed && STAMP_WORD.matcher(text).region(from, begin).find() || text.substring(from, begin).contains("UPDATE");
  }

  /** Whether two dates can be one incident's: overlapping, or within a day of each other. */
  static boolean close(DateMention a, DateMention b) {
    if (a.time().equals(b.time())) {
      return true;
    }
    TimeInterval x = a.interval().orElse(null);
    TimeInterval y = b.interval().orElse(null);
    return x != null && y != null && meet(x, y, SLACK);
  }

  /** Whether two dates share a moment: their intervals overlap (no slack, unlike {@link #close}); true if either has none. */
  static boolean overlap(DateMention a, DateMention b) {
    TimeInterval x = a.interval().orElse(null);
    TimeInterval y = b.interval().orElse(null);
    return x == null || y == null || a.time().equals(b.time()) || meet(x, y, Duration.ZERO);
  }

  /** Whether interval {@code x}, widened by {@code slack} on both sides, overlaps {@code y}. */
  private static boolean meet(TimeInterval x, TimeInterval y, Duration slack) {
    Instant xs = x.start().toInstant().minus(slack);
    Instant xe = x.endExclusive().toInstant().plus(slack);
    return xs.isBefore(y.endExclusive().toInstant()) && y.start().toInstant().isBefore(xe);
  }

  /** Whether {@code text[from, to)} crosses no clause boundary (a semicolon, a dash, a bracket, "while", "but"). */
  static boolean sameClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '\u2014' || c == '(' || c == ')') {
        return false;
      }
      if (c == ' ' && (text.startsWith(" while ", i) || text.startsWith(" but ", i))
          || (c == ',' && text.startsWith(", and ", i))) {
        return false;
      }
    }
    return true;
  }
}
