package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * A killer who killed himself, told with his killing in one sentence: "a man shot and killed his
 * wife before turning the gun on himself", "killed two neighbors and then himself", "Man kills
 * son, himself", "killed his daughter before taking his own life". The killer is one more dead, on
 * top of his victims, as casualty datasets count an attacker who died: the figure is
 * {@link FigureRole#ADDITIONAL} with {@code who} "killer".
 *
 * <p>The sentence must tell the killing itself: a count of killed people before the killer's
 * death, or a killing verb whose victim the report counted before ("Man kills daughter." then "He
 * shot and killed his daughter before turning the gun on himself"). A suicide told alone, a killer
 * the report already counted, and a killer whose death the sentence leaves open ("shot his wife
 * and then himself", "turned the gun on himself and is in critical condition") add nothing.
 *
 * <p>Immutable and thread-safe.
 */
final class SelfKilled {
  /** How many tokens after the killing the killer's own death may be told. */
  private static final int WINDOW = 16;
  private static final TokenSet KILLING = TokenSet.of("killing", "killed", "kill", "kills", "murdered", "murdering");
  private static final TokenSet TURNING = TokenSet.of("turning", "turned", "turn", "turns");
  /** Verbs of a death the killer gave himself that leave no doubt of it: "then hanged himself". */
  private static final TokenSet HANGING = TokenSet.of("hanged", "hanging", "hangs", "hang");
  private static final TokenSet TAKING = TokenSet.of("taking", "took", "take", "takes");
  private static final TokenSet COMMITTING = TokenSet.of("committing", "committed", "commit", "commits");
  private static final TokenSet OWNERS = TokenSet.of("his", "her");
  private static final TokenSet JOINS = TokenSet.of("and", "then", ",");
  /** Words right after the killer's wound that say he lived. */
  private static final TokenSet LIVED = TokenSet.of("wounded", "injured", "hurt", "survived", "critical",
      "hospital", "hospitalized", "condition", "surgery");
  /** Words after which the rest of the sentence tells no death of the killer. */
  private static final TokenSet STOPS = TokenSet.of(".", ";", "said", "says", "after", "when", "while", "as",
      "survived", "critical", "hospital", "condition", "tried", "trying", "attempted", "threatened",
      "threatening");

  private SelfKilled() {}

  /**
   * Adds the killer's own death after the killing the sentence tells, if it tells both.
   *
   * @param accepted the sentence's figures, in text order; the killer's figure is added after his victims'
   * @param out the figures of the report's earlier sentences
   */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    // whether an earlier sentence counted the attacker is asked only once a death of his is found: it reads
    // every figure so far, and asking it of every sentence made a long report's work grow with its square
    if (attacker(accepted)) {
      return;
    }
    for (int c = 0; c < accepted.size(); c++) {
      Candidate victims = accepted.get(c);
      if (victims.category == CasualtyCategory.KILLED && victims.role != FigureRole.SUBTOTAL) {
        int self = selfDeath(t, victims.spanEnd, Math.min(e, victims.spanEnd + WINDOW), e);
        if (self >= 0) {
          addUnlessCounted(accepted, c + 1, killer(self), out);
          return;
        }
      }
    }
    for (int k = s; k < e; k++) {
      if (KILLING.contains(t[k]) && k + 2 < e && Headlines.SELF.contains(t[k + 1]) && t[k + 2].is("and")) {
        // "killing himself and five others": the others are counted, and he is one more
        for (int c = 0; c < accepted.size(); c++) {
          if (accepted.get(c).category == CasualtyCategory.KILLED && accepted.get(c).spanBegin == k) {
            addUnlessCounted(accepted, c + 1, killer(k + 1), out);
            return;
          }
        }
      }
      if (KILLING.contains(t[k]) && !(k + 1 < e && Headlines.SELF.contains(t[k + 1]))) {
        int self = selfDeath(t, k + 1, Math.min(e, k + 1 + WINDOW), e);
        if (self >= 0 && countedBefore(t, k, self, out)) {
          addUnlessCounted(accepted, accepted.size(), killer(self), out);
          return;
        }
      }
    }
  }

  /** Adds the killer's figure at {@code index} unless one of the report's earlier figures counts him already. */
  private static void addUnlessCounted(List<Candidate> accepted, int index, Candidate killer, List<CasualtyFigure> out) {
    if (!SingleVictims.attackerCounted(out)) {
      accepted.add(index, killer);
    }
  }

  private static Candidate killer(int self) {
    return new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), self, self + 1, self, self + 1, "killer",
        FigureRole.ADDITIONAL, "<killed> ... <himself>");
  }

  /** Whether the victim named between the verb and the killer's death was counted killed before. */
  private static boolean countedBefore(Token[] t, int verb, int self, List<CasualtyFigure> out) {
    for (int n = out.size() - 1; n >= 0; n--) {
      CasualtyFigure f = out.get(n);
      if (f.category() == CasualtyCategory.KILLED && f.role() != FigureRole.SUBTOTAL) {
        String who = f.who().orElse("");
        String head = who.substring(who.lastIndexOf(' ') + 1);
        for (int i = verb + 1; i < self; i++) {
          if (!head.isEmpty() && t[i].lower.equals(head)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean attacker(List<Candidate> accepted) {
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.KILLED && "killer".equals(c.who)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token that tells the killer's death in {@code [from, to)}, or -1: "and (then) himself",
   * ", himself", "before killing himself", "before fatally shooting himself", "turning the gun on
   * himself", "taking his own life", "committing suicide".
   */
  private static int selfDeath(Token[] t, int from, int to, int e) {
    for (int i = from; i < to; i++) {
      if (STOPS.contains(t[i])) {
        return -1;
      }
      if (Headlines.SELF.contains(t[i]) && i > from && (KILLING.contains(t[i - 1]) || JOINS.contains(t[i - 1])
          || HANGING.contains(t[i - 1])
          || t[i - 1].is("shooting") && i - 2 >= from && t[i - 2].is("fatally") || turnedTheGunOn(t, from, i))) {
        return ending(t, i + 1, e) ? i : -1;
      }
      if (t[i].is("life") && i - 3 >= from && t[i - 1].is("own") && OWNERS.contains(t[i - 2])
          && TAKING.contains(t[i - 3])) {
        return i;
      }
      if (t[i].is("suicide") && i > from && COMMITTING.contains(t[i - 1])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether nothing in the few words after the killer's death at {@code i} says he lived ("... and
   * is in critical condition").
   */
  private static boolean ending(Token[] t, int i, int e) {
    for (int k = i; k < Math.min(e, i + 8); k++) {
      if (LIVED.contains(t[k])) {
        return false;
      }
    }
    return true;
  }

  /** "turning the gun on himself", "turned the weapon on herself" ending at {@code self}. */
  private static boolean turnedTheGunOn(Token[] t, int from, int self) {
    return self - 4 >= from && TURNING.contains(t[self - 4]) && (t[self - 3].is("the") || OWNERS.contains(t[self - 3]))
        && t[self - 1].is("on");
  }
}
