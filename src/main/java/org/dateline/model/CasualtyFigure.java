package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One casualty figure as one report states it: a {@link CasualtyCount} of a {@link CasualtyCategory},
 * whom it counts, who claims it, and the words it comes from.
 *
 * <p>"At least six people died, police said" is {@code killed [6..+inf)}, who {@code people},
 * claimed by {@code police}.
 *
 * <p>A report that tells one figure twice ("Bus crash kills 15" over "Fifteen passengers died when
 * ...") gives it once, in the words of its first telling (of the story, where a headline rounds it:
 * "Floods leave dozens dead" over "killed at least 37"); {@link #restatedAt} keeps the words of the
 * others, so that every sentence a figure rests on can be shown.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}.
 */
public final class CasualtyFigure {
  private final CasualtyCategory category;
  private final CasualtyCount count;
  private final TextSpan span;
  private final String who;
  private final String claimedBy;
  private final FigureRole role;
  private final String rule;
  private final ImmutableList<TextSpan> restatedAt;

  private CasualtyFigure(Builder b) {
    this.category = b.category;
    this.count = b.count;
    this.span = b.span;
    this.who = b.who;
    this.claimedBy = b.claimedBy;
    this.role = b.role;
    this.rule = b.rule;
    this.restatedAt = ImmutableList.sortedCopyOf(Comparator.comparingInt(TextSpan::begin)
        .thenComparingInt(TextSpan::end), b.restatedAt);
  }

  /**
   * Returns a builder for a figure.
   *
   * @param category what happened to the people counted, not null
   * @param count how many, as stated, not null
   * @param span the words the figure comes from, not null
   * @return a builder whose optional fields are unset, role {@link FigureRole#TOTAL}
   */
  public static Builder builder(CasualtyCategory category, CasualtyCount count, TextSpan span) {
    return new Builder(category, count, span);
  }

  /** Returns a builder holding this figure's fields. */
  public Builder toBuilder() {
    Builder b = new Builder(category, count, span);
    b.who = who;
    b.claimedBy = claimedBy;
    b.role = role;
    b.rule = rule;
    b.restatedAt.addAll(restatedAt);
    return b;
  }

  /** Returns what happened to the people counted. */
  public CasualtyCategory category() {
    return category;
  }

  /** Returns how many, as the report states it. */
  public CasualtyCount count() {
    return count;
  }

  /** Returns the words the figure comes from. */
  public TextSpan span() {
    return span;
  }

  /** Returns whom the figure counts ("civilians", "children", "people"), if the text says. */
  public Optional<String> who() {
    return Optional.ofNullable(who);
  }

  /** Returns who claims the figure ("police", "the governor"), if the text says. */
  public Optional<String> claimedBy() {
    return Optional.ofNullable(claimedBy);
  }

  /** Returns the part the figure plays: a total, an update, a subtotal or a running total. */
  public FigureRole role() {
    return role;
  }

  /** Returns the name of the rule that produced the figure, for explanations; empty text if built by hand. */
  public String rule() {
    return rule;
  }

  /**
   * Returns the other words in which the report tells this same figure again, in text order: the
   * "Fifteen passengers died" of "Bus crash kills 15. Fifteen passengers died when ...", or a
   * headline that rounds it ("Clashes leave dozens dead" over "the clashes killed at least 37").
   * Empty when the report tells it once.
   */
  public List<TextSpan> restatedAt() {
    return restatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CasualtyFigure f && f.category == category && f.count.equals(count)
        && f.span.equals(span) && Objects.equals(f.who, who) && Objects.equals(f.claimedBy, claimedBy)
        && f.role == role && f.rule.equals(rule) && f.restatedAt.equals(restatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, count, span, who, claimedBy, role, rule, restatedAt);
  }

  /** Returns a short form such as {@code killed [6..+inf) people (police) @700-724}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(category.jsonName()).append(' ').append(count);
    if (who != null) {
      sb.append(' ').append(who);
    }
    if (claimedBy != null) {
      sb.append(" (").append(claimedBy).append(')');
    }
    if (role != FigureRole.TOTAL) {
      sb.append(' ').append(role.jsonName());
    }
    return sb.append(" @").append(span.begin()).append('-').append(span.end()).toString();
  }

  /** Builds a {@link CasualtyFigure}. Not thread-safe; the figures it builds are. */
  public static final class Builder {
    private final CasualtyCategory category;
    private final CasualtyCount count;
    private final TextSpan span;
    private String who;
    private String claimedBy;
    private FigureRole role = FigureRole.TOTAL;
    private String rule = "";
    private final List<TextSpan> restatedAt = new ArrayList<>();

    private Builder(CasualtyCategory category, CasualtyCount count, TextSpan span) {
      this.category = requireNonNull(category, "category");
      this.count = requireNonNull(count, "count");
      this.span = requireNonNull(span, "span");
    }

    /**
     * Sets whom the figure counts.
     *
     * @param who such as {@code civilians}, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code who} is blank
     */
    public Builder who(String who) {
      this.who = nonBlank("who", who);
      return this;
    }

    /**
     * Sets who claims the figure.
     *
     * @param claimedBy such as {@code police}, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code claimedBy} is blank
     */
    public Builder claimedBy(String claimedBy) {
      this.claimedBy = nonBlank("claimedBy", claimedBy);
      return this;
    }

    /**
     * Sets the part the figure plays.
     *
     * @param role the role, not null
     * @return this builder
     */
    public Builder role(FigureRole role) {
      this.role = requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets the name of the rule that produced the figure.
     *
     * @param rule the rule's name, not null
     * @return this builder
     */
    public Builder rule(String rule) {
      this.rule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Adds words in which the report tells the figure again.
     *
     * @param span the other telling, not null; a span given twice is kept once
     * @return this builder
     * @throws IllegalArgumentException if {@code span} is the figure's own span
     */
    public Builder restatedAt(TextSpan span) {
      requireNonNull(span, "span");
      checkArgument(!span.equals(this.span), "a figure's own span is no restatement: %s", span);
      if (!restatedAt.contains(span)) {
        restatedAt.add(span);
      }
      return this;
    }

    /** Returns the figure. */
    public CasualtyFigure build() {
      return new CasualtyFigure(this);
    }

    private static String nonBlank(String name, String value) {
      requireNonNull(value, name);
      checkArgument(!value.isBlank(), "%s must not be blank", name);
      return value;
    }
  }
}
