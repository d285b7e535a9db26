package org.dateline.rules.casualty.en;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The armed group a figure's people belong to, read from the words of whom it counts: an army ("soldiers",
 * "troops"), a police force ("policemen", "constables"), the state's forces without saying which ("security
 * personnel", "jawans"), those who attack them ("militants", "terrorists", "insurgents", "gunmen"), or bandits. News
 * names one group by several words in one report ("four terrorists were killed ... the four militants"), so two
 * counts of one group may be one group told twice; counts of different groups never are ("two soldiers ... two
 * policemen", "four rebels ... four bandits"). Stateless and thread-safe.
 */
final class ArmedSides {
  /** The groups a count may name. */
  enum Side { ARMY, POLICE, FORCES, ASSAILANTS, BANDITS }

  private static final TokenSet ARMY = TokenSet.of("soldier", "soldiers", "troops", "troop", "serviceman",
      "servicemen", "commando", "commandos", "guardsmen", "paratroopers", "marines", "peacekeepers");
  private static final TokenSet POLICE = TokenSet.of("police", "policeman", "policemen", "policewoman", "policewomen",
      "constable", "constables", "gendarme", "gendarmes", "cops", "cop");
  private static final TokenSet FORCES = TokenSet.of("jawan", "jawans");
  private static final TokenSet ASSAILANTS = TokenSet.of("militant", "militants", "terrorist", "terrorists", "fighter",
      "fighters", "insurgent", "insurgents", "rebel", "rebels", "attacker", "attackers", "gunman", "gunmen",
      "assailant", "assailants", "jihadist", "jihadists", "raiders", "bomber", "bombers", "extremists", "extremist");
  private static final TokenSet BANDITS = TokenSet.of("bandit", "bandits");
  /** Words before "fighters" that make them no armed men: "fire fighters", "freedom fighters" stay armed. */
  private static final Pattern UNARMED_FIGHTERS = Pattern.compile("\\b(?:fire|bush|prize|street|cage)\\s+fighters?$");
  /**
   * Heads that name a group of the state when a word of it stands before them ("police officers", "security
   * personnel", "army officials"), or when the group they are told with is of the state.
   */
  private static final TokenSet STAFF = TokenSet.of("officers", "officer", "officials", "official", "personnel",
      "members", "member", "guards", "guard");
  private static final Pattern NAMED_POLICE = Pattern.compile("\\b(?:police|constabulary)\\b");
  private static final Pattern NAMED_ARMY = Pattern.compile("\\b(?:army|military|troops|marine|naval|navy|air force)\\b");
  private static final Pattern NAMED_FORCES = Pattern.compile(
      "\\b(?:security|armed|forces|border|paramilitary|reserve|guard)\\b");

  private ArmedSides() {}

  /** Returns the group the words {@code who} name, or null: "Pakistani soldiers" an army, "civilians" none. */
  static Side side(String who) {
    String words = who.toLowerCase(Locale.ROOT);
    String head = Restated.head(words);
    if (ARMY.contains(head)) {
      return Side.ARMY;
    }
    if (POLICE.contains(head)) {
      return Side.POLICE;
    }
    if (FORCES.contains(head)) {
      return Side.FORCES;
    }
    if (ASSAILANTS.contains(head)) {
      return UNARMED_FIGHTERS.matcher(words).find() ? null : Side.ASSAILANTS;
    }
    if (BANDITS.contains(head)) {
      return Side.BANDITS;
    }
    if (!STAFF.contains(head)) {
      return null;
    }
    return NAMED_POLICE.matcher(words).find() ? Side.POLICE : NAMED_ARMY.matcher(words).find() ? Side.ARMY
        : NAMED_FORCES.matcher(words).find() ? Side.FORCES : null;
  }

  /**
   * Whether two groups may be one group named twice: both of one group, one of the state's forces without saying
   * which and the other of an army or a police force, or one of the state's and the other staff named by no group of
   * their own ("six officers" after "six police officials").
   */
  static boolean sameSide(String a, String b) {
    Side sa = side(a);
    Side sb = side(b);
    if (sa != null && sb != null) {
      return sa == sb || ofState(sa) && ofState(sb) && (sa == Side.FORCES || sb == Side.FORCES);
    }
    return ofState(sa) && sb == null && staff(b) || ofState(sb) && sa == null && staff(a);
  }

  /** Whether a group is of the state: an army, a police force, or forces not said which. */
  static boolean ofState(Side s) {
    return s == Side.ARMY || s == Side.POLICE || s == Side.FORCES;
  }

  private static boolean staff(String who) {
    return STAFF.contains(Restated.head(who.toLowerCase(Locale.ROOT)));
  }
}
