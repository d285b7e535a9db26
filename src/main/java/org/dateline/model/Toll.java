package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * An event's reconciled toll in one category, UCDP style: a {@code low}, {@code best} and
 * {@code high} estimate, with every claim it was drawn from so a user can see why.
 *
 * <p>Immutable and thread-safe.
 */
public final class Toll {
  private final CasualtyCategory category;
  private final long low;
  private final long best;
  private final long high;
  private final ImmutableList<Claim> claims;

  private Toll(CasualtyCategory category, long low, long best, long high, ImmutableList<Claim> claims) {
    this.category = category;
    this.low = low;
    this.best = best;
    this.high = high;
    this.claims = claims;
  }

  /**
   * Returns a toll.
   *
   * @param category the category, not null
   * @param low the low estimate, not negative
   * @param best the best estimate, {@code low <= best <= high}
   * @param high the high estimate
   * @param claims the claims it was drawn from, not null, no null elements
   * @return the toll
   * @throws IllegalArgumentException if the estimates are negative or out of order, or a claim is of another category
   */
  public static Toll of(CasualtyCategory category, long low, long best, long high, List<Claim> claims) {
    requireNonNull(category, "category");
    checkArgument(0 <= low && low <= best && best <= high,
        "estimates must satisfy 0 <= low <= best <= high: low=%s, best=%s, high=%s", low, best, high);
    ImmutableList<Claim> copy = ImmutableList.copyOf(claims);
    for (Claim c : copy) {
      checkArgument(c.figure().category() == category, "claim %s is not of category %s", c, category.jsonName());
    }
    return new Toll(category, low, best, high, copy);
  }

  /** Returns the category. */
  public CasualtyCategory category() {
    return category;
  }

  /** Returns the low estimate. */
  public long low() {
    return low;
  }

  /** Returns the best estimate. */
  public long best() {
    return best;
  }

  /** Returns the high estimate. */
  public long high() {
    return high;
  }

  /** Returns the claims the estimates were drawn from, in the order they were added. */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Toll t && t.category == category && t.low == low && t.best == best && t.high == high
        && t.claims.equals(claims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, low, best, high, claims);
  }

  /** Returns a short form such as {@code killed 6/6/7 (3 claims)}. */
  @Override
  public String toString() {
    return category.jsonName() + " " + low + "/" + best + "/" + high + " (" + claims.size() + " claims)";
  }
}
