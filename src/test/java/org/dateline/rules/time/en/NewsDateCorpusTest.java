package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.DateMention;
import org.dateline.model.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Dates as recent wire copy writes them, in Duckling's shape: for each row the expected mentions of a
 * sentence, as {@code "text=value"} joined by {@code |}, then sentences that must give exactly those. The
 * reference is Saturday 2026-11-21 12:00 UTC unless a row names another. A negative section lists sentences
 * that must give no date; a known-failures section keeps today's wrong answers visible.
 */
class NewsDateCorpusTest {
  private static final ZonedDateTime SATURDAY = ZonedDateTime.parse("2026-11-21T12:00Z[UTC]");
  private static final EnglishDateExtractor EXTRACTOR = EnglishDateExtractor.create();

  /** Expected mentions ({@code text=value|...}), then sentences. */
  private static final String[][] CORPUS = {
      // a capitalised month and its day in words
      {"July Fourth=2026-07-04", "The parade on July Fourth drew crowds."},
      {"June third, 2024=2024-06-03", "The festival opened on June third, 2024."},
      // a weekday told beside a month and day picks the year, far from the report's day
      {"Monday, Sept. 15=2025-09-15", "The agency reported on Monday, Sept. 15, that the dam had held."},
      // a part of the day after a holiday is that holiday's
      {"Diwali night=2026-11-08TNI", "Fire crews answered 300 calls on Diwali night."},
      {"Christmas morning=2025-12-25TMO", "Children opened presents on Christmas morning."},
      // a range runs forward: its start told by a weekday comes before its end
      {"8 a.m. Friday=2026-11-20T08:00|8 a.m. today=2026-11-21T08:00", "Readings run from 8 a.m. Friday to 8 a.m. today."},
      // but a weekday before "to" and a month is no range: the month is what was changed
      {"Friday=2026-11-20|October=2026-10", "After a revision Friday to October's sales figures, shares rose."},
      {"last evening=2026-11-20TEV", "Since last evening, 29 patients have been treated."},
      // a clock time with a part of a day is the time on that part's day; one past midnight is the next day's
      {"10 p.m. Friday night=2026-11-20T22:00", "The blast shook the street at 10 p.m. Friday night."},
      {"2 a.m.=2026-11-21T02:00|last night=2026-11-20TNI", "The blast shook the street at 2 a.m. last night."},
      {"previous years=PAST_REF", "Injuries were worse than in previous years."},
      // what is done at or during a sitting is told by the verb beside it
      {"June=2026-06", "During a June pretrial hearing, the judge ordered both sides to share their evidence."},
      {"Friday=2026-11-20|Saturday=2026-11-21", "He was arrested on Friday and charged with robbery, burglary and assault at his Saturday arraignment."},
      // a fixture whose outcome is told has been held; a possibility with a clause after it is no time ahead
      {"Sunday=2026-11-15", "Results from Sunday's vote show the ruling party ahead.", "Turnout low in Sunday's election.",
          "Police say it is possible the gunman acted alone on Sunday."},
      // a weekday that is the subject of "will" looks ahead, after a verb of saying too; a day after "said" with a
      // subject of its own after it is the day of saying
      {"Thursday=2026-11-26", "Meteorologists said Thursday will bring the first frost of the season.",
          "Thursday will be the coldest day of the week."},
      {"Thursday=2026-11-19", "Police said Thursday they will appeal the ruling."},
      // the attacks of September 11 are those of 2001; another day's attacks keep the report's year
      {"September 11=2001-09-11", "Airport checks have tightened since the September 11 attacks."},
      {"September 11=2026-09-11", "Two attacks on September 11 left three soldiers dead."},
      // a weekday a fixture was set or moved to, told in the past, is the nearest one: a day or two back may be it
      {"Thursday=2026-11-19", "The inquest was scheduled for Thursday at the county court."},
      {"Tuesday=2026-11-24", "The vote was moved to Tuesday."},
      {"Thursday=2026-11-26", "The inquest has been rescheduled for Thursday."},
      // weather in the forecast, weather also possible, and a risk of storms with no past verb look ahead
      {"Tuesday=2026-11-24", "Sleet is in the forecast for Tuesday, the weather office said."},
      {"Tuesday night=2026-11-24TNI|Wednesday=2026-11-25", "Heavy showers are also possible Tuesday night into Wednesday, forecasters said."},
      {"Tuesday night=2026-11-24TNI", "The risk of thunderstorms is highest Tuesday night."},
      {"Friday=2026-11-20", "The risk of flooding on Friday was underestimated."},
      // "'ve got" is the present of having, no past verb: a forecast's temperatures still lie ahead
      {"Sunday=2026-11-22|Wednesday=2026-11-25", "We've got temperatures in the 60s from Sunday to Wednesday."},
      {"Tuesday=2026-11-17", "He got home on Tuesday."},
      {"Wednesday=2026-11-18", "It is also possible the fire was set on Wednesday."},
      // an adverb before "in <year>" that opens a sentence in the middle of a text
      {"now=PRESENT_REF|2018=2018|April 4=2018-04-04|May 20=2018-05-20",
          "The mill is quiet now. Earlier in 2018, the depot was shut from April 4 to May 20."},
      // a range of days without a year runs forward too
      {"Dec. 20=2025-12-20|Jan. 3=2026-01-03", "The curfew ran from Dec. 20 to Jan. 3."},
      {"Nov. 10=2025-11-10|Jan. 3=2026-01-03", "The curfew ran from Nov. 10 to Jan. 3."},
      // a part of every day
      {"Every night=XXXX-XX-XXTNI", "Every night, the streets empty before the curfew."},
      // "the <weekday> before|after" where its phrase ends counts from the day told before it
      {"November 29=2026-11-29|the Thursday before=2026-11-26", "The derby is on November 29, after a cup tie the Thursday before."},
      {"November 2=2026-11-02|the Monday after=2026-11-09", "The fair opened on November 2 and closed the Monday after."},
      {"Sunday 6 December=2026-12-06|the Wednesday before=2026-12-02",
          "Sunday 6 December\nHull v Derby, moved because of a cup replay the Wednesday before."},
      // ... but before a day it is that day's own neighbour
      {"the Friday before Christmas=2026-12-18", "The office party is on the Friday before Christmas."},
      // a year opening its sentence after an adverb and "in" dates the days without a year after it
      {"2018=2018|April 4=2018-04-04|May 20=2018-05-20", "Earlier in 2018, the depot was shut from April 4 to May 20.",
          "Back in 2018, the depot was shut from April 4 to May 20."},
      // what is possible lies ahead; what it is possible happened does not
      {"Sunday=2026-11-22", "Snow is possible on Sunday.", "Sleet is possible on Sunday across the hills."},
      {"Sunday=2026-11-15", "It is possible that the fire on Sunday was arson."},
      // a short past form is a past verb: the month told with it is behind publication
      {"December=2025-12", "The singer died in December.", "The tenant sued the landlord in December."},
      // what is awaited, and a forecast's adjectives, are no deeds done
      {"Tuesday=2026-11-24", "The long-awaited vote comes on Tuesday.", "The much anticipated vote comes on Tuesday."},
      {"4:30pm=2026-11-21T16:30", "Fans pack the ground for the much anticipated 4:30pm derby."},
      // "burst" after a determiner or an adjective is a noun, no past verb
      {"Friday=2026-11-27", "Following a short burst of sun on Friday, the mercury is expected to slide."},
      // a day's fixture, told with no past verb, is still to come; with one, it has been
      {"Sunday=2026-11-22", "The holders reach Sunday's final.", "The underdogs are through to Sunday's derby."},
      {"Sunday=2026-11-15", "Sunday's final drew a record crowd.", "Wind gusts reached 70mph in Sunday's storm."},
      // a "when" clause told in the past right after a day, or after its possessive phrase, dates the day behind
      {"Friday=2026-11-20", "It will feel chillier than Friday's sunny spell, when the mercury hit 20C.",
          "It will feel chillier than on Friday, when the mercury hit 20C."},
      {"Tuesday=2026-11-17", "Crowds gathered on Tuesday, when the dam gave way."},
      // ... but not one told ahead, nor a passive in the present
      {"Monday=2026-11-23", "The talks resume on Monday, when envoys will meet."},
      {"Friday=2026-11-27", "The museum reopens on Friday, when the new wing is unveiled."},
      // a forecast's likely course, told with no past verb, lies ahead; with one, the day has been
      {"Friday=2026-11-27", "The river keeps climbing, possibly cresting at four metres on Friday.",
          "Winds ease through the week, probably dropping below 20mph on Friday."},
      {"Friday=2026-11-20", "The gunman, possibly acting alone, opened fire on Friday."},
      // an owner's dated decision or statement has been made, whatever the clause looks ahead to
      {"June 3=2026-06-03", "The tribunal is set to decide whether the appeals court's June 3 tariff ruling stands."},
      {"March 3=2026-03-03", "The board's March 3 statement will be reviewed."},
      // ... but an owner's dated hearing may lie ahead
      {"December 4=2026-12-04", "The court's December 4 hearing will go ahead."},
      // a bare, capitalised "New Year" is the first of January
      {"Christmas=2026-12-25|New Year=2027-01-01", "The depot will shut on Christmas and reopen after New Year."},
      {"New Year=2026-01-01", "Parties were held at New Year."},
      {"New Year 2027=2027-01-01", "New Year 2027 falls on a Friday."},
      // the day a deed was done, "on" right after its past verb, is never a deadline a little ahead
      {"November 23=2025-11-23", "The poet died on November 23.", "The bridge collapsed on November 23."},
      {"November 23=2025-11-23|10pm=2025-11-23T22:00", "The guard was killed on November 23 at 10pm."},
      // ... nor is a deed's told with its object or particle before "on"
      {"November 23=2025-11-23", "The mayor took office on November 23.", "She was sworn in on November 23.",
          "The club won the cup on November 23."},
      // ... but a plan changed with its object dates the plan's event, which may lie ahead
      {"November 30=2026-11-30", "The board postponed the vote on November 30."},
      // ... nor is the day of a deed no one schedules, named by its noun in a clause told in the past
      {"November 23=2025-11-23", "The painter kept working until his death on November 23.",
          "The road had stayed shut since the crash on November 23."},
      // ... but a deed feared or prepared for may still lie ahead
      {"November 23=2026-11-23", "The show was called off over fears of a crash on November 23.",
          "Crews were told to brace for the collapse on November 23."},
      // ... and a day set, or told ahead, may be
      {"November 30=2026-11-30", "The offer was extended to November 30.", "The judge set a hearing on November 30.",
          "The vote will be held on November 30."},
      // a year after a list of days is every listed day's
      {"June 5=2024-06-05|12=2024-06-12|19=2024-06-19", "The inquiry sat on June 5, 12 and 19, 2024, in Leeds."},
      // a timetable's verb does not reach a day inside a relative clause of someone else's deed
      {"Tuesday=2026-11-17", "The win sets up a final against the Rovers, who beat United on Tuesday.",
          "They face the Rovers, who beat United on Tuesday."},
      // a weekday whose bracketed number no nearby date fits keeps its own day
      {"Monday (3)=2026-11-16", "The hearing was adjourned on Monday (3), the clerk said."},
      // a range from a weekday to the same weekday spans the week between
      {"Friday=2026-11-27|Friday=2026-12-04", "The bridge will be shut from Friday to Friday while repairs are made."},
      // a capitalised weekday heading an entry told in the past dates a report, not a listing
      {"SUNDAY=2026-11-15", "SUNDAY: Police said two men were arrested."},
      // a count told roughly is still a count, not an uncounted stretch
      {"", "The bridge was built 30-odd years ago."},
      // two days joined by "and" share a tense only within one phrase, not when the second opens a clause
      {"Monday=2026-11-16|Tuesday=2026-11-24", "The polls closed on Monday and Tuesday will bring the count."},
      // a present passive is no past verb, an adverb between or not; the past one is
      {"March 1=2027-03-01", "The council is legally required to adopt the certified budget by March 1."},
      {"March 1=2026-03-01", "The council was legally required to adopt the certified budget by March 1."},
      // what a clause tells in the past is not counted from a day still to come, but from the last day reached
      {"Tuesday evening=2026-11-24TEV|that morning=2026-11-21TMO",
          "The panel will name its picks on Tuesday evening. Earlier that morning, the chair taped a message."},
      {"Tuesday evening=2026-11-24TEV|Friday=2026-11-20|That morning=2026-11-20TMO",
          "The panel will name its picks on Tuesday evening, its secretary said on Friday. That morning, the chair taped a message."},
      // ... while what it tells ahead still is
      {"Tuesday evening=2026-11-24TEV|That morning=2026-11-24TMO",
          "The panel will name its picks on Tuesday evening. That morning, the chair will tape a message."},
      {"Sunday afternoon=2026-11-22TAF|Monday=2026-11-23",
          "Showers should ease off through Sunday afternoon, with more settled skies on Monday."},
      // a timetable's verb joined by "and" after a past one looks ahead
      {"Monday=2026-11-16|Sunday=2026-11-22", "The Bears lost to the Lions on Monday and host the Jets on Sunday."},
      {"Friday=2026-11-20|Sunday=2026-11-22", "The band played in Leeds on Friday and plays Glasgow on Sunday."},
      // the week or month before the one just told, where the clause ends
      {"last week=2026-W46|the week before=2026-W45", "The clinic saw 312 patients last week, up from 280 the week before."},
      {"last month=2026-10|the month before=2026-09", "Orders rose 4% last month, after falling 2% the month before."},
      // a publication's participle may be still to come
      {"October=2026-10|Wednesday=2026-11-25", "Prices rose in October, figures published on Wednesday are expected to show."},
      // a month whose figures are told is the month measured, whenever they come out
      {"June=2026-06|next month=2026-12", "Jobless figures for June will be released next month."},
      {"October=2026-10|Tuesday=2026-11-24", "October's inflation figure will be published on Tuesday.",
          "The bureau will release data for October on Tuesday."},
      // a unit joined by a hyphen to a word is an adjective's part, no duration; "a year-end" names a kind
      {"Wednesday=2026-11-18", "In a year-end interview on Wednesday, the mayor spoke about housing."},
      // a state kept on a day to come is no thing done
      {"Monday=2026-11-23", "The principal is not sure whether classes will remain closed on Monday.",
          "The depot will stay closed on Monday."},
      // what a forecast tells lies ahead; the forecast as a thing of the past does not
      {"Tuesday=2026-11-24", "The weather service forecasts snow on Tuesday.", "The outlook calls for sleet on Tuesday."},
      {"Tuesday=2026-11-17", "The forecast on Tuesday proved wrong."},
      // "in the new year" is the coming year; the new year's message or eve is no time of its own
      {"the new year=2027", "The mill will restart in the new year.", "Repairs are on hold until the new year."},
      // what is signalled, promised or scheduled for a time lies ahead, whatever the tense of the verb
      {"February=2027-02", "The bank signalled a cut in February.", "The council pledged a new budget in February.",
          "The regulator expects a ruling on the merger in February."},
      {"Tuesday=2026-11-24", "The league scheduled the replay for Tuesday.", "The mayor promised an answer on Tuesday."},
      {"Christmas=2026-12-25", "The council promised a decision before Christmas.",
          "The chair has pledged a vote before the Christmas recess."},
      {"Christmas=2025-12-25", "The council met before Christmas."},
      // "at this time" is now, as "currently" is; "this time" alone tells the occasion, and "at this time of year" or
      // "last year" name other times
      {"this time=PRESENT_REF", "The suspect remains in custody at this time.", "At this time, nobody has been charged.",
          "At this time, the driver's name is being withheld."},
      {"two years ago=2024", "At this time two years ago, the city was under siege."},
      {"Friday=2026-11-27", "At this time Friday, the polls will close."},
      {"a decade ago=2016", "At this time, a decade ago, the war began."},
      {"Last year=2025", "Last year at this time the town had counted 31 burglaries."},
      // what a report says is mostly past: "says" tells the time of a month or a holiday as "said" does (see also
      // saysTellsOfThePastAsSaidDoes)
      {"Christmas=2025-12-25", "The chain says sales fell at Christmas."},
      {"Tuesday=2026-11-17", "The mayor says the storm hit on Tuesday."},
      // ... but not when the signal itself is dated, or the plan told in the past perfect
      {"February=2026-02", "The bank signalled in February that rates would fall.", "The bank had signalled a cut in February."},
      {"Tuesday=2026-11-17", "The minister made a promise on Tuesday."},
      // a warning, an alert or an order for a time names the time it covers, still to come
      {"noon=2026-11-24T12:00|Tuesday=2026-11-24", "Forecasters issued a warning from noon on Tuesday."},
      {"Tuesday=2026-11-24", "Police issued an alert for Tuesday.", "Forecasters put out a warning of heavy snow from Tuesday.",
          "The county issued an evacuation order for Tuesday, officials said."},
      // ... but not one told in the past perfect, gone by in its own clause, or a day's hearing
      {"Tuesday=2026-11-17", "Officials had issued a warning for Tuesday.", "The storm warning for Tuesday proved apt.",
          "The player got a ban from Tuesday's hearing.", "The warning issued on Tuesday was lifted."},
      // a court calendar or a fixture set for a day, or moved to it, and a fixture that takes place, look ahead
      {"Tuesday=2026-11-24", "The judge set a hearing for Tuesday.", "The union called a strike for Tuesday.",
          "The club confirmed a friendly for Tuesday."},
      {"Wednesday=2026-11-25", "The court adjourned the case to Wednesday.", "The match was postponed to Wednesday."},
      // "continue" is no schedule: what continues after a day is as often the aftermath of a day gone
      {"Monday=2026-11-16", "The search continued on Monday.", "The search continues, police said on Monday.",
          "The search continues for the gunman who shot two people on Monday.",
          "Police continue to investigate the shooting on Monday."},
      {"Sunday=2026-11-22", "The final takes place on Sunday."},
      // what is on a day, told in the present with no past, is still to come; what was on it has been
      {"Tuesday=2026-11-24", "The replay is on Tuesday.", "The deadline for entries is Tuesday."},
      {"Tuesday=2026-11-17", "The replay was on Tuesday."},
      // ... but a fixture played, called off or set back in the past perfect does not
      {"Tuesday=2026-11-17", "The union called off a strike on Tuesday.", "The judge had set a hearing for Tuesday.",
          "The final took place on Tuesday."},
      // "ago" before today, this week or month, a weekday or a date counts back from that time, keeping its grain;
      // "exactly a year ago" is a day; a comma or a semicolon parts them
      {"Twenty years ago today=2006-11-21", "Twenty years ago today, the mill shut."},
      {"a year ago this month=2025-11", "The mayor was jailed a year ago this month."},
      {"80 years ago on Sunday=1946-11-15", "The treaty was signed 80 years ago on Sunday."},
      {"50 years ago this week=1976-W47", "It was 50 years ago this week that the dam burst."},
      {"a year ago=2025-11-21", "Exactly a year ago, the ferry sank."},
      {"a year ago=2025|Monday=2026-11-16", "The plant closed a year ago; on Monday it reopened.",
          "The plant closed a year ago, and on Monday it reopened."},
      // "until" after a past verb of lasting tells how long it went on; what was put off until a day is still to come
      {"late Thursday=2026-11-19", "Airstrikes continued until late Thursday, residents said."},
      // a "from" phrase may stand between the verb of lasting and "until"
      {"Saturday evening=2026-11-14TEV|Monday afternoon=2026-11-16TAF",
          "The snow emergency lasted from Saturday evening until Monday afternoon."},
      {"Tuesday=2026-11-17", "The talks lasted until Tuesday.", "The shelling went on until Tuesday.",
          "Fans stayed till Tuesday."},
      {"Tuesday=2026-11-24", "The hearing was postponed until Tuesday.", "The strike will continue until Tuesday.",
          "Officials said the strike would continue until Tuesday.", "The hearing was continued until Tuesday."},
      // ... the same count in lower case is a span
      {"seven years=P7Y", "The war lasted seven years."},
      // a quarter named by its last month with a hyphen needs no "the"; a date modifying the object of a present verb of
      // foretelling lies ahead, of a past one does not
      {"March-quarter=2027-Q1", "The retailer expects March-quarter sales to rise."},
      {"first-quarter=2027-Q1", "The bank sees first-quarter growth at 2%.", "Analysts expect first-quarter profit to fall."},
      {"March-quarter=2026-Q1", "The retailer expected March-quarter sales to rise.", "March-quarter sales rose 4%."},
      // a four-digit clock takes a US or European zone as it takes GMT, and joins its day
      {"2100 ET Tuesday=2026-11-17T21:00", "The truce took effect at 2100 ET Tuesday."},
      {"1700 EST=2026-11-27T17:00|Friday=2026-11-27", "The offer expires at 1700 EST on Friday."},
      // "the quarter ended" a day or "ending in" a month is the quarter that holds that end; the end stays its own mention
      {"the quarter=2027-Q1|January=2027-01", "The chain expects sales to rise in the quarter ending in January."},
      {"the quarter=2026-Q4|Oct. 31=2026-10-31", "Sales in the quarter that ended Oct. 31 rose 6%."},
      // "this day in <year>" is publication's day of the year in that year
      {"this day in 1989=1989-11-21", "On this day in 1989, the city's first tram ran.", "He was born this day in 1989."},
      // a day of the month in words before its month
      {"the first of December=2026-12-01", "The new fees apply from the first of December."},
      {"the twenty-third of May 2027=2027-05-23", "The lease runs out on the twenty-third of May 2027."},
      {"the thirtieth of October=2026-10-30", "The ferry sank on the thirtieth of October."},
      // a bare day of the month after "on" is this month's, or the one next to it the tense leans to
      {"the 15th=2026-11-15", "The payment was made on the 15th.", "The fund was wound up on the 15th, its trustees said."},
      {"the 26th=2026-11-26", "The verdict is expected on the 26th."},
      {"the 3rd=2026-12-03", "Talks are set to resume on the 3rd."},
      // the present tense of a timetable looks ahead; a verb read as a noun, or a past verb, does not
      {"Tuesday=2026-11-24", "The Rovers play United on Tuesday.", "Nurses walk out on Tuesday over staffing.",
          "The city votes on the levy on Tuesday.", "Residents go to the polls on Tuesday."},
      {"Tuesday=2026-11-17", "The hosts on Tuesday fielded a weakened side.", "Their visits on Tuesday were brief.",
          "Reports on Tuesday said the club would be sold.", "The Rovers played United on Tuesday."},
      // a release, a broadcast, a results day or an anniversary told in the present looks ahead; told in the past,
      // or a noun after a determiner, it does not
      {"Tuesday=2026-11-24", "The documentary airs on Tuesday.", "The chain reports quarterly results on Tuesday.",
          "Tickets go on sale on Tuesday.", "Tuesday marks the anniversary of the flood.",
          "Earnings are due after the close on Tuesday.", "The series premieres on Tuesday.",
          "The sequel hits theaters Tuesday.", "The update rolls out on Tuesday.", "The album comes out Tuesday."},
      {"Tuesday=2026-11-17", "The documentary aired on Tuesday.", "The chain reported results on Tuesday.",
          "Its launches on Tuesday were delayed.", "Sales rose after the phone went on sale on Tuesday.",
          "The album came out Tuesday.", "The storm hit stores on Tuesday."},
      // a clause that runs on from its first day ends after it: "open on Monday and run until Friday"
      {"Monday=2026-11-23|Friday=2026-11-27", "Talks will open on Monday and run until Friday.",
          "The fair opens on Monday and closes on Friday.", "The inquiry will sit on Monday and continue until Friday."},
      {"Tuesday=2026-11-17|Sunday=2026-11-22", "The fair opened on Tuesday and runs until Sunday."},
      // two days told in turn are not a range
      {"Monday=2026-11-16|Thursday=2026-11-19", "The envoy arrived on Monday and left on Thursday."},
      // what a source would not say, or said, about the future is reported speech: the day of saying is past
      {"Monday=2026-11-16", "Officials could not say on Monday whether the levee would hold.",
          "The mayor would not say on Monday when the pool would reopen.",
          "A filing on Monday said the mill would shut.", "Aides declined to say on Monday if she would run."},
      // ... but a future of the date's own clause still looks ahead
      {"Monday=2026-11-23", "The board will say on Monday whether the mill would shut.",
          "The union will decide on Monday whether it would strike."},
      {"Thursday=2026-11-26", "The clerk said the count would finish on Thursday."},
      // a month told ahead is the coming one, however near the last one lies; told in the past, the last one
      {"September=2027-09", "The permit will expire in September.", "The plant is expected to reopen in September."},
      {"September=2026-09", "The plant reopened in September."},
      // what is forecast, projected or predicted to happen lies ahead
      {"Friday=2026-11-27", "The heat wave is forecast to peak on Friday.", "Turnout is projected to rise on Friday."},
      // "last" after a modal or "to" is the verb, no past anchor
      {"mid-January=2027-01", "The trial is expected to last until mid-January.", "The freeze will last until mid-January."},
      // a quarter or half as business news codes it; a half needs its year
      {"Q3 2026=2026-Q3|H1 2025=2025-H1", "Sales rose in Q3 2026 after a weak H1 2025."},
      // a bare season after a preposition of time is a season; a name that starts with one is not
      {"spring=2027-SP", "The bridge will reopen by spring."},
      {"early spring=2027-SP", "The vote is expected in early spring."},
      {"summer=2026-SU", "Prices have risen since summer."},
      {"mid-winter=2025-WI", "The offensive stalled in mid-winter."},
      // a capitalised season before a capitalised word begins a name: games and fiscal statements are no seasons
      {"", "She won gold at the Summer Olympics.", "The Autumn Statement was a damp squib.",
          "The Winter Games were a success."},
      {"26 November=2026-11-26", "The chancellor will deliver the Autumn Budget on 26 November."},
      // "May's" before a noun of a person's office is Theresa May; the 1922 Committee is a body of MPs
      {"", "Critics of May's cabinet were loud.", "Backbenchers rejected May's deal.",
          "The 1922 Committee met in private."},
      {"May=2026-05", "Turnout in May's vote was low."},
      {"1922=1922", "In 1922 Committee rooms were smaller."},
      // a weekday counted in its month
      {"the first Monday in December=2026-12-07", "Nominations close on the first Monday in December."},
      {"the second Tuesday of January 2028=2028-01-11", "The inquiry sits on the second Tuesday of January 2028."},
      {"the last Friday of October=2026-10-30", "The fair was held on the last Friday of October."},
      {"", "He moved to a house in Spring Valley.", "The uprising began in Arab Spring countries.",
          "An early summer heatwave hit the city."},
      // a fiscal year as business news abbreviates it, capitalised; one named by both its calendar years is left alone
      {"FY26=2026", "The firm expects profit to rise in FY26."},
      {"FY 2027=2027", "Revenue for FY 2027 is forecast at $3 billion."},
      {"FY'27=2027", "Guidance for FY'27 was cut."},
      {"", "The fy26 plan.", "The FY2025-26 budget was passed."},
      // a quarter or half named by its first and last months; months that are no calendar quarter stay months
      {"the April-June quarter=2026-Q2", "Sales in the April-June quarter rose 9%."},
      {"the July-September quarter=2026-Q3", "The economy grew 2.8% in the July-September quarter."},
      {"the Jan-March 2026 quarter=2026-Q1", "Profit in the Jan-March 2026 quarter doubled."},
      {"the July\u2013December half=2026-H2", "Exports rose in the July\u2013December half."},
      {"April=2026-04|September=2026-09", "Profit in the April-September half rose."},
      // a quarter or half of a year told from publication is in that year, whichever way the clause leans
      {"the second half of the year=2026-H2", "The agency expects the harvest to recover in the second half of the year."},
      {"the first quarter of the year=2026-Q1", "Output fell in the first quarter of the year."},
      {"the final quarter of the year=2026-Q4", "Growth should pick up in the final quarter of the year."},
      {"the fourth quarter of last year=2025-Q4", "Profit fell in the fourth quarter of last year."},
      // a bare half or quarter near words of a game is the game's
      {"", "The striker scored twice in the second half.", "Both goals came in the first half.",
          "The quarterback threw three touchdowns in the fourth quarter."},
      {"the second half=2026-H2", "Profits rose in the second half as the airline added routes."},
      {"the first half of next year=2027-H1", "Sales will rise in the first half of next year."},
      {"the third quarter=2026-Q3|the year-earlier period=2025-Q3", "Profit rose in the third quarter of the year-earlier period."},
      {"the fourth quarter=2026-Q4", "Sales in the fourth quarter of the year before were flat."},
      // a range of weekdays runs forward from its first end, whichever way the clause leans
      {"Friday=2026-11-27|Monday=2026-11-30", "Officials said talks would run from Friday to Monday."},
      {"Monday=2026-11-16|Wednesday=2026-11-18", "Talks ran from Monday to Wednesday.",
          "Between Monday and Wednesday, talks ran late."},
      {"Wednesday=2026-11-18|Monday=2026-11-16", "Strikes hit on Wednesday and Monday."},
      // holidays named after a weekday have their own dates; a day's name that has none is no date
      {"Black Friday=2025-11-28", "Shoppers queued outside the mall on Black Friday."},
      {"Black Friday=2026-11-27", "Shoppers will queue outside the mall on Black Friday."},
      {"Ash Wednesday=2026-02-18", "The cardinal spoke on Ash Wednesday."},
      {"Palm Sunday=2026-03-29", "Pilgrims filled the square on Palm Sunday."},
      // what "is expected" lies ahead; what was expected may have passed
      {"Tuesday=2026-11-24", "A ruling is expected on Tuesday.", "Results are expected Tuesday."},
      {"Tuesday=2026-11-17", "A ruling was expected on Tuesday."},
      // what is likely, poised, on track or on course to happen, or might happen, lies ahead; what might have, did not
      {"Sunday=2026-11-22", "The storm is on track to hit Florida on Sunday.", "The storm is likely to make landfall on Sunday."},
      {"December=2026-12", "Exports are on course to hit a record in December."},
      {"Tuesday=2026-11-24", "The bill is poised to pass the Senate on Tuesday."},
      {"Monday=2026-11-23", "A verdict might come on Monday."},
      {"Monday=2026-11-16", "The gunman might have fled on Monday."},
      // what a report tells "ahead of" or "in the run-up to" is still to come, unless told in the past perfect
      {"Sunday=2026-11-22", "Police stepped up security ahead of Sunday's election."},
      {"Tuesday=2026-11-24", "In the run-up to Tuesday's vote, the party held rallies."},
      {"Sunday=2026-11-15", "Police had stepped up security ahead of Sunday's election.", "Turnout in Sunday's election was low."},
      // what is due on a day or in a month, or forecast for it, lies ahead; a cause that is "due in part" does not
      {"Tuesday=2026-11-24", "The results are due on Tuesday, officials said."},
      {"December=2026-12", "The report is due in December."},
      {"Thanksgiving Day=2026-11-26", "Snow is forecast for Thanksgiving Day in the Northeast."},
      {"Monday=2026-11-16", "Payment was due on Monday, but the firm missed it."},
      {"Tuesday=2026-11-17", "The drop in sales on Tuesday is due in part to the strike."},
      {"February=2026-02", "The rise in prices is due at least partly to the war that began in February."},
      // a sentence that opens with its date has its verb after a long subject, in any sentence of the text
      {"Friday=2026-11-20|February=2026-02|a week=P1W", "Officials met on Friday. In February, a week after the tenth "
          + "anniversary of the Smith vs. Jones ruling by the state's highest court, a fire at the old courthouse in "
          + "Dayton destroyed the records."},
      // a part of the publication's weekday still to come, told as past, is last week's
      {"Saturday night=2026-11-14TNI", "Gunmen opened fire at a wedding on Saturday night."},
      {"Saturday night=2026-11-21TNI", "The vigil will be held on Saturday night."},
      {"Saturday morning=2026-11-21TMO", "The market burned on Saturday morning."},
      // a date that names an incident has happened, whatever the clause's tense
      {"March 3=2026-03-03|next year=2027", "The inquiry into the March 3 blast will report next year."},
      {"Sunday=2026-11-15", "Police will release footage of Sunday's attack."},
      // a number after a word that names a thing by its number is no year; a year after a noun still is
      {"2016=2016", "The council adopted Resolution 2334 in 2016."},
      {"2025=2025", "There was no 2025 budget.", "The Finance Bill 2025 was withdrawn."},
      // a year stays a year before words that only look like a street
      {"1990=1990", "Since 1990 Wall Street has grown fourfold."},
      {"2014=2014", "In 2014 the road was closed for repairs."},
      // a day that names a decision or a saying after it has happened, whatever the clause does to it; one awaited,
      // or opening its clause, may be to come
      {"Wednesday=2026-11-18", "The team will appeal Wednesday's ruling."},
      {"Monday=2026-11-16", "The government will review Monday's decision."},
      {"Sunday=2026-11-22", "The minister will attend Sunday's summit."},
      {"Tuesday=2026-11-24", "Supporters await Tuesday's verdict.", "Supporters will gather ahead of Tuesday's verdict."},
      {"Friday=2026-11-27", "Friday's ruling is expected to favour the government."},
      {"Tuesday=2026-11-17", "Supporters had awaited Tuesday's verdict."},
      // a clock time and its day are one expression
      {"6 p.m.=2026-11-15T18:00|Sunday=2026-11-15", "Police said the march began at 6 p.m. on Sunday."},
      {"Monday=2026-11-16|10 a.m.=2026-11-16T10:00", "Talks opened Monday at 10 a.m. in Geneva."},
      // a clock time told as near after its day stands as a mention of its own, on that day
      {"Monday=2026-11-16|about 9 p.m.=2026-11-16T21:00", "The ferry sank Monday, at about 9 p.m., the coast guard said."},
      {"Nov. 3=2026-11-03|around 7:30 p.m.=2026-11-03T19:30", "The theft was committed on Nov. 3 at around 7:30 p.m. at a pharmacy."},
      {"Tuesday=2026-11-17|7:30 p.m.=2026-11-17T19:30", "The theft was reported on Tuesday at 7:30 p.m."},
      {"Dec. 1=2026-12-01|around 7 p.m.=2026-12-01T19:00", "The fair opens on Dec. 1, at around 7 p.m., beside the old mill."},
      {"9:15 a.m. Thursday=2026-11-19T09:15", "The blast hit the market at 9:15 a.m. Thursday."},
      {"4 p.m. Kyiv time=2026-11-19T16:00|Thursday=2026-11-19", "The quake struck at 4 p.m. Kyiv time on Thursday."},
      {"14:35 local time=2026-11-18T14:35|Wednesday=2026-11-18", "The blast happened at 14:35 local time on Wednesday."},
      {"09:10 GMT=2026-11-20T09:10|Friday=2026-11-20", "The ship sank at 09:10 GMT on Friday."},
      // the night that ends on a day
      {"overnight into Friday=2026-11-19TNI", "Drones attacked the port overnight into Friday."},
      {"overnight Thursday=2026-11-19TNI", "Drones attacked the port overnight Thursday."},
      {"overnight Thursday into Friday=2026-11-19TNI", "Drones attacked the port overnight Thursday into Friday."},
      {"overnight on Thursday=2026-11-19TNI", "Drones attacked the port overnight on Thursday."},
      // "overnight" before a night is that night
      {"overnight tonight=2026-11-21TNI", "Frost is likely overnight tonight."},
      // a clock time told again in GMT in brackets is a mention of its own, and the local time takes the day that follows
      {"05:30 local time=2026-11-19T05:30|0230 GMT=2026-11-19T02:30|Nov. 19=2026-11-19",
          "The drones struck at 05:30 local time (0230 GMT) on Nov. 19."},
      {"21:05 local time=2026-11-17T21:05|18:05 GMT=2026-11-17T18:05|Tuesday=2026-11-17", "The quake struck at 21:05 local time (18:05 GMT) on Tuesday."},
      {"6:10 p.m.=2026-11-15T18:10|23:10 GMT=2026-11-15T23:10|Sunday=2026-11-15", "The plane landed at 6:10 p.m. (23:10 GMT) on Sunday."},
      {"9:30 am=2026-11-20T09:30|06:30 GMT=2026-11-20T06:30|Friday=2026-11-20", "The blast hit at 9:30 am (06:30 GMT) on Friday."},
      // "p.m." before a clock time told again in brackets ends no sentence: the day after them keeps the clause's tense
      {"2 p.m.=2026-11-25T14:00|1900 GMT=2026-11-25T19:00|Wednesday=2026-11-25", "The bank will publish its decision at 2 p.m. (1900 GMT) on Wednesday."},
      {"8 p.m.=2026-11-22T20:00|20:00 GMT=2026-11-22T20:00|Sunday=2026-11-22", "The polls will close at 8 p.m. (20:00 GMT) on Sunday."},
      {"5 p.m.=2026-11-21T17:00|Monday=2026-11-16", "The talks will end at 5 p.m. (Officials met on Monday.)"},
      // a GMT time in brackets with its weekday after a day's time is that instant in GMT, weekday and all
      {"10 p.m. ET=2026-11-25T22:00|Wednesday=2026-11-25|0300 GMT on Thursday=2026-11-26T03:00",
          "The launch is set for 10 p.m. ET on Wednesday (0300 GMT on Thursday)."},
      {"9 p.m.=2026-11-22T21:00|Sunday=2026-11-22|0200 GMT Monday=2026-11-23T02:00", "The president will speak at 9 p.m. on Sunday (0200 GMT Monday)."},
      {"Monday=2026-11-16|Friday=2026-11-20", "The vote was on Monday (the results came on Friday)."},
      // a clock time in brackets after a day, not after a clock time, is one of its own
      {"Friday=2026-11-20|09:30 GMT)=2026-11-20T09:30", "The market opened on Friday (09:30 GMT) after the holiday."},
      {"11 p.m.=2026-11-18T23:00|2000 GMT=2026-11-18T20:00|Wednesday=2026-11-18", "The quake struck at 11 p.m. (2000 GMT) Wednesday."},
      // midnight belongs to the day that ends
      {"midnight=2026-11-19T24:00|Thursday=2026-11-19", "The curfew was lifted at midnight on Thursday."},
      {"midnight Tuesday=2026-11-17T24:00", "The strike started at midnight Tuesday."},
      {"midnight Sunday=2026-11-22T24:00", "The new tariffs take effect at midnight Sunday.", "The lockout begins at midnight Sunday."},
      // midnight before a day's morning opens that day: the morning is the mention
      {"Sunday morning=2026-11-15TMO", "The crash happened just after midnight Sunday morning."},
      // a rule that takes effect on a day is still to come
      {"Sunday=2026-11-22", "The new speed limit takes effect Sunday."},
      {"midnight=2026-11-18T24:00|Wednesday=2026-11-18", "Polling stations shut at midnight on Wednesday, officials said."},
      {"midnight=2026-11-22T00:00", "The shops close at midnight.", "The curfew begins at midnight."},
      // a clock time with no day is on the side of publication the tense puts it
      {"midnight=2026-11-21T00:00", "The curfew was lifted at midnight."},
      {"3:30 p.m.=2026-11-20T15:30", "The president arrived at 3:30 p.m."},
      {"6:40 a.m.=2026-11-21T06:40", "Police said the blast happened at 6:40 a.m."},
      {"8 a.m.=2026-11-22T08:00", "Talks will open at 8 a.m."},
      {"4 in the morning=2026-11-22T04:00", "The convoy will leave at 4 in the morning."},
      {"around 9 p.m. Pacific time=2026-11-17T21:00|Tuesday=2026-11-17", "The outage began around 9 p.m. Pacific time on Tuesday."},
      // a colon ends a clause: the future of a quotation after it does not reach the day of the saying
      {"Thursday=2026-11-19|Monday=2026-11-23", "The minister told reporters on Thursday: \u201cWe will meet again on Monday.\u201d"},
      {"Monday=2026-11-23|10:30 a.m.=2026-11-23T10:30", "Schedule: talks resume on Monday at 10:30 a.m."},
      // a closing quotation ends the sentence: its future does not reach the next one
      {"Wednesday=2026-11-18", "He said he would sign it \"as soon as it reaches my desk.\" Lawmakers spent Wednesday on it."},
      {"10 at night=2026-11-20T22:00", "The blast came at 10 at night."},
      // a plan told in the present looks ahead; "ago" counts from publication, a decade of years as a year
      {"Sunday=2026-11-22", "A funeral is planned for Sunday.", "Talks are set for Sunday."},
      {"a week or so ago=2026-W46", "Officials met a week or so ago."},
      {"a decade ago=2016", "The bloc was founded a decade ago."},
      // "the past weekend" is the last one, no vague past
      {"The past weekend=2026-W46-WE", "The past weekend saw record crowds."},
      {"the past weekend=2026-W46-WE", "Police made 40 arrests over the past weekend."},
      {"October=2026-10", "The festival is held on the last weekend of October."},
      // a fortnight is two weeks; "the past fortnight" is no vague past
      {"a fortnight ago=2026-W45", "The couple married a fortnight ago."},
      {"a fortnight=P2W", "Results are expected within a fortnight."},
      {"the past fortnight=P2W", "Rebels have seized three towns in the past fortnight."},
      {"two fortnights=P4W", "The strike lasted two fortnights."},
      {"", "The fortnight of protests ended."},
      // a clock time before a day told twice is one mention of that day's time; a day counted from a holiday is a day
      {"noon=2026-11-27T12:00|Friday, Nov. 27=2026-11-27", "Voting closes at noon on Friday, Nov. 27."},
      {"about 10:40 p.m. Tuesday, Nov. 17=2026-11-17T22:40", "Police were called at about 10:40 p.m. Tuesday, Nov. 17."},
      {"5 a.m.=2026-11-27T05:00|Black Friday=2026-11-27", "Stores will open at 5 a.m. on Black Friday."},
      // what opens, closes or gets under way on a timetable; "Friday's close" is a noun
      {"8 p.m. EST=2026-11-24T20:00|Tuesday=2026-11-24", "Polls close at 8 p.m. EST on Tuesday."},
      {"Wednesday=2026-11-25", "The tournament gets under way on Wednesday.", "Voting stations open on Wednesday."},
      {"Friday=2026-11-20", "Shares were flat at Friday's close, traders said."},
      // what one hopes, braces or prepares for lies ahead
      {"Tuesday=2026-11-24", "Residents are bracing for a storm on Tuesday."},
      {"Monday=2026-11-23", "The city is preparing for Monday's marathon.", "Growers are hoping for rain on Monday."},
      {"Tuesday=2026-11-17", "Residents braced themselves on Tuesday."},
      // a clause opened by "after", "as" or "because" is out of the reach of a future cue before it
      {"October=2026-10", "Retailers are bracing for a lean season after spending fell in October.",
          "Farmers are preparing for losses because prices slumped in October.",
          "Organisers are bracing for big crowds as ticket sales soared in October."},
      {"October=2027-10", "Retailers are bracing for a lean season in October."},
      // "ahead of the" and "in the run-up to the" a dated event: it is still to come
      {"Dec. 6=2026-12-06", "Parliament was dissolved ahead of the Dec. 6 election.",
          "Campaigning intensified in the run-up to the Dec. 6 vote."},
      {"Nov. 3=2026-11-03", "Parliament had been dissolved ahead of the Nov. 3 election."},
      // what someone is expected to do lies ahead
      {"March=2027-03", "Analysts expect the central bank to cut rates in March."},
      {"March=2026-03", "Analysts expected the bank to cut rates in March."},
      // "cut", "spread", "split" after a subject are past; after a determiner or a modifier, nouns
      {"February=2026-02", "The bank cut rates sharply in February.", "The virus spread to the capital in February."},
      {"February=2027-02", "Markets expect a rate cut in February.", "Traders price in a cut in February."},
      // what opens, runs or resumes on a timetable, told in the present, looks ahead
      {"the weekend=2026-W47-WE", "The craft fair runs through the weekend."},
      {"Monday=2026-11-23", "The trial resumes on Monday.", "The committee meets on Monday."},
      {"Monday=2026-11-16", "The trial resumed on Monday."},
      // a departure, a service restored or a clock change told in the present looks ahead; told in the past, back
      {"Monday=2026-11-23|6 a.m.=2026-11-23T06:00", "The ferry leaves on Monday at 6 a.m."},
      {"4.30 pm=2026-11-24T16:30|Tuesday=2026-11-24", "The night train departs at 4.30 pm on Tuesday."},
      {"Tuesday=2026-11-24", "Rail services return to normal on Tuesday."},
      {"an hour=PT1H|2 a.m.=2026-11-22T02:00|Sunday=2026-11-22", "Clocks go back an hour at 2 a.m. on Sunday."},
      {"Thursday=2026-11-26", "The drama returns for a second season on Thursday.",
          "The foreign minister flies to Cairo on Thursday.", "The band headlines the festival on Thursday.",
          "The squad flies out on Thursday."},
      // a sitting, a vote or an appearance told in the present looks ahead; told in the past, back
      {"Wednesday=2026-11-25", "Finance ministers gather in Lisbon on Wednesday.", "The assembly sits on Wednesday.",
          "The budget goes to a vote on Wednesday.", "The regulator's chief testifies on Wednesday.",
          "The lower house reconvenes on Wednesday.", "Classes start on Wednesday."},
      {"Wednesday=2026-11-18", "Finance ministers gathered in Lisbon on Wednesday.",
          "The budget went to a vote on Wednesday."},
      // a present "is" before a time told with its day: "The vote is at noon Wednesday"
      {"noon Wednesday=2026-11-25T12:00", "The vote is at noon Wednesday."},
      {"noon Wednesday=2026-11-18T12:00", "The vote was at noon Wednesday."},
      {"Friday=2026-11-27", "A hosepipe ban comes into force on Friday.", "The new fares come into effect on Friday."},
      {"Friday=2026-11-20", "The ban came into force on Friday."},
      // what may or could happen on a day looks ahead; what could not, could have or could be done does not
      {"Sunday=2026-11-22", "Snow could fall in the mountains on Sunday.", "Showers may return on Sunday."},
      {"Monday=2026-11-23", "Drivers should expect delays on Monday.", "The airport expects record crowds on Monday.",
          "The candidates debate on Monday.", "The envoy is due back in Cairo on Monday."},
      {"Monday=2026-11-16", "The airport expected record crowds on Monday.", "The candidates debated on Monday.",
          "The envoy was back in Cairo on Monday."},
      {"Monday=2026-11-16", "The mayor could not be reached on Monday.", "None of the crew could be found on Monday.",
          "The ferry may have sunk on Monday."},
      {"Monday=2026-11-16", "The ferry left on Monday.", "Services returned to normal on Monday.",
          "The minister flew to Cairo on Monday."},
      {"Tuesday=2026-11-17", "The bus leaves were raked up on Tuesday."},
      // Election Day in the United States, and Japan's national days
      {"Election Day=2026-11-03", "Turnout was high on Election Day.", "Polling lines grew long on Election Day."},
      {"Election Day next year=2027-11-02", "Election Day next year will test the new machines."},
      {"Black Friday last year=2025-11-28", "Stores were packed on Black Friday last year."},
      {"Culture Day=2026-11-03", "Museums in Tokyo offered free entry on Culture Day."},
      {"Labor Thanksgiving Day=2026-11-23", "Banks in Japan will close for Labor Thanksgiving Day."},
      {"Coming of Age Day=2026-01-12", "Coming of Age Day ceremonies were held across Japan."},
      {"Respect for the Aged Day=2026-09-21", "Japan counted 95,000 centenarians on Respect for the Aged Day."},
      // a weekday of a week told beside it is one mention of that week's day
      {"Tuesday next week=2026-11-24", "The board meets on Tuesday next week."},
      {"Friday of last week=2026-11-13", "The deal closed on Friday of last week."},
      {"Sunday this week=2026-11-22", "Polls open on Sunday this week."},
      // so many weeks from a coming weekday; "in a week on Thursday" is a span, then the day
      {"a week from Friday=2026-12-04", "The walkout starts a week from Friday."},
      {"two weeks on Monday=2026-12-07", "The new timetable applies two weeks on Monday."},
      {"a week=P1W|Thursday=2026-11-19", "The clinic was shelled twice in a week on Thursday."},
      // two units on: "the week after next", "the month before last"
      {"the week after next=2026-W49", "The talks will resume the week after next."},
      {"the week before last=2026-W45", "The minister resigned the week before last."},
      {"the month after next=2027-01", "The rule takes effect the month after next."},
      {"the year before last=2024", "Exports fell the year before last."},
      {"next year=2027", "Campaigning starts the week after next year's budget."},
      // ... and so of a weekend, a weekday or a night (told on Saturday 2026-11-21)
      {"the weekend before last=2026-W45-WE", "The fair drew crowds the weekend before last."},
      {"the weekend after next=2026-W49-WE", "The fair returns the weekend after next."},
      {"the Thursday before last=2026-11-12", "The deal was signed on the Thursday before last."},
      {"the Tuesday after next=2026-12-01", "The inquiry reports on the Tuesday after next."},
      {"the night before last=2026-11-19TNI", "Thieves broke in the night before last."},
      {"Thursday=2026-11-19|last year=2025", "They met on Thursday before last year's summit."},
      // a rate of an amount is no date; a count of times makes a set; a day named before "a day of" is the date
      {"", "The firm earns $2 million a year.", "Output rose to 9,000 barrels a day."},
      {"24 hours=PT24H", "Pumps run 24 hours a day."},
      {"a day=P1D", "He takes the pill twice a day.", "Buses run three times a day."},
      {"December 27=2026-12-27", "The government declared December 27 a day of national mourning."},
      {"Friday=2026-11-20", "They declared Friday a day of mourning."},
      // vague lengths of time
      {"centuries=PXCE", "The families have farmed there for centuries."},
      {"decades=PXDE", "The border has been disputed for decades."},
      {"years=PXY", "He worked at the port for years."},
      {"a while=PXX", "Residents waited for a while, then went home."},
      {"some time=PXX", "Repairs took some time.", "The line has been closed for some time."},
      {"", "Some time ago the bridge fell.", "He left a while ago."},
      {"mid-afternoon=2026-11-21TAF", "The storm hit mid-afternoon."},
      {"late-October=2026-10", "The talks stalled in late-October."},
      {"mid-afternoon yesterday=2026-11-20TAF", "Shares fell at mid-afternoon yesterday."},
      {"mid-morning Thursday=2026-11-19TMO", "The blast hit at mid-morning Thursday."},
      {"the near term=FUTURE_REF", "Prices may rise in the near term."},
      {"the short term=FUTURE_REF", "The plan placates investors in the short term."},
      {"early-2027=2027", "A vote is expected in early-2027."},
      {"", "The film High Noon was shown.", "For the party, high noon has come."},
      // a part of a named day, the week or weekend that holds a day
      {"the night of Nov. 18=2026-11-18TNI", "The meeting on the night of Nov. 18 ended without a deal."},
      {"the morning of Tuesday, Nov. 17=2026-11-17TMO", "Protests began on the morning of Tuesday, Nov. 17."},
      {"the evening of Monday=2026-11-16TEV", "Shots were heard on the evening of Monday."},
      {"the weekend of Nov. 14=2026-W46-WE", "The festival took place on the weekend of Nov. 14."},
      {"the week of March 6=2027-W09", "A hearing is set for the week of March 6."},
      {"", "It was the night of his life.", "They called it the week of action."},
      // holidays, and days counted from them; what happened on one happened last time round
      {"the day after Christmas=2026-12-26", "Talks resume the day after Christmas."},
      {"the day after Thanksgiving=2025-11-28", "Stores opened early the day after Thanksgiving."},
      {"Christmas Eve=2025-12-24", "The attack came on Christmas Eve."},
      {"New Year's Day=2026-01-01", "Crowds gathered downtown on New Year's Day."},
      {"New Year's Eve=2025-12-31", "Fireworks were set off on New Year's Eve.", "Fireworks lit the sky on New Year's Eve."},
      {"Easter=2026-04-05", "Churches were packed for Easter."},
      {"Easter=2027-03-28", "Churches will be packed for Easter."},
      {"Good Friday=2026-04-03", "Pilgrims marched on Good Friday."},
      // the feasts Europe keeps counted from Easter: Ascension 39 days on, Pentecost 49, Whit Monday 50
      {"Ascension Day=2026-05-14", "Pilgrims marched on Ascension Day."},
      {"Pentecost=2026-05-24", "Churches were full at Pentecost."},
      {"Whit Monday=2027-05-17", "Shops will close on Whit Monday."},
      // part of a month is the month's ("the second half of April"), no half of the year
      {"April=2027-04", "The comet should be visible in the second half of April."},
      // a phrase of "with" and a participle tells no time of its own: the clause it hangs from does
      {"May=2027-05|August=2027-08", "Exams begin in May, with results published in August."},
      {"May=2026-05|August=2026-08", "Exams began in May, with results published in August."},
      // a passive with a share before its participle is no past: "are 85 per cent booked"
      {"Christmas=2026-12-25", "The airline will add flights over Christmas, when hotels are 85 per cent booked."},
      // ... nor is one with "already" or "now" before its participle
      {"Christmas=2026-12-25", "Flights over Christmas are already sold out.", "Seats for Christmas are all booked."},
      {"Easter week=2026-W14", "Protesters prayed as Easter week began."},
      {"", "The easter egg hunt was cancelled."},
      // festivals of the lunisolar calendar come from a table; the days of South Africa and India are fixed, and
      // Remembrance Sunday is November's second
      {"Diwali=2026-11-08", "Sweet shops were packed on Diwali."},
      // the two Eids by their table, in the spellings news uses
      {"Eid al-Adha=2026-05-27", "Livestock markets were crowded before Eid al-Adha."},
      {"Eid-ul-Azha=2026-05-27", "Livestock markets were crowded before Eid-ul-Azha."},
      {"Eid ul-Fitr 2025=2025-03-30", "Bus fares doubled around Eid ul-Fitr 2025."},
      // a day of the calendar that "falls" on a weekday, and a thing "to be" done on one, lie ahead; what "appeared
      // to be" so on a weekday does not
      {"Wednesday=2026-11-25", "The half-term break, which falls on Wednesday, will shorten the week."},
      {"Tuesday=2026-11-24", "The hosts won by six wickets, with the last match of the tour to be played on Tuesday."},
      {"Monday=2026-11-16", "The pharmacy appeared to be closed on Monday."},
      // a weekday right after a day whose weekday it is tells that day again, whichever way its clause leans
      {"Diwali=2026-11-08|Sunday=2026-11-08", "Doctors warned smog could thicken after Diwali on Sunday."},
      // a holiday and a weekday beside it name one day: the holiday's occurrence on that weekday, nearest first
      {"Hanukkah=2026-12-05|Saturday=2026-12-05", "Markets were busy as families got ready for Hanukkah on Saturday."},
      {"Thursday=2026-11-26|Thanksgiving=2026-11-26", "Police closed roads for Thursday's Thanksgiving parade."},
      {"Victory Day=2027-05-09|Sunday=2027-05-09", "Veterans rehearsed for Victory Day, which falls on Sunday."},
      // a list of days after a holiday is no apposition; a weekday weeks off, the one the clause's tense allows
      {"Christmas=2025-12-25|Friday=2026-11-20|Saturday=2026-11-21", "Police made arrests on Christmas, Friday and "
          + "Saturday."},
      {"Yom Kippur=2026-09-21|Monday=2026-09-21", "Worshippers marked Yom Kippur on Monday, the rabbi recalled."},
      // a weekday that agrees with neither occurrence is left as its clause reads it
      {"Hanukkah=2025-12-15|Tuesday=2026-11-17", "Families lit candles for Hanukkah on Tuesday."},
      // more national days and holidays by name; a war named after one is no date
      {"Waitangi Day=2026-02-06", "Crowds gathered at the treaty grounds on Waitangi Day."},
      {"Jamhuri Day=2026-12-12", "The president will lead the Jamhuri Day parade in the capital."},
      {"Mashujaa Day=2026-10-20|Madaraka Day=2026-06-01", "Mashujaa Day was quieter than Madaraka Day."},
      {"the Fourth of July=2026-07-04", "Fireworks lit up the bay on the Fourth of July."},
      {"Canadian Thanksgiving=2026-10-12", "Traffic was heavy over Canadian Thanksgiving."},
      {"International Women's Day=2026-03-08", "Thousands marched on International Women's Day."},
      {"Rosh Hashanah=2026-09-12|Yom Kippur=2026-09-21", "Synagogues were full on Rosh Hashanah and on Yom Kippur."},
      {"Passover=2027-04-22", "The hotel will be fully booked for Passover."},
      {"", "His father fought in the Yom Kippur War.", "The prime minister gave his National Day Rally speech.",
          "The pope presided over the Easter Vigil."},
      // "March" or "May" right after another month and a dash or "and" is the month
      {"January=2027-01|March=2027-03", "Exports are forecast to rise in January-March."},
      {"April=2026-04|May=2026-05", "Sales fell in April and May."},
      // a clock time on a day's part is on that day
      {"2:14 p.m.=2026-11-21T14:14|Saturday afternoon=2026-11-21TAF", "The quake struck at 2:14 p.m. on Saturday afternoon."},
      // a day that names an event of years gone is no day the story's clock times count from
      {"this morning=2026-11-21TMO|25 years=P25Y|Sept. 11, 2001=2001-09-11|8:46 a.m.=2026-11-21T08:46", "Names were read this "
          + "morning, 25 years after the Sept. 11, 2001, attacks, and bells tolled at 8:46 a.m."},
      // a future passive is no reduced relative clause; a notice that was in effect through a day was; a weekday that
      // ends a subject after a clock time is that time's day; "the next day" still counts from a day of an event gone
      {"Monday=2026-11-23", "The results will be announced on Monday."},
      {"Thursday=2026-11-19", "The warning was in effect through Thursday."},
      {"8 p.m. Sunday=2026-11-15T20:00|this morning=2026-11-21TMO", "A curfew imposed at 8 p.m. Sunday was lifted this "
          + "morning."},
      {"Jan. 6, 2021=2021-01-06|The next day=2021-01-07", "The court said the Jan. 6, 2021, attack was planned. The next "
          + "day, lawmakers met."},
      {"2026=2026", "Sales were booked in FY-2026."},
      // a day that opens a new sentence after a clock time is no day of that time
      {"1 a.m.=2026-11-21T01:00|Election Day=2026-11-03", "Clocks were set back to 1 a.m. Election Day was quiet."},
      // a notice dated by its issuing in a reduced relative clause was issued; a notice in effect through a day runs to
      // the coming one
      {"Monday=2026-11-16|Sunday=2026-11-22", "The flood warning issued on Monday will stay in force until Sunday."},
      {"Thursday=2026-11-19|Tuesday=2026-11-24", "Rain fell on Thursday, and a flood watch remains in effect through "
          + "Tuesday."},
      // a weekday in what a source said counts from the saying's weekday past other dates between, and past whom
      // it was told to
      {"Monday=2026-11-16|the fourth quarter of 2025=2025-Q4|Thursday=2026-11-19", "The agency said on Monday it would "
          + "publish figures for the fourth quarter of 2025 on Thursday."},
      {"Monday=2026-11-16|Thursday=2026-11-19", "The minister told parliament on Monday that the bill would be tabled "
          + "on Thursday."},
      // but not lengths of a list, nor a length of something
      {"15 years=P15Y|eight years=P8Y|18 months=P18M", "The three were jailed for 15 years, eight years and 18 months "
          + "respectively."},
      {"24 hours=PT24H|30 minutes=PT30M", "Within 24 hours, 30 minutes of footage had been viewed."},
      // one length told in two units
      {"two hours and 41 minutes=PT2H41M", "The final lasted two hours and 41 minutes."},
      {"three years, six months=P3Y6M", "He served three years, six months for fraud."},
      {"one day and six hours=P1DT6H", "The crossing took one day and six hours."},
      // a day of the month a hearing is set for, or a deadline falls by
      {"the 28th=2026-11-28", "A ruling is set for the 28th."},
      {"the 30th=2026-11-30", "Applicants must register by the 30th."},
      // a year that opens its sentence without a comma dates the sentence's days
      {"Last year=2025|December 3=2025-12-03", "Last year the first snow fell on December 3."},
      // a level that "could" change on a day lies ahead; what could not be done did not
      {"Monday morning=2026-11-23TMO", "Forecasters said the river could peak on Monday morning."},
      {"Thursday=2026-11-19", "The mayor could not be reached on Thursday."},
      // ... unless the clause is past
      {"today=2026-11-21|Thursday=2026-11-19", "Voting took place today and Thursday in the north."},
      // a weekday listed after "today" or "tomorrow" is the coming one
      {"today=2026-11-21|Tuesday=2026-11-24", "A flood warning is in force for today and Tuesday."},
      // a day that marks something, or is a deadline, lies ahead
      {"Tuesday=2026-11-24|ten years=P10Y", "Tuesday marks ten years since the dam burst."},
      // a date in a relative clause told in the past is past, whatever the main clause says
      {"Thursday=2026-11-19|Monday=2026-11-23", "A gale that flattened fences on Thursday is expected to reach the coast on Monday."},
      // a holiday weekend, or a long one, is the weekend as "the weekend" is
      {"the bank holiday weekend=2026-W47-WE", "Roads will be busy over the bank holiday weekend."},
      {"the long weekend=2026-W47-WE", "Ferries are fully booked for the long weekend."},
      // the start of a range told without a year takes the year its end tells
      {"April=2023-04|September 2023=2023-09", "The thefts took place between April and September 2023."},
      {"October=2022-10|January 2023=2023-01", "The strike ran from October to January 2023."},
      {"May 2=2024-05-02|June 30, 2024=2024-06-30", "The inquiry covered May 2 to June 30, 2024."},
      // "at present" is now; "at present value" a price
      {"at present=PRESENT_REF", "Admissions remain stable at present, the board said."},
      // a set every two weeks, or every three months told as an adverb; "quarterly" before a noun is none
      {"fortnightly=P2W", "Bins will be emptied fortnightly."},
      {"quarterly=P3M", "The fund pays out quarterly."},
      {"Deepavali=2026-11-08", "Crackers lit up the sky on Deepavali."},
      {"Diwali 2024=2024-10-31", "Sales fell short of Diwali 2024."},
      {"Holi=2027-03-22", "The festival office will close for Holi."},
      {"Republic Day=2027-01-26", "Security will be tightened for Republic Day."},
      {"Youth Day=2026-06-16", "Students marched in Soweto on Youth Day."},
      {"Heritage Day=2026-09-24", "Families gathered on Heritage Day."},
      {"Democracy Day=2026-06-12", "Protesters gathered in Lagos on Democracy Day."},
      // "last", "next" or "this" before a holiday: the nearest one that way from publication's day
      {"Last Thanksgiving=2025-11-27", "Last Thanksgiving, a record number of people traveled by car."},
      {"next Thanksgiving=2026-11-26", "The family will gather again next Thanksgiving."},
      {"This Christmas=2026-12-25", "This Christmas will be quiet."},
      {"last Easter=2026-04-05", "Pilgrims filled the square last Easter."},
      // a holiday naming a thing of its season is no date, nor is "the last" of them
      {"today=2026-11-21", "The last Christmas market closes today."},
      {"", "The Christmas market opens in the square.", "She sent him a Valentine's Day card.",
          "Neighbours put up Christmas lights.", "Two men wearing Halloween masks robbed the shop."},
      // a country named just before "Independence Day" tells whose day it is; Israel's moves with the Hebrew calendar
      {"Independence Day=2026-08-24", "Crowds gathered in Kyiv on Ukraine's Independence Day."},
      {"Independence Day=2026-10-01", "In Nigeria, Independence Day passed quietly."},
      {"22 April=2027-04-22", "Israel will mark Independence Day celebrations on 22 April."},
      // a month that is a given name, told with a surname and an age
      {"", "April Wilson, 34, a nurse, was among those hurt.", "The victims included June Park (61) and her son."},
      {"April=2026-04", "In April Congress passed the bill."},
      {"Freedom Day=2026-04-27", "Crowds marked Freedom Day with concerts."},
      {"May Day=2026-05-01", "Thousands of workers marched on May Day."},
      {"", "Officials may day-trip to the coast.", "The board may decide later."},
      {"Remembrance Sunday=2026-11-08", "Veterans paraded on Remembrance Sunday."},
      // a holiday a few days ahead is the coming one unless the clause tells what happened on it
      {"Thanksgiving=2026-11-26", "Turkey prices are up ahead of Thanksgiving."},
      {"Thanksgiving=2025-11-27", "Shoppers crowded stores on Thanksgiving."},
      // a holiday with a year told from publication's is that year's, whatever the verb
      {"Thanksgiving Day last year=2025-11-27", "The Lions beat the Bears on Thanksgiving Day last year."},
      {"Easter Monday last year=2025-04-21", "Stores were packed on Easter Monday last year."},
      {"Diwali last year=2025-10-20", "Crowds thronged the markets on Diwali last year."},
      {"Memorial Day next year=2027-05-31", "The memorial opens on Memorial Day next year."},
      {"", "Delegates marked International Youth Day.", "The Good Friday Agreement holds.",
          "Holiday traffic was light."},
      // a weekday in a title is no day: papers, shows and groups; after "on" it is a day whatever follows, unless
      // its night is the title's
      {"", "She writes for the Sunday Times.", "The story ran in the Mail on Sunday.", "He hosted Saturday Night Live.",
          "The Sunday Sun quoted an unnamed minister.", "She is a columnist at the Sunday World.",
          "Fans of Friday Night Lights rejoiced.", "The Tuesday Group backed the bill.",
          "Monday Night Football drew record ratings.", "The Independent on Sunday ran the photo.",
          "The minister told The Sunday Guardian that the bill would pass.", "The Monday Post ran the story first."},
      {"Sunday=2026-11-15", "On Sunday Times Square was empty.", "The mail on Sunday was late."},
      // "Monday week" (British) is a week after the coming Monday, as "a week on Monday"; a working week is none
      {"Monday week=2026-11-30", "The trial resumes on Monday week."},
      {"Thursday week=2026-12-03", "Ballots close Thursday week."},
      {"a fortnight on Monday=2026-12-07", "The inquest opens a fortnight on Monday."},
      {"a fortnight=P2W|Friday=2026-11-20", "He was suspended for a fortnight on Friday."},
      {"Monday=2026-11-16|Friday=2026-11-20", "Staff worked a Monday to Friday week."},
      // the weekday or week before or after a day counts from that day, as the clause leans
      {"the Sunday after Thanksgiving=2026-11-29", "Roads will be jammed on the Sunday after Thanksgiving."},
      {"the Sunday before Christmas=2025-12-21", "The choir sang on the Sunday before Christmas."},
      {"the week before Christmas=2025-W51", "Sales jumped the week before Christmas."},
      {"the week after Thanksgiving=2026-W49", "The mayor will sign the bill the week after Thanksgiving."},
      {"the Sunday after Diwali=2026-11-15", "Prices rose on the Sunday after Diwali."},
      {"the day after Boxing Day=2025-12-27", "Shops shut the day after Boxing Day."},
      {"6 a.m.=2026-11-27T06:00|the Friday after Thanksgiving=2026-11-27",
          "Doors open at 6 a.m. on the Friday after Thanksgiving."},
      // holidays on a fixed day, or on the nth weekday of a month, by their names
      {"Boxing Day=2025-12-26", "Shops were packed on Boxing Day."},
      {"Boxing Day=2026-12-26", "Stores will open early on Boxing Day."},
      {"Veterans Day=2026-11-11", "Veterans gathered on Veterans Day to honor the fallen."},
      {"St Patrick\u2019s Day=2026-03-17", "Crowds filled the streets on St Patrick\u2019s Day."},
      {"Martin Luther King Jr. Day=2026-01-19", "Markets were shut on Martin Luther King Jr. Day."},
      {"Presidents' Day=2026-02-16", "Markets were shut for Presidents' Day."},
      {"Bonfire Night=2026-11-05", "Fireworks lit the sky on Bonfire Night."},
      {"Hogmanay=2025-12-31", "Revellers celebrated Hogmanay in Edinburgh."},
      {"Canada Day, 2025=2025-07-01", "Canada Day, 2025 was quiet."},
      {"", "The boxing day sale was quiet.", "She trained at a boxing gym."},
      // a day counted from another day
      {"the day before last Tuesday=2026-11-16", "It happened the day before last Tuesday."},
      {"the day after November 3=2026-11-04", "The results came out the day after November 3."},
      // an intention, a plan or a scheduled event looks ahead
      {"April=2027-04", "The two leaders agreed to meet again in April.", "Rebels vowed to retake the town in April.",
          "The ministry plans to open the bridge in April.", "The envoy is expected to return in April.",
          "Talks are scheduled for April."},
      {"48-hour=PT48H|midnight=2026-11-27T24:00|Friday=2026-11-27", "The 48-hour truce ends at midnight on Friday."},
      {"Monday=2026-11-23", "The ban takes effect on Monday.", "The new term begins Monday.", "Schools reopen Monday.",
          "The two leaders meet separately Monday."},
      {"Monday=2026-11-16", "Firms rushed to meet demand on Monday."},
      {"February=2026-02", "The truce ended in February.", "Both sides agreed in February to a ceasefire."},
      // a length of time from now is the unit that far ahead; "within weeks" stays a length, as TempEval has it
      {"two weeks from now=2026-W49", "The vote is two weeks from now."},
      {"three months' time=2027-02", "A ruling is due in three months' time."},
      {"weeks=PXW", "A deal could come within weeks."},
      // a range of days is its two ends, each its own mention; a year after the range is both ends'
      {"17=2026-11-17|19 November=2026-11-19", "The summit was held 17-19 November."},
      {"Oct. 3=2027-10-03|5, 2027=2027-10-05", "Voting is set for Oct. 3 to 5, 2027."},
      {"Monday=2026-11-16|Wednesday=2026-11-18", "Talks ran from Monday to Wednesday."},
      {"2022=2022|2024=2024", "Prices rose between 2022 and 2024."},
      {"November 18=2026-11-18", "On November 18 and 19 people died.", "He left on November 18-year-old Tom's farm."},
      {"19 November=2026-11-19", "The summit ended on 19 November."},
      // a range of months runs forward: told ahead, its end is the next such month, else its start the one before
      {"September=2025-09|May=2026-05", "The season ran from September to May."},
      {"November=2025-11|March=2026-03", "Rains fell between November and March."},
      {"December=2026-12|February=2027-02", "The festival will run from December to February."},
      {"March=2026-03|June=2026-06", "The talks ran from March to June."},
      // the first end of a range across months takes the year written after the second; a month's full stop
      // does not end the sentence
      {"Oct. 28=2025-10-28|Nov. 3, 2025=2025-11-03", "Fighting raged from Oct. 28 to Nov. 3, 2025."},
      {"Nov. 30=2025-11-30|Dec. 2 last year=2025-12-02", "The blackout lasted from Nov. 30 to Dec. 2 last year."},
      {"Dec. 30=2024-12-30|Jan. 2, 2025=2025-01-02", "The summit ran Dec. 30-Jan. 2, 2025."},
      {"Nov. 30=2026-11-30|Dec. 2=2026-12-02", "The festival runs Nov. 30-Dec. 2."},
      {"Dec. 30=2025-12-30|Jan. 2=2026-01-02", "The summit ran Dec. 30-Jan. 2."},
      // a sentence that opens with its day has its verb further on
      {"Tuesday=2026-11-24", "On Tuesday, the national league of city mayors plans to hold a news conference."},
      {"Tuesday=2026-11-17", "On Tuesday, the national league of city mayors held a news conference."},
      // "next to" is a place
      {"Friday=2026-11-20", "A bomb exploded next to the U.S. embassy in Nairobi Friday."},
      // irregular past verbs keep a yearless date behind publication
      {"March 2=2026-03-02|9=2026-03-09", "The fair ran from March 2 through 9."},
      {"February=2026-02", "Rebels struck the port in February.", "The ferry sank in February."},
      // a past spelled as the present ("hit", "shut", "quit", "burst") is past, unless after a modal or "to";
      // "cut" is a noun as often ("a rate cut in January")
      {"December=2025-12", "The storm hit the coast in December.", "The factory shut its doors in December.",
          "The dam burst in December."},
      {"December=2026-12", "The storm could hit the coast in December.", "Traders see a 60% chance of a cut in December."},
      // what happened in a month a little ahead of the calendar happened last time round; a deadline may lie ahead
      {"January=2026-01", "The ceasefire collapsed in January.", "The company changed its name in January.",
          "The rebels fled the city in January.", "The company sold the plant in January.", "The army withdrew in January."},
      // a wire's four-digit clock time with GMT or UTC
      {"0600 GMT=2026-11-20T06:00|Friday=2026-11-20", "The truce took effect at 0600 GMT on Friday."},
      {"Thursday=2026-11-19|2330 UTC=2026-11-19T23:30", "The quake hit on Thursday at 2330 UTC."},
      // a live page's stamp is of its day even after the first publication; a sentence's "updated at" is told in the past
      {"14:32 GMT=2026-11-21T14:32", "Updated 14:32 GMT: The toll rose to 40.", "Last updated at 14:32 GMT",
          "World | Updated: 14:32 GMT"},
      {"14:32 GMT=2026-11-20T14:32", "The rules were updated at 14:32 GMT.", "The envoy arrived at 14:32 GMT - late."},
      // ... and so is the time that opens a live page's entry
      {"14:32 GMT=2026-11-21T14:32", "14:32 GMT - The envoy has arrived in the capital.",
          "14:32 GMT: Rescuers said they had found two more bodies."},
      // ... and with "local time" or "hrs"; a 24-hour time with a dot, as British news writes it, with a zone or an
      // hour of two digits before 10 (a bare "23.50" is as often a price)
      {"0700 local time=2026-11-21T07:00", "Polling stations opened at 0700 local time."},
      {"1030 hrs=2026-11-21T10:30", "The meeting began at 1030 hrs."},
      {"07.45=2026-11-20T07:45|Friday=2026-11-20", "The ferry sailed at 07.45 on Friday."},
      {"21.15 GMT=2026-11-19T21:15|Thursday=2026-11-19", "The ship sank at 21.15 GMT on Thursday."},
      {"Thursday=2026-11-19", "Shares closed at 23.50 on Thursday."},
      // a numeric day with a number over 12 says which is the day; dots part a day written day first
      {"26/11/2026=2026-11-26", "The hearing was put off until 26/11/2026."},
      {"11/26/2026=2026-11-26", "The hearing was put off until 11/26/2026."},
      {"18.11.2026=2026-11-18", "The order, dated 18.11.2026, was read out.", "Ballots were cast on 18.11.2026."},
      // two numbers that could each be the month are read as the report's zone writes: UTC, as US news
      {"05/11/2026=2026-05-11", "The notice was served on 05/11/2026."},
      {"Tuesday, 11/10/2026=2026-11-10", "Posted: Tuesday, 11/10/2026"},
      // the night after a day told before
      {"Oct. 14=2026-10-14|that night=2026-10-14TNI", "He left home on Oct. 14; that night he vanished."},
      {"Tuesday=2026-11-17|the following night=2026-11-18TNI", "The storm hit on Tuesday and again the following night."},
      {"the days ahead=FUTURE_REF", "More rain is forecast in the days ahead."},
      // the night of a range of two days is the first day's night, one mention
      {"the night of November 18-19=2026-11-18TNI", "Drones struck on the night of November 18-19."},
      {"the night of 18-19 November=2026-11-18TNI", "Drones struck on the night of 18-19 November."},
      {"the night of 18 to 19 November 2025=2025-11-18TNI", "Drones struck on the night of 18 to 19 November 2025."},
      // "overnight" before a day or a range of days is that day's night, as "overnight Tuesday" is
      {"overnight on November 18=2026-11-18TNI", "Russia fired 90 drones overnight on November 18."},
      {"overnight on November 18-19=2026-11-18TNI", "Russia fired 90 drones overnight on November 18-19, the air force said."},
      {"overnight on 18-19 November=2026-11-18TNI", "Russia fired 90 drones overnight on 18-19 November."},
      {"overnight=2026-11-20TNI|November 18=2026-11-18", "It rained overnight. On November 18, it had snowed."},
      // a season or a night told from the text's last date
      {"2019=2019|That summer=2019-SU", "She moved to Leeds in 2019. That summer, she met him."},
      {"January 2020=2020-01|The following summer=2020-SU", "He was hired in January 2020. The following summer, he quit."},
      {"March 2019=2019-03|The following spring=2020-SP",
          "She was diagnosed in March 2019. The following spring, she ran a marathon."},
      {"May 2020=2020-05|The previous winter=2019-WI", "The fire was in May 2020. The previous winter had been dry."},
      {"January 2021=2021-01|That winter=2020-WI", "In January 2021, the lake froze. That winter was the coldest."},
      {"Friday=2026-11-20|The night before=2026-11-19TNI",
          "He was killed on Friday. The night before, he had argued with a neighbour."},
      {"2003=2003", "It happened in 2003. The year before, he had left."},
      // "early", "late" or "mid" before a part of day that ends its clause: the part of the story's day, the
      // publication's if the text named none; before a noun or a day they are that noun's or day's
      {"early evening=2026-11-21TEV", "By early evening, the square was full."},
      {"mid afternoon=2026-11-21TAF", "By mid afternoon, the roads were clear."},
      {"Thursday=2026-11-19|late evening=2026-11-19TEV",
          "Protesters gathered on Thursday. By late evening, police had cleared the square."},
      {"That morning=2026-11-21TMO", "That morning, the ferry left without him."},
      {"Tuesday=2026-11-17", "An early morning raid on Tuesday killed two."},
      {"late morning on Tuesday=2026-11-17TMO", "Rain lasted until late morning on Tuesday."},
      // "early morning" that goes on the sentence is that day's morning; before a noun, or in a title, it names a thing
      {"early morning=2026-11-21TMO", "Smoke rose over the port in the early morning and crews fought the fire.",
          "The dam gave way in the early morning while the valley slept."},
      // the first end of a range of days may carry its ordinal suffix
      {"2=2026-11-02|3rd November=2026-11-03", "Inspectors visited the site on 2nd and 3rd November."},
      // a quarter or half named by the month it ends in, after "the"; a broker's "3Q26" and "1H 2027"
      {"the September quarter=2026-Q3", "GDP grew 0.6% in the September quarter."},
      {"the June half=2026-H1", "Profit fell in the June half."},
      {"the December quarter=2026-Q4", "The miner expects output to rise in the December quarter."},
      {"June=2026-06", "In June half the staff left."},
      {"3Q26=2026-Q3|1H 2027=2027-H1", "Sales rose in 3Q26 and should rise again in 1H 2027."},
      // a day written year first with slashes, or with its month's abbreviation between hyphens
      {"2026/11/18=2026-11-18", "The order was issued on 2026/11/18."},
      {"26-Nov-2026=2026-11-26", "The flight departs on 26-Nov-2026."},
      // an ISO 8601 stamp with its zone designator
      {"2026-11-18T14:02:00Z=2026-11-18T14:02", "Posted 2026-11-18T14:02:00Z by the newsroom."},
      {"2026-11-18T09:30+05:30=2026-11-18T09:30", "The order is stamped 2026-11-18T09:30+05:30."},
      {"21-11-2026=2026-11-21", "The order was passed on 21-11-2026."},
      // two days offered as alternatives
      {"Nov. 24=2026-11-24|25=2026-11-25", "The count should finish on Nov. 24 or 25."},
      // the nth week of a month is the week that holds the middle of its nth seven days
      {"the first week of December=2026-W49", "The talks resume in the first week of December."},
      {"the second week of March=2026-W11", "The offensive began in the second week of March."},
      {"the last week of October=2026-W44", "Rebels shelled the port in the last week of October."},
      {"the first week of May 2024=2024-W18", "The dam burst in the first week of May 2024."},
      {"January=2027-01", "The appeal is heard in January.", "The case is expected to be heard in January."},
      {"December=2025-12", "Rebels seized the airport in December."},
      // "by" right after a past verb tells what had happened by then; otherwise it is a deadline ahead
      {"Tuesday=2026-11-17", "The fire was contained by Tuesday.", "The rebels withdrew by Tuesday.",
          "The blaze was brought under control by Tuesday.", "The gas was shut off by Tuesday."},
      {"Tuesday=2026-11-24", "The ministry ordered all residents out by Tuesday."},
      {"Tuesday=2026-11-24", "The rebels must withdraw by Tuesday.", "The sale is expected to be completed by Tuesday.",
          "The talks were postponed until Tuesday."},
      {"Nov. 30=2026-11-30", "The offer was extended to Nov. 30.", "The firm will redeem its preferred shares on Nov. 30."},
      // "would" after a verb of saying looks ahead, unless it names a day already past or "would have"
      {"Tuesday=2026-11-24", "Officials said the envoy would arrive on Tuesday."},
      {"January=2027-01", "The airline said flights would resume in January."},
      {"Wednesday=2026-11-18", "They said they would appeal Wednesday's ruling.",
          "They would appeal the decision, announced Wednesday by the court.",
          "He said the plant would have closed on Wednesday."},
      // "the end of the month", told in the past after a date in that unit, is that unit's end; told ahead, or with
      // no such date, publication's
      {"early October=2026-10|the end of the month=2026-10",
          "Protests began in early October. By the end of the month, hundreds had been arrested."},
      {"2020=2020|the end of the year=2020", "Prices fell in 2020. By the end of the year, they had recovered."},
      {"Oct. 3=2026-10-03|the end of the month=2026-11", "The vote was on Oct. 3. The results will be known by the end of the month."},
      {"2019=2019|the end of the year=2026", "In 2019, he founded the firm. It plans to list by the end of the year."},
      {"the end of the month=2026-11", "The CEO stepped down at the end of the month."},
      // a day that dates only a saying is no anchor for the story's clock times; a day of the story is
      {"Wednesday=2026-11-18|Thursday=2026-11-19|11:42 p.m.=2026-11-18T23:42",
          "A quake struck late on Wednesday, the agency said on Thursday. The quake hit at 11:42 p.m."},
      {"Wednesday=2026-11-18|Thursday=2026-11-19|9 a.m.=2026-11-19T09:00",
          "The quake struck on Wednesday. Rescuers arrived on Thursday. They reached the town at 9 a.m."},
      // a date in a phrase of its own between commas, told there in the past, has happened, whatever the future
      // beyond the commas or an "and" or "but"; a phrase without a past verb of its own, or with a future, still
      // looks ahead
      {"Monday=2026-11-16|Saturday=2026-11-21", "The envoy, who arrived on Monday, will meet the president on Saturday."},
      {"Tuesday=2026-11-17|next week=2026-W48", "The ban, imposed on Tuesday, is expected to be lifted next week."},
      {"July=2026-07|January=2027-01", "The law, which passed in July, takes effect in January."},
      {"Thursday=2026-11-19|March=2027-03", "Officials, who met on Thursday, will meet again in March."},
      {"Thursday=2026-11-19|next Friday=2026-11-27", "Train drivers walked out on Thursday and will strike again next Friday."},
      {"Tuesday=2026-11-17|January=2027-01", "They met on Tuesday but will meet again in January."},
      {"Monday=2026-11-23", "The envoy, who will arrive on Monday, hopes for a deal."},
      {"Tuesday=2026-11-24", "The vote, on Tuesday, will decide the matter."},
      // the day of a saying is told by the saying, not by the "would" of what was said after "that" or a subject
      {"Sunday=2026-11-15", "She told the BBC on Sunday that she would not resign.",
          "He told reporters on Sunday he would quit.", "The coach told the players on Sunday that he will stay."},
      // a weekday a source said on an earlier day something would happen is of the saying's week; told with "will",
      // it is still ahead
      {"Monday=2026-11-16|Thursday=2026-11-19", "The envoy said on Monday he would fly to Cairo on Thursday.",
          "The club said on Monday that the match was to be replayed on Thursday."},
      {"Monday=2026-11-16|Thursday=2026-11-26", "The envoy said on Monday he will fly to Cairo on Thursday."},
      {"Friday=2026-11-20|Monday=2026-11-23", "Officials said on Friday that talks would resume on Monday."},
      // ... and a weekday told in the past perfect of what was said on an earlier day lies before the saying; in the
      // simple past, or beyond a "but", it is left as publication has it
      {"Thursday=2026-11-19|Saturday=2026-11-14", "The club said on Thursday the coach had quit on Saturday."},
      {"Thursday=2026-11-19|Saturday=2026-11-21", "The club said on Thursday the coach quit on Saturday.",
          "The club said on Thursday it had no comment but on Saturday named a new coach."},
      // a range of times on weekdays runs forward, as a range of weekdays does
      {"8pm=2026-11-27T20:00|Friday=2026-11-27|6am=2026-12-01T06:00|Tuesday=2026-12-01",
          "Bus drivers will strike from 8pm on Friday until 6am on Tuesday."},
      {"Friday evening=2026-11-27TEV|Monday morning=2026-11-30TMO",
          "The line will close from Friday evening until Monday morning."},
      // ... and a range of clock times ends at the first such time after its start, over midnight if need be
      {"11pm=2026-11-21T23:00|6am=2026-11-22T06:00", "A curfew is in force between 11pm and 6am."},
      {"9am=2026-11-22T09:00|5pm=2026-11-22T17:00", "The market opens from 9am to 5pm."},
      {"10pm=2026-11-27T22:00|Friday=2026-11-27|5am=2026-11-28T05:00", "The road will close from 10pm on Friday to 5am."},
      {"10pm Friday=2026-11-27T22:00|5am Monday=2026-11-30T05:00",
          "The bridge will shut from 10pm Friday to 5am Monday."},
      // ... and its start, told with no day, is on its end's day, or the day before over midnight
      {"7am=2026-11-24T07:00|9pm=2026-11-24T21:00|Tuesday=2026-11-24", "Polling stations will stay open from 7am to 9pm on Tuesday."},
      {"10pm=2026-11-26T22:00|5am=2026-11-27T05:00|Friday=2026-11-27", "The tunnel will close between 10pm and 5am on Friday."},
      // a clock time's full stop before a capitalised "On" ends its sentence: the day after it opens the next one
      {"5 a.m.=2026-11-21T05:00|Friday=2026-11-20", "The crowd left before 5 a.m. On Friday, police arrested four men."},
      // what is likely now lies ahead; what is likely to have happened, or likely that, does not
      {"Tuesday=2026-11-24", "Sleet is likely on Tuesday in the hills.", "Delays are likely Tuesday, the operator said."},
      {"Tuesday=2026-11-17", "It is likely that the ship sank on Tuesday."},
      // a notice in force from a time lies ahead; one that has been in force since a day does not
      {"6am Sunday=2026-11-22T06:00", "A wind warning is in force from 6am Sunday."},
      {"Monday=2026-11-23", "The ban is in effect from Monday.", "Diversions are in place from Monday."},
      {"Monday=2026-11-16", "The ban has been in force since Monday."},
      // the day a date fell on lies behind
      {"Sunday=2026-11-15", "The anniversary fell on Sunday."},
      // a day and month in dots with no year, after a word that takes a day
      {"26.11.=2026-11-26", "The exam will be held on 26.11.", "Entries close by 26.11."},
      {"18.03.=2027-03-18", "The hearing was adjourned to 18.03."},
      {"", "Version 10.12. fixed the bug.", "The index rose 12.05. points.", "The score was 26.11. in the end."},
      // a "24-hour" service runs round the clock; a 24-hour strike lasts a day
      {"", "Dates use the 24-hour clock.", "The ministry runs a 24-hour hotline.", "He watches 24-hour news."},
      {"24-hour=PT24H", "Rail workers staged a 24-hour strike."},
      // a weekday told with "a" is any such day; "a Monday to Friday week" is still a range
      {"Christmas=2026-12-25", "Christmas falls on a Friday."},
      {"", "The market is held on a Sunday.", "It was a Tuesday like any other."},
      // a zone of South Asian, African, Gulf or Australian news joins its time and day, in capitals only
      {"9:40 pm PKT=2026-11-20T21:40|Friday=2026-11-20", "The flight landed at 9:40 pm PKT on Friday."},
      {"6 p.m. AEDT=2026-11-17T18:00|Tuesday=2026-11-17", "Fire crews were called at 6 p.m. AEDT on Tuesday."},
      // a bare "due to" tells a cause; "was due to" looks ahead
      {"Friday evening=2026-11-20TEV", "The airport closed on Friday evening due to fog."},
      {"Tuesday=2026-11-24", "The ship was due to dock on Tuesday."},
      // a weekday after "a" that modifies a noun is that day: "in a Saturday airstrike"
      {"Friday=2026-11-20", "Nine people were killed in a Friday airstrike."},
      {"Monday=2026-11-16", "Police gave the figure at a Monday news conference."},
      // "24-hour" before a service is round the clock; other counted units before a noun are spans
      {"three-week=P3W", "The three-week survey of the coast ended."},
      // the night, or morning, of a day of the month; a clock time on a day of the month
      {"the night of the 28th=2026-11-28TNI", "The lights will go on on the night of the 28th."},
      {"the morning of the 3rd=2026-11-03TMO", "The raid came on the morning of the 3rd."},
      {"00:00=2026-11-01T00:00|the 1st=2026-11-01", "The truce took effect at 00:00 on the 1st."},
      // a clock named by the place that keeps it joins its time and day, as "local time" does
      {"2:14 p.m. Japan time=2026-11-19T14:14|Thursday=2026-11-19", "The quake struck at 2:14 p.m. Japan time on Thursday."},
      {"10 p.m. Beijing time=2026-11-20T22:00|Friday=2026-11-20", "The ship docked at 10 p.m. Beijing time on Friday."},
      {"9 a.m. Korea standard time=2026-11-23T09:00|Monday=2026-11-23",
          "Trading in Seoul will open at 9 a.m. Korea standard time on Monday."},
      // "earlier in the week" after no date is publication's week; after a day, that day's
      {"earlier in the week=2026-W47", "Talks stalled earlier in the week, diplomats said."},
      {"earlier in the day=2026-11-21", "Two drones were downed earlier in the day, the governor said."},
      {"Tuesday=2026-11-17|later in the day=2026-11-17", "The envoy landed on Tuesday. He met the king later in the day."},
      // a day of a month counted from publication's; a day a hearing is put off to
      {"the 18th of next month=2026-12-18", "The bank will decide on the 18th of next month."},
      {"the 3rd of last month=2026-10-03", "The ban took effect on the 3rd of last month."},
      {"the 28th=2026-11-28", "The court adjourned the hearing to the 28th.", "The magistrate remanded him till the 28th.",
          "The vote was postponed to the 28th."},
      // a day counted from a holiday in a year counted from publication's
      {"the day before Thanksgiving last year=2025-11-26", "He was last seen the day before Thanksgiving last year."},
      // a court date set in the passive, put on a court's list, or one a defendant is bailed or ordered to appear on
      {"Jan. 12=2027-01-12", "Sentencing was set for Jan. 12.", "A trial date has been set for Jan. 12.",
          "The court posted the matter for hearing on Jan. 12.", "The case was listed for hearing on Jan. 12.",
          "He was bailed to appear before magistrates on Jan. 12.", "She was ordered to return to court on Jan. 12."},
      // what a plan was made for, told in the passive, or what is planned or prepared for, lies ahead
      {"early March=2027-03", "The handover was planned for early March, an official said.",
          "The referendum is scheduled for early March."},
      {"April=2027-04", "Ministers will take part in planning for the regional summit in April.",
          "Preparations for the census in April are under way."},
      {"months=PXM", "The raid was planned for months."},
      // the verb "plan", or a plan being made or prepared, with what is planned, looks ahead to its day
      {"Friday=2026-11-27", "Dockers plan a walkout on Friday.", "Nurses are planning a rally on Friday.",
          "Both parties are preparing a joint bid on Friday."},
      // ... but not the noun after a determiner or an owner, nor a plan made in the past progressive
      {"Monday=2026-11-16", "Under the plan the council approved on Monday, fares will rise.",
          "The mayor's plan the council approved on Monday drew protests.", "They were planning a rally on Monday."},
      // a day declared a holiday, and a time aimed at, lie ahead
      {"Monday=2026-11-23|Tuesday=2026-11-24", "The cabinet has declared Monday and Tuesday public holidays."},
      {"Friday=2026-11-27", "The president has declared Friday a day of national mourning."},
      // ... but a bare past may have declared the day gone by
      {"Friday=2026-11-20|Friday=2026-11-20",
          "Schools were shut on Friday after the governor declared Friday a public holiday for the election."},
      {"11:42 p.m. Monday=2026-11-23T23:42", "The agency is targeting 11:42 p.m. Monday for the launch."},
      // a holiday or a closure announced from a day starts then, still to come ... unless the clause goes on in the past
      {"five-day=P5D|Tuesday=2026-11-24", "The state has announced a five-day public holiday starting Tuesday."},
      {"Monday=2026-11-16", "The government announced a holiday from Monday, which passed quietly."},
      // Independence Day of no named country, told with a day that is some country's, is that day
      {"Independence Day=2026-11-22|tomorrow=2026-11-22", "The Independence Day parade will go ahead tomorrow."},
      {"Tomorrow=2026-11-22|Independence Day=2026-11-22", "Tomorrow's Independence Day parade was moved indoors."},
      {"Independence Day=2026-07-04|Friday=2026-11-20", "The embassy held an Independence Day party on Friday."},
      // marches or a strike called from a day are still to come
      {"Tuesday=2026-11-24|Thursday=2026-11-26", "The union has called marches from Tuesday to Thursday."},
      {"two-day=P2D|Monday=2026-11-23", "Dockers announced a two-day strike from Monday."},
      // a weekday told again in its sentence is the same day; in the next sentence it may be another
      {"Tuesday=2026-11-24|early Wednesday=2026-11-25|9 p.m. Tuesday=2026-11-24T21:00",
          "Heavy rain is expected from Tuesday into early Wednesday, forecasters said, with the worst after 9 p.m. Tuesday."},
      {"Monday=2026-11-16|Monday=2026-11-23",
          "The minister warned on Monday that the fund was \"empty.\" Trading has been suspended until Monday."},
      // "last" after a modal is the verb, even read from the date back
      {"six weeks=P6W|mid-December=2026-12", "The firm said the repairs would last six weeks from mid-December."},
      // what one awaits, a session markets are set for, a wedding prepared for, a report due on a day lie ahead
      {"Thursday=2026-11-19|Jan. 8=2027-01-08", "A judge on Thursday denied bail to the man, who awaits sentencing on Jan. 8."},
      {"Monday=2026-11-23", "Asian markets were set for another rough session on Monday after a late slide in New York."},
      {"Friday=2026-11-20|Sunday=2026-11-22",
          "Crowds gathered on Friday as final preparations were made for the princess's wedding to the banker on Sunday."},
      {"Tuesday=2026-11-17|Friday=2026-11-27",
          "Payrolls firm Paylane said hiring slowed, the data showed on Tuesday, ahead of the official jobs report due on Friday."},
      {"Monday=2026-11-16", "The instalment due on Monday was missed."},
      {"tonight=2026-11-21TNI|August=2026-08", "Organisers said planning for tonight began in August."},
      // the figures of a month are of a month gone
      {"October=2026-10|Tuesday=2026-11-24", "The agency will publish October retail sales figures on Tuesday."},
      // ... as are a month's measures named by their head noun a few words on
      {"October=2026-10|Tuesday=2026-11-24", "Investors will parse October durable goods orders on Tuesday.",
          "The bureau will release the October consumer price index on Tuesday.",
          "Markets will watch the October trade deficit on Tuesday."},
      // ... but not a month that is the time of its clause, nor an event named by its month
      {"December=2026-12", "Prices will rise in December.", "Prices will rise in December on higher fuel costs."},
      // a contract's month of delivery is still to come, or the current one, whatever the clause's tense
      {"February=2027-02", "Crude for February delivery rose 2%.", "February futures slipped in thin trade."},
      {"November=2026-11", "Gold for November delivery fell $3."},
      // a past form told with a date of its own after the date tells that date's time, not this one's
      {"noon=2026-11-27T12:00|Friday=2026-11-27|1977=1977",
          "The port will pass to local control at noon on Friday under a treaty signed in 1977."},
      {"Monday=2026-11-23|March=2026-03", "The mine will reopen on Monday under a permit issued in March."},
      // money markets' "overnight" is no night
      {"", "The bank kept its overnight interest rate at 4%.", "Banks borrowed at the overnight rate."},
      // results are compared with the year before the quarter reported, not the one running
      {"third-quarter=2026-Q3|the current quarter=2026-Q4|the year-ago quarter=2025-Q3",
          "The chipmaker reported third-quarter sales and forecast growth in the current quarter. Sales rose 9% from the "
              + "year-ago quarter."},
      // what something happened ahead of is the nearest such day, before or after publication
      {"Tuesday=2026-11-17|December 9=2026-12-09",
          "Shares rose on Tuesday as investors returned ahead of the telecom group's results on December 9."},
      // what is expected then, forecast from a day, or a warning's weather from a day, lies ahead
      {"this year=2026|January=2027-01|March=2027-03",
          "The agency said floods had been worse this year, with the next peak expected between January and March."},
      {"Tuesday=2026-11-24|Friday=2026-11-27",
          "Forecasters forecast heavy rain in Leeds, York and Hull from Tuesday to Friday, the agency said."},
      {"Monday night=2026-11-23TNI",
          "The weather service warned of gales and heavy rain over the northern coast from Monday night, officials said."},
      // a clause whose past is only its saying takes the future further back; tickets going on sale look ahead
      {"March 14=2027-03-14|10am=2026-11-23T10:00|Monday=2026-11-23", "The national side will open its campaign "
          + "against the champions in Cardiff on March 14, the union announced, with tickets going on sale at 10am on Monday."},
      // "would" before a day's event looks ahead; before a day's ruling it names what was decided
      {"Friday=2026-11-20|Tuesday=2026-11-24",
          "Organisers said on Friday that 3,000 dancers would take part in Tuesday's parade."},
      {"Wednesday=2026-11-18", "Relatives said they would look for ways to get around Wednesday's ruling."},
      // the end of a compound is no past verb: "worst-hit"
      {"Thursday=2026-11-26|Friday=2026-11-27",
          "The envoy will fly to the capital for talks on Thursday and then tour the worst-hit areas on Friday."},
      // a court's date set with a long object; a bare day set for an arraignment
      {"Tuesday=2026-11-17|March 2=2027-03-02", "A judge on Tuesday set jury selection in the fraud trial of a former "
          + "exchange operator's chief executive for March 2."},
      {"Wednesday=2026-11-18|the 26th=2026-11-26", "The court on Wednesday ordered their arrest and set their "
          + "arraignment for the 26th."},
      // a season over is not told ahead
      {"this spring=2027-SP", "The minister promised the reservoirs would not run dry this spring."},
      // a fixture joined after a comma and "and" looks ahead; what traders look ahead to, too
      {"Friday=2026-11-20|Tuesday night=2026-11-24TNI",
          "The club went top after beating their rivals 2-0 on Friday, and face the champions on Tuesday night."},
      {"Thursday=2026-11-26", "Futures were flat, with traders looking ahead to Thursday's inflation report."},
      // Thanksgiving on a Monday, or told with a Canadian people, is Canada's; Mother's Day with a British one, Britain's
      {"Friday=2026-10-09|Thanksgiving Monday=2026-10-12", "Police said 11 people died between Friday and Thanksgiving Monday."},
      {"Thanksgiving=2026-10-12", "Canadian grocers said turkey sales for Thanksgiving were down 6%.",
          "Ontarians jammed the highways for Thanksgiving.", "Quebecers said Thanksgiving sales were down."},
      {"Mother's Day=2027-03-07", "British florists expect Mother's Day to lift sales."},
      // a weekday a market is closed on for a holiday is the holiday's
      {"Thursday=2026-11-26|Thanksgiving=2026-11-26", "Wall Street will be closed on Thursday for Thanksgiving."},
      // a series that moves on, figures published, rain likely: a timetable's present looks ahead
      {"Monday=2026-11-23|Wednesday=2026-11-25", "Game 2 is on Monday, and the series shifts to Denver on Wednesday."},
      {"Friday=2026-11-27", "Flash inflation figures are published on Friday."},
      {"Tuesday=2026-11-24", "Forecasters said more rain was likely on Tuesday."},
      // what someone comes fresh from is gone by
      {"Tuesday=2026-11-17|tonight=2026-11-21TNI",
          "The senator, fresh from her victory in Tuesday's primary, debates her rival tonight."},
      // a car's model year is no date; a year's recall is
      {"", "Police said a 1998 Ford Escort was found burned out.", "His 2004 Honda Civic was towed."},
      {"2012=2012", "The 2012 Toyota recall hit sales."},
      // an age is no deed; a past form after a determiner and a modifier is an adjective or a noun
      {"January=2027-01", "The ministry will begin vaccinating people aged 15 to 59 in January with a single-dose shot."},
      {"Sunday=2026-11-22", "Voters will elect a new mayor on Sunday after a final televised debate."},
      // what is possible, unlikely or a must on a day lies ahead; weather warned of in numbered places too
      {"Tuesday afternoon=2026-11-24TAF", "Severe storms are possible across the north on Tuesday afternoon."},
      {"December=2026-12", "Diplomats said a deal was unlikely before December."},
      {"Wednesday=2026-11-25", "The champions must beat the leaders on Wednesday to stay in contention."},
      {"Monday=2026-11-23|Thursday=2026-11-26",
          "The agency has warned of heavy rain and flash floods in 32 provinces from Monday to Thursday."},
      {"the coming hours=FUTURE_REF", "Aftershocks were possible in the coming hours."},
      // the month of another calendar is no month of ours
      {"", "The crescent marking the start of the month of Shawwal will be hard to see."},
      // an American zone by its bare name, capitalised
      {"8 p.m. Eastern=2026-11-21T20:00", "Polls close at 8 p.m. Eastern."},
      {"5 p.m.=2026-11-20T17:00|Friday=2026-11-20", "The storm hit at 5 p.m. central Illinois time on Friday."},
      // a holiday and its date told together are one mention, each checked against the other
      {"Labor Day, Sept. 7=2026-09-07", "Campuses were closed on Labor Day, Sept. 7."},
      // a weekday told ahead may be another than one gone by in the same sentence
      {"Sunday=2026-11-15|1 p.m. Sunday=2026-11-22T13:00",
          "The Giants, who dropped to 2-7 with a 24-10 defeat in Chicago on Sunday, host the Packers at 1 p.m. Sunday."},
      // "a day later" after a month, with the day a source spoke on after it, counts from that day
      {"October=2026-10|Wednesday=2026-11-18|A day later=2026-11-19",
          "Inflation eased in October, the statistics office said on Wednesday. A day later the bank held rates."},
      // bare days of the month after a month told in their sentence are that month's
      {"January=2027-01|the 14th=2027-01-14|the 29th=2027-01-29",
          "The state will hold its election in January, with nomination day on the 14th and polling on the 29th."},
      // a holiday in the year a sentence opens with
      {"2024=2024|Palm Sunday=2024-03-24", "In 2024, rain forced the brotherhoods to cancel processions on Palm Sunday."},
      // a fixture moved from one day to another, both ahead
      {"Wednesday=2026-11-18|Dec. 3=2026-12-03|Jan. 14=2027-01-14",
          "A judge on Wednesday postponed the sentencing, moving the hearing from Dec. 3 to Jan. 14."},
      // what should happen, and what one expects to do, lie ahead
      {"the weekend=2026-W47-WE", "Forecasters said the weather should stay calm through the weekend."},
      {"the spring=2027-SP", "Police are questioning two men and expect to decide on charges in the spring."},
      // a quarter or a half told ahead as when something happens is the one running or to come
      {"the first quarter=2027-Q1", "The company expects maintenance to trim output in the first quarter."},
      // since the start of the year is up to now, whatever day was told before
      {"Oct. 9, 2007=2007-10-09|the start of the year=2026",
          "The index passed the peak it reached on Oct. 9, 2007. It has gained 9 percent since the start of the year."},
      // a report due on a day, told after a comma
      {"October=2026-10|Friday=2026-11-27", "Investors await the October jobs report, due on Friday."},
      // the figure left behind in "to A from B in <month>"
      {"October=2026-10", "The bank cut its growth forecast to zero from 0.8 percent in October."},
      {"December=2026-12", "Prices will rise to 5% from 3% in December."},
      // a review's counter-examples: what a clause tells in the past, a lead ahead of a rival, a list of days, a
      // sponsor's year, a month gone by before the day of the month, figures lower than expected
      {"Sunday=2026-11-15", "The launch was scheduled for Sunday but was scrubbed."},
      {"March=2026-03", "Preparations for the vote in March were chaotic, observers said."},
      {"Sunday=2026-11-15", "Passengers who were awaiting flights on Sunday slept in the terminal."},
      {"May=2026-05", "The club finished two points ahead of its rival in May."},
      {"Christmas Day=2026-12-25|Dec. 26=2026-12-26|Jan. 1=2027-01-01",
          "Offices will be closed on Christmas Day, Dec. 26 and Jan. 1."},
      {"2018=2018", "Crowds greeted the crews of the 2018 Volvo Ocean Race."},
      {"January=2026-01|the 14th=2026-12-14", "The trial, which began in January, resumes on the 14th."},
      {"May=2026-05", "Inflation came in lower than expected in May, the office said."},
      {"Friday morning=2026-11-20TMO", "The concerts sold out within minutes of tickets going on sale on Friday morning."},
      {"Sunday=2026-11-22", "Fresh off a win over their rivals the Gunners host Spurs on Sunday."},
      // two days in a row told as a list are in one week
      {"Saturday=2026-11-14|Sunday=2026-11-15", "Crowds marched on Saturday and Sunday, organisers said."},
      {"Saturday=2026-11-21|Sunday=2026-11-22", "Crowds will march on Saturday and Sunday, organisers said."},
      {"Friday=2026-11-13|Saturday=2026-11-14|Sunday=2026-11-15", "Talks were held on Friday, Saturday and Sunday."},
      // ... but a court date missed is gone by
      {"Monday=2026-11-16", "He failed to appear in court on Monday."},
      // "early in the week" and "late in the year" as "earlier in the week"; "late in the day" is as often a saying
      {"Early in the week=2026-W47", "Early in the week, the army pulled back from two villages."},
      {"late in the year=2026", "The plant will reopen late in the year."},
      {"", "It is late in the day to change course.", "It is too late in the year to plant."},
      // a bare day of the month before a bracket
      {"the 25th=2026-11-25", "The talks will take place in Tokyo on the 25th (local time)."},
      // a span closed up before "long"
      {"weeklong=P1W", "The jury convicted him after a weeklong trial."},
      {"monthlong=P1M|Friday=2026-11-20", "The monthlong strike ended on Friday."},
      // a range of days with "to" before the place it is held at; a count after it is none
      {"Nov. 24=2026-11-24|26=2026-11-26", "The forum will be held from Nov. 24 to 26 in Beijing.",
          "The fair runs Nov. 24 to 26 at the Excel centre."},
      {"Nov. 24=2025-11-24", "The toll rose on Nov. 24 to 26 people."},
      // a capitalised count of years before "Plan" names a plan, as before "War"
      {"", "The 15th Five-Year Plan sets new targets."},
      {"five-year=P5Y", "The ministry unveiled a five-year plan for the railways."},
      // a count of things each unit is a rate, no span; "a week ago" after one is still a date
      {"", "The charity feeds 5,000 families a year.", "The carrier adds 40 flights a week.",
          "The clinic sees 300 patients a day.", "The court will hear the case after the winter vacation."},
      {"a week ago=2026-W46", "The fighting killed 20 civilians a week ago."},
      {"a day=P1D", "Gunmen killed 12 prisoners a day after their release."},
      // "last" or "since" of another phrase, past a comma, does not date a day told ahead
      {"last week=2026-W46|Monday=2026-11-23", "The trial, which began last week, resumes Monday.",
          "The hearing, which opened last week, will continue Monday."},
      {"Monday=2026-11-16", "Talks have stalled since Monday."},
      // a day a court fixes for a hearing or a sentence, told as the verb's object
      {"Feb. 12=2027-02-12", "The court fixed Feb. 12 for the next hearing.", "The judge set Feb. 12 as the trial date."},
      {"Feb. 12=2026-02-12", "The court fixed Feb. 12 as a holiday."},
      // the weekday told with a clock time before a bracket that gives it again in another zone
      {"11 p.m. local time Wednesday=2026-11-18T23:00", "The blast came at 11 p.m. local time Wednesday (4 p.m. ET)."},
      // a clock time of the small hours told after a night is the next day's; an evening hour stays on the night's day
      {"overnight=2026-11-20TNI|around 1 a.m.=2026-11-21T01:00",
          "Drones struck the port overnight, officials said. A depot caught fire at around 1 a.m."},
      {"Thursday night=2026-11-19TNI|11 p.m.=2026-11-19T23:00",
          "Shelling began on Thursday night. A shell hit the school at 11 p.m."},
      // "the previous quarter" counts from the quarter told before
      {"the July-September quarter=2026-Q3|the previous quarter=2026-Q2",
          "Output grew in the July-September quarter. In the previous quarter, it shrank."},
      // the day a source spoke on is no anchor of the story, but "the day before" with no other day counts from it
      {"Thursday=2026-11-19|the previous day=2026-11-18", "Officials said on Thursday the ferry sank the previous day."},
      {"Friday=2026-11-20|the previous evening=2026-11-19TEV",
          "Seoul said on Friday that the North had fired shells the previous evening."},
      {"Tuesday=2026-11-17|Thursday=2026-11-19|the day before=2026-11-16",
          "The envoy landed on Tuesday, officials said on Thursday. He had met the king the day before."},
      // "the fiscal year through (to) a month" is named by that month, not the current year
      {"February 2027=2027-02", "The chain expects record sales for the fiscal year through February 2027."},
      // "mid-March" and "mid-May" are months, the hyphen hiding "mid"; "the mid-march rally" in small letters is none
      {"mid-March=2027-03", "A new round of talks is due in mid-March."},
      {"mid-May=2026-05", "Talks resumed in mid-May."},
      {"", "The mid-march rally drew thousands."},
      // what is due at a time lies ahead, as what is due on a day; "due at least partly to" tells a cause
      {"around noon=2026-11-27T12:00|Friday=2026-11-27", "The bank's decision is due at around noon on Friday."},
      {"Friday=2026-11-20", "The drop is due at least partly to the strike on Friday."},
      // two bare days of the month told together; a rank is none
      {"the 8th=2026-11-08|the 9th=2026-11-09", "The envoy held talks on the 8th and returned on the 9th."},
      {"the 10th=2026-11-10|the 14th=2026-11-14", "The survey ran from the 10th to the 14th."},
      {"", "He rose from the 10th to the 4th place."},
      // a part of the day that names a thing of any day
      {"Tuesday=2026-11-17", "Clashes erupted after the evening prayers on Tuesday."},
      {"", "Trains were packed during the morning rush."},
      // a count of units with "consecutive", "straight", "full" or "whole" before its unit still lasts that long
      {"four consecutive weeks=P4W", "Mortgage rates have fallen for four consecutive weeks."},
      {"10 straight days=P10D", "The dockers stayed out for 10 straight days."},
      {"two full years=P2Y", "The tower was shut for two full years."},
      {"", "Stocks rose for three straight sessions.", "The team lost a third consecutive game."},
      // months named first and last as a period: a quarter or a half by the months spanned; others no period
      {"the July-to-September period=2026-Q3", "Sales in the July-to-September period rose 4%."},
      {"the January-June period=2026-H1", "Exports in the January-June period fell 2%."},
      {"the October to December period=2026-Q4|February=2027-02", "Profit for the October to December period is due in February."},
      // a round hundred before 2000 names its century; "the 2000s" stays a decade
      {"the late 1800s=18", "The mill was built in the late 1800s."},
      {"the 1900s=19", "The port thrived through the 1900s."},
      {"the 2000s=200", "The band peaked in the 2000s."},
      // "prior" as "previous": the year before the year told, or before publication's when none was told
      {"the prior year=2025", "Operating profit fell 4% from the prior year."},
      {"the previous year=2025", "Sales rose 3% from the previous year."},
      {"2019=2019|the prior year=2018", "In 2019 the plant made 40,000 cars, up from 30,000 the prior year."},
      {"third-quarter=2026-Q3|the prior-year period=2025-Q3", "The bank's third-quarter profit beat the prior-year period."},
      // a story told on in years moves the story's year; a comparison back ("a year earlier") does not
      {"2012=2012|Two years later=2014|that fall=2014-FA",
          "In 2012 the mill was sold. Two years later it closed, and that fall the town voted to buy it."},
      {"2019=2019|a year earlier=2018|That summer=2019-SU", "Sales rose in 2019 from a year earlier. That summer the plant grew."},
      // "the next spring" after a year told is the spring after it, as "the following spring" is
      {"2016=2016|The next spring=2017-SP", "In 2016 the plan was shelved. The next spring it was revived."},
      // "that December", "the following March": a month told from the story's year
      {"April 2018=2018-04|that December=2018-12", "Work on the bridge began in April 2018 and ended that December."},
      {"2019=2019|The following March=2020-03", "The mayor took office in 2019. The following March, the floods came."},
      {"", "Aides said that May would resign.", "The Russell 2000 rose 2%."},
      // three or six months counted from a year's start or end are its quarter or half
      {"the first three months of the year=2026-Q1", "The economy grew in the first three months of the year."},
      {"the final three months of last year=2025-Q4", "Output shrank in the final three months of last year."},
      {"the first six months of 2025=2025-H1", "Profit rose in the first six months of 2025."},
      {"the last three months=P3M", "Prices fell in the last three months."},
      // "the same period of 2024" is the period just told, in 2024
      {"the fourth quarter=2026-Q4|the same period of 2024=2024-Q4",
          "Orders rose in the fourth quarter compared with the same period of 2024."},
      // "the past" before a count of things counts them, and "quarter-over-quarter" compares: neither is a time
      {"Thursday=2026-11-19", "The index has risen in eight of the past 10 sessions, including Thursday."},
      {"", "Sales declined on a quarter-over-quarter basis.", "Sales rose on a month-on-month basis."},
      // a past verb, even of saying, keeps its own date when a future predicate is joined after it with "and"
      {"Thursday=2026-11-19|March=2027-03", "The chain reported its results on Thursday and will open ten stores in March."},
      // a holiday's year may follow its season: "over the Easter period in 2025"
      {"Easter=2025-04-20|2025=2025", "Road deaths rose over the Easter period in 2025."},
      {"Christmas=2019-12-25|2019=2019", "At Christmas of 2019 the family moved abroad."},
      // a quarter of a point or a percent is a fraction, no quarter of a year
      {"", "The central bank trimmed its rate by a quarter point.", "Shares slipped a quarter percent in early trade.",
          "Lenders raised mortgage rates by a quarter of a percentage point."},
      {"the past=PAST_REF", "The mill has left the past behind."},
      // a season "of that year" (of the following, the previous year) is told from the story's year
      {"2010=2010|the spring of that year=2010-SP", "The mill opened in 2010. In the spring of that year, the first cloth was woven."},
      {"2010=2010|the summer of the following year=2011-SU", "The mill opened in 2010. In the summer of the following year, it doubled output."},
      // "<n> years on" at a clause's end tells the story on, as "later" does; "two years on the project" lasts
      {"1995=1995|Five years on=2000", "In 1995 the band split. Five years on, they reunited."},
      {"two years=P2Y", "He spent two years on the project."},
      // a round hundred before 1600 with "s" is its century too
      {"the 1400s=14", "The castle dates from the 1400s."},
      // "couple" without "a", or without "of", still counts two
      {"the past couple of days=P2D", "Her condition has improved over the past couple of days."},
      {"the past couple years=P2Y", "The block has seen three robberies in the past couple years."},
      {"40 years=P40Y", "The couple were married for 40 years."},
      // "next year" is a date of its own, no cue that the clause's other dates lie ahead
      {"next year=2027|Tuesday=2026-11-17", "The fund cut its growth forecast for next year on Tuesday."},
      {"next quarter=2027-Q1|Wednesday=2026-11-18", "The bank raised its outlook for next quarter on Wednesday."},
      {"Next year=2027|Tuesday=2026-11-24", "Next year's budget will be unveiled on Tuesday."},
      {"Tuesday=2026-11-24", "The next meeting is on Tuesday."},
      // a phrase between commas opened by a participle of saying tells of a time gone, whatever the rest foretells
      {"May=2026-05|early next year=2027", "The merger, first announced in May, is expected to close early next year."},
      {"Tuesday=2026-11-17|December=2026-12", "The walkout, announced on Tuesday, will begin in December."},
      // ... but a participle that plans does not
      {"March=2027-03", "The summit, planned for March, will be held in Rome."},
      // half or a quarter of a long unit is told in years
      {"half a century=P50Y", "The family has made the same chair for half a century."},
      {"a quarter century=P25Y", "The shop has been in business for a quarter century."},
      {"a half-decade=P5Y", "Rents have doubled in a half-decade."},
      // "the back (front) half" of a year is its second (first) half; of a season or a bus it is none
      {"the back half of the year=2026-H2", "Shoppers pulled back in the back half of the year."},
      {"the front half of 2025=2025-H1", "Orders were strong in the front half of 2025."},
      {"", "The team collapsed in the back half of the season.", "He sat in the back half of the bus."},
      // a participle just before the date's "in" or "on" tells a thing done, whatever the sentence looks to
      {"October=2026-10|March=2027-03", "A levy drafted in October would be voted on in March.",
          "The rezoning, first floated in October, is expected to pass in March."},
      {"Monday=2026-11-16", "The tariffs imposed on Monday will hit growers hardest."},
      // ... but not a passive of the future or the present, a participle of planning, or a name
      {"March=2027-03", "The levy will be voted on in March.", "The levy, scheduled in March, faces a vote."},
      {"Tuesday=2026-11-24", "Sheikh Mohammed on Tuesday will open the port."},
      // a clause denied in the past with "until" tells when it at last happened; denied ahead, it still looks ahead
      {"Monday=2026-11-16", "Water was not restored until Monday.", "Crews didn't reach the village until Monday.",
          "It was not until Monday that the road reopened."},
      {"Monday=2026-11-23", "The road will not reopen until Monday.", "The library won't lend books until Monday."},
      // a bound "no earlier than" looks ahead, and its "earlier" dates nothing past
      {"April 3=2027-04-03", "The agency moved the flyby to no earlier than April 3."},
      {"Tuesday=2026-11-24", "Ministers said the vote would come not sooner than Tuesday."},
      // figures named by a month measure a month gone, even when still to be published
      {"October=2026-10|Tuesday=2026-11-24", "The agency will release October figures on Tuesday."},
      {"Friday=2026-11-27", "Traders await Friday's figures."},
      // a firm that "returns to profit" in a headline has reported it; a service that returns to a timetable has not
      {"the third quarter=2026-Q3", "Acme returns to profit in the third quarter"},
      {"Thursday=2026-11-26", "The ferry returns to its winter timetable on Thursday."},
      // a story of a year past goes on in that year: a day without a year in the month told or the months after
      {"March 2021=2021-03|14 March=2021-03-14|2 May=2021-05-02",
          "The mill flooded in March 2021. Workers were sent home on 14 March and the plant reopened on 2 May."},
      {"October 2019=2019-10|the night of Nov. 3=2019-11-03TNI",
          "The couple met in October 2019. They eloped on the night of Nov. 3."},
      {"June 2022=2022-06|about 3am=2022-06-09T03:00|9 June=2022-06-09",
          "The barn burned down in June 2022. The fire started at about 3am on 9 June."},
      // ... but not a day told ahead, one months later, or after a date that names a thing
      {"March 2021=2021-03|14 March=2027-03-14", "The mill flooded in March 2021. A memorial will open on 14 March."},
      {"March 2021=2021-03|2 October=2026-10-02", "The mill flooded in March 2021. The owner sold it on 2 October."},
      {"March 2021=2021-03|March 14=2026-03-14", "Critics recalled the March 2021 flood. The mill closed on March 14."},
      // what a warning covers may take a few words before its "from"
      {"6pm=2026-11-22T18:00|Sunday=2026-11-22", "Forecasters issued a yellow warning for ice on roads across the north from 6pm on Sunday."},
      // a year that opens its sentence before a comma dates the months and days told in that sentence
      {"Last year=2025|March 4=2025-03-04", "Last year, the fast began on March 4."},
      {"2018=2018|June=2018-06|Oct. 9=2018-10-09", "In 2018, the port shut in June and reopened on Oct. 9."},
      // ... but not in the next sentence, nor after a year inside the clause
      {"Last year=2025|March 4=2025-03-04|May=2026-05",
          "Last year, the fast began on March 4. The council met in May."},
      {"2018=2018|Oct. 9=2026-10-09", "The port shut in 2018, and reopened on Oct. 9."},
      // a past verb and its object before "by" tell what had happened by then
      {"Thursday morning=2026-11-19TMO", "The blizzard dumped a foot of snow on the city by Thursday morning.",
          "Crews cleared most of the wreckage by Thursday morning."},
      // ... but not an order, a plan, or a passive still to come
      {"Thursday=2026-11-26", "The mayor ordered every shelter open by Thursday.", "Residents were told to leave by Thursday.",
          "The board set a deadline for bids by Thursday.", "The work is expected to be finished by Thursday."},
      // a past verb of intent right after the date is the date's own verb; after it, it looks ahead
      {"Thursday=2026-11-19|December 3=2026-12-03", "The tribunal on Thursday agreed to hear the appeal on December 3."},
      {"Thursday=2026-11-26", "The unions threatened to strike on Thursday."},
      // "last" before "into", "until" or "through" is the verb, and dates nothing past
      {"late Tuesday=2026-11-24|Thanksgiving Day=2026-11-26",
          "Rain should begin late Tuesday and last into Thanksgiving Day."},
      {"last Thanksgiving Day=2025-11-27", "Crowds were thin last Thanksgiving Day."},
      // publication's day a year before
      {"the same day last year=2025-11-21", "Police logged 40 calls, against 31 on the same day last year."},
      {"this day last year=2025-11-21", "The river was a metre higher this day last year."},
      // a headline's "to" form tells a plan, and its present drops the article of what is signalled
      {"Tuesday=2026-11-24", "Dockers to walk out on Tuesday\nUnions said pay talks had failed.",
          "Storm Kit to reach Cornwall on Tuesday PLYMOUTH -- Forecasters issued warnings."},
      {"December=2026-12", "Central bank signals cut in December\nThe bank held rates.",
          "Regulator flags fee cap in December"},
      // ... but not a move to a level, a verb or a clause before "to", a past verb, or a sentence
      {"Tuesday=2026-11-17", "Shares climb to record on Tuesday\nThe index rose 2%.",
          "Dockers walked out to protest on Tuesday\nUnions said pay talks had failed.",
          "Dockers continue to picket on Tuesday.", "Miners, speaking to reporters on Tuesday, cheered."},
      // the 24-hour clock of a British police statement, with "hrs" closed up or apart, joins its day
      {"22:15hrs=2026-11-19T22:15|Thursday, 19 November=2026-11-19",
          "Officers were called to Mill Lane at 22:15hrs on Thursday, 19 November."},
      {"06:40 hrs=2026-11-20T06:40|Friday=2026-11-20", "Paramedics reached the flat at 06:40 hrs on Friday."},
      // a street named "Close" is no timetable's verb: the incident there lies behind
      {"Thursday=2026-11-19", "The charges relate to an incident in Bury Close on Thursday.",
          "He is accused over a fight in Elm Close on Thursday."},
      // ... while the verb still looks ahead
      {"Thursday=2026-11-26", "The libraries close on Thursday for a staff day."},
      // a long clause with no verb near its clock time is told by the verb further back: a clock time later in the
      // day than publication, told in the past, is yesterday's
      {"around 11:40 p.m.=2026-11-20T23:40",
          "Deputies answered a call about shots fired near Maple Grove Road and North Cedar Lane around 11:40 p.m."},
      // a log number is no year; the day after it still is a date
      {"19 November=2026-11-19", "Call 101 quoting log 1996 of 19 November."},
      // a day or month naming a court's sitting, told with no past verb, is still to come; told with one, it is past
      {"April=2027-04", "The April trial date leaves both sides little time.",
          "Lawyers are busy ahead of the April trial."},
      // a police appeal asks of what was seen: the day after "anyone who saw" or "anyone with footage" is behind, whatever
      // the appeal's "should" or "to contact" says
      {"Thursday=2026-11-19", "Anyone with information about the assault on Thursday should call 101.",
          "We would urge anyone who saw a grey van on Thursday to contact us.",
          "Anybody who was near the canal on Thursday is asked to get in touch."},
      {"10pm=2026-11-19T22:00|Thursday=2026-11-19|1am=2026-11-20T01:00|Friday=2026-11-20",
          "Anyone with dashcam footage from between 10pm on Thursday and 1am on Friday should call police."},
      // ... but not someone who plans ahead, nor tickets for a day to come
      {"Thursday=2026-11-26", "Anyone who was planning to travel on Thursday should check first.",
          "Anyone with tickets for Thursday's game should arrive early."},
      // a police log's day is written day first, as British and Irish forces write it, wherever the report is from
      {"02/11/26=2026-11-02", "Quote reference number 2041 of 02/11/26 when you call."},
      {"12/11/2026=2026-11-12", "Call 101 quoting log 459 of 12/11/2026."},
      {"02/11/26=2026-02-11", "The deal was signed on 02/11/26."},
      // a date of birth in brackets after an age, written with dots and a two-digit year, as British police give it
      {"14.02.95=1995-02-14", "Jon Smith, 31 (14.02.95), of Leeds, was charged with burglary."},
      {"01.12.86=1986-12-01", "A woman aged 40 (01.12.86) was bailed."},
      {"Monday=2026-11-23", "Lawyers prepare for Monday's hearing.", "A Monday hearing gives the defence a chance to argue."},
      {"February=2026-02", "The February trial ended in a hung jury."},
      {"Monday=2026-11-16", "At Monday's hearing, the judge denied bail."},
      // "year-end" before a year is the end of that year, not of publication's
      {"year-end 2024=2024", "Debt stood well above its year-end 2024 level.", "The target for year-end 2024 was missed."},
      {"year-end=2026", "Leverage should fall by year-end, the lender said."},
      // a forecast told in the past with "that": the "would" after it is the forecast's, not the date's
      {"July=2026-07", "Back in July, the treasury forecast that tax receipts would climb."},
      {"March=2026-03", "The statistics office predicted in March that exports would recover."},
      {"March=2027-03", "The central bank is forecast to cut rates in March."},
      // two months or weekdays joined by "or" or "and" share their clause's tense
      {"June=2027-06|July=2027-07", "The deal is seen closing by June or July."},
      {"September=2026-09|October=2026-10", "Output slipped in September or October, the survey showed."},
      {"January=2027-01|February=2027-02", "The vote may be held in January or February."},
      // "will" in the date's own phrase tells it ahead though a past verb follows beyond a comma
      {"Thursday=2026-11-26", "The union will ballot its members on Thursday, its leaders confirmed.",
          "The lender, which will report results on Thursday, declined to comment.",
          "Shares will be in focus on Thursday, analysts noted."},
      {"Thursday=2026-11-19", "The firm reported results on Thursday, and shares will open lower."},
      // a deadline set, given or extended lies ahead; one missed or gone by is told by its own verb
      {"March 31=2027-03-31", "The regulator set a deadline of March 31 for replies.",
          "Officials extended the filing deadline to March 31.", "The ministry gave lenders a deadline of March 31."},
      {"March 31=2026-03-31", "The lender missed a deadline of March 31.", "The deadline of March 31 passed quietly."},
      // "is due" or "are due" right before the date looks ahead; "was due" is told by the rest
      {"Thursday=2026-11-26", "Quarterly results are due Thursday.", "The rent is due Thursday, the agent said."},
      {"March 31=2027-03-31", "Offers for the unit are due March 31."},
      {"Thursday=2026-11-19", "The figures were due Thursday but slipped."},
      // a weekday in capitals heading a listing, with a colon after it: the day its entries are on, from publication
      {"THURSDAY=2026-11-26", "THURSDAY: A new detective drama begins with a double bill.",
          "The late film is a western.\nTHURSDAY: A new detective drama begins with a double bill."},
      {"SATURDAY=2026-11-21", "SATURDAY: The quiz returns with a celebrity special."},
      {"TUESDAY=2026-11-17", "The court ruled on TUESDAY that the ban stands."},
      // a grave accent typed for the apostrophe of a possessive
      {"Wednesday=2026-11-25", "Rovers are without their captain for Wednesday`s derby."},
      {"Sunday=2026-11-15", "Sunday`s derby drew a record crowd."},
      // "forecasted to" and "anticipated to" look ahead, as "forecast to" does
      {"Monday=2026-11-23", "Gusts of 60mph are forecasted to batter the ferry port on Monday.",
          "The front is anticipated to clear the coast on Monday."},
      // days, weeks or months "ago" with no number: a stretch of that unit, uncounted, as TimeML reads it
      {"days ago=PXD", "The ferry was refitted just days ago."},
      {"Months ago=PXM", "Months ago, the pier was shut for repairs."},
      // "overnight" in a forecast is the coming night; told in the past, the night gone
      {"overnight=2026-11-21TNI", "Temperatures will drop below freezing overnight.",
          "The agency is predicting sleet on the hills overnight."},
      {"Overnight=2026-11-21TNI", "Overnight, the mercury will sink to minus five."},
      {"overnight=2026-11-20TNI", "Temperatures dropped below freezing overnight.", "The Met Office said roads froze overnight.",
          "No one knows why a thief would strike a boatyard overnight.", "A party ends in a scuffle overnight."},
      // a half of a week or a weekend is that week's, no half of the year
      {"this week=2026-W47", "Frost returns for the second half of this week."},
      // days listed after a day of a month are of that month
      {"October 6=2026-10-06|13=2026-10-13|20=2026-10-20", "The ferry sailed on October 6, 13 and 20."},
      {"October 6=2026-10-06", "On October 6, 13 and 20 people were rescued."},
      // both ends of a range named by weekday and number, the month told once at the end
      {"Monday 9=2026-11-09|Friday 13 November=2026-11-13", "Roadworks ran from Monday 9 to Friday 13 November."},
      // a day named, then its number in brackets: the day of that number on that weekday
      {"Monday (23)=2026-11-23", "The ferry will not sail on Monday (23)."},
      {"Friday (20)=2026-11-20", "Schools closed on Friday (20) after the floods."},
      {"tomorrow (22)=2026-11-22", "Banks will stay shut tomorrow (22) for the festival."},
      // a weekday and its date, then the clock time: one mention
      {"Sunday, November 29=2026-11-29|3pm=2026-11-29T15:00", "Gates open on Sunday, November 29 at 3pm for the craft market."},
      // a weekday after "and" goes on from one read ahead before it, with no past verb between or after it
      {"Wednesday=2026-11-25|Thursday=2026-11-26",
          "Hail is likely on Wednesday and a milder spell taking hold on Thursday."},
      {"Wednesday=2026-11-25|Thursday=2026-11-19",
          "The vote is set for Wednesday and the debate ended on Thursday."},
      // a range whose ends are both told by weekdays spans less than a week; told ahead, its start is in the end's week
      {"8pm=2026-11-23T20:00|Monday=2026-11-23|7am=2026-11-24T07:00|Tuesday=2026-11-24",
          "Gritters are on standby, with ice likely from dusk at 8pm on Monday till 7am on Tuesday."},
      // a result that sets up a fixture looks ahead to it
      {"Wednesday=2026-11-25", "The draw sets up a decider at Hampden on Wednesday.",
          "Extra time sets up a rematch with Rovers on Wednesday."},
      // a season "in" a year is that year's
      {"autumn in 1926=1926-FA", "The pier was rebuilt during autumn in 1926."},
      // a part of the day then "on" and a day is that day's part
      {"mid-afternoon on Thursday=2026-11-19TAF", "The bridge was closed mid-afternoon on Thursday."},
      {"afternoon on November 3=2026-11-03TAF", "The bridge was closed in the afternoon on November 3."},
      {"this afternoon=2026-11-21TAF|Tuesday=2026-11-17", "She returned this afternoon on a flight booked Tuesday."},
      {"Wednesday mid-morning=2026-11-18TMO", "The dam was breached on Wednesday mid-morning, officials said."},
      // "mid-" before a part of the day that goes on the sentence is publication's day
      {"mid-morning=2026-11-21TMO", "Shops shut mid-morning as the gale rose.", "By mid-morning, the square was full."},
      // a year before 1600 right after "in", "since" or "until" where its phrase ends
      {"1399=1399", "No monarch had been deposed since 1399."},
      {"1132=1132|1540=1540", "The priory was founded in 1132, and dissolved in 1540."},
      // "since" before publication's own weekday is that weekday a week before
      {"Saturday=2026-11-14", "Since Saturday, 40 homes have burned.", "The death toll has doubled since Saturday."},
      {"Friday=2026-11-20", "Since Friday, 40 homes have burned."},
      // "By <day>," opening a clause told in the past is where the story stood that day; told ahead, a deadline
      {"Monday evening=2026-11-16TEV", "By Monday evening, the river was two metres above normal."},
      {"late Thursday=2026-11-19", "By late Thursday the blaze was contained."},
      {"Wednesday=2026-11-25", "By Wednesday, the bridge will reopen.", "By Wednesday, every school must submit its plan."},
      // a month or a day without a year before "that year", "the following year": the year of the story's last date
      {"2017=2017|May of that year=2017-05", "The bridge was finished in 2017. Cracks appeared in May of that year."},
      {"June 2, 2012=2012-06-02|March the following year=2013-03",
          "The bishop was installed on June 2, 2012, and resigned in March the following year."},
      {"the spring of 1968=1968-SP|October 9 that year=1968-10-09",
          "The strike began in the spring of 1968 and ended on October 9 that year."},
      // ... and with no year told before, it stays unresolved
      {"May that year=XXXX-XX", "The ferry sank in May that year."},
      // a count in capitals keeps its span where a sentence opens, or in a headline in capitals
      {"Three Days=P3D", "Storm Rages For Three Days Across Coast"},
      {"Two Weeks=P2W", "Two Weeks of talks ended without a deal."},
      // "today" and "tomorrow" in a quote opened after the day its speaker spoke on count from that day
      {"Sunday=2026-11-15|today=2026-11-15|tomorrow=2026-11-16", "The mayor said Sunday: \"We will meet today, and again tomorrow.\""},
      // ... not a quote in a later sentence that another speaker, on another day, is told to have said
      {"Sunday=2026-11-15|tomorrow=2026-11-22|Tuesday=2026-11-17", "The mayor said Sunday that roads were closed. \"We will "
          + "reopen them tomorrow,\" a police spokesman said Tuesday."},
      // a title-case headline keeps its span of time; "the next day" counts from no day years before the month told since
      {"Three Days=P3D", "Flood Warnings Stay in Place with Three Days of Rain Ahead"},
      {"March 3, 1998=1998-03-03|April 2026=2026-04|The next day=XXXX-XX-XX", "The firm was founded on March 3, 1998. In "
          + "April 2026 it announced a merger. The next day, shares fell."},
      // "mid-morning" that goes on the sentence is the day's; "By Friday," with what was due then is still a deadline
      {"mid-morning=2026-11-21TMO", "Protesters gathered mid-morning outside the ministry."},
      // a season in "that year" with no year told before stays unresolved, as a season
      {"the summer that year=XXXX-SU", "It rained hard in the summer that year."},
      {"Friday=2026-11-27", "By Friday, the ceasefire was to take effect."},
      {"Friday evening=2026-11-20TEV", "By Friday evening, she was walking and was expected to be sent home."},
      {"Sunday=2026-11-15|tomorrow=2026-11-16", "The mayor said Sunday: \"We will meet them tomorrow.\""},
      {"Thursday=2026-11-19|tomorrow=2026-11-20",
          "The union said on Thursday that talks had stalled. \u201cWe walk out tomorrow,\u201d its leader added."},
      {"Tuesday=2026-11-17|Today=2026-11-17", "The coach said on Tuesday the squad was fit. \"Today was a good session,\" he added."},
      // ... but not a quote told before its speaker's day, nor words outside any quote
      {"tomorrow=2026-11-22|Thursday=2026-11-19", "\"We meet tomorrow,\" the mayor said on Thursday."},
      {"Thursday=2026-11-19|tomorrow=2026-11-22", "Police said Thursday a man was held. He appears in court tomorrow."},
      // a weekend named after a holiday is the weekend beside it, the one before a Monday holiday
      {"Easter holiday weekend=2026-W14-WE", "Ferries were full over the Easter holiday weekend."},
      {"Memorial Day weekend=2026-W21-WE", "Three people drowned over the Memorial Day weekend."},
      {"the Fourth of July weekend=2026-W27-WE", "Fireworks injured nine on the Fourth of July weekend."},
      {"Labor Day long weekend=2026-W36-WE", "Beaches stayed busy through the Labor Day long weekend."},
      {"Christmas Day=2025-12-25|The weekend=2026-W47-WE", "A fire broke out on Christmas Day. The weekend was quiet."},
      // "the next day" counts from the last day told, past a month or a year told as background since
      {"Monday=2026-11-23|March last year=2025-03|the following day=2026-11-24",
          "The envoy will land in Oslo on Monday, after a first trip there in March last year. She flies to Riga the following day."},
      {"June 4=2026-06-04|2019=2019|Two days later=2026-06-06",
          "The mill flooded on June 4. Its owners had rebuilt it in 2019. Two days later, the dam burst."},
      {"Friday=2026-11-20|the 1980s=198|the next day=2026-11-21",
          "Troops left the base on Friday, the army said. It was built in the 1980s. A second convoy followed the next day."},
      // a forecast's words with no verb, "expected" with no "be", and "through" a weekday with no past verb look
      // ahead; the same told in the past looks back
      {"Monday=2026-11-23", "Mostly cloudy on Monday, lows near 30 degrees.",
          "Mostly sunny Monday with a chance of showers late."},
      {"Monday=2026-11-16", "Monday was mostly cloudy, with lows near 30 degrees."},
      {"Sunday=2026-11-22", "Heavy rain expected on Sunday across the valley."},
      {"Sunday=2026-11-15", "Heavy rain was expected on Sunday but never came.", "The storm struck as expected on Sunday."},
      {"Thursday=2026-11-26", "Cooler weather through Thursday, then a thaw."},
      {"Thursday=2026-11-19", "The shelter stayed open through Thursday."},
      // a title named after "called" is no past verb; a strike called is
      {"Friday=2026-11-27", "The library hosts a reading night called 'Quiet Pages' on Friday."},
      {"Friday=2026-11-20", "The union called a strike on Friday."},
      {"Friday=2026-11-27|the following evening=2026-11-28TEV",
          "The library hosts a quiz on Friday, and a film night the following evening."},
      // what is supposed to happen, or has been arranged, lies ahead; what was supposed to happen does not
      {"Friday=2026-11-27", "The wind is supposed to drop on Friday."},
      {"Friday=2026-11-20", "The wind was supposed to drop on Friday."},
      {"Wednesday=2026-11-25", "A meeting on Wednesday has been arranged by the two mayors."},
      // a date in brackets after its weekday or "today" is a mention of its own
      {"Thursday=2026-11-19|November 19=2026-11-19", "The firm filed its report on Thursday (November 19)."},
      {"today=2026-11-21|21 November=2026-11-21", "The figures published today (21 November) show a rise."},
      // a clock time told again in GMT in brackets is a mention of its own, on the other zone's day
      {"10:35 p.m. local time=2026-11-20T22:35|Friday=2026-11-20|0335 GMT=2026-11-21T03:35",
          "The blast struck the depot at 10:35 p.m. local time on Friday (0335 GMT)."},
      {"9:40 pm=2026-11-20T21:40|1340 GMT=2026-11-20T13:40", "The quake struck at 9:40 pm (1340 GMT) off the coast."},
      // "[local time]" between a clock time and its day joins them as "local time" does
      {"around 3 am=2026-11-20T03:00|Friday=2026-11-20|1700 GMT on Thursday=2026-11-19T17:00",
          "The mudslide hit around 3 am [local time] on Friday (1700 GMT on Thursday), when most people were asleep."},
      // "this day" so many years ago is a day, not a year
      {"this day six years ago=2020-11-21", "Bells rang out on this day six years ago."},
      // a dateline weeks before publication, closed by a colon or a dash, dates the weekdays after it
      {"Nov. 2=2026-11-02|Sunday night=2026-11-01TNI|Monday=2026-11-02",
          "KOHIMA, Nov. 2: A ferry sank on Sunday night and divers found the wreck on Monday.",
          "KOHIMA, Nov. 2 - A ferry sank on Sunday night and divers found the wreck on Monday."},
      // a warning that has been issued names the days it covers; one that was issued on a day dates the issuing
      {"Monday=2026-11-23|Tuesday=2026-11-24", "Flood alerts have been issued for the river valley on Monday and Tuesday."},
      {"Monday=2026-11-16", "An amber warning was issued on Monday."},
      // the new year begun, told in the past, is publication's year; told in the present it is left alone
      {"the new year=2026", "Pupils began the new year in temporary classrooms."},
      {"The new year=2026", "The new year had begun when the power failed."},
      // a date that names a disaster is behind publication, whatever the clause's tense
      {"February 9=2026-02-09", "Two people remain missing from the February 9 flood disaster."},
      {"Feb. 5=2026-02-05", "Crews are still clearing debris from the Feb. 5 landslide."},
      // the first of a pair of days reads its verb as far off as the second does
      {"Wednesday=2026-11-25|Thursday=2026-11-26", "Talks on Wednesday and Thursday have been scheduled by the two mayors."},
      {"Wednesday=2026-11-18|Thursday=2026-11-19", "Protesters marched on Wednesday and Thursday, police said."},
      {"the fall=2026-FA", "The school will reopen in the fall.", "Talks resume during the fall."},
      // a month after a past year told in its sentence is that year's; told ahead, or in the next sentence, it is not
      {"2019=2019|March=2019-03|November=2019-11",
          "Floods were worse in 2019, with rivers bursting their banks in March and November."},
      {"2019=2019|March=2027-03", "The law passed in 2019 takes effect in March."},
      {"2019=2019|March=2026-03", "Sales fell in 2019. In March, the firm cut jobs."},
  };

  /** A report published just after midnight on New Year's Day in Kyiv: relative dates are told in its zone. */
  private static final ZonedDateTime NEW_YEAR = ZonedDateTime.parse("2027-01-01T00:30+02:00[Europe/Kyiv]");

  /** Expected mentions, then sentences, at {@link #NEW_YEAR}. */
  private static final String[][] NEW_YEAR_CORPUS = {
      // a month told ahead on its first day is this one
      {"January=2027-01", "The plant will reopen in January."},
      // "this" and a holiday told as past is the one just gone, told ahead the coming one
      {"this New Year's Eve=2026-12-31", "Crews answered fewer calls this New Year's Eve."},
      {"this Christmas=2027-12-25", "The market will stay shut this Christmas."},
      // "this" and a season told ahead is the one to come, told as past the one gone; in winter, winter is this one
      {"this summer=2027-SU", "The festival will return this summer.", "The Games will be held this summer."},
      {"this summer=2026-SU", "The drought this summer was the worst on record."},
      {"this winter=2026-WI", "Heating bills have soared this winter."},
      // near one, the nearest whatever the tense
      {"this winter=2026-WI", "She had hoped to travel this winter."},
      {"yesterday=2026-12-31", "The shelling began yesterday."},
      {"last year=2026", "Exports fell last year."},
      {"this month=2027-01", "Prices will rise this month."},
      {"this year=2027", "Elections are due this year."},
      {"last month=2026-12", "The truce collapsed last month."},
      {"today=2027-01-01", "The law takes effect today."},
      {"Thursday=2026-12-31", "The blast hit on Thursday."},
      {"December 30=2026-12-30", "The plant closed on December 30."},
      {"midnight=2027-01-01T00:00", "Fireworks went off at midnight."},
      {"11 p.m.=2026-12-31T23:00", "The blast was heard at 11 p.m."},
      {"Christmas Day=2026-12-25|10 p.m.=2027-01-01T22:00",
          "On Christmas Day, a blast hit the market. The curfew will start at 10 p.m."},
      {"the night of Dec. 30=2026-12-30TNI", "The storm hit on the night of Dec. 30."},
      // in January "the new year" is the year just begun
      {"the new year=2027", "The ferry service resumes in the new year.", "Its first sitting in the new year was brief."},
  };

  private static final String[] NEGATIVE = {
      // "the fall" with no preposition of time before it is a drop or a tumble, no season
      "The fall in prices worried traders.", "The toddler recovered from the fall.",
      // a holiday's revelers, and what is related to it, name no day
      "Police warned New Year's revelers to stay off the frozen lake.", "Shops reported brisk Diwali- related sales.",
      "Crowds gathered for Christmas-related events.",
      "Markets are calm as the new year begins.",
      // a telephone number's first group is no year; a share priced at present value, and quarterly results, no time
      "Call the hotline on 1800-425-1515 for help.", "Drivers can ring 1890 33 1890 for updates.",
      "The helpline, 0800 2020 4545, is free.", "The car bore registration number MH-12-KT-2026.", "The bonds were booked at present value.",
      "The bank posted quarterly results.",
      // a four-digit time on the 24-hour clock is no year before 1600
      "The curfew lasts until 1500.", "The curfew runs from 0900 until 1400.",
      "The toll stood at 1,100 until 1300, when rescuers arrived.",
      // "this time" tells an occasion; "at this time of year" a season of every year
      "This time a man in his sixties was targeted.", "The roads are busy at this time of year.",
      "The last afternoon of the fair was quiet.", "She sang for one last evening.",
      // ages with the plural or a space are no durations
      "Two 14-year-olds were hurt.", "Her 12-year old brother was at home.",
      // a newspaper called a daily, a measure per day, a programme's title
      "The party daily Pravda printed the speech.", "Average daily volume was 133 million shares.",
      "The minister appeared on the programme \"This Week\" to defend the plan.",
      "Crowds marked the Bengali New Year with a parade.",
      // a greeting, or a thing of the season, is no New Year's Day
      "He wished the fans a Happy New Year.", "She was named in the New Year honours.",
      "1:12 Eat Well on a Budget",
      "Monday.com shares rose 5% in early trading.",
      "The new year brought little relief.",
      "She was the first of many to leave.",
      // an ordinal day that counts something else is no date
      "He bogeyed on the 15th hole.", "Fans gathered on the 10th anniversary of the fire.",
      "The H1N1 strain spread through the camp.", "She applied for an H1 visa.",
      "Marchers remembered Bloody Sunday.", "Candidates courted voters ahead of Super Tuesday.",
      "37 were wounded", "British Storm Shadow missiles", "they won 3-1", "call 555-1234",
      "the midnight oil burned", "The now-defunct league folded its teams.", "A strong current near the pier swept him away.",
      "The firm earns $2 million a year.", "Call 0800 555-0199 for help",
      "It cost 5-10 dollars", "shots were fired in the 1800 block of Elm Street", "the 2000 Block of Main Avenue",
      "He was sentenced under Section 1983 of the code.", "Route 1776 was closed.", "Flight 2026 landed safely.",
      "Rescuers reached flight 2025 at dawn.",
      "The closure has cost $2bn a week.", "The levy raises £30m a year.", "The vigil went on through the night.",
      "The early morning raid killed five.", "Early Morning Shooting Leaves One Hurt", "The index rose 3.15 points to 23.50.", "She logged 1500 hrs of flying.", "Build 1.12.2026.4 shipped.",
      "officers went to 1629 South Fulton St.", "a shooting scene at 1600 w elm st", "the house at 1717 Harbor Avenue North",
      // a count of capitalised units before "War" names a war, not a span
      "The Seven Years' War reshaped the map.", "Historians revisit the Hundred Years War.",
      "The Thirty Years\u2019 War devastated the region.", "Veterans of the Six-Day War gathered.",
      // "mid-" before a part of the day that describes a noun names a thing of any day, as "early morning raid" does
      "Agents seized the cash in a mid-morning swoop.", "The mid-afternoon sun scorched the crowd.",
      // a number under 1600 after "in" that counts something, or with no preposition of time, is no year
      "Power failed in 1200 homes.", "The toll rose to 1500.", "Crews laid 1450 metres of pipe.",
      // ... and a count in capitals inside a line of prose names a film or a book
      "She won praise for Two Weeks in Rome.", "His memoir, Ten Years Gone, sold well.",
      // a season that names a thing, and the numbers of roads, guns, missions and diseases
      "Students returned after the fall break.", "The spring collection sold out.", "The team climbed to the 5th.",
      "A 9mm pistol was found in the glovebox.", "Apollo 11 relics went under the hammer.",
      "Cases of COVID-19 rose in the county.", "A crash shut Highway 401 near Toronto.", "Interstate 95 reopened.",
      "Ministers met at the G20.", "The Tigers won the final 1-0.",
      // a holiday's name in lower case is no holiday: "election day" is any country's
      "Violence marred election day in the province.", "The school held a culture day.",
      // a season that names a sitting, a weekday that names a routine
      "The winter session of Parliament was stormy.", "Trains will run a Sunday timetable.",
      "The buses ran a Saturday service.", "Druids gathered for the summer solstice.",
      "The talk show moved to a Saturday slot.", "Nurses refused a Sunday shift.",
      // a quarter of a change is a share, a number joined to "series" or "class" a model's
      "Coral cover fell by a quarter.", "Fares went up a quarter.", "The 2020-series trains were refitted.",
      "A 1600-class locomotive was restored.",
      // a year in quotes is a title
      "The band released \"1999\" as a single.", "The film \u201c2012\u201d was a hit.",
      // a batsman's hundred is no span of time
      "The opener scored a century.", "She hit a century off 90 balls.",
      // an age written without its second hyphen, a case's reference, hours counted
      "A 19-year old woman was arrested.", "Call 101 quoting reference number 2041.", "The shift lasted 12 hrs.",
      // dotted numbers in brackets with no age before them number builds and scores
      "Version (12.11.26) shipped.", "Firmware 2 (12.11.26) shipped.",
  };

  /** Sentences the rules get wrong today, with the wrong mentions they give; each must still be wrong. */
  private static final String[][] KNOWN_FAILURES = {
      // the day a date falls on lies ahead, but "falls on" also heads market reports told in the present of a day
      // gone ("Gold falls on Monday as the dollar firms"), so it is not read as a cue ahead
      {"Sunday=2026-11-22", "The anniversary falls on Sunday."},
  };

  @TestFactory
  Stream<DynamicTest> corpus() {
    return Stream.of(CORPUS).flatMap(row -> Stream.of(row).skip(1).map(sentence -> dynamicTest(
        row[0] + " <- \"" + sentence + "\"", () -> assertEquals(row[0], mentions(sentence, SATURDAY)))));
  }

  @TestFactory
  Stream<DynamicTest> newYear() {
    return Stream.of(NEW_YEAR_CORPUS).flatMap(row -> Stream.of(row).skip(1).map(sentence -> dynamicTest(
        row[0] + " <- \"" + sentence + "\" at " + NEW_YEAR, () -> assertEquals(row[0], mentions(sentence, NEW_YEAR)))));
  }

  @TestFactory
  Stream<DynamicTest> negatives() {
    return Stream.of(NEGATIVE).map(phrase -> dynamicTest("no date in \"" + phrase + "\"",
        () -> assertEquals("", mentions(phrase, SATURDAY))));
  }

  @TestFactory
  Stream<DynamicTest> knownFailures() {
    return Stream.of(KNOWN_FAILURES).map(row -> dynamicTest("still wrong: \"" + row[1] + "\"",
        () -> assertNotEquals(row[0], mentions(row[1], SATURDAY), "fixed? move \"" + row[1] + "\" to the corpus")));
  }

  @Test
  void theLatePartOfThePublicationsWeekdayFiledThatMorningIsAWeekBack() {
    ZonedDateTime sundayMorning = ZonedDateTime.parse("2026-11-22T08:30+01:00[Europe/Paris]");
    assertEquals("Sunday=2026-11-15", mentions("The fire that broke out late on Sunday gutted the mill.", sundayMorning));
    assertEquals("Sunday night=2026-11-15TNI",
        mentions("Looters raided the depot on Sunday night, police said.", sundayMorning));
    assertEquals("Sunday=2026-11-22", mentions("Looters raided the depot on Sunday, police said.", sundayMorning));
    assertEquals("Sunday night=2026-11-22TNI", mentions("Looters raided the depot on Sunday night, police said.",
        ZonedDateTime.parse("2026-11-22T23:30+01:00[Europe/Paris]")));
  }

  @Test
  void sinceThePublicationsWeekdayKeepsTheDayWhenThePublicationHasNoHour() {
    String sentence = "Since Saturday, 40 homes have burned.";
    assertEquals("Saturday=2026-11-21", mentions(sentence, ZonedDateTime.parse("2026-11-21T00:00Z[UTC]")));
    assertEquals("Saturday=2026-11-14", mentions(sentence, ZonedDateTime.parse("2026-11-21T12:00Z[UTC]")));
  }

  @Test
  void saysTellsOfThePastAsSaidDoes() {
    ZonedDateTime october = ZonedDateTime.parse("2026-10-14T12:00Z[UTC]");
    assertEquals("January=2026-01", mentions("The ministry says the January floods are the worst on record.", october));
    assertEquals("February=2026-02", mentions("The mayor says the damage from the storm in February runs to millions.",
        october));
  }

  @Test
  void aPastClockTimeOnPublicationsWeekdayNotYetReachedAnywhereIsAWeekBefore() {
    // filed at 09:00 on Saturday in Athens: 11 p.m. Saturday has come nowhere yet, 6 a.m. has
    ZonedDateTime saturdayMorning = ZonedDateTime.parse("2026-11-21T09:00+02:00[Europe/Athens]");
    assertEquals("11 p.m. Saturday=2026-11-14T23:00", mentions("The warehouse caught fire at 11 p.m. Saturday.", saturdayMorning));
    assertEquals("midnight=2026-11-14T24:00|Saturday=2026-11-14|early Sunday=2026-11-15",
        mentions("The blaze began just before midnight on Saturday and was put out early Sunday.", saturdayMorning));
    assertEquals("6 a.m. Saturday=2026-11-21T06:00", mentions("The warehouse caught fire at 6 a.m. Saturday.", saturdayMorning));
    assertEquals("11 p.m. Saturday=2026-11-21T23:00", mentions("The curfew will start at 11 p.m. Saturday.", saturdayMorning));
    // a publication date with no hour keeps the day
    assertEquals("11 p.m. Saturday=2026-11-21T23:00", mentions("The warehouse caught fire at 11 p.m. Saturday.",
        ZonedDateTime.parse("2026-11-21T00:00+02:00[Europe/Athens]")));
  }

  @Test
  void aClockTimeInLocalTimeOnTheNextDayAlreadyReachedAbroadIsThatDay() {
    // filed at 22:30 on Friday in New York: 3 a.m. Saturday has come in zones east of UTC+4, 11 p.m. Saturday nowhere
    ZonedDateTime lateFriday = ZonedDateTime.parse("2026-11-20T22:30-05:00[America/New_York]");
    assertEquals("3 a.m. Saturday=2026-11-21T03:00",
        mentions("Air raid alerts sounded at 3 a.m. Saturday local time, the army said.", lateFriday));
    assertEquals("11 p.m. Saturday=2026-11-14T23:00", mentions("Air raid alerts sounded at 11 p.m. Saturday local time.", lateFriday));
    assertEquals("9 a.m. Saturday=2026-11-14T09:00", mentions("The count began at 9 a.m. Saturday.", lateFriday));
  }

  @Test
  void aPublicationDateWithoutItsHourLeavesThePartOfDayOnThatDay() {
    // midnight is how a publication date without a time is given: the night may still be to come
    assertEquals("Saturday night=2026-11-21TNI",
        mentions("Gunmen opened fire at a wedding on Saturday night.", ZonedDateTime.parse("2026-11-21T00:00Z[UTC]")));
  }

  @Test
  void aFestivalWhereItsTableEndsIsTheDayLeftOnlyWhenTheClauseLeansToItOrItIsNear() {
    ZonedDateTime march2028 = ZonedDateTime.parse("2028-03-01T12:00+05:30[Asia/Kolkata]");
    assertEquals("Diwali=2027-10-29", mentions("Sweet shops were packed on Diwali.", march2028));
    assertEquals("Holi=XXXX-XX-XX", mentions("The office will close for Holi.", march2028));
    assertEquals("Diwali 2031=XXXX-XX-XX", mentions("Diwali 2031 will be grand.", march2028));
  }

  @Test
  void independenceDayIsTheDayOfTheReportsCountry() {
    String sentence = "The flag was hoisted on Independence Day.";
    assertEquals("Independence Day=2026-08-15", mentions(sentence, ZonedDateTime.parse("2026-11-22T23:30+05:30")));
    assertEquals("Independence Day=2026-08-15",
        mentions(sentence, ZonedDateTime.parse("2026-11-22T23:30+05:30[Asia/Kolkata]")));
    assertEquals("Independence Day=2026-08-14",
        mentions(sentence, ZonedDateTime.parse("2026-11-22T23:00+05:00[Asia/Karachi]")));
    assertEquals("Independence Day=2026-08-14", mentions(sentence, ZonedDateTime.parse("2026-11-22T23:00+05:00")));
    assertEquals("Independence Day=2026-07-04", mentions(sentence, SATURDAY));
    assertEquals("Independence Day last year=2025-08-15", mentions("The scheme began on Independence Day last year.",
        ZonedDateTime.parse("2026-11-22T23:30+05:30[Asia/Kolkata]")));
  }

  @Test
  void aDayEachCountryKeepsUnderOneNameIsTheDayOfTheCountryTheReportNames() {
    // named just before, by its people, earlier in the report, or after the day when none is named before it
    assertEquals("Independence Day=2026-03-25|Wednesday=2026-03-25",
        mentions("Greeks marked Independence Day with a parade on Wednesday.", ZonedDateTime.parse("2026-03-26T09:00+02:00")));
    assertEquals("66 years=P66Y|Independence Day=2026-10-01", mentions("Ghanaian exiles gathered. In Lagos, Nigeria marks 66 years "
        + "of self-rule, and roads were shut ahead of the Independence Day parade.", ZonedDateTime.parse("2026-09-30T09:00+01:00")));
    // a people named as a modifier, a state's or a city's name elsewhere, or a country told far off, is no owner:
    // the report's zone decides
    ZonedDateTime july = ZonedDateTime.parse("2026-07-02T10:00-05:00");
    assertEquals("Independence Day=2026-07-04", mentions("A Mexican national was arrested after an Independence Day "
        + "shooting in Chicago.", july));
    assertEquals("Independence Day=2026-07-04", mentions("Storms in Athens, Georgia could disrupt Independence Day "
        + "fireworks.", july));
    assertEquals("Independence Day=2026-07-04", mentions("Millions will travel for Independence Day, AAA said. Gas is "
        + "cheaper than in Canada and Mexico.", july));
    assertEquals("Independence Day=2026-07-04", mentions("Fireworks lit up Santa Fe, New Mexico on Independence Day.",
        july));
    assertEquals("Independence Day=2026-09-16", mentions("Crowds gathered for the Independence Day parade in Mexico.",
        ZonedDateTime.parse("2026-09-17T09:00-06:00")));
    assertEquals("National Day=2026-12-02|tonight=2026-12-02TNI", mentions("The UAE celebrates National Day with fireworks "
        + "tonight.", ZonedDateTime.parse("2026-12-02T09:00+04:00")));
    assertEquals("Republic Day=2026-10-29", mentions("Turkiye marked Republic Day with parades.",
        ZonedDateTime.parse("2026-10-30T09:00+03:00")));
    // a dateline's capital names the country
    assertEquals("Independence Day=2026-09-07|tomorrow=2026-09-07", mentions("BRASILIA - The Independence Day parade "
        + "will go ahead tomorrow.", ZonedDateTime.parse("2026-09-06T11:00-03:00")));
    // a country that keeps no such day tells nothing of whose it is
    assertEquals("Independence Day=2026-07-04", mentions("The UK ambassador attended Independence Day celebrations.",
        ZonedDateTime.parse("2026-07-05T07:30-04:00")));
    // Britain's Mother's Day is Mothering Sunday, in Lent
    assertEquals("Mother's Day=2026-03-15|today=2026-03-15", mentions("Restaurants across Britain are fully booked for "
        + "Mother's Day today.", ZonedDateTime.parse("2026-03-15T07:30Z")));
    // Human Rights Day is the world's December 10, South Africa's March 21
    assertEquals("Human Rights Day=2026-03-21|Saturday=2026-03-21", mentions("JOHANNESBURG - Power cuts were suspended, "
        + "with Human Rights Day falling on Saturday.", ZonedDateTime.parse("2026-03-20T17:00+02:00")));
    assertEquals("International Human Rights Day=2026-12-10", mentions("Activists will rally on International Human "
        + "Rights Day.", SATURDAY));
    // with no country, Republic Day is India's and a National Day none
    assertEquals("Republic Day=2026-01-26", mentions("Tanks rolled past on Republic Day.", SATURDAY));
    assertEquals("", mentions("Fireworks marked National Day.", SATURDAY));
    assertEquals("", mentions("The king declared a National Day of Mourning.", SATURDAY));
    // Victory Day is the country's: May 9 unless one that keeps another is named
    assertEquals("Victory Day=2026-12-16", mentions("Bangladesh celebrated Victory Day with a parade.",
        ZonedDateTime.parse("2026-12-20T09:00+06:00")));
    assertEquals("Victory Day=2026-05-09", mentions("Tanks rolled through the square on Victory Day.", SATURDAY));
    // Canada's Thanksgiving is October's second Monday; a turkey is no country, nor is a team's city
    assertEquals("Thanksgiving Day=2026-11-26", mentions("The Toronto Blue Jays will play on Thanksgiving Day in "
        + "Detroit.", SATURDAY));
    assertEquals("Thanksgiving=2026-10-12", mentions("Grocers in Toronto sold out before Thanksgiving, which Canadians "
        + "marked with family dinners.", SATURDAY));
    assertEquals("Thanksgiving=2025-11-27", mentions("Turkey sales soared before Thanksgiving.", SATURDAY));
  }

  @Test
  void aPresentProgressiveDatedByAWeekdayRightAfterItsVerbLooksAhead() {
    assertEquals("Monday=2026-11-23", mentions("The two leaders are meeting on Monday.", SATURDAY));
    assertEquals("Monday=2026-11-23", mentions("The public holiday is being observed on Monday.", SATURDAY));
    // an object between dates the object: the attack was on the Monday gone
    assertEquals("Monday=2026-11-16", mentions("Police are investigating the attack on Monday.", SATURDAY));
  }

  @Test
  void aSeasonJustOverIsStillThisOneForLast() {
    assertEquals("Last summer=2025-SU", mentions("Last summer, three storms hit the coast.",
        ZonedDateTime.parse("2026-09-02T10:00-04:00")));
    assertEquals("Last summer=2026-SU", mentions("Last summer, three storms hit the coast.",
        ZonedDateTime.parse("2026-11-20T10:00-05:00")));
  }

  @Test
  void feastsOfOtherCalendarsAndMoreNamedDays() {
    assertEquals("Orthodox Easter=2026-04-12", mentions("Worshippers filled the churches for Orthodox Easter.", SATURDAY));
    assertEquals("Orthodox Christmas=2026-01-07", mentions("Bells rang out on Orthodox Christmas.", SATURDAY));
    assertEquals("Chuseok=2026-09-25", mentions("Highways were jammed before Chuseok.", SATURDAY));
    assertEquals("Mid-Autumn Festival=2026-09-25", mentions("Lanterns were lit for the Mid-Autumn Festival.", SATURDAY));
    assertEquals("Reconciliation Day=2026-12-16", mentions("Parks will be busy on Reconciliation Day.", SATURDAY));
    assertEquals("Reunification Day=2026-04-30|King's Day=2026-04-27|German Unity Day=2026-10-03",
        mentions("Reunification Day, King's Day and German Unity Day passed quietly.", SATURDAY));
    assertEquals("German Reunification Day=2026-10-03", mentions("Germany marked German Reunification Day.", SATURDAY));
    assertEquals("", mentions("Puerto Ricans celebrated Three Kings Day with parades.", SATURDAY));
    assertEquals("Mothering Sunday=2026-03-15", mentions("Florists were busy before Mothering Sunday.", SATURDAY));
    // the Hebrew calendar's festivals in any year, not only those a table holds
    assertEquals("Passover=2019-04-20|2019=2019", mentions("The family last gathered for Passover in 2019.", SATURDAY));
    assertEquals("Yom Kippur=1973-10-06|1973=1973", mentions("Syria attacked on Yom Kippur in 1973.", SATURDAY));
  }

  @Test
  void nextAsAnAdjectiveLooksAheadOnlyForTheEventItDates() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-25T10:00+01:00");
    // the choosing is past; the leader being the next one tells nothing of the day
    assertEquals("Saturday=2026-11-21", mentions("The party chose its next leader on Saturday.", wednesday));
    assertEquals("Monday=2026-11-23", mentions("Ministers discussed the bloc's next budget on Monday.", wednesday));
    // the date is the next event's own
    assertEquals("Monday=2026-11-23|June=2027-06",
        mentions("The bank cut rates on Monday and hinted at more easing at its next meeting in June.", wednesday));
    assertEquals("Monday=2026-11-30", mentions("The next meeting is on Monday.", wednesday));
    // the past is another phrase's
    assertEquals("Sunday=2026-11-22|Friday=2026-11-27",
        mentions("Rain hit the coast on Sunday and the next storm arrives on Friday.", wednesday));
  }

  @Test
  void whatIsAgreedOnADayToHappenLaterLooksAheadFromIt() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-06-10T11:20+02:00");
    assertEquals("Monday=2026-06-08|Thursday=2026-06-11",
        mentions("The two sides agreed on Monday to meet again on Thursday.", wednesday));
    assertEquals("Tuesday evening=2026-06-09TEV|Friday=2026-06-12",
        mentions("Dock workers voted on Tuesday evening to walk out on Friday.", wednesday));
    // a vote with no day between dates the vote
    assertEquals("Sunday=2026-06-07", mentions("Residents voted to reject the plan on Sunday.", wednesday));
  }

  @Test
  void aParticipleBeforeItsNounAndVerbIsNoPastTense() {
    ZonedDateTime june = ZonedDateTime.parse("2026-06-10T11:20+02:00");
    assertEquals("July 25=2026-07-25|August 28=2026-08-28",
        mentions("The fair opens July 25 and closes August 28, and returned tickets will be resold.", june));
    assertEquals("July 1=2026-07-01", mentions("A cap on card surcharges kicks in on July 1.", june));
  }

  @Test
  void aNoticeInForceForAPlaceThroughATimeLooksAhead() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-07-22T06:15-06:00");
    assertEquals("9 p.m. Thursday=2026-07-23T21:00",
        mentions("A flood watch remains in effect for the canyon burn area through 9 p.m. Thursday.", wednesday));
    assertEquals("Sunday=2026-07-19", mentions("A heat advisory was in effect for the county through Sunday.", wednesday));
  }

  @Test
  void aPlanAsItStoodBeforeIsForTheDayNearerPublication() {
    ZonedDateTime monday = ZonedDateTime.parse("2026-02-09T07:40-05:00");
    assertEquals("Friday=2026-02-06|Wednesday=2026-02-11|March 4=2026-03-04", mentions("A judge on Friday postponed the "
        + "hearing, which had been scheduled for Wednesday, to March 4.", monday));
    assertEquals("Wednesday=2026-02-11|yesterday=2026-02-08", mentions("The union was to meet the minister on Wednesday, "
        + "but the meeting was cancelled yesterday.", monday));
    // a day gone by is nearer
    assertEquals("Saturday=2026-02-07", mentions("The final had been scheduled for Saturday.", monday));
    // the plan's own predicate goes on in the past
    assertEquals("Thursday=2026-02-05", mentions("The launch was scheduled for Thursday but was scrubbed.", monday));
    // a holiday something happens ahead of
    assertEquals("Lunar New Year=2026-02-17", mentions("Importers are rushing orders ahead of Lunar New Year.", monday));
    // a plan's clock time is of the story's day still to come
    assertEquals("Sunday=2026-02-15|7:30 p.m.=2026-02-15T19:30", mentions("The final will be played on Sunday. It had "
        + "been set for 7:30 p.m.", monday));
  }

  @Test
  void aWeatherSpellFromOneTimeIntoAnotherRunsForward() {
    assertEquals("Thursday afternoon=2026-06-11TAF|Friday night=2026-06-12TNI", mentions("Forecasters warned of "
        + "thunderstorms from Thursday afternoon into Friday night.", ZonedDateTime.parse("2026-06-10T11:20+02:00")));
  }

  @Test
  void aWeekdayBesideAHolidayOfAnotherYearIsNoApposition() {
    // Diwali falls on a Sunday in 2026; the Monday off is the day after, not the Diwali of 2025, a Monday
    assertEquals("Monday=2026-11-09|Diwali=2026-11-08", mentions("Markets will be closed on Monday for Diwali.",
        ZonedDateTime.parse("2026-11-05T19:00+05:30")));
  }

  @Test
  void whatStartsOnADayLooksAheadUnlessToldInThePast() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-08-12T14:20+10:00");
    assertEquals("Monday=2026-08-17", mentions("The rail union announced industrial action starting Monday.", wednesday));
    assertEquals("Monday=2026-08-10", mentions("Clashes starting on Monday left a dozen people dead.", wednesday));
  }

  @Test
  void whatIsHopedForOrBetOnLooksAhead() {
    ZonedDateTime september = ZonedDateTime.parse("2026-09-25T09:05+09:00");
    assertEquals("December=2026-12", mentions("Shares rallied on hopes of a rate cut in December.", september));
    assertEquals("October=2026-10", mentions("The yen fell on expectations of a rate rise in October.", september));
    // the hope's own predicate goes on in the past
    assertEquals("March=2026-03", mentions("Hopes of a deal in March were dashed.", september));
    // the time hoped for is the one nearer publication, one ahead only when less than half as far
    ZonedDateTime february = ZonedDateTime.parse("2026-02-11T09:30-05:00");
    assertEquals("January=2026-01", mentions("He gave up hope of a deal in January.", february));
    assertEquals("March=2026-03", mentions("Investors see little chance of a cut at its March meeting.", february));
    // ... and so is what was expected or foreseen
    ZonedDateTime october = ZonedDateTime.parse("2026-10-19T08:00-07:00");
    assertEquals("Christmas=2026-12-25", mentions("Analysts had expected the console before Christmas.", october));
    assertEquals("Christmas=2025-12-25", mentions("Analysts had expected the console before Christmas.", february));
    // "May" and "March" after a determiner and before a sitting are months
    assertEquals("May=2026-05", mentions("The trial was postponed until after the May recess.", february));
    assertEquals("", mentions("The May government fell.", february));
  }

  @Test
  void soManyDaysOrWeeksFromTodayIsADay() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-09-03T08:00-04:00");
    assertEquals("a week from today=2026-09-10", mentions("The festival opens a week from today.", thursday));
    assertEquals("three days from tomorrow=2026-09-07", mentions("Polls close three days from tomorrow.", thursday));
  }

  @Test
  void aCodeAfterAWordThatNumbersThingsIsNoYear() {
    assertEquals("", mentions("Flight EK 2026 to Manila was diverted.", SATURDAY));
    assertEquals("", mentions("Police are looking for a van with the plate CKLM 2026.", SATURDAY));
    assertEquals("2026=2026", mentions("The EU said in 2026 it would act.", SATURDAY));
  }

  @Test
  void englandsBankHolidaysByTheirSeason() {
    ZonedDateTime february = ZonedDateTime.parse("2026-02-28T09:45Z");
    assertEquals("early May bank holiday=2026-05-04",
        mentions("The lane will reopen after the early May bank holiday.", february));
    assertEquals("spring bank holiday=2026-05-25", mentions("Trains will not run on the spring bank holiday.", february));
    assertEquals("August bank holiday=2026-08-31", mentions("Roads will be busy on the August bank holiday.", february));
  }

  @Test
  void resultsRunoffsAndPartsOfTheDayToldLoosely() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-10-21T18:45-03:00");
    assertEquals("Sunday=2026-10-25", mentions("Campaigning ended ahead of Sunday's presidential runoff.", wednesday));
    assertEquals("Tuesday night=2026-10-20TNI", mentions("Palmeiras beat River Plate 2-1 on Tuesday night.", wednesday));
    // "next week" is a date of its own, no cue for the clause's others
    assertEquals("Tuesday night=2026-10-20TNI|next week=2026-W44", mentions("Palmeiras beat River Plate 2-1 on Tuesday "
        + "night to take a lead into next week's second leg.", wednesday));
    // a night told at 8.30 pm is tonight's; told in the morning, it is last week's
    assertEquals("Monday night=2026-05-04TNI", mentions("The visitors won by six wickets on Monday night.",
        ZonedDateTime.parse("2026-05-04T20:30+05:30")));
    assertEquals("Monday night=2026-04-27TNI", mentions("The visitors won by six wickets on Monday night.",
        ZonedDateTime.parse("2026-05-04T09:30+05:30")));
  }

  @Test
  void aPastAnchorOfAnotherPredicateDatesNothingAfterAnd() {
    assertEquals("last week=2026-W30|Sept. 7=2026-09-07", mentions("Parliament rose for the recess last week and will "
        + "return on Sept. 7.", ZonedDateTime.parse("2026-07-30T10:15+02:00")));
  }

  @Test
  void billsReadingsAndTheWeekBeforeASummit() {
    ZonedDateTime tuesday = ZonedDateTime.parse("2026-06-16T13:00+01:00");
    assertEquals("Thursday=2026-06-11|July 1=2026-07-01",
        mentions("The finance bill, read in parliament on Thursday, must be passed by July 1.", tuesday));
    assertEquals("Friday=2026-06-12", mentions("The House voted to pass H.R. 2025 on Friday.", tuesday));
    assertEquals("Aug. 17=2026-08-17|the week before=2026-W33", mentions("Leaders will meet on Aug. 17, with ministers "
        + "meeting the week before in the run-up to the summit.", tuesday));
  }

  @Test
  void aRelativeClauseOrAStatementTellsItsOwnTime() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-07-30T10:15+02:00");
    // the modal of a relative clause after the date tells the amendment, not the day of approving it
    assertEquals("Tuesday=2026-07-28", mentions("The cabinet approved an amendment on Tuesday that would extend the "
        + "president's term.", thursday));
    assertEquals("Friday=2026-07-31", mentions("Officials will hold a vote on Friday that could topple the government.",
        thursday));
    // the saying has its own day; the election is the statement's
    ZonedDateTime monday = ZonedDateTime.parse("2026-08-24T08:00+10:00");
    assertEquals("Monday=2026-08-24|Nov. 28=2026-11-28", mentions("The opposition leader said on Monday the Nov. 28 "
        + "state election would be a referendum on the cost of living.", monday));
    assertEquals("Sunday=2026-08-23|Friday=2026-08-21", mentions("Officials said on Sunday the fire started on Friday.",
        monday));
  }

  @Test
  void dawnAPlanAsANounAndAStrikeOfSomeHours() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-02-26T00:20+02:00");
    assertEquals("dawn on Wednesday=2026-02-25TMO", mentions("Troops raided the village at dawn on Wednesday.", thursday));
    assertEquals("first light on Monday=2026-02-23TMO", mentions("Shelling resumed at first light on Monday.", thursday));
    ZonedDateTime monday = ZonedDateTime.parse("2026-06-08T10:45+03:00");
    assertEquals("Sunday=2026-06-07", mentions("Protesters blocked roads on Sunday over a plan to extend the mandate.",
        monday));
    assertEquals("Friday=2026-06-12", mentions("The firm plans to cut jobs on Friday.", monday));
    assertEquals("Thursday=2026-06-04|48-hour=PT48H|Tuesday=2026-06-09", mentions("Bus drivers arrested on Thursday were freed, and their "
        + "union called a 48-hour strike from Tuesday.", monday));
  }

  @Test
  void theNewCuesKeepToTheirOwnPhrases() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-03-11T12:00+03:00");
    // "next" after a participle or a relative clause: the present verb governs it
    assertEquals("Friday=2026-03-13", mentions("A man charged with murder makes his next court appearance on Friday.",
        wednesday));
    assertEquals("Friday=2026-03-13", mentions("Officials postponed the next round of talks to Friday.", wednesday));
    // "was to" a place, or a thing done first, is no plan
    assertEquals("Thursday=2026-03-05", mentions("The team's only loss this season was to Arsenal on Thursday.",
        wednesday));
    assertEquals("Friday=2026-03-06", mentions("His first act as mayor was to sign an order on Friday.", wednesday));
    // what started on a day, told in the past before it
    assertEquals("three days=P3D|Friday=2026-03-06", mentions("Flights were grounded for three days starting on Friday.",
        wednesday));
    // a participle told with its date after a verb of intent
    assertEquals("Tuesday=2026-03-10|Friday=2026-03-06", mentions("Workers agreed on Tuesday to accept the offer made on "
        + "Friday.", wednesday));
    assertEquals("Friday=2026-03-13", mentions("The depot will stay closed on Friday.", wednesday));
    // a reporting verb after its subject is no adjective
    assertEquals("Monday=2026-03-09", mentions("On Monday, the agency warned residents will face delays.", wednesday));
    // "next week" before the date still looks ahead
    assertEquals("Next week=2026-W12|Tuesday=2026-03-17", mentions("Next week the court hears arguments on Tuesday.",
        ZonedDateTime.parse("2026-03-13T12:00+03:00")));
    // a past notice for a place through a day
    assertEquals("Sunday night=2026-03-08TNI", mentions("A flood watch remained in effect for the county through Sunday "
        + "night.", wednesday));
    // "until after" a day gone by, or one to come
    assertEquals("10 p.m.=2026-03-11T22:00|Wednesday=2026-03-11", mentions("He worked until after 10 p.m. on Wednesday.",
        ZonedDateTime.parse("2026-03-13T12:00+03:00")));
    // "and" joining two adjuncts keeps the past anchor
    assertEquals("last week=2026-W10|Friday=2026-03-06", mentions("After talks in Paris last week and in Rome on Friday, "
        + "the envoy travels to Cairo.", wednesday));
    // an intent told with its own day looks ahead only to a date a few words on; a deed's date further on is its own
    assertEquals("Monday=2026-03-09|Saturday=2026-03-07", mentions("The board decided on Monday to sack the coach after "
        + "Saturday's defeat.", wednesday));
    // a plan's "was to", then a deed with its date
    assertEquals("Friday=2026-03-06", mentions("The strike was to protest pay cuts announced on Friday.", wednesday));
    assertEquals("Saturday=2026-03-07", mentions("The ceremony was to honour those who died in the blast on Saturday.",
        wednesday));
    assertEquals("Friday=2026-03-06", mentions("The decision was to close the school on Friday.", wednesday));
    // what is closed for a while from a day, told ahead
    assertEquals("a week=P1W|Monday=2026-03-16", mentions("Schools will be closed for a week starting on Monday.",
        wednesday));
    // a tactic or a reply "was to" is what was done; a timetable's deed is a plan, unless a clause of its day tells it
    assertEquals("Friday=2026-03-06", mentions("The police tactic was to kettle protesters on Friday.", wednesday));
    assertEquals("Thursday=2026-03-05", mentions("The prime minister was to fly to Brussels on Thursday, where talks "
        + "ended without a deal.", wednesday));
    // a plan's participle before its date names a day to come
    assertEquals("Friday=2026-03-13", mentions("The minister will attend the summit scheduled on Friday.", wednesday));
    // what starts on a day, then a passive that looks ahead
    assertEquals("Friday=2026-03-13|a week=P1W", mentions("The strike, beginning on Friday, is expected to last a week.",
        wednesday));
    // "next week" after a date of a present passive still looks ahead
    assertEquals("Sunday=2026-03-15|next week=2026-W12", mentions("Ballots are counted on Sunday with results due next "
        + "week.", ZonedDateTime.parse("2026-03-13T12:00+03:00")));
    // a form spelled as the present after "if"
    assertEquals("Saturday=2026-03-14", mentions("If Peru beat Chile on Saturday, they will qualify.", wednesday));
  }

  @Test
  void theCountryOfADayIsOneThatKeepsIt() {
    assertEquals("Independence Day=2026-03-06", mentions("Ghana's embassy in Germany will host an Independence Day "
        + "reception.", ZonedDateTime.parse("2026-02-20T12:00+01:00")));
    assertEquals("Labour Day=2026-05-01", mentions("Thousands are expected at Labour Day rallies in Caracas.",
        ZonedDateTime.parse("2026-03-11T12:00-04:00")));
    assertEquals("Labour Day=2026-05-01", mentions("Cuban workers will parade on Labour Day.",
        ZonedDateTime.parse("2026-03-11T12:00-05:00")));
    assertEquals("Labour Day=2026-05-23", mentions("Jamaican unions will march on Labour Day.",
        ZonedDateTime.parse("2026-03-11T12:00-05:00")));
    // each Australian state keeps its own; "Victoria" alone is as often a person's name
    ZonedDateTime april = ZonedDateTime.parse("2026-04-26T18:30+10:00");
    assertEquals("Labour Day=2026-05-04", mentions("Queenslanders get a public holiday for Labour Day.", april));
    assertEquals("Labour Day=2026-10-05", mentions("Trains in Sydney will run a Sunday timetable on Labour Day.", april));
    assertEquals("", mentions("Victoria Beckham attended a Labour Day party.", april));
  }

  @Test
  void labourDayIsTheDayOfTheCountryTheReportMeans() {
    ZonedDateTime november = ZonedDateTime.parse("2026-11-25T12:00+03:00");
    assertEquals("Labour Day=2026-05-01", mentions("Dock workers marched in Mombasa on Labour Day.", november));
    assertEquals("Labour Day=2026-09-07", mentions("Stores across Quebec closed for Labour Day.", november));
    assertEquals("Labour Day=2026-09-07", mentions("OTTAWA - Canadians headed to cottages before Labour Day.", november));
    assertEquals("Labour Day=2026-10-26", mentions("New Zealand's shops opened late on Labour Day.", november));
    // the American spelling with no country is the United States' day
    assertEquals("Labor Day=2026-09-07", mentions("Gas prices rose before Labor Day.", november));
    // Australia's states keep it on different days: none is read
    assertEquals("", mentions("Australians enjoyed Labour Day at the beach.", november));
    // with no country named, where the report was published tells
    assertEquals("Labour Day=2026-09-07", mentions("Buses ran a holiday timetable on Labour Day.",
        ZonedDateTime.parse("2026-11-25T10:00-05:00")));
    assertEquals("Labour Day=2026-10-26", mentions("Buses ran a holiday timetable on Labour Day.",
        ZonedDateTime.parse("2026-11-25T10:00+13:00")));
    assertEquals("", mentions("Buses ran a holiday timetable on Labour Day.",
        ZonedDateTime.parse("2026-11-25T10:00+11:00")));
    assertEquals("Labour Day=2026-05-01", mentions("Buses ran a holiday timetable on Labour Day.",
        ZonedDateTime.parse("2026-11-25T10:00+05:30")));
  }

  @Test
  void aNumericDayWhoseNumbersCouldEachBeTheMonthIsReadAsTheReportsZoneWritesIt() {
    String sentence = "The notice was served on 05/11/2026.";
    assertEquals("05/11/2026=2026-11-05", mentions(sentence, ZonedDateTime.parse("2026-11-22T23:30+05:30")));
    assertEquals("05/11/2026=2026-11-05", mentions(sentence, ZonedDateTime.parse("2026-11-21T12:00Z[Europe/London]")));
    assertEquals("05/11/2026=2026-05-11",
        mentions(sentence, ZonedDateTime.parse("2026-11-21T07:00-05:00[America/New_York]")));
    assertEquals("05-11-2026=2026-11-05", mentions("The notice was served on 05-11-2026.",
        ZonedDateTime.parse("2026-11-22T23:30+05:30[Asia/Kolkata]")));
    assertEquals("26/11/2026=2026-11-26", mentions("The vote is on 26/11/2026.",
        ZonedDateTime.parse("2026-11-21T07:00-05:00[America/New_York]")));
  }

  @Test
  void theNewYearIsTheYearJustBegunOnlyInJanuary() {
    String sentence = "The depot will reopen in the new year.";
    assertEquals("the new year=2027", mentions(sentence, ZonedDateTime.parse("2027-01-29T09:00Z[UTC]")));
    assertEquals("the new year=2028", mentions(sentence, ZonedDateTime.parse("2027-02-01T09:00Z[UTC]")));
    assertEquals("the new year=2027", mentions(sentence, ZonedDateTime.parse("2026-12-31T23:00Z[UTC]")));
  }

  @Test
  void thisWeekendToldOnAMondayIsTheComingOneUnlessTheClauseIsPast() {
    ZonedDateTime monday = ZonedDateTime.parse("2026-06-15T14:00+01:00[Europe/London]");
    assertEquals("this weekend=2026-W25-WE", mentions("Forecasters expect a heatwave this weekend.", monday));
    assertEquals("this weekend=2026-W25-WE", mentions("Mediators hope to reach a deal through this weekend.", monday));
    assertEquals("this weekend=2026-W24-WE", mentions("Storms brought flooding to the region this weekend.", monday));
    assertEquals("the weekend=2026-W24-WE", mentions("Crowds gathered in the square at the weekend.", monday));
    assertEquals("this weekend=2026-W24-WE",
        mentions("Talks ran through this weekend.", ZonedDateTime.parse("2026-06-14T20:00+01:00[Europe/London]")));
  }

  @Test
  void lastWeekendToldOnASundayIsAWeekBackAndThePastWeekendTheOneEnding() {
    ZonedDateTime sunday = ZonedDateTime.parse("2026-10-04T14:00+05:45[Asia/Kathmandu]");
    assertEquals("last weekend=2026-W39-WE", mentions("The river has fallen since last weekend.", sunday));
    assertEquals("The past weekend=2026-W40-WE", mentions("The past weekend was the busiest of the year.", sunday));
    assertEquals("last weekend=2026-W39-WE", mentions("The river has fallen since last weekend.",
        ZonedDateTime.parse("2026-10-03T14:00+05:45[Asia/Kathmandu]")));
    assertEquals("last weekend=2026-W40-WE", mentions("The river has fallen since last weekend.",
        ZonedDateTime.parse("2026-10-05T09:00+05:45[Asia/Kathmandu]")));
  }

  @Test
  void aStorysOwnTimelineStaysOnItsDayWhereALivePagesZonedEntryIsThePages() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-11-26T10:00-05:00[America/New_York]");
    assertEquals("Monday night=2026-11-23TNI|10:03 PM=2026-11-23T22:03",
        mentions("Police were called to the house on Monday night. 10:03 PM - The first two officers arrived.", thursday));
    // a far verb ahead does not reach a date past a clause of its own
    assertEquals("Wednesday morning=2026-11-25TMO", mentions("The bridge will stay closed for most of the day while county "
        + "investigators examine the wreckage of a serious crash Wednesday morning.", thursday));
    assertEquals("Monday night=2026-11-23TNI", mentions("A victim is carried to a waiting helicopter after being shot in "
        + "the parking lot of the arena Monday night.", thursday));
  }

  @Test
  void aTimetablesOrderIsNoPast() {
    ZonedDateTime thanksgiving = ZonedDateTime.parse("2026-11-26T10:00-05:00[America/New_York]");
    assertEquals("1 p.m. ET=2026-11-26T13:00|4:30 p.m. ET=2026-11-26T16:30", mentions(
        "The Lions host the Packers at 1 p.m. ET, followed by the Cowboys against the Chiefs at 4:30 p.m. ET.", thanksgiving));
  }

  @Test
  void aNameOrAnAgentsParticipleIsNoPastVerb() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-07-01T12:00+01:00[Europe/London]");
    // "Met" of the Met Office is a name, not the past of "meet"
    assertEquals("Saturday=2026-07-04", mentions("Temperatures will peak on Saturday, the Met Office said.", wednesday));
    assertEquals("this weekend=2026-W27-WE",
        mentions("The heatwave is expected to peak this weekend, the Met Office warned.", wednesday));
    // "headed by" names the bench; the hearing is still to come
    assertEquals("Wednesday=2026-12-30", mentions("The court will hear the matter on Wednesday, a bench headed by the "
        + "chief justice said.", ZonedDateTime.parse("2026-12-28T18:00+05:30[Asia/Kolkata]")));
    // a legislature returning from recess
    assertEquals("Tuesday=2026-05-26", mentions("The Senate returns from recess on Tuesday to take up the bill.",
        ZonedDateTime.parse("2026-05-25T07:00-04:00[America/New_York]")));
  }

  @Test
  void theMonthsAReportCoversAreMeasured() {
    assertEquals("January=2026-01|June=2026-06|28 July=2026-07-28", mentions("The firm's half-year results, covering "
        + "January to June, are due on 28 July.", ZonedDateTime.parse("2026-07-01T00:20+01:00[Europe/London]")));
  }

  @Test
  void lunarNewYearAndTiradentesDay() {
    assertEquals("Lunar New Year=2026-02-17", mentions("Markets close for Lunar New Year.",
        ZonedDateTime.parse("2026-02-10T12:00+08:00[Asia/Singapore]")));
    assertEquals("Chinese New Year=2027-02-06", mentions("Markets will close for Chinese New Year.",
        ZonedDateTime.parse("2026-11-20T12:00+08:00[Asia/Singapore]")));
    assertEquals("Tiradentes Day=2026-04-21", mentions("Banks will close on Tiradentes Day.",
        ZonedDateTime.parse("2026-04-20T15:00-03:00[America/Sao_Paulo]")));
  }

  @Test
  void malaysiasNationalDays() {
    ZonedDateTime kualaLumpur = ZonedDateTime.parse("2026-08-20T12:00+08:00[Asia/Kuala_Lumpur]");
    assertEquals("Merdeka Day=2026-08-31", mentions("Parades will be held on Merdeka Day.", kualaLumpur));
    assertEquals("Malaysia Day=2026-09-16", mentions("The bridge opens on Malaysia Day.", kualaLumpur));
  }

  @Test
  void aDatelineALittleBeforePublicationDatesTheStorysToday() {
    assertEquals("Nov. 19, 2026=2026-11-19|today=2026-11-19",
        mentions("AUSTIN, Texas, Nov. 19, 2026 /PRNewswire/ -- Orbis Labs today unveiled a new sensor.", SATURDAY));
    assertEquals("Nov 20=2026-11-20|yesterday=2026-11-19|tonight=2026-11-20TNI",
        mentions("CAIRO, Nov 20 (Reuters) - Talks stalled yesterday and resume tonight.", SATURDAY));
    // a dateline of publication's day changes nothing; a date inside a sentence is no dateline
    assertEquals("Nov. 21=2026-11-21|today=2026-11-21", mentions("LIMA, Nov. 21 -- The mayor resigned today.", SATURDAY));
    assertEquals("Nov. 19=2026-11-19|today=2026-11-21",
        mentions("The firm said on Nov. 19 that the plant reopens today.", SATURDAY));
    // a page's stamp at the top dates the story's "this afternoon", and the times told after it
    assertEquals("19 Nov 2026=2026-11-19|5:40pm=2026-11-19T17:40|this afternoon=2026-11-19TAF|2pm=2026-11-19T14:00",
        mentions("Posted Thu 19 Nov 2026 at 5:40pm\nA ferry ran aground this afternoon. It left port at 2pm.", SATURDAY));
    assertEquals("19 November 2026=2026-11-19|today=2026-11-19",
        mentions("Last updated: 19 November 2026\nThe council voted today to close the pool.", SATURDAY));
    // a dateline weeks old dates nothing
    assertEquals("Oct. 2=2026-10-02|today=2026-11-21",
        mentions("OSLO, Oct. 2 (AP) -- The ministry announced the cuts today.", SATURDAY));
  }

  @Test
  void independenceDayIsTheCountrysOwnByZoneOrByTheDayItIsSetBeside() {
    assertEquals("Independence Day=2026-06-12", mentions("Crowds marched on Independence Day.",
        ZonedDateTime.parse("2026-06-15T09:00+08:00[Asia/Manila]")));
    assertEquals("Independence Day=2026-10-01", mentions("Crowds marched on Independence Day.",
        ZonedDateTime.parse("2026-10-03T09:00+01:00[Africa/Lagos]")));
    assertEquals("Independence Day=2026-07-04", mentions("Crowds marched on Independence Day.", SATURDAY));
    assertEquals("Saturday, March 6=2027-03-06|Independence Day=2027-03-06",
        mentions("The stadium opens on Saturday, March 6, Independence Day.", SATURDAY));
  }

  @Test
  void aNumberedWeekOfAHealthReportIsThatIsoWeekAndABareWeekNumberIsNoDate() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");
    assertEquals("epidemiological week 9=2026-W09", mentions("Malaria cases rose in epidemiological week 9.", wednesday));
    assertEquals("epi week 50 of 2025=2025-W50", mentions("Cholera peaked in epi week 50 of 2025.", wednesday));
    // a week still to come this year, told in the past, is last year's
    assertEquals("ISO week 40=2025-W40", mentions("Admissions fell in ISO week 40.", wednesday));
    assertEquals("", mentions("The Rams won in Week 7 and the trial is in week 3.", wednesday));
  }

  @Test
  void aLivePagesStampsAndEntryTimesAreOfThePagesDayWhateverTheStoryNamed() {
    assertEquals("overnight=2026-11-20TNI|14:05 GMT=2026-11-21T14:05|13:20 GMT=2026-11-21T13:20"
            + "|yesterday=2026-11-20|12:40 GMT=2026-11-21T12:40|Yesterday=2026-11-20",
        mentions("Live: Storm floods Galway overnight\nUpdated 14:05 GMT\nRoads were shut. 13:20 GMT Crews worked "
            + "through yesterday. 12:40 GMT Yesterday, the council met.", ZonedDateTime.parse("2026-11-21T15:00Z")));
    // an entry stamped in local time is of the page's day too
    assertEquals("16:20=2026-11-21T16:20", mentions("16:20 local - The curfew was lifted in Odesa.", SATURDAY));
    // a time inside a story's sentence is still the story's day
    assertEquals("Tuesday night=2026-11-17TNI|11:30=2026-11-17T11:30",
        mentions("The fire began on Tuesday night. Crews said it was out by 11:30.", SATURDAY));
    // a clock joined to its day stays one mention
    assertEquals("10:30 yesterday=2026-11-20T10:30", mentions("He left at 10:30 yesterday.", SATURDAY));
  }

  @Test
  void aLongClauseIsToldByItsFarFutureVerbWhenNoVerbStandsNearItsDay() {
    ZonedDateTime friday = ZonedDateTime.parse("2026-11-20T09:00-05:00[America/New_York]");
    assertEquals("late Monday=2026-11-23|Tuesday morning=2026-11-24TMO",
        mentions("A cold front sweeping down from the northern Plains will bring freezing rain to the valley towns of "
            + "the county from late Monday into Tuesday morning.", friday));
    // a near past verb still tells the day, and so does a far past verb
    assertEquals("Tuesday=2026-11-17", mentions("The front will bring rain, forecasters who met with county officials "
        + "and school leaders said Tuesday.", friday));
    assertEquals("late Monday=2026-11-16", mentions("A cold front sweeping down from the northern Plains brought freezing "
        + "rain to the valley towns of the county from late Monday into the night.", friday));
  }

  @Test
  void aStatesAbbreviationInADatelineEndsNoSentenceAndADatesOwnFullStopDoes() {
    ZonedDateTime friday = ZonedDateTime.parse("2026-11-20T09:00-05:00[America/New_York]");
    assertEquals("Saturday=2026-11-21|Saturday=2026-11-21|7 p.m.=2026-11-21T19:00",
        mentions("Tigers look to clinch title on Saturday COLUMBIA, Mo. (AP) -- The Tigers will try to wrap up the "
            + "division when they face the Razorbacks at Faurot Field on Saturday at 7 p.m. Coach Eli Drinkwitz "
            + "said his team was ready.", friday));
  }

  @Test
  void aDateAfterSinceTellsNoStoryInItsYear() {
    assertEquals("June 2024=2024-06|Nov. 9=2026-11-09",
        mentions("Rainfall was the heaviest since June 2024. The river last burst its banks on Nov. 9.", SATURDAY));
    assertEquals("February 2023=2023-02|March 4=2026-03-04", mentions("The town has been shelled since the "
        + "start of the offensive in February 2023. The school closed on March 4.", SATURDAY));
    // a date told as the story's time still carries its year to the days after it
    assertEquals("August 2025=2025-08|2 September=2025-09-02",
        mentions("He was arrested in August 2025. He was charged on 2 September.", SATURDAY));
  }

  @Test
  void aFigureComparedWithOneLeftBehindIsPastInAForwardClause() {
    assertEquals("September=2026-09", mentions("The bank expects growth of 2%, up from its September estimate of 1.5%.",
        SATURDAY));
    assertEquals("December=2025-12", mentions("Prices will rise 3%, down from a December forecast of 4%.", SATURDAY));
    // a day told ahead without the comparison stays ahead
    assertEquals("December=2026-12", mentions("Prices will rise 3% from December.", SATURDAY));
  }

  @Test
  void aClockToldOnlyWithASayingTakesNoDayStillToCome() {
    // a 4 pm update read at noon is yesterday's, as a bare clock told in the past is
    assertEquals("Monday=2026-11-23|Wednesday=2026-11-25|4 pm=2026-11-20T16:00",
        mentions("Snow is likely from Monday till Wednesday, the weather office said in its 4 pm update.", SATURDAY));
    // told ahead, the clock is still on the day to come
    assertEquals("Monday=2026-11-23|9 am=2026-11-23T09:00",
        mentions("The summit opens on Monday. Leaders will arrive at 9 am.", SATURDAY));
  }

  @Test
  void aCapitalisedMayOrMarchBeforeAMonthsFiguresIsTheMonth() {
    ZonedDateTime june = ZonedDateTime.parse("2026-06-15T14:00+01:00[Europe/London]");
    assertEquals("May=2026-05", mentions("Chile's May exports fell 4%.", june));
    assertEquals("March=2026-03", mentions("The March payrolls were revised up.", june));
    // a name, or a verb, is no month
    assertEquals("", mentions("Theresa May data were cited.", june));
    assertEquals("", mentions("Prices may fall.", june));
  }

  @Test
  void aStrikeOrClosureThatRunsFromADayIsStillToCome() {
    assertEquals("5am Monday=2026-11-23T05:00|10pm Wednesday=2026-11-25T22:00",
        mentions("The bus strike runs from 5am Monday to 10pm Wednesday.", SATURDAY));
    assertEquals("Tuesday=2026-11-17|Thursday=2026-11-19",
        mentions("The walkout ran from Tuesday to Thursday.", SATURDAY));
    // a plural subject's "run" too
    assertEquals("Wednesday=2026-11-25", mentions("The closures run until Wednesday.", SATURDAY));
  }

  @Test
  void whatComesAheadOfAThingNamedBeforeItsDayIsStillToCome() {
    assertEquals("Tuesday=2026-11-24", mentions("Oil slipped ahead of the OPEC meeting on Tuesday.", SATURDAY));
    // told in the past perfect, or with no "ahead of", the day is behind
    assertEquals("Tuesday=2026-11-17", mentions("Oil had slipped ahead of the OPEC meeting on Tuesday.", SATURDAY));
    assertEquals("Tuesday=2026-11-17", mentions("Oil slipped after the OPEC meeting on Tuesday.", SATURDAY));
  }

  @Test
  void theSameMonthLastYearIsTheMonthNamedBeforeAYearBack() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");
    assertEquals("February=2026-02|the same month last year=2025-02",
        mentions("Car sales rose 6% in February from the same month last year.", wednesday));
    assertEquals("October=2025-10|the corresponding month a year earlier=2024-10",
        mentions("Exports fell in October against the corresponding month a year earlier.", wednesday));
  }

  @Test
  void aNumberAfterNoIsNoYear() {
    assertEquals("", mentions("The suit is docketed as Case No. 2024-0981.", SATURDAY));
    assertEquals("2019=2019", mentions("Order No. 2023 was issued in 2019.", SATURDAY));
  }

  @Test
  void aTrialThatContinuesOnADayAndAKickOffThatIsAtAnHourAreStillToCome() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-18T09:00Z[UTC]");
    assertEquals("Thursday=2026-11-19", mentions("The hearing continues on Thursday.", wednesday));
    assertEquals("Sunday=2026-11-22|2pm=2026-11-22T14:00", mentions("Kick-off on Sunday is at 2pm.", wednesday));
    // told in the past, or with a past verb of saying, the day is behind
    assertEquals("Monday=2026-11-16", mentions("The hearing continued on Monday.", wednesday));
    assertEquals("Monday=2026-11-16", mentions("The search continues, police said on Monday.", wednesday));
  }

  @Test
  void theDayOneIsRemandedToAppearOnIsStillToCome() {
    assertEquals("8 January=2027-01-08", mentions("She was remanded in custody to appear at Leeds Crown Court on 8 January.",
        SATURDAY));
    assertEquals("8 November=2026-11-08", mentions("She was remanded in custody on 8 November.", SATURDAY));
  }

  @Test
  void whatSomeoneWasUrgedOrAskedToDoIsStillToCome() {
    assertEquals("Monday=2026-11-23", mentions("The council urged residents to stay off the roads on Monday.", SATURDAY));
    assertEquals("December=2026-12", mentions("The airline asked passengers to check flights through December.", SATURDAY));
    // urged on a day, or asked something of someone, is past
    assertEquals("Monday=2026-11-16", mentions("The council urged calm on Monday.", SATURDAY));
    assertEquals("Monday=2026-11-16", mentions("The council urged residents on Monday to stay calm.", SATURDAY));
    assertEquals("Monday=2026-11-16", mentions("He asked questions to the minister on Monday.", SATURDAY));
  }

  @Test
  void theDayTheClocksGoBackIsStillToCome() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");
    assertEquals("1 November=2026-11-01",
        mentions("Evenings stay light until the clocks go back on 1 November.", wednesday));
    assertEquals("1 November=2025-11-01", mentions("The clocks went back on 1 November.", wednesday));
  }

  @Test
  void theSmallHoursAfterAnEveningClockTimeAreTheNextDay() {
    assertEquals("10:30 p.m.=2026-11-20T22:30|Friday=2026-11-20|2 a.m.=2026-11-21T02:00",
        mentions("The fire started at 10:30 p.m. on Friday. Crews had it out by 2 a.m.", SATURDAY));
    assertEquals("7 p.m. Thursday=2026-11-19T19:00|4 a.m.=2026-11-20T04:00",
        mentions("The vigil began at 7 p.m. Thursday. The last mourners left at 4 a.m.", SATURDAY));
    // after a morning or an afternoon time, an early hour is the same day; a later hour is never moved
    assertEquals("2 p.m.=2026-11-20T14:00|Friday=2026-11-20|5 a.m.=2026-11-20T05:00",
        mentions("Police arrived at 2 p.m. on Friday. The road had been closed since 5 a.m.", SATURDAY));
    assertEquals("9 p.m.=2026-11-20T21:00|Friday=2026-11-20|11 p.m.=2026-11-20T23:00",
        mentions("The march set off at 9 p.m. on Friday and ended at 11 p.m.", SATURDAY));
  }

  @Test
  void whatIsOnTrackForATimeOrAppliesFromItIsStillToCome() {
    ZonedDateTime june = ZonedDateTime.parse("2026-06-15T14:00+01:00[Europe/London]");
    ZonedDateTime january = ZonedDateTime.parse("2026-01-02T00:30+01:00[Europe/Oslo]");
    assertEquals("December=2026-12", mentions("The satellite is on track for a December launch.", june));
    assertEquals("December=2026-12", mentions("The bridge is on course for completion in December.", june));
    assertEquals("July 1=2026-07-01", mentions("The new parking charges apply from July 1.", january));
    assertEquals("July 1=2026-07-01", mentions("A lower speed limit applies from July 1.", january));
    // a rule that applied, or a track laid, is past
    assertEquals("July 1=2025-07-01", mentions("The old charges applied from July 1.", january));
    assertEquals("December=2025-12", mentions("Workers laid the new track in December.", june));
  }

  @Test
  void aHeadlineWeekdayIsTheDayTheLeadDatesIt() {
    assertEquals("Thursday=2026-11-26|Thursday, Nov. 26=2026-11-26",
        mentions("Ferry strike called off for Thursday BERGEN, Norway -- Crews will sail on Thursday, Nov. 26, the union said.",
            SATURDAY));
    assertEquals("Monday=2026-11-30|Monday, November 30=2026-11-30",
        mentions("Rail fares rise Monday KARACHI: Fares will go up by 8% from Monday, November 30, the railway said.",
            SATURDAY));
    // another weekday in the lead, or the same weekday in a lead with no headline before it, changes nothing
    assertEquals("Thursday=2026-11-19|Friday, Nov. 27=2026-11-27",
        mentions("Mayor resigned Thursday OSLO -- Elections will follow on Friday, Nov. 27.", SATURDAY));
    assertEquals("Thursday=2026-11-19|Thursday, Nov. 26=2026-11-26",
        mentions("The mayor spoke Thursday. Elections follow on Thursday, Nov. 26, OSLO -- officials said.", SATURDAY));
  }

  @Test
  void aSeasonInAHabitOfThePastIsNoDate() {
    assertEquals("", mentions("Friends recalled that he'd leave pumpkins on their steps in the autumn.", SATURDAY));
    assertEquals("", mentions("As a girl she would skate on the canal in the winter.", SATURDAY));
    assertEquals("", mentions("The family used to rent a cottage in Cornwall in the summer.", SATURDAY));
    // a season told ahead, or one of the past, is still a date
    assertEquals("the spring=2027-SP", mentions("The minister said she would visit the island in the spring.", SATURDAY));
    assertEquals("the summer=2026-SU", mentions("He remembered that the dam burst in the summer.", SATURDAY));
  }

  @Test
  void anEdWordAfterADeterminerIsNoPastVerb() {
    ZonedDateTime june = ZonedDateTime.parse("2026-06-15T14:00+01:00[Europe/Dublin]");
    assertEquals("September 1st=2026-09-01", mentions("Candidates can collect their printed certificates from September 1st.", june));
    assertEquals("August 20=2026-08-20", mentions("Families of the injured can claim the promised grants from August 20.", june));
    // a past verb after its subject still dates the clause in the past
    assertEquals("September 1st=2025-09-01", mentions("The board printed the certificates from September 1st.", june));
  }

  @Test
  void mayOrMarchAfterAsEarlyAsIsTheMonth() {
    assertEquals("March=2027-03", mentions("The runway could reopen as early as March.", SATURDAY));
    assertEquals("May=2027-05", mentions("A verdict may come as soon as May.", SATURDAY));
    // "as" alone before a capitalised May is a name's
    assertEquals("", mentions("Nothing has changed, as May told reporters.", SATURDAY));
  }

  @Test
  void aCommaThatGroupsDigitsOpensNoPhrase() {
    ZonedDateTime monday = ZonedDateTime.parse("2026-11-23T10:00Z[UTC]");
    assertEquals("the weekend=2026-W47-WE|Wednesday=2026-11-25", mentions("The storm cut power to 40,000 homes over the "
        + "weekend, and engineers expect to restore supplies by Wednesday.", monday));
  }

  @Test
  void thisWeekendToldOnAFridayIsTheComingOne() {
    ZonedDateTime friday = ZonedDateTime.parse("2026-11-20T18:00Z[UTC]");
    assertEquals("this weekend=2026-W47-WE", mentions("Unions have also called a rally in the capital this weekend.", friday));
    // told on a Wednesday in the past, it is the one gone
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-18T18:00Z[UTC]");
    assertEquals("this weekend=2026-W46-WE", mentions("Unions held a rally in the capital this weekend.", wednesday));
  }

  @Test
  void aRelativeClauseToldWithItsOwnDateLeavesTheMainClauseItsTense() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-02-19T16:45-05:00[America/New_York]");
    assertEquals("Tuesday=2026-02-17|this weekend=2026-W08-WE",
        mentions("Celebrations that began on Tuesday continue this weekend.", thursday));
    // ... but a relative clause that holds the date tells it
    assertEquals("Saturday=2026-02-14", mentions("A storm that dumped snow on Ohio on Saturday is expected to reach "
        + "Boston.", thursday));
    assertEquals("Tuesday=2026-02-17|this weekend=2026-W07-WE",
        mentions("Celebrations began on Tuesday and went on this weekend.", thursday));
  }

  @Test
  void theReviewsNearMissesKeepTheirReadings() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-06-17T10:30-04:00[America/New_York]");
    // a plan being made in the present progressive looks ahead; preparing under a past verb does not
    assertEquals("Sunday=2026-06-21", mentions("Volunteers are preparing a vigil on Sunday.", wednesday));
    assertEquals("Sunday=2026-06-14", mentions("She suffered burns while preparing a meal on Sunday.", wednesday));
    assertEquals("Saturday=2026-06-13", mentions("Cooks spent hours preparing the feast on Saturday.", wednesday));
    // a headline's noun "plan" before a relative clause's past verb is no plan for the date
    assertEquals("March=2026-03", mentions("Brussels unveils plan the bloc agreed in March.", wednesday));
    // the noun "start" after an adjective is no timetable; a photograph's caption tells what has happened
    assertEquals("Monday=2026-06-15", mentions("Stocks rebound after weak start on Monday.", wednesday));
    assertEquals("Saturday=2026-06-13", mentions("Protesters gather outside parliament on Saturday. (AP Photo/Jane Roe)",
        wednesday));
    // a phrase of "with" tells no time of its own only after its clause's comma
    ZonedDateTime february = ZonedDateTime.parse("2026-02-14T10:00Z[UTC]");
    assertEquals("March=2025-03", mentions("A man with a knife attacked shoppers in March.", february));
    // a count after "in" is no date of a verb's own: "rose in 18 of 20 cities"
    assertEquals("March=2025-03", mentions("Home prices in March rose in 18 of 20 cities.", february));
    // a month before "contracts" after "in" is the time of its clause; a delivery is a contract's only after "for"
    ZonedDateTime june = ZonedDateTime.parse("2026-06-10T14:00Z[UTC]");
    assertEquals("March=2026-03", mentions("In March contracts worth $2 billion were signed.", june));
    assertEquals("April=2026-04", mentions("The firm completed its April delivery of 30 buses.", june));
    // a month's plan or setting is no measure of a month gone
    ZonedDateTime may = ZonedDateTime.parse("2026-05-28T10:00Z[UTC]");
    assertEquals("July=2026-07|Sunday=2026-05-31", mentions("OPEC+ will decide July production levels on Sunday.", may));
    assertEquals("April=2026-04", mentions("April housing starts fell 4%.", may));
    // feasts counted on from Easter: a name's Pentecost is none; one told in the past has gone by
    assertEquals("Sunday=2026-05-24", mentions("The Church of Pentecost held a rally on Sunday.",
        ZonedDateTime.parse("2026-05-25T10:00Z[UTC]")));
    assertEquals("Whit Monday=2025-06-09", mentions("Shops closed on Whit Monday.", ZonedDateTime.parse(
        "2026-05-01T10:00Z[UTC]")));
    assertEquals("Last Pentecost=2025-06-08", mentions("Last Pentecost, 12 people drowned.", ZonedDateTime.parse(
        "2026-05-10T10:00Z[UTC]")));
    assertEquals("a quarter=P1Q", mentions("The launch was delayed by a quarter.", june));
    // what is booked or arranged for a day may lie ahead; a deed with a longer object has been done
    ZonedDateTime december = ZonedDateTime.parse("2026-12-28T09:00-05:00[America/New_York]");
    assertEquals("Dec. 31=2026-12-31", mentions("He reserved a table on Dec. 31 at the restaurant.", december));
    // a progressive before "on" is no deed done
    assertEquals("Easter Sunday=2026-04-05", mentions("Supermarkets said they were closing on Easter Sunday.",
        ZonedDateTime.parse("2026-03-30T10:00+01:00[Europe/London]")));
    assertEquals("Jan. 3=2026-01-03", mentions("She took up the post on Jan. 3.", december));
    // "the weekend before last" told on a Sunday is the one before last weekend; "the Friday before last Christmas"
    // is no Friday before last
    ZonedDateTime sunday = ZonedDateTime.parse("2026-06-14T10:00Z[UTC]");
    assertEquals("the weekend before last=2026-W22-WE", mentions("The fair was held the weekend before last.", sunday));
    assertTrue(mentions("It happened the Friday before last Christmas.", sunday).endsWith("|last Christmas=2025-12-25"));
    // what someone warned drivers to do looks ahead
    assertEquals("Easter=2027-03-28", mentions("Police warned drivers to avoid the coast road over Easter.",
        ZonedDateTime.parse("2026-12-14T10:00Z[UTC]")));
  }

  @Test
  void longWireReportsKeepTheirClausesApart() {
    ZonedDateTime sunday = ZonedDateTime.parse("2026-03-22T10:15+05:30[Asia/Kolkata]");
    // a purpose's participle after its noun is no past: "a visit aimed at reopening trade"
    assertEquals("Tuesday=2026-03-24", mentions("The envoy will fly to Hanoi on Tuesday for talks aimed at easing "
        + "tariffs.", sunday));
    // what is forecast "to have risen" has happened
    ZonedDateTime thursday = ZonedDateTime.parse("2026-04-16T00:20+09:00[Asia/Tokyo]");
    assertEquals("March=2026-03", mentions("Machinery orders are forecast to have fallen 2% in March.", thursday));
    // a thing due at a clock time on a day is due then: told just after midnight, today's
    assertEquals("8:50 a.m.=2026-04-16T08:50|Thursday=2026-04-16",
        mentions("Stocks slipped ahead of price data due at 8:50 a.m. on Thursday.", thursday));
    // "overnight" in what a source said on its day is the night before that day
    ZonedDateTime saturday = ZonedDateTime.parse("2026-02-14T11:00+03:00");
    assertEquals("Friday=2026-02-13|overnight=2026-02-12TNI",
        mentions("The governor said on Friday that shelling had cut power to 40 villages overnight.", saturday));
    // a gerund's phrase after "since" tells a deed of its year, whose months follow it; a month between a comma and
    // "and" in a list of months is the month
    ZonedDateTime october = ZonedDateTime.parse("2026-10-06T18:30+11:00");
    assertEquals("2025=2025|February=2025-02|May=2025-05|August=2025-08", mentions("The bank has held its rate since "
        + "cutting it in 2025, in February, May and August.", october));
    assertEquals("February=2026-02", mentions("In February, May said she would resign.", october));
    // what a notice is valid for lies ahead, and a range's end a week on keeps its midnight at the day's end
    ZonedDateTime thursdayAfterMidnight = ZonedDateTime.parse("2026-02-12T00:12+11:00");
    assertEquals("6am Friday=2026-02-13T06:00|midnight Saturday=2026-02-14T24:00", mentions("The bureau has issued a "
        + "warning for damaging winds across the ranges, valid from 6am Friday to midnight Saturday.",
        thursdayAfterMidnight));
  }

  @Test
  void whatASideCanWinOrAResidentCanGetOnADayLiesAhead() {
    ZonedDateTime thursday = ZonedDateTime.parse("2026-05-14T11:20+03:00");
    assertEquals("Saturday=2026-05-16", mentions("The Falcons can seal promotion with a draw at home on Saturday.",
        thursday));
    assertEquals("Friday=2026-05-15", mentions("Residents can collect free sandbags at the depot on Friday.", thursday));
    // what one can tell, explain or not rule out of a day gone by, and the noun "can", tell no time ahead
    assertEquals("Saturday=2026-05-09", mentions("Here is what we can tell you about the fire at the mall on Saturday.",
        thursday));
    assertEquals("Tuesday=2026-05-12", mentions("Investigators can't rule out sabotage in the blast on Tuesday.",
        thursday));
    assertEquals("Tuesday=2026-05-12", mentions("A petrol can was found near the scene on Tuesday.", thursday));
  }

  @Test
  void aClockTimeTakesTheDayCountedAfterItAndItsPlacesZone() {
    ZonedDateTime sunday = ZonedDateTime.parse("2026-03-08T14:30-04:00");
    assertEquals("10 p.m.=2026-03-06T22:00|Friday=2026-03-06|6 a.m. the next day=2026-03-07T06:00",
        mentions("The ferry left at 10 p.m. on Friday and docked at 6 a.m. the next day.", sunday));
    // a day counted on keeps its apposition, and a comma leaves the next clause's day apart
    assertEquals("Tuesday=2026-03-03|9 a.m.=2026-03-03T09:00|the next day=2026-03-04", mentions("On Tuesday the market "
        + "opened at 9 a.m., the next day it stayed shut.", sunday));
    // a clock time on a day counted from the day a source spoke on
    assertEquals("Wednesday=2026-03-04|4 p.m. the previous day=2026-03-03T16:00", mentions("Officials said on Wednesday "
        + "they had closed the gates at 4 p.m. the previous day.", sunday));
    // a new sentence's "The next day" is its own
    assertEquals("10 p.m.=2026-03-07T22:00|The next day=XXXX-XX-XX", mentions("Police arrived at 10 p.m. The next "
        + "day, the family left.", sunday));
    // a place's clock by its capitalised name belongs to the time, which keeps its day after it
    assertEquals("1.30pm UK time=2026-03-09T13:30|Monday=2026-03-09",
        mentions("The exchange will open at 1.30pm UK time on Monday.", sunday));
    assertEquals("4:30 p.m. Bras\u00edlia time=2026-03-14T16:30|Saturday=2026-03-14",
        mentions("Kickoff will be at 4:30 p.m. Bras\u00edlia time on Saturday.", sunday));
    assertEquals("5 p.m.=2026-03-08T17:00", mentions("The gates open at 5 p.m. every time.", sunday));
    // a known place, not any capitalised word: a sentence's first word and a weekday slot are no zones
    assertEquals("2 p.m. Mexico City time=2026-03-10T14:00|Tuesday=2026-03-10", mentions("The polls close at 2 p.m. "
        + "Mexico City time on Tuesday.", sunday));
    assertEquals("2:14 a.m.=2026-03-08T02:14|six minutes=PT6M", mentions("Crews were called at 2:14 a.m. Response time "
        + "was six minutes.", sunday));
    assertEquals("4:05 p.m.=2026-03-07T16:05|Tuesday=2026-03-03", mentions("The 4:05 p.m. arrival time was moved on "
        + "Tuesday.", sunday));
  }

  @Test
  void schedulesForecastsAndThingsNotYetDue() {
    ZonedDateTime tuesday = ZonedDateTime.parse("2025-12-30T15:40+13:00");
    // what is expected "to have eased" has happened; what is expected to happen has not
    ZonedDateTime sunday = ZonedDateTime.parse("2026-03-08T14:30-04:00");
    assertEquals("January=2026-01", mentions("Analysts expect prices to have cooled in January.", sunday));
    assertEquals("January=2027-01", mentions("Analysts expect the bank to cut rates in January.", sunday));
    // an event set for a day, not a plan as it stood
    assertEquals("Oct. 5=2026-10-05", mentions("With the referendum set for Oct. 5, parties toured the towns.",
        tuesday));
    assertEquals("Thursday=2025-12-25", mentions("The hearing was set for Thursday but was moved.", tuesday));
    assertEquals("June=2025-06", mentions("The poll, originally slated for June, had been put off.", tuesday));
    // a cause is not a plan, and a future perfect looks to its deadline
    assertEquals("Monday=2025-12-29", mentions("The cancellation was not due to the strike on Monday, the airline said.",
        tuesday));
    assertEquals("June 30=2026-06-30", mentions("The company expects to have completed the merger by June 30.",
        tuesday));
    assertEquals("Monday=2025-12-29", mentions("Stocks set for gains after Fed minutes on Monday", tuesday));
    assertEquals("Monday=2025-12-29", mentions("She lost the opening set for the first time at the event on Monday.",
        tuesday));
    // known failure: what is not due until a day still lies ahead, but "not due to" is as often a cause ("was not due
    // to flooding on Monday"), so the past verb before the "and" tells the date
    assertNotEquals("December 18=2025-12-18|March 3=2026-03-03", mentions("The assembly rose on December 18 and is not "
        + "due to meet again until March 3.", tuesday), "fixed? make it an assertEquals");
    // a timetable's verb after ", and" and a subject of its own, not a noun after an owner; what a forecast could bring,
    // not what could be done in a clause of how or before
    ZonedDateTime july = ZonedDateTime.parse("2025-07-20T16:00-07:00");
    assertEquals("Friday=2025-07-18|Wednesday=2025-07-23", mentions("Chip stocks slid on Friday, and two carmakers "
        + "face rivals on Wednesday.", july));
    assertEquals("Sunday=2025-07-20", mentions("The party lost ground, and its votes on Sunday show a swing.", july));
    assertEquals("Friday=2025-07-18", mentions("Nobody knew when the rescue teams could arrive on Friday.", july));
    assertEquals("Tuesday night=2025-07-22TNI", mentions("Forecasters said a cold front could arrive on Tuesday night.",
        july));
    // what starts from a day in a clause with no past verb, not a record from it nor a range
    ZonedDateTime saturday = ZonedDateTime.parse("2026-02-14T10:00-03:00");
    assertEquals("Sunday night=2026-02-15TNI", mentions("The parades take over the avenue from Sunday night.",
        saturday));
    assertEquals("Sunday=2026-02-08", mentions("Footage from Sunday shows police charging the crowd.", saturday));
    assertEquals("Sunday=2026-02-08", mentions("A photo from Sunday shows the crowd.", saturday));
    assertEquals("Wednesday=2026-02-18", mentions("From Wednesday, the bridge is closed to lorries.", saturday));
    assertEquals("Friday=2026-02-13|Sunday=2026-02-15", mentions("The film led the box office, taking $9 million from "
        + "Friday to Sunday.", ZonedDateTime.parse("2026-02-16T09:00-03:00")));
  }

  @Test
  void theWeekAMarketClosedIsThatOfTheLastDayTold() {
    ZonedDateTime monday = ZonedDateTime.parse("2026-06-29T08:00-04:00");
    assertEquals("Friday=2026-06-26|next month=2026-07|the week=2026-W26", mentions("Bonds rallied on Friday as traders "
        + "bet on a cut next month. The index ended the week up 1.4%.", monday));
    ZonedDateTime saturday = ZonedDateTime.parse("2026-02-14T10:00-03:00");
    assertEquals("the week=2026-W07", mentions("The peso rose 2% for the week.", saturday));
    // a month closed, told mid-month, is the month before; on the first of a month or a Monday, the one just closed
    assertEquals("the month=2026-01", mentions("Copper closed the month at a record.", saturday));
    assertEquals("the month=2026-03", mentions("Copper closed the month at a record.",
        ZonedDateTime.parse("2026-04-01T09:00Z")));
    assertEquals("the week=2026-W11", mentions("Wall Street ended the week lower.", ZonedDateTime.parse(
        "2026-03-16T09:00Z")));
    assertEquals("the year=2025", mentions("The index closed the year up 16%.", ZonedDateTime.parse(
        "2026-01-02T09:00Z")));
    // the day told right after it, a period of its unit told before; a day far back or ahead is not its day
    assertEquals("the month=2026-06|Tuesday=2026-06-30", mentions("The index closed the month 1.2% lower on Tuesday.",
        ZonedDateTime.parse("2026-07-01T09:00Z")));
    assertEquals("Last week=2026-W10|the week=2026-W10", mentions("Last week, the index closed the week at 5,100.",
        ZonedDateTime.parse("2026-03-14T10:00Z")));
    assertEquals("March 3, 2020=2020-03-03|the week=2026-W11", mentions("The stock, listed on March 3, 2020, closed "
        + "the week at $41.", ZonedDateTime.parse("2026-03-14T10:00Z")));
    assertEquals("the week=2026-W11", mentions("Gold is up 4% for the week.", ZonedDateTime.parse("2026-03-11T10:00Z")));
    assertEquals("Dec. 31=2025-12-31|the year=2025", mentions("On Dec. 31, the index ended the year up 9%.", saturday));
    // a year's move "for" it is a length, and a week away is no market's
    assertEquals("", mentions("Shares are up 12% for the year.", saturday));
    assertEquals("", mentions("He was away for the week.", saturday));
  }

  @Test
  void aMonthsMeasureForItAndAQuarterBeforeItsNoun() {
    ZonedDateTime monday = ZonedDateTime.parse("2026-10-05T09:00+02:00");
    // a measure "for" a month is published after it; a plan for it is not
    assertEquals("August=2026-08|Tuesday=2026-10-06", mentions("Factory orders for August are due on Tuesday.", monday));
    assertEquals("September=2026-09|Friday=2026-10-09", mentions("Retail sales for September will be published on "
        + "Friday.", monday));
    assertEquals("August=2027-08|Friday=2026-10-09", mentions("Plans for August are due on Friday.", monday));
    // a quarter named by its last month before the noun it dates needs no "the"; before "of" it is no quarter
    assertEquals("September quarter=2026-Q3|October 28=2026-10-28", mentions("September quarter inflation figures are "
        + "due on October 28.", monday));
    assertEquals("March quarter=2026-Q1", mentions("March quarter GDP rose 0.4%.", monday));
    assertEquals("December=2025-12", mentions("She grew up in a December quarter of the city.", monday));
  }

  @Test
  void hoursLaterCountFromTheLastClockTimeTold() {
    ZonedDateTime evening = ZonedDateTime.parse("2027-08-12T21:05+03:00");
    assertEquals("3pm=2027-08-12T15:00|two hours later=2027-08-12T17:00", mentions("Counting, halted at 3pm over a "
        + "dispute, resumed two hours later.", evening));
    assertEquals("11:40 p.m.=2027-08-08T23:40|Sunday=2027-08-08|Forty minutes later=2027-08-09T00:20",
        mentions("The blast hit at 11:40 p.m. on Sunday. Forty minutes later, crews arrived.", evening));
    // with no clock time told, a length
    assertEquals("Ninety minutes later=PT90M", mentions("Ninety minutes later, police arrived.", evening));
  }

  @Test
  void whatWillHappenTheNextDayCountsFromADayStillToCome() {
    ZonedDateTime saturday = ZonedDateTime.parse("2025-10-04T10:30+01:00");
    assertEquals("Friday=2025-10-03|October 27=2025-10-27|Tuesday=2025-09-30|the next day=2025-10-28",
        mentions("A court on Friday adjourned the trial until October 27, after the defence said it needed time to study "
            + "papers served on Tuesday. The prosecution is expected to close its case the next day.", saturday));
    // told in the past, it counts from the last day told
    assertEquals("October 27=2025-10-27|Tuesday=2025-09-30|the next day=2025-10-01", mentions("The final is on October "
        + "27. Police arrested ten fans on Tuesday and they appeared in court the next day.", saturday));
  }

  @Test
  void whatWasDoneInTheRunUpToAWeekdayTheDayAfterItWasDoneBeforeIt() {
    ZonedDateTime tuesday = ZonedDateTime.parse("2025-05-13T14:20+08:00");
    assertEquals("Monday=2025-05-12", mentions("Eleven people were arrested in the run-up to Monday's polls.", tuesday));
    assertEquals("Monday=2025-05-19", mentions("Police will step up patrols ahead of Monday's polls.", tuesday));
    // the event ahead stays unless the one gone by is less than half as far
    assertEquals("Sunday=2025-05-18", mentions("Police stepped up patrols ahead of Sunday's vote.", ZonedDateTime.parse(
        "2025-05-14T10:00+08:00")));
  }

  @Test
  void labourDayByAStatesNameOrACityInTheReportAndCanadasFamilyDay() {
    ZonedDateTime sunday = ZonedDateTime.parse("2026-10-04T20:45+11:00");
    assertEquals("tomorrow=2026-10-05|Labour Day=2026-10-05", mentions("Most NSW workers will have tomorrow off for the "
        + "Labour Day public holiday.", sunday));
    assertEquals("Monday=2026-10-05|Labour Day=2026-10-05", mentions("Traffic between Sydney and the Central Coast was "
        + "backed up on Monday as holidaymakers headed home on the Labour Day public holiday.",
        ZonedDateTime.parse("2026-10-08T13:05+11:00")));
    ZonedDateTime january = ZonedDateTime.parse("2026-01-02T10:05-05:00");
    assertEquals("Family Day=2026-02-16", mentions("Provincial parks will waive fees on Family Day.", january));
    assertEquals("Sunday=2025-12-28", mentions("We had a family day out at the zoo on Sunday.", january));
  }

  @Test
  void secondReviewsReadings() {
    // a move over a period still running is that period's, and a month of the unit told long before is none of it
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-06-17T16:30-04:00");
    assertEquals("the week=2026-W25", mentions("Gold has gained 3% for the week.", wednesday));
    assertEquals("July 2=2026-07-02|the month=2026-07", mentions("Copper surged on July 2 and is up 6% for the month.",
        ZonedDateTime.parse("2026-07-15T09:00-04:00")));
    assertEquals("March=2026-03|the month=2026-06", mentions("After a rout in March, the index closed the month up 4%.",
        ZonedDateTime.parse("2026-07-01T09:00-04:00")));
    assertEquals("", mentions("Staff signed up for the month, the charity said.", wednesday));
    // what will happen the next day after yesterday is today; a "set for" far from its date is no plan of it
    ZonedDateTime friday = ZonedDateTime.parse("2026-09-18T16:00-04:00");
    assertEquals("Sunday=2026-09-20|Thursday=2026-09-17|the next day=2026-09-18", mentions("The derby is on Sunday. "
        + "United trained on Thursday and will travel the next day.", friday));
    assertEquals("November=2026-11|Sunday=2026-11-01", mentions("The price cap set for November took effect on Sunday.",
        ZonedDateTime.parse("2026-11-02T08:00-05:00")));
    // the day of midnight on Sunday is Sunday, whose next day is Monday
    assertEquals("midnight=2026-03-08T24:00|Sunday=2026-03-08|noon the next day=2026-03-09T12:00", mentions("The strike "
        + "began at midnight on Sunday and ended at noon the next day.", ZonedDateTime.parse("2026-03-12T08:00-05:00")));
    // a month told with another after a hyphen is a date of its own
    assertTrue(mentions("Protests that erupted in June-July resume on Sunday.", ZonedDateTime.parse(
        "2026-03-11T09:00Z")).endsWith("|Sunday=2026-03-15"));
  }

  static String mentions(String text, ZonedDateTime reference) {
    List<DateMention> found = EXTRACTOR.extract(Report.of("t", text, reference));
    return found.stream().map(m -> m.span().text() + "=" + m.value()).collect(Collectors.joining("|"));
  }
}
