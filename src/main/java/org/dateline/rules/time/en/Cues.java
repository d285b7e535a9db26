package org.dateline.rules.time.en;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the tense cues of a clause in a stretch {@code [lo, hi)} of the lower-cased text, with the results the
 * cue patterns below give on {@code text.substring(lo, hi)}, but without a regex where the stretch is plain: a
 * stretch whose characters from 128 up are no letter, digit, non-spacing mark or surrogate. There every
 * character is a word character for {@code \b} exactly when it is one of {@code [a-zA-Z0-9_]}, on every JDK, so
 * the cues are read word by word. Elsewhere (a name with an accent) the patterns themselves run.
 *
 * <p>The patterns stay the specification; a test checks the word scans against them. Stateless and
 * thread-safe.
 */
final class Cues {
  /** Words after "possible" that tell when: "sleet is possible on Sunday", "possible overnight". */
  private static final List<String> WHEN_AFTER_POSSIBLE_WORDS = List.of("on", "from", "in", "at", "during", "late",
      "early", "this", "next", "over", "by", "through", "into", "later", "tonight", "today", "tomorrow", "overnight",
      "again", "until", "till", "before", "after", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday");
  /** The words a day told between a verb of intent and its "to" opens with: "agreed on Monday to". */
  private static final List<String> DATED_OPENERS = List.of("on", "last", "this", "earlier", "late", "yesterday",
      "today", "overnight");
  /** The words that may follow such an opener in that day: "on Tuesday evening", "last week". */
  private static final List<String> DATED_WORDS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year");
  /**
   * Verbs that "could" puts ahead: a level's change ("temperatures could <b>fall</b> to minus 12C") and what a forecast
   * or a plan could bring ("the first frost could <b>arrive</b> on Tuesday night", "talks could <b>resume</b> on
   * Monday"); not verbs of what someone could or could not do ("nobody could find the boat on Monday").
   */
  private static final List<String> COULD_AHEAD_WORDS = List.of("fall", "rise", "reach", "climb", "drop", "dip",
      "plunge", "soar", "top", "exceed", "hit", "peak", "arrive", "bring", "resume", "reopen", "return", "worsen",
      "linger", "spread", "strike", "follow");
  /** The verbs of {@link #COULD_AHEAD_WORDS} of an event, not of a level: ahead only in what a source said. */
  private static final WordSet COULD_EVENT = new WordSet(Set.of("arrive", "bring", "resume", "reopen", "return",
      "worsen", "linger", "spread", "strike", "follow"));
  /**
   * Verbs that "can" puts ahead: what a side can win or a resident can get ("can clinch the title on Friday", "can
   * collect sandbags on Thursday"); not "can tell", "can explain", "can remember", told of a day gone by.
   */
  private static final List<String> CAN_AHEAD_WORDS = List.of("clinch", "seal", "win", "secure", "go", "move", "level",
      "book", "claim", "extend", "collect", "apply", "buy", "pick", "register", "vote", "attend", "enter", "join",
      "expect");
  /**
   * Words before "set for" that tell a plan as it stood ("was set for Monday", "originally set for June") or make "set" a
   * noun ("the opening set for", "a record set for a single session").
   */
  private static final List<String> PLAN_STOOD_WORDS = List.of("was", "were", "had", "been", "originally", "initially",
      "previously", "first", "once", "a", "an", "the", "opening", "second", "third", "final", "deciding", "record", "its",
      "his", "her", "their", "one", "another");
  /** Determiners after "due to" that make it a cause: "was not due to the strike". */
  private static final List<String> CAUSE_DETERMINERS = List.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "these", "those");
  /** Words that put the clause ahead of publication; "was due to" looks ahead too. */
  static final Pattern FUTURE_CUE = Pattern.compile(
      "\\b(?:will|won't|'ll|shall|would(?!\\s{1,3}have\\b)|might(?!\\s{1,3}(?:not|have|never)\\b)"
          // what should happen lies ahead: "forecasters said the weather should stay calm through the weekend"
          + "|should(?!\\s{1,3}(?:not|have|never)\\b)"
          // what a side or a resident can do on a day lies ahead: "Al Nassr can clinch the title on Friday", "Residents
          // can collect sandbags on Thursday" (not what one can tell, explain or remember of a day gone by)
          + "|can\\s{1,3}(?:" + String.join("|", CAN_AHEAD_WORDS) + ")"
          // a level that could change: "temperatures could fall to minus 12C on Sunday"
          + "|could\\s{1,3}(?:" + String.join("|", COULD_AHEAD_WORDS) + ")"
          + "|as\\s{1,3}soon\\s{1,3}as|expects?\\s{1,3}to"
          + "|plans?\\s{1,3}to|intends?\\s{1,3}to"
          // what someone is expected to do: "analysts expect the bank to cut rates in March"
          + "|expects?\\s{1,3}(?:[a-z]{1,20}\\s{1,3}){1,3}to"
          // what someone was urged, asked or warned to do: "urged residents to stay indoors until Sunday", "warned
          // drivers to avoid the bridge on Friday"
          + "|(?:urged|asked|advised|instructed|encouraged|warned)\\s{1,3}(?:[a-z]{1,20}\\s{1,3}){1,2}to(?=\\s{1,3}"
          + "(?!(?:the|a|an|his|her|their|its|this|that)\\b)[a-z])"
          // "was due to arrive"; a bare "due to" is a cause ("closed on Saturday due to fog"), and so is one before a
          // determiner ("was due to the strike on Monday")
          + "|(?:is|are|was|were)\\s{1,3}due\\s{1,3}to(?!\\s{1,3}(?:" + String.join("|", CAUSE_DETERMINERS) + ")\\b)"
          + "|(?:(?:is|are|was|were)\\s{1,3})?(?:planning|going|scheduled|expected|set"
          + "|slated|forecast|forecasted|anticipated|projected|predicted|likely|poised|to\\s{1,3}be)\\s{1,3}to"
          + "|is\\s{1,3}to|are\\s{1,3}to|planned\\s{1,3}to|scheduled|upcoming"
          // an event set for a day, not a plan as it stood ("the vote, set for Oct. 5"; "was set for" is left to the plan),
          // nor the noun ("lost the opening set for the first time")
          + "|(?<!\\b(?:" + String.join("|", PLAN_STOOD_WORDS) + ")\\s{1,3})set\\s{1,3}for"
          + "(?!\\s{1,3}the\\s{1,3}(?:first|second|third|fourth|fifth|last|final)\\s{1,3}time\\b)"
          + "|next(?!\\s{1,3}(?:to|year|month|quarter|decade|century)\\b)"
          + "|(?:is|are)\\s{1,3}(?:planned|set|slated|due|forecast)\\s{1,3}for"
          // a notice in force from a time: "a wind warning is in force from 6am Sunday"
          + "|(?:is|are)\\s{1,3}in\\s{1,3}(?:force|effect|place)\\s{1,3}from"
          // weather in the forecast lies ahead: "snow is in the forecast for Sunday"
          + "|(?:is|are)\\s{1,3}in\\s{1,3}the\\s{1,3}forecast"
          + "|(?:is|are)\\s{1,3}due\\s{1,3}(?:on|at(?!\\s{1,3}least\\b)|after|before|back|in(?!\\s{1,3}(?:part|large)\\b))"
          // what is expected or likely now lies ahead: "frost is likely overnight into Monday"
          // ... and so does what is possible: "sleet is possible on Sunday" (not "it is possible that")
          // ("it is possible the gunman acted alone" names a possibility of the past: a clause follows, not a time)
          + "|(?:is|are)\\s{1,3}(?:(?:now|also|still)\\s{1,3})?(?:expected|likely(?!\\s{1,3}that\\b)|possible(?=\\s{0,3}(?:[,.;]|$"
          + "|(?:" + String.join("|", WHEN_AFTER_POSSIBLE_WORDS) + ")\\b)))"
          + "(?!\\s{1,3}to\\s{1,3}have)"
          // what is supposed to happen, or has been arranged for a day, lies ahead: "the wind is supposed to drop on
          // Friday", "talks on Monday have been scheduled" ("was supposed to" tells of a plan gone by)
          + "|(?:is|are)\\s{1,3}supposed\\s{1,3}to"
          + "|(?:has|have)\\s{1,3}been\\s{1,3}(?:arranged|scheduled|rescheduled|planned|organised|organized)"
          + "|(?:agreed|agrees|agree|vowed|vows|promised|promises|pledged|pledges|decided|decides|threatened|threatens"
          + "|aims|hopes|wants|seeks|prepares)\\s{1,3}to"
          // ... also with the day of the agreeing or a vote between: "agreed on Monday to meet again on Thursday",
          // "voted on Tuesday evening to strike on Thursday" (a bare "voted to reject the plan on Sunday" dates the vote)
          + "|(?:agreed|agrees|agree|vowed|vows|promised|promises|pledged|pledges|decided|decides|threatened|threatens"
          + "|aims|hopes|wants|seeks|prepares|voted|votes)\\s{1,3}(?:" + String.join("|", DATED_OPENERS) + ")"
          + "(?:\\s{1,3}(?:" + String.join("|", DATED_WORDS) + ")){0,2}\\s{1,3}to"
          // what one hopes, braces or prepares for lies ahead: "resorts are hoping for snow this weekend"
          + "|(?:hoping|hopes|bracing|braces|preparing|prepares)\\s{1,3}for"
          + "|ends|begins|starts|expires|resumes|(?<!to\\s)(?:begin|resume|expire|reopen|meet|apply)|applies|opens|reopens|closes|meets"
          + "|kicks\\s{1,3}(?:in|off)"
          + "|takes\\s{1,3}effect|on\\s{1,3}(?:track|course)\\s{1,3}(?:to|for))\\b");
  /**
   * Prepositions that, just before an expression, look ahead unless the clause is in the past perfect; what a
   * report tells "ahead of" or "in the run-up to", or what is awaited, is still to come ("police stepped up
   * security ahead of Sunday's election", "supporters await Tuesday's verdict").
   */
  static final Pattern DEADLINE = Pattern.compile(
      "\\b(?:until|till|by|as\\s{1,3}(?:early|soon)\\s{1,3}as|effective|payable|of\\s{1,3}record"
          // "ahead of the April 26 election": what comes after "the" is named by its day
          + "|ahead\\s{1,3}of(?:\\s{1,3}the)?|run-up\\s{1,3}to(?:\\s{1,3}the)?|awaits?|awaiting"
          // a notice in force to a day: "a heat warning remains in effect through Sunday", "in effect for the burn
          // scar through 9 p.m. Thursday" (not "was in effect")
          + "|in(?<!\\b(?:was|were|stayed|remained|kept|put)\\s{1,3}in)\\s{1,3}(?:effect|force|place)"
          + "(?:\\s{1,3}(?:for|across|in|over|along)(?:\\s{1,3}[a-z'-]{1,20}){1,5}?)?\\s{1,3}through"
          // what comes after "ahead of" may be named before its day: "ahead of the election on Sunday"
          + "|ahead\\s{1,3}of\\s{1,3}(?:the|its|their|his|her|a|an)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){1,3}?on"
          // a bound put on what is still to come: "delayed the launch to no earlier than Feb. 5"
          + "|(?:no|not)\\s{1,3}(?:earlier|sooner)\\s{1,3}than"
          // what starts on a day: "announced industrial action starting Monday", "the test starting on Boxing Day"
          + "|(?:starting|beginning)(?:\\s{1,3}(?:on|from))?)\\s{1,3}$");
  static final Pattern PAST_PERFECT = Pattern.compile("\\bhad\\b");
  /**
   * Past forms spelled as the present, past after a singular subject ("the storm hit the coast"); "cut", "spread",
   * "split", "burst" and "beat" are nouns as often, and no verb after a determiner or a modifier ("a rate cut in
   * January", "on the beat"): see NOUN_BEFORE; "beat" tells a result ("Palmeiras beat River Plate 2-1 on Tuesday
   * night"), "read" a text read out ("the bill, read in parliament on Thursday").
   */
  private static final List<String> PRESENT_SPELLED_WORDS = List.of("hit", "shut", "quit", "burst", "cut", "spread",
      "split", "beat", "read");
  /** Past-tense verbs a sentence's time is told in, besides the regular ones in "-ed". */
  private static final List<String> PAST_VERBS = Stream.concat(PRESENT_SPELLED_WORDS.stream(), Stream.of(
      "said", "says", "told", "was", "were", "had", "did", "began", "came", "went", "met", "left", "took", "gave",
      "made", "brought", "held", "fell", "rose", "agreed", "freed", "decreed", "ran", "won", "lost", "struck",
      "fought", "saw", "sent", "spoke", "became", "stood", "broke", "shot", "sank", "drove", "sought", "caught",
      "thought", "bought", "built", "spent", "felt", "kept", "paid", "sold", "found", "wrote", "chose", "froze",
      "stole", "threw", "grew", "knew", "flew", "drew", "withdrew", "shook", "got", "swam", "rang", "ate", "forgave",
      "sat", "fed", "stuck", "hung", "dug", "dealt", "tore", "swore", "overcame", "underwent", "arose", "awoke",
      "hid", "slid", "bled", "fled", "lit", "led", "blew", "wore", "woke", "slept", "swept", "wept", "meant", "lent",
      "bent", "heard", "rode", "drank", "sang", "forgot", "taught", "laid", "upheld", "withheld", "overthrew",
      "sprang", "swung", "clung", "flung", "sped", "shone", "mistook", "overtook", "undertook", "forbade", "foresaw",
      "crept", "knelt", "leapt", "strove", "beheld", "befell", "forsook", "slew", "stung", "strode", "spun",
      // short past forms the "-ed" rule below cannot reach, having one letter before "-ied" or "-ued"
      "died", "sued")).toList();
  /** Words after which an "-ed" form is an adjective or a noun, no past verb: "their marked scripts". */
  private static final WordSet DETERMINERS = new WordSet(Set.of("a", "an", "the", "its", "their", "his", "our", "your",
      "my"));
  /** Verbs spelled as nouns: past only where the word before cannot start a noun phrase with them. */
  private static final WordSet AS_NOUNS = new WordSet(Set.of("cut", "spread", "split", "burst", "beat"));
  /** Words before "cut", "spread" or "split" that make it a noun: "a cut", "the rate cut", "its spread". */
  private static final WordSet NOUN_BEFORE = new WordSet(Set.of("a", "an", "the", "this", "that", "its", "their",
      "his", "her", "our", "any", "no", "another", "further", "deeper", "deep", "big", "sharp", "first", "second",
      "rate", "rates", "tax", "price", "job", "jobs", "pay", "spending", "budget", "interest", "wage", "staff",
      "power", "output", "production", "supply", "aid", "funding", "stock", "share", "even", "clean", "quick",
      // "a short burst of sun on Friday"
      "brief", "short", "sudden", "fresh"));
  /** Past verbs and auxiliaries; "-ed" forms are past unless the word is a known adjective or "-eed". */
  static final Pattern PAST_CUE = Pattern.compile(
      "\\b(?:" + String.join("|", PAST_VERBS) + "|[a-z]{2,12}[^e\\W]ed)\\b");
  /**
   * Words just before an expression that date it in the past whatever the rest of the sentence says;
   * "last" after a modal or "to" is the verb ("will last until January").
   */
  static final Pattern PAST_ANCHOR = Pattern.compile("\\b(?:since|ago|earlier(?!\\s{1,3}than\\b)|(?<!\\b(?:will|would|to|could|may|might|can"
      + "|should|must|shall) )last(?!\\s{1,3}(?:into|until|till|through)\\b)|previous|previously)\\b");

  private static final WordSet PAST_WORDS = new WordSet(PAST_VERBS);
  /** Modals and "to": a verb right after one is no past tense ("could hit", "to quit"). */
  static final WordSet MODALS = new WordSet(Set.of("will", "would", "to", "could", "may", "might", "can",
      "should", "must", "shall"));
  private static final WordSet ANCHOR_WORDS = new WordSet(Set.of("since", "ago", "earlier", "last", "previous",
      "previously"));
  private static final WordSet SIMPLE_FUTURE = new WordSet(Set.of("will", "shall", "scheduled", "upcoming", "next"));
  /** Verbs that, before "to", look ahead: "agreed to meet in April". */
  private static final Set<String> INTENT_WORDS = Set.of("agreed", "agrees", "agree", "vowed", "vows", "promised",
      "promises", "pledged", "pledges", "decided", "decides", "threatened", "threatens", "aims", "hopes", "wants",
      "seeks", "prepares");
  private static final WordSet INTENT = new WordSet(INTENT_WORDS);
  /** A participle after "to have": "risen", "fallen", "slowed" ("to have little impact" has none). */
  private static final String PERFECT_PARTICIPLE = "(?:[a-z]{2,20}(?:ed|en|wn)|been|done|gone|grown|risen|fallen|shrunk"
      + "|slid|sunk|hit|cut|put|set|kept|held|left|lost|won|made|paid|sold|spent)\\b";
  /** "have" and a participle after a cue's "to": "forecast to have risen" (not a count or a noun: "to have seven"). */
  private static final Pattern PERFECT_AFTER = Pattern.compile("\\s{1,3}have\\s{1,3}(?!(?:seven|eleven|fifteen"
      + "|seventeen|children|women|men|golden|kitchen|garden|even|often|open|own|town|down|brown|green|queen|citizen"
      + "|heaven|oven|chicken|dozen)\\b)" + PERFECT_PARTICIPLE);

  /** Whether the cue {@code t[i, end)} is "could" and a verb of an event: "could arrive", "could strike". */
  static boolean couldOfEvent(String t, int i, int end) {
    int w = end;
    while (w > i && word(t.charAt(w - 1))) {
      w--;
    }
    return t.startsWith("could", i) && w > i + 5 && COULD_EVENT.contains(t, w, end);
  }

  /** Whether a cue ends in "to" at {@code e} and "have" and a participle follow: a deed told done by then. */
  static boolean perfectAfter(String t, int e) {
    return e >= 3 && e < t.length() && t.startsWith("to", e - 2) && !word(t.charAt(e - 3))
        && PERFECT_AFTER.matcher(t).region(e, t.length()).lookingAt();
  }
  /** Verbs of intent, or a vote, that look ahead past their own day to the "to" after it (see {@link #datedIntent}). */
  private static final WordSet DATED_INTENT = new WordSet(Stream.concat(INTENT_WORDS.stream(),
      Stream.of("voted", "votes")).collect(Collectors.toSet()));
  /** The words of {@link #DATED_OPENERS}, also read by {@link VerbTense} to know such an intent's span. */
  static final WordSet DATED_OPENER = new WordSet(Set.copyOf(DATED_OPENERS));
  private static final WordSet DATED_WORD = new WordSet(Set.copyOf(DATED_WORDS));
  /** Verbs that, before "for", look ahead: "bracing for a storm on Tuesday". */
  private static final Set<String> AWAITING_WORDS = Set.of("hoping", "hopes", "bracing", "braces", "preparing",
      "prepares");
  private static final WordSet AWAITING = new WordSet(AWAITING_WORDS);
  /** The present simple of a scheduled event looks ahead: "the truce ends at midnight on Friday". */
  private static final Set<String> SCHEDULED_WORDS = Set.of("ends", "begins", "starts", "expires", "resumes",
      "begin", "resume", "expire", "opens", "reopen", "reopens", "closes", "meet", "meets",
      // a rule in force from a day: "the new fares apply from Monday" (and "a cap kicks in on July 1", below)
      "apply", "applies");
  private static final WordSet SCHEDULED = new WordSet(SCHEDULED_WORDS);
  /** The words of {@link #CAN_AHEAD_WORDS}. */
  private static final WordSet CAN_AHEAD = new WordSet(Set.copyOf(CAN_AHEAD_WORDS));
  /** The words of {@link #COULD_AHEAD_WORDS}. */
  private static final WordSet COULD_AHEAD = new WordSet(Set.copyOf(COULD_AHEAD_WORDS));

  /**
   * The words a future cue can start with: the first words of the pattern's alternatives, each followed by a space
   * or a word boundary ("won" starts "won't"). At any other word {@link #futureAt} finds nothing, so it looks no
   * further.
   */
  private static final WordSet FUTURE_FIRST = new WordSet(Stream.of(
      Stream.of("will", "shall", "would", "might", "should", "could", "can", "won", "as", "on", "likely", "poised", "expects", "expect", "plans",
          "plan",
          "intends", "intend", "is", "are", "has", "have",
          "was", "were", "due", "planning", "going", "scheduled", "expected", "set", "slated", "forecast", "forecasted",
          "anticipated", "projected", "predicted", "to", "planned", "takes", "which", "that", "it",
          "upcoming", "next", "urged", "asked", "advised", "instructed", "encouraged", "warned", "voted", "votes",
          "kicks"),
      INTENT_WORDS.stream(), AWAITING_WORDS.stream(), SCHEDULED_WORDS.stream()).flatMap(w -> w)
      .collect(Collectors.toSet()));
  private static final String[] LEAD = {"is", "are", "was", "were"};
  private static final String[] IN_FORCE = {"force", "effect", "place"};
  private static final String[] PLANNED = {"planned", "set", "slated", "due", "forecast"};
  /**
   * What is due on a day, in a month, at a time, before or after a time, or due back lies ahead: "results are due on
   * Tuesday", "envoys are due back in Cairo on Sunday", "are due after the bell on Wednesday", "is due at noon on
   * Friday" (not "due at least partly to").
   */
  private static final String[] DUE_AT = {"on", "after", "before", "in", "at", "back"};
  private static final String[] GOING = {"planning", "going", "scheduled", "expected", "set", "slated",
      "forecasted", "forecast", "anticipated", "projected", "predicted", "likely", "poised"};
  /** Words after "might" that make it no look ahead: "might not", "might have fled". */
  private static final String[] NOT_AHEAD = {"not", "have", "never"};
  private static final String[] AHEAD = {"until", "till", "by", "as", "effective", "payable", "record", "of", "to",
      "await", "awaits", "awaiting", "the", "than", "on", "through", "starting", "beginning", "from"};
  private static final int[] NONE = new int[0];
  /** What is "on track" or "on course" to happen, or for a time, lies ahead. */
  private static final String[] ON_TRACK = {"track", "course"};

  private Cues() {}

  /** Whether {@code \b} and the word scans below agree on every character of {@code [lo, hi)}. */
  static boolean plain(String t, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      char c = t.charAt(i);
      if (c >= 128 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is a word character for {@code \b} in a plain stretch. */
  static boolean word(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
  }

  /** Returns the end of the word that starts at {@code i}. */
  private static int wordEnd(String t, int i, int hi) {
    int e = i;
    while (e < hi && word(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /** As {@code PAST_ANCHOR.matcher(t.substring(lo, hi)).find()}. */
  static boolean pastAnchor(String t, int lo, int hi) {
    if (!plain(t, lo, hi)) {
      return PAST_ANCHOR.matcher(t.substring(lo, hi)).find();
    }
    for (int i = lo; i < hi; i++) {
      if (word(t.charAt(i))) {
        int e = wordEnd(t, i, hi);
        if (ANCHOR_WORDS.contains(t, i, e) && !(e - i == 4 && t.startsWith("last", i)
            && (lastAsVerb(t, lo, i) || lastsInto(t, e, hi)))
            && !(e - i == 7 && t.startsWith("earlier", i) && thanAfter(t, e, hi))) {
          return true;
        }
        i = e;
      }
    }
    return false;
  }

  /** Verbs' particles after "last": "snow will begin Tuesday and last into Thursday", "last until", "last through". */
  private static final String[] LASTS = {"into", "until", "till", "through"};

  /** Whether one of {@link #LASTS} follows {@code e} as {@code \s{1,3}(?:into|until|till|through)\b} does. */
  private static boolean lastsInto(String t, int e, int hi) {
    for (String w : LASTS) {
      int x = then(t, e, hi, w);
      if (x >= 0 && boundaryAfter(t, x, hi)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code \s{1,3}than\b} follows {@code e}: "earlier than" compares, it dates nothing past. */
  private static boolean thanAfter(String t, int e, int hi) {
    int x = then(t, e, hi, "than");
    return x >= 0 && boundaryAfter(t, x, hi);
  }

  /**
   * Whether "last" at {@code i} follows a modal or "to" and one space ("will last", "to last"), all
   * at or after {@code lo}, as the pattern sees {@code t.substring(lo, hi)}.
   */
  private static boolean lastAsVerb(String t, int lo, int i) {
    int b = wordBefore(t, lo, i);
    return b >= 0 && MODALS.contains(t, b, i - 1);
  }

  /**
   * Returns where the word ends just before {@code i} and one space starts, at or after {@code lo}; -1 if no
   * single space precedes {@code i} there. The word may be empty ("(  cut").
   */
  private static int wordBefore(String t, int lo, int i) {
    if (i - 2 < lo || t.charAt(i - 1) != ' ') {
      return -1;
    }
    int b = i - 1;
    while (b > lo && word(t.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /** As {@code PAST_PERFECT.matcher(t.substring(lo, hi)).find()}. */
  static boolean pastPerfect(String t, int lo, int hi) {
    int i = had(t, lo, hi);
    if (i < 0) {
      return false; // every match holds "had"
    }
    if (!plain(t, lo, hi)) {
      return PAST_PERFECT.matcher(t.substring(lo, hi)).find();
    }
    for (; i >= 0; i = had(t, i + 1, hi)) {
      if ((i == lo || !word(t.charAt(i - 1))) && (i + 3 == hi || !word(t.charAt(i + 3)))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first "had" in {@code [from, hi)}, or -1; the search stays inside the stretch. */
  private static int had(String t, int from, int hi) {
    for (int i = from; i + 3 <= hi; i++) {
      if (t.charAt(i) == 'h' && t.charAt(i + 1) == 'a' && t.charAt(i + 2) == 'd') {
        return i;
      }
    }
    return -1;
  }

  /** As {@code DEADLINE.matcher(t.substring(lo, hi)).find()}. */
  static boolean deadline(String t, int lo, int hi) {
    int e = hi;
    while (e > lo && (isSpace(t.charAt(e - 1)) || lineEnd(t.charAt(e - 1)))) {
      e--;
    }
    // a match ends in one of these words, then only spaces and line ends up to hi
    boolean may = false;
    for (String w : AHEAD) {
      may |= e - w.length() >= lo && t.startsWith(w, e - w.length());
    }
    return may && DEADLINE.matcher(t.substring(lo, hi)).find();
  }

  private static boolean lineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether {@code c} is in {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Returns the start and end of each {@code FUTURE_CUE} match in {@code t.substring(lo, hi)}, in pairs, offset by lo. */
  static int[] futureSpans(String t, int lo, int hi) {
    if (!plain(t, lo, hi)) {
      int[] spans = spans(FUTURE_CUE.matcher(t.substring(lo, hi)));
      for (int k = 0; k < spans.length; k++) {
        spans[k] += lo;
      }
      return spans;
    }
    int[] out = NONE;
    int n = 0;
    int i = lo;
    while (i < hi) {
      char c = t.charAt(i);
      int end = -1;
      if (word(c) && (i == lo || !word(t.charAt(i - 1)))) {
        end = futureAt(t, i, hi);
      } else if (c == '\'' && i > lo && word(t.charAt(i - 1))) {
        end = t.startsWith("'ll", i) && i + 3 <= hi && boundaryAfter(t, i + 3, hi) ? i + 3 : -1;
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, Math.max(8, out.length * 2));
      }
      out[n++] = i;
      out[n++] = end;
      i = end;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Returns the end of the future cue at word start {@code i}, or -1: the pattern's alternatives in order. */
  private static int futureAt(String t, int i, int hi) {
    int we = wordEnd(t, i, hi);
    if (!FUTURE_FIRST.contains(t, i, we)) {
      return -1;
    }
    if (we - i == 4 && t.startsWith("will", i) || we - i == 5 && t.startsWith("shall", i)) {
      return we;
    }
    if (we - i == 5 && t.startsWith("would", i)) {
      // future in the past ("said it would close on Friday"), not a past conditional ("would have closed")
      return then(t, we, hi, "have") >= 0 && boundaryAfter(t, then(t, we, hi, "have"), hi) ? -1 : we;
    }
    if (we - i == 3 && t.startsWith("can", i)) {
      // what a side can win or a resident can get lies ahead; any other "can" is left alone
      int w = spaces(t, we, hi);
      int x = w < 0 ? -1 : wordEnd(t, w, hi);
      return x > w && CAN_AHEAD.contains(t, w, x) ? x : -1;
    }
    if (we - i == 5 && t.startsWith("might", i) || we - i == 6 && t.startsWith("should", i)) {
      // what might happen lies ahead; what might not, or might have, does not ("could" is left alone: "the
      // mayor could not be reached Tuesday", "nobody could find the boat on Monday" tell of a day past)
      for (String w : NOT_AHEAD) {
        int n = then(t, we, hi, w);
        if (n >= 0 && boundaryAfter(t, n, hi)) {
          return -1;
        }
      }
      return we;
    }
    if (we - i == 5 && t.startsWith("could", i)) {
      // a level that could change lies ahead ("temperatures could fall to minus 12C on Sunday"); any other "could"
      // is left alone
      int w = spaces(t, we, hi);
      int x = w < 0 ? -1 : wordEnd(t, w, hi);
      return x > w && COULD_AHEAD.contains(t, w, x) ? x : -1;
    }
    if (we - i == 3 && t.startsWith("won't", i) && i + 5 <= hi && boundaryAfter(t, i + 5, hi)) {
      return i + 5;
    }
    int e = then(t, then(t, then(t, lit(t, i, hi, "as"), hi, "soon"), hi, "as"), hi, null);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "expects") >= 0 ? i + 7 : lit(t, i, hi, "expect"), hi);
    e = e >= 0 ? e : expectSomeoneTo(t, i, hi);
    e = e >= 0 ? e : urgedSomeoneTo(t, i, hi);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "plans") >= 0 ? i + 5 : lit(t, i, hi, "plan"), hi);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "intends") >= 0 ? i + 7 : lit(t, i, hi, "intend"), hi);
    e = e >= 0 ? e : going(t, i, hi);
    e = e >= 0 ? e : plannedFor(t, i, hi);
    e = e >= 0 ? e : setFor(t, i, hi);
    e = e >= 0 ? e : expectedNow(t, i, hi);
    e = e >= 0 ? e : supposedTo(t, i, hi);
    e = e >= 0 ? e : toBeDone(t, i, lo(t, i), hi);
    e = e >= 0 ? e : fallsOn(t, i, hi);
    e = e >= 0 ? e : inForecast(t, i, hi);
    e = e >= 0 ? e : beenArranged(t, i, hi);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "is"), hi);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "are"), hi);
    e = e >= 0 ? e : toAfter(t, lit(t, i, hi, "planned"), hi);
    e = e >= 0 ? e : SIMPLE_FUTURE.contains(t, i, we) && !nextTo(t, i, we, hi) ? we : -1;
    e = e >= 0 ? e : toAfter(t, INTENT.contains(t, i, we) ? we : -1, hi);
    e = e >= 0 ? e : datedIntent(t, i, we, hi);
    e = e >= 0 ? e : forAfter(t, AWAITING.contains(t, i, we) ? we : -1, hi);
    e = e >= 0 ? e : SCHEDULED.contains(t, i, we) && !afterTo(t, i) ? we : -1;
    e = e >= 0 ? e : then(t, then(t, lit(t, i, hi, "takes"), hi, "effect"), hi, null);
    e = e >= 0 ? e : then(t, then(t, lit(t, i, hi, "kicks"), hi, "in"), hi, null);
    e = e >= 0 ? e : then(t, then(t, lit(t, i, hi, "kicks"), hi, "off"), hi, null);
    for (String w : ON_TRACK) {
      // on track to ship, on course for a launch
      int k = then(t, lit(t, i, hi, "on"), hi, w);
      e = e >= 0 ? e : toAfter(t, k, hi);
      e = e >= 0 ? e : forAfter(t, k, hi);
    }
    return e;
  }

  /** Matches "is in the forecast" or "are in the forecast" at {@code i}: weather still to come. */
  private static int inForecast(String t, int i, int hi) {
    int e = lit(t, i, hi, "is");
    e = e >= 0 ? e : lit(t, i, hi, "are");
    return then(t, then(t, then(t, then(t, e, hi, "in"), hi, "the"), hi, "forecast"), hi, null);
  }

  /**
   * Matches "expect the bank to", "expects inflation to": one to three words of letters between "expect" or
   * "expects" and "to", as the pattern's {@code expects?\\s{1,3}(?:[a-z]{1,20}\\s{1,3}){1,3}to} does.
   */
  private static int expectSomeoneTo(String t, int i, int hi) {
    int x = lit(t, i, hi, "expect");
    if (x < 0) {
      return -1;
    }
    if (x < hi && t.charAt(x) == 's') {
      x++;
    }
    return wordsThenTo(t, x, hi, 3);
  }

  /**
   * Matches, from {@code x} (after a verb), one to {@code most} words of lower-case letters, each of at most 20,
   * and then "to": the end of the "to", or -1. The words of "expects the bank to", "urged residents to".
   */
  private static int wordsThenTo(String t, int x, int hi, int most) {
    for (int n = 0; n < most; n++) {
      int w = spaces(t, x, hi);
      if (w < 0) {
        return -1;
      }
      int we = w;
      while (we < hi && we - w <= 20 && t.charAt(we) >= 'a' && t.charAt(we) <= 'z') {
        we++;
      }
      if (we == w || we - w > 20 || spaces(t, we, hi) < 0) {
        return -1;
      }
      int to = toAfter(t, we, hi);
      if (to >= 0) {
        return to;
      }
      x = we;
    }
    return -1;
  }

  private static final WordSet URGING = new WordSet(Set.of("urged", "asked", "advised", "instructed", "encouraged",
      "warned"));
  private static final WordSet NOT_VERB_AFTER_TO = new WordSet(Set.of("the", "a", "an", "his", "her", "their", "its",
      "this", "that"));

  /**
   * Matches "urged residents to", "warned drivers to": one or two words of letters between a past verb of urging and
   * "to", then a word of letters that is no determiner, as the pattern's alternative does. What one was urged to do is
   * still to come; "asked questions to the minister" is not.
   */
  private static int urgedSomeoneTo(String t, int i, int hi) {
    int we = wordEnd(t, i, hi);
    if (!URGING.contains(t, i, we)) {
      return -1;
    }
    int to = wordsThenTo(t, we, hi, 2);
    if (to < 0) {
      return -1;
    }
    int v = spaces(t, to, hi);
    int ve = v;
    while (v >= 0 && ve < hi && Character.isLetter(t.charAt(ve))) {
      ve++;
    }
    return v >= 0 && ve > v && t.charAt(v) >= 'a' && t.charAt(v) <= 'z' && !NOT_VERB_AFTER_TO.contains(t, v, ve)
        ? to : -1;
  }

  /**
   * Matches "is expected", "are now expected", "is likely" (not "is likely that") at {@code i}, unless "to have"
   * follows: what is expected or likely now lies ahead ("a verdict is expected on Tuesday"), what is expected to have happened does not.
   */
  private static final WordSet WHEN_AFTER_POSSIBLE = new WordSet(Set.copyOf(WHEN_AFTER_POSSIBLE_WORDS));

  /** Whether what follows {@code t[.., p)} ends the clause or tells a time. */
  private static boolean timeAfter(String t, int p, int hi) {
    int w = p;
    while (w < hi && t.charAt(w) == ' ') {
      w++;
    }
    if (w >= hi || ",.;".indexOf(t.charAt(w)) >= 0) {
      return true;
    }
    int we = w;
    while (we < hi && Character.isLetter(t.charAt(we))) {
      we++;
    }
    return WHEN_AFTER_POSSIBLE.contains(t, w, we);
  }

  private static int expectedNow(String t, int i, int hi) {
    int e = lit(t, i, hi, "is");
    e = e >= 0 ? e : lit(t, i, hi, "are");
    int now = then(t, e, hi, "now");
    now = now >= 0 ? now : then(t, e, hi, "also");
    now = now >= 0 ? now : then(t, e, hi, "still");
    int x = then(t, now >= 0 ? now : e, hi, "expected");
    int l = x < 0 ? then(t, now >= 0 ? now : e, hi, "likely") : -1;
    if (x < 0 && l < 0) {
      // "sleet is possible on Sunday"; "it is possible the gunman acted alone" tells a possibility, no time ahead
      int p = then(t, now >= 0 ? now : e, hi, "possible");
      l = p >= 0 && timeAfter(t, p, hi) ? p : -1;
    }
    int that = then(t, l, hi, "that");
    if (l >= 0 && boundaryAfter(t, l, hi) && (that < 0 || !boundaryAfter(t, that, hi))) {
      x = l;
    }
    if (x < 0 || !boundaryAfter(t, x, hi) || then(t, then(t, x, hi, "to"), hi, "have") >= 0) {
      return -1;
    }
    return x;
  }

  /** The words of {@link #PLAN_STOOD}. */
  private static final WordSet PLAN_STOOD = new WordSet(Set.copyOf(PLAN_STOOD_WORDS));

  /** Ordinals of "set for the first time": a set played, no event set. */
  private static final String[] SET_TIMES = {"first", "second", "third", "fourth", "fifth", "last", "final"};

  /**
   * "set for" at {@code i} with none of {@link #PLAN_STOOD} before, not "set for the first time": its end, or -1.
   */
  private static int setFor(String t, int i, int hi) {
    int f = then(t, lit(t, i, hi, "set"), hi, "for");
    if (f < 0 || !boundaryAfter(t, f, hi)) {
      return -1;
    }
    int the = then(t, f, hi, "the");
    if (the >= 0 && boundaryAfter(t, the, hi)) {
      for (String o : SET_TIMES) {
        int ordinal = then(t, the, hi, o);
        int x = then(t, ordinal, hi, "time");
        if (x >= 0 && boundaryAfter(t, ordinal, hi) && boundaryAfter(t, x, hi)) {
          return -1;
        }
      }
    }
    int k = i;
    while (k > 0 && i - k < 3 && isSpace(t.charAt(k - 1))) {
      k--;
    }
    if (k == i) {
      return f;
    }
    int w = k;
    while (w > 0 && word(t.charAt(w - 1))) {
      w--;
    }
    return PLAN_STOOD.contains(t, w, k) ? -1 : f;
  }

  /**
   * Matches "is planned for", "are set for", "is due for", "is forecast for", "are due on", "is due in" (not "in
   * part"), "is in force from" at {@code i}: a plan in the present looks ahead.
   */
  private static int plannedFor(String t, int i, int hi) {
    int e = lit(t, i, hi, "is");
    e = e >= 0 ? e : lit(t, i, hi, "are");
    int w = spaces(t, e, hi);
    if (w < 0) {
      return -1;
    }
    for (String p : PLANNED) {
      int f = then(t, lit(t, w, hi, p), hi, "for");
      if (f >= 0 && boundaryAfter(t, f, hi)) {
        return f;
      }
    }
    for (String p : IN_FORCE) {
      int f = then(t, then(t, lit(t, w, hi, "in"), hi, p), hi, "from");
      if (f >= 0 && boundaryAfter(t, f, hi)) {
        return f;
      }
    }
    for (String p : DUE_AT) {
      int f = then(t, lit(t, w, hi, "due"), hi, p);
      // "is due in part to the rain" tells a cause
      boolean cause = p.equals("in") && (then(t, f, hi, "part") >= 0 && boundaryAfter(t, then(t, f, hi, "part"), hi)
          || then(t, f, hi, "large") >= 0 && boundaryAfter(t, then(t, f, hi, "large"), hi))
          || p.equals("at") && then(t, f, hi, "least") >= 0 && boundaryAfter(t, then(t, f, hi, "least"), hi);
      if (f >= 0 && boundaryAfter(t, f, hi) && !cause) {
        return f;
      }
    }
    return -1;
  }

  /** Whether the word {@code t[i, we)} is the "next" of "next to the embassy": a place, not a time. */
  private static boolean nextTo(String t, int i, int we, int hi) {
    if (we - i != 4 || !t.startsWith("next", i)) {
      return false;
    }
    int to = then(t, we, hi, "to");
    if (to >= 0 && boundaryAfter(t, to, hi)) {
      return true;
    }
    // "next year", "next quarter" are dates of their own, no cue for the clause's other dates: "cut its forecast for
    // next year on Tuesday" tells of a Tuesday past
    for (String unit : NEXT_UNITS) {
      int u = then(t, we, hi, unit);
      if (u >= 0 && boundaryAfter(t, u, hi)) {
        return true;
      }
    }
    return false;
  }

  /** Units after "next" that make it a date of its own. */
  private static final String[] NEXT_UNITS = {"year", "month", "quarter", "decade", "century"};

  /** Whether the word at {@code i} follows "to": an infinitive ("to meet demand"), not a present tense. */
  private static boolean afterTo(String t, int i) {
    int k = i;
    while (k > 0 && k > i - 4 && isSpace(t.charAt(k - 1))) {
      k--;
    }
    return k < i && k >= 2 && t.charAt(k - 1) == 'o' && t.charAt(k - 2) == 't' && (k == 2 || !word(t.charAt(k - 3)));
  }

  /**
   * {@code (?:(?:is|are|was|were)\s{1,3}due|(?:(?:is|are|was|were)\s{1,3})?(?:planning|...|to\s{1,3}be))\s{1,3}to\b}
   * at {@code i}, or -1.
   */
  private static int going(String t, int i, int hi) {
    for (String w : LEAD) {
      int e = lit(t, i, hi, w);
      if (e >= 0) {
        int after = spaces(t, e, hi);
        int g = toAfter(t, goingWord(t, after, hi), hi);
        if (g >= 0) {
          return g;
        }
        // "was due to arrive"; not a cause ("was due to the strike")
        g = toAfter(t, lit(t, after, hi, "due"), hi);
        if (g >= 0) {
          return cause(t, g, hi) ? -1 : g;
        }
      }
    }
    return toAfter(t, goingWord(t, i, hi), hi);
  }

  private static final WordSet CAUSE_DETERMINER = new WordSet(Set.copyOf(CAUSE_DETERMINERS));

  /** Whether a determiner follows the "to" ending at {@code e}: "due to the strike" is a cause. */
  private static boolean cause(String t, int e, int hi) {
    int w = spaces(t, e, hi);
    int we = w < 0 ? -1 : wordEnd(t, w, hi);
    return we > w && CAUSE_DETERMINER.contains(t, w, we);
  }

  private static int goingWord(String t, int i, int hi) {
    if (i < 0) {
      return -1;
    }
    for (String w : GOING) {
      int e = lit(t, i, hi, w);
      if (e >= 0) {
        return e;
      }
    }
    return then(t, lit(t, i, hi, "to"), hi, "be");
  }

  /** {@code \s{1,3}to\b} after {@code i}, or -1. */
  private static int forAfter(String t, int i, int hi) {
    int e = then(t, i, hi, "for");
    return e >= 0 && boundaryAfter(t, e, hi) ? e : -1;
  }

  /** Words before "falls" whose day of the calendar it tells: "Eid, which falls on Wednesday". */
  private static final String[] FALLING = {"which", "that", "it"};

  /**
   * "which falls", "it falls": a day of the calendar, which lies ahead (the end of "falls"), or -1; not a price that
   * "falls on Monday" in a market report, told in the present of a day gone.
   */
  private static int fallsOn(String t, int i, int hi) {
    for (String w : FALLING) {
      int e = then(t, lit(t, i, hi, w), hi, "falls");
      if (e >= 0 && boundaryAfter(t, e, hi)) {
        return e;
      }
    }
    return -1;
  }

  /** Participles of a fixture that "to be" takes for a thing yet to be done: "the match to be played", "to be held". */
  private static final String[] DONE = {"held", "played", "run", "shown", "sworn", "heard", "staged", "hosted",
      "contested", "decided", "announced", "launched", "opened", "signed"};
  /** Verbs before "to be" that tell how a thing seemed, not what is to be done: "appeared to be closed". */
  private static final WordSet SEEMED = new WordSet(Set.of("appeared", "appears", "seemed", "seems", "said", "says",
      "reported", "believed", "thought", "known", "found", "claimed", "alleged", "presumed", "feared", "understood"));

  /**
   * "to be played", "to be held": a thing yet to be done (the end of the participle), or -1; not after a verb of
   * seeming ("appeared to be closed on Monday").
   */
  private static int toBeDone(String t, int i, int before, int hi) {
    int be = then(t, lit(t, i, hi, "to"), hi, "be");
    int w = spaces(t, be, hi);
    if (w < 0 || before >= 0 && SEEMED.contains(t, before, wordEnd(t, before, hi))) {
      return -1;
    }
    int we = wordEnd(t, w, hi);
    for (String d : DONE) {
      if (we - w == d.length() && t.startsWith(d, w)) {
        return we;
      }
    }
    return -1;
  }

  /** Returns the start of the word before the one at {@code i}, or -1. */
  private static int lo(String t, int i) {
    int k = i - 1;
    while (k >= 0 && isSpace(t.charAt(k))) {
      k--;
    }
    if (k < 0 || k == i - 1 || !word(t.charAt(k))) {
      return -1;
    }
    while (k > 0 && word(t.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** "is supposed to", "are supposed to": the end of "to", or -1. */
  private static int supposedTo(String t, int i, int hi) {
    int e = lit(t, i, hi, "is");
    e = e >= 0 ? e : lit(t, i, hi, "are");
    return toAfter(t, then(t, e, hi, "supposed"), hi);
  }

  /** The participles of arranging that "has been" or "have been" takes as a future cue. */
  private static final String[] ARRANGED = {"arranged", "scheduled", "rescheduled", "planned", "organised", "organized"};

  /** "has been arranged", "have been scheduled" and the like: the end of the participle, or -1. */
  private static int beenArranged(String t, int i, int hi) {
    int e = lit(t, i, hi, "has");
    e = e >= 0 ? e : lit(t, i, hi, "have");
    int been = then(t, e, hi, "been");
    for (String w : ARRANGED) {
      int p = then(t, been, hi, w);
      if (p >= 0 && boundaryAfter(t, p, hi)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * A verb of intent or a vote, then the day it was told ("on Tuesday evening", "last week"), then "to": the end of
   * "to", or -1. What follows is ahead of that day: "agreed on Monday to meet again on Thursday".
   */
  private static int datedIntent(String t, int i, int we, int hi) {
    if (!DATED_INTENT.contains(t, i, we)) {
      return -1;
    }
    int o = spaces(t, we, hi);
    int oe = o < 0 ? -1 : wordEnd(t, o, hi);
    if (oe <= o || !DATED_OPENER.contains(t, o, oe)) {
      return -1;
    }
    int k = oe;
    for (int words = 0; words <= 2; words++) {
      int to = toAfter(t, k, hi);
      if (to >= 0) {
        return to;
      }
      int w = spaces(t, k, hi);
      int wEnd = w < 0 ? -1 : wordEnd(t, w, hi);
      if (words == 2 || wEnd <= w || !DATED_WORD.contains(t, w, wEnd)) {
        return -1;
      }
      k = wEnd;
    }
    return -1;
  }

  /** {@code \s{1,3}to\b} after {@code i}, or -1. */
  private static int toAfter(String t, int i, int hi) {
    int e = then(t, i, hi, "to");
    return e >= 0 && boundaryAfter(t, e, hi) ? e : -1;
  }

  /** {@code \s{1,3}} then {@code w} after {@code i} (a null w: the end of the spaces, for a final {@code \b}), or -1. */
  private static int then(String t, int i, int hi, String w) {
    if (i < 0) {
      return -1;
    }
    if (w == null) {
      return boundaryAfter(t, i, hi) ? i : -1;
    }
    return lit(t, spaces(t, i, hi), hi, w);
  }

  /** The end of 1 to 3 spaces at {@code i} followed by no space (as {@code \s{1,3}} before a letter), or -1. */
  private static int spaces(String t, int i, int hi) {
    if (i < 0) {
      return -1;
    }
    int e = i;
    while (e < hi && e - i < 4 && isSpace(t.charAt(e))) {
      e++;
    }
    return e > i && e - i <= 3 ? e : -1;
  }

  private static int lit(String t, int i, int hi, String w) {
    return i >= 0 && i + w.length() <= hi && t.startsWith(w, i) ? i + w.length() : -1;
  }

  /** {@code \b} at {@code i} just after a word character. */
  private static boolean boundaryAfter(String t, int i, int hi) {
    return i == hi || !word(t.charAt(i));
  }

  /**
   * Returns how far the nearest counted past cue lies from the expression, as {@link SharedTense} reads
   * {@code PAST_CUE} matches in {@code t.substring(lo, hi)}: {@code counted} says which matches count.
   */
  static int nearestPast(String t, int lo, int hi, boolean before, Counted counted) {
    if (!plain(t, lo, hi)) {
      Matcher m = PAST_CUE.matcher(t.substring(lo, hi));
      int best = Integer.MAX_VALUE;
      while (m.find()) {
        if (counted.test(lo + m.start(), lo + m.end()) && !asNoun(t, lo, lo + m.start(), lo + m.end())) {
          if (!before) {
            return m.start();
          }
          best = hi - lo - m.end();
        }
      }
      return best;
    }
    int best = Integer.MAX_VALUE;
    for (int i = lo; i < hi; i++) {
      if (!word(t.charAt(i))) {
        continue;
      }
      int e = wordEnd(t, i, hi);
      if ((PAST_WORDS.contains(t, i, e) || edForm(t, i, e)) && counted.test(i, e) && !asNoun(t, lo, i, e)) {
        if (!before) {
          return i - lo;
        }
        best = hi - e;
      }
      i = e;
    }
    return best;
  }

  /** Whether the past form {@code t[i, e)} is a noun there: "a rate cut", "the spread", not "the bank cut". */
  private static boolean asNoun(String t, int lo, int i, int e) {
    if (i > 2 && t.charAt(i - 1) == '-' && word(t.charAt(i - 2)) && word(t.charAt(i - 3)) && !prefixed(t, i - 1)) {
      return true; // the end of a compound, an adjective: "the worst-hit areas", "war-torn", "long-awaited"
    }
    if (afterDeterminedModifier(t, lo, i) || beforeSubjectsVerb(t, i, e) || conditionalPresent(t, lo, i, e)) {
      return true;
    }
    if (!AS_NOUNS.contains(t, i, e)) {
      // a determiner is never followed by a finite verb: "their marked scripts", "the injured", "a delayed flight"
      int db = e - i > 4 && t.charAt(e - 1) == 'd' && t.charAt(e - 2) == 'e' ? wordBefore(t, lo, i) : -1;
      return db >= 0 && db < i - 1 && DETERMINERS.contains(t, db, i - 1);
    }
    int wb = wordBefore(t, lo, i);
    int we = i - 1;
    // no word before: a headline's or a list's noun
    return wb < 0 || wb == we || NOUN_BEFORE.contains(t, wb, we) || MODALS.contains(t, wb, we);
  }

  /** Past forms spelled as the present (see {@link #PRESENT_SPELLED_WORDS}). */
  private static final WordSet PRESENT_SPELLED = new WordSet(Set.copyOf(PRESENT_SPELLED_WORDS));
  /** Words that open a condition, whose verb a form spelled as the present is: "if Peru beat Chile on Saturday". */
  private static final WordSet CONDITIONS = new WordSet(Set.of("if", "unless"));

  /** Whether the form at {@code [i, e)}, spelled as the present, follows "if" or "unless" within three words. */
  private static boolean conditionalPresent(String t, int lo, int i, int e) {
    if (!PRESENT_SPELLED.contains(t, i, e)) {
      return false;
    }
    int k = i;
    for (int words = 0; words < 3; words++) {
      int end = k;
      while (end > lo && isSpace(t.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > lo && word(t.charAt(start - 1))) {
        start--;
      }
      if (start >= end) {
        return false;
      }
      if (CONDITIONS.contains(t, start, end)) {
        return true;
      }
      k = start;
    }
    return false;
  }

  /** Auxiliaries and modals a subject stands before: "returned tickets <b>will</b> be resold". */
  private static final WordSet SUBJECTS_VERBS = new WordSet(Set.of("will", "would", "can", "could", "may", "might",
      "must", "should", "shall", "is", "are", "was", "were", "has", "have"));
  /** Words that are no noun a participle may modify: "the firm said it expected <b>that</b> it would". */
  private static final WordSet NO_NOUN = new WordSet(Set.of("that", "it", "he", "she", "they", "we", "i", "you",
      "there", "this", "these", "those", "who", "which", "what", "and", "or", "but", "not"));

  /**
   * Whether the "-ed" form at {@code [i, e)} stands before a bare noun and its auxiliary, and so modifies the subject
   * of that verb: "returned tickets will be resold", "injured workers were flown out". (Where it is the verb of a
   * clause whose object clause opens so, "officials warned residents will face delays", the auxiliary tells that
   * clause's time the same way.)
   */
  private static boolean beforeSubjectsVerb(String t, int i, int e) {
    if (e - i < 5 || t.charAt(e - 1) != 'd' || t.charAt(e - 2) != 'e' || !opensNounPhrase(t, i)) {
      return false;
    }
    int hi = Math.min(t.length(), e + 40);
    int n = spaces(t, e, hi);
    int ne = n < 0 ? -1 : wordEnd(t, n, hi);
    if (ne <= n || ne - n < 3 || NO_NOUN.contains(t, n, ne)) {
      return false;
    }
    int a = spaces(t, ne, hi);
    int ae = a < 0 ? -1 : wordEnd(t, a, hi);
    return ae > a && SUBJECTS_VERBS.contains(t, a, ae);
  }

  /** Words after which a word opens a noun phrase: "and returned tickets", "with injured workers". */
  private static final WordSet NOUN_PHRASE_OPENERS = new WordSet(Set.of("and", "or", "but", "with", "of", "for", "by",
      "as", "from", "all", "some", "many", "most", "while", "when", "where"));

  /**
   * Whether the word at {@code i} opens a noun phrase: after a comma or a word of {@link #NOUN_PHRASE_OPENERS}, or at
   * the text's start; not after a subject, whose verb it then is ("the agency warned residents will face delays").
   */
  private static boolean opensNounPhrase(String t, int i) {
    int k = i;
    while (k > 0 && isSpace(t.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || t.charAt(k - 1) == ',' || t.charAt(k - 1) == '\n') {
      return true;
    }
    int ws = k;
    while (ws > 0 && word(t.charAt(ws - 1))) {
      ws--;
    }
    return ws < k && NOUN_PHRASE_OPENERS.contains(t, ws, k);
  }

  /** Words that modify a noun between a determiner and it: "a final televised debate", "the first shot". */
  private static final WordSet MODIFIERS = new WordSet(Set.of("final", "first", "second", "third", "last", "new",
      "big", "major", "rare", "special", "live", "joint", "annual", "regular", "national", "local", "rival", "long",
      "recent", "single", "late", "early", "free", "public", "official",
      // adverbs of a participle: "the newly elected mayor", "a widely expected cut"
      "newly", "recently", "widely", "closely", "highly", "hotly", "eagerly", "keenly", "freshly", "specially",
      "jointly", "privately", "publicly", "nationally", "internationally", "poorly", "much", "well", "heavily",
      "hastily"));

  /**
   * Whether a determiner and a modifier stand just before the past form at {@code i}, which is then an adjective or a
   * noun: "a final televised debate", "a single-dose shot", "the newly elected mayor" ("the police shot" keeps its
   * verb: "police" modifies nothing here).
   */
  private static boolean afterDeterminedModifier(String t, int lo, int i) {
    int m = i - 1;
    if (m <= lo || t.charAt(m) != ' ') {
      return false;
    }
    int ms = m;
    while (ms > lo && (word(t.charAt(ms - 1)) || t.charAt(ms - 1) == '-')) {
      ms--;
    }
    if (ms == m || ms - 1 <= lo || t.charAt(ms - 1) != ' ') {
      return false;
    }
    int ds = ms - 1;
    while (ds > lo && word(t.charAt(ds - 1))) {
      ds--;
    }
    boolean modifier = t.lastIndexOf('-', m - 1) >= ms || MODIFIERS.contains(t, ms, m);
    return modifier && DETERMINERS.contains(t, ds, ms - 1);
  }

  /** Prefixes that leave a verb a verb: "re-elected", "co-founded", "pre-recorded". */
  private static final WordSet VERB_PREFIXES = new WordSet(Set.of("re", "co", "pre", "un", "de", "mis", "over",
      "out", "under", "self", "cross", "double", "fast", "hand", "live", "spoon", "test"));

  /** Whether the word part that ends at the hyphen {@code h} is a prefix of a verb. */
  private static boolean prefixed(String t, int h) {
    int b = h;
    while (b > 0 && h - b < 8 && word(t.charAt(b - 1))) {
      b--;
    }
    return VERB_PREFIXES.contains(t, b, h);
  }

  /** Which past cues count, by their span in the text. */
  @FunctionalInterface
  interface Counted {
    boolean test(int start, int end);
  }

  /** {@code [a-z]{2,12}[^e\W]ed} for a whole word of a plain stretch. */
  private static boolean edForm(String t, int i, int e) {
    int len = e - i;
    if (len < 5 || len > 15 || t.charAt(e - 1) != 'd' || t.charAt(e - 2) != 'e' || t.charAt(e - 3) == 'e') {
      return false;
    }
    for (int k = i; k < e - 3; k++) {
      if (t.charAt(k) < 'a' || t.charAt(k) > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Returns the start and end of each match, in pairs. */
  static int[] spans(Matcher f) {
    int[] out = new int[8];
    int n = 0;
    while (f.find()) {
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = f.start();
      out[n++] = f.end();
    }
    return Arrays.copyOf(out, n);
  }
}
