package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;

/**
 * People a count tells moving, whose move decides their category: survivors "brought ashore" are rescued,
 * refugees who "have arrived" are displaced, and gunmen or a few people who "fled the area" are not
 * displaced at all. Moved out of {@link CasualtyRules}, whose subject rule asks {@link #survivorsBrought},
 * {@link #refugeesArrived} and {@link #leftTheScene}.
 */
final class ArrivedAndFled {
  private ArrivedAndFled() {
  }

  /** Verbs of taking or finding survivors: "38 survivors were brought ashore". */
  private static final TokenSet SURVIVORS_BROUGHT = TokenSet.of("brought", "taken", "found", "picked", "pulled",
      "lifted", "airlifted", "flown", "ferried", "transferred", "landed", "disembarked", "winched", "recovered",
      "plucked", "carried", "located", "returned", "transported", "hoisted",
      // survivors counted after a sinking: "some 40 survivors have by now been registered at the camp"
      "identified", "accounted", "registered");

  private static final TokenSet SURVIVORS_PASSIVE = TokenSet.of("were", "was", "are", "is", "been", "being");
  /** How many words the survivors' verb phrase may take: "have so far been identified". */
  private static final int MAX_SURVIVOR_VERB = 6;

  /**
   * "38 survivors were brought ashore", "only 104 survivors were found", "25 survivors were taken to
   * Tripoli": survivors taken or found are rescued, whatever the place (the verb's own outcome, as
   * "taken to hospital", is read as a predicate first). Reads the passive at {@code j} after counted
   * survivors; a verb told as not done ("were not found") or of other people is none. Returns the end
   * of the verb, or -1.
   */
  static int survivorsBrought(Token[] t, People p, int j, int e) {
    if (p == null || !(t[p.end - 1].is("survivors") || t[p.end - 1].is("survivor"))) {
      return -1;
    }
    boolean passive = false;
    for (int k = j; k < e && k < j + MAX_SURVIVOR_VERB; k++) {
      if (SURVIVORS_PASSIVE.contains(t[k])) {
        passive = true;
      } else if (passive && SURVIVORS_BROUGHT.contains(t[k])) {
        return k + 1;
      } else if (!CasualtyRules.HAVE.contains(t[k]) && !t[k].is("later") && !t[k].is("also") && !t[k].is("all")
          && !t[k].is("since") && !t[k].is("eventually") && !t[k].is("so") && !t[k].is("far")) {
        return -1;
      }
    }
    return -1;
  }

  /** Phrases of fleeing a place that a crime's doers flee as often as its people: "fled the area", "fled to Lagos". */
  private static final PhraseTable LEFT_THE_SCENE = PhraseTable.builder(0)
      .add(CasualtyCategory.DISPLACED, "fled the area", "fled the areas", "fled to ?", "fled into ?", "fled ,").build();

  /** People who flee a place they did harm in: "two gunmen fled the area on foot". */
  private static final TokenSet DOERS = TokenSet.of("gunmen", "gunman", "suspects", "suspect", "attackers",
      "attacker", "assailants", "assailant", "robbers", "robber", "shooters", "shooter", "men", "man", "males",
      "teens", "juveniles", "occupants", "thieves", "burglars", "bandits", "militants", "fighters", "jihadists",
      // prisoners who break out flee their jail, no home
      "inmates", "prisoners", "detainees", "convicts");

  /** The fewest people whose fleeing an area is a displacement, not leaving a crime's scene. */
  private static final long LEAST_CROWD = 10;

  /**
   * Whether the predicate at {@code k} is "fled the area" told of no people, of a crime's doers
   * ("two suspects fled the area") or of a few ("two people fled the area" after a shooting): only a
   * crowd of people at large flees it as displaced ("about 4,600 people fled the area").
   */
  static boolean leftTheScene(Token[] t, Quantity q, People p, int k, PhraseTable.Match m) {
    PhraseTable.Match fled = m.category == CasualtyCategory.DISPLACED ? LEFT_THE_SCENE.match(t, k, m.end) : null;
    if (fled == null || fled.end != m.end) {
      return false;
    }
    // "fled to ?" is a flight to a named place, of people at large: not "investors fled to bonds", "fans fled to
    // their cars", nor "lawmakers fled to Texas" to block a vote
    // "fled to a nearby school": past an article or a possessive to the word that names the place
    Token where = DETERMINERS.contains(t[m.end - 1]) && m.end < t.length ? t[m.end] : t[m.end - 1];
    boolean toPlace = !(t[k + 1].is("to") || t[k + 1].is("into"))
        || (where.capitalized || PLACE_WORDS.contains(where)) && (p == null || !FLEE_ELSE.contains(t[p.end - 1]));
    return !toPlace || p == null || DOERS.contains(t[p.end - 1]) || q.count.max().orElse(Long.MAX_VALUE) < LEAST_CROWD;
  }

  /** Articles and possessives before the place fled to. */
  private static final TokenSet DETERMINERS = TokenSet.of("a", "an", "the", "their", "his", "her", "its", "our");

  /** Words in lower case after "fled to" that name where people take refuge: "fled to nearby towns", "to safety". */
  private static final TokenSet PLACE_WORDS = TokenSet.of("nearby", "neighbouring", "neighboring", "safety", "safer",
      "camps", "camp", "shelters", "shelter", "churches", "church", "mosques", "mosque", "schools", "school", "towns",
      "town", "cities", "city", "villages", "village", "relatives", "neighbours", "neighbors", "forests", "forest",
      "hills", "mountains", "higher", "bush");

  /** People whose flight to a place is no displacement: a chamber's members, a market's investors, a crowd's fans. */
  private static final TokenSet FLEE_ELSE = TokenSet.of("lawmakers", "legislators", "senators", "deputies", "investors",
      "traders", "fans", "shoppers", "spectators", "buyers");

  /** Verbs of refugees arriving: "30,000 refugees crossed into Chad", "have arrived in Uganda". */
  private static final TokenSet ARRIVING = TokenSet.of("crossed", "arrived", "entered", "poured", "streamed", "fled");

  /**
   * "30,000 Sudanese refugees crossed into eastern Chad", "12,000 refugees have arrived in Uganda":
   * refugees counted as they arrive are the displaced, where no outcome of theirs is told and no
   * determiner refers back to them ("the 40 refugees crossed the river"). Reads the
   * verb at {@code j} after counted refugees, past a "have"; returns its end, or -1.
   */
  static int refugeesArrived(Token[] t, People p, int j, int e) {
    if (p == null || !CasualtyRules.REFUGEES.contains(t[p.end - 1])) {
      return -1;
    }
    int k = j < e && CasualtyRules.HAVE.contains(t[j]) ? j + 1 : j;
    return k < e && ARRIVING.contains(t[k]) ? k + 1 : -1;
  }
}
