package org.dateline.rules.event.en;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.FigureRole;
import org.dateline.model.Granularity;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexType;
import org.dateline.timeline.TollPolicy;

/** The events of one report, worked out in one pass over its sentences. Not thread-safe; used once. */
final class ReportEvents {
  /** An undated incident adopts a date only if it is this recent before publication; older ones are background. */
  private static final Duration RECENT = Duration.ofDays(8);
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "announced", "reported",
      "added", "confirmed", "stated", "reporters", "statement", "release", "conference", "tweeted", "wrote",
      "report", "interview", "briefing", "broadcast");
  private static final int LEAD_SENTENCES = 5;
  /** How many people an event names at most: those named with an age or as identified, then those named again by surname. */
  private static final int MAX_PEOPLE = 12;
  /**
   * The most incidents and happenings one report is read into: a news report tells a few dozen at
   * most, and every trigger and figure is weighed against each, so a text of thousands of places and
   * dates is read, past this many, into those already found.
   */
  static final int MAX_DRAFTS = 200;
  /** Where a date begins in the text: the key its list is ordered by. */
  private static final ToIntFunction<DateMention> DATE_BEGIN = d -> d.span().begin();
  /** Nouns of an attacker, as a figure's {@code who} names him. */
  private static final Set<String> ATTACKERS = Set.of(
      "gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "killer", "gunmen", "shooters", "attackers",
      "bombers");
  /** Words between "the" and an attacker's noun: "the suspected gunman". */
  private static final Set<String> ATTACKER_MODIFIERS = Set.of(
      "suspected", "alleged", "accused", "lone", "masked", "armed", "teenage", "young", "second", "other");
  /** Participles of a toll told in the present perfect, of an incident still under way: "has killed". */
  private static final Set<String> PERFECT_TOLLS = Set.of("killed", "claimed", "left");

  private final Report report;
  private final String text;
  /** What may stand between a trigger and the date that dates it: "the bombing <b>early on</b> Monday". */
  private static final java.util.regex.Pattern TRIGGER_DATE_GAP = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:(?:late|early)\\s{1,3})?(?:on\\s{1,3})?");
  private static final int MAX_TRIGGER_DATE_GAP = 16;
  /**
   * A noun of telling right after a date, which the date then dates: "in a Saturday night press
   * conference", "at Tuesday's hearing", "Wednesday morning's 3-minute hearing". A gathering may be an incident's scene ("during yesterday's
   * rally"), and is no such noun.
   */
  private static final Pattern TELLING_AFTER = Pattern.compile(
      "(?:['\u2019]s)?\\s{1,2}(?:[a-z0-9-]{1,15}\\s{1,2})?(?:(?:press|news)\\s{1,2}(?:conference|briefing)|briefing|interview|(?:court\\s{1,2})?hearing"
          + "|arraignment|court\\s{1,2}appearance|statement|broadcast|newscast)\\b", Pattern.CASE_INSENSITIVE);
  private final List<DateMention> dates;
  /** Every resolved date, statement dates included: what a statement event is dated by. */
  private final List<DateMention> allDates;
  /** The durations the report states ("for three days", "over the past week"). */
  private final List<DateMention> durations;
  /** Per sentence, whether it tells its incident as under way ({@link #toldUnderWay}); read on first use. */
  private boolean[] underWay;
  private final List<CasualtyFigure> figures;
  private final boolean statements;
  private final List<int[]> sentences;
  /** The words of each sentence. */
  private final List<List<Words.Word>> sentenceWords;
  /** Per sentence, whether it is written in title case, as a headline ({@link Triggers#isTitleCase}). */
  private final boolean[] titleCase;
  private final List<PlaceFinder.Mention> places;
  /** Chooses the place of each trigger and figure among its sentence's places. */
  private final EventPlaces placing;
  private final List<EventDraft> drafts = new ArrayList<>();
  /** The triggers of the sentence being read, so a date goes to the trigger nearest it. */
  private List<Triggers.Trigger> sentenceTriggers = List.of();
  /** Per sentence, whether it holds an incident's trigger. */
  private final boolean[] hasTrigger;
  /**
   * Per date, {@link Dates#datesFollowUp} in its sentence, once asked: it depends on the date alone, and each
   * trigger of a sentence asks it of each of the sentence's dates.
   */
  private final Map<DateMention, Boolean> followUps = new IdentityHashMap<>();

  ReportEvents(Report report, List<DateMention> dates, List<CasualtyFigure> figures, boolean statements) {
    this.report = report;
    // a no-break or thin space reads as a space ("New York" written with one is still a name of two words);
    // the text keeps its length, so offsets agree with the report's
    this.text = Words.withPlainSpaces(report.text());
    this.allDates = usable(dates);
    this.durations = dates.stream().filter(d -> d.type() == TimexType.DURATION).toList();
    this.dates = allDates.stream().filter(d -> !saidOn(d)).toList();
    this.figures = figures;
    this.statements = statements;
    this.sentences = Sentences.split(text);
    this.sentenceWords = new ArrayList<>(sentences.size());
    for (int[] s : sentences) {
      sentenceWords.add(Words.of(text, s[0], s[1]));
    }
    this.titleCase = new boolean[sentences.size()];
    for (int k = 0; k < titleCase.length; k++) {
      titleCase[k] = Triggers.isTitleCase(sentenceWords.get(k));
    }
    this.places = PlaceWords.withoutCareDestinations(text,
        PlaceWords.withoutBusinessOwners(text, PlaceFinder.findInWords(text, sentenceWords, titleCase)));
    this.placing = new EventPlaces(text, sentences, sentenceWords, places);
    this.hasTrigger = new boolean[sentences.size()];
  }

  /** Returns the dates that may date an event: resolved, neither present nor future, no page time stamp. */
  private List<DateMention> usable(List<DateMention> all) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      DateMention d = all.get(i);
      DateMention next = i + 1 < all.size() ? all.get(i + 1) : null;
      Granularity g = d.time().map(t -> t.granularity()).orElse(null);
      if (g != null && g != Granularity.PRESENT && g != Granularity.FUTURE && !Dates.isTimestamp(text, d, next)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Whether a date dates a statement: "said Wednesday", "told reporters on Monday"; never one that
   * opens a sentence after a statement ("police said. On May 1, ...").
   */
  private boolean saidOn(DateMention d) {
    int b = d.span().begin();
    int from = b;
    while (from > 0 && b - from < 30 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    List<Words.Word> before = Words.of(text, from, b);
    int n = before.size();
    if (n > 0 && before.get(n - 1).lower().equals("on")) {
      n--;
    }
    return n > 0 && SPEECH.contains(before.get(n - 1).lower());
  }

  /** Sets the triggers of the sentence being read, which the place chooser weighs as rivals too. */
  private void readingTriggers(List<Triggers.Trigger> triggers) {
    sentenceTriggers = triggers;
    placing.sentenceTriggers = triggers;
  }

  List<Event> events() {
    for (int s = 0; s < sentences.size(); s++) {
      readingTriggers(Triggers.find(sentenceWords.get(s), titleCase[s]));
      for (Triggers.Trigger t : sentenceTriggers) {
        hasTrigger[s] |= t.type().isIncident();
        if (t.type() != EventType.STATEMENT || statements) {
          addTrigger(t, s);
        }
      }
    }
    readingTriggers(List.of());
    for (CasualtyFigure f : figures) {
      attach(f);
    }
    List<Event> out = new ArrayList<>();
    EventDraft main = drafts.stream().filter(ReportEvents::isIncident).findFirst().orElse(null);
    List<String> people = new ArrayList<>(main == null ? List.of() : Actors.find(text));
    if (main != null) {
      for (String name : Actors.findRepeated(text)) {
        if (people.size() < MAX_PEOPLE && !people.contains(name)) {
          people.add(name);
        }
      }
    }
    Set<String> nameWords = ReportPlace.nameWords(people);
    for (EventDraft d : drafts) {
      if (d.place != null && ReportPlace.isPersonName(text, d.place, nameWords)) {
        d.place = null;
      }
    }
    if (main != null) {
      main.actors.addAll(people);
      PlaceFinder.Mention p = ReportPlace.choose(text, places, sentences, main.actors);
      if (p != null && (main.place == null || !main.spread && placing.refines(p, main.place)) && !placeOfAnother(p, main)) {
        main.place = p;
      }
    }
    for (EventDraft d : drafts) {
      if (isIncident(d) && d != main && !isBackgroundWorthKeeping(d)) {
        continue;
      }
      if (isIncident(d) || (d.date != null && !d.date.time().get().isVague())) {
        out.add(build(d, out.size() + 1));
      }
    }
    return out;
  }

  /**
   * Whether a place is that of an incident the report tells as another than its main one ("after a
   * plane went down near Pokhara"): it says nothing of where the main one happened.
   */
  private boolean placeOfAnother(PlaceFinder.Mention p, EventDraft main) {
    for (EventDraft d : drafts) {
      if (d != main && (d.compared || d.separate) && d.place != null && d.place.name().equals(p.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a draft tells of an incident: one named by its trigger ("the bombing"), or one no
   * trigger names whose figures tell of it ("Seven people have been killed in ..."): a report's toll
   * is never left out of its events for want of an incident word. A figure-born draft of running
   * totals alone tells of none.
   */
  private static boolean isIncident(EventDraft d) {
    return d.type.isIncident() || d.figureBorn && d.figures.stream().anyMatch(f -> f.role() != FigureRole.CUMULATIVE);
  }

  /**
   * Whether an incident besides the report's main one is worth an event: one with figures of its
   * own, or one dated to a month or finer ("last month's stampede", "in October 2024"). Passing
   * mentions dated only by a year or not at all ("the 2012 shooting", "another shooting") are left
   * out: they are too vague to place on a timeline or to merge.
   */
  private static boolean isBackgroundWorthKeeping(EventDraft d) {
    // a running total ("4,000 died in road crashes last year") is no figure of an incident of its own
    if (d.figures.stream().anyMatch(f -> f.role() != FigureRole.CUMULATIVE)) {
      return true;
    }
    Granularity g = d.date == null ? null : d.date.time().get().granularity();
    return g != null && g.compareTo(Granularity.MONTH) <= 0;
  }

  private void addTrigger(Triggers.Trigger t, int sentence) {
    DateMention date = dateNear(t.type() == EventType.STATEMENT ? allDates : dates, t.begin(), t.end(), sentence,
        t.type().isIncident(), true);
    if (!t.type().isIncident()) {
      addHappening(t, sentence, date);
      return;
    }
    List<PlaceFinder.Mention> where = placing.placesOf(t.begin(), sentence);
    PlaceFinder.Mention place = where.isEmpty() ? null : where.get(0);
    EventDraft target = null;
    boolean placeLocated = place != null && PlaceWords.locates(text, place);
    int comparison = OtherIncidents.comparison(text, t);
    boolean separate = comparison == 2
        || OtherIncidents.separate(text, t, sentences.get(sentence)[0], sentenceWords.get(sentence), sentenceTriggers);
    if (!separate && namesItsAttacker(t, sentence)) {
      // "the suspected gunman was found dead in Grove City on Tuesday": the attacker of the incident told
      for (int i = drafts.size() - 1; i >= 0 && target == null; i--) {
        EventDraft d = drafts.get(i);
        if (d.type.isIncident() && !d.compared && d.type.isCompatibleWith(t.type())) {
          target = d;
        }
      }
    }
    for (int i = drafts.size() - 1; i >= 0 && target == null && !separate; i--) {
      EventDraft d = drafts.get(i);
      // an incident told as a separate one is told where it is named, not taken up again later
      boolean told = d.compared || d.separate && sentence - d.triggerSentences.get(d.triggerSentences.size() - 1) > 1;
      if (!told && d.type.isIncident() && d.type.isCompatibleWith(t.type())
          && (fits(d, date, sentence) || datesEarlierOfItsDay(d, date))
          && !(placeLocated && PlaceFinder.apart(d.place, place))
          && !(placeLocated && (otherDayElsewhere(d, date, place) || opensOnAnotherTime(sentence) && EventPlaces.otherTown(d, place)))
          && !(place != null && d.place != null && comparison > 0 && !PlaceFinder.within(place, d.place)
              && !PlaceFinder.within(d.place, place))) {
        target = d;
      }
    }
    if (target == null) {
      if (drafts.size() >= MAX_DRAFTS) {
        return;
      }
      target = new EventDraft(t, sentence);
      target.separate = separate;
      target.compared = comparison == 2;
      drafts.add(target);
    }
    target.add(t, sentence);
    target.underWay |= toldUnderWay(sentence);
    boolean following = date != null && date.span().begin() < t.begin()
        && DateScope.datesWhatFollowed(text, date, t);
    if (target.date == null && date != null && !target.compared) { // "a day after a bombing": its date is not the sentence's
      target.date = date;
      target.dateFollows = following;
    } else if (target.dateFollows && date != null && !following && datesEarlierOfItsDay(target, date)) {
      target.date = date; // "Rescuers pulled bodies on Friday after a landslide ...", then "The landslide hit late Wednesday"
      target.dateFollows = false;
    }
    placing.placeAgain(target, place, t.begin());
    target.spread |= place != null && target.place == place && (where.size() > 1 || PlaceWords.spans(text, place));
  }

  /**
   * Whether a trigger dated and located apart from draft {@code d} names another incident: its date
   * shares no moment with the draft's and its place is another town ("A day earlier, a glide bomb
   * killed a woman in Zaporizhzhia" after the night's strike on Odesa).
   */
  private boolean otherDayElsewhere(EventDraft d, DateMention date, PlaceFinder.Mention place) {
    return date != null && d.date != null && !Dates.overlap(d.date, date) && EventPlaces.otherTown(d, place);
  }

  /**
   * Whether a sentence opens on another time than the one told before ("Earlier on Monday, a drone
   * struck a car near Khan Younis", "Later, ..."), so an incident it places in another town is another.
   */
  private boolean opensOnAnotherTime(int sentence) {
    List<Words.Word> w = sentenceWords.get(sentence);
    return !w.isEmpty() && (w.get(0).lower().equals("earlier") || w.get(0).lower().equals("later"));
  }

  /**
   * Whether a sentence tells its incident as lasting up to the report's time: it counts a toll
   * "over the past five days" or "in the last week", a span that ends now, or tells the toll in the
   * present perfect ("A heat wave has killed 41 people").
   */
  private boolean toldUnderWay(int sentence) {
    if (underWay == null) {
      underWay = sentencesUnderWay();
    }
    return underWay[sentence];
  }

  /** Reads {@link #toldUnderWay} for every sentence at once, each sentence once. */
  private boolean[] sentencesUnderWay() {
    boolean[] toll = new boolean[sentences.size()];
    for (CasualtyFigure f : figures) {
      toll[sentenceOf(f.span().begin())] = true;
    }
    boolean[] out = new boolean[sentences.size()];
    for (DateMention d : durations) {
      int b = d.span().begin();
      int s = sentenceOf(b);
      out[s] |= toll[s] && (text.startsWith("the past ", b) || text.startsWith("the last ", b));
    }
    for (int s = 0; s < out.length; s++) {
      out[s] |= toll[s] && inPresentPerfect(s);
    }
    return out;
  }

  /** Whether a sentence tells a toll in the present perfect: "has killed", "have claimed". */
  private boolean inPresentPerfect(int sentence) {
    List<Words.Word> w = sentenceWords.get(sentence);
    for (int i = 0; i + 1 < w.size(); i++) {
      String have = w.get(i).lower();
      if ((have.equals("has") || have.equals("have")) && PERFECT_TOLLS.contains(w.get(i + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a trigger is an attacker's noun with "the" before it ("the gunman", "the suspected
   * shooter"): it refers to the attacker of an incident told before, not to a new one.
   */
  private boolean namesItsAttacker(Triggers.Trigger t, int sentence) {
    List<Words.Word> w = sentenceWords.get(sentence);
    int i = wordAt(w, t.begin());
    if (i < 0 || !ATTACKERS.contains(w.get(i).lower())) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String before = w.get(k).lower();
      if (before.equals("the")) {
        return true;
      }
      if (!ATTACKER_MODIFIERS.contains(before)) {
        return false;
      }
    }
    return false;
  }

  /** Returns the index of the word of {@code w} (in text order) that begins at {@code begin}, or -1. */
  private static int wordAt(List<Words.Word> w, int begin) {
    int i = firstAtOrAfter(w, Words.Word::begin, begin);
    return i < w.size() && w.get(i).begin() == begin ? i : -1;
  }

  /**
   * Returns the index of the first item whose {@code key} is at least {@code value}, or the list's
   * size if none is, by binary search: the items come in the order of their keys (words, dates and
   * sentences in text order).
   */
  private static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> key, int value) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(items.get(mid)) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a trigger dated {@code date} can name the incident of draft {@code d}. */
  private boolean fits(EventDraft d, DateMention date, int sentence) {
    if (date == null) {
      return true;
    }
    if (d.date == null) {
      // the headline and lead date the main incident even in a late follow-up; later, old dates are
      // background, and so is any old date beside an incident told as lasting up to now
      return recent(date) || sentence < LEAD_SENTENCES && !d.underWay;
    }
    return Dates.close(d.date, date);
  }

  /**
   * Whether a draft's date is that of what followed its incident ({@link DateScope#datesWhatFollowed}) and
   * {@code date} lies in the week up to it: the incident's own, earlier day.
   */
  private static boolean datesEarlierOfItsDay(EventDraft d, DateMention date) {
    if (!d.dateFollows || d.date == null || date == null) {
      return false;
    }
    Instant start = start(date);
    Instant following = start(d.date);
    return start != null && following != null && !start.isAfter(following)
        && start.isAfter(following.minus(Duration.ofDays(7)));
  }

  /** Returns the instant a date's interval starts, or null if it has none. */
  private static Instant start(DateMention date) {
    return date.interval().map(i -> i.start().toInstant()).orElse(null);
  }

  private boolean recent(DateMention date) {
    Instant start = start(date);
    return start != null && !start.isBefore(report.publishedInstant().minus(RECENT));
  }

  private void addHappening(Triggers.Trigger t, int sentence, DateMention date) {
    if (date == null || date.time().get().isVague()) {
      return;
    }
    List<PlaceFinder.Mention> where = t.type() == EventType.CALL ? List.of() : placing.placesOf(t.begin(), sentence);
    for (EventDraft d : drafts) {
      if (d.type == t.type() && d.date != null && d.date.time().equals(date.time())
          && (where.isEmpty() || d.place == null || where.get(0).name().equals(d.place.name()))) {
        d.add(t, sentence);
        return;
      }
    }
    for (PlaceFinder.Mention p : where.isEmpty() ? java.util.Collections.<PlaceFinder.Mention>singletonList(null) : where) {
      if (drafts.size() >= MAX_DRAFTS) {
        return;
      }
      EventDraft d = new EventDraft(t, sentence);
      d.date = date;
      d.place = p;
      d.add(t, sentence);
      drafts.add(d);
    }
  }

  /**
   * Returns the date nearest {@code [begin, end)} in its sentence that may date it, or null; {@code
   * incident} if it is an incident's trigger or figure, {@code trigger} if a trigger (a figure reads
   * a long-past "since" date itself, as a running total's start).
   */
  private DateMention dateNear(List<DateMention> candidates, int begin, int end, int sentence, boolean incident,
      boolean trigger) {
    int[] s = sentences.get(sentence);
    DateMention best = null;
    int bestCost = Integer.MAX_VALUE;
    int[] aside = trigger && incident ? DateScope.relativeAside(text, s[0], s[1], begin) : null;
    // the dates come in text order: only the sentence's are read, found by a binary search
    for (int k = firstAtOrAfter(candidates, DATE_BEGIN, s[0]); k < candidates.size(); k++) {
      DateMention d = candidates.get(k);
      int b = d.span().begin();
      if (b >= s[1]) {
        break;
      }
      if (aside != null && (b < aside[0] || b >= aside[1])) {
        continue; // "The gunman, who killed himself after the attack, had been fired a week earlier"
      }
      // "in the March 3 shooting", "the bombing on Monday": a date told with the trigger dates it, whatever follows
      boolean modifies = b < begin && begin - d.span().end() <= 1
          || trigger && b >= end && b - end <= MAX_TRIGGER_DATE_GAP && !namesDoer(begin, end)
              && TRIGGER_DATE_GAP.matcher(text).region(end, b).matches();
      // a date may run past its sentence's end ("Tuesday\n week"): the noun is looked for within the sentence
      if (incident && !modifies && d.span().end() < s[1]
          && TELLING_AFTER.matcher(text).region(d.span().end(), s[1]).lookingAt()) {
        continue; // "a shooting ..., police said in a Saturday night press conference"
      }
      if (incident && (future(d) || (!modifies && followUps.computeIfAbsent(d, x -> Dates.datesFollowUp(text, x, s[0], s[1])))
          || trigger && startsASpanLongPast(d, begin, s[0]))) {
        continue;
      }
      int distance = b >= end ? b - end : Math.max(0, begin - d.span().end());
      if (closerTrigger(d, distance)
          || incident && b >= end && DateScope.inOthersRelativeClause(text, end, b, sentenceTriggers)) {
        continue;
      }
      int cost = distance + (Dates.sameClause(text, Math.min(end, b), Math.max(begin, b)) ? 0 : 200);
      if (cost < bestCost) {
        best = d;
        bestCost = cost;
      }
    }
    return best;
  }

  /**
   * Whether the trigger at {@code [begin, end)} names a doer ("gunman", "shooter", "bomber"), after
   * whom a date dates what befell him ("arrested a teenage gunman Wednesday night"), not the incident.
   */
  private boolean namesDoer(int begin, int end) {
    String w = text.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
    return w.endsWith("man") || w.endsWith("men") || w.endsWith("er") || w.endsWith("ers");
  }

  /**
   * Whether a date starts a span long past ("the deadliest attack since January"), which dates no
   * incident but the one its "when" clause tells ("since January, when 17 soldiers were killed");
   * a recent start ("has killed 23 since Sunday") is the incident's own.
   */
  private boolean startsASpanLongPast(DateMention d, int at, int sentenceBegin) {
    int b = d.span().begin();
    return text.regionMatches(true, Math.max(sentenceBegin, b - 6), "since ", 0, 6) && !recent(d)
        && !(d.span().end() < at && text.substring(d.span().end(), at).contains(" when "));
  }

  /**
   * Whether another trigger of the sentence is nearer the date than {@code distance}. A statement
   * claims only dates after it ("said on Monday"): a date before it ("met on Monday, officials
   * said") belongs to what the statement reports.
   */
  private boolean closerTrigger(DateMention d, int distance) {
    for (Triggers.Trigger t : sentenceTriggers) {
      int b = d.span().begin();
      if (t.type() == EventType.STATEMENT && b < t.begin()) {
        continue;
      }
      int other = b >= t.end() ? b - t.end() : Math.max(0, t.begin() - d.span().end());
      if (other < distance) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a date lies after the report's publication. A publication stamped exactly at local
   * midnight is taken for a bare date whose hour is unknown: a part of that day ("shot Thursday
   * afternoon" in a report dated Thursday) is not yet to come, nor is a clock time told with its day or
   * part of day ("at 6:30 p.m. Thursday night"), though a bare clock time read on that day ("at 6 p.m.")
   * may well be, and so may a clock time its clause tells ahead ("a vigil will be held at 7 p.m.
   * Thursday").
   */
  private boolean future(DateMention d) {
    java.time.ZonedDateTime p = report.published();
    boolean dateOnly = p.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && (d.time().get().granularity() != Granularity.TIME
            || Dates.namesItsDay(text, d) && !Dates.futureCueBefore(text, d));
    Instant now = dateOnly ? p.toLocalDate().plusDays(1).atStartOfDay(p.getZone()).toInstant()
        : report.publishedInstant();
    return d.interval().map(i -> i.start().toInstant().isAfter(now)).orElse(false);
  }

  private void attach(CasualtyFigure f) {
    int s = sentenceOf(f.span().begin());
    if (sinceLongAgo(f, s)) {
      return; // "Since October 7, 2023, more than 1,000 soldiers have died": a running total, no incident
    }
    EventDraft target = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventDraft d : drafts) {
      if (!d.type.isIncident() && !d.figureBorn) {
        continue;
      }
      int distance = d.distance(s, f.span().begin());
      if (olderAhead(d, s)) {
        distance = Integer.MAX_VALUE - 1; // "... displaced, the agency said. Floods killed 1,200 last year."
      }
      if (distance < bestDistance) {
        target = d;
        bestDistance = distance;
      }
    }
    boolean cumulative = f.role() == FigureRole.CUMULATIVE;
    boolean full = drafts.size() >= MAX_DRAFTS;
    DateMention own = target == null || target.date == null || cumulative || full ? null
        : dateNear(dates, f.span().begin(), f.span().end(), s, true, false);
    if (own != null && olderApart(own, target.date)) {
      target = background(own, s);
    } else if (own != null && olderApart(target.date, own)) {
      // "... has risen to 38 since the start of the monsoon earlier this week. Last year, floods killed 240."
      target = recentIncident(own, target);
    } else if (own != null && otherScene(f, s, own, target)) {
      target = new EventDraft(null, s); // "On May 1, a man killed five neighbours in Cleveland" beside today's shooting
      target.date = own;
      drafts.add(target);
    }
    if (target == null && cumulative) {
      return; // a running total or a rate tells of no incident of its own
    }
    // "Separately, drones killed a man in the Kharkiv region": another incident, not the report's
    boolean separately = target != null && !cumulative && !hasTrigger[s] && !target.triggerSentences.contains(s)
        && OtherIncidents.opensSeparately(sentenceWords.get(s));
    if (target == null || separately) {
      if (full) {
        return;
      }
      target = new EventDraft(null, s);
      target.anchor(s, f.span().begin());
      target.separate = separately;
      drafts.add(target);
    }
    target.figures.add(f);
    if (target.date == null && !target.compared) {
      target.date = own != null ? own : dateNear(dates, f.span().begin(), f.span().end(), s, true, false);
    }
    boolean whole = f.role().statesToll();
    // beside an incident's trigger, the trigger's place is the incident's; a part's place is only the part's
    if (target.place == null || !hasTrigger[s] && whole) {
      placing.placeAgain(target, placing.placeNear(f.span().begin(), s), f.span().begin());
    }
  }

  /**
   * Whether draft {@code d} is an older incident first named after sentence {@code sentence}: a
   * figure before it belongs to what the report told before, not to the background it turns to next.
   */
  private boolean olderAhead(EventDraft d, int sentence) {
    return !d.triggerSentences.isEmpty() && d.triggerSentences.get(0) > sentence && d.date != null && !recent(d.date);
  }

  /**
   * Whether a figure's own date puts it in an older incident than the one it would join: the date
   * lies before the recent past and ends more than a week before the incident's begins ("Last
   * year's floods left 240 dead" beside this week's; not "just after Christmas" beside December 27).
   */
  private boolean olderApart(DateMention own, DateMention incident) {
    if (recent(own) || Dates.close(own, incident)) {
      return false;
    }
    Instant ownEnd = own.interval().map(i -> i.endExclusive().toInstant()).orElse(null);
    Instant incidentStart = start(incident);
    return ownEnd != null && incidentStart != null && !ownEnd.plus(RECENT).isAfter(incidentStart);
  }

  /**
   * Whether a figure tells of another incident than the one it would join: its sentence locates it
   * in another country, or in another town while its own date lies on another day or the sentence
   * opens on another time ("Earlier on Monday, ..."); a place the report names only there ("On
   * May 1, a man killed five neighbours in Cleveland" in a report of Saturday's shooting in Allen).
   * A town the report keeps naming is its own scene, however the incident was placed; the
   * attacker's own death is always his incident's.
   */
  private boolean otherScene(CasualtyFigure f, int sentence, DateMention own, EventDraft target) {
    if (target.place == null || attacker(f)) {
      return false;
    }
    PlaceFinder.Mention p = placing.placeNear(f.span().begin(), sentence);
    if (p == null || !PlaceWords.locates(text, p) || placing.namedElsewhere(p, sentence)) {
      return false;
    }
    // in another country it is another incident whatever the day: "drones killed one person in the Belgorod region"
    return PlaceFinder.apart(target.place, p)
        || !(Dates.overlap(own, target.date) && !opensOnAnotherTime(sentence)) && EventPlaces.otherTown(target, p);
  }

  /**
   * Whether a figure counts the attacker ("the suspected gunman was found dead"): where and when he
   * died, his death belongs to his incident.
   */
  private static boolean attacker(CasualtyFigure f) {
    String who = f.who().orElse("");
    return ATTACKERS.contains(who.substring(who.lastIndexOf(' ') + 1));
  }

  /**
   * Whether a figure counts from a date long past ("Since October 7, 2023, more than 1,000 have
   * died"): a period's running total. A recent start ("Since Sunday, eight have died") is the
   * toll of the incident under way, and the toll of a "when" clause after the date is that
   * incident's ({@link #startsASpanLongPast}).
   */
  private boolean sinceLongAgo(CasualtyFigure f, int sentence) {
    int[] bounds = sentences.get(sentence);
    for (int k = firstAtOrAfter(dates, DATE_BEGIN, bounds[0]); k < dates.size(); k++) {
      DateMention d = dates.get(k);
      if (d.span().begin() >= f.span().begin()) {
        break;
      }
      if (d.interval().isPresent() && startsASpanLongPast(d, f.span().begin(), bounds[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the incident a recently dated figure belongs to when the nearest one is much older: the
   * first incident dated near the figure's date, recently or not at all, else {@code nearest}.
   */
  private EventDraft recentIncident(DateMention own, EventDraft nearest) {
    for (EventDraft d : drafts) {
      if (d.type.isIncident() && !d.separate && !d.compared
          && (d.date == null || Dates.close(d.date, own) || recent(d.date))) {
        return d;
      }
    }
    return nearest;
  }

  /** Returns the background incident of a figure dated {@code date}: one already drafted with that date, or a new one. */
  private EventDraft background(DateMention date, int sentence) {
    for (EventDraft d : drafts) {
      if ((d.type.isIncident() || d.trigger == null) && d.date != null && Dates.close(d.date, date)) {
        return d;
      }
    }
    EventDraft d = new EventDraft(null, sentence);
    d.date = date;
    drafts.add(d);
    return d;
  }

  /** Returns the first sentence ending after {@code offset} (the last one if none does). */
  private int sentenceOf(int offset) {
    return Math.max(0, Math.min(sentences.size() - 1, firstAtOrAfter(sentences, s -> s[1], offset + 1)));
  }

  private Event build(EventDraft d, int n) {
    Event.Builder b = Event.builder(report.id() + "-e" + n, d.type);
    if (d.date != null) {
      if (d.date.interval().isPresent()) {
        b.time(d.date.time().get(), d.date.interval().get());
      } else {
        b.time(d.date.time().get());
      }
    } else if (isIncident(d)) {
      b.time(TimeValue.past(), Dates.recentPast(report.published()));
    }
    PlaceFinder.Mention place = d.place != null || !isIncident(d) ? d.place : placing.leadPlace();
    if (place != null) {
      b.place(place.name());
    }
    List<Claim> claims = new ArrayList<>();
    d.figures.forEach(f -> claims.add(Claim.of(report, f)));
    claims.forEach(b::addClaim);
    // a category no claim has has no toll
    Set<CasualtyCategory> claimed = EnumSet.noneOf(CasualtyCategory.class);
    claims.forEach(c -> claimed.add(c.figure().category()));
    for (CasualtyCategory c : CasualtyCategory.values()) {
      if (claimed.contains(c)) {
        TollPolicy.LATEST.reconcile(c, claims).ifPresent(b::toll);
      }
    }
    d.actors.forEach(b::addActor);
    b.addReport(report.id());
    if (d.trigger != null) {
      b.trigger(TextSpan.of(report.text(), d.trigger.begin(), d.trigger.end()));
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "ReportEvents[" + report.id() + "]";
  }
}
