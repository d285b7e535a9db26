package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * The parts a sentence tells of its counts: "including two children", "among them", a breakdown in
 * brackets or after a dash, "three of them children", "(six seriously)", ", with 12 from the same village".
 * Moved out of {@link EnglishCasualtyExtractor}, whose sentence pass calls {@link #addSubtotals} on the
 * figures its rules accepted.
 */
final class PartsOfCounts {
  private PartsOfCounts() {
  }

  /** How many groups a list of parts may name after its first: "including 15 soldiers, five civilians and ...". */
  private static final int MAX_PARTS = 8;

  /** Counts of the sick, of which deaths are a part but no casualty figure: "2,300 cases, including 41 deaths". */
  private static final TokenSet CASES = TokenSet.of("cases", "infections", "illnesses");

  /** How many tokens before "including" the cases may stand: "3,000 cases of cholera have been recorded, including". */
  private static final int CASES_WINDOW = 7;

  /** How many words the people of a count may run before their breakdown: "12 Afghan security personnel (". */
  private static final int MAX_BREAKDOWN_GAP = 4;

  /**
   * Adds the parts the sentence tells of its accepted counts, as subtotals, and makes a count told
   * after "including" or "among them" a subtotal itself, but the deaths counted among an outbreak's cases.
   */
  static void addSubtotals(Token[] t, int s, int e, List<Candidate> accepted) {
    BitSet taken = new BitSet();
    for (Candidate c : accepted) {
      taken.set(c.numberBegin);
    }
    List<Candidate> more = new ArrayList<>();
    for (int i = s; i < e; i++) {
      // "..., with three of them children": "with" may open the part after the comma
      int comma = i > s && t[i - 1].is("with") ? i - 2 : i - 1;
      Candidate badly = comma >= s && t[comma].is(",") ? badlyHurtOfThem(t, comma + 1, i, e, accepted) : null;
      if (badly == null && comma == i - 2 && comma >= s && t[comma].is(",")) {
        badly = withPeopleFrom(t, i, e, accepted);
      }
      if (badly == null && i > s && (t[i - 1].is("(") || t[i - 1].is(","))) {
        badly = badlyInBrackets(t, i, e, accepted);
      }
      if (badly != null && !taken.get(badly.numberBegin)) {
        more.add(badly);
        taken.set(badly.numberBegin);
        continue;
      }
      if (!(t[i].is("including") || t[i].is("among") || breakdownAfter(t, i, accepted))) {
        continue;
      }
      Candidate nearest = nearest(accepted, i);
      Candidate sub = nearest == null ? null : Subtotals.subtotal(t, i, e, nearest.category);
      if (sub != null && sub.rule.equals(Subtotals.PART_IN) && !partInRightAfter(t, nearest, sub, i)) {
        sub = null; // "destroyed 900 homes, including 300 in the capital": a part of the homes, no count of people
      }
      if (sub != null && !taken.get(sub.numberBegin)) {
        more.add(sub);
        taken.set(sub.numberBegin);
        // "including 15 soldiers and five civilians": each group listed is a part, unless the list
        // ends in a verb of saying, which makes the groups after the first its speakers
        List<Candidate> parts = new ArrayList<>();
        for (Candidate part = Subtotals.nextPart(t, sub, e); part != null && !taken.get(part.numberBegin)
            && parts.size() < MAX_PARTS; part = Subtotals.nextPart(t, part, e)) {
          parts.add(part);
        }
        if (!parts.isEmpty() && !Subtotals.saidAfter(t, parts.get(parts.size() - 1), e)) {
          for (Candidate part : parts) {
            more.add(part);
            taken.set(part.numberBegin);
          }
        }
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.role == FigureRole.TOTAL && precededBySubtotalCue(t, s, c.numberBegin)
          && !(firstFigure(accepted, c) && partOfCases(t, s, c.numberBegin - 1))) {
        accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
      }
    }
    accepted.addAll(more);
  }

  /**
   * Whether a breakdown cue at {@code i} follows a figure's people right away: "12 people (eight
   * civilians ...", "18 people, comprising ..."; a bracket elsewhere ("(AP)") opens no parts.
   */
  private static boolean breakdownAfter(Token[] t, int i, List<Candidate> accepted) {
    if (!CasualtyRules.BREAKDOWN_CUES.contains(t[i])) {
      return false;
    }
    boolean bracket = CasualtyRules.BRACKETS.contains(t[i]);
    int last = (bracket ? i : i - 1) - 1; // the people's last word: "people (", "people -", "people, comprising"
    if (last < 1 || !(bracket || t[last + 1].is(",")) || !Lexicon.isPeople(t[last])) {
      return false;
    }
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.numberEnd <= last && last - c.numberEnd < MAX_BREAKDOWN_GAP
          && c.spanBegin <= c.numberBegin && i <= c.spanEnd + 1) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs of how badly people were hurt: "12 of them critically". */
  private static final TokenSet BADLY = TokenSet.of("critically", "seriously", "severely", "gravely", "badly");

  /** Words after a part's people that tell where they came from: "with four victims <b>belonging</b> to one family". */
  private static final TokenSet PART_ORIGINS = TokenSet.of("belonging", "from");

  /** How many tokens after where a part came from are read for a fate of its own. */
  private static final int MAX_PART_TAIL = 12;

  /**
   * Returns the part told after ", with" by its people and where they came from: "the elephant killed
   * seven people, with four victims belonging to one family", "..., with 12 from the same village",
   * as a part of the count right before the comma, or null.
   */
  private static Candidate withPeopleFrom(Token[] t, int i, int e, List<Candidate> accepted) {
    Quantity q = QuantityParser.parse(t, i, e);
    if (q == null || q.need != Quantity.Need.NONE || !q.count.value().isPresent() || q.end + 1 >= e) {
      return null;
    }
    int w = Lexicon.isPeople(t[q.end]) ? q.end + 1 : q.end;
    if (w >= e || !PART_ORIGINS.contains(t[w])) {
      return null;
    }
    // "with three from the village still missing": a fate of their own after them makes them no part
    for (int k = w + 1; k < Math.min(e, w + 1 + MAX_PART_TAIL) && !t[k].is(","); k++) {
      if (Lexicon.PREDICATES.match(t, k, e) != null) {
        return null;
      }
    }
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.spanEnd <= i - 2 && i - 2 - c.spanEnd <= MAX_BADLY_GAP
          && c.count.value().isPresent() && q.count.value().getAsLong() < c.count.value().getAsLong()) {
        return new Candidate(c.category, q.count, q.begin, q.end, q.begin, w, w > q.end ? t[q.end].lower : null,
            FigureRole.SUBTOTAL, "with <n> <people> from");
      }
    }
    return null;
  }

  /** How many words a count's people may take before a part told inside its clause: "Seven local people, ...". */
  private static final int MAX_PEOPLE_WORDS = 3;

  /** Forms of "be" a part told with "of whom" may take before who they were: "four of whom were children". */
  private static final TokenSet WHOM_BE = TokenSet.of("were", "are", "was", "is");

  /**
   * Returns the part told after a comma right after a count, "of them" (or "of whom", with "were")
   * and who they were or, for the hurt, how badly: "the fire killed nine people<b>, three of them
   * children</b>", "<b>, with three of them children</b>", "<b>, four of whom were children</b>",
   * "the blast injured 57 workers<b>, 12 of them critically</b>", as a part of that count, or null.
   *
   * @param after the token after the comma, where the gap from the count is measured
   * @param i the part's first token, the comma's next or one "with" later
   */
  private static Candidate badlyHurtOfThem(Token[] t, int after, int i, int e, List<Candidate> accepted) {
    Quantity q = QuantityParser.parse(t, i, e);
    if (q == null || q.need != Quantity.Need.NONE || q.end + 2 >= e || !t[q.end].is("of")
        || !t[q.end + 1].is("them") && !t[q.end + 1].is("whom")) {
      return null;
    }
    int w = t[q.end + 1].is("whom") && WHOM_BE.contains(t[q.end + 2]) ? q.end + 3 : q.end + 2;
    if (w >= e || t[q.end + 1].is("whom") && w == q.end + 2) {
      return null; // "four of whom died" tells a fate, which the rules of later deaths read
    }
    boolean badly = BADLY.contains(t[w]);
    boolean who = Lexicon.isPeople(t[w]);
    if (!badly && !who) {
      return null;
    }
    for (Candidate c : accepted) {
      // the part after the count's clause ("killed nine people, three of them children"), or inside it, right
      // after the count's people ("Nine villagers, five of them women, were killed")
      boolean afterClause = c.spanEnd <= after - 1 && after - 1 - c.spanEnd <= MAX_BADLY_GAP;
      boolean inside = c.numberEnd <= after - 1 && after - 1 - c.numberEnd <= MAX_PEOPLE_WORDS && c.spanEnd > after
          && c.spanBegin <= c.numberBegin;
      // a count told as a range holds a part below its least ("between 20 and 25 were wounded, 10 of them seriously")
      long whole = c.count.value().isPresent() ? c.count.value().getAsLong()
          : c.count.qualifier() == CountQualifier.RANGE ? c.count.min() : -1;
      if (c.role != FigureRole.SUBTOTAL && (who || c.category == CasualtyCategory.INJURED) && (afterClause || inside)
          && whole > 0 && q.count.value().isPresent() && q.count.value().getAsLong() < whole) {
        return new Candidate(c.category, q.count, q.begin, q.end, q.begin, w + 1, who ? t[w].lower : null,
            FigureRole.SUBTOTAL, badly ? "<n> of them <badly>" : "<n> of them <people>");
      }
    }
    return null;
  }

  /**
   * Returns the part of the hurt told in brackets or between commas by how badly it was hurt, right after their
   * count: "the blast injured 30 workers (six seriously)", "left five people wounded, two critically, ...", as a
   * part of that count, or null.
   *
   * @param i the part's first token, right after the bracket or the comma
   */
  private static Candidate badlyInBrackets(Token[] t, int i, int e, List<Candidate> accepted) {
    Quantity q = QuantityParser.parse(t, i, e);
    boolean bracket = t[i - 1].is("(");
    if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty() || q.end >= e
        || !BADLY.contains(t[q.end])) {
      return null;
    }
    int close = q.end + 1;
    if (bracket ? close >= e || !t[close].is(")")
        : close < e && !t[close].is(",") && !t[close].is(".") && !t[close].is(";")) {
      return null;
    }
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.category == CasualtyCategory.INJURED && c.spanEnd <= i - 1
          && i - 1 - c.spanEnd <= MAX_BADLY_GAP && c.count.value().isPresent()
          && q.count.value().getAsLong() < c.count.value().getAsLong()) {
        return new Candidate(c.category, q.count, q.begin, q.end, q.begin, q.end + 1, null, FigureRole.SUBTOTAL,
            bracket ? "<n> (<badly>)" : ", <n> <badly>");
      }
    }
    return null;
  }

  /** How many tokens may stand between a count of the hurt and the comma of its part: "injured 40 fans in the crush,". */
  private static final int MAX_BADLY_GAP = 6;

  /**
   * Whether a bare part told by its place ("including 1,650 in the capital") follows its figure with no other count
   * between ("destroyed 900 homes, including 300 in the capital" parts the homes) and counts no more than it.
   */
  private static boolean partInRightAfter(Token[] t, Candidate whole, Candidate part, int i) {
    for (int k = whole.spanEnd; k < i; k++) {
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)) {
        return false;
      }
    }
    return whole.spanEnd <= i && part.count.min() <= whole.count.max().orElse(Long.MAX_VALUE);
  }

  private static Candidate nearest(List<Candidate> accepted, int i) {
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.spanBegin <= i && i < c.spanEnd) {
        return c;
      }
    }
    for (Candidate c : accepted) {
      // "killed 22 people, including two reporters, and wounded 89": the part belongs to the figure
      // it follows, not to the one after it
      if (c.role != FigureRole.SUBTOTAL && c.spanEnd <= i && i - c.spanEnd <= 1) {
        return c;
      }
    }
    // "shelling killed at least seven in the town, including a boy, and hurt 48": the figure before the part,
    // however far its place runs, not the one after it
    Candidate before = null;
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && c.spanEnd <= i && (before == null || c.spanEnd > before.spanEnd)) {
        before = c;
      }
    }
    if (before != null) {
      return before;
    }
    Candidate best = null;
    for (Candidate c : accepted) {
      if (c.role != FigureRole.SUBTOTAL && (best == null || Math.abs(c.spanBegin - i) < Math.abs(best.spanBegin - i))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether no other figure of the sentence starts before the candidate's number, but the cases it
   * is counted among: "2,300 suspected cases, including 41 deaths".
   */
  private static boolean firstFigure(List<Candidate> accepted, Candidate c) {
    for (Candidate o : accepted) {
      if (o != c && o.numberBegin < c.numberBegin && o.category != CasualtyCategory.AFFECTED) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the "including" at {@code i} follows a count of cases: the deaths of an outbreak counted
   * among its cases ("2,300 suspected cases, including 41 deaths") are its whole toll, not a part of one.
   */
  private static boolean partOfCases(Token[] t, int s, int i) {
    for (int k = i - 1; k >= Math.max(s, i - CASES_WINDOW); k--) {
      if (CASES.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededBySubtotalCue(Token[] t, int s, int n) {
    return (n - 1 >= s && t[n - 1].is("including"))
        || (n - 2 >= s && t[n - 2].is("among") && (t[n - 1].is("them") || t[n - 1].is("whom")));
  }
}
