package org.dateline.rules.time.en;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Festival;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.NthWeekdayOfMonth;
import org.dateline.resolve.Unit;

/**
 * Holidays common in news: Christmas, Thanksgiving, Easter and the days counted from it, Independence Day,
 * Boxing Day, Juneteenth, Anzac Day, MLK Day, Mother's Day and others, on fixed days or on the nth weekday of
 * their month. A holiday's name counts only capitalised ("christmas" in a shop's name is no date).
 */
final class HolidayRules {
  /** The names of the holidays in {@link #FIXED_DAYS} and {@link #NTH_WEEKDAYS}, as the text may write them. */
  private static final String NAMED_DAYS = "boxing\\s{1,3}day|veterans['\u2019]?\\s{1,3}day|remembrance\\s{1,3}day"
      + "|armistice\\s{1,3}day|juneteenth|bastille\\s{1,3}day|canada\\s{1,3}day|australia\\s{1,3}day|anzac\\s{1,3}day"
      + "|(?:st\\.?|saint)\\s{1,3}patrick['\u2019]?s\\s{1,3}day|bonfire\\s{1,3}night|guy\\s{1,3}fawkes\\s{1,3}night|hogmanay"
      + "|martin\\s{1,3}luther\\s{1,3}king(?:\\s{1,3}jr\\.?)?\\s{1,3}day|mlk\\s{1,3}day|presidents['\u2019]?\\s{1,3}day"
      + "|columbus\\s{1,3}day|mother['\u2019]?s\\s{1,3}day|father['\u2019]?s\\s{1,3}day|remembrance\\s{1,3}sunday"
      + "|youth\\s{1,3}day|republic\\s{1,3}day|heritage\\s{1,3}day|mandela\\s{1,3}day|democracy\\s{1,3}day"
      + "|freedom\\s{1,3}day|may\\s{1,3}day|diwali|deepavali|holi"
      // Japan's national days, and the day of the United States' elections
      + "|culture\\s{1,3}day|labor\\s{1,3}thanksgiving\\s{1,3}day|showa\\s{1,3}day|greenery\\s{1,3}day|mountain\\s{1,3}day"
      + "|coming\\s{1,3}of\\s{1,3}age\\s{1,3}day|respect\\s{1,3}for\\s{1,3}the\\s{1,3}aged\\s{1,3}day|marine\\s{1,3}day"
      + "|election\\s{1,3}day"
      // Malaysia's two national days
      + "|merdeka\\s{1,3}day|malaysia\\s{1,3}day"
      // Brazil's Tiradentes Day, and the Lunar New Year of East Asia's calendars
      + "|tiradentes\\s{1,3}day|(?:lunar|chinese)\\s{1,3}new\\s{1,3}year"
      // the two Eids, as English news spells them: "Eid al-Fitr", "Eid-ul-Fitr", "Eid ul Adha", "Eid-ul-Azha"
      + "|eid[\\s-]{1,3}(?:al|ul|el)[\\s-]{1,3}(?:fitr|adha|azha)";
  /**
   * More holidays' names, a rule of their own: their trigger words ("national", "international", "women") are
   * common, and at them only these few names are tried.
   */
  private static final String MORE_DAYS = ""
      // the Jewish holidays most in the news
      + "rosh\\s{1,3}hashanah|yom\\s{1,3}kippur|passover|hanukkah|chanukah"
      // Kenya's and New Zealand's national days, the United States' Fourth, Victory Day, Earth Day, Women's Day
      + "|waitangi\\s{1,3}day|madaraka\\s{1,3}day|jamhuri\\s{1,3}day|mashujaa\\s{1,3}day"
      + "|fourth\\s{1,3}of\\s{1,3}july|victory\\s{1,3}day|earth\\s{1,3}day"
      + "|(?:international\\s{1,3})?women['\u2019]?s\\s{1,3}day|canadian\\s{1,3}thanksgiving"
      // days each country keeps under one name (see NationalDays), Orthodox feasts, Korea's and China's autumn
      // festival, South Africa's, Vietnam's, the Netherlands' and Germany's days, Britain's Mother's Day
      + "|national\\s{1,3}day|orthodox\\s{1,3}easter|orthodox\\s{1,3}christmas|chuseok|mid-autumn\\s{1,3}festival"
      + "|reconciliation\\s{1,3}day|reunification\\s{1,3}day|king['\u2019]?s\\s{1,3}day"
      + "|german\\s{1,3}(?:unity|reunification)\\s{1,3}day|mothering\\s{1,3}sunday"
      // South Africa's on March 21, the world's on December 10
      + "|(?:international\\s{1,3})?human\\s{1,3}rights\\s{1,3}day"
      // England's bank holidays of May and August
      + "|(?:early\\s{1,3}may|may|spring|august)\\s{1,3}bank\\s{1,3}holiday"
      // Canada's Family Day, kept by most of its provinces on February's third Monday
      + "|family\\s{1,3}day";
  private static final String NAMED_DAYS_TRIGGER = "boxing veterans remembrance armistice juneteenth bastille canada "
      + "australia anzac st saint bonfire guy hogmanay martin mlk presidents columbus mother father youth republic "
      + "heritage mandela democracy freedom may diwali deepavali holi culture showa greenery mountain coming respect "
      + "marine election merdeka malaysia tiradentes lunar chinese eid";
  private static final String MORE_DAYS_TRIGGER = "rosh yom passover hanukkah chanukah waitangi madaraka jamhuri "
      + "mashujaa fourth victory earth international women canadian national orthodox chuseok mid reconciliation "
      + "reunification king kings german mothering human early may spring august family";
  /** Holidays on a fixed day of the year, by their names in lower case without apostrophes or full stops. */
  private static final java.util.Map<String, java.time.MonthDay> FIXED_DAYS = java.util.Map.ofEntries(
      java.util.Map.entry("boxing day", java.time.MonthDay.of(12, 26)),
      java.util.Map.entry("veterans day", java.time.MonthDay.of(11, 11)),
      java.util.Map.entry("remembrance day", java.time.MonthDay.of(11, 11)),
      java.util.Map.entry("armistice day", java.time.MonthDay.of(11, 11)),
      java.util.Map.entry("juneteenth", java.time.MonthDay.of(6, 19)),
      java.util.Map.entry("bastille day", java.time.MonthDay.of(7, 14)),
      java.util.Map.entry("canada day", java.time.MonthDay.of(7, 1)),
      java.util.Map.entry("australia day", java.time.MonthDay.of(1, 26)),
      java.util.Map.entry("anzac day", java.time.MonthDay.of(4, 25)),
      java.util.Map.entry("st patricks day", java.time.MonthDay.of(3, 17)),
      java.util.Map.entry("saint patricks day", java.time.MonthDay.of(3, 17)),
      java.util.Map.entry("bonfire night", java.time.MonthDay.of(11, 5)),
      java.util.Map.entry("guy fawkes night", java.time.MonthDay.of(11, 5)),
      java.util.Map.entry("hogmanay", java.time.MonthDay.of(12, 31)),
      // South Africa's and India's days most in the news ("International Youth Day" is another's, see below)
      java.util.Map.entry("youth day", java.time.MonthDay.of(6, 16)),
      java.util.Map.entry("heritage day", java.time.MonthDay.of(9, 24)),
      java.util.Map.entry("mandela day", java.time.MonthDay.of(7, 18)),
      // Nigeria's and South Africa's days, and the workers' day of most of the world
      java.util.Map.entry("democracy day", java.time.MonthDay.of(6, 12)),
      java.util.Map.entry("freedom day", java.time.MonthDay.of(4, 27)),
      java.util.Map.entry("may day", java.time.MonthDay.of(5, 1)),
      java.util.Map.entry("culture day", java.time.MonthDay.of(11, 3)),
      java.util.Map.entry("labor thanksgiving day", java.time.MonthDay.of(11, 23)),
      java.util.Map.entry("showa day", java.time.MonthDay.of(4, 29)),
      java.util.Map.entry("greenery day", java.time.MonthDay.of(5, 4)),
      java.util.Map.entry("mountain day", java.time.MonthDay.of(8, 11)),
      java.util.Map.entry("merdeka day", java.time.MonthDay.of(8, 31)),
      java.util.Map.entry("malaysia day", java.time.MonthDay.of(9, 16)),
      java.util.Map.entry("tiradentes day", java.time.MonthDay.of(4, 21)),
      java.util.Map.entry("waitangi day", java.time.MonthDay.of(2, 6)),
      java.util.Map.entry("madaraka day", java.time.MonthDay.of(6, 1)),
      java.util.Map.entry("jamhuri day", java.time.MonthDay.of(12, 12)),
      java.util.Map.entry("mashujaa day", java.time.MonthDay.of(10, 20)),
      java.util.Map.entry("fourth of july", java.time.MonthDay.of(7, 4)),
      java.util.Map.entry("earth day", java.time.MonthDay.of(4, 22)),
      java.util.Map.entry("womens day", java.time.MonthDay.of(3, 8)),
      java.util.Map.entry("international womens day", java.time.MonthDay.of(3, 8)),
      java.util.Map.entry("orthodox christmas", java.time.MonthDay.of(1, 7)),
      java.util.Map.entry("reconciliation day", java.time.MonthDay.of(12, 16)),
      java.util.Map.entry("reunification day", java.time.MonthDay.of(4, 30)),
      java.util.Map.entry("kings day", java.time.MonthDay.of(4, 27)),
      java.util.Map.entry("german unity day", java.time.MonthDay.of(10, 3)),
      java.util.Map.entry("german reunification day", java.time.MonthDay.of(10, 3)));
  /** Holidays on the nth weekday of a month (the United States', Canada's and Japan's), by their first word. */
  private static final java.util.Map<String, NthWeekdayOfMonth> NTH_WEEKDAYS = java.util.Map.ofEntries(
      java.util.Map.entry("coming", new NthWeekdayOfMonth(2, DayOfWeek.MONDAY, Month.JANUARY, OptionalInt.empty())),
      java.util.Map.entry("marine", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.JULY, OptionalInt.empty())),
      java.util.Map.entry("respect", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.SEPTEMBER, OptionalInt.empty())),
      java.util.Map.entry("martin", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.JANUARY, OptionalInt.empty())),
      java.util.Map.entry("mlk", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.JANUARY, OptionalInt.empty())),
      java.util.Map.entry("presidents", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.FEBRUARY, OptionalInt.empty())),
      java.util.Map.entry("family", new NthWeekdayOfMonth(3, DayOfWeek.MONDAY, Month.FEBRUARY, OptionalInt.empty())),
      java.util.Map.entry("columbus", new NthWeekdayOfMonth(2, DayOfWeek.MONDAY, Month.OCTOBER, OptionalInt.empty())),
      java.util.Map.entry("mothers", new NthWeekdayOfMonth(2, DayOfWeek.SUNDAY, Month.MAY, OptionalInt.empty())),
      java.util.Map.entry("fathers", new NthWeekdayOfMonth(3, DayOfWeek.SUNDAY, Month.JUNE, OptionalInt.empty())),
      java.util.Map.entry("remembrance", new NthWeekdayOfMonth(2, DayOfWeek.SUNDAY, Month.NOVEMBER, OptionalInt.empty())));

  /**
   * England's bank holidays named by their season: the early May one (the first Monday of May, as "the May bank
   * holiday"), the spring one (May's last Monday) and the August one (August's last Monday; "the summer bank holiday"
   * is left alone, Scotland's falling on the first).
   */
  private static final java.util.Map<String, NthWeekdayOfMonth> BANK_HOLIDAYS = java.util.Map.of(
      "early may bank holiday", new NthWeekdayOfMonth(1, DayOfWeek.MONDAY, Month.MAY, OptionalInt.empty()),
      "may bank holiday", new NthWeekdayOfMonth(1, DayOfWeek.MONDAY, Month.MAY, OptionalInt.empty()),
      "spring bank holiday", new NthWeekdayOfMonth(-1, DayOfWeek.MONDAY, Month.MAY, OptionalInt.empty()),
      "august bank holiday", new NthWeekdayOfMonth(-1, DayOfWeek.MONDAY, Month.AUGUST, OptionalInt.empty()));

  /** Festivals of the lunisolar calendar, whose days come from a table. */
  private static final java.util.Map<String, Festival> FESTIVALS = java.util.Map.ofEntries(
      java.util.Map.entry("diwali", Festival.DIWALI), java.util.Map.entry("deepavali", Festival.DIWALI),
      java.util.Map.entry("holi", Festival.HOLI), java.util.Map.entry("lunar new year", Festival.LUNAR_NEW_YEAR),
      java.util.Map.entry("chinese new year", Festival.LUNAR_NEW_YEAR),
      java.util.Map.entry("eid al fitr", Festival.EID_AL_FITR), java.util.Map.entry("eid al adha", Festival.EID_AL_ADHA),
      java.util.Map.entry("rosh hashanah", Festival.ROSH_HASHANAH), java.util.Map.entry("yom kippur", Festival.YOM_KIPPUR),
      java.util.Map.entry("passover", Festival.PASSOVER), java.util.Map.entry("hanukkah", Festival.HANUKKAH),
      java.util.Map.entry("chanukah", Festival.HANUKKAH), java.util.Map.entry("orthodox easter", Festival.ORTHODOX_EASTER),
      java.util.Map.entry("chuseok", Festival.CHUSEOK), java.util.Map.entry("mid-autumn festival", Festival.CHUSEOK));
  /**
   * Capitalised words after a holiday that make it a name: "the Good Friday Agreement", "the Yom Kippur War", "the
   * National Day Rally" (a speech of its own day), "the Easter Vigil" (held the night before).
   */
  private static final java.util.Set<String> NAME_AFTER = java.util.Set.of("agreement", "accord", "accords", "war",
      "rally", "vigil");
  /**
   * Capitalised words before a day that make it another day: "International Youth Day", "National Youth Day", "Three
   * Kings Day".
   */
  private static final java.util.Set<String> NAME_BEFORE = java.util.Set.of("international", "national", "world",
      "three");

  /** Days counted from Easter Sunday, by their names. */
  private static final java.util.Map<String, Integer> EASTER_DAYS = java.util.Map.ofEntries(
      java.util.Map.entry("good friday", -2), java.util.Map.entry("ash wednesday", -46),
      java.util.Map.entry("palm sunday", -7), java.util.Map.entry("maundy thursday", -3),
      java.util.Map.entry("holy thursday", -3), java.util.Map.entry("holy saturday", -1),
      java.util.Map.entry("shrove tuesday", -47), java.util.Map.entry("mothering sunday", -21),
      java.util.Map.entry("ascension day", 39), java.util.Map.entry("ascension thursday", 39),
      java.util.Map.entry("pentecost", 49), java.util.Map.entry("pentecost sunday", 49),
      java.util.Map.entry("whit sunday", 49),
      java.util.Map.entry("pentecost monday", 50), java.util.Map.entry("whit monday", 50));

  /** A year told after a holiday or its season: " period in 2025", " of 2024", " holidays in 2019". */
  private static final java.util.regex.Pattern YEAR_AFTER = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:(?:period|holidays?|weekend|season|break|rush)\\s{1,3})?(?:in|of)\\s{1,3}(" + CalendarRules.YEAR + ")\\b");
  /** How far after a holiday its year may end. */
  private static final int YEAR_AFTER_REACH = 30;

  private HolidayRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.of("<holiday>", "christmas new thanksgiving independence halloween valentine labor labour memorial easter "
                + "good ash palm maundy holy shrove black cyber ascension pentecost whit last next this "
                + NAMED_DAYS_TRIGGER,
            "(?:(?<r>last|next|this)\\s{1,3})?(?<h>easter(?:\\s{1,3}(?:sunday|monday|week))?|good\\s{1,3}friday|ash\\s{1,3}wednesday|palm\\s{1,3}sunday"
                + "|(?:maundy|holy)\\s{1,3}thursday|holy\\s{1,3}saturday|shrove\\s{1,3}tuesday|black\\s{1,3}friday"
                // the feasts counted on from Easter that Europe keeps as public holidays
                + "|ascension\\s{1,3}(?:day|thursday)|pentecost(?:\\s{1,3}(?:sunday|monday))?|whit\\s{1,3}(?:sunday|monday)"
                + "|cyber\\s{1,3}monday|christmas\\s{1,3}eve|christmas(?:\\s{1,3}day)?"
                + "|new\\s{1,3}year'?s\\s{1,3}eve|new\\s{1,3}year'?s(?:\\s{1,3}day)?|new\\s{1,3}year(?!['\u2019])"
                + "|thanksgiving(?:\\s{1,3}(?:day|monday))?|independence\\s{1,3}day|halloween|valentine'?s\\s{1,3}day|labou?r\\s{1,3}day"
                + "|memorial\\s{1,3}day|" + NAMED_DAYS + ")\\b(?:,?\\s{1,3}(?<y>" + CalendarRules.YEAR + ")\\b)?",
            HolidayRules::holiday),
        // the same reading; "(?<r>){0}" is the "last/next/this" group, which these names are never read with
        Rule.of("<holiday> (more)", MORE_DAYS_TRIGGER, "(?<r>){0}(?<h>" + MORE_DAYS + ")\\b(?:,?\\s{1,3}(?<y>"
            + CalendarRules.YEAR + ")\\b)?", HolidayRules::holiday));
  }

  private static TemporalExpression holiday(Matcher m, Scan s) {
    String h = m.group("h").replaceAll("\\s{1,3}", " ").replace("'", "").replace("\u2019", "").replace(".", "");
    OptionalInt y = CalendarRules.year(m, "y");
    if (y.isEmpty() && m.group("r") == null) {
      // the year told after the holiday's season: "over the Easter period in 2025", "at Christmas of 2024"
      Matcher a = YEAR_AFTER.matcher(s.lower).region(m.end(), Math.min(s.length(), m.end() + YEAR_AFTER_REACH));
      if (a.lookingAt()) {
        y = OptionalInt.of(Integer.parseInt(a.group(1)));
      }
    }
    if (named(m, s) || labels(m, s) || h.equals("new year") && !newYearsDay(m, s)) {
      return null;
    }
    if (m.group("r") != null && s.wordBefore(m.start()).equals("the")) {
      return null; // "the last Christmas market": the final one, no holiday of last year
    }
    if (m.group("r") != null) {
      // "last Thanksgiving", "next Easter", "this Christmas": the holiday nearest publication that way
      TemporalExpression e = y.isPresent() ? null : holidayIn(m, s, h, y);
      return e == null || !nearable(e) ? null
          : new TemporalExpression.NearestOccurrence(e, RelativeRules.offset(m.group("r")));
    }
    return holidayIn(m, s, h, y);
  }

  /**
   * Labour Day of the country the report means (see {@link NationalDays}): the first Monday of September in the
   * United States and Canada, the fourth Monday of October in New Zealand, May 23 in Jamaica, each Australian state's
   * own (Queensland's in May, Victoria's in March, New South Wales's in October), May 1 (the world's Workers' Day) in
   * the others in its table, none for Australia named alone. With no country, "Labor Day" is the
   * United States', and "Labour Day" that of where the report's offset puts it: North America's from four to nine
   * hours behind UTC, New Zealand's at twelve or thirteen ahead, none for Australia's, else May 1.
   */
  private static TemporalExpression labourDay(Scan s, Matcher m, String h, OptionalInt y) {
    if (!s.isUpper(m.start("h"))) {
      return null;
    }
    NationalDays.Found f = NationalDays.find(s, NationalDays.Kind.LABOUR, m.start(), m.end(), y);
    String country = f != null ? f.country() : h.startsWith("labor ") ? "united states" : labourZone(s.offset);
    return NationalDays.labourDay(country, y);
  }

  /** The country a report's offset puts it in for Labour Day, as {@link #labourDay} reads it; "" for May 1's. */
  private static String labourZone(java.time.ZoneOffset offset) {
    int hours = offset == null ? 0 : offset.getTotalSeconds() / 3600;
    int minutes = offset == null ? 0 : offset.getTotalSeconds() / 60;
    return hours <= -4 && hours >= -9 ? "canada" : hours >= 12 ? "new zealand"
        : minutes >= 9 * 60 + 30 && minutes <= 11 * 60 ? "australia" : "";
  }

  /** Whether the report means Canada's Thanksgiving (see {@link NationalDays}). */
  private static boolean canadian(Scan s, Matcher m, OptionalInt y) {
    NationalDays.Found f = NationalDays.find(s, NationalDays.Kind.THANKSGIVING, m.start(), m.end(), y);
    return f != null && f.country().equals("canada");
  }

  /** Words before a capitalised "New Year" that make it another calendar's, a year, or a greeting. */
  private static final java.util.Set<String> NOT_NEW_YEARS_DAY = java.util.Set.of("the", "a", "an", "happy", "lunar",
      "chinese", "vietnamese", "korean", "tibetan", "jewish", "persian", "iranian", "islamic", "hijri", "hindu", "sikh",
      "tamil", "sinhala", "sinhalese", "thai", "khmer", "lao", "ethiopian", "orthodox", "every", "each", "bengali",
      "bangla", "nepali", "nepalese", "punjabi", "telugu", "kannada", "malayalam", "assamese", "odia", "marathi",
      "gujarati", "balinese", "burmese", "myanmar", "cambodian", "mongolian", "kurdish", "afghan", "zoroastrian",
      "parsi", "baha'i", "coptic", "armenian", "julian");
  /** Nouns after "New Year" that name a thing of the season, not the day: "the New Year honours". */
  private static final java.util.Set<String> NEW_YEAR_THINGS = java.util.Set.of("honours", "honors", "message",
      "address", "speech", "resolution", "resolutions");

  /**
   * Whether a bare "New Year" is the first of January: written with capitals ("shut until after New Year", "at New
   * Year"), not after "the" or "a" (the coming year, read by its own rule), another calendar's name ("Lunar New Year")
   * or a greeting, nor before a thing of the season ("New Year honours").
   */
  private static boolean newYearsDay(Matcher m, Scan s) {
    int h = m.start("h");
    int year = s.lower.indexOf("year", h);
    int[] after = wordAfter(s, m.end(), 12);
    return s.isUpper(h) && year > 0 && s.isUpper(year) && !NOT_NEW_YEARS_DAY.contains(s.wordBefore(h))
        && !NEW_YEAR_THINGS.contains(s.lower.substring(after[0], after[1]));
  }

  /** Whether a holiday's expression can be put in a year: a fixed day, a weekday of a month, a festival. */
  private static boolean nearable(TemporalExpression e) {
    return e instanceof MonthDay || e instanceof NthWeekdayOfMonth || e instanceof TemporalExpression.EasterDay
        || e instanceof TemporalExpression.FestivalDay || e instanceof TemporalExpression.IndependenceDay;
  }

  private static TemporalExpression holidayIn(Matcher m, Scan s, String h, OptionalInt y) {
    // "Eid-ul-Azha" is Eid al-Adha: one key for the spellings of the Eids
    Festival festival = FESTIVALS.get(h.startsWith("eid") ? h.replace('-', ' ').replaceAll("\\s+", " ")
        .replace(" ul ", " al ").replace(" el ", " al ").replace("azha", "adha") : h);
    if (festival != null) {
      return s.isUpper(m.start("h")) ? new TemporalExpression.FestivalDay(festival, y) : null;
    }
    NthWeekdayOfMonth bank = BANK_HOLIDAYS.get(h);
    if (bank != null) {
      // "the early May bank holiday": plain enough without capitals, but for May's ("we may bank holiday pay")
      int may = h.indexOf("may");
      return may >= 0 && !s.isUpper(m.start("h") + may) ? null
          : new NthWeekdayOfMonth(bank.n(), bank.day(), bank.month(), y);
    }
    java.time.MonthDay fixed = FIXED_DAYS.get(h);
    NthWeekdayOfMonth nth = fixed != null ? null : NTH_WEEKDAYS.get(h.substring(0, Math.max(0, h.indexOf(' '))));
    if (fixed != null || nth != null && h.endsWith("day")) {
      if (!Character.isUpperCase(s.text.charAt(m.start("h")))) {
        return null;
      }
      if (nth != null && h.startsWith("mothers")
          && NationalDays.find(s, NationalDays.Kind.MOTHERS, m.start(), m.end(), y) != null) {
        return new TemporalExpression.EasterDay(-21, y); // Britain's and Ireland's: Mothering Sunday, in Lent
      }
      if (nth != null) {
        return new NthWeekdayOfMonth(nth.n(), nth.day(), nth.month(), y);
      }
      return y.isPresent() ? new Explicit(TimeValue.ofDay(fixed.atYear(y.getAsInt())))
          : new MonthDay(fixed.getMonth(), fixed.getDayOfMonth(), y);
    }
    Integer fromEaster = EASTER_DAYS.get(h);
    if (fromEaster != null || h.startsWith("easter")) {
      if (!Character.isUpperCase(s.text.charAt(m.start("h"))) || fromEaster != null && fromEaster > 0
          && !feastOfTheYear(s, m)) {
        return null;
      }
      int days = fromEaster != null ? fromEaster : h.endsWith("monday") ? 1 : 0;
      TemporalExpression day = new TemporalExpression.EasterDay(days, y);
      return h.endsWith("week") ? new TemporalExpression.Containing(Unit.WEEK, day) : day; // the week ending on Easter
    }
    if (h.equals("election day")) {
      // the Tuesday after the first Monday of November
      return Character.isUpperCase(s.text.charAt(m.start("h"))) ? new TemporalExpression.DayShift(
          new NthWeekdayOfMonth(1, DayOfWeek.MONDAY, Month.NOVEMBER, y), 1) : null;
    }
    if (h.startsWith("black") || h.startsWith("cyber")) {
      // the Friday and the Monday after Thanksgiving
      return Character.isUpperCase(s.text.charAt(m.start("h"))) ? new TemporalExpression.DayShift(
          new NthWeekdayOfMonth(4, DayOfWeek.THURSDAY, Month.NOVEMBER, y), h.startsWith("black") ? 1 : 4) : null;
    }
    if (h.startsWith("thanksgiving") && !s.isUpper(m.start("h"))) {
      return null; // "a thanksgiving service" gives thanks on any day
    }
    // Thanksgiving on a Monday is Canada's
    if (h.startsWith("canadian") || h.equals("thanksgiving monday") || h.startsWith("thanksgiving") && canadian(s, m, y)) {
      return new NthWeekdayOfMonth(2, DayOfWeek.MONDAY, Month.OCTOBER, y); // Canada's: the second Monday of October
    }
    if (h.startsWith("thanksgiving")) {
      return new NthWeekdayOfMonth(4, DayOfWeek.THURSDAY, Month.NOVEMBER, y);
    } else if (h.startsWith("labo")) {
      return labourDay(s, m, h, y);
    } else if (h.startsWith("memorial")) {
      return new NthWeekdayOfMonth(-1, DayOfWeek.MONDAY, Month.MAY, y);
    } else if (h.endsWith("human rights day")) {
      if (!s.isUpper(m.start("h"))) {
        return null;
      }
      NationalDays.Found f = h.startsWith("international") ? null
          : NationalDays.find(s, NationalDays.Kind.HUMAN_RIGHTS, m.start(), m.end(), y);
      return f != null && f.day() != null ? f.day() : new MonthDay(Month.DECEMBER, 10, y);
    } else if (h.startsWith("independence") || h.equals("national day") || h.equals("republic day")
        || h.equals("victory day")) {
      if (!s.isUpper(m.start("h")) || h.startsWith("national") && s.lower.startsWith(" of ", m.end())) {
        return null; // "a National Day of Mourning" is another day
      }
      // the country the report means tells whose day it is: "Ukraine's Independence Day", "Turkiye marks Republic
      // Day"; "Israel will mark Independence Day" is a day of the Hebrew calendar, no day read; with no country,
      // Independence Day is that of the report's zone, Republic Day India's, Victory Day May 9's
      NationalDays.Kind kind = h.startsWith("independence") ? NationalDays.Kind.INDEPENDENCE
          : h.startsWith("national") ? NationalDays.Kind.NATIONAL
          : h.startsWith("victory") ? NationalDays.Kind.VICTORY : NationalDays.Kind.REPUBLIC;
      NationalDays.Found f = NationalDays.find(s, kind, m.start(), m.end(), y);
      if (f != null) {
        return f.day();
      }
      return kind == NationalDays.Kind.INDEPENDENCE ? new TemporalExpression.IndependenceDay(y)
          : kind == NationalDays.Kind.REPUBLIC ? new MonthDay(Month.JANUARY, 26, y)
          : kind == NationalDays.Kind.VICTORY ? new MonthDay(Month.MAY, 9, y) : null;
    }
    Month month;
    int day;
    if (h.startsWith("christmas")) {
      month = Month.DECEMBER;
      day = h.endsWith("eve") ? 24 : 25;
    } else if (h.startsWith("new")) {
      month = h.endsWith("eve") ? Month.DECEMBER : Month.JANUARY;
      day = h.endsWith("eve") ? 31 : 1;
    } else if (h.startsWith("halloween")) {
      month = Month.OCTOBER;
      day = 31;
    } else {
      month = Month.FEBRUARY;
      day = 14;
    }
    if (!Character.isUpperCase(s.text.charAt(m.start("h")))) {
      return null;
    }
    return y.isPresent() ? new Explicit(TimeValue.ofDay(LocalDate.of(y.getAsInt(), month, day))) : new MonthDay(month, day, y);
  }

  /**
   * Whether a holiday without a year is part of a name: a capitalised word of {@link #NAME_AFTER} follows it ("the
   * Good Friday Agreement"), or one of {@link #NAME_BEFORE} comes before it ("International Youth Day").
   */
  /**
   * Lower-case nouns after a holiday that make it a label of a thing of the season, not of the day: "the Christmas
   * market", "Christmas lights", "a Valentine's Day card" (a party or a parade may well be on the day).
   */
  private static final java.util.Set<String> LABELLED = java.util.Set.of("market", "markets", "tree", "trees", "lights",
      "card", "cards", "decorations", "album", "ad", "ads", "menu", "bonus", "sweater", "jumper", "movie", "film",
      "shopping", "shoppers", "season", "mask", "masks", "costume", "costumes", "candy", "festivities");
  /**
   * Lower-case words after a holiday that make it a label whatever comes before it: those who keep it and what it
   * brings ("warned New Year's revelers", "brisk Diwali-related sales").
   */
  private static final java.util.Set<String> ALWAYS_LABELLED = java.util.Set.of("revelers", "revellers", "related");
  /** Words right before a holiday that make it a time whatever follows: "on Christmas shopping night". */
  private static final java.util.Set<String> TIME_BEFORE = java.util.Set.of("on", "before", "after", "until", "till",
      "by", "since", "over", "during", "around", "for", "at");

  /** Whether the holiday names a thing with the lower-case noun after it, and no time word comes before it. */
  private static boolean labels(Matcher m, Scan s) {
    if (m.group("y") != null) {
      return false;
    }
    // past a hyphen too: "Diwali-related", "Diwali- related"
    int[] w = wordAfter(s, m.end() < s.length() && s.text.charAt(m.end()) == '-' ? m.end() + 1 : m.end(), 12);
    int a = w[0];
    int e = w[1];
    String word = s.lower.substring(a, e);
    return a < e && !s.isUpper(a) && (ALWAYS_LABELLED.contains(word)
        || LABELLED.contains(word) && !TIME_BEFORE.contains(s.wordBefore(m.start())));
  }

  /** Returns the start and end of the word of at most {@code max} letters after {@code end}, past spaces. */
  private static int[] wordAfter(Scan s, int end, int max) {
    int a = end;
    while (a < s.length() && s.text.charAt(a) == ' ') {
      a++;
    }
    int e = a;
    while (e < s.length() && e - a < max && Character.isLetter(s.text.charAt(e))) {
      e++;
    }
    return new int[] {a, e};
  }

  /** Nouns after Pentecost that make it a church's name: "Pentecost churches". */
  private static final java.util.Set<String> CHURCH_NOUNS = java.util.Set.of("church", "churches", "chapel",
      "mission", "movement", "assembly", "congregation", "congregations", "pastor", "pastors", "revival");

  /**
   * Whether a feast counted on from Easter (Ascension, Pentecost, Whit Monday) is the Western church's feast: not
   * "the Church of Pentecost" nor "Orthodox Pentecost", nor "Pentecost churches" ("ahead of Pentecost" is the feast).
   */
  private static boolean feastOfTheYear(Scan s, Matcher m) {
    int[] w = wordAfter(s, m.end(), 14);
    String before = s.wordBefore(m.start("h"));
    int b = s.lower.lastIndexOf(before, m.start("h"));
    return !(before.equals("orthodox") || before.equals("of") && b > 0 && CHURCH_NOUNS.contains(s.wordBefore(b)))
        && !CHURCH_NOUNS.contains(s.lower.substring(w[0], w[1]));
  }

  private static boolean named(Matcher m, Scan s) {
    if (m.group("y") != null) {
      return false;
    }
    int[] w = wordAfter(s, m.end(), 10);
    int a = w[0];
    int e = w[1];
    String before = s.wordBefore(m.start("h"));
    return s.isUpper(a) && NAME_AFTER.contains(s.lower.substring(a, e))
        || !before.isEmpty() && s.isUpper(s.lower.lastIndexOf(before, m.start("h"))) && NAME_BEFORE.contains(before);
  }
}
