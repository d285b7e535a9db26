package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.DateMention;
import org.dateline.model.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The English date rules' corpus, in Duckling's shape: an expected TIMEX3 value, then every phrasing that
 * must give it, all at one reference time: Wednesday 2026-03-11 12:00 in Moscow. Each phrase is the whole
 * text and must give exactly one mention with that value. A negative section lists phrases that must give
 * no date; a known-failures section keeps today's wrong answers visible.
 */
class EnglishDateCorpusTest {
  static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");
  private static final EnglishDateExtractor EXTRACTOR = EnglishDateExtractor.create();

  private static final Object[][] CORPUS = {
      {"2026-03-11", "today", "Today", "earlier today"},
      // a numeric day in Moscow is written day first
      {"2026-03-10", "yesterday", "yesterday, Tuesday", "Tuesday", "on Tuesday", "March 10", "10 March 2026",
          "10/3/2026", "10.03.2026", "2026-03-10", "Tuesday, March 10", "March 10, 2026", "10th of March"},
      {"2026-03-12", "tomorrow"},
      {"2026-03-09", "Monday", "on Monday", "this Monday"},
      {"2026-03-04", "last Wednesday"},
      {"2026-03-16", "next Monday"},
      {"2022-02-24", "Feb. 24, 2022", "February 24, 2022", "24 February 2022"},
      {"2026-03", "in March", "this month", "since March"},
      {"2026-02", "last month", "in February", "February"},
      {"2025-12", "December", "in December"},
      {"2025-03", "March 2025"},
      {"2025", "last year", "a year ago", "in 2025", "2025"},
      {"2026", "this year", "earlier this year", "mid-2026", "early this year"},
      {"2027", "next year", "early next year"},
      {"199", "the 1990s", "the '90s", "the nineties", "1990s"},
      {"2026-W10", "last week"},
      {"2026-W11", "this week", "earlier this week"},
      {"2026-W10-WE", "the weekend", "over the weekend"},
      {"2026-03-09", "two days ago"},
      {"2026-03-11TNI", "tonight"},
      {"2026-03-10TNI", "last night", "overnight", "Tuesday night", "yesterday night", "Tuesday night, March 10"},
      {"2026-03-10T22:00", "10 p.m. last night", "10 p.m. Tuesday night"},
      {"2026-03-11T07:00", "7 a.m. this morning", "at 7 a.m. this morning"},
      {"2026-03-11TMO", "this morning"},
      {"2026-03-10TEV", "Tuesday evening"},
      {"2026-03-08", "late on Sunday", "Sunday"},
      {"2026-03-10T19:26", "at 7:26 pm Tuesday", "7:26 p.m. Tuesday"},
      {"2026-03-11T19:26", "19:26 GMT", "7:26 pm"},
      {"PAST_REF", "in recent days", "recently", "the past", "in recent weeks"},
      {"PRESENT_REF", "now", "currently", "right now", "nowadays"},
      {"FUTURE_REF", "soon", "the future", "in the near future", "in the coming days", "in the days to come",
          "in the months to come", "for years to come", "hard months to come"},
      {"P3D", "for three days", "three days", "3 days"},
      {"P2Y", "two years", "a two-year term"},
      {"P2W", "two more weeks", "two extra weeks"},
      {"P20Y", "20 more years"},
      {"P1Y", "an additional year", "a further year"},
      {"P1D", "a day-long meeting"},
      {"PXDE", "a decades-long feud"},
      {"P2Y6M", "2 1/2 years", "two and a half years", "two years and a half"},
      {"PT5H30M", "5 1/2 hours"},
      {"PT1H30M", "an hour and a half"},
      {"PT1M30S", "a minute and a half"},
      {"PT30M", "half an hour"},
      // bare units of something that lasted, or of a short wait
      {"PXM", "ending months of talks", "the pact follows months of talks"},
      {"PXY", "the deal ends years of feuding"},
      {"PXD", "just days after the storm"},
      {"PTXH", "only hours before the fire spread"},
      {"PT12H", "half a day"},
      {"P3DT12H", "three and a half days"},
      {"P1.5W", "a week and a half"},
      {"PXW", "several weeks", "for weeks"},
      {"P3M", "the past three months"},
      {"P1D", "daily", "every day"},
      {"P2D", "every other day", "every alternate day", "every second day"},
      {"P3W", "every third week", "every three weeks"},
      {"XXXX-WXX-1", "every Monday", "on Mondays"},
      {"XXXX-WXX-2TNI", "Tuesday nights"},
      {"XXXX-07", "each July", "every July"},
      {"XXXX-SU", "every summer", "each summer"},
      {"XXXX-FA", "every fall", "each autumn"},
      {"P1Y", "annually"},
      {"2025-Q3", "the third quarter", "third-quarter profit", "the third quarter of 2025"},
      {"2025-Q4", "the fourth quarter", "last quarter", "the latest quarter"},
      {"2026-Q1", "this quarter"},
      {"2025-H2", "the second half of 2025", "the last half of 2025"},
      {"2025-Q4", "the final quarter of 2025", "the last quarter of 2025"},
      {"2026-H1", "the first two quarters of 2026"},
      {"1998", "fiscal 1998"},
      {"2025-SU", "last summer", "summer 2025", "the summer of last year", "the early summer"},
      {"2025", "the latest fiscal year"},
      {"2025-06", "June last year", "in June of last year"},
      {"2026-02", "in February this year"},
      {"2027-04", "April next year"},
      {"2025-06-05", "June 5 last year"},
      {"2025-12-25", "Christmas", "Christmas Day"},
      // a curly apostrophe reads as a straight one
      {"2025-12-31", "New Year's Eve", "New Year\u2019s Eve"},
      // so does a no-break or thin space as a space
      {"2026-03-10", "March 10, 2026", "March\u00a010, 2026", "March\u202f10,\u00a02026"},
      {"2025-11-27", "Thanksgiving"},
      {"19", "the 20th century"},
      {"1996", "nineteen ninety-six"},
      {"1997-01", "January nineteen ninety-seven", "January of nineteen ninety-seven"},
      {"1994-WI", "the winter of nineteen ninety-four"},
  };

  /**
   * Expressions read in a sentence, where the clause decides: the expected value, the expression as
   * written, then sentences that contain it once.
   */
  private static final String[][] IN_CONTEXT = {
      // the verb group's tense, not a preposition or a "will" in another clause, sets the direction
      {"2026-03-05", "Thursday", "Until Thursday, the police had not named him as a suspect."},
      {"2026-03-07", "Saturday", "A vigil planned for Saturday was called off after the storm."},
      {"2026-03-16", "Monday", "Farmers were planning to block the highway on Monday."},
      {"2026-03-15TMO", "Sunday morning", "We\u2019ll have more on our Sunday morning show."},
      {"2026-03-16", "Monday", "Investors were expected to buy as soon as trading opened Monday."},
      {"2026-03-13", "Friday", "The minister will travel to Kyiv on Friday, her office said."},
      {"2026-02", "late February", "Shelling has gone on since late February and will continue, officials said."},
      // a deadline or a start looks ahead, unless it has already passed
      {"2026-09-01", "September 1", "The new tariff is effective September 1."},
      {"2026-03-10", "March 10", "He must leave the country by March 10."},
      {"2026-03-13", "Friday", "The group could leave as soon as Friday, officials said."},
      // a past-tense clause keeps a day of a month in the past unless it is very near ahead
      {"2025-05-31", "May 31", "The company said its fiscal year ended May 31."},
      {"2026-05-04", "May 4", "The summit would be held on May 4, diplomats said."},
      // a quarter just ended is the one whose results are expected
      {"2025-Q4", "fourth-quarter", "The company expects to report a fourth-quarter loss."},
      // financial periods: a year that ends on a date lasts a year; comparisons shift the reported quarter
      {"P1Y", "the year", "Sales rose 5% in the year ended June 30.", "Profit for the year ending June 30 will fall."},
      {"2026", "the fiscal year", "Profit will fall in the fiscal year, the chief executive said."},
      {"2024-Q3", "year-earlier", "Profit in the third quarter rose to $5 million from a year-earlier loss."},
      {"2024-Q3", "a year earlier", "Revenue in the third quarter rose from a year earlier on strong demand."},
      // only "a year ago" compares with the period just reported; more years ago is a year
      {"2024", "two years ago", "This week the court upheld the law it had struck down two years ago."},
      {"1985", "41 years ago", "In December the rebels marked the revolution of 41 years ago."},
      // the same period a year before the one just reported
      {"2024-Q3", "the same period last year", "Profit in the third quarter rose 8% from the same period last year."},
      {"2024-Q3", "last year's quarter", "Sales in the third quarter beat last year's quarter."},
      {"2024-Q3", "the quarter a year ago", "Third-quarter profit was $5 million, up from $3 million for the quarter a year ago."},
      // "that" quarter or day is the one just told
      {"2025-Q3", "that quarter", "Sales in the third quarter rose, and profit in that quarter doubled."},
      {"2023-05-03", "that same day", "The plant opened on May 3, 2023, and closed that same day."},
      // a quarter of something is a fraction, several quarters a length of time
      {"PXQ", "several quarters", "It made a profit after several quarters of losses."},
      // a comparison that names a quarter counts from the quarter, even after "last year"
      {"2024-Q3", "the 2024 quarter", "Third-quarter profit will fall below last year's, after $4 million in the 2024 quarter."},
      {"2024", "the 2024 period", "Nine-month profit will fall below last year's, after $4 million in the 2024 period."},
      // "a year earlier" opening a sentence counts from the text's last date; "a year before" an event does not
      {"2024-Q3", "A year earlier", "Profit in the third quarter rose to $5 million. A year earlier the company lost money."},
      {"P1Y", "a year", "She moved to Kyiv a year before the war began."},
      // a day that closes the quarter just named leaves that quarter the anchor of comparisons
      {"2024-Q4", "a year earlier", "Sales in the fourth quarter ended Dec. 31 rose 9% from a year earlier."},
      // a month and "last year" told apart by a comma are two expressions
      {"2025", "last year", "In June, last year's champion returned."},
      // "that year", "the following year" name the whole unit around the date told before
      {"2024", "the following year", "The plant opened on May 3, 2023, and the following year it doubled output."},
      {"2023", "that year", "He fled in June 2023 and came back later that year."},
      {"2023-05-04", "the next day", "The plant opened on May 3, 2023, and closed the next day."},
      // "earlier in the week", "later in the day": the unit around the date told before
      {"2023-W18", "Earlier in the week", "The plant opened on May 3, 2023. Earlier in the week, workers struck."},
      {"2023-05-03", "later in the day", "The plant opened on the morning of May 3, 2023, and closed later in the day."},
      // "later" after a span counts on from the date told before, within a clause too; "later than" compares
      {"2024", "a year later", "In 2023 a fire gutted the mill, and a year later the dam burst."},
      {"2023-05-05", "two days later", "The plant opened on May 3, 2023, and two days later it shut down."},
      {"P2D", "two days", "The parts arrived two days later than promised."},
      // a shift by days or more from a clock time or a part of a day lands on a day
      {"2023-05-05", "Two days later", "The fire broke out at 11 p.m. on May 3, 2023. Two days later the mill closed."},
      {"2026-03-09", "A day earlier", "Drones hit the port on Tuesday night. A day earlier, a bomb fell on the market."},
      {"2023-05-03T23:00", "an hour later", "The alarm sounded at 10 p.m. on May 3, 2023, and firemen came an hour later."},
      // hours or minutes later, after no clock time, tell how long, as a span does
      {"PT90M", "90 minutes later", "Divers reached the hull 90 minutes later."},
      {"PT2H", "Two hours later", "The dam burst on May 3, 2023. Two hours later the valley flooded."},
      {"PT30M", "half an hour later", "The crowd left half an hour later."},
      // "the previous Friday", "the following Monday" count from the day told before
      {"2026-02-27", "the previous Friday", "Shares closed higher on Friday, March 6, up 4% from the previous Friday."},
      {"2026-03-09", "the following Monday", "The plant closed on March 6, 2026, and reopened the following Monday."},
      // "current" before a noun is the present
      {"PRESENT_REF", "current", "Shares fell because of current market conditions."},
  };

  private static final String[] NEGATIVE = {
      "the vote came after weeks of talks", "the end of days", "months of the year",
      "every fall in prices", "each fall of the index",
      "37 were wounded", "six people died", "British Storm Shadow missiles", "I need 1 hard drive", "they won 3-1",
      "call 555-1234", "an F-16 crashed", "a 12-year-old boy", "Theresa May spoke", "the rally may turn violent",
      "troops march on", "the 1,200 km border", "a 155mm shell", "prices fall", "he was ready to act",
      "a current account deficit rose 4.5%", "may", "$2,000 in cash", "the quarter-to-quarter comparison",
      "more than a quarter of the market", "three quarters of its sales", "they march each may", "lazy sundays",
  };

  /** Phrases the rules get wrong today, with the wrong value they give; each must still be wrong. */
  private static final String[][] KNOWN_FAILURES = {
      // the first of the pair is read and the second dropped into its own mention
      {"2026-03-10", "between Monday and Tuesday"},
      // a bare "the year" is left alone: TempEval marks it both as a date and a duration
      {"2026", "the year"},
      // "the quarter" is the last one ended, not the fiscal quarter the report is about
      {"2026-Q1,2026-Q1", "Sales in the fiscal first quarter rose. The quarter was weak."},
  };

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] row : CORPUS) {
      String value = (String) row[0];
      for (int i = 1; i < row.length; i++) {
        String phrase = (String) row[i];
        tests.add(dynamicTest(value + " <- \"" + phrase + "\"", () -> {
          List<DateMention> found = extract(phrase);
          assertEquals(1, found.size(), () -> "one mention expected, got " + found);
          assertEquals(value, found.get(0).value(), found::toString);
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> inContext() {
    return Stream.of(IN_CONTEXT).flatMap(row -> Stream.of(row).skip(2).map(sentence -> dynamicTest(
        row[0] + " <- \"" + row[1] + "\" in \"" + sentence + "\"", () -> {
          List<DateMention> found = extract(sentence).stream()
              .filter(m -> m.span().text().equals(row[1])).collect(Collectors.toList());
          assertEquals(1, found.size(), () -> "one mention \"" + row[1] + "\" expected, got " + extract(sentence));
          assertEquals(row[0], found.get(0).value(), found::toString);
        })));
  }

  @TestFactory
  Stream<DynamicTest> negatives() {
    return Stream.of(NEGATIVE).map(phrase -> dynamicTest("no date in \"" + phrase + "\"",
        () -> assertEquals(List.of(), extract(phrase))));
  }

  @TestFactory
  Stream<DynamicTest> knownFailures() {
    return Stream.of(KNOWN_FAILURES).map(row -> dynamicTest("still wrong: \"" + row[1] + "\"", () -> {
      String values = extract(row[1]).stream().map(DateMention::value).collect(Collectors.joining(","));
      assertNotEquals(row[0], values, "fixed? move \"" + row[1] + "\" to the corpus");
      assertTrue(true);
    }));
  }

  static List<DateMention> extract(String text) {
    return EXTRACTOR.extract(Report.of("t", text, REFERENCE));
  }
}
