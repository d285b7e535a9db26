package org.dateline.rules.casualty.en;

import com.google.common.collect.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CountQualifier;

/**
 * Reads a {@link Quantity} at a token: an optional qualifier ("at least", "more than", "nearly"),
 * then a number in digits or words, a range ("between 5 and 7", "20-25", "20 to 25", "two or
 * three") or a vague word ("dozens", "hundreds"), and refuses numbers that are labels, times,
 * money or parts of dates.
 *
 * <p>Qualifier table (the model's {@link CountQualifier}): "at least", "no fewer than", "no less
 * than", "a minimum of", "N or more" are {@code AT_LEAST}; "more than", "over", "upwards of", "in
 * excess of" are {@code MORE_THAN}; "about", "around", "some", "approximately", "roughly", "an
 * estimated", "an average of", "close to", "nearly", "almost", "N or so" are {@code ABOUT} ("nearly 20" may be read
 * as "just under 20", but reports use it loosely and the model's {@code about} band, 10% either
 * side, holds both readings); "up to", "as many as", "at most", "no more than" are
 * {@code AT_MOST}; "fewer than", "less than" are {@code FEWER_THAN}.
 *
 * <p>Vague words and their bounds: see {@link #VAGUE}.
 */
final class QuantityParser {
  /** Nouns of an event or a weapon after "another", which then counts no person: "another blast", "another drone". */
  private static final TokenSet ANOTHER_EVENT = TokenSet.of("attack", "blast", "bombing", "strike", "airstrike",
      "explosion", "raid", "ambush", "shooting", "incident", "clash", "assault", "bomb", "drone", "missile", "rocket",
      "shell", "crash", "accident", "stabbing", "fire", "round", "wave", "day", "week", "time", "operation");

  /** Qualifier phrases, longest first within each first word. */
  private static final Map<String, CountQualifier> QUALIFIERS = Map.ofEntries(
      Map.entry("at least", CountQualifier.AT_LEAST), Map.entry("at the very least", CountQualifier.AT_LEAST),
      Map.entry("no fewer than", CountQualifier.AT_LEAST), Map.entry("no less than", CountQualifier.AT_LEAST),
      Map.entry("not less than", CountQualifier.AT_LEAST), Map.entry("not fewer than", CountQualifier.AT_LEAST),
      Map.entry("a minimum of", CountQualifier.AT_LEAST),
      Map.entry("more than", CountQualifier.MORE_THAN), Map.entry("over", CountQualifier.MORE_THAN),
      Map.entry("upwards of", CountQualifier.MORE_THAN), Map.entry("in excess of", CountQualifier.MORE_THAN),
      Map.entry("well over", CountQualifier.MORE_THAN), Map.entry("just over", CountQualifier.MORE_THAN),
      Map.entry("greater than", CountQualifier.MORE_THAN), Map.entry("well above", CountQualifier.MORE_THAN),
      Map.entry("about", CountQualifier.ABOUT), Map.entry("around", CountQualifier.ABOUT),
      Map.entry("nearly", CountQualifier.ABOUT), Map.entry("almost", CountQualifier.ABOUT),
      Map.entry("some", CountQualifier.ABOUT), Map.entry("approximately", CountQualifier.ABOUT),
      Map.entry("roughly", CountQualifier.ABOUT), Map.entry("an estimated", CountQualifier.ABOUT),
      Map.entry("estimated", CountQualifier.ABOUT), Map.entry("close to", CountQualifier.ABOUT),
      Map.entry("approx", CountQualifier.ABOUT), Map.entry("circa", CountQualifier.ABOUT),
      Map.entry("an approximate", CountQualifier.ABOUT), Map.entry("almost all", CountQualifier.ABOUT),
      Map.entry("an average of", CountQualifier.ABOUT),
      Map.entry("up to", CountQualifier.AT_MOST), Map.entry("as many as", CountQualifier.AT_MOST),
      Map.entry("at most", CountQualifier.AT_MOST), Map.entry("no more than", CountQualifier.AT_MOST),
      Map.entry("not more than", CountQualifier.AT_MOST), Map.entry("a maximum of", CountQualifier.AT_MOST),
      Map.entry("fewer than", CountQualifier.FEWER_THAN), Map.entry("less than", CountQualifier.FEWER_THAN),
      Map.entry("just under", CountQualifier.FEWER_THAN), Map.entry("just shy of", CountQualifier.FEWER_THAN),
      Map.entry("just below", CountQualifier.FEWER_THAN));

  /**
   * Vague words and the counts they imply. "a few" 2..5, "a couple" 2..3, "several" and "a
   * handful" 3..9, "dozens" 24..99 (two dozen up to just under a hundred), "tens" 20..99 ("tens of
   * people"), "scores" 40..199 (two score up), "hundreds" 200..999, "thousands" 2,000..9,999, "tens of thousands"
   * 20,000..99,999, "hundreds of thousands" 200,000..999,999, "millions" 2,000,000 up, "multiple"
   * 2 up. "several",
   * "a few" or "a couple" before "dozen", "hundred" or "thousand" multiply: "several hundred" is 300..900, "a couple
   * (of) hundred" 200..300.
   */
  static final Map<String, Range<Long>> VAGUE = Map.ofEntries(
      Map.entry("a few", Range.closed(2L, 5L)), Map.entry("a couple", Range.closed(2L, 3L)),
      Map.entry("several", Range.closed(3L, 9L)), Map.entry("a handful", Range.closed(3L, 9L)),
      Map.entry("dozens", Range.closed(24L, 99L)), Map.entry("scores", Range.closed(40L, 199L)),
      Map.entry("hundreds", Range.closed(200L, 999L)), Map.entry("thousands", Range.closed(2_000L, 9_999L)),
      Map.entry("tens of thousands", Range.closed(20_000L, 99_999L)), Map.entry("tens", Range.closed(20L, 99L)),
      Map.entry("hundreds of thousands", Range.closed(200_000L, 999_999L)),
      Map.entry("millions", Range.atLeast(2_000_000L)), Map.entry("multiple", Range.atLeast(2L)));

  /**
   * Words after "a couple" that make it the noun, two people, not "a couple of": "a couple and their
   * two children were found dead", "a couple were killed", "a couple, both 70, died".
   */
  private static final TokenSet COUPLE_NOUN_NEXT = TokenSet.of("and", "were", "was", "who", ",", "died", "had",
      "have", "has");
  private static final Map<String, Long> VAGUE_SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1000L);
  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec"};

  /** Words that can begin a quantity; any other word is refused at once, which keeps the scan fast. */
  private static final Set<String> FIRST_WORDS = firstWords();
  /** The qualifiers' words, by first word, so that a qualifier is matched token by token. */
  private static final Map<String, List<String[]>> QUALIFIER_WORDS = qualifierWords();
  /** The vague phrases' words, by first word, longest first, so that a phrase is matched token by token. */
  private static final Map<String, List<String[]>> VAGUE_WORDS = vagueWords();

  private QuantityParser() {}

  private static Map<String, List<String[]>> qualifierWords() {
    Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
    for (String q : QUALIFIERS.keySet()) {
      String[] words = q.split(" ");
      byFirst.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
    }
    return Map.copyOf(byFirst);
  }

  private static Map<String, List<String[]>> vagueWords() {
    Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
    for (String v : VAGUE.keySet()) {
      String[] words = v.split(" ");
      byFirst.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
    }
    byFirst.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
    return Map.copyOf(byFirst);
  }

  private static Set<String> firstWords() {
    Set<String> words = new HashSet<>();
    for (String q : QUALIFIERS.keySet()) {
      words.add(q.split(" ")[0]);
    }
    for (String v : VAGUE.keySet()) {
      words.add(v.split(" ")[0]);
    }
    words.addAll(List.of("a", "an", "another", "between", "half", "both"));
    return Set.copyOf(words);
  }

  /** Nouns of the dead, which "another" counts: "another body was found". */
  private static final TokenSet BODIES = TokenSet.of("body", "corpse");
  /** Adverbs between "another" and its verb: "another later died". */
  private static final TokenSet ADVERBS = TokenSet.of("later", "also", "still", "then", "subsequently", "since", "too");

  /**
   * Whether the word after "another" names a thing, not a person: "another blast left six people dead" counts
   * no one by "another", while "another died", "another was hurt", "another man", "another later died" do.
   */
  private static boolean anotherThing(Token[] t, int k, int limit) {
    if (k < limit && ANOTHER_EVENT.contains(t[k])) {
      return true; // "another attack", "another drone strike", at a sentence's end too
    }
    if (k >= limit || !t[k].isWord() || t[k].capitalized || Lexicon.isPeople(t[k]) || t[k].has(WordFlags.AUXILIARY)
        || t[k].has(WordFlags.FUNCTION) || BODIES.contains(t[k]) || ADVERBS.contains(t[k]) || t[k].lower.endsWith("ly") || Lexicon.PREDICATES.match(t, k, limit) != null) {
      return false;
    }
    // a noun with a verb after it: "another blast killed", "another attack left"
    return k + 1 < limit && t[k + 1].isWord() && !Lexicon.isPeople(t[k + 1]);
  }

  /** Returns the words that can begin a qualifier or a vague quantity, and "a", "an", "another", "between", "half", "both". */
  static Set<String> firstWordSet() {
    return FIRST_WORDS;
  }

  private static boolean mayStart(Token tok) {
    if (tok.isNumber() || tok.has(WordFlags.QUANTITY_START)) {
      return true;
    }
    char c = tok.lower.charAt(0);
    return c >= '0' && c <= '9';
  }

  /** How many tokens a plain number read back from its end may take: "more than 20", "1,200". */
  private static final int MAX_NUMBER_TOKENS = 3;

  /**
   * Returns the plain number (no "a", a value, not vague) that ends right before token {@code end} and starts
   * at or after {@code s}, the longest, or null: "nine" in "nine later escaped", "six" in "six have been verified".
   */
  static Quantity plainEndingAt(Token[] t, int s, int end, int limit) {
    for (int p = Math.max(s, end - MAX_NUMBER_TOKENS); p < end; p++) {
      Quantity q = parse(t, p, limit);
      if (q != null && q.end == end && q.need == Quantity.Need.NONE && q.count.value().isPresent()) {
        return q;
      }
    }
    return null;
  }

  /**
   * Returns the quantity starting at token {@code i}, ending before {@code limit}, or null. Several rules ask at
   * the same token, so the answer is kept on it.
   */
  static Quantity parse(Token[] t, int i, int limit) {
    if (i >= limit || t[i].isPunct() || !mayStart(t[i])) {
      return null;
    }
    Token at = t[i];
    if (at.parsedLimit != limit) {
      at.parsed = read(t, i, limit);
      at.parsedLimit = limit;
    }
    return at.parsed;
  }

  private static Quantity read(Token[] t, int i, int limit) {
    int j = i;
    CountQualifier q = CountQualifier.EXACT;
    int qualEnd = qualifier(t, i, limit);
    if (qualEnd > i) {
      q = QUALIFIERS.get(join(t, i, qualEnd));
      j = qualEnd;
    }
    if (qualEnd > i && j + 1 < limit && t[j].is(",")) {
      j++; // "the deaths of, at least, nine people": the qualifier set off by commas
    }
    Quantity core = core(t, j, limit, q);
    if (core == null || !plausible(t, i, core, limit)) {
      return null;
    }
    return new Quantity(i, core.end, core.count, core.need);
  }

  private static int qualifier(Token[] t, int i, int limit) {
    int best = i;
    if (!t[i].has(WordFlags.QUANTITY_FIRST)) {
      return best;
    }
    for (String[] words : QUALIFIER_WORDS.getOrDefault(t[i].lower, List.of())) {
      if (words.length <= 4 && i + words.length <= limit && i + words.length > best && startsWith(t, i, words)) {
        best = i + words.length;
      }
    }
    return best;
  }

  /** Whether tokens from {@code i} on are the words, one token each. */
  private static boolean startsWith(Token[] t, int i, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!t[i + k].lower.equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  private static String join(Token[] t, int from, int to) {
    StringBuilder sb = new StringBuilder(t[from].lower);
    for (int k = from + 1; k < to; k++) {
      sb.append(' ').append(t[k].lower);
    }
    return sb.toString();
  }

  private static Quantity core(Token[] t, int j, int limit, CountQualifier q) {
    if (j >= limit) {
      return null;
    }
    Quantity vague = vague(t, j, limit);
    if (vague != null) {
      return vague;
    }
    if (t[j].is("between") && q == CountQualifier.EXACT) {
      return between(t, j, limit);
    }
    if (t[j].is("another")) {
      // "another 15", "at least another 15": the number after it; "another" alone is one more
      NumberWords.Match m = NumberWords.read(t, j + 1, limit);
      if (m != null) {
        return number(t, j + 1, limit, q);
      }
      if (j + 1 < limit && t[j + 1].is("dozen")) {
        // "another dozen were hurt": "another" stands for the "a" of "a dozen"
        return new Quantity(j, j + 2, count(q, 12), Quantity.Need.NONE);
      }
      return q == CountQualifier.EXACT && !anotherThing(t, j + 1, limit)
          ? new Quantity(j, j + 1, CasualtyCount.exactly(1), Quantity.Need.NONE) : null;
    }
    if ((t[j].is("a") || t[j].is("an")) && q == CountQualifier.EXACT
        && (NumberWords.words(t, j, limit) == null)) {
      if (j + 2 < limit && Ordinals.isOrdinal(t[j + 1].lower) && t[j + 2].has(WordFlags.AUXILIARY)) {
        // "two officers were shot dead and a third was wounded": the ordinal stands for one more person
        return new Quantity(j, j + 2, CasualtyCount.exactly(1), Quantity.Need.NONE);
      }
      return new Quantity(j, j + 1, CasualtyCount.exactly(1), Quantity.Need.SINGULAR_NOUN);
    }
    if (t[j].is("half")) {
      return half(t, j, limit, q);
    }
    if (t[j].is("both")) {
      // "both pilots were killed" counts two, with a people noun; "both Israelis and Palestinians" none
      boolean joined = (j + 2 < limit && t[j + 2].is("and")) || (j + 3 < limit && t[j + 3].is("and"));
      return q == CountQualifier.EXACT && !joined
          ? new Quantity(j, j + 1, CasualtyCount.exactly(2), Quantity.Need.PEOPLE_NOUN) : null;
    }
    Quantity hyphenRange = hyphenRange(t, j);
    if (hyphenRange != null) {
      return q == CountQualifier.EXACT ? hyphenRange : null;
    }
    return number(t, j, limit, q);
  }

  private static Quantity number(Token[] t, int j, int limit, CountQualifier q) {
    NumberWords.Match m = NumberWords.read(t, j, limit);
    if (m == null) {
      return null;
    }
    int end = m.end;
    if (q == CountQualifier.EXACT && end + 1 < limit && (t[end].is("to") || t[end].is("or") || t[end].is("-"))
        && !(j > 0 && t[j - 1].is("from"))) {
      NumberWords.Match hi = NumberWords.read(t, end + 1, limit);
      if (hi != null && t[end].is("or") && homesThenPeople(t, j, hi.end, limit)) {
        // "families at 3,000 or 12,000 individuals": the homes' count told again in people, and the people are the count
        return new Quantity(end + 1, hi.end, CasualtyCount.exactly(hi.value), Quantity.Need.NONE);
      }
      if (hi != null && hi.value > m.value) {
        return new Quantity(j, hi.end, CasualtyCount.between(m.value, hi.value), Quantity.Need.NONE);
      }
    }
    if (q == CountQualifier.EXACT && end + 1 < limit && t[end].is("or")
        && (t[end + 1].is("more") || t[end + 1].is("so"))) {
      CasualtyCount c = t[end + 1].is("more") ? CasualtyCount.atLeast(m.value) : CasualtyCount.about(m.value);
      return new Quantity(j, end + 2, c, Quantity.Need.NONE);
    }
    boolean yearLike = t[j].isNumber() && t[j].lower.length() == 4 && m.end == j + 1
        && m.value >= 1900 && m.value <= 2099;
    return new Quantity(j, end, count(q, m.value), yearLike ? Quantity.Need.PEOPLE_NOUN : Quantity.Need.NONE);
  }

  /** Nouns of homes, whose count an "or" may tell again in people. */
  private static final java.util.Set<String> HOMES = java.util.Set.of("families", "households");
  /** Nouns of people that tell a count of homes again. */
  private static final java.util.Set<String> PERSONS = java.util.Set.of("individuals", "persons", "people", "residents");

  /**
   * Whether a noun of homes stands just before the number at {@code j} ("displaced families at 3,000") and a noun of
   * people right after the number "or" joins to it at {@code hiEnd} ("or 12,000 individuals"): one group told twice.
   */
  private static boolean homesThenPeople(Token[] t, int j, int hiEnd, int limit) {
    boolean homes = j >= 1 && HOMES.contains(t[j - 1].lower) || j >= 2 && HOMES.contains(t[j - 2].lower);
    return homes && hiEnd < limit && PERSONS.contains(t[hiEnd].lower);
  }

  /**
   * Reads "half a million", "half a dozen": half the number "a" starts after "half"; "half of the
   * passengers" and "half the crew" count nobody by themselves.
   */
  private static Quantity half(Token[] t, int j, int limit, CountQualifier q) {
    if (j + 2 >= limit || !t[j + 1].is("a")) {
      return null;
    }
    NumberWords.Match m = NumberWords.read(t, j + 1, limit);
    if (m == null || m.value < 12 || m.value % 2 != 0) {
      return null;
    }
    return new Quantity(j, m.end, count(q, m.value / 2), Quantity.Need.NONE);
  }

  static CasualtyCount count(CountQualifier q, long n) {
    switch (q) {
      case AT_LEAST: return CasualtyCount.atLeast(n);
      case MORE_THAN: return CasualtyCount.moreThan(n);
      case AT_MOST: return CasualtyCount.atMost(n);
      case FEWER_THAN: return n >= 1 ? CasualtyCount.fewerThan(n) : CasualtyCount.zero();
      case ABOUT: return CasualtyCount.about(n);
      default: return CasualtyCount.exactly(n);
    }
  }

  private static Quantity between(Token[] t, int j, int limit) {
    NumberWords.Match lo = NumberWords.read(t, j + 1, limit);
    if (lo == null || lo.end + 1 >= limit || !t[lo.end].is("and")) {
      return null;
    }
    NumberWords.Match hi = NumberWords.read(t, lo.end + 1, limit);
    if (hi == null || hi.value <= lo.value) {
      return null;
    }
    return new Quantity(j, hi.end, CasualtyCount.between(lo.value, hi.value), Quantity.Need.NONE);
  }

  /** Reads "20-25" (one token) as a range. */
  private static Quantity hyphenRange(Token[] t, int j) {
    String w = t[j].lower;
    int h = w.indexOf('-');
    if (!t[j].isWord() || h <= 0 || h > 6 || w.length() - h - 1 > 6 || w.length() - h - 1 == 0) {
      return null;
    }
    String a = w.substring(0, h);
    String b = w.substring(h + 1);
    if (!a.chars().allMatch(Character::isDigit) || !b.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long lo = Long.parseLong(a);
    long hi = Long.parseLong(b);
    return hi > lo ? new Quantity(j, j + 1, CasualtyCount.between(lo, hi), Quantity.Need.NONE) : null;
  }

  private static Quantity vague(Token[] t, int j, int limit) {
    if (!t[j].has(WordFlags.QUANTITY_FIRST)) {
      return null;
    }
    // the longest phrase first: "hundreds of thousands" before "hundreds"
    for (String[] phrase : VAGUE_WORDS.getOrDefault(t[j].lower, List.of())) {
      if (j + phrase.length > limit || !startsWith(t, j, phrase)) {
        continue;
      }
      String words = String.join(" ", phrase);
      Range<Long> r = VAGUE.get(words);
      int end = j + phrase.length;
      if (words.equals("a couple") && end < limit && COUPLE_NOUN_NEXT.contains(t[end])) {
        return null; // the noun: "a couple" and a person noun are read as "an elderly couple" is
      }
      if (words.equals("a couple") && end + 1 < limit && t[end].is("of") && VAGUE_SCALES.containsKey(t[end + 1].lower)) {
        end++; // "a couple of hundred people": the scale multiplies, as in "a couple hundred"
      }
      Long scale = end < limit ? VAGUE_SCALES.get(t[end].lower) : null;
      if (scale != null && (words.equals("several") || words.equals("a few") || words.equals("a couple"))) {
        Range<Long> scaled = Range.closed(r.lowerEndpoint() * scale, r.upperEndpoint() * scale);
        return new Quantity(j, end + 1, CasualtyCount.vague(words + " " + t[end].lower, scaled), Quantity.Need.NONE);
      }
      return new Quantity(j, end, CasualtyCount.vague(words, r), Quantity.Need.NONE);
    }
    return null;
  }

  /** Refuses labels ("Route 66"), money, times, ages in parentheses and numbers inside dates. */
  private static boolean plausible(Token[] t, int begin, Quantity core, int limit) {
    int first = core.begin;
    int end = core.end;
    if (first == begin && Ages.inAgeList(t, first)) {
      return false;
    }
    // "each one of the friends was shot", "every one of them": all of a group, not one person
    if (first == begin && first >= 1 && t[first].is("one") && (t[first - 1].is("each") || t[first - 1].is("every"))) {
      return false;
    }
    // a share's denominator: "one in five residents is now displaced" counts no five
    if (first == begin && first >= 2 && t[first - 1].is("in")
        && (t[first - 2].isNumber() || NumberWords.isNumberWord(t[first - 2].lower))) {
      return false;
    }
    if (!t[first].isNumber()) {
      return true;
    }
    if (first == begin && first > 0) {
      Token p = t[first - 1];
      boolean parenthesized = p.is("(") && end < limit && t[end].is(")");
      // "lost 23-17" is a score, "lost 23 soldiers" a count of people
      boolean lostPeople = p.is("lost") && end < limit && Lexicon.isPeople(t[end]);
      if (Lexicon.LABELS.contains(p) && !lostPeople || isMonth(p.lower) || p.is("$") || p.is("\u00a3")
          || p.is("\u20ac") || p.is("#") || (p.is(":") && t[first].attached) || parenthesized
          || yearOfDate(t, first) || dayAfterAbbreviatedMonth(t, first)) {
        return false;
      }
    }
    if (end < limit) {
      Token n = t[end];
      boolean meridiem = (n.is("p") || n.is("a")) && end + 1 < limit && t[end + 1].is(".");
      boolean month = isMonth(n.lower) && !n.is("may") && !n.is("march");
      if (isTimeUnit(n.lower)) {
        return false;
      }
      return !((n.is(":") && n.attached) || n.is("%") || month || n.is("percent") || n.is("pm")
          || n.is("am") || meridiem);
    }
    return true;
  }

  /** Whether the number at {@code i} is the day of a date after a month cut short: "Jan. 19", "the Sept. 4 shooting". */
  private static boolean dayAfterAbbreviatedMonth(Token[] t, int i) {
    // "May.", "June.", "July." end a sentence: those names are never cut short
    String m = t[i - 2 < 0 ? 0 : i - 2].lower;
    return i >= 2 && t[i - 1].is(".") && t[i].lower.length() <= 2 && isMonth(m) && m.length() <= 4
        && !m.equals("may") && !m.equals("june") && !m.equals("july");
  }

  /** Whether the number at {@code i} is the year of a date written before it: "December 26, 2016", "Dec. 26, 2016". */
  private static boolean yearOfDate(Token[] t, int i) {
    if (i < 3 || t[i].lower.length() != 4 || !t[i - 1].is(",") || !t[i - 2].isNumber()
        || t[i - 2].lower.length() > 2) {
      return false;
    }
    Token m = t[i - 3];
    return isMonth(m.lower) || m.is(".") && i >= 4 && isMonth(t[i - 4].lower);
  }

  /** "12 year-old", "3 years", "2 weeks": a number before a unit of time is an age or a duration. */
  private static boolean isTimeUnit(String w) {
    return w.startsWith("year") || w.startsWith("month") || w.startsWith("week") || w.startsWith("day")
        || w.startsWith("hour") || w.startsWith("minute") || w.startsWith("yr") || w.startsWith("decade");
  }

  static boolean isMonth(String w) {
    for (String m : MONTHS) {
      if (m.equals(w)) {
        return true;
      }
    }
    return false;
  }
}
