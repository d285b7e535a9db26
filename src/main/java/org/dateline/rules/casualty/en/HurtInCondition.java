package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * "Fourteen people were wounded. Two are in critical condition.": people told in a condition after
 * the hurt were counted are a part of them, a subtotal, not a second total. Only a whole larger
 * than the part takes it: after "a man was shot", "three people are in stable condition" are
 * others, and a figure that is a running total or a rate is no whole of this incident.
 *
 * <p>Immutable and thread-safe.
 */
final class HurtInCondition {
  /** Nouns of the hurt a sentence may open on: "Of the injured, 12 were taken to hospital". */
  private static final TokenSet HURT_GROUPS = TokenSet.of("injured", "wounded", "hurt", "victims", "casualties");
  private static final TokenSet OTHERS = TokenSet.of("other", "others", "more", "also", "additional");
  /**
   * Nouns that name no one new, only the hurt as such: "one person remains in a critical condition",
   * "two victims are in stable condition", "three patients are in serious condition".
   */
  private static final TokenSet GENERIC = TokenSet.of("person", "people", "victim", "victims", "patient", "patients");

  private HurtInCondition() {}

  /**
   * Returns {@code c} as a subtotal when it counts people in a condition ("two are in serious
   * condition") and the last figure of the hurt or hospitalized before it in the report ({@code
   * out}), subtotals aside, is a total of more people, or a part of a group ("three of whom") the
   * last rescued total before it counts; else returns {@code c}.
   */
  static Candidate apply(Token[] t, int s, Candidate c, List<CasualtyFigure> out) {
    boolean intensiveCare = c.category == CasualtyCategory.HOSPITALIZED && ofThem(t, c)
        && (Sentences.containsWord(t, c.numberEnd, c.spanEnd, "intensive") || Sentences.containsWord(t, c.numberEnd, c.spanEnd, "icu"));
    if (c.role == FigureRole.TOTAL && hurt(c.category) && c.count.max().isPresent() && (ofTheHurt(t, s, c) || intensiveCare)) {
      // "Of the injured, 28 were treated at the scene", "12 of them were treated at the scene": a part of the
      // hurt counted before when it counts the same hurt; "of the injured, 19 were admitted" stays a figure of its own.
      // "18 people were taken to hospital, and three remain in intensive care": a part of those in hospital
      CasualtyFigure whole = lastOf(out, c.category);
      if (whole != null && whole.role() == FigureRole.TOTAL && atMost(whole) > c.count.max().getAsLong()) {
        return c.withRole(FigureRole.SUBTOTAL);
      }
    }
    boolean others = c.role == FigureRole.ADDITIONAL
        || c.role == FigureRole.TOTAL && c.numberEnd < c.spanEnd && OTHERS.contains(t[c.numberEnd])
        && Sentences.containsWord(t, c.numberEnd, c.spanEnd, "condition");
    if (others && hurt(c.category) && !out.isEmpty() && partInCondition(out.get(out.size() - 1), c)) {
      // "one victim is in critical condition and three others are in stable condition", "two are in critical
      // condition and five others were hospitalized", "... The three other victims are in stable condition": the
      // others are the rest of the same hurt
      return c.withRole(FigureRole.SUBTOTAL);
    }
    if (c.role != FigureRole.TOTAL || !hurt(c.category) || c.count.max().isEmpty() || !ofThem(t, c)
        || !Sentences.containsWord(t, c.numberEnd, c.spanEnd, "condition")) {
      return c;
    }
    long part = c.count.max().getAsLong();
    boolean ofGroup = t[c.numberEnd].is("of");
    for (int k = out.size() - 1; k >= 0; k--) {
      CasualtyFigure whole = out.get(k);
      if (ofGroup && whole.category() == CasualtyCategory.RESCUED && whole.role() == FigureRole.TOTAL) {
        // "rescued 19 survivors, three of whom were in critical condition": a part of the rescued
        return atMost(whole) > part ? c.withRole(FigureRole.SUBTOTAL) : c;
      }
      if (hurt(whole.category()) && whole.role() != FigureRole.SUBTOTAL) {
        // the hurt counted last: in a round-up of incidents, an earlier one's count is no whole of this
        return whole.role() == FigureRole.TOTAL && atMost(whole) > part ? c.withRole(FigureRole.SUBTOTAL) : c;
      }
    }
    return c;
  }

  /**
   * Whether the figure counts by a number alone ("two are", "one remains") or a part of a group
   * ("two of them", "one of the victims") or with a noun that names only the hurt ("one person",
   * "two victims"): those name no people of their own, so they are people counted before. "A man",
   * "another victim", "three others" are people besides.
   */
  private static boolean ofThem(Token[] t, Candidate c) {
    if (c.numberBegin != c.spanBegin || !(t[c.numberBegin].isNumber() || NumberWords.isNumberWord(t[c.numberBegin].lower))) {
      return false;
    }
    int n = c.numberEnd;
    return n < c.spanEnd && (t[n].is("of") || c.who == null && !OTHERS.contains(t[n]) || GENERIC.contains(t[n]));
  }

  /**
   * Whether the figure counts people of a group told before: its sentence opens with "Of the
   * injured," (or the wounded, the victims), its number is followed by "of them", "of whom", "of the"
   * ("one of the officers was treated and released"), or it is the rest of them ("the other two",
   * "the remaining 40").
   */
  private static boolean ofTheHurt(Token[] t, int s, Candidate c) {
    boolean opener = s + 3 < c.numberBegin && t[s].is("of") && (t[s + 1].is("the") || t[s + 1].is("those"))
        && HURT_GROUPS.contains(t[s + 2]) && t[s + 3].is(",");
    int k = c.numberBegin;
    // "the other two were treated by paramedics", "the remaining 40 were treated and discharged"
    boolean remainder = k - 2 >= s && t[k - 2].is("the") && (t[k - 1].is("other") || t[k - 1].is("remaining"));
    int n = c.numberEnd;
    return opener || remainder || c.numberBegin == c.spanBegin && n + 1 < c.spanEnd && t[n].is("of")
        && (t[n + 1].is("them") || t[n + 1].is("whom") || t[n + 1].is("the") || t[n + 1].is("those"));
  }

  /** The last figure of the category in the report so far that is not a part, or null. */
  private static CasualtyFigure lastOf(List<CasualtyFigure> out, CasualtyCategory category) {
    for (int k = out.size() - 1; k >= 0; k--) {
      CasualtyFigure f = out.get(k);
      if (f.category() == category && f.role() != FigureRole.SUBTOTAL) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@code before} is a part in a condition, or a part of a group ("three of the men"), that
   * {@code c} is told beside, of the same hurt.
   */
  private static boolean partInCondition(CasualtyFigure before, Candidate c) {
    if (before.role() != FigureRole.SUBTOTAL || before.category() != c.category) {
      return false;
    }
    String text = before.span().text().toLowerCase(java.util.Locale.ROOT);
    // "three of the men suffered minor injuries and another was taken to hospital": a part of a group too
    String[] words = text.split(" ", 3);
    return text.endsWith("condition") || words.length == 3 && words[1].equals("of");
  }

  /** The most people a figure may count: "as many as 32" may be 32, "more than 20" at least 21. */
  private static long atMost(CasualtyFigure whole) {
    return whole.count().max().orElse(whole.count().min());
  }

  private static boolean hurt(CasualtyCategory category) {
    return category == CasualtyCategory.INJURED || category == CasualtyCategory.HOSPITALIZED;
  }
}
