package org.dateline.timeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Toll;

/**
 * How an event's casualty claims of one category become its {@link Toll}: which claims count,
 * and how the {@code best} estimate is chosen among them.
 *
 * <p>Every policy first applies the same rules to decide which claims count:
 * <ol>
 *   <li>Subtotals ("including two children") and running totals ("105 so far this season") are
 *       kept as claims but never counted as the incident's toll.
 *   <li>A later figure from the same source supersedes its earlier ones. The source is the
 *       claimant where the text names one ("police"), else the report's outlet, else the report.
 *   <li>Within one report, an update ("the toll rose to 12") supersedes its other figures of the
 *       category ("after a wounded man died" is part of the update, not the toll).
 *   <li>People counted as shot ("five people were shot") are injured less the dead the same
 *       report gives: such counts include the dead.
 *   <li>Injured whom a later report counts among the dead are injured no more: a report published
 *       later whose lead count of the dead exceeds the earlier report's by exactly its injured, and
 *       that counts nobody injured ("the man has died"), supersedes the earlier injured figure ("a man
 *       was critically wounded"); so too for people counted in hospital. A later report that leads
 *       with more dead than that tells another toll (a city's month) and supersedes nothing.
 * </ol>
 * Within one report, an additional figure ("nine men <b>and four women</b> were killed", "two more
 * died") is added to the figure before it; the sum is one statement of the toll (a run). Each
 * remaining run allows a set of counts: "at least 6" allows 6 or more, so it raises the
 * {@code low} to 6 rather than to zero. Then {@code low} is the smallest count the remaining runs
 * state as a lower bound, {@code high} the largest they state (an open-ended claim counts as its
 * stated number), and {@code best} is chosen by the policy, clamped to {@code [low, high]}.
 */
public enum TollPolicy {
  /** The best estimate is the most recently published figure (the largest, if that report gives several). */
  LATEST,
  /**
   * The best estimate is the figure most reports lead with (each report's first standing figure in
   * its text), the larger on ties: a report's lead names its incident's toll, while a larger figure
   * further down often counts another incident or a running total; and of two reports that lead
   * with different counts, the smaller one most often tells part of the story (a follow-up on one
   * victim, a count made before the last victims were found). A revision downwards is an update,
   * which supersedes its report's other figures before any vote.
   */
  CONSENSUS,
  /** The best estimate is the lowest figure still standing: the most conservative reading. */
  LOWEST,
  /** The best estimate is the highest figure still standing. */
  HIGHEST;

  /**
   * Reconciles the claims of one category, each report being its own source unless a claimant is named.
   *
   * @param category the category, not null
   * @param claims the claims about one event, of any category, not null; others are ignored
   * @return the toll, or empty if no claim of that category counts
   */
  public Optional<Toll> reconcile(CasualtyCategory category, List<Claim> claims) {
    return reconcile(category, claims, Function.identity());
  }

  /**
   * Reconciles the claims of one category, with the source of each report known.
   *
   * @param category the category, not null
   * @param claims the claims about one event, of any category, not null; others are ignored
   * @param sourceOfReport maps a report id to its source's name (the outlet), or to the id itself if unknown
   * @return the toll, or empty if no claim of that category counts
   */
  Optional<Toll> reconcile(CasualtyCategory category, List<Claim> claims, Function<String, String> sourceOfReport) {
    requireNonNull(category, "category");
    requireNonNull(claims, "claims");
    List<Claim> counted = switch (category) {
      case INJURED -> TollMath.lessTheLaterDead(TollMath.lessTheDead(claims));
      case HOSPITALIZED -> TollMath.lessTheLaterDead(claims);
      default -> claims;
    };
    List<Claim> standing = TollMath.standing(category, counted, sourceOfReport);
    if (standing.isEmpty()) {
      return Optional.empty();
    }
    List<List<Claim>> runs = TollMath.runs(standing);
    long low = TollMath.low(runs);
    long high = Math.max(low, TollMath.high(runs));
    long best = Math.min(high, Math.max(low, best(runs)));
    return Optional.of(Toll.of(category, low, best, high, standing));
  }

  /**
   * Reconciles every category the claims cover.
   *
   * @param claims the claims about one event, not null
   * @param sourceOfReport maps a report id to its source's name
   * @return the tolls by category, in category order
   */
  Map<CasualtyCategory, Toll> reconcileAll(List<Claim> claims, Function<String, String> sourceOfReport) {
    Map<CasualtyCategory, Toll> out = new java.util.EnumMap<>(CasualtyCategory.class);
    for (CasualtyCategory c : CasualtyCategory.values()) {
      reconcile(c, claims, sourceOfReport).ifPresent(t -> out.put(c, t));
    }
    return out;
  }

  private long best(List<List<Claim>> runs) {
    switch (this) {
      case LOWEST:
        return runs.stream().mapToLong(TollMath::pointOfRun).min().getAsLong();
      case HIGHEST:
        return runs.stream().mapToLong(TollMath::pointOfRun).max().getAsLong();
      case CONSENSUS:
        return TollMath.consensusPoint(runs);
      default:
        return TollMath.latestPoint(runs);
    }
  }
}
