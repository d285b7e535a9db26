package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;

/** Whatever the text, extraction does not throw and every span lies inside the text and quotes it. */
class ExtractionPropertiesTest {
  private static final Dateline DATELINE = Dateline.create();
  private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-03-11T12:00:00+03:00[Europe/Moscow]");

  /** Words and marks that the rules react to, so random sequences of them probe rule boundaries. */
  private static final List<String> NEWS_TOKENS = List.of(
      "at", "least", "more", "than", "about", "between", "and", "to", "up", "nearly", "dozens", "hundreds",
      "six", "thirty-seven", "a", "dozen", "1,200", "37", "5", "20-25", "0", "no", "one", "was", "were",
      "killed", "died", "dead", "wounded", "injured", "hurt", "missing", "people", "children", "police",
      "said", "according", "yesterday", "today", "Tuesday", "last", "next", "week", "year", "March", "10",
      "2026", "1990s", "mid-2025", "early", "late", "night", "overnight", "ago", "two", "days", "in",
      "recent", ",", ".", "(", ")", "-", ":", "\"", "'s", "the", "toll", "rose", "including", "aged",
      "37-year-old", "$", "km", "p.m.", "GMT", "F-16", "May", "every", "Monday", "from", "since", "\n",
      "20261010", "shot", "man", "his", "wife", "while", "forced", "flee", "claimed", "lives", "Black", "Friday");

  /** Texts that once threw, found by random text: each stays an example. */
  @org.junit.jupiter.api.Test
  void textsThatOnceThrewDoNot() {
    check("The file 20261010 was dated."); // a yyyymmdd date read a clock group its pattern lacks
    check("Since May 20-25 people were killed."); // a figure that starts inside a date
    check("The gunman shot a man ,and"); // a list of persons cut by the end of the text
    check("Five died and"); // a clause joined after the deaths, with nothing after the join
    check("Filed 11-24-26 after the attack."); // a dashed date read a clock group its pattern lacks
    check("Tuesday overnight 20-25 March"); // the night of a range inside another mention
    check("dozens killed Tuesday \n week"); // a date that runs past its sentence's end, before a noun of telling
    check("dozens more including killed dozens"); // a part's group looked for where no "of the" stands
    check("The meeting was on Feb. 29, 2027."); // a day no calendar has: the rules and Natty built it
    check("It fell on the twenty-ninth of February 2027 and on 29 February 2027.");
  }

  /** A day the calendar lacks is no mention, and the report's other dates stand. */
  @org.junit.jupiter.api.Test
  void aDayTheCalendarLacksIsNoMentionAndTheRestStand() {
    Extraction x = Dateline.create().extract(Report.of("r", "The vote on Feb. 29, 2027 was moved to March 3, 2027.",
        ZonedDateTime.parse("2026-11-20T09:00:00-05:00")));
    assertEquals("2027-03-03", x.dates().get(x.dates().size() - 1).value().toString());
    assertTrue(x.dates().stream().noneMatch(d -> d.value().toString().endsWith("02-29")));
  }

  @Property(tries = 300)
  void randomTextNeverThrowsAndSpansStayInside(@ForAll @StringLength(max = 400) String text) {
    check(text);
  }

  @Property(tries = 500)
  void randomNewsTokensNeverThrowAndSpansStayInside(@ForAll("newsLike") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(NEWS_TOKENS).list().ofMaxSize(60).map(words -> String.join(" ", words));
  }

  private static void check(String text) {
    Report report = Report.of("p", text, PUBLISHED);
    Extraction x = DATELINE.extract(report);
    for (DateMention d : x.dates()) {
      inside(text, d.span());
    }
    for (CasualtyFigure f : x.casualties()) {
      inside(text, f.span());
    }
  }

  private static void inside(String text, TextSpan span) {
    assertTrue(span.begin() >= 0 && span.end() <= text.length() && span.begin() <= span.end(), span.toString());
    assertEquals(text.substring(span.begin(), span.end()), span.text());
  }
}
