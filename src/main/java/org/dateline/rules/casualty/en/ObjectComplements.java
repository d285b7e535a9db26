package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People a verb acts on, told with what became of them after the people: "gunmen burned two
 * villagers <b>alive</b>", "paramedics took 12 people <b>to hospital</b>", "rescuers pulled two
 * children from the rubble <b>alive</b>". The verb alone says nothing of the outcome ("took two
 * villagers", "pulled two bodies from the river"); the words after the people do.
 *
 * <p>People sent to hospital, pulled out alive or to safety right after the verb, moved to safety,
 * taken into custody or forced from their homes have rules of their own ({@link SentToHospital},
 * {@link PulledAlive}, and the moved-to-safety, custody and forced-out rules).
 *
 * <p>Immutable and thread-safe.
 */
final class ObjectComplements {
  /** A group of verbs and the words after their people that tell the category. */
  private record Shape(TokenSet verbs, CasualtyCategory category, String... complement) {}

  private static final TokenSet TAKEN = TokenSet.of(
      "took", "taking", "takes", "take", "rushed", "rushing", "rushes", "rush", "brought", "bringing", "brings",
      "transported", "transporting", "transports", "airlifted", "airlifting", "ferried", "ferrying", "flew",
      "admitted", "admitting");
  private static final List<Shape> SHAPES = List.of(
      new Shape(TokenSet.of("burned", "burnt", "burning", "burns", "burn"), CasualtyCategory.KILLED, "alive"),
      new Shape(TAKEN, CasualtyCategory.HOSPITALIZED, "to", "hospital"),
      new Shape(TAKEN, CasualtyCategory.HOSPITALIZED, "to", "hospitals"),
      new Shape(TAKEN, CasualtyCategory.HOSPITALIZED, "to", "*", "hospital"),
      new Shape(TAKEN, CasualtyCategory.HOSPITALIZED, "to", "*", "hospitals"),
      new Shape(TokenSet.of("pulled", "pulling", "pulls", "dragged", "plucked", "brought", "bringing", "dug", "digging"),
          CasualtyCategory.RESCUED, "*", "alive"));
  /** Words of the people taken to hospital that tell them shot: "four gunshot victims". */
  private static final TokenSet SHOT = TokenSet.of("gunshot", "shooting");
  /** Words of the people taken to hospital that tell them hurt: "two wounded people". */
  private static final TokenSet HURT = TokenSet.of("wounded", "injured", "stabbing");
  /** How many words "*" may stand for: "to the nearest hospital", "from the rubble". */
  private static final int MAX_WILDCARD = 3;

  private ObjectComplements() {}

  /**
   * Adds the figure of the people the verb at {@code i}, in the sentence that starts at {@code s},
   * acts on, where the words after them tell what became of them.
   */
  static void apply(Token[] t, int s, int i, int e, List<Candidate> out) {
    if (!t[i].isWord()) {
      return;
    }
    for (Shape shape : SHAPES) {
      if (!shape.verbs().contains(t[i])) {
        continue;
      }
      People.Counted c = People.countedAt(t, i + 1, e);
      if (c == null || c.people == null && c.quantity.need != Quantity.Need.NONE
          || c.quantity.end < e && t[c.quantity.end].is("of")) {
        return; // "took one of the victims to hospital" tells a part of people counted elsewhere
      }
      int end = complementEnd(t, c.end, e, shape.complement());
      if (end > 0) {
        Quantity q = c.quantity;
        // people a shooting left to be taken to hospital are hurt, as people it sent there are
        // ("four gunshot victims"), and so are people told as hurt ("two wounded people")
        boolean hospital = shape.category() == CasualtyCategory.HOSPITALIZED;
        boolean shot = hospital && (SentToHospital.byAShooting(t, s, i) || Sentences.containsAny(t, q.end, c.end, SHOT));
        boolean hurt = shot || hospital && Sentences.containsAny(t, q.end, c.end, HURT);
        out.add(new Candidate(hurt ? CasualtyCategory.INJURED : shape.category(), q.count, q.begin, q.end, i, end,
            c.who(), FigureRole.TOTAL, "<verb> <n> <people> <complement>" + (shot ? GunshotWounds.AS_SHOT : "")));
        return;
      }
    }
  }

  /**
   * Returns the index after the complement's words from {@code j} on, where "*" stands for one to
   * {@link #MAX_WILDCARD} words that are no punctuation; or -1.
   */
  private static int complementEnd(Token[] t, int j, int e, String[] words) {
    int k = j;
    for (int w = 0; w < words.length; w++) {
      if (words[w].equals("*")) {
        String next = words[w + 1];
        int n = k;
        while (n < e && n < k + MAX_WILDCARD && !t[n].isPunct() && !t[n].is(next)) {
          n++;
        }
        if (n == k || n >= e || !t[n].is(next)) {
          return -1;
        }
        k = n;
        continue;
      }
      if (k >= e || !t[k].is(words[w])) {
        return -1;
      }
      k++;
    }
    return k;
  }
}
