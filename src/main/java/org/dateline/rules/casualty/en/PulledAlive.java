package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People pulled out alive are rescued: "rescuers pulled 19 people alive from the rubble", "divers
 * pulled 143 survivors from the water". Without "alive" or "survivors" the verb says nothing of the
 * outcome ("pulled two bodies from the river", "pulled over two men").
 *
 * <p>Immutable and thread-safe.
 */
final class PulledAlive {
  private static final TokenSet PULLED = TokenSet.of("pulled", "pulling", "pulls", "dragged", "plucked");

  private PulledAlive() {}

  /** Adds the figure of people pulled out alive whose verb is at {@code i}. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (!PULLED.contains(t[i])) {
      return;
    }
    People.Counted c = People.countedAt(t, i + 1, e);
    People p = c == null ? null : c.people;
    if (p == null) {
      return;
    }
    Quantity q = c.quantity;
    boolean survivors = t[p.end - 1].is("survivors") || t[p.end - 1].is("survivor");
    boolean alive = p.end < e && t[p.end].is("alive");
    if (survivors || alive) {
      out.add(new Candidate(CasualtyCategory.RESCUED, q.count, q.begin, q.end, i, alive ? p.end + 1 : p.end, p.who,
          FigureRole.TOTAL, "pulled <n> <people> alive"));
    }
  }
}
