package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * One person told by a noun with a determiner or by name, taken to hospital, is one person in
 * hospital: "the officer was taken to Princess Alexandra Hospital", "the resident, aged 80, was
 * airlifted to hospital". A person told with "a" is counted by the rules of numbers ("a man was
 * taken to hospital"); this reads the rest. The phrase opens its sentence, no death is told in
 * it ("where he died" leaves it to the killed rules), and the sentence has no other figure: a
 * wound told with the stay ("with serious injuries") makes the person hurt instead (see
 * {@link SingleWounded}).
 *
 * <p>Immutable and thread-safe.
 */
final class SingleInHospital {
  /** Words between the person and the stay: "was taken", "has been airlifted", "was later flown". */
  private static final TokenSet AUXILIARIES = TokenSet.of("was", "is", "has", "had", "been", "being", "later",
      "then", "also", "subsequently", "initially", "remains", "remained");
  /** How many of them may stand between the person and the stay. */
  private static final int MAX_AUXILIARIES = 4;

  /** The rule's name on its figures, which {@link SingleVictims} reads to tell a death of the person hurt before. */
  static final String RULE = "<the person> <taken to hospital>";

  private SingleInHospital() {}

  /**
   * Returns the figure of one person taken to hospital told in the sentence {@code [s, e)}, or null
   * when the sentence has figures of its own ({@code accepted}) or tells a death.
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted) {
    if (!accepted.isEmpty() || SingleWounded.reportTellsADeath(t, s, e)) {
      return null;
    }
    SingleVictims.Phrase p = SingleVictims.phrase(t, s, s, e, true);
    if (p == null || p.kind != SingleVictims.Kind.DEFINITE) {
      return null;
    }
    int k = SingleWounded.skipAge(t, p.end, e);
    if (k == p.end && k < e && t[k].is(",")) {
      // "the guard, aged 31, was taken": an age with its cue
      k = Ages.skip(t, k, e);
    }
    int aux = 0;
    for (; k < e && aux < MAX_AUXILIARIES && AUXILIARIES.contains(t[k]); k++) {
      aux++;
    }
    PhraseTable.Match m = aux == 0 ? null : Lexicon.PREDICATES.match(t, k, e);
    if (m == null || m.category != CasualtyCategory.HOSPITALIZED) {
      return null;
    }
    return new Candidate(CasualtyCategory.HOSPITALIZED, CasualtyCount.exactly(1), p.begin, p.end, p.begin, m.end,
        p.who, FigureRole.TOTAL, RULE);
  }
}
