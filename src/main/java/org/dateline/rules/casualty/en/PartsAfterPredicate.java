package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * The groups listed after a count's predicate as its parts, when they add up to it: "11 passengers died, six
 * men and five women". Moved out of {@link CasualtyRules}, whose subject rule calls
 * {@link #partsAfterPredicate} after a count of people told by a general noun.
 */
final class PartsAfterPredicate {
  private PartsAfterPredicate() {
  }

  /** The most groups a list after a predicate may give: the work per list stays bounded. */
  private static final int MAX_PARTS = 8;

  /**
   * Adds the groups listed after a count's predicate as its parts when they add up to it: "11
   * passengers died, six men and five women" tells men 6 and women 5 of the eleven; "ten people were
   * hurt, three guards, four visitors and three children" likewise. The count's people must be told by a general noun, the
   * list must end the sentence or its clause, and groups that add up to another number are left alone.
   */
  static void partsAfterPredicate(Token[] t, Quantity q, People p, int end, CasualtyCategory category, int e,
      List<Candidate> out) {
    java.util.OptionalLong whole = q.count.value();
    if (whole.isEmpty() || p == null || !ActionRules.GENERAL.contains(t[p.end - 1]) || end + 1 >= e || !t[end].is(",")) {
      return;
    }
    List<Candidate> parts = new java.util.ArrayList<>();
    long sum = 0;
    boolean and = false;
    int k = end + 1;
    while (parts.size() < MAX_PARTS && k < e) {
      Quantity g = QuantityParser.parse(t, k, e);
      People gp = g == null || g.begin != k || g.count.value().isEmpty() ? null : People.afterCount(t, g, e);
      if (gp == null) {
        return;
      }
      sum += g.count.value().getAsLong();
      parts.add(new Candidate(category, g.count, g.begin, g.end, g.begin, gp.end, CasualtyRules.who(gp),
          FigureRole.SUBTOTAL, "<n> <people> <predicate>, <n> <people> and <n> <people>"));
      k = gp.end;
      if (k == e || t[k].is(".") || and && t[k].is(",")) {
        break; // the list ends the sentence or its clause: "six men and five women, as rescuers arrived"
      }
      if (and || !(t[k].is(",") || t[k].is("and"))) {
        return; // "11 people died, six men and five women from the town": not a list that ends the sentence
      }
      and = t[k].is("and") || k + 1 < e && t[k + 1].is("and");
      k += t[k].is(",") && and ? 2 : 1;
    }
    if (!and || parts.size() < 2 || sum != whole.getAsLong()) {
      return;
    }
    out.addAll(parts);
  }
}
