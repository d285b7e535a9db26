package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;

/**
 * People found with gunshot wounds are people shot: "police found four people with gunshot
 * wounds", "all three suffered gunshot wounds" say how they were hit, not that they lived, so the
 * dead the report gives are among them, as among "four people were shot". Such a figure keeps its
 * count and is named as a count of people shot ({@code ", as <people> shot"}), which a toll reads
 * less the report's dead. A wound said to be slight ("non-life-threatening", "minor", "graze") or
 * people counted besides those told before ("two others", "seven more", "in addition to the dead")
 * are the living only and keep their name.
 *
 * <p>Immutable and thread-safe.
 */
final class GunshotWounds {
  /** The suffix that names a count of everyone shot, whom a toll reads less the dead. */
  static final String AS_SHOT = ", as <people> shot";
  /** The suffix for one person found with a gunshot wound. */
  static final String AS_PERSON_SHOT = ", as <the person> shot";
  /** How many tokens after a figure a word saying the wound was slight may stand. */
  private static final int SLIGHT_WINDOW = 3;
  private static final TokenSet GUNSHOT = TokenSet.of("gunshot", "gunshots", "bullet");
  private static final TokenSet SLIGHT = TokenSet.of("minor", "graze", "grazed", "superficial", "nonfatal",
      "non-fatal", "non-life-threatening", "non-critical", "survivable");
  /** Words that count people besides the dead told before: "seven more", "in addition to the dead". */
  private static final TokenSet BESIDES = TokenSet.of("other", "others", "more", "additional", "addition",
      "another", "also", "besides");
  /** How many tokens before a figure a word of {@link #BESIDES} may stand. */
  private static final int BESIDES_WINDOW = 8;

  private GunshotWounds() {}

  /** Returns the candidate named as a count of people shot if it counts people found with gunshot wounds, else it. */
  static Candidate mark(Token[] t, int s, int e, Candidate c) {
    boolean counted = c.rule.equals("<n> <people> <predicate>") || c.rule.equals("<n> <people> and <n> <people> <predicate>");
    boolean single = c.rule.equals("<the person> <hurt>");
    if (c.category != CasualtyCategory.INJURED || !(counted || single) || !gunshot(t, c, e)
        || besides(t, s, c)) {
      return c;
    }
    return new Candidate(c.category, c.count, c.numberBegin, c.numberEnd, c.spanBegin, c.spanEnd, c.who, c.role,
        c.rule + (single ? AS_PERSON_SHOT : AS_SHOT));
  }

  /** Whether the candidate counts people besides the dead told before: "two others", "seven more". */
  static boolean besides(Token[] t, int s, Candidate c) {
    for (int k = Math.max(s, c.spanBegin - BESIDES_WINDOW); k < c.spanEnd; k++) {
      if (BESIDES.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean gunshot(Token[] t, Candidate c, int e) {
    boolean gunshot = false;
    for (int k = c.spanBegin; k < Math.min(e, c.spanEnd + SLIGHT_WINDOW); k++) {
      if (SLIGHT.contains(t[k]) || t[k].lower.startsWith("non")) {
        return false;
      }
      gunshot |= k < c.spanEnd && GUNSHOT.contains(t[k]);
    }
    return gunshot;
  }
}
