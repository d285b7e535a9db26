package org.dateline.rules.event.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that tell an incident apart from the one a report has been telling: "in a separate
 * attack", "another shooting", "Separately, ...", "two days after a strike on Dnipro".
 */
final class OtherIncidents {
  /** Words that say an incident is not the one told before: "a separate attack", "an unrelated shooting". */
  private static final Set<String> SEPARATE = Set.of("separate", "unrelated", "different");
  /** The triggers that name a whole incident, which "another" can count ("another shooting", not "another bullet"). */
  private static final Set<String> INCIDENT_NOUNS = Set.of("shooting", "attack", "strike", "airstrike", "air strike",
      "drone strike", "missile strike", "bombing", "explosion", "blast", "crash", "plane crash", "blaze", "stabbing",
      "raid", "massacre", "ambush", "earthquake", "quake", "flood", "storm", "stampede", "collapse", "clash");
  /** Sentence openers that turn to another incident: "Separately, ...". */
  private static final Set<String> SEPARATELY = Set.of("separately", "elsewhere");
  /** Spans of time before "after" or "since" that make a compared incident surely another: "two days after a". */
  private static final Set<String> SPANS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
      "hours", "fortnight");
  private static final Set<String> COMPARED = Set.of("after", "since", "follows", "followed");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another");

  private OtherIncidents() {}

  /**
   * Whether a trigger names an incident the report says is another one: "a separate attack", "an
   * unrelated shooting", "another explosion" (not a summary: "separate shootings"), or the first
   * trigger of a sentence that opens with "Separately" or "Elsewhere".
   *
   * @param sentenceBegin where the trigger's sentence begins
   * @param sentenceWords the words of that sentence
   * @param sentenceTriggers the triggers of that sentence, in text order
   */
  static boolean separate(String text, Triggers.Trigger t, int sentenceBegin, List<Words.Word> sentenceWords,
      List<Triggers.Trigger> sentenceTriggers) {
    if (INCIDENT_NOUNS.contains(text.substring(t.begin(), t.end()).toLowerCase(Locale.ROOT))) {
      List<Words.Word> w = Words.of(text, Math.max(sentenceBegin, t.begin() - 24), t.begin());
      int n = w.size();
      if (n >= 1 && w.get(n - 1).lower().equals("another")
          || n >= 2 && SEPARATE.contains(w.get(n - 1).lower()) && INDEFINITE.contains(w.get(n - 2).lower())) {
        return true;
      }
    }
    return opensSeparately(sentenceWords) && firstIncidentTrigger(t, sentenceTriggers);
  }

  /** Whether a sentence opens with a word that turns to another incident: "Separately, ...", "Elsewhere, ...". */
  static boolean opensSeparately(List<Words.Word> sentenceWords) {
    return !sentenceWords.isEmpty() && SEPARATELY.contains(sentenceWords.get(0).lower());
  }

  private static boolean firstIncidentTrigger(Triggers.Trigger t, List<Triggers.Trigger> sentenceTriggers) {
    for (Triggers.Trigger o : sentenceTriggers) {
      if (o.type().isIncident()) {
        return o == t;
      }
    }
    return false;
  }

  /**
   * Whether a trigger names an incident the report compares its own to ("two days after a strike on
   * Dnipro", "weeks after an attack in", "the latest since a bombing"): "after" or "since" and an
   * indefinite article before it, with up to two words between ("after a mosque bombing"). Returns
   * 2 when a span of time stands before ("a day after a bombing"): that is surely another incident;
   * 1 when none does ("hospitalized after a shooting" may tell of the report's own); 0 otherwise.
   */
  static int comparison(String text, Triggers.Trigger t) {
    List<Words.Word> w = Words.of(text, Math.max(0, t.begin() - 48), t.begin());
    int n = w.size();
    for (int a = n - 1; a >= Math.max(1, n - 3); a--) {
      if (INDEFINITE.contains(w.get(a).lower()) && COMPARED.contains(w.get(a - 1).lower())) {
        return a >= 2 && SPANS.contains(w.get(a - 2).lower()) ? 2 : 1;
      }
    }
    return 0;
  }
}
