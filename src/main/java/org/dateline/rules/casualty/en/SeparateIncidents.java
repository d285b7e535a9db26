package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * Figures that add up the victims of several separate crimes, which a local roundup gives beside
 * its own incident: "Five people were killed and at least 17 others wounded in separate shootings
 * across the city since Friday", "two separate shootings that left four people hurt", "Eight other
 * people were wounded across the city overnight". Such a tally is no one incident's toll, so its
 * figures are running totals ({@link org.dateline.model.FigureRole#CUMULATIVE}).
 *
 * <p>Only shootings and stabbings in the plural count as separate crimes, with a word that makes
 * them many ("separate", "multiple", "unrelated", "a rash of") or with none at all ("in shootings
 * across Chicago", "in Sunday night shootings"); "in the shootings" refers back to one rampage, and
 * a count alone ("in two shootings at the fair") may tell one spree.
 * Coordinated attacks ("two bombings killed 12", "killed 10 in three separate attacks") are
 * one event in atrocity news and stay its toll, as do "incidents" unless called separate.
 *
 * <p>Immutable and thread-safe.
 */
final class SeparateIncidents {
  /** Crimes whose plural names separate incidents. */
  private static final TokenSet CRIMES = TokenSet.of("shootings", "stabbings");
  /** Words before a plural that make its incidents many and apart. */
  private static final TokenSet MANY = TokenSet.of("separate", "multiple", "several", "unrelated", "different",
      "numerous", "other", "dozens");
  /** Words before a plural that make it one known set: "in the shootings", "his shootings". */
  private static final TokenSet DEFINITE = TokenSet.of("the", "these", "those", "this", "that", "his", "her",
      "their", "its", "both");
  /** Nouns of a series: "a rash of shootings", "a spate of stabbings". */
  private static final TokenSet SERIES = TokenSet.of("rash", "spate", "string", "series", "wave", "flurry");
  /** Words that end the stretch of a sentence a figure's prepositional phrase may reach. */
  private static final TokenSet STOPS = TokenSet.of(";", ":", "after", "before", "when", "while", "as", "but",
      "because", "although", "though", "whereas", "where", "which");
  /** How many tokens after a figure the place of its incidents may stand. */
  private static final int AFTER_WINDOW = 30;
  /** How many tokens before a plural its words that make it many may stand. */
  private static final int MODIFIERS = 4;

  /** Nouns of a count of crimes that is a count of the dead: "150 homicides". */
  static final TokenSet CRIME_TALLIES = TokenSet.of("homicides", "murders");

  private SeparateIncidents() {}

  /**
   * Whether a figure counts homicides, a tally of other crimes that leaves a person the report
   * tells killed ("64 homicides this year ... killing the boy") one of this incident's dead.
   */
  static boolean crimeTally(CasualtyFigure f) {
    String text = f.span().text();
    int space = text.lastIndexOf(' ');
    return f.role() == FigureRole.CUMULATIVE && space > 0 && CRIME_TALLIES.contains(text.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the figure counts the victims of separate crimes: separate incidents where its clause
   * places it ("wounded in separate shootings", "in 6 separate shootings", "across the city") or as
   * the clause's subject before it ("two shootings left five injured").
   */
  static boolean tallies(Token[] t, int s, int e, Candidate c) {
    if (c.spanEnd > c.numberEnd && CRIME_TALLIES.contains(t[c.spanEnd - 1])) {
      return true; // "the city has had 150 homicides": a tally of crimes, each with its own toll
    }
    int end = Math.min(e, c.spanEnd + AFTER_WINDOW);
    // "taken to hospitals across the city" tells where the hurt were taken, not where incidents were
    for (int i = c.spanEnd; i < end && !STOPS.contains(t[i]); i++) {
      if ((t[i].is("in") || t[i].is("during")) && manyCrimesAfter(t, i + 1, end)
          || t[i].is("citywide") || t[i].is("across") && i + 2 < e && t[i + 1].is("the")
          && (t[i + 2].is("city") || t[i + 2].is("town")) && !t[i - 1].is("hospitals")) {
        return true;
      }
    }
    for (int i = Math.min(c.spanBegin, c.numberBegin) - 1; i >= s && !STOPS.contains(t[i]); i--) {
      if (CRIMES.contains(t[i]) && many(t, s, i, true)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a plural crime stands within a few words from {@code from}, with nothing that makes it one set. */
  private static boolean manyCrimesAfter(Token[] t, int from, int end) {
    for (int i = from; i < Math.min(end, from + MODIFIERS + 1); i++) {
      if (CRIMES.contains(t[i])) {
        return many(t, from, i, false);
      }
      if (t[i].isPunct()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the words before the crime noun at {@code noun} (from {@code from}) make its incidents
   * many: a number of two or more, "separate" and the like, "a rash of"; or, unless a marker is
   * required, no determiner at all (a bare plural).
   */
  private static boolean many(Token[] t, int from, int noun, boolean required) {
    boolean definite = false;
    for (int i = noun - 1; i >= Math.max(from, noun - MODIFIERS); i--) {
      if (MANY.contains(t[i]) || required && t[i].is("of") && i > 0 && SERIES.contains(t[i - 1])) {
        return true;
      }
      if (t[i].isPunct() || t[i].is("in") || t[i].is("during")) {
        break;
      }
      // a count alone may tell one spree ("eight died in three shootings in the town")
      definite |= DEFINITE.contains(t[i]) || t[i].is("a") || t[i].is("an") || t[i].isNumber()
          || NumberWords.isNumberWord(t[i].lower);
    }
    return !required && !definite;
  }
}
