package org.dateline.rules.time.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.dateline.model.TimexMod;
import org.dateline.resolve.TemporalExpression;

/**
 * Finds candidates in one pass over the text: at each word start it tries only the rules whose first
 * word is that word (or a number), each a precompiled pattern anchored there, and keeps the longest
 * match; scanning resumes after it. Work is linear in the text's length.
 *
 * <p>Immutable and thread-safe; each scan uses its own matchers.
 */
final class RuleScanner {
  /** The longest stretch a rule may match, which bounds the work at each word start. */
  private static final int WINDOW = 120;

  private final List<Rule> rules;
  /** Per rule, whether its pattern has a group named "mod" (asking a pattern without one throws). */
  private final boolean[] hasMod;
  private final WordSet triggers;
  /** The ids of the rules each trigger (by its index in {@link #triggers}) can start. */
  private final int[][] byTrigger;
  private final int[] numberRules;
  private final Precheck precheck;
  private final Words.Vocabulary vocabulary;

  RuleScanner(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.hasMod = new boolean[this.rules.size()];
    for (int i = 0; i < hasMod.length; i++) {
      hasMod[i] = this.rules.get(i).pattern().pattern().contains("(?<mod>");
    }
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String t : rules.get(i).triggers()) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    List<String> words = new ArrayList<>(index.keySet());
    this.triggers = new WordSet(words);
    this.byTrigger = new int[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      byTrigger[i] = index.get(words.get(i)).stream().mapToInt(Integer::intValue).toArray();
    }
    this.numberRules = index.containsKey("#") ? byTrigger[words.indexOf("#")] : null;
    this.vocabulary = new Words.Vocabulary(words, Gate.TEMPORAL, Gate.GATED, Fallback.DATE_WORDS);
    this.precheck = new Precheck(this.rules.stream().map(Rule::pattern).toList(), words, byTrigger, numberRules);
  }

  /** Returns the scanner with the English rules, built once and shared (it is immutable). */
  static RuleScanner english() {
    return English.SCANNER;
  }

  private static final class English {
    static final RuleScanner SCANNER = build();

    private static RuleScanner build() {
      List<Rule> all = new ArrayList<>();
      all.addAll(CalendarRules.rules());
      all.addAll(HolidayRules.rules());
      all.addAll(RelativeRules.rules());
      all.addAll(SpanRules.rules());
      return new RuleScanner(all);
    }
  }

  /** Looks up the words of a text once, for {@link #scan(Scan, Words)} and the fallback. */
  Words words(Scan s) {
    return Words.of(s, vocabulary);
  }

  List<Candidate> scan(Scan s) {
    return scan(s, words(s));
  }

  /**
   * Tries the rules at each word start where one may start ({@link Words#ruleStarts}), as a walk over every word
   * start would: a failed word is passed over whole, a failed apostrophe with the word after it ("'90s" does not
   * start again at "90s"), and a match is passed over to its end.
   */
  List<Candidate> scan(Scan s, Words words) {
    Matcher[] matchers = new Matcher[rules.size()];
    List<Candidate> out = new ArrayList<>();
    String lower = s.lower;
    int n = lower.length();
    int pos = 0;
    for (int p : words.ruleStarts) {
      if (p < pos || p > 0 && Scan.isWordChar(lower.charAt(p - 1))) {
        continue;
      }
      Candidate best = Gate.worthTrying(lower, p, words) ? bestAt(s, p, words, matchers) : null;
      if (best != null) {
        out.add(best);
        pos = best.end();
      } else if (lower.charAt(p) == '\'') {
        pos = p + 1;
        while (pos < n && Scan.isWordChar(lower.charAt(pos))) {
          pos++;
        }
      } else {
        pos = p + 1;
      }
    }
    return out;
  }

  private Candidate bestAt(Scan s, int pos, Words words, Matcher[] matchers) {
    int trigger = triggerAt(s.lower, pos, words);
    int[] ids = trigger == NONE ? null : trigger < 0 ? numberRules : byTrigger[trigger];
    if (ids == null) {
      return null;
    }
    Candidate best = null;
    int limit = Math.min(s.lower.length(), pos + WINDOW);
    long may = precheck.mask(s.lower, pos, limit, trigger);
    for (int k = 0; k < ids.length; k++) {
      if ((may >>> k & 1L) == 0) {
        continue;
      }
      int id = ids[k];
      Rule r = rules.get(id);
      Matcher m = matchers[id];
      if (m == null) {
        m = r.pattern().matcher(s.lower).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[id] = m;
      }
      m.region(pos, limit);
      if (!m.lookingAt() || m.end() <= pos || (best != null && m.end() <= best.end())) {
        continue;
      }
      if (m.end() < s.lower.length() && Scan.isWordChar(s.lower.charAt(m.end()))
          && Scan.isWordChar(s.lower.charAt(m.end() - 1))) {
        continue;
      }
      TemporalExpression e;
      try {
        e = r.reading().read(m, s);
      } catch (java.time.DateTimeException invalid) {
        e = null; // "Feb. 29, 2027": the words make no day of the calendar, so they are no mention
      }
      if (e != null) {
        TimexMod mod = hasMod[id] ? modGroup(m) : null;
        best = new Candidate(pos, trimEnd(s, m.end()), e, mod, r.name());
      }
    }
    return best;
  }

  private static TimexMod modGroup(Matcher m) {
    String w = m.group("mod");
    return w == null ? null : Lexicon.mods().get(w.equals("end") || w.equals("middle") || w.equals("beginning")
        || w.equals("start") ? "the " + w + " of" : w);
  }

  private static int trimEnd(Scan s, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(s.text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static final int NONE = -2;

  /** Returns the ids of the rules tried at word start {@code pos}, all of them or those the precheck leaves; for tests. */
  int[] rulesTried(String lower, int pos, boolean filtered) {
    int trigger = triggerAt(lower, pos, Words.of(new Scan(lower), vocabulary));
    int[] ids = trigger == NONE ? null : trigger < 0 ? numberRules : byTrigger[trigger];
    if (ids == null) {
      return new int[0];
    }
    long may = filtered ? precheck.mask(lower, pos, Math.min(lower.length(), pos + WINDOW), trigger) : Precheck.ALL;
    return java.util.stream.IntStream.range(0, ids.length).filter(k -> (may >>> k & 1L) != 0).map(k -> ids[k]).toArray();
  }

  /** Returns the rule with id {@code id}; for tests. */
  Rule rule(int id) {
    return rules.get(id);
  }

  /**
   * Returns the trigger index of the word at {@code pos}: -1 for a number or an apostrophe (rules {@code #}),
   * {@link #NONE} if it starts no rule.
   */
  private static int triggerAt(String lower, int pos, Words words) {
    char c = lower.charAt(pos);
    if (Character.isDigit(c) || c == '\'') {
      return -1;
    }
    int t = Character.isLetter(c) ? words.trigger(pos) : -1;
    return t < 0 ? NONE : t;
  }
}
