package org.dateline.rules.casualty.en;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * A report's casualty figures read as counts of noncombatants, in English, the people that civilian-casualty
 * monitors count (the Worldwide Atrocities Dataset's "deaths", ACLED's and UCDP's civilian deaths):
 * members of security forces (soldiers, police, guards under arms), of armed groups (fighters,
 * militants) and the attackers themselves (gunmen, bombers, a killer who killed himself) are left out where
 * the report tells them apart.
 *
 * <p>Within each category, in the order of the text:
 * <ul>
 *   <li>A civilian part of a toll stands for the toll: "ten people were killed, including six
 *       civilians" counts 6 civilians.
 *   <li>Combatant parts come off the toll before them: "seven people were killed, including two
 *       soldiers" counts 5.
 *   <li>Groups counted side by side keep their noncombatants only: "four civilians and two
 *       policemen were killed" counts 4, and "30 fighters died; three civilians were also killed"
 *       counts 3.
 * </ul>
 * A toll that no part or group splits keeps its figure (a toll of "people" may count anyone), and so
 * does a report whose groups are all armed. Whom a figure counts is read from {@link CasualtyFigure#who()}:
 * "former" and "retired" soldiers and police count as civilians.
 *
 * <p>Stateless and thread-safe; {@link EnglishCasualtyExtractor#noncombatants} is its public door.
 */
final class Noncombatants {
  private static final ImmutableSet<String> ARMED = ImmutableSet.of("soldier", "soldiers", "troops", "troop",
      "police", "policeman", "policemen", "policewoman", "policewomen", "forces", "force",
      "militant", "militants", "fighter", "fighters", "insurgent", "insurgents", "rebel", "rebels", "attacker",
      "attackers", "gunman", "gunmen", "bomber", "bombers", "assailant", "assailants", "militiaman", "militiamen",
      "jihadist", "jihadists", "terrorist", "terrorists", "commando", "commandos", "serviceman", "servicemen",
      "constable", "constables", "cop", "cops", "guardsmen", "paramilitaries", "combatant", "combatants", "raiders",
      "bandits", "kidnappers", "gendarme", "gendarmes", "marines", "sailors", "airmen", "recruits", "conscripts",
      "peacekeepers", "paratroopers",
      // the attackers themselves: "shot five colleagues and later killed himself" counts five victims
      "killer", "killers", "shooter", "shooters", "perpetrator", "perpetrators", "hijacker", "hijackers");
  /**
   * Heads that count the armed only when a word before them says so: "police officers", "security personnel",
   * "a police inspector", not "customs officers", "medical personnel" or "a health inspector".
   */
  private static final ImmutableSet<String> ARMED_IF_NAMED = ImmutableSet.of("officers", "officer", "guards",
      "guard", "members", "member", "personnel", "inspector", "inspectors", "sergeant", "sergeants");
  private static final Pattern NAMED_ARMED = Pattern.compile(
      "\\b(?:police|army|military|security|intelligence|armed|forces|militia|rebel|taliban|prison|border|naval"
      + "|air force|traffic)\\b");
  /** Words that make a soldier or a police officer one no more: "a retired soldier", "a former police officer". */
  private static final Pattern NO_LONGER = Pattern.compile("\\b(?:former|retired|ex|ex-\\w+|off-duty)\\b");
  private static final ImmutableSet<String> CIVILIANS = ImmutableSet.of("civilians", "civilian", "noncombatants",
      "non-combatants");

  private Noncombatants() {}

  /**
   * Returns the figures of one report read as counts of noncombatants, as the class describes.
   *
   * @param figures one report's figures, in the order of its text, not null
   * @return the figures to reconcile, a new list
   */
  static ImmutableList<CasualtyFigure> figures(List<CasualtyFigure> figures) {
    List<CasualtyFigure> out = new ArrayList<>(figures);
    for (CasualtyFigure f : out) {
      requireNonNull(f, "figures contains null");
    }
    applyParts(out);
    return ImmutableList.copyOf(dropArmedGroups(out));
  }

  /**
   * Returns whether a figure counts members of security forces or armed groups, by the words of
   * {@link CasualtyFigure#who()}: "soldiers", "two Iraqi policemen", "security personnel", "fighters".
   *
   * @param figure the figure, not null
   * @return true if it counts the armed
   */
  static boolean countsArmed(CasualtyFigure figure) {
    return armed(who(figure));
  }

  /**
   * Returns whether the words of whom a figure counts name members of security forces or armed groups.
   *
   * @param who such as "two Iraqi policemen", in lower case; empty when the figure does not say
   */
  static boolean armed(String who) {
    String head = head(who);
    if (NO_LONGER.matcher(who).find()) {
      return false;
    }
    if (ARMED_IF_NAMED.contains(head)) {
      return NAMED_ARMED.matcher(who).find();
    }
    return ARMED.contains(head);
  }

  private static boolean countsCivilians(CasualtyFigure figure) {
    return CIVILIANS.contains(head(who(figure)));
  }

  /** Whom a figure counts, in lower case; empty when it does not say. */
  private static String who(CasualtyFigure figure) {
    return figure.who().orElse("").toLowerCase(Locale.ROOT);
  }

  /** The last word of whom a figure counts: "police officers" is officers. */
  private static String head(String who) {
    return who.substring(who.lastIndexOf(' ') + 1);
  }

  /** Civilian parts replace their whole; else armed parts told exactly come off it. */
  private static void applyParts(List<CasualtyFigure> out) {
    Map<Integer, List<Integer>> partsOf = new LinkedHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).role() == FigureRole.SUBTOTAL) {
        int w = wholeOf(out, i);
        if (w >= 0) {
          partsOf.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Integer> dropped = new HashSet<>();
    for (Map.Entry<Integer, List<Integer>> entry : partsOf.entrySet()) {
      CasualtyFigure whole = out.get(entry.getKey());
      List<Integer> civilians = new ArrayList<>();
      long armed = 0;
      for (int i : entry.getValue()) {
        CasualtyFigure part = out.get(i);
        if (countsCivilians(part)) {
          civilians.add(i);
        } else if (countsArmed(part) && part.count().qualifier() == CountQualifier.EXACT) {
          armed += part.count().value().orElse(0);
        }
      }
      if (!civilians.isEmpty()) {
        // "ten people, including six civilians": the civilians are the toll, whoever else is counted
        dropped.add(entry.getKey());
        for (int i : civilians) {
          FigureRole role = i == civilians.get(0) ? whole.role() : FigureRole.ADDITIONAL;
          out.set(i, out.get(i).toBuilder().role(role).build());
        }
      } else if (armed > 0) {
        OptionalLong rest = less(whole.count(), armed);
        if (rest.isPresent()) {
          out.set(entry.getKey(), withCount(whole, whole.count().qualifier() == CountQualifier.EXACT
              ? CasualtyCount.exactly(rest.getAsLong()) : CasualtyCount.atLeast(rest.getAsLong())));
        }
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      if (dropped.contains(i)) {
        out.remove(i);
      }
    }
  }

  /** The toll a part belongs to: the nearest figure of its category before it that states a toll or adds to one. */
  private static int wholeOf(List<CasualtyFigure> figures, int part) {
    CasualtyFigure p = figures.get(part);
    for (int j = part - 1; j >= 0; j--) {
      CasualtyFigure c = figures.get(j);
      if (c.category() == p.category() && c.role().countsInToll() && c.span().begin() <= p.span().begin()) {
        return j;
      }
    }
    return -1;
  }

  /** The whole less its part, when both are plain numbers and something is left. */
  private static OptionalLong less(CasualtyCount whole, long armed) {
    boolean plain = whole.qualifier() == CountQualifier.EXACT || whole.qualifier() == CountQualifier.AT_LEAST;
    if (!plain || whole.value().isEmpty()) {
      return OptionalLong.empty();
    }
    long rest = whole.value().getAsLong() - armed;
    return rest > 0 ? OptionalLong.of(rest) : OptionalLong.empty();
  }

  private static CasualtyFigure withCount(CasualtyFigure f, CasualtyCount count) {
    CasualtyFigure.Builder b = CasualtyFigure.builder(f.category(), count, f.span()).role(f.role()).rule(f.rule());
    f.who().ifPresent(b::who);
    f.claimedBy().ifPresent(b::claimedBy);
    return b.build();
  }

  /** Groups side by side keep their noncombatants, in each category that names one. */
  private static List<CasualtyFigure> dropArmedGroups(List<CasualtyFigure> figures) {
    Set<Integer> restated = restatedTolls(figures);
    List<CasualtyFigure> kept = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      CasualtyFigure f = figures.get(i);
      if (restated.contains(i) || isGroup(f) && countsArmed(f) && namesNoncombatants(figures, f)) {
        continue;
      }
      kept.add(f);
    }
    // A group added to a dropped toll stands as the toll itself.
    for (int i = 0; i < kept.size(); i++) {
      CasualtyFigure f = kept.get(i);
      if (f.role() == FigureRole.ADDITIONAL && !hasTollBefore(kept, i)) {
        kept.set(i, f.toBuilder().role(FigureRole.TOTAL).build());
      }
    }
    return kept;
  }

  /**
   * Tolls that a later list of groups, armed and not, restates part by part: the 12 of "Twelve people
   * died in the clash. Eleven villagers and one policeman were killed". The list tells who they were,
   * so the toll gives way to it. Only the figures are read, not the words between them, so a list of
   * another incident that happens to add up to the toll is taken for it too.
   */
  private static Set<Integer> restatedTolls(List<CasualtyFigure> figures) {
    Set<Integer> restated = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      CasualtyFigure first = figures.get(i);
      if (first.role() != FigureRole.TOTAL) {
        continue;
      }
      long sum = 0;
      boolean armed = false;
      boolean others = false;
      for (int n = i; n < figures.size(); n++) {
        CasualtyFigure g = figures.get(n);
        if (g.category() != first.category()) {
          continue;
        }
        if (n > i && g.role() != FigureRole.ADDITIONAL || g.count().qualifier() != CountQualifier.EXACT
            || g.count().value().isEmpty() || g.who().isEmpty()) {
          break;
        }
        sum += g.count().value().getAsLong();
        boolean gArmed = countsArmed(g);
        armed |= gArmed;
        others |= !gArmed;
      }
      if (!armed || !others) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        CasualtyFigure toll = figures.get(j);
        if (toll.category() == first.category() && toll.role().statesToll()
            && toll.count().value().orElse(-1) == sum && (toll.count().qualifier() == CountQualifier.EXACT
            || toll.count().qualifier() == CountQualifier.AT_LEAST)) {
          restated.add(j);
          break;
        }
      }
    }
    return restated;
  }

  private static boolean isGroup(CasualtyFigure f) {
    return f.role() == FigureRole.TOTAL || f.role() == FigureRole.ADDITIONAL;
  }

  private static boolean namesNoncombatants(List<CasualtyFigure> figures, CasualtyFigure armed) {
    for (CasualtyFigure f : figures) {
      if (f.category() == armed.category() && isGroup(f) && f.who().isPresent() && !countsArmed(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTollBefore(List<CasualtyFigure> figures, int i) {
    CasualtyFigure f = figures.get(i);
    for (int j = i - 1; j >= 0; j--) {
      CasualtyFigure c = figures.get(j);
      if (c.category() == f.category() && c.role().countsInToll()) {
        return true;
      }
    }
    return false;
  }
}
