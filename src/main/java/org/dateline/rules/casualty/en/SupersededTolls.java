package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;

/**
 * Whether a figure is a toll the sentence says is no longer the one that stands: "up from 28", "the
 * previous toll was 28", "police had originally said", "denied reports that", "were initially reported",
 * a correction note's "an earlier version". Moved out of {@link EnglishCasualtyExtractor}, which asks
 * {@link #superseded} for each figure's role and for the parts of an update.
 */
final class SupersededTolls {
  private SupersededTolls() {
  }

  /** How many words before a figure a cue of an earlier, superseded toll may stand. */
  private static final int MAX_SUPERSEDED_CUE = 5;

  /** Nouns of a toll after a word of {@link #SUPERSEDED}: "the previous toll", "an earlier death toll". */
  private static final TokenSet TOLL_NOUNS = TokenSet.of("toll", "death", "figure", "count", "tally");

  /**
   * Nouns of a telling that only "earlier" or "previous" make superseded: "earlier reports of 30
   * deaths". "Initial reports" are often the only ones there are, and stand.
   */
  private static final TokenSet REPORT_NOUNS = TokenSet.of("report", "reports", "estimate", "estimates");

  /** Words that make a report after them an earlier one: "earlier reports", "a previous estimate". */
  private static final TokenSet EARLIER_REPORT = TokenSet.of("earlier", "previous");

  /**
   * Words after a report's noun that make it tell a toll: "earlier reports of 30 deaths", "earlier
   * reports had put the toll at 53", "earlier reports said seven people had been taken to hospital".
   * "Earlier reports by officials that a boy had died" may tell a death the report goes on to deny,
   * not a toll it revises.
   */
  private static final TokenSet REPORT_OF_TOLL = TokenSet.of("of", "had", "put", "gave", "placed", "said",
      "suggested", "indicated");

  /** Words a saying may put before the toll it gives as its object: "reported the death toll as". */
  private static final TokenSet TOLL_OBJECT = TokenSet.of("the", "a", "death", "toll", "number", "figure", "as", "at",
      "of");

  /** Words that make the toll after them an earlier one: "the previous toll", "an earlier death toll". */
  private static final TokenSet SUPERSEDED = TokenSet.of(
      "previous", "earlier", "initial", "former", "old");

  /** Adverbs that make the saying after them an earlier, superseded one: "had originally said". */
  private static final TokenSet EARLIER_SAYING = TokenSet.of("originally", "initially", "first",
      // a saying the report takes back: "the agency wrongly reported that 12 people had been killed"
      "wrongly", "incorrectly", "erroneously", "mistakenly");

  /** Adverbs that make the saying after them an earlier one only after "had": "had earlier said". */
  private static final TokenSet EARLIER_AFTER_HAD = TokenSet.of("earlier", "previously");

  /** Verbs of a saying that gives a toll: "had originally said", "had earlier put the toll at". */
  static final TokenSet SAID = TokenSet.of("said", "reported", "stated", "put", "gave", "given", "announced",
      "confirmed");

  /** Adverbs right after a toll that make it the first the report had: "four miners had died initially". */
  static final TokenSet AT_FIRST = TokenSet.of("initially", "originally");

  /**
   * Whether the figure is an earlier toll the sentence says is superseded: "up from (a toll of)
   * 28", "down from 28", "the previous toll was 28", "an earlier death toll of 28".
   */
  static boolean superseded(Token[] t, int s, Candidate c) {
    // "The previous toll, released on Wednesday evening, stood at 66": the sentence's subject is the old toll
    int k = s < c.numberBegin && (t[s].is("the") || t[s].is("an") || t[s].is("a")) ? s + 1 : s;
    if (previousTollAt(t, k, c.numberBegin) || correctedVersion(t, s, c.numberBegin)) {
      return true;
    }
    int from = Math.max(s, Math.min(c.spanBegin, c.numberBegin) - MAX_SUPERSEDED_CUE);
    for (int i = from; i < c.numberBegin; i++) {
      if (i + 1 < c.numberBegin && ((t[i].is("up") || t[i].is("down")) && t[i + 1].is("from")
          // "went up from 80 to 120": the number after "to" is the new count
          && !(i + 2 < c.numberBegin - 1 && t[c.numberBegin - 1].is("to"))
          || risenFrom(t, s, i, c.numberBegin))) {
        // "up from 28 a week ago" is the toll before, as is "a sharp rise on the 28 reported dead"; "up from 7,400
        // cholera cases a year earlier" is another period's
        return !anotherPeriodAfter(t, c.numberEnd);
      }
      if (previousTollAt(t, i, c.numberBegin)) {
        return true;
      }
    }
    if (denied(t, s, c.numberBegin) || reportedAtFirst(t, c.numberEnd, t.length, c.category)) {
      return true;
    }
    if (c.numberBegin > s && t[c.numberBegin - 1].is("and") && Sentences.containsAny(t, c.numberEnd, c.spanEnd,
        EarlierStatements.PRESENT)) {
      return false; // "had initially confirmed four deaths and 11 people remain missing": a clause of its own, now
    }
    // "police had originally said that seven people were shot": an earlier statement; "earlier" only
    // after "had" ("officials had earlier put the toll at seven"): "the ministry earlier reported" may
    // be the toll that stands
    for (int i = Math.max(s, c.numberBegin - MAX_SUPERSEDED_CUE - 2); i + 1 < c.numberBegin; i++) {
      boolean saying = earlierSaying(t, s, i) || EARLIER_AFTER_HAD.contains(t[i]) && SAID.contains(t[i + 1])
          && tollAsObject(t, i + 2, c.numberBegin);
      // "two guards were initially reported killed, while three workers were hurt": the saying is another clause's;
      // a comma goes on with what was said ("had said 12 dead, 30 injured", "had said that, in total, seven")
      if (saying && !Sentences.containsAny(t, i + 2, c.numberBegin, SAYING_BREAKS)) {
        return true;
      }
    }
    // the second thing an earlier saying told: "officials had earlier said three people had died and that 12 were
    // missing"
    for (int j = Math.max(s + 1, c.numberBegin - 3); j < c.numberBegin; j++) {
      if (t[j].is("that") && t[j - 1].is("and")) {
        for (int i = s; i + 1 < j - 1; i++) {
          if (earlierSaying(t, s, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words that end the clause of an earlier saying before a figure: the figure is then no part of what was said. */
  private static final TokenSet SAYING_BREAKS = TokenSet.of(";", "while", "whereas", "but");

  /** Verbs that deny a count told by others: "the army denied that 20 civilians were killed". */
  private static final TokenSet DENYING = TokenSet.of("deny", "denies", "denied", "denying", "refuted", "refutes",
      "rejected", "rejects", "dismissed", "dismisses");

  /** Words that may stand between a denying verb and the "that" of what it denies: "denied <b>media reports</b> that". */
  private static final TokenSet DENIED_CLAIMS = TokenSet.of("reports", "report", "claims", "claim", "allegations",
      "suggestions", "rumours", "rumors", "the", "any", "media", "as", "false", "earlier");

  /** Words before a count that make it a group told before, of which a denial tells something else. */
  private static final TokenSet KNOWN_GROUP = TokenSet.of("the", "those", "these");
  /** Words that turn a denial into none: "did not deny", "never denied". */
  private static final TokenSet NEGATIONS = TokenSet.of("not", "n't", "never", "nobody", "no");
  /** How many tokens before a denying verb its negation may stand: "did not deny". */
  private static final int NEGATION_REACH = 3;

  /** How many tokens a denying verb may stand before its "that". */
  private static final int DENIAL_REACH = 5;

  /**
   * Whether the count at {@code number} is what a speaker denies: "we deny reports that three soldiers were
   * killed", "the ministry denied that 20 civilians had died". The report gives it as a claim refuted, not a toll.
   */
  private static boolean denied(Token[] t, int s, int number) {
    int that = number - 1;
    while (that > s && number - that <= 2 && !t[that].is("that")) {
      that--; // "that at least three", "that some 40"
    }
    if (that <= s || !t[that].is("that") || Sentences.containsAny(t, that + 1, number, KNOWN_GROUP)) {
      return false; // "denied that the 20 people killed were civilians": what it denies is of a group known
    }
    for (int k = that - 1; k >= s && k >= that - DENIAL_REACH; k--) {
      if (DENYING.contains(t[k])) {
        return !Sentences.containsAny(t, Math.max(s, k - NEGATION_REACH), k, NEGATIONS); // "did not deny that"
      }
      if (!DENIED_CLAIMS.contains(t[k])) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of a telling a toll was first given by: "were initially <b>reported</b> killed". */
  private static final TokenSet TOLD_AT_FIRST = TokenSet.of("reported", "said", "believed", "thought", "feared",
      "listed", "declared");

  /** How many tokens after a count its passive "initially reported" may stand: "and two guards were initially". */
  private static final int AT_FIRST_REACH = 4;

  /**
   * Whether the people counted at a figure ending at {@code end} were "initially reported" so, in the figure's own
   * outcome, a telling the report has moved past: "two guards were initially reported killed", "eleven had initially
   * been reported dead". A relative clause
   * tells of the people before ("12 people who were initially reported missing were found dead").
   */
  private static boolean reportedAtFirst(Token[] t, int end, int e, CasualtyCategory category) {
    for (int k = end; k + 2 < e && k <= end + AT_FIRST_REACH; k++) {
      // "had initially been reported killed": the passive's "been" after the adverb
      int told = (t[k].is("had") || t[k].is("have") || t[k].is("has")) && k + 3 < e && t[k + 2].is("been") ? k + 3
          : t[k].is("were") || t[k].is("was") ? k + 2 : -1;
      if (told > 0 && (AT_FIRST.contains(t[k + 1]) || t[k + 1].is("first")) && TOLD_AT_FIRST.contains(t[told])) {
        PhraseTable.Match m = told + 1 < e ? Lexicon.PREDICATES.match(t, told + 1, e) : null;
        return m != null && m.category == category;
      }
      if (!t[k].isWord() || RELATIVES.contains(t[k])) {
        return false;
      }
    }
    return false;
  }

  /** Words that open a relative clause on the people counted. */
  private static final TokenSet RELATIVES = TokenSet.of("who", "that", "which", "whom");

  /** Nouns of a change from an earlier count: "a sharp <b>rise</b> on the 26 reported dead". */
  private static final TokenSet RISES = TokenSet.of("rise", "increase", "jump", "climb", "drop", "fall");

  /** Words that may stand between "a rise on" and the count it rises from: "on <b>the</b> 26", "from <b>some</b> 30". */
  private static final TokenSet BEFORE_EARLIER_COUNT = TokenSet.of("the", "a", "some", "about", "around", "nearly");

  /**
   * Whether a change named as a noun at {@code i} ("a sharp rise on", "an increase from") counts from the number at
   * {@code number}: the noun after an article and at most one adjective, "on" or "from" after it, and the number
   * right after that but for an article or an "about". "The fall from a third-floor window killed two" is a fall,
   * and "a rise on Tuesday, when 12 were killed" names no earlier count.
   */
  private static boolean risenFrom(Token[] t, int s, int i, int number) {
    if (!RISES.contains(t[i]) || !(t[i + 1].is("on") || t[i + 1].is("from"))) {
      return false;
    }
    boolean article = i - 1 >= s && (t[i - 1].is("a") || t[i - 1].is("an"))
        || i - 2 >= s && (t[i - 2].is("a") || t[i - 2].is("an")) && t[i - 1].isWord();
    if (!article) {
      return false;
    }
    for (int k = i + 2; k < number; k++) {
      if (!BEFORE_EARLIER_COUNT.contains(t[k])) {
        return false;
      }
    }
    return true;
  }

  /** How many tokens after a number its period may be named: "up from 7,400 cholera cases a year earlier". */
  private static final int PERIOD_WINDOW = 10;

  /** Nouns after "same" that name a period: "the same period", "the same week". */
  private static final TokenSet SAME_PERIODS = TokenSet.of("period", "time", "week", "month", "months", "season", "quarter");

  /**
   * Whether a period other than the report's is named within a few tokens after {@code k}, before a
   * clause break: "over the same months of the year before", "a year earlier", "in 2019". A count of another
   * period compares, and supersedes nothing.
   */
  static boolean anotherPeriodAfter(Token[] t, int k) {
    for (int i = k; i < t.length && i < k + PERIOD_WINDOW; i++) {
      Token w = t[i];
      if (w.is(".") || w.is(";")) {
        return false;
      }
      boolean next = i + 1 < t.length;
      if (next && (w.is("same") && SAME_PERIODS.contains(t[i + 1]) || w.is("last") && t[i + 1].is("year")
          || (w.is("previous") || w.is("prior") || w.is("preceding")) && t[i + 1].is("year"))) {
        return true;
      }
      if (i + 2 < t.length && (w.is("a") || w.is("one")) && t[i + 1].is("year")
          && (t[i + 2].is("earlier") || t[i + 2].is("ago") || t[i + 2].is("before"))) {
        return true;
      }
      if (i > 0 && (t[i - 1].is("in") || t[i - 1].is("during")) && w.lower.matches("(19|20)[0-9][0-9]")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an earlier saying stands at {@code i}: "had originally said", "had earlier reported". */
  private static boolean earlierSaying(Token[] t, int s, int i) {
    return (EARLIER_SAYING.contains(t[i]) || i > s && t[i - 1].is("had") && EARLIER_AFTER_HAD.contains(t[i]))
        && SAID.contains(t[i + 1]);
  }

  /**
   * Whether the tokens from {@code i} to the number give the toll as a saying's object, ending in
   * "as", "at" or a toll's "of": "(was earlier reported) as", "(earlier put) the toll at", "(had earlier
   * given) the toll of". The saying "earlier
   * reported the toll as 19" names an old figure; "earlier reported 12 deaths" may be the standing one.
   */
  private static boolean tollAsObject(Token[] t, int i, int n) {
    // "had earlier given the toll of eight": "of" after the toll's noun
    boolean tollOf = n - 2 >= i && t[n - 1].is("of") && TOLL_NOUNS.contains(t[n - 2]);
    if (i >= n || !(t[n - 1].is("as") || t[n - 1].is("at") || tollOf)) {
      return false;
    }
    for (int k = i; k < n; k++) {
      if (!TOLL_OBJECT.contains(t[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence from {@code s} opens as a correction note, before {@code limit}: "An earlier
   * version of this story said 12 people were hurt", "Correction: A previous version of this article
   * misstated ...". Every figure of the note is the one the story no longer gives.
   */
  private static boolean correctedVersion(Token[] t, int s, int limit) {
    // past a label: "Correction: An earlier version ...", "Editor's note: A previous version ...", and past
    // a dateline before it: "BOSTON, May 2 - Editor's note: An earlier version ..."
    int from = s;
    for (int i = s; i < limit && i <= s + DATELINE; i++) {
      if (t[i].isDash()) {
        from = i + 1;
        break;
      }
    }
    for (int i = s; i + 1 < limit && i <= from + CORRECTION_LABEL; i++) {
      if (EARLIER_REPORT.contains(t[i]) && t[i + 1].is("version")) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens a label and an article may take before a correction note's "earlier version". */
  private static final int CORRECTION_LABEL = 5;

  /** How many tokens a dateline may take before its dash: "NEW YORK, Nov. 21 (Reuters) -". */
  private static final int DATELINE = 12;

  /**
   * Whether a word of an earlier toll and its noun stand at token {@code i}, before {@code limit}:
   * "previous toll", "earlier reports".
   */
  private static boolean previousTollAt(Token[] t, int i, int limit) {
    return i + 1 < limit && (SUPERSEDED.contains(t[i]) && TOLL_NOUNS.contains(t[i + 1])
        || i + 2 < limit && EARLIER_REPORT.contains(t[i]) && REPORT_NOUNS.contains(t[i + 1])
            && REPORT_OF_TOLL.contains(t[i + 2]));
  }
}
