package org.dateline.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.FigureRole;

/**
 * The arithmetic behind {@link TollPolicy}: which claims stand, how one report's figures add up,
 * and the numbers each sum gives.
 *
 * <p>A report's figures of one category form runs: a total or update starts a run and each
 * {@link FigureRole#ADDITIONAL} figure after it adds to it ("nine men and four women" is one run of
 * 13). A run is what the report says the toll is; tolls are computed over runs, not single claims.
 */
final class TollMath {
  private TollMath() {}

  /**
   * Returns the claims with each count of people shot ("five people were shot", "a gunman shot
   * four men") taken as injured less the dead its report gives, or if it gives none, the most dead
   * any report of the event gives: news counts the dead among the people shot, so "five people were
   * shot" and "two of them died" are injured 3, and an early "a girl was shot" is no injury once a
   * later report says she died. A count that the dead reach or exceed counts nobody injured and is
   * left out. Other claims are kept as they are, in order.
   */
  static List<Claim> lessTheDead(List<Claim> claims) {
    List<Claim> killedClaims = new ArrayList<>();
    for (Claim c : claims) {
      if (c.figure().category() == CasualtyCategory.KILLED && c.figure().role().countsInToll()) {
        killedClaims.add(c);
      }
    }
    Map<String, Long> killedByReport = new HashMap<>();
    for (List<Claim> run : runs(killedClaims)) {
      killedByReport.merge(run.get(0).reportId(), pointOfRun(run), Math::max);
    }
    long eventKilled = killedByReport.isEmpty() ? 0 : Collections.max(killedByReport.values());
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      long killed = killedByReport.getOrDefault(c.reportId(), eventKilled);
      long shot = c.figure().count().value().orElse(-1);
      if (killed == 0 || shot < 0 || !countsEveryoneShot(c.figure())) {
        out.add(c);
      } else if (shot > killed) {
        CasualtyFigure f = c.figure();
        CasualtyFigure.Builder less = CasualtyFigure.builder(f.category(), CasualtyCount.exactly(shot - killed),
            f.span()).role(f.role()).rule(f.rule() + "; less the " + killed + " killed");
        f.who().ifPresent(less::who);
        f.claimedBy().ifPresent(less::claimedBy);
        f.restatedAt().forEach(less::restatedAt);
        out.add(Claim.of(c.reportId(), c.published(), less.build()));
      }
    }
    return out;
  }

  /**
   * Returns the claims without the injured or hospitalized figures that a later report shows to
   * have died: a report published later whose lead count of the dead exceeds the earlier one's by
   * as many as the earlier one counted injured (or in hospital), and that counts nobody injured or
   * in hospital itself ("a man was taken to a hospital", then "the man has died"), tells the same
   * people dead, not more people. A later report that counts many more dead than the earlier one
   * counted dead and hurt together tells another toll (a city's year, another incident) and keeps
   * the earlier figure. A later report that counts the injured beside its dead ("one
   * killed, one wounded") keeps the earlier figure. Other claims are kept as they are, in order.
   */
  static List<Claim> lessTheLaterDead(List<Claim> claims) {
    Map<String, Long> killedByReport = new HashMap<>();
    Map<String, Instant> publishedOfReport = new HashMap<>();
    Set<String> injuredReports = new HashSet<>();
    for (Claim c : claims) {
      publishedOfReport.put(c.reportId(), c.published());
      if (hurt(c.figure().category()) && c.figure().role().countsInToll()) {
        injuredReports.add(c.reportId());
      }
    }
    List<Claim> killedClaims = new ArrayList<>();
    for (Claim c : claims) {
      if (c.figure().category() == CasualtyCategory.KILLED && c.figure().role().countsInToll()) {
        killedClaims.add(c);
      }
    }
    Map<String, List<Claim>> leadRun = new HashMap<>();
    for (List<Claim> run : runs(killedClaims)) {
      leadRun.merge(run.get(0).reportId(), run,
          (x, y) -> y.get(0).figure().span().begin() < x.get(0).figure().span().begin() ? y : x);
    }
    leadRun.forEach((report, run) -> killedByReport.put(report, pointOfRun(run)));
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (!hurt(c.figure().category()) || !diedLater(c, killedByReport, publishedOfReport,
          injuredReports)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hurt(CasualtyCategory category) {
    return category == CasualtyCategory.INJURED || category == CasualtyCategory.HOSPITALIZED;
  }

  private static boolean diedLater(Claim c, Map<String, Long> killedByReport, Map<String, Instant> publishedOfReport,
      Set<String> injuredReports) {
    long injured = point(c);
    long killedBefore = killedByReport.getOrDefault(c.reportId(), 0L);
    if (injured <= 0) {
      return false;
    }
    for (Map.Entry<String, Long> k : killedByReport.entrySet()) {
      long more = k.getValue() - killedBefore;
      if (!injuredReports.contains(k.getKey()) && more == injured
          && publishedOfReport.get(k.getKey()).isAfter(c.published())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an injured figure counts everyone shot or stabbed, whatever became of them: "five
   * people were shot", "the boy was shot", "a neighbor shot the clerk", "Teen shot in foot", "the
   * bullet struck his brother", "a man stabbed three people" (not "was wounded", which says the person lived).
   */
  static boolean countsEveryoneShot(CasualtyFigure f) {
    String rule = f.rule();
    return f.category() == CasualtyCategory.INJURED && !rule.contains("fatally")
        && (rule.endsWith("<people> shot") || rule.startsWith("shot <n>") || rule.endsWith("<the person> shot")
            || rule.endsWith("<people> stabbed") || rule.startsWith("stabbed <n>")
            || rule.startsWith("<shot> ") || rule.startsWith("<bullet> "));
  }

  /**
   * Returns the claims of {@code category} that count, in their original order. Besides the rules
   * of {@link TollPolicy}, a vague word ("dozens") counts only in a report that states no number
   * for the category: "killed dozens ... at least 22 died" is a toll of 22.
   */
  static List<Claim> standing(CasualtyCategory category, List<Claim> claims, Function<String, String> sourceOfReport) {
    List<Claim> counted = new ArrayList<>();
    for (Claim c : claims) {
      FigureRole role = c.figure().role();
      if (c.figure().category() == category && role.countsInToll()) {
        counted.add(c);
      }
    }
    Map<String, Instant> latestBySource = new HashMap<>();
    Set<String> updatedReports = new HashSet<>();
    Set<String> numberedReports = new HashSet<>();
    for (Claim c : counted) {
      latestBySource.merge(source(c, sourceOfReport), c.published(), (a, b) -> a.isAfter(b) ? a : b);
      if (c.figure().role() == FigureRole.UPDATE) {
        updatedReports.add(c.reportId());
      }
      if (c.figure().count().word().isEmpty()) {
        numberedReports.add(c.reportId());
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : counted) {
      boolean superseded = c.published().isBefore(latestBySource.get(source(c, sourceOfReport)));
      boolean updated = c.figure().role() != FigureRole.UPDATE && updatedReports.contains(c.reportId());
      boolean vague = c.figure().count().word().isPresent() && numberedReports.contains(c.reportId());
      if (!superseded && !updated && !vague) {
        out.add(c);
      }
    }
    return withoutNoOneElse(out);
  }

  /**
   * Drops a zero a report states beside its own count of the same category: "five were wounded;
   * nobody was hurt inside" says no one besides them, not that no one was hurt. An additional zero
   * ("no one else was hurt") goes in any report: it adds nobody, and alone it tells no toll.
   */
  private static List<Claim> withoutNoOneElse(List<Claim> standing) {
    Set<String> counting = new HashSet<>();
    for (Claim c : standing) {
      if (!c.figure().count().isZero()) {
        counting.add(c.reportId());
      }
    }
    List<Claim> out = new ArrayList<>(standing.size());
    for (Claim c : standing) {
      boolean zero = c.figure().count().isZero();
      if (!zero || !counting.contains(c.reportId()) && c.figure().role() != FigureRole.ADDITIONAL) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Groups standing claims into runs: an additional figure joins the last run of its report, any
   * other figure starts a run. The claims keep their order.
   */
  static List<List<Claim>> runs(List<Claim> standing) {
    List<List<Claim>> runs = new ArrayList<>();
    Map<String, List<Claim>> lastRunOfReport = new HashMap<>();
    for (Claim c : standing) {
      List<Claim> last = lastRunOfReport.get(c.reportId());
      if (c.figure().role() == FigureRole.ADDITIONAL && last != null) {
        last.add(c);
      } else {
        List<Claim> run = new ArrayList<>();
        run.add(c);
        runs.add(run);
        lastRunOfReport.put(c.reportId(), run);
      }
    }
    return runs;
  }

  private static String source(Claim c, Function<String, String> sourceOfReport) {
    return c.figure().claimedBy()
        .map(s -> "claimant:" + normalize(s))
        .orElseGet(() -> "report:" + sourceOfReport.apply(c.reportId()));
  }

  /** Normalizes a claimant's name so that "Police" and "the police" are one source. */
  static String normalize(String name) {
    String s = name.toLowerCase(Locale.ROOT).trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** Returns the smallest lower bound the runs state. */
  static long low(List<List<Claim>> runs) {
    long low = Long.MAX_VALUE;
    for (List<Claim> r : runs) {
      low = Math.min(low, sum(r, c -> lower(c.figure().count())));
    }
    return low;
  }

  /** Returns the largest count the runs state; an open-ended claim counts as its stated number. */
  static long high(List<List<Claim>> runs) {
    long high = Long.MIN_VALUE;
    for (List<Claim> r : runs) {
      high = Math.max(high, sum(r, c -> upper(c.figure().count())));
    }
    return high;
  }

  /** Returns the point estimate of the most recent runs: the largest of the latest report's. */
  static long latestPoint(List<List<Claim>> runs) {
    Instant latest = Instant.MIN;
    for (List<Claim> r : runs) {
      latest = r.get(0).published().isAfter(latest) ? r.get(0).published() : latest;
    }
    long point = Long.MIN_VALUE;
    for (List<Claim> r : runs) {
      if (r.get(0).published().equals(latest)) {
        point = Math.max(point, pointOfRun(r));
      }
    }
    return point;
  }

  /**
   * Returns the run most reports lead with: each report votes for its first standing run in text
   * order (the headline's or the lead's figure, not a figure of another incident it recalls further
   * down), and ties go to the larger count. A report's open figure also votes for the
   * others' figures it allows: "more than 200 injured" supports another report's 214.
   */
  static long consensusPoint(List<List<Claim>> runs) {
    Map<String, List<Claim>> firstOfReport = new HashMap<>();
    for (List<Claim> r : runs) {
      firstOfReport.merge(r.get(0).reportId(), r,
          (x, y) -> y.get(0).figure().span().begin() < x.get(0).figure().span().begin() ? y : x);
    }
    Map<Long, Integer> votes = new HashMap<>();
    for (List<Claim> r : firstOfReport.values()) {
      votes.merge(pointOfRun(r), 1, Integer::sum);
    }
    for (List<Claim> r : firstOfReport.values()) {
      if (r.size() != 1) {
        continue; // a sum of figures allows only itself
      }
      for (Map.Entry<Long, Integer> v : votes.entrySet()) {
        if (allowsAbove(r.get(0), v.getKey())) {
          v.setValue(v.getValue() + 1);
        }
      }
    }
    return votes.keySet().stream()
        .max(Comparator.<Long>comparingInt(votes::get).thenComparing(v -> v)).get();
  }

  /** Whether a claim open above ("at least 200", "more than 200") allows a larger count {@code n}. */
  private static boolean allowsAbove(Claim c, long n) {
    CasualtyCount count = c.figure().count();
    return !count.range().hasUpperBound() && n > point(c) && count.range().contains(n);
  }

  /** Returns the single number a run stands for: the sum of its claims' points. */
  static long pointOfRun(List<Claim> run) {
    return sum(run, TollMath::point);
  }

  private static long sum(List<Claim> run, java.util.function.ToLongFunction<Claim> f) {
    long total = 0;
    for (Claim c : run) {
      total = Math.min(CasualtyCount.MAX_COUNT, total + f.applyAsLong(c));
    }
    return total;
  }

  /**
   * Returns the single number a claim stands for: 6 for "at least 6", 6 for "more than 6" (casualty
   * datasets code a toll by the number stated; the open bound stays in the claim), 6 for "5 to 7".
   */
  static long point(Claim c) {
    CasualtyCount n = c.figure().count();
    switch (n.qualifier()) {
      case RANGE:
        return (n.min() + n.max().getAsLong()) / 2;
      case VAGUE:
        return n.min();
      default:
        return n.value().isPresent() ? pointOfStated(n) : n.min();
    }
  }

  private static long pointOfStated(CasualtyCount n) {
    switch (n.qualifier()) {
      case FEWER_THAN:
        return n.max().getAsLong();
      default:
        return n.value().getAsLong();
    }
  }

  /**
   * Returns the lower bound a count states: "up to 5" states none, so 0; "about 200" states 180;
   * "more than 6" is counted as its stated 6, as in {@link #point}.
   */
  static long lower(CasualtyCount n) {
    switch (n.qualifier()) {
      case MORE_THAN:
        return n.value().orElse(n.min());
      case AT_MOST:
      case FEWER_THAN:
        return 0;
      default:
        return n.min();
    }
  }

  /** Returns the upper bound a count states, or its stated number when it has none. */
  static long upper(CasualtyCount n) {
    switch (n.qualifier()) {
      case MORE_THAN:
        return n.value().orElse(n.min());
      case AT_LEAST:
      case VAGUE:
        return n.min();
      default:
        return n.max().orElse(n.min());
    }
  }
}
