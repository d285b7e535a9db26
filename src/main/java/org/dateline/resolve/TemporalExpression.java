package org.dateline.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;
import java.util.OptionalInt;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;

/**
 * A temporal expression as the rules read it, before resolution: "yesterday" is
 * {@code RelativeDay(-1)}, "on Tuesday" is {@code Weekday(TUESDAY, NONE)}. A {@link Resolver} maps it to a
 * value against a reference time. All implementations are immutable records.
 */
public sealed interface TemporalExpression {

  /** The n-th (or, for -1, the last) given weekday of a month: Thanksgiving, Labor Day. */
  record NthWeekdayOfMonth(int n, DayOfWeek day, Month month, OptionalInt year) implements TemporalExpression {
    /** Checks the fields are not null and n is 1 to 5 or -1. */
    public NthWeekdayOfMonth {
      requireNonNull(day, "day");
      requireNonNull(month, "month");
      requireNonNull(year, "year");
      checkArgument(n == -1 || (n >= 1 && n <= 5), "n must be 1 to 5 or -1: %s", n);
    }
  }

  /**
   * A day counted from Easter Sunday of the Gregorian calendar: "Easter" (0), "Good Friday" (-2), "Easter Monday"
   * (1), "Ash Wednesday" (-46); with no year, the occurrence the clause leans to.
   */
  record EasterDay(int days, OptionalInt year) implements TemporalExpression {
    /** Checks the year is not null and the day lies between Shrove Tuesday (-47) and Pentecost Monday (50). */
    public EasterDay {
      requireNonNull(year, "year");
      checkArgument(days >= -47 && days <= 50, "days must be -47 to 50: %s", days);
    }
  }

  /** A festival of the lunisolar calendar: "Diwali", "Holi 2027"; with no year, the occurrence the clause leans to. */
  record FestivalDay(Festival festival, OptionalInt year) implements TemporalExpression {
    /** Checks the fields are not null. */
    public FestivalDay {
      requireNonNull(festival, "festival");
      requireNonNull(year, "year");
    }
  }

  /**
   * Independence Day, whose day is that of the report's country as its zone tells: 15 August in India, 14 August in
   * Pakistan, 4 July elsewhere; with no year, the occurrence the clause leans to.
   */
  record IndependenceDay(OptionalInt year) implements TemporalExpression {
    /** Checks the year is not null. */
    public IndependenceDay {
      requireNonNull(year, "year");
    }
  }

  /**
   * The week or weekend that holds a day: "the week of March 6", "the weekend of Nov. 14"; the quarter that ends in
   * a day or a month: "the quarter ended Sept. 30", "the quarter ending in December"; or the week, month or year a
   * market closed on the last day told: "ended the month up 2%".
   */
  record Containing(Unit unit, TemporalExpression day) implements TemporalExpression {
    /** Checks the fields are not null and the unit is a week, a weekend, a month, a quarter or a year. */
    public Containing {
      requireNonNull(unit, "unit");
      requireNonNull(day, "day");
      checkArgument(unit == Unit.WEEK || unit == Unit.WEEKEND || unit == Unit.MONTH || unit == Unit.QUARTER
          || unit == Unit.YEAR, "unit must be WEEK, WEEKEND, MONTH, QUARTER or YEAR: %s", unit);
    }
  }

  /** A value stated in full: "March 10, 2026", "2025", "the 1990s". */
  record Explicit(TimeValue value) implements TemporalExpression {
    /** Checks the value is not null. */
    public Explicit {
      requireNonNull(value, "value");
    }
  }

  /** A day counted from publication: today (0), yesterday (-1), tomorrow (1). */
  record RelativeDay(int offset) implements TemporalExpression {}

  /**
   * A day of the month without its month, "on the 15th": this month's or the one next to it the tense leans to. With
   * a month counted from publication's ("the 18th of next month" is 18 and 1), that month's.
   */
  record DayOfMonth(int day, OptionalInt monthOffset) implements TemporalExpression {
    /** Checks the month offset is not null. */
    public DayOfMonth {
      requireNonNull(monthOffset, "monthOffset");
    }

    /**
     * A day of a month the tense chooses: "on the 15th".
     *
     * @param day the day of the month
     */
    public DayOfMonth(int day) {
      this(day, OptionalInt.empty());
    }
  }

  /** A named weekday: "Tuesday", "last Tuesday". */
  record Weekday(DayOfWeek day, Relation relation) implements TemporalExpression {
    /** Checks the fields are not null. */
    public Weekday {
      requireNonNull(day, "day");
      requireNonNull(relation, "relation");
    }
  }

  /**
   * A day written in digits whose first two numbers could each be its month, "05/11/2026": the writing of the
   * report's country decides which is the day (5 November in Delhi or London, May 11 in New York).
   */
  record NumericDay(int first, int second, int year) implements TemporalExpression {
    /** Checks both numbers could be a month. */
    public NumericDay {
      checkArgument(first >= 1 && first <= 12 && second >= 1 && second <= 12,
          "first and second must be 1 to 12: %s/%s", first, second);
    }
  }

  /** A day of a month, with or without a year: "March 10", "10 March 2026". */
  record MonthDay(Month month, int day, OptionalInt year) implements TemporalExpression {
    /** Checks the fields are not null and the day is 1 to 31. */
    public MonthDay {
      requireNonNull(month, "month");
      requireNonNull(year, "year");
      checkArgument(day >= 1 && day <= 31, "day must be 1 to 31: %s", day);
    }
  }

  /** A month, with or without a year: "March", "March 2025", "last March". */
  record MonthOfYear(Month month, OptionalInt year, Relation relation) implements TemporalExpression {
    /** Checks the fields are not null. */
    public MonthOfYear {
      requireNonNull(month, "month");
      requireNonNull(year, "year");
      requireNonNull(relation, "relation");
    }
  }

  /** A season: "last summer", "the winter of 2025". */
  record SeasonOf(Season season, OptionalInt year, Relation relation) implements TemporalExpression {
    /** Checks the fields are not null. */
    public SeasonOf {
      requireNonNull(season, "season");
      requireNonNull(year, "year");
      requireNonNull(relation, "relation");
    }
  }

  /**
   * A numbered quarter, half or ISO week of a year: "the third quarter", "the first half of 2025", "epidemiological
   * week 8".
   */
  record YearPart(Unit unit, int index, OptionalInt year) implements TemporalExpression {
    /** Checks the unit is a quarter, half or week and the index fits it. */
    public YearPart {
      checkArgument(unit == Unit.QUARTER || unit == Unit.HALF || unit == Unit.WEEK,
          "unit must be QUARTER, HALF or WEEK: %s", unit);
      checkArgument(index >= 1 && index <= (unit == Unit.QUARTER ? 4 : unit == Unit.HALF ? 2 : 53),
          "index out of range: %s", index);
      requireNonNull(year, "year");
    }
  }

  /** A numbered quarter or half of a year counted from publication's: "this year's third quarter" (offset 0). */
  record RelativeYearPart(Unit unit, int index, int yearOffset) implements TemporalExpression {
    /** Checks the unit is a quarter or half and the index fits it. */
    public RelativeYearPart {
      checkArgument(unit == Unit.QUARTER || unit == Unit.HALF, "unit must be QUARTER or HALF: %s", unit);
      checkArgument(index >= 1 && index <= (unit == Unit.QUARTER ? 4 : 2), "index out of range: %s", index);
    }
  }

  /**
   * The period the text is about, in another year: "the 1988 period" beside the third quarter of 1989 is the
   * third quarter of 1988; with no such period, the year itself.
   */
  record SamePeriodIn(int year) implements TemporalExpression {}

  /** Publication's day of the year in another year: "on this day in 1989", written on 20 November, is 1989-11-20. */
  record ThisDayIn(int year) implements TemporalExpression {}

  /**
   * "The new year" as a time: the coming year, except in January, when it is the year just begun ("restart in the
   * new year" written on 2 January 2027 is 2027). A January writer has the whole year ahead and says "next year" of
   * the one after; the phrase looks ahead only once the year's end is in sight.
   */
  record NewYear() implements TemporalExpression {}

  /**
   * The unit that contains publication, or one before or after it: "last week" (-1), "this year" (0). A unit
   * {@code said} with "this" is the one the writer is in or about to be in: "this weekend" told on a Monday is the
   * coming one unless the clause is past, where "the weekend" is the one just gone. A weekend said with "last" is
   * the one before this: "last weekend" told on a Sunday is a week back, where "the past weekend" is the one ending.
   */
  record RelativeUnit(Unit unit, int offset, boolean said) implements TemporalExpression {
    /** Checks the unit is not null. */
    public RelativeUnit {
      requireNonNull(unit, "unit");
    }

    /** A unit counted from publication without "this": "last week", "the weekend". */
    public RelativeUnit(Unit unit, int offset) {
      this(unit, offset, false);
    }
  }

  /** A span of time back from publication: "two days ago" ({@code amount} 2); negative for "in two days". */
  record Ago(int amount, Unit unit) implements TemporalExpression {
    /** Checks the unit is not null. */
    public Ago {
      requireNonNull(unit, "unit");
    }
  }

  /**
   * A shift from the last date the text mentioned: "the next day" (1, DAY), "a year earlier" (-1, YEAR). A
   * {@code whole} shift names the unit that contains the shifted anchor ("the following year" after a day
   * is a year); otherwise the anchor keeps its granularity ("a year earlier" than a quarter is a quarter).
   */
  record Anaphoric(int offset, Unit unit, boolean whole) implements TemporalExpression {
    /** Checks the unit is not null. */
    public Anaphoric {
      requireNonNull(unit, "unit");
    }

    /**
     * A shift that keeps the anchor's own granularity: "a year earlier" than a quarter is a quarter.
     *
     * @param offset how many units to shift, negative for earlier
     * @param unit the unit, not null
     */
    public Anaphoric(int offset, Unit unit) {
      this(offset, unit, false);
    }
  }

  /**
   * A weekday just before or after the last day the text mentioned: "the previous Friday" (-1), "the
   * following Monday" (1). Without such a day, the one before or after publication.
   */
  record AnaphoricWeekday(DayOfWeek day, int direction) implements TemporalExpression {
    /** Checks the day is not null and the direction is -1 or 1. */
    public AnaphoricWeekday {
      requireNonNull(day, "day");
      checkArgument(direction == -1 || direction == 1, "direction must be -1 or 1: %s", direction);
    }
  }

  /**
   * The first weekday after, or the last before, a day the text names: "the Friday after Thanksgiving" (1), "the
   * Sunday before Christmas" (-1).
   */
  record WeekdayBeside(DayOfWeek day, int direction, TemporalExpression from) implements TemporalExpression {
    /** Checks the fields are not null and the direction is -1 or 1. */
    public WeekdayBeside {
      requireNonNull(day, "day");
      requireNonNull(from, "from");
      checkArgument(direction == -1 || direction == 1, "direction must be -1 or 1: %s", direction);
    }
  }

  /**
   * A month told from the last date the text mentioned: "that December" (0), "the following March" (1), "the
   * previous June" (-1). Without such a date, from publication.
   */
  record AnaphoricMonth(Month month, int direction) implements TemporalExpression {
    /** Checks the month is not null and the direction is -1, 0 or 1. */
    public AnaphoricMonth {
      requireNonNull(month, "month");
      checkArgument(direction >= -1 && direction <= 1, "direction must be -1, 0 or 1: %s", direction);
    }
  }

  /**
   * A season told from the last date the text mentioned: "that summer" (0), "the following spring" (1), "the
   * previous winter" (-1). Without such a date, from publication.
   */
  record AnaphoricSeason(Season season, int direction) implements TemporalExpression {
    /** Checks the season is not null and the direction is -1, 0 or 1. */
    public AnaphoricSeason {
      requireNonNull(season, "season");
      checkArgument(direction >= -1 && direction <= 1, "direction must be -1, 0 or 1: %s", direction);
    }
  }

  /**
   * A month, day of a month, holiday or season without a year, in the year of the last date the text told, moved by a
   * count of years: "May that year" (0), "in March of the following year" (1), "in June of the previous year" (-1).
   * Without such a date, unresolved.
   */
  record InToldYear(TemporalExpression part, int yearOffset) implements TemporalExpression {
    /** Checks the part is not null. */
    public InToldYear {
      requireNonNull(part, "part");
    }
  }

  /**
   * A month, day of a month, holiday or season in a year counted from publication's: "June last year" (-1),
   * "in April next year" (1), "in February this year" (0), "Thanksgiving Day last year" (-1). The part carries no
   * year of its own.
   */
  record InRelativeYear(TemporalExpression part, int yearOffset) implements TemporalExpression {
    /** Checks the part is a month, a day of a month, a holiday or a season without a year. */
    public InRelativeYear {
      requireNonNull(part, "part");
      checkArgument(part instanceof MonthOfYear m && m.year().isEmpty() || part instanceof MonthDay d
          && d.year().isEmpty() || part instanceof SeasonOf s && s.year().isEmpty()
          || part instanceof NthWeekdayOfMonth h && h.year().isEmpty() || part instanceof EasterDay e
          && e.year().isEmpty() || part instanceof FestivalDay f && f.year().isEmpty()
          || part instanceof IndependenceDay i && i.year().isEmpty() || dayAfterHoliday(part),
          "part must be a month, day, holiday or season without a year: %s", part);
    }

    /** Whether a part is a day counted from a holiday without a year: "Black Friday", "Election Day". */
    public static boolean dayAfterHoliday(TemporalExpression part) {
      return part instanceof DayShift d && d.day() instanceof NthWeekdayOfMonth h && h.year().isEmpty();
    }
  }

  /**
   * A holiday or a day of a month the text calls the last, the next or this one: "last Thanksgiving" (-1, the latest
   * before publication's day), "next Easter" (1, the first after it), "this Christmas" (0, publication's year's).
   */
  record NearestOccurrence(TemporalExpression part, int direction) implements TemporalExpression {
    /** Checks the part is one {@link InRelativeYear} takes and the direction is -1, 0 or 1. */
    public NearestOccurrence {
      requireNonNull(part, "part");
      new InRelativeYear(part, 0);
      checkArgument(direction >= -1 && direction <= 1, "direction must be -1, 0 or 1: %s", direction);
    }
  }

  /** A part of a day: "Tuesday evening", "last night". */
  record PartOfDayOf(TemporalExpression day, PartOfDay part) implements TemporalExpression {
    /** Checks the fields are not null. */
    public PartOfDayOf {
      requireNonNull(day, "day");
      requireNonNull(part, "part");
    }
  }

  /**
   * A clock time, on a stated day or on the day the context gives: "7:26 pm Tuesday", "19:26 GMT". The time
   * {@link #END_OF_DAY} is midnight at the end of the day, as news style reads "midnight Friday": it resolves
   * to the start of the next day.
   */
  record ClockTime(Optional<TemporalExpression> day, LocalTime time) implements TemporalExpression {
    /** Midnight at the end of the day ("midnight Friday" is the night from Friday to Saturday). */
    public static final LocalTime END_OF_DAY = LocalTime.MAX;

    /** Checks the fields are not null. */
    public ClockTime {
      requireNonNull(day, "day");
      requireNonNull(time, "time");
    }
  }

  /**
   * A time a span before another, of that other's granularity: "twenty years ago today" is (today, 20, YEAR), "a year
   * ago this month" (this month, 1, YEAR), "80 years ago on Sunday" (Sunday, 80, YEAR).
   */
  record AgoFrom(TemporalExpression from, int amount, Unit unit) implements TemporalExpression {
    /** Checks the fields are not null and the span is ahead of nothing: a positive amount. */
    public AgoFrom {
      requireNonNull(from, "from");
      requireNonNull(unit, "unit");
      checkArgument(amount > 0, "amount must be positive: %s", amount);
    }
  }

  /** A day counted from another day: "the day before last Tuesday" is (last Tuesday, -1). */
  record DayShift(TemporalExpression day, int days) implements TemporalExpression {
    /** Checks the day is not null. */
    public DayShift {
      requireNonNull(day, "day");
    }
  }

  /** A vague time: "recently" ({@link Granularity#PAST}), "now", "soon". */
  record Vague(Granularity granularity) implements TemporalExpression {
    /** Checks the granularity is one of the vague ones. */
    public Vague {
      checkArgument(granularity.isVague(), "granularity must be vague: %s", granularity);
    }
  }

  /** A length of time, its TIMEX3 value already known: "for three days" is {@code P3D}. */
  record Duration(String value) implements TemporalExpression {
    /** Checks the value is not null. */
    public Duration {
      requireNonNull(value, "value");
    }
  }

  /** A recurring time, its TIMEX3 value already known: "every Monday" is {@code XXXX-WXX-1}. */
  record Recurring(String value) implements TemporalExpression {
    /** Checks the value is not null. */
    public Recurring {
      requireNonNull(value, "value");
    }
  }

  /**
   * Two names for one day side by side, a relative one and an explicit one: "yesterday, Tuesday",
   * "Tuesday (March 10)". Both are resolved; the explicit one wins, and disagreement is reported.
   */
  record Apposition(TemporalExpression relative, TemporalExpression explicit) implements TemporalExpression {
    /** Checks the fields are not null. */
    public Apposition {
      requireNonNull(relative, "relative");
      requireNonNull(explicit, "explicit");
    }
  }
}
