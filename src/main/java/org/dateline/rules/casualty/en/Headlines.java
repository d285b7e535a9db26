package org.dateline.rules.casualty.en;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * One wounded or dead person in a headline's words, without a determiner and without "was": "Teen
 * shot in foot during party", "16-year-old girl wounded in shooting", "Police: Boy, 4, shoots
 * self", "Woman critical after being shot", "Mother charged after toddler shoots himself" state
 * exactly one injured; "Toddler fatally shot in Anchorage", "Boy, 8, dies from accidental gunshot
 * wound", "Teen killed, five others injured" state exactly one killed.
 *
 * <p>The person is a singular person noun ending a run of at most four words at the start of the
 * sentence, after a label ending in a colon ("Police:"), after "after", or after a verb of naming
 * ("Police identify man killed in crash"); the predicate is a hurt
 * participle followed by a place, a time, a cause or nothing ("shot in the leg", "wounded
 * Sunday", "shot by his brother"; never an object: "Teen shot his friend" is no figure), "shoots
 * himself", or "critical" / "recovering" / "in critical condition" with a shot, a shooting or a
 * wound close after. A sentence that tells a death is left to the killed rules (the caller checks).
 *
 * <p>A headline may list its wounded before the participle ("Man, 3 girls shot in Northside",
 * "Mother and child shot in home invasion"): {@link #listed} counts the groups together.
 *
 * <p>A headline names one person even when the story counts more ("Man shot" over "two men were
 * shot"), so {@link #withoutHeadlinesBesideCounts} keeps a wounded person's figure only when the
 * report gives no other killed or injured count, and a dead person's only when it gives no other
 * killed count.
 */
final class Headlines {
  /** Rule names; a "shot" headline counts a person shot, whom a death the event reports may account for. */
  static final String SHOT_RULE = "headline <people> shot";
  static final String HURT_RULE = "headline <person> <hurt>";
  static final String KILLED_RULE = "headline <person> <killed>";
  static final String FATE_RULE = "headline <person> <fate>";
  private static final int MAX_MODIFIERS = 4;
  /** How many times the top of a headline's vague word the story's number may be: headlines round down. */
  private static final int ROUNDED_DOWN = 10;
  /** How many words a headline's subject may take before its active verb: "Suspected jihadist gunmen kill". */
  private static final int MAX_ACTIVE_SUBJECT = 5;
  /** Active verbs of a headline's killing: "Gunmen kill village elder". */
  private static final Set<String> KILLS = ImmutableSet.of("kill", "kills", "slay", "slays", "murder", "murders");
  private static final int MAX_LABEL = 4;
  /** How many groups a headline may list before its participle. */
  private static final int MAX_LISTED = 5;
  private static final int CAUSE_WINDOW = 5;
  /** Words of what is said of a headline's person before the fate: "reported missing". */
  private static final Set<String> HEARSAY = ImmutableSet.of("reported", "feared", "believed", "presumed");
  /** Fates a headline's person may meet besides death and wounds, which rules of their own read. */
  private static final Set<CasualtyCategory> OTHER_FATES = java.util.EnumSet.of(CasualtyCategory.MISSING,
      CasualtyCategory.ARRESTED, CasualtyCategory.RESCUED, CasualtyCategory.HOSPITALIZED, CasualtyCategory.EVACUATED);
  private static final Set<String> HURT = ImmutableSet.of("shot", "wounded", "injured", "hurt", "grazed");
  private static final Set<String> SHOOTS = ImmutableSet.of("shot", "shoots");
  /** The reflexive of a person who shot or killed himself: "shoots self", "kills herself". */
  static final TokenSet SELF = TokenSet.of("self", "himself", "herself");
  private static final Set<String> ADVERBS = ImmutableSet.of(
      "accidentally", "accidently", "critically", "seriously", "severely", "slightly", "badly", "reportedly",
      "allegedly", "also", "unintentionally");
  /** Verbs of naming a victim before the person: "Police identify man killed in crash". */
  private static final Set<String> IDENTIFY = ImmutableSet.of("identify", "identifies", "identified", "name",
      "names", "id");
  /** What may follow a headline's participle: a place, a time, a cause, or the end. */
  private static final Set<String> NEXT = ImmutableSet.of(
      "in", "outside", "near", "during", "on", "early", "late", "overnight", "after", "following", ",", ".", ":",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "inside", "while", "by",
      "multiple", "twice", "again", "when", "as", "-", "last", "this", "from", "over", "of", "with");
  /** Words after "in" that say where a shot went, not whom it hit: "shot in the air", "in self-defense". */
  private static final Set<String> NOT_HIT = ImmutableSet.of("air", "self-defense", "self-defence", "sky");
  private static final Set<String> STATES = ImmutableSet.of("critical", "recovering", "hospitalized", "hospitalised");
  private static final Set<String> CONDITIONS = ImmutableSet.of("critical", "serious", "stable", "grave", "fair");
  /** Verbs of a person hit, which need a bullet or a shooting after them: "hit by stray bullet". */
  private static final Set<String> HIT = ImmutableSet.of("hit", "struck");
  private static final Set<String> BULLETS = ImmutableSet.of("bullet", "bullets", "gunfire", "shooting", "gunshot",
      "round", "shotgun", "pellets", "pellet");
  private static final Set<String> CAUSES = ImmutableSet.of("shot", "shooting", "gunshot", "bullet", "wound", "wounds");
  /** Headline predicates of a death: "killed", "dies", "dead", "slain". */
  private static final Set<String> DEATHS = ImmutableSet.of("killed", "dies", "died", "dead", "slain", "murdered");
  /** Headline participles of a death after a list of people: "Woman, child killed in fire". */
  private static final Set<String> DEAD_PARTICIPLES = ImmutableSet.of("killed", "dead", "slain", "murdered");
  /** Participles that "fatally" makes a death: "fatally shot", "fatally stabbed". */
  private static final Set<String> FATALLY_DONE = ImmutableSet.of("shot", "wounded", "stabbed", "struck", "injured");

  private Headlines() {}

  /** Returns the headline's wounded person in the sentence {@code [s, e)} as a candidate, or null. */
  static Candidate apply(Token[] t, int s, int e) {
    return find(t, s, e, false);
  }

  /** Returns the headline's dead person in the sentence {@code [s, e)} as a candidate, or null. */
  static Candidate killed(Token[] t, int s, int e) {
    return find(t, s, e, true);
  }

  private static Candidate find(Token[] t, int s, int e, boolean dead) {
    Candidate c = at(t, afterLabel(t, s, e), e, dead);
    for (int i = s; c == null && i + 1 < e; i++) {
      // "Mother charged after toddler shoots himself", "Police identify man killed in crash"
      // "7-year-old killed, grandmother injured": a second person hurt after a comma that ends a death
      if (t[i].is("after") || t[i].is("before") || IDENTIFY.contains(t[i].lower)
          || !dead && t[i].is(",") && i > s && DEATHS.contains(t[i - 1].lower)) {
        c = at(t, i + 1, e, dead);
      }
    }
    for (int i = s + 1; c == null && dead && i + 1 < e && i <= s + MAX_ACTIVE_SUBJECT; i++) {
      c = activeVictim(t, i, e);
    }
    return c;
  }

  /**
   * "Gunmen kill prominent village elder in raid": a headline's active verb of killing at {@code i}
   * and, with no determiner, a person after it, then a place, a time, a cause or the end. The
   * missing article is the headline's mark: a story's sentence says "kill a village elder", which
   * other rules read. (The wounded of "Police shoot teen" are the shooting rules'.)
   */
  private static Candidate activeVictim(Token[] t, int i, int e) {
    if (!KILLS.contains(t[i].lower)) {
      return null;
    }
    int end = groupEnd(t, i + 1, e);
    if (end < 0 || CasualtyRules.Head.at(t, i + 1, e) != null) {
      return null;
    }
    // "Strike kills commander, 2 others": the persons joined to the first are counted with it
    int[] joined = SingleVictims.conjoined(t, i + 1, end, e);
    int last = joined[1];
    if (!(last >= e || placeOrTime(t, last, e))) {
      return null;
    }
    return new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(joined[0]), i + 1, last, i, last,
        joined[0] > 1 ? null : t[end - 1].lower, FigureRole.TOTAL, KILLED_RULE + ", active");
  }

  /**
   * Returns the figures without headline figures when the report gives another non-zero killed or
   * injured count, or, for a headline's person of another fate, another count of that fate: the
   * story's own count is then the better one.
   */
  static List<CasualtyFigure> withoutHeadlinesBesideCounts(List<CasualtyFigure> figures) {
    boolean countedKilled = false;
    boolean countedHurt = false;
    boolean headline = false;
    Set<CasualtyCategory> counted = java.util.EnumSet.noneOf(CasualtyCategory.class);
    for (CasualtyFigure f : figures) {
      boolean mine = isHeadline(f) || f.rule().startsWith(FATE_RULE);
      headline |= mine;
      if (!mine && !f.count().isZero()) {
        countedKilled |= f.category() == CasualtyCategory.KILLED;
        countedHurt |= f.category() == CasualtyCategory.INJURED;
        counted.add(f.category());
      }
    }
    if (!headline || counted.isEmpty()) {
      return figures;
    }
    List<CasualtyFigure> out = new ArrayList<>(figures.size());
    for (CasualtyFigure f : figures) {
      // a headline's person of another fate gives way to the story's own count of that fate
      boolean dropped = isHeadline(f) && (f.category() == CasualtyCategory.KILLED ? countedKilled
          : countedKilled || countedHurt) || f.rule().startsWith(FATE_RULE) && (counted.contains(f.category())
          || f.category() == CasualtyCategory.HOSPITALIZED && countedHurt);
      if (!dropped) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Returns the figures with a headline's count that the story gives as a running total made
   * cumulative too: "Chicago weekend violence: 4 killed, 19 wounded" over "At least four people
   * were killed and 19 wounded in shootings across Chicago over the weekend" is the same tally, not
   * an incident's toll.
   *
   * @param headlineEnd the offset where the report's first sentence ends
   */
  static List<CasualtyFigure> restatedTallies(List<CasualtyFigure> figures, int headlineEnd) {
    return relabelHeadline(figures, headlineEnd,
        f -> f.role() == FigureRole.TOTAL && runningTotalOf(figures, f, headlineEnd),
        FigureRole.CUMULATIVE, "; the story's running total");
  }

  /**
   * Returns the figures with each of the headline's (those that begin before {@code headlineEnd}) that {@code
   * restated} accepts given {@code role}, its rule told why; the list itself when none is.
   */
  private static List<CasualtyFigure> relabelHeadline(List<CasualtyFigure> figures, int headlineEnd,
      java.util.function.Predicate<CasualtyFigure> restated, FigureRole role, String why) {
    List<CasualtyFigure> out = null;
    for (int n = 0; n < figures.size() && figures.get(n).span().begin() < headlineEnd; n++) {
      CasualtyFigure f = figures.get(n);
      if (restated.test(f)) {
        out = out == null ? new ArrayList<>(figures) : out;
        out.set(n, f.toBuilder().role(role).rule(f.rule() + why).build());
      }
    }
    return out == null ? figures : out;
  }

  /**
   * Returns the figures with a headline's count that the story gives as an earlier toll made
   * previous too: "Seven hospitalised after leak" over "Eight people were hospitalised ... Earlier
   * reports said seven people had been taken to hospital" carries the earlier report, not a second
   * group. A headline's count the story also gives as a standing figure stays.
   *
   * @param headlineEnd the offset where the report's first sentence ends
   */
  static List<CasualtyFigure> restatedEarlierTolls(List<CasualtyFigure> figures, int headlineEnd) {
    return relabelHeadline(figures, headlineEnd, f -> f.role() == FigureRole.TOTAL && f.count().value().isPresent()
        && storyRole(figures, f, headlineEnd, FigureRole.PREVIOUS)
        && !storyRole(figures, f, headlineEnd, FigureRole.TOTAL) && !storyRole(figures, f, headlineEnd, FigureRole.UPDATE),
        FigureRole.PREVIOUS, "; the story's earlier toll");
  }

  /**
   * Returns the figures with a headline's count that the story gives only as a part of a larger count
   * of its category made a subtotal too: "Tower fire: 3 remain in intensive care" over "Eighteen people
   * were taken to hospital, and three remain in intensive care" carries the story's part, not a second
   * group.
   *
   * @param headlineEnd the offset where the report's first sentence ends
   */
  static List<CasualtyFigure> restatedParts(List<CasualtyFigure> figures, int headlineEnd) {
    // the dead are left alone: "two of those victims have since died" is a part of the shot, yet the title's toll
    return relabelHeadline(figures, headlineEnd, f -> f.role() == FigureRole.TOTAL
        && f.category() != CasualtyCategory.KILLED && f.count().value().isPresent()
        && storyRole(figures, f, headlineEnd, FigureRole.SUBTOTAL) && !storyRole(figures, f, headlineEnd, FigureRole.TOTAL)
        && !storyRole(figures, f, headlineEnd, FigureRole.UPDATE) && !storyRole(figures, f, headlineEnd, FigureRole.ADDITIONAL)
        && storyWhole(figures, f, headlineEnd), FigureRole.SUBTOTAL, "; the story's part");
  }

  /**
   * Whether the story after the headline gives a larger figure of {@code f}'s category that its part may
   * be of: "including 140,000 who were displaced" is a part of the affected, and a count of the displaced.
   */
  private static boolean storyWhole(List<CasualtyFigure> figures, CasualtyFigure f, int headlineEnd) {
    for (CasualtyFigure g : figures) {
      if (g.span().begin() >= headlineEnd && g.category() == f.category() && g.role() == FigureRole.TOTAL
          && g.count().min() > f.count().value().getAsLong()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the story after the headline gives {@code f}'s category and exact number in the role. */
  private static boolean storyRole(List<CasualtyFigure> figures, CasualtyFigure f, int headlineEnd, FigureRole role) {
    for (CasualtyFigure g : figures) {
      if (g.span().begin() >= headlineEnd && g.role() == role && g.category() == f.category()
          && g.count().value().equals(f.count().value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the figures without a headline's vague count that the story gives as a number: "Clashes
   * leave dozens dead" over "the clashes have killed at least 37 people" is one toll told twice, the
   * headline rounding it. The story's figure must be of the same category and within the word's
   * bounds or up to {@value #ROUNDED_DOWN} times its top ("Fighting displaces thousands" over
   * "forced about 45,000 people to flee"); only a toll of the story gives the number ({@link #tollOfTheStory})
   * of the whole.
   *
   * @param headlineEnd the offset where the report's first sentence ends
   */
  static List<CasualtyFigure> withoutVagueRestated(List<CasualtyFigure> figures, int headlineEnd) {
    return withoutHeadlineFigures(figures, headlineEnd, f -> f.count().qualifier() != CountQualifier.VAGUE ? -1
        : numberedInStory(figures, f, headlineEnd));
  }

  /**
   * Returns the figures without the total figures of the headline (before {@code headlineEnd}) that {@code story}
   * finds told in the story (it returns the index of the story's figure, or -1): the story's figure keeps the
   * headline's words as a telling of its own.
   */
  private static List<CasualtyFigure> withoutHeadlineFigures(List<CasualtyFigure> figures, int headlineEnd,
      java.util.function.ToIntFunction<CasualtyFigure> story) {
    List<CasualtyFigure> out = null;
    for (int n = 0; n < figures.size() && figures.get(n).span().begin() < headlineEnd; n++) {
      CasualtyFigure f = figures.get(n);
      int told = f.role() == FigureRole.TOTAL ? story.applyAsInt(f) : -1;
      if (told >= 0) {
        out = out == null ? new ArrayList<>(figures) : out;
        out.set(n, null);
        out.set(told, out.get(told).toBuilder().restatedAt(f.span()).build());
      }
    }
    if (out == null) {
      return figures;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** The least round number a headline may round a story's figure to: "Floods displace 200,000". */
  private static final long LEAST_ROUNDED = 100;

  /**
   * Returns the figures without a headline's round number that rounds a figure of the story:
   * "Floods displace 200,000" over "displaced about 204,000", "Dengue toll passes 500" over "has killed
   * 512", is one count told twice. The headline's number ends in two zeros or more, and the story's,
   * of the same category and a toll of the story ({@link #tollOfTheStory}), rounds to it at the headline's last non-zero
   * digit, and a headline that says more ("Toll passes 500") rounds a toll at or above its number only; a small
   * number ("Fire kills 10" over "12 were killed") may be another toll and stays.
   *
   * @param headlineEnd the offset where the report's first sentence ends
   */
  static List<CasualtyFigure> withoutRoundedRestated(List<CasualtyFigure> figures, int headlineEnd) {
    return withoutHeadlineFigures(figures, headlineEnd, f -> f.count().qualifier() == CountQualifier.VAGUE ? -1
        : roundedInStory(figures, f, headlineEnd));
  }

  /** Returns the index of the story's figure that the headline's round figure rounds, or -1. */
  private static int roundedInStory(List<CasualtyFigure> figures, CasualtyFigure f, int headlineEnd) {
    Range<Long> range = f.count().range();
    if (!range.hasLowerBound()) {
      return -1;
    }
    long v = f.count().value().orElse(range.lowerEndpoint());
    if (v < LEAST_ROUNDED || v % LEAST_ROUNDED != 0) {
      return -1;
    }
    long unit = LEAST_ROUNDED;
    while (v % (unit * 10) == 0) {
      unit *= 10;
    }
    for (int n = 0; n < figures.size(); n++) {
      CasualtyFigure g = figures.get(n);
      Range<Long> r = g.count().range();
      if (g.span().begin() >= headlineEnd && g.category() == f.category() && g.count().qualifier() != CountQualifier.VAGUE
          && tollOfTheStory(figures, g, headlineEnd) && r.hasLowerBound()) {
        long w = g.count().value().orElse(r.lowerEndpoint());
        // "Toll passes 500" rounds a toll above 500 only
        boolean above = f.count().qualifier() != CountQualifier.MORE_THAN && f.count().qualifier() != CountQualifier.AT_LEAST
            || w >= v;
        if (w != v && above && (w + unit / 2) / unit * unit == v) {
          return n;
        }
      }
    }
    return -1;
  }

  /** Returns the index of the story's figure that gives the headline's vague count as a number, or -1. */
  private static int numberedInStory(List<CasualtyFigure> figures, CasualtyFigure f, int headlineEnd) {
    Range<Long> word = f.count().range();
    if (!word.hasLowerBound() || !word.hasUpperBound()) {
      return -1;
    }
    long low = word.lowerEndpoint();
    long high = word.upperEndpoint() * ROUNDED_DOWN;
    for (int n = 0; n < figures.size(); n++) {
      CasualtyFigure g = figures.get(n);
      Range<Long> r = g.count().range();
      if (g.span().begin() >= headlineEnd && g.category() == f.category() && g.count().qualifier() != CountQualifier.VAGUE
          && tollOfTheStory(figures, g, headlineEnd) && r.hasLowerBound() && r.lowerEndpoint() >= low
          && r.lowerEndpoint() <= high) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Whether a story's figure is the toll a headline may round: a total or an update, or, in a story that tells
   * no such toll of the category, a running total ("Dengue toll passes 500" over "has killed 512 so far this
   * year"). A part, a group added or an earlier toll is none, and neither is a running total beside the
   * incident's own toll ("Dozens killed in attack" is not the region's 40 this year).
   */
  private static boolean tollOfTheStory(List<CasualtyFigure> figures, CasualtyFigure g, int headlineEnd) {
    if (g.role().statesToll()) {
      return true;
    }
    if (g.role() != FigureRole.CUMULATIVE) {
      return false;
    }
    for (CasualtyFigure h : figures) {
      if (h.span().begin() >= headlineEnd && h.category() == g.category() && h.role().statesToll()) {
        return false;
      }
    }
    return true;
  }

  private static boolean runningTotalOf(List<CasualtyFigure> figures, CasualtyFigure f, int headlineEnd) {
    for (CasualtyFigure g : figures) {
      if (g.span().begin() >= headlineEnd && g.role() == FigureRole.CUMULATIVE && g.category() == f.category()
          && g.count().value().isPresent() && g.count().value().equals(f.count().value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadline(CasualtyFigure f) {
    return f.category() == CasualtyCategory.INJURED && (f.rule().startsWith(SHOT_RULE) || f.rule().startsWith(HURT_RULE))
        || f.category() == CasualtyCategory.KILLED && f.rule().startsWith(KILLED_RULE);
  }

  /** Returns the index after a leading label such as "Police:" or "UPDATE:", else {@code s}. */
  private static int afterLabel(Token[] t, int s, int e) {
    for (int k = s + 1; k < e && k <= s + MAX_LABEL; k++) {
      if (t[k].is(":")) {
        return k + 1;
      }
    }
    return s;
  }

  private static Candidate at(Token[] t, int i, int e, boolean dead) {
    int head = personHead(t, i, e);
    if (head < 0) {
      return null;
    }
    int j = afterPerson(t, head + 1, e);
    int end = dead ? deathPredicate(t, j, e) : predicate(t, j, e);
    if (end < 0) {
      return null;
    }
    boolean shot = SHOOTS.contains(t[j].lower) || HIT.contains(t[j].lower);
    String rule = dead ? KILLED_RULE : shot ? SHOT_RULE : HURT_RULE;
    return new Candidate(dead ? CasualtyCategory.KILLED : CasualtyCategory.INJURED, CasualtyCount.exactly(1), i,
        head + 1, i, end, t[head].lower, FigureRole.TOTAL, rule);
  }

  /**
   * Returns the index of the head noun of a person without a determiner at {@code i} ("man",
   * "4-year-old boy", "British tourist"), which ends before the headline's predicate, or -1.
   */
  private static int personHead(Token[] t, int i, int e) {
    int head = -1;
    int k = i;
    for (; k < e && k < i + MAX_MODIFIERS; k++) {
      Token w = t[k];
      if (k == i && HURT_BEFORE.contains(w.lower) && k + 1 < e && isPerson(t[k + 1])) {
        continue; // "Wounded teen found outside restaurant dies": the harm as the person's adjective
      }
      if (!w.isWord() || w.has(WordFlags.FUNCTION) || HURT.contains(w.lower) || SHOOTS.contains(w.lower)
          || STATES.contains(w.lower) || DEATHS.contains(w.lower) || w.is("fatally") || w.is("kills") || w.is("found")
          || TO_DEATH.contains(w.lower)
          || ADVERBS.contains(w.lower)
          || HIT.contains(w.lower)) {
        break;
      }
      head = isPerson(w) ? k : -1;
    }
    return head >= 0 && head + 1 == k ? head : -1;
  }

  /** Returns the index after the person's age aside (", 14,") and adverbs at {@code j}. */
  private static int afterPerson(Token[] t, int j, int e) {
    if (j + 2 < e && t[j].is(",") && t[j + 1].isNumber() && t[j + 2].is(",")) {
      j += 3;
    }
    while (j < e && ADVERBS.contains(t[j].lower)) {
      j++;
    }
    return j;
  }

  /**
   * Returns the headline's person to whom another fate than death or a wound befell, as a
   * candidate, or null: "Man arrested after stabbing in Leeds", "Schoolgirl, 14, rescued from River
   * Thames", "Woman missing after boat capsizes", "Teenager hospitalised after fall". The missing
   * article is the headline's mark, as for the dead and the wounded.
   */
  static Candidate otherFate(Token[] t, int s, int e) {
    Candidate c = fateAt(t, afterLabel(t, s, e), e);
    for (int i = s; c == null && i + 1 < e; i++) {
      if (t[i].is("after")) {
        c = fateAt(t, i + 1, e);
      }
    }
    // "Child hospitalized after being shot": the wounded person the hurt rule reads, not one more
    return c != null && c.category == CasualtyCategory.HOSPITALIZED && apply(t, s, e) != null ? null : c;
  }

  private static Candidate fateAt(Token[] t, int i, int e) {
    int head = personHead(t, i, e);
    if (head < 0 || CasualtyRules.Head.at(t, i, e) != null) {
      // "One person was taken to the hospital": a count, which the story's rules read
      return null;
    }
    int j = afterPerson(t, head + 1, e);
    // "Pensioner reported missing", "Boy, 12, feared missing"; not "was", which a headline drops
    j = j + 1 < e && HEARSAY.contains(t[j].lower) ? j + 1 : j;
    PhraseTable.Match m = Lexicon.PREDICATES.match(t, j, e);
    if (m == null || !OTHER_FATES.contains(m.category)) {
      return null;
    }
    return new Candidate(m.category, CasualtyCount.exactly(1), i, head + 1, i, m.end, t[head].lower,
        FigureRole.TOTAL, FATE_RULE);
  }

  /**
   * Returns the wounded or dead people a headline lists before its participle, a figure for each counted group
   * and one for each run of persons told one by one (the first a total, the others additional), or an empty list: "Two girls, two men shot outside club", "Man, 3
   * girls shot in Northside", "Mother and child shot in home invasion", "Officer, suspect wounded in exchange of
   * gunfire", "12 soldiers, 3 militants killed in clash". Each group is a counted group ("3 teen girls") or a
   * person without a determiner ("4-year-old boy"); commas, "and" or "&" join two to {@value #MAX_LISTED} of
   * them, and the participle is followed by a place, a time, a cause or nothing, as for one person.
   */
  static List<Candidate> listed(Token[] t, int s, int e) {
    int i = afterLabel(t, s, e);
    List<long[]> groups = new ArrayList<>(); // begin, end, count, whether counted by a number
    int j = i;
    int listed = 0;
    while (j < e && listed++ < MAX_LISTED) {
      int end = groupEnd(t, j, e);
      if (end < 0) {
        return List.of();
      }
      CasualtyRules.Head h = CasualtyRules.Head.at(t, j, e);
      boolean counted = h != null && h.people != null && h.end == end;
      long n = counted ? h.quantity.count.value().orElse(1) : 1;
      long[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (!counted && last != null && last[3] == 0) {
        // "Deputy, suspect injured": persons told one by one are counted together, as "his aunt and uncle" are
        last[1] = end;
        last[2]++;
      } else {
        groups.add(new long[] {j, end, n, counted ? 1 : 0});
      }
      j = end;
      if (j + 1 < e && (t[j].is(",") || t[j].is("and") || t[j].is("&"))) {
        j += t[j].is(",") && (t[j + 1].is("and") || t[j + 1].is("&")) ? 2 : 1;
      } else {
        break;
      }
    }
    boolean dead = j < e && DEAD_PARTICIPLES.contains(t[j].lower);
    long sum = groups.stream().mapToLong(g -> g[2]).sum();
    if (listed < 2 || sum < 2 || j >= e || !(dead || HURT.contains(t[j].lower))
        || !(j + 1 >= e || placeOrTime(t, j + 1, e))) {
      return List.of();
    }
    String rule = (dead ? KILLED_RULE : t[j].is("shot") ? SHOT_RULE : HURT_RULE) + ", listed";
    CasualtyCategory category = dead ? CasualtyCategory.KILLED : CasualtyCategory.INJURED;
    List<Candidate> out = new ArrayList<>(groups.size());
    for (long[] g : groups) {
      // "Woman, 2 children hurt": each counted group a figure as the report states it, the first a total, the rest more
      out.add(new Candidate(category, CasualtyCount.exactly(g[2]), (int) g[0], (int) g[1], (int) g[0], j + 1, null,
          out.isEmpty() ? FigureRole.TOTAL : FigureRole.ADDITIONAL, rule));
    }
    return out;
  }

  /**
   * Returns the end of one listed group at {@code j}: a counted group of people ("2 girls", "three
   * teen girls") or a person without a determiner ("man", "4-year-old boy"); -1 if neither.
   */
  private static int groupEnd(Token[] t, int j, int e) {
    CasualtyRules.Head h = CasualtyRules.Head.at(t, j, e);
    if (h != null && h.people != null && h.quantity.count.value().isPresent()) {
      return h.end;
    }
    int head = -1;
    int k = j;
    for (; k < e && k < j + MAX_MODIFIERS; k++) {
      Token w = t[k];
      if (!w.isWord() || w.has(WordFlags.FUNCTION) || HURT.contains(w.lower) || w.is("and")) {
        break;
      }
      head = isPerson(w) ? k : -1;
    }
    return head >= 0 && head + 1 == k ? k : -1;
  }

  private static boolean isPerson(Token w) {
    return Lexicon.isPeople(w) && People.isSingular(w.lower) && !SingleVictims.GROUPS.contains(w);
  }

  /** Returns the end of a headline's hurt predicate at {@code j}, or -1. */
  private static int predicate(Token[] t, int j, int e) {
    if (j >= e) {
      return -1;
    }
    String w = t[j].lower;
    if (SHOOTS.contains(w) && j + 1 < e && SELF.contains(t[j + 1].lower)) {
      return j + 2;
    }
    if (HURT.contains(w)) {
      return j + 1 >= e || placeOrTime(t, j + 1, e) ? j + 1 : -1;
    }
    if (HIT.contains(w) && j + 1 < e && (t[j + 1].is("by") || t[j + 1].is("in"))) {
      // "Boy hit by stray bullet", "Teen hit in hunting shooting": the cause close after
      for (int k = j + 2; k < e && k < j + 2 + CAUSE_WINDOW; k++) {
        if (BULLETS.contains(t[k].lower)) {
          return k + 1;
        }
        if (!t[k].isWord()) {
          return -1;
        }
      }
    }
    boolean condition = w.equals("in") && j + 2 < e && CONDITIONS.contains(t[j + 1].lower)
        && t[j + 2].is("condition");
    if (STATES.contains(w) || condition) {
      int from = condition ? j + 3 : j + 1;
      for (int k = from; k < e && k < from + CAUSE_WINDOW; k++) {
        if (CAUSES.contains(t[k].lower)) {
          return k + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Returns the end of a headline's predicate of a death at {@code j}, or -1: "killed", "dies",
   * "dead", "fatally shot", "shot dead", "shot to death", "shot and killed", then a place, a time, a
   * cause or the end, as after a hurt participle.
   */
  private static int deathPredicate(Token[] t, int j, int e) {
    int end = -1;
    if (j >= e) {
      return -1;
    } else if (t[j].is("who") && j + 1 < e && (t[j + 1].is("died") || t[j + 1].is("dies"))) {
      return j + 2; // "Hiker who died in fall from ridge identified"
    } else if ((t[j].is("kills") || t[j].is("killed")) && j + 1 < e && SELF.contains(t[j + 1].lower)) {
      end = j + 2; // "3-year-old kills herself with loaded gun"
    } else if (DEATHS.contains(t[j].lower)) {
      end = j + 1;
    } else if (t[j].is("fatally") && j + 2 < e && SHOOTS.contains(t[j + 1].lower) && SELF.contains(t[j + 2].lower)) {
      end = j + 3; // "boy fatally shoots himself"
    } else if (t[j].is("fatally") && j + 1 < e && FATALLY_DONE.contains(t[j + 1].lower)) {
      end = j + 2;
    } else if (t[j].is("found") && j + 1 < e && !t[j + 1].is("found") && deathPredicate(t, j + 1, e) > 0) {
      return deathPredicate(t, j + 1, e); // "Teen found dead in park", "Man found shot to death"
    } else if ((t[j].is("is") || t[j].is("was")) && j + 1 < e && DEATHS.contains(t[j + 1].lower)) {
      end = j + 2; // "Boy, 12, is killed by armed robbers"
    } else if ((WOUNDED_FIRST.contains(t[j].lower) || t[j].is("found")) && (end = diedAfter(t, j + 1, e)) > 0) {
      // "Man shot Friday dies", "Teen wounded in weekend shooting dies": the wound names the person, the death is told
    } else if (t[j].is("shot")) {
      end = afterShot(t, j, e);
    } else if (TO_DEATH.contains(t[j].lower) && j + 2 < e && t[j + 1].is("to") && t[j + 2].is("death")) {
      end = j + 3; // "Woman stabbed to death at home"
    }
    return end < 0 || end < e && !placeOrTime(t, end, e) ? -1 : end;
  }

  /** Participles a headline may put before its person as an adjective: "Wounded teen dies". */
  private static final Set<String> HURT_BEFORE = ImmutableSet.of("wounded", "injured", "hurt", "missing");
  /** Participles that "to death" makes a death: "stabbed to death", "beaten to death". */
  private static final Set<String> TO_DEATH = ImmutableSet.of("stabbed", "beaten", "bludgeoned", "hacked", "burned",
      "strangled", "mauled", "crushed", "trampled");
  /** Participles of a harm that a headline may tell before the person's death: "Man shot Friday dies". */
  private static final Set<String> WOUNDED_FIRST = ImmutableSet.of("shot", "wounded", "stabbed", "injured", "hurt",
      "hit", "struck", "burned", "burnt", "attacked", "beaten", "mauled");

  /**
   * Returns the index after "dies" or "died" told a few words after a harm's participle, within its
   * clause ("shot Friday dies", "wounded in weekend shooting dies"), or -1.
   */
  private static int diedAfter(Token[] t, int from, int e) {
    if (!ShootingRules.diesAfter(t, from, e)) {
      return -1;
    }
    for (int k = from + 1; k < e && k <= from + CAUSE_WINDOW + 2; k++) {
      if (t[k].is("dies") || t[k].is("died")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Returns the end of a death told after "shot" at {@code j}: "shot, killed", "shot in the head,
   * killed", "shot dead", "shot to death", "shot and killed"; or -1.
   */
  private static int afterShot(Token[] t, int j, int e) {
    int comma = killedAfterComma(t, j, e);
    if (comma > 0) {
      return comma;
    }
    if (j + 1 < e && t[j + 1].is("dead")) {
      return j + 2;
    }
    boolean toDeath = j + 2 < e && (t[j + 1].is("to") || t[j + 1].is("and"))
        && (t[j + 2].is("death") || t[j + 2].is("killed"));
    return toDeath ? j + 3 : -1;
  }

  /** Returns the end of ", killed" a few words after "shot" at {@code j} ("shot in the head, killed"), or -1. */
  private static int killedAfterComma(Token[] t, int j, int e) {
    for (int k = j + 1; k + 1 < e && k <= j + CAUSE_WINDOW + 1; k++) {
      if (t[k].is(",") && t[k + 1].is("killed")) {
        return k + 2 >= e || placeOrTime(t, k + 2, e) ? k + 2 : -1;
      }
      if (!t[k].isWord()) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean placeOrTime(Token[] t, int next, int e) {
    if (t[next].is("at")) {
      return ShootingRules.firedNear(t, next, e);
    }
    if (!NEXT.contains(t[next].lower)) {
      return false;
    }
    for (int k = next + 1; k < e && k <= next + 2; k++) {
      if (NOT_HIT.contains(t[k].lower)) {
        return false;
      }
    }
    return true;
  }
}
