package org.dateline.rules.casualty.en;

import com.google.common.collect.ImmutableMap;
import org.dateline.model.CasualtyCategory;

/**
 * The people a number counts, read after the number: "people", "other people", "Yemeni soldiers
 * and civilians", "police officers", "of them", "23-year-old woman".
 *
 * <p>Up to three modifier words may come before a people noun ({@link Lexicon#isPeople}); a run of
 * people nouns, or two joined by "and", ends the phrase. Immutable and thread-safe.
 */
final class People {
  private static final int MAX_MODIFIERS = 4;
  private static final TokenSet PLURAL = TokenSet.of(
      "men", "women", "children", "people", "police", "personnel", "gunmen", "militiamen", "policemen",
      "servicemen", "fishermen", "herdsmen", "crew", "staff", "militia", "taliban", "youth", "guardsmen",
      "crewmen", "policewomen", "elderly", "rohingya", "fulani", "twins", "grandchildren", "housewives");
  private static final TokenSet PARTICIPLES = TokenSet.of(
      "displaced", "wounded", "injured", "missing", "arrested", "detained", "evacuated", "rescued", "affected");
  private static final TokenSet PRONOUNS = TokenSet.of("them", "whom", "those", "these", "us");
  private static final TokenSet FAMILIES = TokenSet.of("family", "household");
  /** Plural nouns that count homes, not people: "12,460 families", "409 households". */
  private static final TokenSet HOUSEHOLDS = TokenSet.of("families", "households");
  private static final TokenSet DETERMINERS = TokenSet.of("the", "their", "his", "her", "its", "our", "those", "these");
  private static final TokenSet COMPOUNDS = TokenSet.of(
      "police", "security", "family", "aid", "health", "government", "army", "prison", "fire", "rescue",
      "election", "polling", "media", "relief", "military", "border", "militia", "school", "hospital",
      "un", "tribal", "local", "pro-government", "pro-government", "armed", "coalition", "afghan",
      "iraqi", "israeli", "palestinian", "syrian", "nigerian", "pakistani", "indian", "ukrainian", "russian");

  /** Adjectives that name people after "of the": "three of the injured later died". */
  private static final TokenSet PARTITIVE_HEADS = TokenSet.of("injured", "wounded", "hurt", "dead", "deceased",
      "missing", "victims", "casualties", "treated", "rescued", "hospitalized", "hospitalised", "fatalities");
  /** The outcome each adjective among {@link #PARTITIVE_HEADS} names, where it names one. */
  private static final ImmutableMap<String, CasualtyCategory> PARTITIVE_OUTCOMES = ImmutableMap.<String, CasualtyCategory>builder()
      .put("dead", CasualtyCategory.KILLED).put("deceased", CasualtyCategory.KILLED)
      .put("fatalities", CasualtyCategory.KILLED).put("injured", CasualtyCategory.INJURED)
      .put("wounded", CasualtyCategory.INJURED).put("hurt", CasualtyCategory.INJURED)
      .put("missing", CasualtyCategory.MISSING).put("rescued", CasualtyCategory.RESCUED)
      .put("hospitalized", CasualtyCategory.HOSPITALIZED).put("hospitalised", CasualtyCategory.HOSPITALIZED)
      .build();
  /** The index after the phrase. */
  final int end;
  /** Whom the phrase names ("people", "police officers"); null for "others" and pronouns. */
  final String who;

  private People(int end, String who) {
    this.end = end;
    this.who = who;
  }

  /** A count and the people it names right after a verb: "left <b>30,000 people</b> homeless". */
  static final class Counted {
    final Quantity quantity;
    /** The people named, or null for a bare count ("sent <b>four</b> to hospital"). */
    final People people;
    /** The index after the count and its people. */
    final int end;

    private Counted(Quantity quantity, People people) {
      this.quantity = quantity;
      this.people = people;
      this.end = people == null ? quantity.end : people.end;
    }

    /** Whom the people are, or null. */
    String who() {
      return people == null ? null : people.who;
    }
  }

  /**
   * As {@link #countedAt}, for a group listed after another, which a possessive may bring in: "a woman and
   * <b>her</b> three children" lists the children as a group of their own.
   */
  static Counted countedInList(Token[] t, int i, int limit) {
    return countedAt(t, i + 1 < limit && Lexicon.POSSESSIVES.contains(t[i]) ? i + 1 : i, limit);
  }

  /**
   * Returns the count at {@code i} and the people it names, or null when no count is there or a
   * count that needs its noun ("a") has none.
   */
  static Counted countedAt(Token[] t, int i, int limit) {
    Quantity q = QuantityParser.parse(t, i, limit);
    People p = q == null ? null : afterCount(t, q, limit);
    q = p == null ? q : CasualtyRules.couple(t, q, p, limit); // "a couple" is two
    return q == null || q.need != Quantity.Need.NONE && p == null ? null : new Counted(q, p);
  }

  /**
   * Returns the people a count of homes is told again in, after a comma and "or" or in brackets:
   * "affected 12,460 families<b>, or 41,300 people</b>", "409 households<b> (1,549 people)</b>"; null if
   * the count {@code q} names no homes or is not told again.
   */
  static Counted restated(Token[] t, Quantity q, int limit) {
    int k = q.end;
    while (k < limit && k < q.end + MAX_MODIFIERS && t[k].isWord() && !HOUSEHOLDS.contains(t[k])) {
      k++; // "12,460 displaced families"
    }
    if (k + 2 >= limit || !HOUSEHOLDS.contains(t[k])) {
      return null;
    }
    int i = t[k + 1].is(",") && t[k + 2].is("or") ? k + 3 : t[k + 1].is("(") ? k + 2 : -1;
    Counted c = i < 0 ? null : countedAt(t, i, limit);
    if (i < 0 && t[k + 1].is(",")) {
      // told again with no "or": "1,500 families, about 7,500 people, were displaced" (only people at
      // large, not a list's next group: "3 families, 12 soldiers and 4 police")
      c = countedAt(t, k + 2, limit);
      c = c == null || c.people == null || c.people.who == null || !ANYONE.contains(c.people.who) ? null : c;
    }
    return c == null || c.people == null || c.people.who == null ? null : c;
  }

  /** The words of people at large a count of homes may be told again in. */
  private static final java.util.Set<String> ANYONE = java.util.Set.of("people", "persons", "individuals", "residents");

  /** Returns a phrase that ends at {@code end} and names nobody in particular. */
  static People unnamed(int end) {
    return new People(end, null);
  }

  /**
   * Returns the outcome an adjective names when it ends "of the" before {@code end}: "three of the
   * <b>dead</b>" are of the killed, "two of the <b>wounded</b>" of the injured; null for other heads
   * ("of the victims" names no one outcome).
   */
  static CasualtyCategory partitiveOutcome(Token[] t, int end) {
    return end >= 3 && t[end - 2].is("the") && t[end - 3].is("of") ? PARTITIVE_OUTCOMES.get(t[end - 1].lower) : null;
  }

  /**
   * Reads the people phrase right after a count: "five people", "a man" (a singular noun after "a").
   *
   * @param q the count, not null
   * @return the phrase, or null if none follows the count
   */
  static People afterCount(Token[] t, Quantity q, int limit) {
    return after(t, q.end, limit, q.need == Quantity.Need.SINGULAR_NOUN);
  }

  /**
   * Reads the people phrase at {@code i}.
   *
   * @param singular whether the number was "a"/"an", so the noun must be singular
   * @return the phrase, or null if none starts there
   */
  static People after(Token[] t, int i, int limit, boolean singular) {
    int j = i;
    if (!singular && j + 1 < limit && t[j].is("of")) {
      j++;
      if ((t[j].is("those") || t[j].is("these")) && j + 1 < limit
          && (Lexicon.isPeople(t[j + 1]) || PARTITIVE_HEADS.contains(t[j + 1]))) {
        return new People(j + 2, t[j + 1].lower); // "one of those patients", "two of those treated"
      }
      if (PRONOUNS.contains(t[j])) {
        return new People(j + 1, null);
      }
      if (DETERMINERS.contains(t[j])) {
        j++;
        if (j < limit && PARTITIVE_HEADS.contains(t[j])) {
          // "three of the injured", and with the noun the adjective qualifies: "one of the injured workers"
          int end = j + 1;
          while (end < limit && end <= j + 2 && Lexicon.isPeople(t[end])) {
            end++;
          }
          return new People(end, end > j + 1 ? t[end - 1].lower : t[j].lower);
        }
        if (j < limit && NumberWords.read(t, j, limit) != null) {
          return null; // "one of the three people killed": a counted group, as "of the 3 people" is
        }
      }
    }
    NumberWords.Match age = j < limit ? NumberWords.read(t, j, limit) : null;
    int tail = age == null ? -1 : ageTail(t, age.end, limit);
    if (age != null && tail > age.end && tail < limit && t[tail].isWord() && !t[tail].has(WordFlags.FUNCTION)
        && !t[tail].has(WordFlags.AUXILIARY)) {
      // "a 24 year old student": the age is a modifier
      j = tail;
    } else if (singular && age != null && tail > age.end) {
      // "a 17 year old was shot": the age names the person
      return new People(tail, whoText(t, j, tail));
    }
    int last = -1;
    int stop = j + MAX_MODIFIERS;
    for (int k = j; k < limit && k <= stop; k++) {
      Token tok = t[k];
      boolean participle = PARTICIPLES.contains(tok) && k + 1 < limit && Lexicon.isPeople(t[k + 1]);
      if (isQuote(tok)) {
        continue;
      }
      if (tok.is("(") && k > j && k + 3 < limit && t[k + 1].isWord() && t[k + 2].is(")")) {
        // "four radio (RTA) staff", "12 armed (fleeing) bandits": one bracketed word among the modifiers
        k += 2;
        stop += 3;
        continue;
      }
      if (!tok.isWord() || (tok.has(WordFlags.FUNCTION) && !participle) || k == i && tok.has(WordFlags.NUMBER_WORD)) {
        // "Image 1 of 5 Two children were ...": a caption's number right before another count counts nobody
        break;
      }
      // "two million head of cattle": a head counts animals
      boolean animals = tok.is("head") && k + 2 < limit && t[k + 1].is("of") && Lexicon.NOT_PEOPLE.contains(t[k + 2]);
      // "three villagers accused of ...": after a people noun, "accused" is its participle, not the head
      boolean people = (Lexicon.isPeople(tok) || isAgeNoun(t, k)) && !animals
          && !(last >= 0 && PARTICIPLE_NOUNS.contains(tok));
      if (last >= 0 && !people && (tok.lower.endsWith("ing") || Lexicon.PREDICATES.match(t, k, limit) != null)) {
        // "two campaigners investigating human rights abuses", "ten people sustained various degrees
        // of injuries": a participle's or a predicate's object names no one counted
        break;
      }
      if (last < 0 && !people && predicateOfWords(t, k, limit)) {
        // "18 suffered minor injuries": the predicate's words are no people ("minor"), the count stands alone
        break;
      }
      if (people || (!singular && isCapitalizedPlural(tok) && lowerCaseModifiers(t, j, k))) {
        last = k;
      }
    }
    return last < 0 ? null : head(t, last, limit, j, singular);
  }

  /**
   * Whether a predicate that starts at {@code k} holds a word that could name people: "suffered
   * minor injuries"; not "internally displaced" of "nine internally displaced persons", nor the
   * adjective "wounded" of "12 wounded soldiers".
   */
  private static boolean predicateOfWords(Token[] t, int k, int limit) {
    PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, limit);
    if (m == null) {
      return false;
    }
    for (int n = k + 1; n < m.end; n++) {
      if (Lexicon.isPeople(t[n])) {
        return true;
      }
    }
    return false;
  }

  /** People nouns that after another are its participle: "three villagers <b>accused</b> of helping". */
  private static final TokenSet PARTICIPLE_NOUNS = TokenSet.of("accused");

  private static People head(Token[] t, int k, int limit, int firstModifier, boolean singular) {
    int end = k + 1;
    while (end < limit && Lexicon.isPeople(t[end]) && !PARTICIPLE_NOUNS.contains(t[end])) {
      end++;
    }
    if (end + 1 < limit && t[end].is("/") && Lexicon.isPeople(t[end + 1])) {
      // "86 people/civilians": a second name for the same people
      end += 2;
    }
    if ((singular && !isSingular(t[end - 1].lower)) || thingHead(t, end, limit)) {
      return null;
    }
    if (singular && isFamily(t, end - 1, limit)) {
      return null;
    }
    int whoBegin = k;
    if (k > firstModifier && (COMPOUNDS.contains(t[k - 1]) || isAgeNoun(t, k))) {
      whoBegin = k - 1;
    }
    if (whoBegin > firstModifier && NO_LONGER.contains(t[whoBegin - 1])) {
      whoBegin--; // "a retired soldier", "two former police officers": no longer what the noun says
    }
    String who = whoText(t, whoBegin, end);
    if (who != null && GROUP_NOUNS.contains(t[end - 1])) {
      who = who + groupOf(t, end, limit);
    }
    if (!singular && end + 1 < limit && t[end].is("and") && Lexicon.isPeople(t[end + 1])) {
      end += 2;
      who = who + " and " + t[end - 1].lower;
    }
    return new People(end, who);
  }

  /**
   * Whether the people words only modify a noun that names a thing: "several Russian
   * <b>regions</b>", "two police <b>stations</b>", "civilian <b>homes</b>". Only people are casualties.
   */
  private static boolean thingHead(Token[] t, int end, int limit) {
    if (end >= limit || !t[end].isWord()) {
      return false;
    }
    String w = t[end].lower;
    boolean thingNoun = Lexicon.NOT_PEOPLE.contains(t[end]) && w.endsWith("s") && !w.equals("others");
    if (thingNoun || Lexicon.THINGS.contains(t[end])) {
      return true;
    }
    Token last = t[end - 1];
    boolean modifierLike = COMPOUNDS.contains(last) || last.is("civilian")
        || (last.capitalized && (last.lower.endsWith("an") || last.lower.endsWith("ese") || last.lower.endsWith("i")));
    return modifierLike && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !t[end].capitalized
        && !Lexicon.FUNCTION_WORDS.contains(t[end]) && !Lexicon.STOPS.contains(t[end])
        && !Lexicon.AUXILIARIES.contains(t[end])
        && Lexicon.PREDICATES.match(t, end, limit) == null && Lexicon.COUNTED_NOUNS.match(t, end, limit) == null;
  }

  /** Words before a person's noun that make the person one no more. */
  private static final TokenSet NO_LONGER = TokenSet.of("former", "retired", "ex");

  /** Nouns that name people only by the group they belong to: "members", "personnel". */
  private static final TokenSet GROUP_NOUNS = TokenSet.of("members", "member", "personnel", "elements", "staff");
  /** How many words the group after a group noun may run: "of the Afghan national security forces". */
  private static final int MAX_GROUP_WORDS = 5;

  /**
   * The group a group noun names after it, for whom a figure counts: " of the security forces" of
   * "four members of the security forces", " of his family"; empty when none follows. The phrase
   * ends where the people do; only their description grows.
   */
  private static String groupOf(Token[] t, int end, int limit) {
    if (end + 1 >= limit || !t[end].is("of")) {
      return "";
    }
    int k = end + 1;
    if (DETERMINERS.contains(t[k]) || t[k].is("a") || t[k].is("an")) {
      k++;
    }
    int from = k;
    while (k < limit && k - from < MAX_GROUP_WORDS && t[k].isWord() && !t[k].has(WordFlags.FUNCTION)
        && !t[k].has(WordFlags.AUXILIARY) && !t[k].has(WordFlags.NUMBER_WORD)
        && Lexicon.PREDICATES.match(t, k, limit) == null) {
      k++;
    }
    return k == from ? "" : " " + whoText(t, end, k);
  }

  /** The words {@code t[from, to)} in lower case as whom a figure counts; null for "others", which names no one. */
  static String whoText(Token[] t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t[i].lower);
    }
    String s = sb.toString();
    return s.equals("others") || s.equals("other") ? null : s;
  }

  /**
   * "Tuaregs", "Hazaras": a capitalized plural right after a number, or after its lower-case
   * modifiers ("ethnic Oromos"), names people.
   */
  private static boolean isCapitalizedPlural(Token t) {
    return t.capitalized && t.lower.length() >= 4 && t.lower.endsWith("s") && !t.lower.endsWith("ss")
        && !Lexicon.NOT_PEOPLE.contains(t) && !QuantityParser.isMonth(t.lower);
  }

  /**
   * Whether the words from {@code j} to {@code k} are none, or one lower-case modifier that is no
   * plural noun: "ethnic", "armed" (but not "times" in "shot several times outside Meadows").
   */
  private static boolean lowerCaseModifiers(Token[] t, int j, int k) {
    if (k == j) {
      return true;
    }
    Token m = t[j];
    return k == j + 1 && !m.capitalized && !m.lower.endsWith("s") && !m.has(WordFlags.FUNCTION)
        && !m.has(WordFlags.NUMBER_WORD) && !Lexicon.isPeople(m);
  }

  /**
   * Whether the word at {@code k} is the "old" of an age written apart that names the person: "a
   * 9-year old", "the two year old".
   */
  static boolean isAgeNoun(Token[] t, int k) {
    if (!t[k].is("old") || k == 0) {
      return false;
    }
    String before = t[k - 1].lower;
    return before.equals("year") || before.equals("month") || before.endsWith("-year") || before.endsWith("-month");
  }

  /**
   * Returns the index after an age's tail written apart at {@code i} ("year old", "years old",
   * "year-old", "month old" after "24"), or {@code i} if none stands there.
   */
  static int ageTail(Token[] t, int i, int limit) {
    if (i < limit && (t[i].is("year-old") || t[i].is("month-old") || t[i].is("year-olds"))) {
      return i + 1;
    }
    boolean unit = i + 1 < limit && (t[i].is("year") || t[i].is("years") || t[i].is("month") || t[i].is("months"));
    return unit && (t[i + 1].is("old") || t[i + 1].is("olds")) ? i + 2 : i;
  }

  /**
   * Whether the word at {@code k} is "family" or "household" without "of" after it: "a family was
   * killed", "killing an entire family" count a group of untold size, not one person ("a family
   * of five" is read as five elsewhere).
   */
  static boolean isFamily(Token[] t, int k, int limit) {
    return FAMILIES.contains(t[k]) && !(k + 1 < limit && t[k + 1].is("of"));
  }

  private static boolean isQuote(Token t) {
    return t.is("\"") || t.is("\u201c") || t.is("\u201d") || t.is("'");
  }

  static boolean isSingular(String w) {
    return !PLURAL.contains(w) && (!w.endsWith("s") || w.endsWith("ss"));
  }
}
