package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People handed over to the police, counted as brought in: "villagers handed two suspected thieves
 * over to the police", "the militia turned over five men to the authorities". Handed over to anyone
 * else ("to the Red Cross", "to their families", "to the army") they are not arrested, and a count of
 * things ("handed over 12 rifles to police") counts no one.
 *
 * <p>Immutable and thread-safe.
 */
final class HandedOver {
  private static final TokenSet VERBS = TokenSet.of("handed", "handing", "hands", "turned", "turning", "turns");
  /** Those to whom people handed over are brought in. */
  private static final TokenSet POLICE = TokenSet.of("police", "authorities", "gendarmes", "gendarmerie");
  /** People handed over who are victims, freed or saved, not brought in: "handed three hostages over to the police". */
  private static final TokenSet VICTIMS = TokenSet.of("hostages", "hostage", "captives", "captive", "victims",
      "victim", "bodies", "body", "children", "child", "girls", "boys", "babies", "baby", "infants", "orphans");
  /** Words that may stand between "to" and the police: "to the local police". */
  private static final int MAX_LEAD = 2;

  private HandedOver() {}

  /** Adds the people the verb at {@code i} hands over to the police, if it does. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (!VERBS.contains(t[i]) || i + 3 >= e) {
      return;
    }
    boolean overFirst = t[i + 1].is("over");
    People.Counted c = People.countedAt(t, overFirst ? i + 2 : i + 1, e);
    if (c == null || c.people == null || c.quantity.need != Quantity.Need.NONE || c.people.end == 0
        || VICTIMS.contains(t[c.people.end - 1])) {
      return; // "handed 2 children over to the police": people saved or freed, not brought in
    }
    int k = c.end;
    if (!overFirst) {
      if (k >= e || !t[k].is("over")) {
        return;
      }
      k++;
    }
    if (k >= e || !t[k].is("to")) {
      return;
    }
    for (int n = k + 1; n < e && n <= k + 1 + MAX_LEAD; n++) {
      if (POLICE.contains(t[n])) {
        Quantity q = c.quantity;
        out.add(new Candidate(CasualtyCategory.ARRESTED, q.count, q.begin, q.end, i, n + 1, c.who(),
            FigureRole.TOTAL, "handed over <n> <people> to the police"));
        return;
      }
      if (!t[n].isWord()) {
        return;
      }
    }
  }
}
