package org.dateline.rules.time.en;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The present tense of a timetable: "The team plays Arsenal on Saturday", "Voters head to the polls on Sunday"
 * tell what is still to come, as does a forecast ("forecasts rain on Tuesday", "the outlook calls for snow on
 * Sunday"), a departure, a return or a clock change ("The ferry leaves on Saturday", "Clocks go back an hour on Sunday"), a
 * release, a broadcast or a results day ("The finale airs Sunday", "The retailer reports results on
 * Tuesday"), a day something is on ("The final is on Tuesday") and a day's fixture ("a seat at Saturday's cup
 * final") or a court's sitting ("the April trial date"). Only a clause with no past verb asks; a verb
 * read as a noun after a determiner ("the hosts", "their visits", "Friday's close") does not count. Stateless.
 */
final class Schedule {
  private static final Pattern VERB = Pattern.compile("\\b(?:plays?|faces?|hosts?|visits?|travels?|votes?|holds?"
      + "|plans|(?:heads?|go|goes)\\s{1,3}to\\s{1,3}the\\s{1,3}polls|walks?\\s{1,3}out|kicks?\\s{1,3}off"
      + "|takes?\\s{1,3}on|takes?\\s{1,3}place|calls?\\s{1,3}for"
      // (what is forecast "to have risen" has happened)
      + "|forecasts?(?!\\s{1,3}to\\s{1,3}have\\s{1,3}[a-z]{2,20}(?:ed|en|wn)\\b)"
      // what runs, opens or gets under way on a timetable ("opens", "resumes" and the like are future cues of
      // their own): "The fair runs through the weekend", "Polls close at 8 p.m. on Tuesday"
      + "|runs?\\s{1,3}(?:through|until|till|to|from)|gets?\\s{1,3}under\\s{0,3}way|open|close(?!\\s{1,3}to\\b)"
      // a departure, a return or a clock change: "The ferry leaves on Saturday at 6 a.m.", "Services return to
      // normal on Friday", "The show returns for a third season on Thursday", "The envoy flies to Cairo on Monday",
      // "Clocks go back an hour at 2 a.m. on Sunday", "with rain returning for Sunday"; a firm that "returns to profit" in a headline has reported it
      // a debate, and what is expected: "The candidates debate on Thursday night", "The airport expects 3 million
      // travelers between Tuesday and Sunday"
      + "|debates?|expects?(?!(?:\\s{1,3}[a-z]{1,20}){0,3}\\s{1,3}to\\s{1,3}have\\s{1,3}[a-z]{2,20}(?:ed|en|wn)\\b)"
      // a result that sets up a fixture: "the draw sets up a decider at Hampden on Tuesday"
      + "|sets\\s{1,3}up\\s{1,3}(?:(?:a|an|the)\\s{1,3})?(?:[a-z-]{1,20}\\s{1,3})?"
      + "(?:final|clash|showdown|meeting|tie|decider|rematch|derby|date)"
      // a hearing or a trial that goes on on a day: "The trial continues on Monday"
      + "|continues"
      // a series or a show that moves on, and what is published, released or held on a timetable: "the series shifts
      // to Los Angeles on Sunday", "when flash figures are published on Friday"
      + "|(?:shifts|moves)\\s{1,3}to|(?:is|are)\\s{1,3}(?:published|released|announced|unveiled|held|played|staged)"
      + "|leaves|departs|sails|arrives|return(?:s|ing)?\\s{1,3}(?:to(?!\\s{1,3}(?:profit|growth|the\\s{1,3}black))|for|on|from)|(?:flies|fly)\\s{1,3}(?:to|back|home)"
      + "|heads?\\s{1,3}(?:to|back|home)|headlines|(?:flies|fly)\\s{1,3}out"
      // a sitting, a vote or an appearance: "Ministers gather in Rome on Thursday", "The house sits on Monday", "The
      // bill goes to a vote on Tuesday", "The chief executive testifies on Wednesday"
      + "|gathers?|(?:re)?convenes?|sits|(?:go|goes)\\s{1,3}to\\s{1,3}(?:a\\s{1,3})?vote|testifies|speaks|lands"
      // ... and "start", but not the noun after its adjective: "a weak start on Monday", "a false start"
      + "|start(?<!\\b(?:weak|strong|slow|fast|false|good|bad|great|poor|flying|winning|shaky|solid|bright|fresh|head"
      + "|late|early|perfect|dream|new|quick|promising|best|worst|rocky|sluggish|steady|mixed|firm|flat|soft|tentative)"
      + "\\sstart)"
      + "|(?:go|goes)\\s{1,3}(?:back|forward)\\s{1,3}(?:an|one)\\s{1,3}hour"
      // "until the clocks go back on 25 October", "when clocks change on Sunday"
      + "|(?<=clocks\\s)(?:go|change|spring|fall)"
      // a release, a broadcast or a results day: "The finale airs Sunday night", "Tickets go on sale on Friday",
      // "The retailer reports results on Tuesday", "Saturday marks the anniversary of the collapse"
      + "|airs|premieres|debuts|launches|marks|(?:go|goes)\\s{1,3}on\\s{1,3}sale|(?:comes?|rolls?)\\s{1,3}out"
      // what may or could happen on a day, in a clause with no past verb: "Snow could fall on Sunday", "Lawmakers may
      // take up the bill on Monday" ("could not", "may have" do not, nor "could be" of what none could do: "None of
      // them could be found on Tuesday"; "May" after a preposition is the month)
      + "|could(?!\\s{1,3}(?:not|have|never|be)\\b)|should(?!\\s{1,3}(?:not|have|never)\\b)"
      // what one must do on a day: "Scotland must beat Morocco on Wednesday" ("can" is as often of what one can
      // recall: "nobody can remember a colder day than Tuesday")
      + "|must(?!\\s{1,3}(?:not|have|never)\\b)"
      + "|(?<!\\b(?:in|of|on|since|until|till|by|from|early|late|mid|last|next|this|and|or|to|through|between)\\s)"
      + "may(?!\\s{1,3}(?:not|have|never|day)\\b)(?=\\s{1,3}[a-z])"
      // a rule or a ban in force from a day: "A hosepipe ban comes into force on Friday"
      + "|comes?\\s{1,3}into\\s{1,3}(?:force|effect)|takes?\\s{1,3}effect"
      + "|hits?\\s{1,3}(?:shelves|stores|theaters|theatres|cinemas|screens)"
      + "|reports?\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,2}?(?:results|earnings)"
      // a forecast's likely course: "the river keeps rising, possibly cresting on Friday"
      + "|(?:possibly|probably|potentially)\\s{1,3}[a-z]{2,20}ing)\\b");
  /**
   * A present "is" or "are" right before the date or its "on" or "at": "The final is on Tuesday", "The deadline is
   * Friday", "The vote is at noon Friday".
   */
  private static final Pattern COPULA = Pattern.compile("\\b(?:is|are)\\s{1,3}(?:(?:on|at)\\s{1,3})?$");
  /** A present "is" or "are" after the date, then its clock time: "Kick-off on Saturday is at 3pm". */
  private static final Pattern COPULA_AT = Pattern.compile("\\s{1,3}(?:is|are)\\s{1,3}(?:at|from)\\s{1,3}\\d");
  private static final Pattern DETERMINER = Pattern.compile(
      "(?:\\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those|of|and|or)|['\u2019]s)\\s{1,3}$");

  /**
   * A day naming a fixture or a vote it holds: "a seat at Saturday's cup final", "Tuesday's vote". Told with no
   * past verb, it is still to come.
   */
  private static final Pattern FIXTURE = Pattern.compile("['\u2019]s\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,2}?"
      + "(?:final|semi-final|match|game|race|derby|clash|showdown|decider|fixture|tie|vote|election|referendum|poll"
      + "|polls|summit|hearing|trial|sentencing|arraignment|runoff|run-off|primary|caucus|caucuses|by-election"
      + "|byelection|opener|premiere|kickoff|kick-off|deadline)\\b");
  /**
   * A day or month naming a court's sitting: "the April trial date", "a Monday hearing". Told with no past verb,
   * it is still to come.
   */
  private static final Pattern PROCEEDING = Pattern.compile("\\s{1,3}(?:pre-?trial\\s{1,3})?(?:trial|hearing"
      + "|sentencing|arraignment|court\\s{1,3}(?:date|appearance))\\b");

  /**
   * A forecast's words, with no verb of their own: "Mostly cloudy on Tuesday", "highs in the upper 50s", "lows near 20
   * degrees", "a chance of showers on Sunday", "the risk of storms on Tuesday night", "temperatures in the 30s". A report of weather gone by tells it with a past verb ("Monday was
   * sunny, with highs in the 40s"), which this is not asked about.
   */
  private static final Pattern FORECAST = Pattern.compile("\\b(?:(?:partly|mostly)\\s{1,3}(?:sunny|cloudy|clear)"
      + "|(?:highs?|lows?|temperatures)\\s{1,3}(?:in\\s{1,3}the\\s{1,3}(?:(?:low|mid|upper)[\\s-]{1,3})?\\d0s"
      + "|(?:of|near|around)\\s{1,3}(?:about\\s{1,3})?-?\\d{1,3}\\s{0,2}(?:\u00b0|degrees\\b|[cf]\\b))"
      + "|(?:chances?|threat|risk)\\s{1,3}of\\s{1,3}(?:rain|showers|snow|sleet|storms|thunderstorms|flurries|drizzle))");

  /**
   * "expected" with no "be" before it and a preposition after it, right before the date: what is expected then,
   * still to come ("heavy rain expected on Sunday", "a decision expected by Friday"); "was expected on Sunday", "as
   * expected on Sunday" are not, nor a past verb with its object ("the retailer expected March-quarter sales").
   */
  private static final Pattern EXPECTED = Pattern.compile("(?<!\\b(?:was|were|had|been|be|being|is|are|as|than|not)\\s)"
      + "\\bexpected\\s{1,3}(?:(?:on|for|by|from|through|until|over|during|at|later|early|late|into)\\s{1,3}){1,2}$");

  /**
   * "through" right before a weekday, in a clause with no past verb: a spell that lasts until then ("cooler
   * weather through Thursday"); after a date ("Monday through Friday") the range is read as a pair instead.
   */
  private static final Pattern THROUGH = Pattern.compile("(?<!" + Lexicon.WEEKDAY + "\\s|\\d\\s)"
      + "\\b(?:through|thru)\\s{1,3}(?:(?:early|late|mid-?)\\s{0,3})?$");

  /** How far back {@link #throughDay} looks for a past verb in the sentence. */
  private static final int THROUGH_REACH = 200;

  private Schedule() {}

  /**
   * Whether "through" stands right before the weekday at {@code b}, with no past verb before it in its sentence: a
   * verb far back still tells the spell ("guards stayed at the gate of the plant ... through Friday"), and a month or a
   * clock time after "through" is as often a count so far ("exports from January through May").
   */
  private static boolean throughDay(String t, int from, int b) {
    if (!THROUGH.matcher(t).region(Math.max(from, b - 20), b).find() || !WEEKDAY_AT.matcher(t).region(b, t.length()).lookingAt()) {
      return false;
    }
    int lo = Math.max(0, b - THROUGH_REACH);
    int stop = Math.max(t.lastIndexOf(". ", b), t.lastIndexOf('\n', b));
    return !Cues.PAST_CUE.matcher(t).region(Math.max(lo, stop + 1), b).find();
  }

  private static final Pattern WEEKDAY_AT = Pattern.compile(Lexicon.WEEKDAY + "\\b");

  /**
   * Whether {@code t[from, to)}, outside the date {@code t[b, e)}, has a verb of a timetable in the present, or the
   * date follows a present "is": what is on a day, told without a past, is still to come. A verb at which
   * {@code named} holds is part of a name.
   */
  static boolean told(String t, int from, int b, int e, int to, java.util.function.IntPredicate named) {
    return found(t, from, b, named, true) || found(t, e, to, named, false) || COPULA.matcher(t).region(from, b).find()
        || FORECAST.matcher(t).region(from, to).find()
        || EXPECTED.matcher(t).region(Math.max(from, b - 40), b).find()
        || throughDay(t, from, b)
        || COPULA_AT.matcher(t).region(e, to).lookingAt()
        || (FIXTURE.matcher(t).region(e, to).lookingAt()
            || PROCEEDING.matcher(t).region(e, to).lookingAt() && !AT_SITTING.matcher(t).region(from, b).find())
        && !OUTCOME_BEFORE.matcher(t).region(from, b).find();
  }

  /**
   * "from" right before a day, not after a record's noun ("footage from Sunday shows"), before an owner's "'s"
   * ("results from Sunday's vote") or as a range's start ("took $57 million from Friday to Sunday"), after a verb of
   * {@link #FROM_VERB} or opening its clause: in a clause with no past verb near or far, what starts then ("Samba schools
   * take over the Sambadrome from Sunday night", "From Monday, the bridge is closed to lorries").
   */
  private static final Pattern FROM_DAY = Pattern.compile("(?<!\\b(?:footage|video|videos|images|photos|pictures|data"
      + "|figures|results|comments|remarks|reports?|statements?|evidence|testimony|scenes|coverage|highlights|recordings?"
      + "|transcripts?|notes|numbers|emails|messages|posts|tweets|clips?|readings|losses|gains)\\s{1,3})\\bfrom\\s{1,3}$");

  /**
   * The present verbs of what starts from a day: "take over the avenue from Sunday night", "Residents face water cuts
   * from Tuesday", "Fares rise from Monday" (a bare "from" after a noun is as often a record's: "A photo from Sunday").
   */
  private static final Pattern FROM_VERB = Pattern.compile("\\b(?:takes?\\s{1,3}over|faces?|switch(?:es)?|runs?"
      + "|operates?|needs?|requires?|shuts?|moves?|rises?|costs?|pays?|gets?|(?:go|goes)\\s{1,3}up|changes?"
      + "|closes?|opens?|reopens?|stops?|ends?|starts?|begins?|resumes?|applies|apply|comes?\\s{1,3}into)\\b");

  /** The end of a range after its start: "from Friday to Sunday" tells a stretch in any tense. */
  private static final Pattern RANGE_END = Pattern.compile("\\s{0,3}(?:-|\u2013|\\s(?:to|through|until|till|and)\\s)");

  static boolean fromDay(String t, int from, int b, int e) {
    int f = WordRuns.endBeforeSpaces(t, from, b) - 4;
    return b - from >= 5 && t.startsWith("from", f) && FROM_DAY.matcher(t).region(Math.max(from, b - 40), b).find()
        && (WordRuns.endBeforeSpaces(t, from, f) == from || FROM_VERB.matcher(t).region(from, f).find())
        && !(t.startsWith("'s", e) || t.startsWith("\u2019s", e)) && !RANGE_END.matcher(t).region(e, t.length()).lookingAt();
  }

  /**
   * What is done at or during a sitting is told by the verb beside the phrase, not by the sitting: "During a June
   * pretrial hearing, the judge ordered ...", "charged ... at his Saturday arraignment". ("after", "since" and
   * "following" before it tell an outcome, {@link #OUTCOME_BEFORE}.)
   */
  private static final Pattern AT_SITTING = Pattern.compile(
      "\\b(?:during|at)\\s{1,3}(?:(?:a|an|the|his|her|their|its)\\s{1,3})?$");

  /** Words before a fixture's day that tell its outcome, so it has been held: "results from Sunday's vote". */
  private static final Pattern OUTCOME_BEFORE = Pattern.compile("\\b(?:results?|turnout|highlights|aftermath|after"
      + "|following|since|from|winners?|losers?|outcome|count|tally|recap|review|loss|win|victory|defeat|won|lost)\\b");

  /**
   * Whether a timetable's verb stands in [lo, hi) right after "and", a verb phrase of its own joined to one before it
   * ("lost on Monday <b>and host</b> the Oilers on Saturday"), or after ", and" and a subject of its own.
   */
  static boolean coordinated(String t, int lo, int hi) {
    int and = t.indexOf("and ", Math.max(0, lo));
    if (and < 0 || and >= hi) {
      return false; // no "and" between: nothing to read
    }
    Matcher m = VERB.matcher(t).region(and, hi);
    while (m.find()) {
      if (m.start() >= 4 && t.startsWith("and ", m.start() - 4)
          || SUBJECT_AFTER_AND.matcher(t).region(Math.max(lo, m.start() - 50), m.start()).find()
          && !NOUN_BEFORE.matcher(t).region(Math.max(lo, m.start() - 12), m.start()).find()
          && !MODAL.matcher(t).region(m.start(), m.end()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", and" and a short subject of its own before a timetable's verb: a clause of its own ("shares slid on Friday,
   * and two carmakers report on Wednesday").
   */
  private static final Pattern SUBJECT_AFTER_AND = Pattern.compile(
      ",\\s{1,3}and\\s{1,3}(?:[\\p{L}0-9&'-]{1,20}\\s{1,3}){1,3}$");
  /**
   * Before a timetable's word, a determiner or an owner that makes it a noun ("and its votes on Sunday show", "the
   * company's reports"); and the modals, whose subject may tell a past ("and residents could go home on Sunday").
   */
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?:\\b(?:a|an|the|its|his|her|their|our|this|that)"
      + "|['\u2019]s)\\s{1,3}$");
  private static final Pattern MODAL = Pattern.compile("(?:could|should|may|might|must|can)\\b");

  /**
   * Whether a timetable's verb stands in [lo, hi), neither read as a noun after a determiner nor capitalised inside
   * its sentence as a name is ("an incident in Bury Close on Thursday" closes nothing), nor cut from the end of the
   * stretch by a relative clause.
   */
  private static boolean found(String t, int lo, int hi, java.util.function.IntPredicate named, boolean before) {
    Matcher m = VERB.matcher(t).region(lo, hi);
    while (m.find()) {
      int start = m.start();
      // after ", and", before the date, a verb phrase of its own: "beat Villa on Friday, and face Arsenal on Wednesday
      // night" (after the date it tells nothing of the date's own clause)
      boolean predicate = before && start >= 6 && t.startsWith(", and ", start - 6);
      if (!named.test(start) && (predicate || !DETERMINER.matcher(t).region(Math.max(lo, start - 8), start).find())
          && !RELATIVE.matcher(t).region(m.end(), hi).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative clause opened between a timetable's verb and the date, which tells of someone else's deed: "They
   * face Spain, who beat Italy on Tuesday".
   */
  private static final Pattern RELATIVE = Pattern.compile(",\\s{1,3}(?:who|which|whose)\\b");
}
