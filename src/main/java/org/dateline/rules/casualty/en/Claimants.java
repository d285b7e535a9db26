package org.dateline.rules.casualty.en;


/**
 * Finds who claims the figures of a sentence: "according to X", "X said", "said X", "as stated by X".
 *
 * <p>The claimant is taken from the same sentence only, closest to the figure; pronouns ("he
 * said") give none, and neither do numbers or places: in "seven people in three states" the word
 * "states" is a noun, and the words after "in" before a say verb name a place. The speaker stands
 * before the asides about it ("Jo Roe, head of a rights group, based in the capital, said") and
 * before its short name in brackets; who was told ("told reporters") is never the speaker, and a
 * say verb after the figure that goes on with a clause of its own ("as the army reported hitting a
 * depot", "police said that") claims nothing told before it.
 */
final class Claimants {
  private static final int MAX_WORDS = 7;
  private static final TokenSet KEEP = TokenSet.of("the", "a", "an", "of", "for", "'s");
  private static final TokenSet TIME_WORDS = TokenSet.of(
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "later", "earlier", "also", "have", "has", "had", "later", "late",
      "night", "morning", "evening", "afternoon", "last", "in", "a", "statement", "separately");

  /** Nouns of what a source gave: "according to figures from the UN". */
  private static final TokenSet DATA = TokenSet.of(
      "figures", "figure", "data", "tally", "count", "statement", "report", "statistics", "estimate",
      "estimates", "records", "numbers");
  /** Words that open an aside after a speaker: ", a Britain-based war monitor,", ", who asked not to be named,". */
  private static final TokenSet ASIDE_OPENERS = TokenSet.of(
      "a", "an", "who", "which", "speaking", "citing", "however", "meanwhile", "though", "too", "in");
  /** How many tokens a bracket after a speaker may take, brackets included: "(ISPR)". */
  private static final int MAX_BRACKET = 6;
  /** How many tokens an aside between a speaker and the verb may take. */
  private static final int MAX_ASIDE = 16;
  /** Words before a place: the words between one of them and a say verb name no speaker. */
  private static final TokenSet PLACE_PREPOSITIONS = TokenSet.of(
      "in", "across", "from", "at", "into", "throughout", "near", "outside", "inside");

  /** Verbs whose subject gives a toll: "put the toll at", "estimated the death toll at". */
  private static final TokenSet TOLL_VERBS = TokenSet.of("put", "puts", "putting", "estimated", "estimates",
      "estimating", "gave", "gives", "raised", "lowered", "revised");

  /** Nouns of speakers that may be told with where they sit: "officials in Kyiv said". */
  private static final TokenSet BODIES = TokenSet.of(
      "ministry", "official", "officials", "authorities", "authority", "police", "army", "military", "governor",
      "spokesman", "spokeswoman", "spokesperson", "agency", "office", "department", "sources", "council",
      "government", "service", "services", "commission", "mission", "command", "administration");
  /**
   * Verbs of a claim besides {@link Lexicon#SAY_VERBS}, kept here so that the figure rules do not see
   * them: "officials indicated that", "the army could verify only 4", "as detailed by the governor".
   */
  private static final TokenSet CLAIM_VERBS = TokenSet.of(
      "indicated", "indicates", "revealed", "reveals", "verified", "verify", "detailed");
  /** Say verbs whose -ing word after them tells how it was said: "said, blaming the rebels". */
  private static final TokenSet PLAIN_SAY = TokenSet.of("said", "says", "say", "added", "adds", "stated", "wrote");
  /** Verbs whose object is who was told, never the speaker: "told reporters", "informed the court". */
  private static final TokenSet TOLD = TokenSet.of("told", "tells", "informed");
  /** Words between a speaker and its verb: "the army could verify", "officials would confirm". */
  private static final TokenSet MODALS = TokenSet.of("could", "would", "can", "did", "does", "may", "might", "will");
  /** Nouns of a source that may be told with where it comes from: "research from two universities". */
  private static final TokenSet SOURCE_NOUNS = TokenSet.of(
      "research", "study", "survey", "analysis", "researchers", "experts", "doctors", "medics", "staff",
      "workers", "volunteers", "figures", "data", "report", "reports", "statistics", "estimates", "source");
  /** Heads of a subject of a say verb that name no speaker: "an autopsy revealed", "others indicated". */
  private static final TokenSet NOT_SPEAKERS = TokenSet.of(
      "investigation", "investigations", "details", "evidence", "autopsy", "testing", "tests", "probe", "inquiry",
      "footage", "video", "another", "others", "checks");
  /** Nouns of a person who may be named in an aside after them: "a resident, Jo Bloggs, said". */
  private static final TokenSet PERSONS = TokenSet.of(
      "resident", "witness", "survivor", "villager", "neighbour", "neighbor", "relative", "friend", "mother",
      "father", "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "teacher",
      "doctor", "nurse", "farmer", "student", "official", "spokesman", "spokeswoman", "spokesperson", "activist",
      "journalist", "lawyer", "medic", "paramedic", "owner", "worker", "pastor", "priest", "imam", "elder",
      "manager", "commissioner", "minister", "mayor", "sheriff", "coroner", "captain", "colonel", "general",
      "prosecutor", "deputy", "cop");
  /** Participles between the figures and their source: "figures <b>released</b> by the ministry". */
  private static final TokenSet GIVEN = TokenSet.of(
      "released", "issued", "published", "compiled", "provided", "given", "gathered", "collected", "cited",
      "maintained", "obtained", "kept", "seen", "reviewed");
  /** Words of reports that name no one: "according to <b>initial</b> reports". */
  private static final TokenSet UNNAMED = TokenSet.of(
      "initial", "preliminary", "early", "first", "latest", "unconfirmed", "provisional", "some", "other");
  /** Nouns of a role that open an aside after a name: "Jane Roe, <b>head</b> of the rights group, said". */
  private static final TokenSet ROLES = TokenSet.of(
      "head", "spokesman", "spokeswoman", "spokesperson", "administrator", "director", "chief", "president",
      "commander", "leader", "member", "officer", "official", "coordinator", "chairman", "secretary", "based");
  /** How many words a headline's source before or after its colon may have: "Police:", ": regional governor". */
  private static final int MAX_HEADLINE_SOURCE = 4;
  /** How long an acronym that names a source may be: "UN", "ISPR". */
  private static final int MAX_ACRONYM = 4;
  /** Short capitalized words before a headline's colon that name no source: "NEWS:", "NOTE:". */
  private static final TokenSet NOT_ACRONYMS = TokenSet.of(
      "news", "live", "new", "read", "more", "watch", "see", "note", "info", "edit");
  /** How many tokens may stand between "quoted" and "as saying": "quoted by the state broadcaster". */
  private static final int MAX_QUOTED = 8;
  /** Forms of "be" before "quoted": "was quoted as saying". */
  private static final TokenSet BE = TokenSet.of("was", "were", "is", "are", "been", "being");
  /** How many asides may stand one after another between a speaker and the verb. */
  private static final int MAX_ASIDES = 3;
  /** How many words a name told as an aside may have: "a resident, Jo Bloggs, said". */
  private static final int MAX_NAME = 4;

  /** Nouns of what a source issued, told after "in a": "in a statement by the rights group". */
  private static final TokenSet STATEMENTS = TokenSet.of("statement", "report", "communique", "release", "post");
  /** Words after "posted on" that make it a post of a claim: "posted on Telegram", "posted on social media". */
  private static final TokenSet POSTED_ON = TokenSet.of("social", "its", "his", "her", "their");

  /** Forms of "claim" that can introduce a claim: "Moscow claimed 150 troops were killed". */
  private static final TokenSet CLAIMED = TokenSet.of("claimed", "claims", "claim", "alleges");
  /**
   * Words after "claimed" that make it no claim of a figure: "claimed responsibility", "claimed the
   * lives", "an attack claimed by a cell".
   */
  private static final TokenSet NOT_CLAIMS = TokenSet.of("responsibility", "credit", "the", "a", "an", "his", "her",
      "their", "its", "lives", "victory", "by");

  private Claimants() {}

  /**
   * Returns the claimant nearest to token {@code at} in the sentence {@code [s, e)}, or null.
   */
  static String claimant(String text, Token[] t, int s, int e, int at) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = s; k < e; k++) {
      String c = null;
      if (t[k].is("according") && k + 1 < e && t[k + 1].is("to")) {
        int from = source(t, k + 2, e);
        c = from < 0 ? null : forward(text, t, from, e);
      } else if (inStatementBy(t, s, k, e)) {
        c = forward(text, t, k + 2, e);
      } else if (t[k].is("saying") && k - 1 > s && t[k - 1].is("as")) {
        c = quoted(text, t, s, k - 1);
      } else if ((says(t, k, e) || putsTheToll(t, k, e)) && !(k > at && saysItsOwn(t, k, e))) {
        c = speaker(text, t, s, e, k);
      }
      int distance = Math.abs(k - at);
      if (c != null && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best != null ? best : headlineSource(text, t, s, e);
  }

  /**
   * Returns the source a headline gives with a colon, before or after what it tells ("Police: two
   * shot at a bus stop", "Four killed in a drone strike: governor"), or null. The source is a few
   * words ending on a noun of a speaker or on a short acronym ("UN", "ISPR"), so that "UPDATE:" or
   * "Video:" name no one.
   */
  private static String headlineSource(String text, Token[] t, int s, int e) {
    int end = e > s && t[e - 1].is(".") ? e - 1 : e;
    for (int n = 1; n <= MAX_HEADLINE_SOURCE; n++) {
      if (s + n < end && t[s + n].is(":") && isHeadlineSource(text, t, s, s + n)) {
        return span(text, t, s, s + n);
      }
      if (end - n - 1 > s && t[end - n - 1].is(":") && isHeadlineSource(text, t, end - n, end)) {
        return span(text, t, end - n, end);
      }
    }
    return null;
  }

  private static boolean isHeadlineSource(String text, Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t[i].isWord() || !isClaimWord(t[i])) {
        return false;
      }
    }
    Token last = t[to - 1];
    boolean acronym = last.end - last.begin > 1 && last.end - last.begin <= MAX_ACRONYM && isUpperCase(text, last)
        && !NOT_ACRONYMS.contains(last);
    // "Report:" names no one; "UPDATE:" and "NEWS:" are no acronyms of a source
    return isSpeakerNoun(last) && !DATA.contains(last) && !last.is("reports") || acronym;
  }

  /**
   * Returns who speaks through the verb at {@code k}: its subject ("police said"), the agent of a
   * passive ("as stated by the governor"), or the words after it ("..., said a police spokesman").
   */
  private static String speaker(String text, Token[] t, int s, int e, int k) {
    if (k + 2 < e && t[k + 1].is("by") && t[k].lower.endsWith("ed")) {
      return forward(text, t, k + 2, e);
    }
    String c = beforeAsides(text, t, s, k);
    if (c == null && k > s && t[k - 1].isPunct() && !TOLD.contains(t[k]) && !putsTheToll(t, k, e)
        && !opensAClause(t, k + 1, e)) {
      c = forward(text, t, k + 1, e);
    }
    return c;
  }

  /**
   * Returns who is quoted as saying before the "as" at {@code as}: the subject of a passive ("a
   * lawmaker was quoted by a broadcaster as saying"), or the one an outlet quoted ("the radio quoted
   * a doctor as saying"); null when no "quoted" stands shortly before it.
   */
  private static String quoted(String text, Token[] t, int s, int as) {
    for (int q = as - 1; q > s && q >= as - MAX_QUOTED; q--) {
      if (t[q].is("quoted")) {
        if (q - 1 > s && BE.contains(t[q - 1])) {
          return beforeAsides(text, t, s, q - 1);
        }
        String object = forward(text, t, q + 1, as);
        return object != null ? object : beforeAsides(text, t, s, q);
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code k} is a statement whose author follows it: "in a statement <b>by</b>
   * the rights group", "in its report <b>from</b> the region".
   */
  private static boolean inStatementBy(Token[] t, int s, int k, int e) {
    return k - 2 >= s && k + 2 < e && STATEMENTS.contains(t[k]) && t[k - 2].is("in") && isFrom(t[k + 1]);
  }

  /**
   * Whether the verb at {@code k} says something of its own after it, so that it claims nothing told
   * before it: "nine died, as the army reported <b>hitting</b> a depot", "... and police said <b>that</b>".
   */
  private static boolean saysItsOwn(Token[] t, int k, int e) {
    if (k + 1 >= e || TOLD.contains(t[k])) {
      return false;
    }
    Token next = t[k + 1];
    // "said, blaming", "said quoting": a plain say verb's -ing word tells how it was said, not what
    return next.is("that") || !PLAIN_SAY.contains(t[k]) && next.isWord() && next.lower.length() > 4
        && next.lower.endsWith("ing") && !next.has(WordFlags.FUNCTION);
  }

  /**
   * Returns where the source after "according to" starts, past the figures it gave: "according to
   * figures from the UN", "according to casualty figures released by the ministry"; or -1 when the
   * figures name no source ("according to initial reports").
   */
  private static int source(Token[] t, int j, int e) {
    int k = j < e && (t[j].is("a") || t[j].is("the")) ? j + 1 : j;
    boolean unnamed = true;
    for (int d = k; d < e && d < k + 4 && t[d].isWord(); d++) {
      if (t[d].is("reports")) {
        // "according to initial reports": no one named; "reports from the town" name no one either
        return unnamed ? -1 : j;
      }
      if (DATA.contains(t[d])) {
        if (d + 1 < e && isFrom(t[d + 1])) {
          return someoneAt(t, d + 2, e) ? d + 2 : -1;
        }
        if (d + 2 < e && GIVEN.contains(t[d + 1]) && isFrom(t[d + 2])) {
          return someoneAt(t, d + 3, e) ? d + 3 : -1; // "figures compiled by hand" name no one
        }
        return unnamed ? -1 : j;
      }
      unnamed &= UNNAMED.contains(t[d]);
    }
    return j;
  }

  /** Words after "compiled by" or "from" that name how figures were made, not who made them: "compiled by hand". */
  private static final TokenSet NO_SOURCE = TokenSet.of("hand", "machine", "computer", "estimate", "estimates", "default");

  /** Whether a source starts at {@code k}, past an article: a word, not one that tells how figures were made. */
  private static boolean someoneAt(Token[] t, int k, int e) {
    int w = k < e && (t[k].is("the") || t[k].is("a")) ? k + 1 : k;
    return w < e && t[w].isWord() && !NO_SOURCE.contains(t[w]);
  }

  private static boolean isFrom(Token w) {
    return w.is("from") || w.is("by") || w.is("of");
  }

  /**
   * Returns the speaker told before the verb at {@code k}, past the asides that may stand between
   * them, the furthest found ("the Observatory, a Britain-based war monitor, said", "a hospital official,
   * who asked not to be named, said", "Jane Roe, head of a rights group, based in the capital, said",
   * "a resident, Jo Bloggs, said"), or null.
   */
  private static String beforeAsides(String text, Token[] t, int s, int k) {
    String c = backward(text, t, s, k);
    int end = k;
    for (int n = 0; n < MAX_ASIDES && end - 1 > s && t[end - 1].is(","); n++) {
      int open = asideOpening(t, s, end - 1, n == 0);
      if (open < 0) {
        break;
      }
      // the furthest speaker wins: an aside may hold words of its own ("known by its acronym CRDH")
      String before = backward(text, t, s, open);
      if (opensOnName(t, open) && !namesSomeone(before)) {
        break; // "residents of the district, Upper Zone, tweeted": a place, not a speaker, before the name
      }
      c = before != null ? before : c;
      end = open + 1;
    }
    return c;
  }

  /**
   * Returns the comma that opens an aside closed by the comma at {@code close}, or -1. The aside next
   * to the verb may open on any aside word or be a person's name; one further away must open on a
   * role ("head of", "based in"), for a clause of the report may stand before it.
   */
  private static int asideOpening(Token[] t, int s, int close, boolean nextToVerb) {
    for (int c = close - 1; c > s && c >= close - MAX_ASIDE; c--) {
      if (t[c].is(",")) {
        boolean aside = c + 1 < close && (ROLES.contains(t[c + 1])
            || nextToVerb && (ASIDE_OPENERS.contains(t[c + 1]) || isName(t, c + 1, close)));
        return aside ? c : -1;
      }
    }
    return -1;
  }

  private static boolean isUpperCase(String text, Token w) {
    for (int i = w.begin; i < w.end; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the aside after the comma at {@code open} is a name, not opened by an aside word. */
  private static boolean opensOnName(Token[] t, int open) {
    return !ROLES.contains(t[open + 1]) && !ASIDE_OPENERS.contains(t[open + 1]);
  }

  /** Whether a speaker found before a name holds a noun of a person or a body: "the group's manager". */
  private static boolean namesSomeone(String speaker) {
    if (speaker == null) {
      return false;
    }
    for (String w : speaker.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (PERSONS.contains(w) || ROLES.contains(w) || BODIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words {@code [from, to)} are a short name: capitalized words only. */
  private static boolean isName(Token[] t, int from, int to) {
    if (to - from < 1 || to - from > MAX_NAME) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!t[i].isWord() || !t[i].capitalized) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words at {@code j} open a clause of their own, not a speaker: "said twelve people were
   * killed", "said several others were missing".
   */
  private static boolean opensAClause(Token[] t, int j, int e) {
    return j < e && (t[j].isNumber() || NumberWords.isNumberWord(t[j].lower) || t[j].is("that")
        || !t[j].is("a") && !t[j].is("an") && QuantityParser.parse(t, j, e) != null);
  }

  /** Whether token {@code k} says its subject's count: "medical sources put the death toll at 27". */
  private static boolean putsTheToll(Token[] t, int k, int e) {
    if (!TOLL_VERBS.contains(t[k])) {
      return false;
    }
    for (int i = k + 1; i < Math.min(e, k + 4); i++) {
      if (t[i].is("toll")) {
        return true;
      }
    }
    return false;
  }

  private static String forward(String text, Token[] t, int from, int e) {
    int end = from;
    while (end < e && end < from + MAX_WORDS && t[end].isWord() && isClaimWord(t[end])) {
      end++;
    }
    if (end > from && end + 1 < e && t[end].is("and")) {
      // "according to the UN and local authorities": a second speaker joined by "and"
      int partner = end + 1;
      while (partner < e && partner < end + 1 + MAX_WORDS && t[partner].isWord() && isClaimWord(t[partner])) {
        partner++;
      }
      end = partner > end + 1 && isSpeakerNoun(t[partner - 1]) ? partner : end;
    }
    return span(text, t, from, end);
  }

  /**
   * Returns {@code end}, or where a short bracket just before it opens: the speaker is told before
   * its short name, "the Inter-Services Public Relations (ISPR) said".
   */
  private static int beforeBrackets(Token[] t, int s, int end) {
    if (end - 1 <= s || !t[end - 1].is(")")) {
      return end;
    }
    for (int b = end - 2; b > s && b >= end - MAX_BRACKET; b--) {
      if (t[b].is("(")) {
        return b;
      }
    }
    return end;
  }

  private static String backward(String text, Token[] t, int s, int k) {
    int end = k;
    while (end > s && (TIME_WORDS.contains(t[end - 1]) || MODALS.contains(t[end - 1]))) {
      end--;
    }
    end = beforeBrackets(t, s, end);
    if (end > s && !t[end - 1].is("body") && Lexicon.COUNTED_NOUNS.match(t, end - 1, end) != null) {
      return null; // "nine fatalities and 12 injuries reported": what was reported, not who ("the world body" is)
    }
    if (end > s && NOT_SPEAKERS.contains(t[end - 1])) {
      return null; // "an investigation revealed", "another indicated": a finding or an unnamed one, no speaker
    }
    int begin = end;
    while (begin > s && begin > end - MAX_WORDS && t[begin - 1].isWord() && isClaimWord(t[begin - 1])) {
      begin--;
    }
    if (begin - 1 > s && PLACE_PREPOSITIONS.contains(t[begin - 1]) && isSpeakerNoun(t[begin - 2])) {
      // "the health ministry in Gaza", "officials in Kyiv", "a resident of the town": a speaker and where it sits
      int place = begin - 1;
      begin = place;
      while (begin > s && begin > place - MAX_WORDS && t[begin - 1].isWord() && isClaimWord(t[begin - 1])) {
        begin--;
      }
      if (begin == place) {
        return null; // "reports from the town said": the source noun is no word of a claimant, the rest a place
      }
    } else if (begin > s && PLACE_PREPOSITIONS.contains(t[begin - 1])) {
      return null; // "seven people in three states", "the crowd in the square": a place, no speaker
    }
    return span(text, t, begin < end ? withPartnerBefore(t, s, begin) : begin, end);
  }

  /**
   * Returns where a speaker joined by "and" before the one at {@code begin} starts, or {@code begin}:
   * "police and hospital sources said", but not "ten died and police said", "killed six villagers and
   * police said" nor "in Kabul and police said".
   */
  private static int withPartnerBefore(Token[] t, int s, int begin) {
    if (begin - 2 < s || !t[begin - 1].is("and") || !isSpeakerNoun(t[begin - 2])) {
      return begin;
    }
    int b = begin - 1;
    while (b > s && b > begin - 1 - MAX_WORDS && t[b - 1].isWord() && isClaimWord(t[b - 1])) {
      b--;
    }
    if (b > s && PLACE_PREPOSITIONS.contains(t[b - 1])) {
      return begin;
    }
    for (int i = b; i < begin - 1; i++) {
      if (NumberWords.isNumberWord(t[i].lower) || QuantityParser.parse(t, i, begin - 1) != null && !t[i].is("a")
          && !t[i].is("an")) {
        return begin; // "killed six villagers and police said": the victims, not a speaker
      }
    }
    return b;
  }

  /** Whether a word is a noun of a speaker, one or many: "police", "medics", "sources", "a resident". */
  private static boolean isSpeakerNoun(Token w) {
    String one = w.lower.endsWith("s") ? w.lower.substring(0, w.lower.length() - 1) : w.lower;
    return BODIES.contains(w) || PERSONS.contains(w) || ROLES.contains(w) || SOURCE_NOUNS.contains(w)
        || PERSONS.contains(one) || ROLES.contains(one) || BODIES.contains(one);
  }

  /**
   * Whether token {@code k} introduces a claim: a say verb, or "claimed" that is no toll of lives or
   * a claim of an attack ("claimed 12 lives", "claimed responsibility").
   */
  private static boolean says(Token[] t, int k, int e) {
    if (Lexicon.SAY_VERBS.contains(t[k]) || CLAIM_VERBS.contains(t[k]) || TOLD.contains(t[k])) {
      return !isNoun(t, k);
    }
    if (t[k].is("posted") && k + 2 < e && t[k + 1].is("on")) {
      return t[k + 2].capitalized || POSTED_ON.contains(t[k + 2]); // "posted on X", not "posted on the border"
    }
    if (!CLAIMED.contains(t[k]) || k + 1 >= e || NOT_CLAIMS.contains(t[k + 1])) {
      return false;
    }
    Quantity q = QuantityParser.parse(t, k + 1, e);
    return q == null || q.end >= e || !(t[q.end].is("lives") || t[q.end].is("life"));
  }

  /** Whether the say verb at {@code k} is a noun: "according to initial <b>reports</b>", "the estimates". */
  private static boolean isNoun(Token[] t, int k) {
    return k > 0 && t[k].lower.endsWith("s") && (UNNAMED.contains(t[k - 1]) || KEEP.contains(t[k - 1])
        || t[k - 1].is("to"));
  }

  private static boolean isClaimWord(Token w) {
    return KEEP.contains(w) || !(w.has(WordFlags.FUNCTION) || Lexicon.PREDICATES.match(
        new Token[] {w}, 0, 1) != null || Lexicon.SAY_VERBS.contains(w) || CLAIM_VERBS.contains(w)
        || TIME_WORDS.contains(w));
  }

  private static String span(String text, Token[] t, int begin, int end) {
    while (begin < end && (t[begin].is("and") || t[begin].is("but") || t[begin].is("of") || t[begin].is("for")
        || t[begin].is("'s"))) {
      begin++;
    }
    if (begin >= end || (end - begin == 1 && (Lexicon.PRONOUNS.contains(t[begin]) || KEEP.contains(t[begin])))) {
      return null;
    }
    boolean allFunction = true;
    for (int i = begin; i < end; i++) {
      allFunction &= KEEP.contains(t[i]) || t[i].isNumber() || NumberWords.isNumberWord(t[i].lower);
    }
    return allFunction ? null : text.substring(t[begin].begin, t[end - 1].end);
  }
}
