package org.dateline.rules.casualty.en;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The side of an armed group a figure's people are on, read from the words of whom it counts: the state's forces
 * ("soldiers", "troops", "police officers", "security personnel", "jawans") or those who fight them or attack
 * ("militants", "terrorists", "fighters", "gunmen", "attackers"). News names one group by several words in one report
 * ("four terrorists were killed ... the four militants"), so two counts of one side may be one group told twice;
 * counts of different sides never are ("six soldiers and six militants"). Stateless and thread-safe.
 */
final class ArmedSides {
  /** The sides a group may be on. */
  enum Side { FORCES, ATTACKERS }

  private static final TokenSet FORCES = TokenSet.of("soldier", "soldiers", "troops", "troop", "police", "policeman",
      "policemen", "policewoman", "policewomen", "jawan", "jawans", "constable", "constables", "serviceman", "servicemen",
      "commando", "commandos", "gendarme", "gendarmes", "guardsmen", "paratroopers", "marines", "peacekeepers",
      "cops", "cop");
  private static final TokenSet ATTACKERS = TokenSet.of("militant", "militants", "terrorist", "terrorists", "fighter",
      "fighters", "insurgent", "insurgents", "rebel", "rebels", "attacker", "attackers", "gunman", "gunmen",
      "assailant", "assailants", "militiaman", "militiamen", "jihadist", "jihadists", "raiders", "bandits",
      "bomber", "bombers", "extremists", "extremist");
  /**
   * Heads that name the forces when a word of them stands before them ("police officers", "security personnel",
   * "army officials"), or when the group they are told with is the forces.
   */
  private static final TokenSet STAFF = TokenSet.of("officers", "officer", "officials", "official", "personnel",
      "members", "member", "guards", "guard");
  private static final Pattern NAMED_FORCES = Pattern.compile(
      "\\b(?:police|army|military|security|armed|forces|border|paramilitary|reserve|guard|troops)\\b");

  private ArmedSides() {}

  /** Returns the side the words {@code who} name, or null: "Pakistani soldiers" the forces, "civilians" none. */
  static Side side(String who) {
    String words = who.toLowerCase(Locale.ROOT);
    String head = Restated.head(words);
    if (FORCES.contains(head)) {
      return Side.FORCES;
    }
    if (ATTACKERS.contains(head)) {
      return Side.ATTACKERS;
    }
    return STAFF.contains(head) && NAMED_FORCES.matcher(words).find() ? Side.FORCES : null;
  }

  /**
   * Whether two groups may be one group named twice: both on one side, or one of the forces and the other staff
   * named by no side of their own ("six officers" after "six police officials").
   */
  static boolean sameSide(String a, String b) {
    Side sa = side(a);
    Side sb = side(b);
    if (sa != null && sa == sb) {
      return true;
    }
    return sa == Side.FORCES && sb == null && staff(b) || sb == Side.FORCES && sa == null && staff(a);
  }

  private static boolean staff(String who) {
    return STAFF.contains(Restated.head(who.toLowerCase(Locale.ROOT)));
  }
}
