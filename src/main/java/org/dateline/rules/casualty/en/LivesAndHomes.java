package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * Rules that count people by their lives or their homes: lives claimed or lost ("claimed 37 lives", "the
 * lives of five people were lost") are the dead; people forced or ordered out ("forced 12,000 people to
 * flee", "ordered 30,000 residents to evacuate") are displaced or evacuated. Moved out of
 * {@link CasualtyRules}; the extractor calls {@link #lives} and {@link #forcedOut} at each token.
 */
final class LivesAndHomes {
  private LivesAndHomes() {
  }

  private static final TokenSet LIVES_VERBS = TokenSet.of(
      "claimed", "claiming", "claim", "claims", "cost", "costing", "costs", "took", "taken", "taking", "takes");

  /** Verbs that drive people out: "forced 12,000 people to flee", "has driven 500,000 people from their homes". */
  private static final TokenSet FORCED = TokenSet.of("forced", "forcing", "forces", "force", "driven", "drove",
      "driving", "drives");

  /**
   * Verbs that tell people to go: "ordered 30,000 residents to evacuate", "urged 450,000 people to leave
   * their homes"; told, they are evacuated, not driven out.
   */
  private static final TokenSet ORDERED = TokenSet.of("ordered", "ordering", "orders", "order", "told", "telling",
      "urged", "urging", "urges", "urge", "advised", "advising", "asked", "asking", "instructed", "instructing");

  /** "claimed 37 lives", "cost over 150 lives", "took 12 lives", "the loss of 12 lives", "the loss of five soldiers". */
  static void lives(Token[] t, int i, int e, List<Candidate> out) {
    if (t[i].is("lives") && i + 2 < e && t[i + 1].is("of")) {
      livesOf(t, i, e, out);
      return;
    }
    // the noun of the verb: "the flood caused the loss of 12 lives", "resulted in the loss of 40 lives"
    boolean lossOf = t[i].is("loss") && i + 2 < e && t[i + 1].is("of");
    if (!LIVES_VERBS.contains(t[i]) && !lossOf) {
      return;
    }
    Quantity q = QuantityParser.parse(t, lossOf ? i + 2 : i + 1, e);
    if (q != null && q.need == Quantity.Need.NONE && q.end < e && t[q.end].is("lives")) {
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, i, q.end + 1, null, FigureRole.TOTAL,
          lossOf ? "the loss of <n> lives" : "claimed <n> lives"));
      return;
    }
    // the state's armed men lost: "the regiment grieved over the loss of seven soldiers"; not a firm's "loss of 300
    // customers", nor a city's "loss of three children", which may sum many incidents, nor men lost "to" cuts or
    // "from" a region, which tell them moved away, nor "the loss of two bombers", which are aircraft
    People p = lossOf && q != null && q.need == Quantity.Need.NONE ? People.afterCount(t, q, e) : null;
    if (p != null && p.who != null && !t[q.end].is("of") && ArmedSides.ofState(ArmedSides.side(p.who))
        && !(p.end < e && (t[p.end].is("to") || t[p.end].is("from")))) {
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, i, p.end, p.who, FigureRole.TOTAL,
          "the loss of <n> <people>"));
    }
  }

  /**
   * "forced 12,000 people to evacuate", "forcing more than 100,000 from their homes": people driven
   * out, evacuated when told to evacuate, displaced otherwise. People ordered or told to evacuate or
   * to leave their homes are evacuated ("ordered 30,000 residents to evacuate"); an order to leave
   * anything else ("ordered 40 protesters to leave the square") moves nobody out.
   */
  static void forcedOut(Token[] t, int i, int e, List<Candidate> out) {
    boolean ordered = ORDERED.contains(t[i]);
    if (!FORCED.contains(t[i]) && !ordered) {
      return;
    }
    People.Counted counted = People.countedAt(t, i + 1, e);
    if (counted == null || counted.quantity.need != Quantity.Need.NONE || counted.end + 1 >= e) {
      return;
    }
    Quantity q = counted.quantity;
    int j = counted.end;
    boolean to = t[j].is("to");
    boolean beEvacuated = to && j + 2 < e && t[j + 1].is("be") && t[j + 2].is("evacuated");
    boolean evacuate = to && t[j + 1].is("evacuate") || beEvacuated;
    boolean leave = t[j + 1].is("leave") || t[j + 1].is("abandon");
    boolean flee = to && (t[j + 1].is("flee") || leave && homesAfter(t, j + 2, e));
    boolean fromHomes = (t[j].is("from") || t[j].is("out") && t[j + 1].is("of")) && homesAfter(t, j + 1, e);
    boolean leaveHomes = to && leave && homesAfter(t, j + 2, e);
    if (ordered ? evacuate || leaveHomes : evacuate || flee || fromHomes) {
      CasualtyCategory c = evacuate || ordered ? CasualtyCategory.EVACUATED : CasualtyCategory.DISPLACED;
      out.add(new Candidate(c, q.count, q.begin, q.end, i, beEvacuated ? j + 3 : j + 2, counted.who(),
          FigureRole.TOTAL, "forced <n> <people> from their homes"));
    }
  }

  /** Whether "homes", "houses" or "villages" follows within two words of {@code k}: "from their homes". */
  private static boolean homesAfter(Token[] t, int k, int e) {
    for (int n = k; n < e && n <= k + 2; n++) {
      if (t[n].is("homes") || t[n].is("home") || t[n].is("houses") || t[n].is("villages")) {
        return true;
      }
    }
    return false;
  }

  /** "the lives of five people were lost": the people whose lives were lost are dead. */
  private static void livesOf(Token[] t, int i, int e, List<Candidate> out) {
    People.Counted counted = People.countedAt(t, i + 2, e);
    if (counted == null || counted.quantity.need != Quantity.Need.NONE) {
      return;
    }
    Quantity q = counted.quantity;
    int k = counted.end;
    int stop = Math.min(e, k + 3);
    while (k < stop && t[k].has(WordFlags.AUXILIARY)) {
      k++; // "were", "have been", "had been"
    }
    if (k < e && t[k].is("lost") && !CasualtyRules.negated(t, k)) {
      out.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, i, k + 1, counted.who(),
          FigureRole.TOTAL, "the lives of <n> <people> were lost"));
    }
  }
}
