package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CountQualifier;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * The dead named as a group after the fact: "the dead included six civilians", "among the dead
 * were two soldiers", "two children were among the dead" (the injured too), "among the victims
 * were four women" (a part of whichever count of the killed or hurt came last), and families
 * counted by their size: "killed a family of seven" is killed 7, not 1.
 *
 * <p>"The dead included N" and "among the dead were N" count a part of the dead: a
 * {@link FigureRole#SUBTOTAL} when the sentence or an earlier one already counts killed people,
 * else the only figure there is, a total. Immutable and thread-safe.
 */
final class DeadIncluded {
  /** How many groups a list of the dead may name after the first. */
  private static final int MAX_LISTED = 8;
  private static final TokenSet BE_AMONG = TokenSet.of("were", "are", "was", "is");
  private static final TokenSet INCLUDE_VERBS = TokenSet.of(
      "included", "include", "includes", "including", "were", "are", "was");

  private DeadIncluded() {}

  /** Adds the parts of the dead the sentence {@code [s, e)} names and sizes its families. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    families(t, e, accepted);
    for (int i = s; i + 3 < e; i++) {
      int j = partOfDead(t, i, e);
      Quantity q = j < 0 ? null : QuantityParser.parse(t, j, e);
      People p = q == null ? null : People.afterCount(t, q, e);
      if (p == null || taken(accepted, q.begin)) {
        continue;
      }
      q = CasualtyRules.couple(t, q, p, e); // "the dead included a couple and their son"
      // "the victims" are the people last counted, killed or hurt, and without a count before they are no one's
      int g = t[i].is("among") ? i + 2 : fateAfterCount(t, i, e);
      Token group = t[g];
      // "the deceased victims" are the dead, as "the deceased" are
      boolean victims = group.is("victims") && fateOf(t[g - 1]) == null;
      group = victims || !group.is("victims") ? group : t[g - 1];
      // "those killed" and "those who died" are the dead
      CasualtyCategory category = victims ? lastCounted(i, accepted, out)
          : fateOf(group) == null ? CasualtyCategory.KILLED : fateOf(group);
      if (category == null) {
        continue;
      }
      boolean counted = victims || anyOf(category, accepted, out);
      Listed l = listed(t, s, q, p, e);
      addListed(t, accepted, category, q, l, i, l.end(), counted,
          victims ? "the victims included <n> <people>" : "the <category> included <n> <people>");
    }
    amongThe(t, s, e, accepted, out);
    amongThoseKilled(t, s, e, accepted, out);
    partsOfCounted(t, e, accepted, out);
    namedAfter(t, e, accepted);
  }

  /**
   * "One of those killed was a police medic", "two of the dead were police officers": a part counted
   * by its place among the counted learns whom it counts from what it is said to be.
   */
  private static void namedAfter(Token[] t, int e, List<Candidate> accepted) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      int j = c.spanEnd;
      if (c.role != FigureRole.SUBTOTAL || c.who != null || j + 1 >= e || !BE_AMONG.contains(t[j])) {
        continue;
      }
      boolean article = t[j + 1].is("a") || t[j + 1].is("an");
      int from = article ? j + 2 : j + 1;
      People p = People.after(t, from, e, article);
      if (p != null && p.who != null) {
        // the whole phrase, modifiers too: "an intelligence officer" is an intelligence officer
        accepted.set(k, new Candidate(c.category, c.count, c.numberBegin, c.numberEnd, c.spanBegin, c.spanEnd,
            People.whoText(t, from, p.end), c.role, c.rule));
      }
    }
  }

  /**
   * "Six of them were in serious condition", "two of the wounded are critical": a part of people
   * already counted in the same category is a {@link FigureRole#SUBTOTAL}. A part that passes into
   * another category stays a total ("three of the injured later died" counts three dead).
   */
  private static void partsOfCounted(Token[] t, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      int j = c.numberEnd;
      boolean whole = c.numberBegin > 0 && (t[c.numberBegin - 1].is("all") || t[c.numberBegin - 1].is("both"));
      if (c.role != FigureRole.TOTAL || whole || j + 1 >= e || !t[j].is("of")) {
        continue; // "all three of them were killed" is the whole group
      }
      CasualtyCategory group = t[j + 1].is("them") || t[j + 1].is("those") ? c.category
          : t[j + 1].is("the") && j + 2 < e ? groupCategory(t[j + 2], c.category) : null;
      if (group == c.category && countedBefore(c, accepted, out)) {
        accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
      }
    }
  }

  /**
   * The category of the fate a noun names its group by, or null: "the fatalities included 20 miners",
   * "among the injured are two children". "The victims" are not one: they are whoever was counted last.
   */
  private static CasualtyCategory fateOf(Token w) {
    if (w.is("dead") || w.is("deceased") || w.is("fatalities")) {
      return CasualtyCategory.KILLED;
    }
    if (w.is("missing")) {
      return CasualtyCategory.MISSING;
    }
    return w.is("injured") || w.is("wounded") ? CasualtyCategory.INJURED : null;
  }

  /** The category a group word names: "the wounded", "the dead"; "the victims" name whatever is counted. */
  private static CasualtyCategory groupCategory(Token w, CasualtyCategory counted) {
    if (w.is("wounded") || w.is("injured") || w.is("hurt")) {
      return CasualtyCategory.INJURED;
    }
    if (w.is("dead") || w.is("killed")) {
      return CasualtyCategory.KILLED;
    }
    return w.is("victims") ? counted : null;
  }

  /** Whether people of {@code c}'s category are counted by a total other than {@code c}, in this sentence or before. */
  private static boolean countedBefore(Candidate c, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (Candidate a : accepted) {
      if (a != c && a.category == c.category && a.role != FigureRole.SUBTOTAL && a.numberBegin < c.numberBegin) {
        return true;
      }
    }
    for (CasualtyFigure f : out) {
      if (f.category() == c.category && f.role() != FigureRole.SUBTOTAL) {
        return true;
      }
    }
    return false;
  }

  /** "Two children were among the dead", "three police officers are among the injured": a part of a category. */
  private static void amongThe(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    if (!Sentences.containsWord(t, s, e, "among")) {
      return;
    }
    for (int i = s; i + 4 < e; i++) {
      if (!t[i].isNumber() && !t[i].has(WordFlags.QUANTITY_START) || taken(accepted, i)
          || i > 0 && t[i - 1].is("of") || i > 1 && t[i - 1].is("the") && t[i - 2].is("of")) {
        continue; // "3 of the 12 members of the crew were among the dead": the group after "of" is not the part
      }
      Quantity q = QuantityParser.parse(t, i, e);
      People p = q == null ? null : People.afterCount(t, q, e);
      Listed l = p == null ? null : listed(t, s, q, p, e);
      // "a nurse at the clinic was among ...": one person placed so is the report's subject, not a part it counts
      int k = ofTheirGroup(t, l == null ? -1 : l.end(), e, q != null && q.count.min() > 1);
      // "among the dead", "among those killed", "among the 14 people killed", "among 51 people feared missing"
      if (k < 0 || k + 3 >= e || !BE_AMONG.contains(t[k]) || !t[k + 1].is("among")) {
        continue;
      }
      boolean the = t[k + 2].is("the") || t[k + 2].is("those");
      CasualtyCategory c = !the ? null : t[k + 3].is("dead") || t[k + 3].is("killed") || t[k + 3].is("deceased")
          ? CasualtyCategory.KILLED
          : t[k + 3].is("injured") || t[k + 3].is("wounded") ? CasualtyCategory.INJURED : null;
      int end = k + 4;
      if (c == null) {
        Candidate whole = countedAt(accepted, the ? k + 3 : k + 2);
        if (whole == null || whole.role != FigureRole.TOTAL && whole.role != FigureRole.UPDATE) {
          continue;
        }
        c = whole.category;
        end = whole.spanEnd;
      }
      boolean counted = anyOf(c, accepted, out);
      addListed(t, accepted, c, q, l, i, end, counted, "<n> <people> were among the <category>");
      i = end - 1;
    }
  }

  /**
   * Returns the figure the sentence's rules read with its number at {@code k}, the group a part is said to be among
   * ("two children were among the <b>14 people killed</b>"), or null.
   */
  private static Candidate countedAt(List<Candidate> accepted, int k) {
    for (Candidate c : accepted) {
      if (c.numberBegin == k || c.spanBegin == k && c.numberBegin < k + 3) {
        return c;
      }
    }
    return null;
  }

  /** How many words the group a part belongs to may take: "members of one extended family". */
  private static final int MAX_GROUP_WORDS = 5;

  /** Prepositions of a short phrase that tells which people: "members of one family", "officers on market duty". */
  private static final TokenSet GROUP_PREPOSITIONS = TokenSet.of("of", "on", "in", "at", "from", "aboard");

  /**
   * Steps over the group the people at {@code k} belong to, or where they were, up to the verb: "12 members <b>of one
   * family</b> were among the dead", "three officers <b>on market duty</b> were among the dead" (a phrase of where
   * only when they are {@code many}). Returns {@code k} when no short such phrase ends in such a verb there.
   */
  private static int ofTheirGroup(Token[] t, int k, int e, boolean many) {
    if (k < 0 || k >= e || !(t[k].is("of") || many && GROUP_PREPOSITIONS.contains(t[k]))) {
      return k;
    }
    for (int m = k + 1; m < e && m <= k + MAX_GROUP_WORDS; m++) {
      if (BE_AMONG.contains(t[m])) {
        return m;
      }
      if (!t[m].isWord()) {
        break;
      }
    }
    return k;
  }

  /**
   * "Among the dead, eight were villagers and five were gendarmes", "among the deceased, two were
   * brothers": the parts of the dead counted before, each with whom it counts.
   */
  private static void amongThoseKilled(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    int i = s;
    if (i + 4 >= e || !t[i].is("among") || !(t[i + 1].is("those") || t[i + 1].is("the"))
        || !(t[i + 2].is("killed") || t[i + 2].is("dead") || t[i + 2].is("deceased"))
        || !anyOf(CasualtyCategory.KILLED, List.of(), out)) {
      return;
    }
    int k = t[i + 3].is(",") ? i + 4 : i + 3;
    for (int n = 0; n < MAX_LISTED && k < e; n++) {
      Quantity q = t[k].isNumber() || t[k].has(WordFlags.QUANTITY_START) ? QuantityParser.parse(t, k, e) : null;
      if (q == null || q.end + 1 >= e || !BE_AMONG.contains(t[q.end]) || taken(accepted, q.begin)) {
        return;
      }
      People p = People.after(t, q.end + 1, e, false);
      if (p == null || p.who == null) {
        return;
      }
      accepted.add(new Candidate(CasualtyCategory.KILLED, q.count, q.begin, q.end, k, p.end, p.who,
          FigureRole.SUBTOTAL, "among those killed, <n> were <people>"));
      k = p.end;
      if (k + 1 < e && t[k].is(",") && t[k + 1].is("and")) {
        k += 2;
      } else if (k < e && (t[k].is("and") || t[k].is(","))) {
        k++;
      } else {
        return;
      }
    }
  }

  /**
   * A count of people and the persons listed after them, and where the list ends; {@code groups} holds each
   * counted group of a list of them ("five children and two women"), which are told apart, or is empty.
   */
  private record Listed(CasualtyCount count, int end, String who, List<Group> groups) {
    Listed(CasualtyCount count, int end, String who) {
      this(count, end, who, List.of());
    }
  }

  /** Whether every group of a list is one person brought in by "a" or "an": "a woman, a man and a boy" are counted together. */
  private static boolean singlePersons(Token[] t, List<Group> groups) {
    for (Group g : groups) {
      if (!g.count().equals(CasualtyCount.exactly(1)) || !(t[g.numberBegin()].is("a") || t[g.numberBegin()].is("an"))) {
        return false;
      }
    }
    return true;
  }

  /** One counted group of a list: its count, the tokens of its number, where its people end, and whom it counts. */
  private record Group(CasualtyCount count, int numberBegin, int numberEnd, int end, String who, boolean part) {
    Group(CasualtyCount count, int numberBegin, int numberEnd, int end, String who) {
      this(count, numberBegin, numberEnd, end, who, false);
    }
  }

  /**
   * Adds the figures of a list of the dead or hurt: its one count, or each of its counted groups, which
   * a report names to tell them apart ("the dead included five children and two women": five, and two).
   * As parts of a count told before the groups are subtotals; as the only count, the first is the total
   * and the others are added to it. Single persons brought in by "a" ("a woman, a man and a boy") are
   * counted together, as a pair of them is ({@link PairedPersons}).
   *
   * @param begin where the words of the figure begin, before the first group ("among the dead were")
   * @param end where the words of the last figure end
   */
  private static void addListed(Token[] t, List<Candidate> accepted, CasualtyCategory category, Quantity q, Listed l,
      int begin, int end, boolean counted, String rule) {
    if (l.groups().size() < 2 || singlePersons(t, l.groups())) {
      accepted.add(new Candidate(category, l.count(), q.begin, q.end, begin, end, l.who(),
          counted ? FigureRole.SUBTOTAL : FigureRole.TOTAL, rule));
      return;
    }
    for (int n = 0; n < l.groups().size(); n++) {
      Group g = l.groups().get(n);
      // a part of the group before it ("42 passengers, five of them children,") is that group's subtotal
      FigureRole role = counted || g.part() ? FigureRole.SUBTOTAL : n == 0 ? FigureRole.TOTAL : FigureRole.ADDITIONAL;
      accepted.add(new Candidate(category, g.count(), g.numberBegin(), g.numberEnd(), n == 0 ? begin : g.numberBegin(),
          n == l.groups().size() - 1 ? Math.max(end, g.end()) : g.end(), g.who(), role, rule + "; a list of groups"));
    }
  }

  /**
   * Counts the people at {@code q} with the persons an "and" or commas list after them: "a woman and
   * a boy" are two, "two children and their mother" three; a list leaves whom they are unsaid.
   */
  private static Listed listed(Token[] t, int s, Quantity q, People p, int e) {
    if (p.end >= e || !(t[p.end].is("and") || t[p.end].is(",")) || q.count.value().isEmpty()) {
      return new Listed(q.count, p.end, p.who);
    }
    // the first group may be bounded ("at least five children, seven women and ..."): each group is its own figure
    Listed groups = groups(t, q, p, e);
    if (groups != null || q.count.qualifier() != CountQualifier.EXACT) {
      return groups != null ? groups : new Listed(q.count, p.end, p.who);
    }
    int[] joined = SingleVictims.conjoined(t, s, p.end, e);
    if (joined[0] <= 1) {
      return new Listed(q.count, p.end, p.who);
    }
    return new Listed(CasualtyCount.exactly(q.count.value().getAsLong() + joined[0] - 1), joined[1], null);
  }

  /**
   * Sums the counted groups listed after the first, whose people end at {@code p.end}: "five men<b>, two
   * women and a child</b>" is 8, each group kept. Returns null when no counted group follows.
   */
  private static Listed groups(Token[] t, Quantity q, People p, int e) {
    List<Group> groups = new java.util.ArrayList<>();
    groups.add(new Group(q.count, q.begin, q.end, p.end, p.who));
    long sum = q.count.value().getAsLong();
    int k = skipWhose(t, p.end, e);
    for (int n = 0; n < MAX_LISTED && k + 1 < e && (t[k].is(",") || t[k].is("and")); n++) {
      int next = t[k].is(",") && t[k + 1].is("and") ? k + 2 : k + 1;
      int aside = partAside(t, next, e);
      if (aside > next) {
        // "42 passengers, five of them children, and six crew": a part of the group before, then the list goes on
        Quantity pq = QuantityParser.parse(t, next, e);
        People pp = pq == null ? null : People.after(t, next + 3, aside, false);
        if (pq != null && pq.end == next + 1) {
          groups.add(new Group(pq.count, pq.begin, pq.end, aside, pp == null ? null : pp.who, true));
        }
        k = aside;
        continue;
      }
      People.Counted c = People.countedInList(t, next, e);
      if (c == null || c.people == null || c.quantity.count.qualifier() != CountQualifier.EXACT
          || c.quantity.count.value().isEmpty()) {
        break;
      }
      sum += c.quantity.count.value().getAsLong();
      groups.add(new Group(c.quantity.count, c.quantity.begin, c.quantity.end, c.people.end, c.people.who));
      k = skipWhose(t, c.people.end, e);
    }
    return groups.size() == 1 ? null : new Listed(CasualtyCount.exactly(sum), k, null, List.copyOf(groups));
  }

  /**
   * Returns the comma that closes a part told of the group before it, "five of them children,", at {@code k}, or
   * {@code k} when none stands there.
   */
  private static int partAside(Token[] t, int k, int e) {
    if (k + 3 >= e || !(t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)) || !t[k + 1].is("of")
        || !t[k + 2].is("them")) {
      return k;
    }
    for (int m = k + 3; m <= e && m <= k + 3 + MAX_WHOSE; m++) {
      if (m == e || t[m].is(",") || t[m].is(".") || t[m].is(";")) {
        return m; // the comma that goes on with the list, or the sentence's end
      }
    }
    return k;
  }

  /** How many words an "of" phrase after a listed group may take: "six members of the security forces". */
  private static final int MAX_WHOSE = 5;

  /**
   * Steps over a short "of" phrase that tells whose the group listed is, up to the comma or "and" that goes on with
   * the list ("six members <b>of the security forces</b> and 19 civilians"); returns {@code k} when none stands there.
   */
  private static int skipWhose(Token[] t, int k, int e) {
    if (k >= e || !t[k].is("of")) {
      return k;
    }
    for (int m = k + 1; m < e && m <= k + MAX_WHOSE; m++) {
      if (t[m].is(",") || t[m].is("and")) {
        return m > k + 1 ? m : k;
      }
      if (!t[m].isWord()) {
        return k;
      }
    }
    return k;
  }

  /** Whether the sentence or an earlier one already counts people of category {@code c}. */
  private static boolean anyOf(CasualtyCategory c, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (Candidate a : accepted) {
      if (a.category == c) {
        return true;
      }
    }
    for (CasualtyFigure f : out) {
      if (f.category() == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the category of the last figure before token {@code i} that counts people killed or hurt as a
   * whole (not "no fatalities"), in the sentence or else in the report before it, or null if there is none
   * or if the dead and the hurt are counted side by side there ("five were killed and 20 wounded": the
   * victims are of both).
   */
  private static CasualtyCategory lastCounted(int i, List<Candidate> accepted, List<CasualtyFigure> out) {
    java.util.function.Predicate<Candidate> whole = c -> c.role != FigureRole.SUBTOTAL && !c.count.isZero();
    Candidate last = Candidate.lastBefore(accepted, i, whole);
    java.util.Set<CasualtyCategory> sentence = java.util.EnumSet.noneOf(CasualtyCategory.class);
    for (Candidate c : accepted) {
      if (c.numberEnd <= i && whole.test(c)) {
        sentence.add(c.category);
      }
    }
    CasualtyCategory category = last != null ? last.category : null;
    CasualtyFigure told = null;
    for (int n = out.size() - 1; category == null && n >= 0; n--) {
      CasualtyFigure f = out.get(n);
      if (f.role() != FigureRole.SUBTOTAL && !f.count().isZero()) {
        if (told == null) {
          told = f;
        } else if (told.span().begin() - f.span().end() <= CLAUSE_REACH) {
          sentence.add(f.category()); // counted beside it: "five were killed and 20 wounded"
          break;
        } else {
          break;
        }
      }
    }
    if (category == null && told != null) {
      category = told.category();
      sentence.add(category);
    }
    // victims of both the dead and the hurt are no one group's part
    boolean both = sentence.contains(CasualtyCategory.KILLED) && sentence.contains(CasualtyCategory.INJURED);
    return !both && (category == CasualtyCategory.KILLED || category == CasualtyCategory.INJURED) ? category : null;
  }

  /** How many characters apart two figures of the report may stand and still be counted side by side. */
  private static final int CLAUSE_REACH = 40;

  /**
   * Returns where the number starts after "the dead included", "those killed included", "among the dead were"
   * or "among the victims were", or -1.
   */
  private static int partOfDead(Token[] t, int i, int e) {
    // "the dead also included": the adverb leaves the list as it is
    int f = fateAfterCount(t, i, e);
    int a = f + 1 < e && t[f + 1].is("also") && f + 2 < e && t[f + 2].lower.startsWith("includ") ? f + 2 : f + 1;
    if (t[i].is("the") && a < e && (fateOf(t[f]) != null || t[f].is("victims")) && INCLUDE_VERBS.contains(t[a])
        && !t[a].is("was") && !(t[f].is("victims") && BE_AMONG.contains(t[a]))) {
      // "the dead were five men, two women and a child": the whole, listed; what follows "were"
      // must count people ("the dead were taken to the morgue" counts none)
      return afterComma(t, a + 1, e);
    }
    int v = t[i].is("those") ? thoseKilled(t, i + 1, e) : -1;
    v = v > 0 ? afterWhenOrWhere(t, v, e) : v;
    if (v > 0 && v < e && INCLUDE_VERBS.contains(t[v]) && !t[v].is("was")) {
      // "those killed included six guards", "those who died were four children": the dead by another name
      return afterComma(t, v + 1, e);
    }
    if (t[i].is("the") && i + 2 < e && Lexicon.isPeople(t[i + 1]) && fateOf(t[i + 1]) == null) {
      // "the Palestinians killed in the strikes include five children": the dead by whom they were
      int v2 = thoseKilled(t, i + 2, e);
      for (int k = v2; k > 0 && k < e && k <= v2 + MAX_PLACE_WORDS; k++) {
        if (INCLUDE.contains(t[k])) {
          return afterComma(t, k + 1, e);
        }
        if (!t[k].isWord() || BE_AMONG.contains(t[k]) || t[k].is("have") || t[k].is("has") || t[k].is("had")) {
          return -1;
        }
      }
    }
    if (t[i].is("among")) {
      // "among those killed on Monday were five children", "among the villagers killed were ...": the
      // inverted list may tell when or where between the dead and its verb
      int v3 = t[i + 1].is("those") ? thoseKilled(t, i + 2, e)
          : t[i + 1].is("the") && Lexicon.isPeople(t[i + 2]) && fateOf(t[i + 2]) == null && !t[i + 2].is("victims")
          ? thoseKilled(t, i + 3, e) : -1;
      for (int k = v3; k > 0 && k < e && k <= v3 + MAX_PLACE_WORDS; k++) {
        if (BE_AMONG.contains(t[k]) && !t[k].is("was") && !t[k].is("is")) {
          return afterComma(t, k + 1, e);
        }
        if (!t[k].isWord()) {
          break;
        }
      }
    }
    if (t[i].is("among") && t[i + 1].is("the") && (fateOf(t[i + 2]) != null || t[i + 2].is("victims"))) {
      int k = i + 3;
      if (k < e && t[k].is(",")) {
        k++;
      }
      return k < e && INCLUDE_VERBS.contains(t[k]) && !t[k].lower.startsWith("inc") ? k + 1 : -1;
    }
    return -1;
  }

  /**
   * Returns where the group's word stands after "the" at {@code i}: right after it, or after the number the
   * report counted the group by ("the eight missing included five children", "the 12 dead included").
   */
  private static int fateAfterCount(Token[] t, int i, int e) {
    Quantity n = t[i].is("the") && i + 2 < e && (t[i + 1].isNumber() || t[i + 1].has(WordFlags.NUMBER_WORD))
        ? QuantityParser.parse(t, i + 1, e) : null;
    if (n != null && n.need == Quantity.Need.NONE && n.end < e && fateOf(t[n.end]) != null) {
      return n.end;
    }
    // "the identified deceased victims included", "the dead victims included": the victims named dead by a word before
    // them ("the shooting victims", "the other victims" are not named so)
    boolean dead = false;
    for (int k = i + 2; t[i].is("the") && k + 1 < e && k <= i + 1 + MAX_GROUP_MODIFIERS; k++) {
      if (!t[k - 1].isWord() || t[k - 1].has(WordFlags.FUNCTION) && fateOf(t[k - 1]) == null) {
        break;
      }
      dead |= fateOf(t[k - 1]) == CasualtyCategory.KILLED;
      if (dead && t[k].is("victims") && INCLUDE.contains(t[k + 1])) {
        return k;
      }
    }
    return i + 1;
  }

  /** How many words may say more of a group before its noun and "included": "the identified deceased victims". */
  private static final int MAX_GROUP_MODIFIERS = 2;

  /** The verbs that open the list after "the <people> killed ...": never "were", which may tell anything of them. */
  private static final TokenSet INCLUDE = TokenSet.of("include", "included", "includes");
  /** How many words may tell where or how between "the <people> killed" and "include": "in the strikes on the port". */
  private static final int MAX_PLACE_WORDS = 10;

  /** Verbs of the dead after "those": "those <b>killed</b>", "those who <b>died</b>". */
  private static final TokenSet DIED = TokenSet.of("killed", "died", "murdered", "slain", "martyred");

  /**
   * Returns the index after the verb of "those (who) (were) killed" whose words start at {@code k}, or -1:
   * "those killed", "those who died", "those who were killed", and the clipped "those were killed"; "those
   * killed and wounded" are no group of the dead.
   */
  private static int thoseKilled(Token[] t, int k, int e) {
    int m = k < e && t[k].is("who") ? k + 1 : k;
    if (m + 1 < e && (t[m].is("were") || t[m].is("had") && t[m + 1].is("been"))) {
      m += t[m].is("had") ? 2 : 1;
    }
    boolean hurtToo = m + 2 < e && (t[m + 1].is("and") || t[m + 1].is("or")) && HURT.contains(t[m + 2]);
    return m < e && DIED.contains(t[m]) && (m > k || !t[m].is("died")) && !hurtToo ? m + 1 : -1;
  }

  /** Words of the hurt beside the dead that make the group both: "those killed and wounded". */
  private static final TokenSet HURT = TokenSet.of("wounded", "injured", "hurt");

  /** Words that open a short phrase of time or place after "those killed": "those killed <b>during</b> the siege included". */
  private static final TokenSet WHEN_OR_WHERE = TokenSet.of("since", "in", "on", "during", "over", "at", "near");
  /** How many tokens such a phrase may take before the verb that lists the dead. */
  private static final int WHEN_OR_WHERE_REACH = 6;

  /**
   * Returns the index of "included" after a short phrase of time or place that opens at {@code v}
   * ("those killed over the holiday included", "those killed in the raid included"), else {@code v}.
   * Only the verbs of "include" end such a phrase: "those killed in the blast were ..." may
   * tell anything of the dead.
   */
  private static int afterWhenOrWhere(Token[] t, int v, int e) {
    if (v >= e || !WHEN_OR_WHERE.contains(t[v])) {
      return v;
    }
    for (int k = v + 1; k < e && k <= v + WHEN_OR_WHERE_REACH; k++) {
      if (t[k].lower.startsWith("includ") && !t[k].is("including")) {
        return k;
      }
      if (!Character.isLetterOrDigit(t[k].lower.charAt(0))) {
        return v; // a comma or a stop ends the phrase
      }
    }
    return v;
  }

  /** Steps over one comma after the verb that opens a list: "the dead included, six guards and ...". */
  private static int afterComma(Token[] t, int k, int e) {
    return k + 1 < e && t[k].is(",") ? k + 1 : k;
  }

  /** "a family of seven": the candidate that counted the family as one counts its members. */
  private static void families(Token[] t, int e, List<Candidate> accepted) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      int f = c.numberEnd;
      boolean family = (t[c.numberBegin].is("a") || t[c.numberBegin].is("an")) && f + 2 < e
          && t[f].is("family") && t[f + 1].is("of");
      Quantity q = family ? QuantityParser.parse(t, f + 2, e) : null;
      if (q != null && q.count.value().isPresent()) {
        accepted.set(n, new Candidate(c.category, q.count, c.numberBegin, q.end, c.spanBegin,
            Math.max(c.spanEnd, q.end), "family", c.role, c.rule + "; a family of <n>"));
      }
    }
  }

  private static boolean taken(List<Candidate> accepted, int numberBegin) {
    for (Candidate c : accepted) {
      if (c.numberBegin <= numberBegin && numberBegin < c.numberEnd) {
        return true;
      }
    }
    return false;
  }


}
