package org.dateline.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Event;

/**
 * B-cubed precision and recall of items grouped into clusters, extended to items in several
 * predicted clusters (Amigó, Gonzalo, Artiles and Verdejo 2009): for each pair of items, the
 * number of clusters they share is compared with the gold (one class per item).
 */
final class BCubed {
  private BCubed() {}

  /** Returns {precision, recall, F1}; an item in no predicted cluster is a cluster of its own. */
  static double[] score(Map<String, String> gold, Map<String, List<Event>> predicted) {
    Map<String, Set<String>> clustersOf = new HashMap<>();
    Map<String, Set<String>> membersOf = new HashMap<>();
    for (String item : gold.keySet()) {
      Set<String> cs = new HashSet<>();
      for (Event e : predicted.getOrDefault(item, List.of())) {
        cs.add(e.id());
      }
      if (cs.isEmpty()) {
        cs.add("alone:" + item);
      }
      clustersOf.put(item, cs);
      cs.forEach(c -> membersOf.computeIfAbsent(c, k -> new HashSet<>()).add(item));
    }
    Map<String, Set<String>> classMembers = new HashMap<>();
    gold.forEach((item, cls) -> classMembers.computeIfAbsent(cls, k -> new HashSet<>()).add(item));
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      Set<String> mine = clustersOf.get(item);
      Set<String> related = new HashSet<>();
      mine.forEach(c -> related.addAll(membersOf.get(c)));
      double ps = 0;
      for (String other : related) {
        ps += Math.min(shared(mine, clustersOf.get(other)), sameClass(gold, item, other))
            / (double) shared(mine, clustersOf.get(other));
      }
      p += ps / related.size();
      double rs = 0;
      Set<String> mates = classMembers.get(gold.get(item));
      for (String other : mates) {
        rs += Math.min(shared(mine, clustersOf.get(other)), 1) / 1.0;
      }
      r += rs / mates.size();
    }
    int n = gold.size();
    p /= n;
    r /= n;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      n += b.contains(x) ? 1 : 0;
    }
    return n;
  }

  private static int sameClass(Map<String, String> gold, String a, String b) {
    return gold.get(a).equals(gold.get(b)) ? 1 : 0;
  }
}
