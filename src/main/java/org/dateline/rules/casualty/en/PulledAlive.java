package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People brought out alive are rescued: "rescuers pulled 19 people alive from the rubble", "divers
 * pulled 143 survivors from the water", "rescuers found 26 people alive in the wreckage",
 * "firefighters brought 25 residents to safety", "the navy plucked 86 migrants from the sea",
 * "lifeguards saved four swimmers", "rescuers dug out seven survivors from the snow". A verb of pulling or finding says nothing of the outcome
 * without "alive" or "survivors" ("pulled two bodies from the river", "pulled over two men", "found
 * 40 bodies"); "saved" counts only people it names ("saved 12 lives", "saved two penalties" are none).
 *
 * <p>Immutable and thread-safe.
 */
final class PulledAlive {
  /** Verbs of pulling out: alive, survivors or to safety. */
  private static final TokenSet PULLED = TokenSet.of("pulled", "pulling", "pulls", "pull", "dragged", "plucked", "plucking",
      "hauled", "hauling",
      // out of snow, mud or water: "rescuers dug out seven survivors", "fishermen fished out 14 people alive"
      "dug", "digging", "fished", "fishing");
  /** Verbs of taking someone somewhere: only to safety. */
  private static final TokenSet BROUGHT = TokenSet.of("brought", "bringing", "carried", "carrying", "led", "leading",
      "guided", "winched", "winching");
  /** Verbs of finding: only alive or survivors. */
  private static final TokenSet FOUND = TokenSet.of("found", "finding");
  private static final TokenSet SAVED = TokenSet.of("saved", "saving", "save", "saves");
  /** Places of peril people are lifted from: "from rooftops", "off a stranded ship", "from the floodwaters". */
  private static final TokenSet PERILS = TokenSet.of("roof", "roofs", "rooftop", "rooftops", "water", "waters",
      "floodwaters", "floodwater", "sea", "river", "rubble", "debris", "wreckage", "cliff", "ledge", "boat", "vessel",
      "ship", "mountain", "canyon", "ice", "mud", "flooded", "stranded", "sinking", "burning", "collapsed");
  /** How many words after "from" or "off" a place of peril may stand: "from the roof of a flooded house". */
  private static final int PERIL_WINDOW = 4;

  /** Whether a place of peril is named within a few words from {@code k}. */
  private static boolean perilAfter(Token[] t, int k, int e) {
    return Sentences.containsAny(t, k, Math.min(e, k + PERIL_WINDOW), PERILS);
  }

  /** Verbs of lifting people to safety by air or by a line: only off or out of a danger, or stranded. */
  private static final TokenSet LIFTED = TokenSet.of("lifted", "airlifted", "winched", "hoisted");

  private PulledAlive() {}

  /** Adds the figure of people brought out alive whose verb is at {@code i}. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    boolean pulled = PULLED.contains(t[i]);
    boolean brought = BROUGHT.contains(t[i]);
    boolean found = FOUND.contains(t[i]);
    // the bare "save" mostly tells a purpose ("vowed to save 40 jobs"), a deed only when achieved
    boolean saved = SAVED.contains(t[i]) && (!t[i].is("save") || ActionRules.achieved(t, i));
    if (!pulled && !brought && !found && !saved && !LIFTED.contains(t[i])) {
      return;
    }
    // the particle may come before the people: "pulled out 19 survivors", "dug out seven people alive", "hauled up
    // nine miners alive"
    int at = i + 1 < e && (t[i + 1].is("out") || t[i + 1].is("up")) ? i + 2 : i + 1;
    if (at + 1 < e && t[at].is("the") && QuantityParser.parse(t, at + 1, e) != null) {
      at++; // people told before, now brought out: "crews pulled the two injured men from the debris"
    }
    People.Counted c = People.countedAt(t, at, e);
    People p = c == null ? null : c.people;
    if (p == null && c != null && c.end + 1 < e && t[c.end].is("more")) {
      // "found three more survivors", "pulled two more people alive"
      p = People.after(t, c.end + 1, e, false);
    }
    if (p == null) {
      return;
    }
    Quantity q = c.quantity;
    boolean survivors = t[p.end - 1].is("survivors") || t[p.end - 1].is("survivor");
    boolean alive = p.end < e && t[p.end].is("alive");
    boolean toSafety = p.end + 1 < e && t[p.end].is("to") && t[p.end + 1].is("safety");
    // plucked out of the sea or off a roof is taken out alive
    boolean plucked = (t[i].is("plucked") || t[i].is("plucking")) && p.end < e
        && (t[p.end].is("from") || t[p.end].is("off") || t[p.end].is("out"));
    // pulled out of rubble or water with no death told after: "crews pulled 11 residents from the stairwell"
    // lifted off a roof or out of the water, or lifted stranded: "helicopters lifted 43 people from rooftops", "crews
    // airlifted 38 people stranded on rooftops"
    boolean lifted = LIFTED.contains(t[i]) && p.end < e && ((t[p.end].is("from") || t[p.end].is("off"))
        && perilAfter(t, p.end + 1, e) || t[p.end].is("stranded") || t[p.end].is("trapped")) && !deathAfter(t, p.end, e);
    boolean pulledFrom = lifted || (t[i].is("pulled") || t[i].is("pull")) && p.end + 1 < e
        && (t[p.end].is("from") || t[p.end].is("out") && t[p.end + 1].is("of")) && !deathAfter(t, p.end, e)
        && !withdrawn(t, t[p.end].is("out") ? p.end + 2 : p.end + 1, e);
    if ((pulled || found || brought) && (survivors || alive) || (pulled || brought) && toSafety || plucked || pulledFrom
        || saved) {
      int end = alive ? p.end + 1 : toSafety ? p.end + 2 : p.end;
      String rule = survivors || alive ? "pulled <n> <people> alive" : toSafety ? "brought <n> <people> to safety"
          : saved ? "saved <n> <people>" : lifted ? "lifted <n> <people> from" : pulledFrom ? "pulled <n> <people> from"
          : "plucked <n> <people> from";
      out.add(new Candidate(CasualtyCategory.RESCUED, q.count, q.begin, q.end, i, end, p.who, FigureRole.TOTAL, rule));
    }
  }

  /** What people are withdrawn from, no danger: "pulled two players from the squad". */
  private static final TokenSet WITHDRAWN_FROM = TokenSet.of("squad", "team", "race", "lineup", "line-up", "contention",
      "roster", "competition", "election", "ballot", "school", "schools", "classes", "sale", "shelves", "market", "project",
      "case", "show", "tournament", "match", "game");

  /**
   * Whether the place after "from" at {@code k} (past an article) is one people are withdrawn from, no danger:
   * "pulled two players from the squad", or a place named ("pull 300 troops out of Syria").
   */
  private static boolean withdrawn(Token[] t, int k, int e) {
    if (k < e && t[k].capitalized) {
      return true;
    }
    int n = k < e && (t[k].is("the") || t[k].is("its") || t[k].is("their") || t[k].is("his") || t[k].is("her")) ? k + 1 : k;
    return n < e && WITHDRAWN_FROM.contains(t[n]);
  }

  /** Words of a death after the people pulled out: "pulled two men from the river, but both died". */
  private static final TokenSet DEATH_WORDS = TokenSet.of("dead", "died", "dies", "lifeless", "unresponsive",
      "bodies", "body", "drowned", "killed", "deceased", "unconscious", "later");

  /**
   * Whether a death is told in the rest of the sentence from {@code from}. Bodies counted or named by whose they are
   * ("and recover two bodies", "the bodies of four women") are other people than those pulled out.
   */
  private static boolean deathAfter(Token[] t, int from, int e) {
    for (int k = from; k < e; k++) {
      boolean bodies = t[k].is("bodies") || t[k].is("body");
      boolean others = bodies && (k + 1 < e && t[k + 1].is("of") || k > from && (t[k - 1].isNumber()
          || t[k - 1].has(WordFlags.NUMBER_WORD)));
      if (DEATH_WORDS.contains(t[k]) && !others) {
        return true;
      }
    }
    return false;
  }
}
