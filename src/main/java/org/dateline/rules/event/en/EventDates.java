package org.dateline.rules.event.en;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.EventType;
import org.dateline.model.Granularity;
import org.dateline.model.Report;

/**
 * Chooses the date of an incident's trigger or casualty figure among the dates of its sentence, and
 * tells which dates may date an event at all (resolved, past, no page stamp; statement dates apart),
 * which are recent before publication, and when a date puts a figure in an older incident or a
 * period's running total. Not thread-safe; one report's.
 */
final class EventDates {
  /** An undated incident adopts a date only if it is this recent before publication; older ones are background. */
  private static final Duration RECENT = Duration.ofDays(8);
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "announced", "reported",
      "added", "confirmed", "stated", "reporters", "statement", "release", "conference", "tweeted", "wrote",
      "report", "interview", "briefing", "broadcast");
  private static final int LEAD_SENTENCES = 5;
  /** Where a date begins in the text: the key its list is ordered by. */
  private static final ToIntFunction<DateMention> DATE_BEGIN = d -> d.span().begin();
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

  private final Report report;
  private final String text;
  private final List<int[]> sentences;
  private final List<List<Words.Word>> sentenceWords;
  /** The dates that may date an incident: those of {@link #allDates} that date no statement ("said Wednesday"). */
  final List<DateMention> dates;
  /** Every resolved date, statement dates included: what a statement event is dated by. */
  final List<DateMention> allDates;
  /**
   * Per date, {@link Dates#datesFollowUp} in its sentence, once asked: it depends on the date alone, and each
   * trigger of a sentence asks it of each of the sentence's dates.
   */
  private final Map<DateMention, Boolean> followUps = new IdentityHashMap<>();
  /** The triggers of the sentence being read: a date nearer another of them is not this trigger's. */
  List<Triggers.Trigger> sentenceTriggers = List.of();

  EventDates(Report report, String text, List<int[]> sentences, List<List<Words.Word>> sentenceWords,
      List<DateMention> dates) {
    this.report = report;
    this.text = text;
    this.sentences = sentences;
    this.sentenceWords = sentenceWords;
    this.allDates = usable(dates);
    this.dates = allDates.stream().filter(d -> !saidOn(d)).toList();
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

  /**
   * Returns the date nearest {@code [begin, end)} in its sentence that may date it, or null; {@code
   * incident} if it is an incident's trigger or figure, {@code trigger} if a trigger (a figure reads
   * a long-past "since" date itself, as a running total's start).
   */
  DateMention dateNear(List<DateMention> candidates, int begin, int end, int sentence, boolean incident,
      boolean trigger) {
    int[] s = sentences.get(sentence);
    DateMention best = null;
    int bestCost = Integer.MAX_VALUE;
    int[] aside = trigger && incident ? DateScope.relativeAside(text, s[0], s[1], begin) : null;
    // the dates come in text order: only the sentence's are read, found by a binary search
    for (int k = ReportEvents.firstAtOrAfter(candidates, DATE_BEGIN, s[0]); k < candidates.size(); k++) {
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

  /** Whether a trigger dated {@code date} can name the incident of draft {@code d}. */
  boolean fits(EventDraft d, DateMention date, int sentence) {
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
  static boolean datesEarlierOfItsDay(EventDraft d, DateMention date) {
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

  boolean recent(DateMention date) {
    Instant start = start(date);
    return start != null && !start.isBefore(report.publishedInstant().minus(RECENT));
  }

  /**
   * Whether a figure's own date puts it in an older incident than the one it would join: the date
   * lies before the recent past and ends more than a week before the incident's begins ("Last
   * year's floods left 240 dead" beside this week's; not "just after Christmas" beside December 27).
   */
  boolean olderApart(DateMention own, DateMention incident) {
    if (recent(own) || Dates.close(own, incident)) {
      return false;
    }
    Instant ownEnd = own.interval().map(i -> i.endExclusive().toInstant()).orElse(null);
    Instant incidentStart = start(incident);
    return ownEnd != null && incidentStart != null && !ownEnd.plus(RECENT).isAfter(incidentStart);
  }

  /**
   * Whether a figure counts from a date long past ("Since October 7, 2023, more than 1,000 have
   * died"): a period's running total. A recent start ("Since Sunday, eight have died") is the
   * toll of the incident under way, and the toll of a "when" clause after the date is that
   * incident's ({@link #startsASpanLongPast}).
   */
  boolean sinceLongAgo(CasualtyFigure f, int sentence) {
    int[] bounds = sentences.get(sentence);
    for (int k = ReportEvents.firstAtOrAfter(dates, DATE_BEGIN, bounds[0]); k < dates.size(); k++) {
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
   * Whether a sentence opens on another time than the one told before ("Earlier on Monday, a drone
   * struck a car near Khan Younis", "Later, ..."), so an incident it places in another town is another.
   */
  boolean opensOnAnotherTime(int sentence) {
    List<Words.Word> w = sentenceWords.get(sentence);
    return !w.isEmpty() && (w.get(0).lower().equals("earlier") || w.get(0).lower().equals("later"));
  }
}
