package org.dateline.rules.time.en;

import java.time.MonthDay;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.resolve.TemporalExpression;

/**
 * Days each country keeps under one name ("Independence Day", "National Day", "Republic Day", "Victory Day", "Labour
 * Day", and Canada's Thanksgiving and Britain's Mother's Day) and the country a report means by them: one named just
 * before the day ("Ukraine's Independence Day", "In Nigeria, Independence Day"), or whose people keep it there ("Greeks
 * celebrated Independence Day"); else one named right after it ("Independence Day in the Seychelles", "Thanksgiving,
 * which Canadians celebrate today"); else one that keeps a day earlier in the report ("Nigeria marks 66 years of
 * independence"); else the place of the report's dateline ("ABUJA -"). A people named as a modifier ("a Mexican
 * national"), a city in the story, or a country that keeps no such day tells nothing. Names are matched capitalised.
 * Stateless and thread-safe.
 */
final class NationalDays {
  private NationalDays() {}

  /** The kinds of day a country keeps under one name. */
  enum Kind {
    INDEPENDENCE, NATIONAL, REPUBLIC, VICTORY, THANKSGIVING, MOTHERS, HUMAN_RIGHTS, LABOUR
  }

  /**
   * Countries' independence days, by the name news gives the country; Israel's moves with the Hebrew calendar. Names
   * that are as often a person's or a region's (Jordan, Chad, the Niger Delta) are left out.
   */
  private static final Map<String, MonthDay> INDEPENDENCE = Map.ofEntries(
      Map.entry("india", MonthDay.of(8, 15)), Map.entry("pakistan", MonthDay.of(8, 14)),
      Map.entry("bangladesh", MonthDay.of(3, 26)), Map.entry("nigeria", MonthDay.of(10, 1)),
      Map.entry("ghana", MonthDay.of(3, 6)), Map.entry("kenya", MonthDay.of(12, 12)),
      Map.entry("ukraine", MonthDay.of(8, 24)), Map.entry("mexico", MonthDay.of(9, 16)),
      Map.entry("brazil", MonthDay.of(9, 7)), Map.entry("philippines", MonthDay.of(6, 12)),
      Map.entry("indonesia", MonthDay.of(8, 17)), Map.entry("sri lanka", MonthDay.of(2, 4)),
      Map.entry("vietnam", MonthDay.of(9, 2)), Map.entry("myanmar", MonthDay.of(1, 4)),
      Map.entry("algeria", MonthDay.of(7, 5)), Map.entry("morocco", MonthDay.of(11, 18)),
      Map.entry("south sudan", MonthDay.of(7, 9)), Map.entry("zimbabwe", MonthDay.of(4, 18)),
      Map.entry("uganda", MonthDay.of(10, 9)), Map.entry("tanzania", MonthDay.of(12, 9)),
      Map.entry("jamaica", MonthDay.of(8, 6)), Map.entry("peru", MonthDay.of(7, 28)),
      Map.entry("argentina", MonthDay.of(7, 9)), Map.entry("colombia", MonthDay.of(7, 20)),
      Map.entry("venezuela", MonthDay.of(7, 5)), Map.entry("poland", MonthDay.of(11, 11)),
      Map.entry("finland", MonthDay.of(12, 6)), Map.entry("malaysia", MonthDay.of(8, 31)),
      Map.entry("united states", MonthDay.of(7, 4)), Map.entry("america", MonthDay.of(7, 4)),
      Map.entry("greece", MonthDay.of(3, 25)), Map.entry("somalia", MonthDay.of(7, 1)),
      Map.entry("senegal", MonthDay.of(4, 4)), Map.entry("congo", MonthDay.of(6, 30)),
      Map.entry("zambia", MonthDay.of(10, 24)), Map.entry("mozambique", MonthDay.of(6, 25)),
      Map.entry("angola", MonthDay.of(11, 11)), Map.entry("namibia", MonthDay.of(3, 21)),
      Map.entry("botswana", MonthDay.of(9, 30)), Map.entry("rwanda", MonthDay.of(7, 1)),
      Map.entry("burundi", MonthDay.of(7, 1)), Map.entry("sudan", MonthDay.of(1, 1)),
      Map.entry("libya", MonthDay.of(12, 24)), Map.entry("tunisia", MonthDay.of(3, 20)),
      Map.entry("iraq", MonthDay.of(10, 3)), Map.entry("lebanon", MonthDay.of(11, 22)),
      Map.entry("kazakhstan", MonthDay.of(12, 16)),
      Map.entry("uzbekistan", MonthDay.of(9, 1)), Map.entry("armenia", MonthDay.of(9, 21)),
      Map.entry("belarus", MonthDay.of(7, 3)), Map.entry("moldova", MonthDay.of(8, 27)),
      Map.entry("estonia", MonthDay.of(2, 24)), Map.entry("chile", MonthDay.of(9, 18)),
      Map.entry("ecuador", MonthDay.of(8, 10)), Map.entry("bolivia", MonthDay.of(8, 6)),
      Map.entry("uruguay", MonthDay.of(8, 25)), Map.entry("costa rica", MonthDay.of(9, 15)),
      Map.entry("guatemala", MonthDay.of(9, 15)), Map.entry("honduras", MonthDay.of(9, 15)),
      Map.entry("el salvador", MonthDay.of(9, 15)), Map.entry("nicaragua", MonthDay.of(9, 15)),
      Map.entry("haiti", MonthDay.of(1, 1)), Map.entry("dominican republic", MonthDay.of(2, 27)),
      Map.entry("fiji", MonthDay.of(10, 10)), Map.entry("afghanistan", MonthDay.of(8, 19)),
      Map.entry("cambodia", MonthDay.of(11, 9)), Map.entry("mali", MonthDay.of(9, 22)),
      Map.entry("sierra leone", MonthDay.of(4, 27)), Map.entry("liberia", MonthDay.of(7, 26)),
      Map.entry("malawi", MonthDay.of(7, 6)), Map.entry("madagascar", MonthDay.of(6, 26)),
      Map.entry("eritrea", MonthDay.of(5, 24)), Map.entry("mauritius", MonthDay.of(3, 12)),
      Map.entry("seychelles", MonthDay.of(6, 29)));
  /** Countries' national days. */
  private static final Map<String, MonthDay> NATIONAL = Map.ofEntries(
      Map.entry("china", MonthDay.of(10, 1)), Map.entry("united arab emirates", MonthDay.of(12, 2)),
      Map.entry("uae", MonthDay.of(12, 2)), Map.entry("saudi arabia", MonthDay.of(9, 23)),
      Map.entry("singapore", MonthDay.of(8, 9)), Map.entry("qatar", MonthDay.of(12, 18)),
      Map.entry("kuwait", MonthDay.of(2, 25)), Map.entry("bahrain", MonthDay.of(12, 16)),
      Map.entry("switzerland", MonthDay.of(8, 1)), Map.entry("spain", MonthDay.of(10, 12)),
      Map.entry("vietnam", MonthDay.of(9, 2)), Map.entry("taiwan", MonthDay.of(10, 10)),
      Map.entry("austria", MonthDay.of(10, 26)), Map.entry("sweden", MonthDay.of(6, 6)),
      Map.entry("belgium", MonthDay.of(7, 21)), Map.entry("luxembourg", MonthDay.of(6, 23)),
      Map.entry("portugal", MonthDay.of(6, 10)), Map.entry("romania", MonthDay.of(12, 1)),
      Map.entry("brunei", MonthDay.of(2, 23)), Map.entry("france", MonthDay.of(7, 14)));
  /** Countries' republic days; a report that names none means India's. */
  private static final Map<String, MonthDay> REPUBLIC = Map.ofEntries(
      Map.entry("india", MonthDay.of(1, 26)), Map.entry("turkey", MonthDay.of(10, 29)),
      Map.entry("turkiye", MonthDay.of(10, 29)), Map.entry("türkiye", MonthDay.of(10, 29)),
      Map.entry("italy", MonthDay.of(6, 2)), Map.entry("kazakhstan", MonthDay.of(10, 25)),
      Map.entry("brazil", MonthDay.of(11, 15)), Map.entry("nepal", MonthDay.of(5, 28)));
  /** Countries' victory days; a report that names none means the one of May 9 (Russia's and its neighbours'). */
  private static final Map<String, MonthDay> VICTORY = Map.ofEntries(
      Map.entry("russia", MonthDay.of(5, 9)), Map.entry("belarus", MonthDay.of(5, 9)),
      Map.entry("ukraine", MonthDay.of(5, 8)), Map.entry("bangladesh", MonthDay.of(12, 16)),
      Map.entry("azerbaijan", MonthDay.of(11, 8)), Map.entry("armenia", MonthDay.of(5, 9)),
      Map.entry("kazakhstan", MonthDay.of(5, 9)));
  /** Countries whose Human Rights Day is not the world's of December 10. */
  private static final Map<String, MonthDay> HUMAN_RIGHTS = Map.of("south africa", MonthDay.of(3, 21));

  /** The countries that keep Mother's Day on Mothering Sunday, three weeks before Easter. */
  private static final Set<String> MOTHERING = Set.of("britain", "united kingdom", "uk", "england", "scotland",
      "wales", "ireland");
  /** The countries whose Thanksgiving news tells; only Canada's differs from the United States'. */
  private static final Set<String> THANKSGIVING = Set.of("canada", "united states", "america");

  /**
   * The countries whose Labour Day news tells and keep it on another day than May 1, with that day (without a year):
   * the United States' and Canada's in September, New Zealand's in October, Jamaica's, and each of Australia's states
   * and territories (Queensland's in May, Victoria's in March, New South Wales's in October).
   */
  private static final Map<String, TemporalExpression> OWN_LABOUR_DAYS = Map.ofEntries(
      Map.entry("united states", monday(1, java.time.Month.SEPTEMBER)),
      Map.entry("america", monday(1, java.time.Month.SEPTEMBER)),
      Map.entry("canada", monday(1, java.time.Month.SEPTEMBER)),
      Map.entry("new zealand", monday(4, java.time.Month.OCTOBER)),
      Map.entry("jamaica", new TemporalExpression.MonthDay(java.time.Month.MAY, 23, OptionalInt.empty())),
      Map.entry("queensland", monday(1, java.time.Month.MAY)),
      Map.entry("northern territory", monday(1, java.time.Month.MAY)),
      Map.entry("victoria", monday(2, java.time.Month.MARCH)),
      Map.entry("tasmania", monday(2, java.time.Month.MARCH)),
      Map.entry("western australia", monday(1, java.time.Month.MARCH)),
      Map.entry("new south wales", monday(1, java.time.Month.OCTOBER)),
      Map.entry("south australia", monday(1, java.time.Month.OCTOBER)),
      Map.entry("australian capital territory", monday(1, java.time.Month.OCTOBER)));

  /** The {@code n}-th Monday of {@code month}, in no year. */
  private static TemporalExpression monday(int n, java.time.Month month) {
    return new TemporalExpression.NthWeekdayOfMonth(n, java.time.DayOfWeek.MONDAY, month, OptionalInt.empty());
  }

  /**
   * The countries whose Labour Day news tells: those of May 1, the world's Workers' Day, those of {@link
   * #OWN_LABOUR_DAYS}, and Australia, which named alone has none (its states' days differ).
   */
  private static final Set<String> LABOUR = Stream.concat(Stream.of("australia",
      "kenya", "nigeria", "ghana", "uganda", "tanzania", "zimbabwe", "zambia", "south africa", "philippines",
      "malaysia", "singapore", "indonesia", "china", "hong kong", "vietnam", "india", "pakistan", "bangladesh",
      "sri lanka", "turkey", "turkiye", "greece", "italy", "france", "germany", "spain", "portugal", "poland",
      "russia", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "cuba", "egypt", "venezuela", "ecuador"),
      OWN_LABOUR_DAYS.keySet().stream()).collect(Collectors.toUnmodifiableSet());

  /**
   * Labour Day of a country that keeps it (see {@link #LABOUR}), in the year {@code y} if told: its own day, May 1 for
   * the others, none (null) for Australia named alone.
   */
  static TemporalExpression labourDay(String country, OptionalInt y) {
    if (country.equals("australia")) {
      return null;
    }
    TemporalExpression day = OWN_LABOUR_DAYS.getOrDefault(country,
        new TemporalExpression.MonthDay(java.time.Month.MAY, 1, OptionalInt.empty()));
    return y.isPresent() ? org.dateline.resolve.Resolver.inYear(day, y.getAsInt()) : day;
  }

  /**
   * Canada's provinces, read as its peoples are (see {@link #PEOPLES}), which also tell a country when named after a
   * day ("Labour Day in Ontario").
   */
  private static final Set<String> PROVINCES = Set.of("ontario", "quebec", "alberta", "british columbia", "manitoba",
      "saskatchewan", "nova scotia", "newfoundland", "prince edward island");

  /** The countries' peoples as news names them, and the country each is of. */
  private static final Map<String, String> PEOPLES = Stream.concat(Stream.of(
      Map.entry("nigerian", "nigeria"), Map.entry("nigerians", "nigeria"), Map.entry("kenyan", "kenya"),
      Map.entry("kenyans", "kenya"), Map.entry("indian", "india"), Map.entry("indians", "india"),
      Map.entry("pakistani", "pakistan"), Map.entry("pakistanis", "pakistan"), Map.entry("ghanaian", "ghana"),
      Map.entry("ghanaians", "ghana"), Map.entry("ukrainian", "ukraine"), Map.entry("ukrainians", "ukraine"),
      Map.entry("mexican", "mexico"), Map.entry("mexicans", "mexico"), Map.entry("brazilian", "brazil"),
      Map.entry("brazilians", "brazil"), Map.entry("filipino", "philippines"), Map.entry("filipinos", "philippines"),
      Map.entry("indonesian", "indonesia"), Map.entry("indonesians", "indonesia"), Map.entry("greek", "greece"),
      Map.entry("greeks", "greece"), Map.entry("emirati", "uae"), Map.entry("emiratis", "uae"),
      Map.entry("saudi", "saudi arabia"), Map.entry("saudis", "saudi arabia"), Map.entry("singaporean", "singapore"),
      Map.entry("singaporeans", "singapore"), Map.entry("turkish", "turkey"), Map.entry("italian", "italy"),
      Map.entry("italians", "italy"), Map.entry("canadian", "canada"), Map.entry("canadians", "canada"),
      Map.entry("chinese", "china"), Map.entry("vietnamese", "vietnam"), Map.entry("swiss", "switzerland"),
      Map.entry("american", "united states"), Map.entry("americans", "united states"), Map.entry("russian", "russia"),
      Map.entry("russians", "russia"), Map.entry("bangladeshi", "bangladesh"), Map.entry("bangladeshis", "bangladesh"),
      Map.entry("british", "britain"), Map.entry("britons", "britain"), Map.entry("irish", "ireland"),
      Map.entry("south african", "south africa"), Map.entry("south africans", "south africa"),
      Map.entry("australian", "australia"), Map.entry("australians", "australia"),
      Map.entry("new zealanders", "new zealand"), Map.entry("cuban", "cuba"), Map.entry("cubans", "cuba"),
      Map.entry("colombian", "colombia"), Map.entry("colombians", "colombia"), Map.entry("venezuelan", "venezuela"),
      Map.entry("venezuelans", "venezuela"), Map.entry("chilean", "chile"), Map.entry("chileans", "chile"),
      Map.entry("peruvian", "peru"), Map.entry("peruvians", "peru"), Map.entry("argentine", "argentina"),
      Map.entry("argentines", "argentina"), Map.entry("french", "france"), Map.entry("german", "germany"),
      Map.entry("germans", "germany"), Map.entry("spanish", "spain"), Map.entry("egyptian", "egypt"),
      Map.entry("egyptians", "egypt"), Map.entry("jamaican", "jamaica"), Map.entry("jamaicans", "jamaica"),
      Map.entry("queenslanders", "queensland"), Map.entry("victorians", "victoria"), Map.entry("tasmanians", "tasmania")),
      // Canada's provinces and their peoples, read as its peoples are: "Ontario's apple growers expect a crop in
      // time for Thanksgiving", "as Ontarians head out for the long weekend"
      Stream.concat(PROVINCES.stream(), Stream.of("ontarians", "quebecers", "quebeckers", "albertans", "manitobans",
          "nova scotians", "newfoundlanders", "british columbians")).map(p -> Map.entry(p, "canada")))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** Capitals and great cities, as datelines name them ("ABUJA -"), and the country each is in. */
  private static final Map<String, String> CITIES = Map.ofEntries(
      Map.entry("abuja", "nigeria"), Map.entry("lagos", "nigeria"), Map.entry("nairobi", "kenya"),
      Map.entry("new delhi", "india"), Map.entry("mumbai", "india"), Map.entry("islamabad", "pakistan"),
      Map.entry("karachi", "pakistan"), Map.entry("lahore", "pakistan"), Map.entry("accra", "ghana"),
      Map.entry("kyiv", "ukraine"), Map.entry("brasilia", "brazil"), Map.entry("brasília", "brazil"),
      Map.entry("manila", "philippines"), Map.entry("jakarta", "indonesia"), Map.entry("colombo", "sri lanka"),
      Map.entry("hanoi", "vietnam"), Map.entry("athens", "greece"), Map.entry("riyadh", "saudi arabia"),
      Map.entry("dubai", "uae"), Map.entry("abu dhabi", "uae"), Map.entry("beijing", "china"),
      Map.entry("ankara", "turkey"), Map.entry("istanbul", "turkey"), Map.entry("rome", "italy"),
      Map.entry("ottawa", "canada"), Map.entry("toronto", "canada"), Map.entry("dhaka", "bangladesh"),
      Map.entry("dar es salaam", "tanzania"), Map.entry("kampala", "uganda"), Map.entry("harare", "zimbabwe"),
      Map.entry("buenos aires", "argentina"), Map.entry("lima", "peru"), Map.entry("bogota", "colombia"),
      Map.entry("caracas", "venezuela"), Map.entry("warsaw", "poland"), Map.entry("helsinki", "finland"),
      Map.entry("kuala lumpur", "malaysia"), Map.entry("algiers", "algeria"), Map.entry("rabat", "morocco"),
      Map.entry("juba", "south sudan"), Map.entry("kingston", "jamaica"), Map.entry("santiago", "chile"),
      Map.entry("doha", "qatar"), Map.entry("taipei", "taiwan"), Map.entry("bern", "switzerland"),
      Map.entry("london", "britain"), Map.entry("dublin", "ireland"), Map.entry("johannesburg", "south africa"),
      Map.entry("pretoria", "south africa"), Map.entry("cape town", "south africa"), Map.entry("durban", "south africa"),
      Map.entry("montreal", "canada"), Map.entry("vancouver", "canada"), Map.entry("calgary", "canada"),
      Map.entry("wellington", "new zealand"), Map.entry("auckland", "new zealand"), Map.entry("sydney", "new south wales"),
      Map.entry("melbourne", "victoria"), Map.entry("canberra", "australian capital territory"), Map.entry("brisbane", "queensland"),
      Map.entry("perth", "western australia"), Map.entry("havana", "cuba"), Map.entry("mexico city", "mexico"),
      Map.entry("sao paulo", "brazil"), Map.entry("rio de janeiro", "brazil"), Map.entry("quito", "ecuador"),
      Map.entry("paris", "france"), Map.entry("berlin", "germany"), Map.entry("madrid", "spain"),
      Map.entry("cairo", "egypt"), Map.entry("moscow", "russia"), Map.entry("adelaide", "south australia"),
      Map.entry("hobart", "tasmania"), Map.entry("darwin", "northern territory"),
      // a state as its own datelines and headlines abbreviate it ("NSW workers")
      Map.entry("nsw", "new south wales"), Map.entry("new york", "united states"),
      Map.entry("washington", "united states"), Map.entry("chicago", "united states"),
      Map.entry("los angeles", "united states"));

  /**
   * Places in the tables that are as often a person's name ("Victoria Beckham"): never matched by their own name, only
   * through their people or their cities ("Victorians", "Melbourne").
   */
  private static final Set<String> NAMES_TOO = Set.of("victoria");

  /** Every country and people named, longest first, so that "south sudan" wins over "sudan". */
  private static final Pattern COUNTRY = Pattern.compile("\\b(" + Stream.of(INDEPENDENCE.keySet(), NATIONAL.keySet(),
          REPUBLIC.keySet(), VICTORY.keySet(), HUMAN_RIGHTS.keySet(), THANKSGIVING, MOTHERING, LABOUR, PEOPLES.keySet(),
          CITIES.keySet(),
          Set.of("israel"))
      .flatMap(Set::stream).filter(w -> !NAMES_TOO.contains(w)).collect(Collectors.toCollection(() -> new TreeSet<String>(
          java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x))))
      .stream().map(w -> w.replace(" ", "\\s{1,3}")).collect(Collectors.joining("|")) + ")(?:['\u2019]s)?\\b");
  /** How far before or after the day a country's name is looked for as its owner: the clause's subject, a possessive. */
  private static final int WINDOW = 48;
  /** How far back in the report a country keeping a day is looked for: a bound on the work per mention of a day. */
  private static final int REPORT_REACH = 4000;

  /**
   * Returns the country the report means for a day of {@code kind} and its day, as a yearless (or dated) month and
   * day (none for Thanksgiving and Mother's Day, which the caller reads, nor for Israel's Independence Day, which
   * moves with the Hebrew calendar); null when no country is found: the caller then falls back on its own reading.
   *
   * @param s the scan
   * @param begin where the day's name starts
   * @param end where it ends
   */
  static Found find(Scan s, Kind kind, int begin, int end, OptionalInt year) {
    Set<String> keepers = keepers(kind);
    // Thanksgiving, Mother's Day and Labour Day are kept on one of a few days: a people named near them as a modifier
    // tells which ("Canadian grocers said turkey sales for Thanksgiving", "British retailers expect Mother's Day"); for
    // the days of many countries, only a people keeping the day does
    String country = near(s, Math.max(0, begin - WINDOW), begin,
        kind == Kind.THANKSGIVING || kind == Kind.MOTHERS || kind == Kind.LABOUR, keepers);
    country = country != null ? country : known(after(s, end), keepers);
    country = country != null ? country : celebrating(s, Math.max(0, begin - REPORT_REACH), begin, keepers);
    // a city in the story tells whose Labour Day it is, a day kept where the workers march: "rallies in Caracas"
    country = country != null || kind != Kind.LABOUR ? country : city(s, Math.max(0, begin - REPORT_REACH),
        Math.min(s.length(), end + WINDOW), keepers);
    // a dateline tells where the report was filed, too weak for Mother's Day (a London desk writes of US shops)
    country = country != null || kind == Kind.MOTHERS ? country : dateline(s, keepers);
    if (country == null) {
      return null;
    }
    if (kind == Kind.MOTHERS && !MOTHERING.contains(country)) {
      return null;
    }
    MonthDay d = days(kind).get(country);
    return new Found(country, d == null ? null : new TemporalExpression.MonthDay(d.getMonth(), d.getDayOfMonth(),
        year));
  }

  /**
   * A country found for the day if it keeps such a day in the table, or is Israel, whose day moves with the Hebrew
   * calendar (then no day is read); null for another, which tells nothing of whose day it is ("the UK ambassador
   * attended Independence Day celebrations").
   */
  private static String known(String country, Set<String> keepers) {
    return country != null && (keepers.contains(country) || country.equals("israel")) ? country : null;
  }

  /** Verbs of keeping a day, after the country or its people as their subject: "Nigeria marks", "Greeks celebrated". */
  private static final Set<String> KEEPING = Set.of("mark", "marks", "marked", "marking", "celebrate", "celebrates",
      "celebrated", "celebrating", "observe", "observes", "observed", "commemorate", "commemorates", "commemorated");
  /** Between the day and a country named after it: "Independence Day in the Seychelles", "the parade in Mexico". */
  private static final Pattern IN_AFTER = Pattern.compile("(?:\\s{1,3}[a-z-]{2,15}){0,2}\\s{1,3}in\\s{1,3}(?:the\\s{1,3})?");
  /** How far into the report a dateline's place may stand: "ABUJA, Nigeria (Reuters) -". */
  private static final int DATELINE_REACH = 40;

  /**
   * The country named just before the day: by its name ("Ukraine's Independence Day", "In Nigeria, Independence
   * Day"), not "New Mexico"; or by its people as the subject of a verb of keeping ("Greeks marked Independence
   * Day"), not as a modifier ("a Mexican national", "the Indian Ocean").
   */
  private static String near(Scan s, int from, int to, boolean anyPeople, Set<String> keepers) {
    Matcher m = COUNTRY.matcher(s.lower).region(from, to);
    String found = null;
    while (m.find()) {
      String w = name(m);
      if (!s.isUpper(m.start(1)) || CITIES.containsKey(w) || m.start(1) >= 4 && s.lower.startsWith("new ", m.start(1) - 4)) {
        continue;
      }
      if (PEOPLES.containsKey(w) && !anyPeople && !keeps(s, m.end())) {
        continue;
      }
      // the last country that keeps such a day: "Ghana's embassy in Germany will host an Independence Day reception"
      String c = known(PEOPLES.getOrDefault(w, w), keepers);
      found = c != null ? c : found;
    }
    return found;
  }

  /**
   * A country named right after the day: "Independence Day in the Seychelles", "the parade in Mexico"; or its people
   * keeping it, told after it ("Thanksgiving, which Canadians celebrate today").
   */
  private static String after(Scan s, int end) {
    Matcher k = COUNTRY.matcher(s.lower).region(end, Math.min(s.length(), end + WINDOW));
    while (k.find()) {
      String w = name(k);
      if (s.isUpper(k.start(1)) && !CITIES.containsKey(w) && keeps(s, k.end())) {
        return PEOPLES.getOrDefault(w, w);
      }
    }
    Matcher a = IN_AFTER.matcher(s.lower).region(end, Math.min(s.length(), end + WINDOW));
    if (!a.lookingAt()) {
      return null;
    }
    Matcher m = COUNTRY.matcher(s.lower).region(a.end(), Math.min(s.length(), a.end() + WINDOW));
    if (!m.lookingAt() || !s.isUpper(m.start(1))) {
      return null;
    }
    String w = name(m);
    return PROVINCES.contains(w) ? PEOPLES.get(w) : PEOPLES.containsKey(w) || CITIES.containsKey(w) ? null : w;
  }

  /** The last country of {@code keepers} before the day whose name or people keep a day: "Nigeria marks 66 years". */
  private static String celebrating(Scan s, int from, int to, Set<String> keepers) {
    Matcher m = COUNTRY.matcher(s.lower).region(from, to);
    String found = null;
    while (m.find()) {
      String w = name(m);
      String c = PEOPLES.getOrDefault(w, w);
      if (s.isUpper(m.start(1)) && !CITIES.containsKey(w) && keepers.contains(c) && keeps(s, m.end())) {
        found = c;
      }
    }
    return found;
  }

  /** The country of the first capitalised city in {@code [from, to)} whose country keeps the day, or null. */
  private static String city(Scan s, int from, int to, Set<String> keepers) {
    Matcher m = COUNTRY.matcher(s.lower).region(from, to);
    while (m.find()) {
      String c = CITIES.get(name(m));
      if (c != null && s.isUpper(m.start(1)) && keepers.contains(c)) {
        return c;
      }
    }
    return null;
  }

  /** The country of a dateline's place at the report's start: "BRASILIA - ...", "ABUJA, Nigeria (Reuters) -". */
  private static String dateline(Scan s, Set<String> keepers) {
    int k = 0;
    while (k < s.length() && Character.isWhitespace(s.text.charAt(k))) {
      k++;
    }
    Matcher m = COUNTRY.matcher(s.lower).region(k, Math.min(s.length(), k + DATELINE_REACH));
    if (!m.lookingAt() || !s.isUpper(m.start(1))) {
      return null;
    }
    int after = m.end() < s.length() && s.text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
    if (after >= s.length() || ",-\u2014\u2013(".indexOf(s.text.charAt(after)) < 0) {
      return null; // a place that opens a sentence ("Athens is hot") is no dateline
    }
    String w = name(m);
    String c = CITIES.getOrDefault(w, PEOPLES.getOrDefault(w, w));
    return keepers.contains(c) ? c : null;
  }

  /** The name a {@link #COUNTRY} match found, its spaces made single: "south  sudan" is "south sudan". */
  private static String name(Matcher m) {
    return m.group(1).replaceAll("\\s{1,3}", " ");
  }

  /** Whether a verb of keeping follows, maybe after "will" or "is": "marks", "will mark", "is celebrating". */
  private static boolean keeps(Scan s, int end) {
    int k = end;
    for (int words = 0; words < 2; words++) {
      while (k < s.length() && s.text.charAt(k) == ' ') {
        k++;
      }
      String word = s.wordAt(k);
      k += word.length();
      if (KEEPING.contains(word)) {
        return true;
      }
      if (!word.equals("will") && !word.equals("is") && !word.equals("are") && !word.equals("also")) {
        return false;
      }
    }
    return false;
  }

  /** Whether some country keeps its Independence Day on {@code day}. */
  static boolean someIndependenceDay(MonthDay day) {
    return INDEPENDENCE.containsValue(day);
  }

  /** The country a day's name was found to be of, and its day (null when its table has none). */
  record Found(String country, TemporalExpression.MonthDay day) {}

  /** The days of a kind by country; none for Thanksgiving and Mother's Day, whose days the caller reads. */
  private static Map<String, MonthDay> days(Kind kind) {
    return switch (kind) {
      case INDEPENDENCE -> INDEPENDENCE;
      case NATIONAL -> NATIONAL;
      case REPUBLIC -> REPUBLIC;
      case VICTORY -> VICTORY;
      case HUMAN_RIGHTS -> HUMAN_RIGHTS;
      case THANKSGIVING, MOTHERS, LABOUR -> Map.of();
    };
  }

  /** The countries that keep a day of the kind. */
  private static Set<String> keepers(Kind kind) {
    return switch (kind) {
      case THANKSGIVING -> THANKSGIVING;
      case MOTHERS -> MOTHERING;
      case LABOUR -> LABOUR;
      default -> days(kind).keySet();
    };
  }
}
