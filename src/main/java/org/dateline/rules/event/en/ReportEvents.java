package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
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

/**
 * The events of one report, worked out in one pass over its sentences: {@link EventDates} and {@link
 * EventPlaces} choose each trigger's date and place, {@link EventFigures} attaches the casualty figures
 * to the {@link EventDraft}s. Not thread-safe; used once.
 */
final class ReportEvents {
  /** How many people an event names at most: those named with an age or as identified, then those named again by surname. */
  private static final int MAX_PEOPLE = 12;
  /**
   * The most incidents and happenings one report is read into: a news report tells a few dozen at
   * most, and every trigger and figure is weighed against each, so a text of thousands of places and
   * dates is read, past this many, into those already found.
   */
  static final int MAX_DRAFTS = 200;
  /** Nouns of an attacker, as a figure's {@code who} names him. */
  static final Set<String> ATTACKERS = Set.of(
      "gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "killer", "gunmen", "shooters", "attackers",
      "bombers");
  /** Words between "the" and an attacker's noun: "the suspected gunman". */
  private static final Set<String> ATTACKER_MODIFIERS = Set.of(
      "suspected", "alleged", "accused", "lone", "masked", "armed", "teenage", "young", "second", "other");
  /** Participles of a toll told in the present perfect, of an incident still under way: "has killed". */
  private static final Set<String> PERFECT_TOLLS = Set.of("killed", "claimed", "left");

  private final Report report;
  private final String text;
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
  /** Chooses the date of each trigger and figure among its sentence's dates. */
  private final EventDates dating;
  /** Chooses the place of each trigger and figure among its sentence's places. */
  private final EventPlaces placing;
  private final List<EventDraft> drafts = new ArrayList<>();
  /** The triggers of the sentence being read, so a date goes to the trigger nearest it. */
  private List<Triggers.Trigger> sentenceTriggers = List.of();
  /** Per sentence, whether it holds an incident's trigger. */
  private final boolean[] hasTrigger;
  /** Attaches each casualty figure to the event it counts. */
  private final EventFigures counting;

  ReportEvents(Report report, List<DateMention> dates, List<CasualtyFigure> figures, boolean statements) {
    this.report = report;
    // a no-break or thin space reads as a space ("New York" written with one is still a name of two words);
    // the text keeps its length, so offsets agree with the report's
    this.text = Words.withPlainSpaces(report.text());
    this.durations = dates.stream().filter(d -> d.type() == TimexType.DURATION).toList();
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
    this.dating = new EventDates(report, text, sentences, sentenceWords, dates);
    this.places = PlaceWords.withoutCareDestinations(text,
        PlaceWords.withoutBusinessOwners(text, PlaceFinder.findInWords(text, sentenceWords, titleCase)));
    this.placing = new EventPlaces(text, sentences, sentenceWords, places);
    this.hasTrigger = new boolean[sentences.size()];
    this.counting = new EventFigures(text, sentences, sentenceWords, drafts, hasTrigger, dating, placing);
  }

  /** Sets the triggers of the sentence being read, which the date and place choosers weigh as rivals too. */
  private void readingTriggers(List<Triggers.Trigger> triggers) {
    sentenceTriggers = triggers;
    placing.sentenceTriggers = triggers;
    dating.sentenceTriggers = triggers;
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
      counting.attach(f);
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
      if (p != null && (main.place == null || !main.spread && placing.refines(p, main.place))
          && !placeOfAnother(p, main)) {
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
    DateMention date = dating.dateNear(t.type() == EventType.STATEMENT ? dating.allDates : dating.dates, t.begin(),
        t.end(), sentence, t.type().isIncident(), true);
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
          && (dating.fits(d, date, sentence) || EventDates.datesEarlierOfItsDay(d, date))
          && !(placeLocated && PlaceFinder.apart(d.place, place))
          && !(placeLocated && (otherDayElsewhere(d, date, place)
              || dating.opensOnAnotherTime(sentence) && EventPlaces.otherTown(d, place)))
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
    } else if (target.dateFollows && date != null && !following && EventDates.datesEarlierOfItsDay(target, date)) {
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
      toll[counting.sentenceOf(f.span().begin())] = true;
    }
    boolean[] out = new boolean[sentences.size()];
    for (DateMention d : durations) {
      int b = d.span().begin();
      int s = counting.sentenceOf(b);
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
  static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> key, int value) {
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
