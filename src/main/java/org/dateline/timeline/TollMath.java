package org.dateline.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.FigureRole;

/** The arithmetic behind {@link TollPolicy}: which claims stand, and the numbers each one gives. */
final class TollMath {
  private TollMath() {}

  /**
   * Returns the claims with each count of people shot ("five people were shot", "a gunman shot
   * four men") taken as injured less the dead its report gives, or if it gives none, the most dead
   * any report of the event gives: news counts the dead among the people shot, so "five people were
   * shot" and "two of them died" are injured 3, and an early "a girl was shot" is no injury once a
   * later report says she died. A count that the dead reach or exceed counts nobody injured and is
   * left out. Other claims are kept
   * as they are, in order.
   */
  static List<Claim> lessTheDead(List<Claim> claims) {
    Map<String, Long> killedByReport = new HashMap<>();
    for (Claim c : claims) {
      if (c.figure().category() == CasualtyCategory.KILLED && counts(c.figure().role())) {
        killedByReport.merge(c.reportId(), point(c), Math::max);
      }
    }
    long eventKilled = killedByReport.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      long killed = killedByReport.getOrDefault(c.reportId(), eventKilled);
      long shot = c.figure().count().value().orElse(-1);
      if (killed == 0 || shot < 0 || !countsEveryoneShot(c.figure())) {
        out.add(c);
      } else if (shot > killed) {
        CasualtyFigure f = c.figure();
        CasualtyFigure less = CasualtyFigure.builder(f.category(), CasualtyCount.exactly(shot - killed), f.span())
            .role(f.role()).rule(f.rule() + "; less the " + killed + " killed").build();
        out.add(Claim.of(c.reportId(), c.published(), withWho(less, f)));
      }
    }
    return out;
  }

  private static CasualtyFigure withWho(CasualtyFigure f, CasualtyFigure from) {
    CasualtyFigure.Builder b = f.toBuilder();
    from.who().ifPresent(b::who);
    from.claimedBy().ifPresent(b::claimedBy);
    return b.build();
  }

  /** Whether an injured figure counts everyone shot, whatever became of them: "five people were shot". */
  static boolean countsEveryoneShot(CasualtyFigure f) {
    String rule = f.rule();
    return f.category() == CasualtyCategory.INJURED && !rule.contains("fatally")
        && (rule.endsWith("<people> shot") || rule.startsWith("shot <n>"));
  }

  private static boolean counts(FigureRole role) {
    return role == FigureRole.TOTAL || role == FigureRole.UPDATE;
  }

  /** Returns the claims of {@code category} that count, in their original order. */
  static List<Claim> standing(CasualtyCategory category, List<Claim> claims, Function<String, String> sourceOfReport) {
    List<Claim> counted = new ArrayList<>();
    for (Claim c : claims) {
      FigureRole role = c.figure().role();
      if (c.figure().category() == category && (role == FigureRole.TOTAL || role == FigureRole.UPDATE)) {
        counted.add(c);
      }
    }
    Map<String, Instant> latestBySource = new HashMap<>();
    Map<String, Boolean> updatedReports = new HashMap<>();
    for (Claim c : counted) {
      latestBySource.merge(source(c, sourceOfReport), c.published(), (a, b) -> a.isAfter(b) ? a : b);
      if (c.figure().role() == FigureRole.UPDATE) {
        updatedReports.put(c.reportId(), true);
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : counted) {
      boolean superseded = c.published().isBefore(latestBySource.get(source(c, sourceOfReport)));
      boolean updated = c.figure().role() != FigureRole.UPDATE && updatedReports.containsKey(c.reportId());
      if (!superseded && !updated) {
        out.add(c);
      }
    }
    return out;
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

  /** Returns the smallest lower bound the claims state. */
  static long low(List<Claim> standing) {
    return standing.stream().mapToLong(c -> lower(c.figure().count())).min().getAsLong();
  }

  /** Returns the largest count the claims state; an open-ended claim counts as its stated number. */
  static long high(List<Claim> standing) {
    return standing.stream().mapToLong(c -> upper(c.figure().count())).max().getAsLong();
  }

  /** Returns the point estimate of the most recent claims: the largest of the latest report's. */
  static long latestPoint(List<Claim> standing) {
    Instant latest = standing.stream().map(Claim::published).max(Instant::compareTo).get();
    return standing.stream().filter(c -> c.published().equals(latest)).mapToLong(TollMath::point).max().getAsLong();
  }

  /**
   * Returns the figure most reports lead with: each report votes for its first standing claim in
   * text order (the headline's or the lead's figure, not a figure of another incident it recalls
   * further down), and ties go to the most recently published.
   */
  static long consensusPoint(List<Claim> standing) {
    Map<String, Claim> firstOfReport = new HashMap<>();
    for (Claim c : standing) {
      firstOfReport.merge(c.reportId(), c, (a, b) -> b.figure().span().begin() < a.figure().span().begin() ? b : a);
    }
    Map<Long, Integer> votes = new HashMap<>();
    Map<Long, Instant> latest = new HashMap<>();
    for (Claim c : firstOfReport.values()) {
      votes.merge(point(c), 1, Integer::sum);
      latest.merge(point(c), c.published(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return votes.keySet().stream()
        .max(Comparator.<Long>comparingInt(votes::get).thenComparing(latest::get).thenComparing(v -> v)).get();
  }

  /** Returns the single number a claim stands for: 6 for "at least 6", 7 for "more than 6", 6 for "5 to 7". */
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
      case MORE_THAN:
        return n.min();
      case FEWER_THAN:
        return n.max().getAsLong();
      default:
        return n.value().getAsLong();
    }
  }

  /** Returns the lower bound a count states: "up to 5" states none, so 0; "about 200" states 180. */
  static long lower(CasualtyCount n) {
    switch (n.qualifier()) {
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
      case AT_LEAST:
      case MORE_THAN:
      case VAGUE:
        return n.min();
      default:
        return n.max().orElse(n.min());
    }
  }
}
