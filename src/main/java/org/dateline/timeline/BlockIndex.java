package org.dateline.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking index of the merger: events by day and place key, dated and undated apart, so that
 * a new event is compared only with the few that could be the same incident. An event placed in a
 * first-level division is compared with those in the same division, those known only to its
 * country, and those with no place; an event with no place with those of the same days, up to
 * {@link #UNKNOWN_PLACE_SCAN_LIMIT}; every event with a named person in common, at any date; and
 * every dated event of the same days whose town bears the same name (a report may read it in another
 * state); and events of the same place dated only by a week or a month that holds its day. An event
 * known only to its country ("an earthquake struck eastern Turkey") is compared with those of the
 * same days placed more precisely in it, up to {@link #COUNTRY_SCAN_LIMIT}: the price of keeping
 * blocks small. Not thread-safe.
 */
final class BlockIndex {
  /** How many events of one day are scanned at most for an event whose place is unknown. */
  static final int UNKNOWN_PLACE_SCAN_LIMIT = 2_000;
  /** How many events of one day and country are scanned at most for an event known only to that country. */
  static final int COUNTRY_SCAN_LIMIT = 500;
  /** How many events are kept under one name: a common name must not make blocks grow with the feed. */
  static final int ACTOR_LIMIT = 16;
  /** A coarse date (a month, a year) is indexed under its first day only. */
  private static final int MAX_INDEXED_DAYS = 3;

  private final Map<Key, List<Integer>> dated = new HashMap<>();
  private final Map<Key, List<Integer>> undated = new HashMap<>();
  private final Map<Long, List<Integer>> datedByDay = new HashMap<>();
  private final Map<Long, List<Integer>> undatedByDay = new HashMap<>();
  /** Events placed more precisely than their country, by day and country. */
  private final Map<Key, List<Integer>> datedInCountry = new HashMap<>();
  private final Map<Key, List<Integer>> undatedInCountry = new HashMap<>();
  /** Events by the named people they involve, at any date: how a late follow-up finds its incident. */
  private final Map<String, List<Integer>> byActor = new HashMap<>();
  /** Dated events by day and most specific place name: how a report that read a town's name in the wrong state finds its incident. */
  private final Map<Key, List<Integer>> byName = new HashMap<>();
  /** Events dated only coarsely ("in October"), by each day of that date and their most specific place name: how a dated event finds a late report of it. */
  private final Map<Key, List<Integer>> coarse = new HashMap<>();

  private record Key(long day, String place) {}

  /** Indexes cluster {@code id} under the days and place of {@code s}; an id may be indexed more than once. */
  void put(int id, Sketch s) {
    long last = Math.min(s.lastDay, s.firstDay + MAX_INDEXED_DAYS - 1);
    for (long d = s.firstDay; d <= last; d++) {
      (s.dated ? dated : undated).computeIfAbsent(new Key(d, s.placeKey), k -> new ArrayList<>(2)).add(id);
      (s.dated ? datedByDay : undatedByDay).computeIfAbsent(d, k -> new ArrayList<>(4)).add(id);
      if (!s.placeKey.equals(s.countryKey)) {
        (s.dated ? datedInCountry : undatedInCountry).computeIfAbsent(new Key(d, s.countryKey), k -> new ArrayList<>(2))
            .add(id);
      }
      if (s.dated && !s.nameKey.isEmpty()) {
        byName.computeIfAbsent(new Key(d, s.nameKey), k -> new ArrayList<>(1)).add(id);
      }
    }
    if (s.coarseFirst >= 0 && !s.nameKey.isEmpty()) {
      for (long d = s.coarseFirst; d <= s.coarseLast; d++) {
        coarse.computeIfAbsent(new Key(d, s.nameKey), k -> new ArrayList<>(1)).add(id);
      }
    }
    for (String a : s.actors) {
      List<Integer> l = byActor.computeIfAbsent(a, k -> new ArrayList<>(1));
      if (l.size() < ACTOR_LIMIT && !l.contains(id)) {
        l.add(id);
      }
    }
  }

  /** Returns the ids of the clusters that could be the same incident as {@code s}, each once. */
  Set<Integer> candidates(Sketch s) {
    Set<Integer> out = new LinkedHashSet<>();
    long datedFrom = s.dated ? s.firstDay - Sketch.DATED_SLACK_DAYS : s.firstDay - Sketch.UNDATED_LOOKBACK_DAYS;
    long datedTo = s.dated ? Math.min(s.lastDay, s.firstDay + MAX_INDEXED_DAYS) + Sketch.DATED_SLACK_DAYS : s.firstDay;
    long undatedFrom = s.dated ? s.firstDay : s.firstDay - Sketch.DATED_SLACK_DAYS;
    long undatedTo = s.dated ? s.lastDay + Sketch.UNDATED_LOOKBACK_DAYS : s.firstDay + Sketch.DATED_SLACK_DAYS;
    collect(dated, datedByDay, datedInCountry, s, datedFrom, datedTo, out);
    collect(undated, undatedByDay, undatedInCountry, s, undatedFrom, undatedTo, out);
    if (s.coarseFirst >= 0 && !s.nameKey.isEmpty()) {
      for (long d = s.coarseFirst; d <= s.coarseLast; d++) {
        out.addAll(byName.getOrDefault(new Key(d, s.nameKey), List.of()));
      }
    }
    if (s.dated && !s.nameKey.isEmpty()) {
      out.addAll(coarse.getOrDefault(new Key(s.firstDay, s.nameKey), List.of()));
    }
    for (String a : s.actors) {
      out.addAll(byActor.getOrDefault(a, List.of()));
    }
    if (s.dated && !s.nameKey.isEmpty()) {
      for (long d = s.firstDay; d <= Math.min(s.lastDay, s.firstDay + MAX_INDEXED_DAYS - 1); d++) {
        out.addAll(byName.getOrDefault(new Key(d, s.nameKey), List.of()));
      }
    }
    return out;
  }

  private static void collect(Map<Key, List<Integer>> byKey, Map<Long, List<Integer>> byDay,
      Map<Key, List<Integer>> inCountry, Sketch s, long from, long to, Set<Integer> out) {
    String place = s.placeKey;
    for (long d = from; d <= to; d++) {
      if (!place.equals(s.countryKey)) {
        out.addAll(byKey.getOrDefault(new Key(d, s.countryKey), List.of()));
      } else if (!place.isEmpty()) {
        List<Integer> within = inCountry.getOrDefault(new Key(d, place), List.of());
        out.addAll(within.subList(0, Math.min(within.size(), COUNTRY_SCAN_LIMIT)));
      }
      if (place.isEmpty()) {
        List<Integer> all = byDay.getOrDefault(d, List.of());
        out.addAll(all.subList(0, Math.min(all.size(), UNKNOWN_PLACE_SCAN_LIMIT)));
      } else {
        out.addAll(byKey.getOrDefault(new Key(d, place), List.of()));
        out.addAll(byKey.getOrDefault(new Key(d, ""), List.of()));
      }
    }
  }
}
