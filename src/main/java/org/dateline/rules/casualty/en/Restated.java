package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * A toll a report tells twice: "Bus crash kills 15" over "At least 15 passengers died as ...",
 * or "15 passengers died ... The crash, which killed 15, ...". One number stated twice for one
 * incident is one figure, so the report's list gives it once.
 *
 * <p>Two figures are one toll told twice when both are a {@link FigureRole#TOTAL} or an {@link
 * FigureRole#UPDATE} of the same category and number (the same vague word, the same range), when
 * whom they count agrees (see {@link #sameVictims}), when the later one's sentence, up to the
 * figure's last word, does not turn to another incident ("Two people were also killed in ...",
 * "In a separate attack, ..."), and when the two are not set on different weekdays by their own
 * words and the second's sentence does not open on a place the first's does not name ("In
 * Zaporizhzhia, ..."). A figure
 * that heads a run (an {@link FigureRole#ADDITIONAL} figure of its category follows it: "five
 * soldiers and two civilians") counts only its own group and is never taken for the toll. In a
 * roundup, a report that keeps a running total ({@link FigureRole#CUMULATIVE}), single persons are
 * never merged: it tells many victims one by one.
 *
 * <p>The first statement stays, in its place: a report's first figure of a category is its lead,
 * which tolls read. Only where the second hedges a count the first gives plain ("Gunman kills 4"
 * over "At least four people were killed") and no figure of the category stands between them does
 * the second stay instead. The one that stays takes from the other whom it counts and who claims it
 * where it says less. Two claimants of one number are one figure too ("police said 12 were killed" and
 * "the ministry said 12 were killed"): the number agrees, and the first claimant named is the one kept.
 *
 * <p>A count of families or households is one told in homes where the report also counts the
 * category's people, and by more ({@link #withoutHouseholds}).
 */
final class Restated {
  /** Stretches of time a narrative moves by from one incident to the next: "two days later", "the following week". */
  private static final TokenSet DAYS_APART = TokenSet.of("day", "days", "week", "weeks", "month", "months", "year",
      "years");
  /** Nouns that name no particular group, so that any group may be the one they count. */
  private static final TokenSet ANYONE = TokenSet.of("people", "persons", "person", "individuals", "individual",
      "victims", "victim", "others", "casualties", "lives", "life", "deaths", "death", "bodies", "body");
  /**
   * Words that bring in a person not told before: "a man was killed ... a man was killed" are two. "One" is a
   * count, which a report tells again of the same person ("killed one person ... 'One person died'").
   */
  private static final TokenSet INDEFINITE = TokenSet.of("a", "an", "another");
  /** How many figures apart two statements of one toll may stand, a bound on the work per report. */
  private static final int MAX_APART = 40;

  private Restated() {}

  /**
   * Returns the figures with each toll told twice given once.
   *
   * @param t the report's tokens
   * @param sentenceEnd for each token, the index after its sentence's last token
   * @param figures the report's figures, in text order
   * @param titleEnd the end of the report's title line, or -1 if it has none
   * @return the figures without the restatements, in text order; the list itself when there is none
   */
  static List<CasualtyFigure> withoutRestated(Token[] t, int[] sentenceEnd, List<CasualtyFigure> figures, int titleEnd) {
    List<CasualtyFigure> out = null;
    // a roundup (a report that keeps a running total) tells many victims one by one: its single persons stay apart
    boolean roundup = figures.stream().anyMatch(f -> f.role() == FigureRole.CUMULATIVE);
    for (int later = 1; later < figures.size(); later++) {
      List<CasualtyFigure> now = out == null ? figures : out;
      CasualtyFigure g = now.get(later);
      boolean part = g != null && g.role() == FigureRole.SUBTOTAL;
      boolean others = g != null && g.role() == FigureRole.ADDITIONAL && othersHead(g);
      if (g != null && g.role() == FigureRole.ADDITIONAL && titleEcho(t, sentenceEnd, titleEnd, figures, later)) {
        // "Quake kills 40; 12 missing" over "... Another 12 people remain missing": the title's count, told again
        out = out == null ? new ArrayList<>(figures) : out;
        out.set(later, null);
        continue;
      }
      // a story's figure that heads a run counts its own group, which a title told alone may count ("kills 13
      // recruits" over "killing 13 recruits ... The attacker was also killed")
      boolean runHead = g != null && !part && headsARun(figures, later);
      if (g == null || !g.role().statesToll() && !part && !others || roundup && g.count().value().orElse(0) == 1
          || runHead && (titleEnd < 0 || g.span().begin() <= titleEnd) || turnsToAnother(t, sentenceEnd, g)) {
        continue;
      }
      for (int earlier = later - 1; earlier >= Math.max(0, later - MAX_APART); earlier--) {
        CasualtyFigure f = now.get(earlier);
        if (f == null || (part ? f.role() != FigureRole.SUBTOTAL || !sameParentToll(figures, earlier, later)
            || !parentMerged(now, figures, later)
            : others ? !othersAgain(f, g)
            : !tollLike(f, titleEnd) && !othersAgain(f, g) || f.role().statesToll() && headsARun(figures, earlier))
            || f.category() != g.category() || !sameNumber(f.count(), g.count())
            || (runHead ? !(sameVictims(f, g) && titleAndLead(titleEnd, figures, f, g))
                : !(sameVictims(f, g) || titleAndLead(titleEnd, figures, f, g)))
            || elsewhereOrAnotherDay(t, sentenceEnd, f, g) || anotherSingle(t, sentenceEnd, f, g)) {
          continue;
        }
        out = out == null ? new ArrayList<>(figures) : out;
        // a running total told again as the toll is the toll ("2 killed" over "Police said two men were killed")
        boolean tollLater = f.role() == FigureRole.CUMULATIVE && g.role().statesToll() && tollLike(f, titleEnd);
        if (tollLater || hedgedOnlyLater(f, g) && noneBetween(out, earlier, later)) {
          out.set(earlier, null);
          out.set(later, merged(g, f));
        } else {
          out.set(earlier, merged(f, g));
          out.set(later, null);
        }
        break;
      }
    }
    if (out == null) {
      return figures;
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /**
   * Whether a toll in the title and the first figure of its category in the story count the same people whatever
   * words each names them by: "Nine miners dead" over "Nine mineworkers have died", "1 dead" over "A 17-year-old boy
   * was killed". A title tells the story's lead in fewer words.
   */
  private static boolean titleAndLead(int titleEnd, List<CasualtyFigure> figures, CasualtyFigure f, CasualtyFigure g) {
    if (titleEnd < 0 || f.span().end() > titleEnd || g.span().begin() <= titleEnd || !f.role().statesToll()
        || otherArmedGroup(f, g)) {
      return false;
    }
    for (CasualtyFigure h : figures) {
      if (h != f && h != g && h.category() == f.category() && h.span().begin() > titleEnd
          && h.span().begin() < g.span().begin()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a count of "others" told as a toll is the group an earlier figure added as others: "Two other men were
   * found with stab wounds" then "two others have been injured" count the same two.
   */
  private static boolean othersAgain(CasualtyFigure f, CasualtyFigure g) {
    return f.role() == FigureRole.ADDITIONAL && othersHead(g) && f.who().isPresent();
  }

  /** Whether a figure counts "others": its group is named so, or its words say so ("three others have been hurt"). */
  private static boolean othersHead(CasualtyFigure g) {
    String words = " " + g.span().text().toLowerCase(Locale.ROOT) + " ";
    return g.who().map(w -> head(w.toLowerCase(Locale.ROOT))).orElse("").equals("others")
        || g.who().isEmpty() && words.contains(" others ");
  }

  /**
   * Whether the figure's sentence, anywhere, tells of another incident ("in a separate landslide", "elsewhere"), but by
   * the "another" that opens the figure itself.
   */
  private static boolean otherIncidentAround(Token[] t, int[] sentenceEnd, CasualtyFigure g) {
    int i = tokenAt(t, g.span().begin());
    if (i < 0) {
      return false;
    }
    for (int k = sentenceStart(sentenceEnd, i); k < sentenceEnd[i]; k++) {
      if (Lexicon.OTHER_INCIDENT.contains(t[k]) && !(k == i && t[k].is("another"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of two figures names an armed group the other does not: "Two soldiers killed" over "Two militants were
   * killed", "Gunmen kill 4 soldiers" over "Four attackers were killed" count different people.
   */
  private static boolean otherArmedGroup(CasualtyFigure f, CasualtyFigure g) {
    ArmedSides.Side a = f.who().map(ArmedSides::side).orElse(null);
    ArmedSides.Side b = g.who().map(ArmedSides::side).orElse(null);
    if (a == null && b == null) {
      return false;
    }
    return a == null || b == null ? f.who().isPresent() && g.who().isPresent() && particular(f.who())
        && particular(g.who()) : !ArmedSides.sameSide(f.who().get(), g.who().get());
  }

  /**
   * Whether an additional figure told by "another" or "more" ("another 12 people remain missing", "nine more
   * patients died") adds to nothing but its category's count in the report's title, which gives the same number,
   * told with "more" too where the story's is: no figure of its category stands between them (merged or not, so
   * {@code figures} is the list as it came) or elsewhere in its sentence, its sentence turns to no other place, day or
   * incident, and no later update of the category gives the title's count and the addition together ("Twelve more
   * died ..., bringing the toll to 24"). The story then tells the title's count again, in its own words.
   */
  private static boolean titleEcho(Token[] t, int[] sentenceEnd, int titleEnd, List<CasualtyFigure> figures, int later) {
    CasualtyFigure g = figures.get(later);
    // only "another" or "more" adds to a count it names none of in its own words: "turning the gun on himself" adds
    // to the victim its sentence told
    String words = g.span().text().toLowerCase(Locale.ROOT);
    boolean more = words.contains(" more ");
    if (titleEnd < 0 || !words.startsWith("another ") && !more || otherIncidentAround(t, sentenceEnd, g)) {
      return false;
    }
    CasualtyFigure title = null;
    for (int i = later - 1; i >= 0 && title == null; i--) {
      CasualtyFigure f = figures.get(i);
      if (f != null && f.category() == g.category()) {
        title = f;
      }
    }
    if (title == null || title.span().end() > titleEnd || g.span().begin() <= titleEnd || !title.role().statesToll()
        || !sameNumber(title.count(), g.count()) || more && !title.span().text().toLowerCase(Locale.ROOT).contains("more")
        || elsewhereOrAnotherDay(t, sentenceEnd, title, g)) {
      return false;
    }
    int gi = tokenAt(t, g.span().begin());
    for (int i = later + 1; i < figures.size(); i++) {
      CasualtyFigure h = figures.get(i);
      if (h.category() != g.category()) {
        continue;
      }
      boolean sameSentence = gi >= 0 && h.span().begin() < t[sentenceEnd[gi] - 1].end;
      boolean sum = h.role() == FigureRole.UPDATE && h.count().min() == title.count().min() + g.count().min();
      if (sameSentence && h.role() != FigureRole.SUBTOTAL || sum) {
        return false; // "... a day after five deaths", "bringing the toll to 24": the addition is news (a part of it is not)
      }
    }
    return true;
  }

  /**
   * Whether two parts of a category count the same part of one toll told twice: the toll each is a part of (the
   * nearest figure before it that states its category's toll) gives the same number, as a title's "kills 27,
   * including 9 children" over a lead's "killed 27 civilians, including nine children".
   */
  private static boolean sameParentToll(List<CasualtyFigure> figures, int earlier, int later) {
    CasualtyFigure a = parentToll(figures, earlier);
    CasualtyFigure b = parentToll(figures, later);
    return a != null && b != null && a != b && sameNumber(a.count(), b.count());
  }

  /** Whether the toll the figure at {@code n} is a part of was itself told again and merged away ({@code now}). */
  private static boolean parentMerged(List<CasualtyFigure> now, List<CasualtyFigure> figures, int n) {
    CasualtyFigure parent = parentToll(figures, n);
    for (int i = n - 1; parent != null && i >= 0; i--) {
      if (figures.get(i) == parent) {
        return now.get(i) == null;
      }
    }
    return false;
  }

  private static CasualtyFigure parentToll(List<CasualtyFigure> figures, int n) {
    CasualtyCategory category = figures.get(n).category();
    for (int i = n - 1; i >= Math.max(0, n - MAX_APART); i--) {
      CasualtyFigure f = figures.get(i);
      if (f.category() == category && f.role().statesToll()) {
        return f;
      }
    }
    return null;
  }

  /** Head nouns of counts of homes' people, not of people: "12,000 families". */
  private static final TokenSet HOUSEHOLDS = TokenSet.of("families", "households");

  /**
   * Returns the figures without each count of families or households whose category the report also counts in
   * people, and by more: "the typhoon affected 250,000 families ... 1.1 million people were affected" tells
   * one group twice, in homes and in people, and the people are the figure. A count of families in brackets
   * after the people, which reads as their part, is such a count too.
   *
   * @param figures the report's figures, in text order
   * @return the figures without those counts, in text order; the list itself when there is none
   */
  static List<CasualtyFigure> withoutHouseholds(List<CasualtyFigure> figures) {
    Map<CasualtyCategory, Long> most = new EnumMap<>(CasualtyCategory.class);
    boolean any = false;
    for (CasualtyFigure f : figures) {
      if (inHomes(f)) {
        any = true;
      } else if (f.role().statesToll()) {
        most.merge(f.category(), f.count().min(), Math::max);
      }
    }
    if (!any) {
      return figures;
    }
    List<CasualtyFigure> out = new ArrayList<>(figures);
    out.removeIf(f -> inHomes(f) && most.getOrDefault(f.category(), 0L) > f.count().min());
    return out;
  }

  /** Whether a toll counts families or households, not people. */
  private static boolean inHomes(CasualtyFigure f) {
    // a count of families in brackets after the people ("12,400 people (3,100 families)") is read as their part,
    // but tells the same people in homes
    return (f.role().statesToll() || f.role() == FigureRole.SUBTOTAL) && f.who().isPresent()
        && HOUSEHOLDS.contains(head(f.who().get()));
  }

  /**
   * Whether a figure states a count a later one may tell again: a toll, or a running total in the title ("Sudan
   * reports 1,340 new cases in a week" over "1,340 new cholera cases had been recorded over the past week"); a running
   * total in the story ("500 killed since the war began") is another count than a strike's toll of the same number.
   */
  private static boolean tollLike(CasualtyFigure f, int titleEnd) {
    return f.role().statesToll() || f.role() == FigureRole.CUMULATIVE && titleEnd >= 0 && f.span().end() <= titleEnd;
  }

  /** Whether an additional figure of its category follows the figure before the next toll of that category. */
  private static boolean headsARun(List<CasualtyFigure> figures, int n) {
    CasualtyFigure f = figures.get(n);
    for (int i = n + 1; i < figures.size(); i++) {
      CasualtyFigure g = figures.get(i);
      if (g.category() == f.category()) {
        if (g.role() == FigureRole.ADDITIONAL) {
          // "six more bodies, bringing the toll to 47": more that an update right after adds up, no run of the head's
          return !explainsUpdate(figures, i);
        }
        if (g.role().statesToll()) {
          return false;
        }
      }
    }
    return false;
  }

  /** How far after an addition the update it brings about may start. */
  private static final int UPDATE_AFTER_ADDITION = 160;

  /** Whether the next figure of the addition's category is an update told soon after it, which it adds up to. */
  private static boolean explainsUpdate(List<CasualtyFigure> figures, int addition) {
    CasualtyFigure a = figures.get(addition);
    for (int i = addition + 1; i < figures.size(); i++) {
      CasualtyFigure h = figures.get(i);
      if (h.category() == a.category()) {
        return h.role() == FigureRole.UPDATE && h.span().begin() - a.span().end() <= UPDATE_AFTER_ADDITION;
      }
    }
    return false;
  }

  private static boolean sameNumber(CasualtyCount a, CasualtyCount b) {
    if (a.qualifier() == CountQualifier.VAGUE || b.qualifier() == CountQualifier.VAGUE) {
      return a.word().equals(b.word());
    }
    if (a.value().isPresent() || b.value().isPresent()) {
      return a.value().equals(b.value());
    }
    return a.range().equals(b.range());
  }

  /**
   * Whether two figures may count the same people: either names no particular group ("people",
   * "victims", nothing), or both name the same one ("soldiers", "Pakistani soldiers") or one armed side by two
   * words ("terrorists" and "militants", see {@link ArmedSides}), and their
   * words give no two different ages. A single person brought in as one not told before is
   * another ("a man was killed ... on Saturday a man was killed"); two single persons that name no
   * group are the same only in the same words ("1 hurt" twice, not "Ann was hurt" and "Bea was hurt").
   */
  private static boolean sameVictims(CasualtyFigure f, CasualtyFigure g) {
    Optional<String> a = f.who();
    Optional<String> b = g.who();
    boolean single = f.count().value().orElse(0) == 1;
    if (single && INDEFINITE.contains(firstWord(g.span().text()))) {
      return false;
    }
    if (single && a.isEmpty() && b.isEmpty()) {
      // "one" counts, as a name does not: "injured another ... 'one was injured'" is one person told again
      return f.span().text().equalsIgnoreCase(g.span().text()) || firstWord(g.span().text()).equals("one");
    }
    int ageF = age(f.span().text());
    int ageG = age(g.span().text());
    if (ageF >= 0 && ageG >= 0 && ageF != ageG) {
      return false;
    }
    return !particular(a) || !particular(b) || singular(head(a.get())).equals(singular(head(b.get())))
        || ArmedSides.sameSide(a.get(), b.get());
  }

  /** Returns the age a figure's words give ("a 21-year-old man", "an 18-year old"), or -1 if they give none. */
  private static int age(String words) {
    int year = words.indexOf("year");
    while (year >= 2) {
      int end = year - 1;
      char joiner = words.charAt(end);
      if ((joiner == '-' || joiner == ' ') && Character.isDigit(words.charAt(end - 1))) {
        int begin = end - 1;
        while (begin > 0 && end - begin < 3 && Character.isDigit(words.charAt(begin - 1))) {
          begin--;
        }
        return Integer.parseInt(words.substring(begin, end));
      }
      year = words.indexOf("year", year + 4);
    }
    return -1;
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  /** Whether the sentence that holds the figure tells of another incident before the figure ends. */
  private static boolean turnsToAnother(Token[] t, int[] sentenceEnd, CasualtyFigure g) {
    int i = tokenAt(t, g.span().begin());
    if (i < 0) {
      return false;
    }
    int s = sentenceStart(sentenceEnd, i);
    // up to the figure's last word: what follows it ("... and another person is missing") tells of others
    for (int k = s; k < sentenceEnd[i] && t[k].begin < g.span().end(); k++) {
      if (Lexicon.OTHER_INCIDENT.contains(t[k]) || movesOn(t, s, k) && !toldAgain(t, k, i)) {
        return true;
      }
    }
    return false;
  }

  /** Words a figure told again may open with: "the 37 people killed", "all 12 people killed". */
  private static final TokenSet DEFINITE = TokenSet.of("the", "all", "those", "both");

  /**
   * Whether a figure after a move of days is the toll told again, not another incident's: someone tells it
   * ("Two days later, officials said 10 people had been killed"), or its words point back to people counted
   * before ("A year later, relatives of the 37 people killed ...").
   *
   * @param k the token of the move ("later", "next")
   * @param figure the figure's first token
   */
  private static boolean toldAgain(Token[] t, int k, int figure) {
    if (DEFINITE.contains(t[figure]) || figure > 0 && DEFINITE.contains(t[figure - 1])) {
      return true;
    }
    for (int j = k + 1; j < figure; j++) {
      if (SAID.contains(t[j])) {
        return true;
      }
    }
    return false;
  }

  /** How many words a sentence's opening phrase of time may take: "Two days later," "The following week,". */
  private static final int OPENING_WORDS = 4;

  /**
   * Whether the sentence opens on a move of the narrative by days or more, up to a comma: "Two days <b>later</b>,
   * a bomb killed ...", "A week <b>earlier</b>, ...", "The <b>next</b> day, ...". The phrase opens the sentence, so
   * that it sets the sentence's incident, not a clause's ("shot dead the following day as troops hunted a man
   * who killed two soldiers"); hours do not part incidents ("Hours later, ten were confirmed dead").
   */
  private static boolean movesOn(Token[] t, int s, int k) {
    if (k >= s + OPENING_WORDS || k == s) {
      return false;
    }
    int comma = t[k].is("later") || t[k].is("earlier") ? k + 1 : k + 2;
    if (comma >= t.length || !t[comma].is(",")) {
      return false;
    }
    if (t[k].is("later") || t[k].is("earlier")) {
      return DAYS_APART.contains(t[k - 1]);
    }
    return (t[k].is("next") || t[k].is("following")) && t[k - 1].is("the") && DAYS_APART.contains(t[k + 1]);
  }

  /**
   * Whether the sentences of two figures set them apart: the figures' own words on different days ("... in
   * Mogadishu on Monday. Gunmen killed three people in Baidoa on Tuesday"), or the second's opening on a place
   * the first does not name ("In Zaporizhzhia, two civilians were killed ..."), as a roundup moves from one
   * incident to the next.
   */
  private static boolean elsewhereOrAnotherDay(Token[] t, int[] sentenceEnd, CasualtyFigure f, CasualtyFigure g) {
    int i = tokenAt(t, f.span().begin());
    int j = tokenAt(t, g.span().begin());
    if (i < 0 || j < 0 || sentenceEnd[i] == sentenceEnd[j]) {
      return false;
    }
    int si = sentenceStart(sentenceEnd, i);
    int sj = sentenceStart(sentenceEnd, j);
    String dayF = dayOf(t, sentenceEnd, f, i);
    String dayG = dayOf(t, sentenceEnd, g, j);
    if (dayF != null && dayG != null && !dayF.equals(dayG)) {
      return true;
    }
    // "In Zaporizhzhia, ..." opens on a place; the first sentence naming it too tells the same scene
    if (sj + 2 < sentenceEnd[j] && (t[sj].is("in") || t[sj].is("at")) && t[sj + 1].capitalized
        && !t[sj + 1].has(WordFlags.FUNCTION)) {
      for (int k = si; k < sentenceEnd[i]; k++) {
        if (t[k].lower.equals(t[sj + 1].lower)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Nouns of a stretch of time a sentence may set one person's death in: "this week", "last month". */
  private static final TokenSet PERIODS = TokenSet.of("week", "month", "year", "weekend");
  /** Words before a place's name that set a sentence there: "in Kano", "near Jos". */
  private static final TokenSet AT_PLACE = TokenSet.of("in", "at", "near", "from", "outside");

  /**
   * Whether one person told by "one" in a later sentence is another person than the one told before: both
   * sentences name places and share none ("One person died in Ondo ... One person died in Ekiti"),
   * a day or a stretch of time the earlier one does not while both name one ("on Monday ... On Tuesday", "last
   * week ... This week"), or another incident anywhere ("in a second blast"). A headline's "1 dead" told
   * again in the body's "one man died after gunfire near the river in Eastvale" is the same person: a headline
   * names its place loosely, so only another day or incident sets the body's apart.
   */
  private static boolean anotherSingle(Token[] t, int[] sentenceEnd, CasualtyFigure f, CasualtyFigure g) {
    int i = tokenAt(t, f.span().begin());
    int j = tokenAt(t, g.span().begin());
    if (i < 0 || j < 0 || sentenceEnd[i] == sentenceEnd[j] || g.count().value().orElse(0) != 1
        || !firstWord(g.span().text()).equals("one")) {
      return false;
    }
    int si = sentenceStart(sentenceEnd, i);
    int sj = sentenceStart(sentenceEnd, j);
    java.util.Set<String> placesF = new java.util.HashSet<>();
    java.util.Set<String> timesF = new java.util.HashSet<>();
    gather(t, si, sentenceEnd[i], placesF, timesF);
    java.util.Set<String> placesG = new java.util.HashSet<>();
    java.util.Set<String> timesG = new java.util.HashSet<>();
    gather(t, sj, sentenceEnd[j], placesG, timesG);
    for (int k = sj; k < sentenceEnd[j]; k++) {
      if (Lexicon.OTHER_INCIDENT.contains(t[k])) {
        return true;
      }
    }
    // both set in places, and none the same: "in Ondo ... in Ekiti"; a sentence that names no place may tell the
    // same death in more words, as may a headline, which names its place loosely ("in Northgate" over "in
    // the Eastvale riverside")
    boolean headline = si == 0 && !t[sentenceEnd[i] - 1].is(".");
    boolean otherPlace = !headline && !placesF.isEmpty() && !placesG.isEmpty()
        && java.util.Collections.disjoint(placesF, placesG);
    boolean otherTime = !timesF.isEmpty() && !timesG.isEmpty() && !timesF.containsAll(timesG);
    return otherPlace || otherTime;
  }

  /** Collects the places a sentence {@code [s, e)} is set in ("in Kano") and the days and periods it names. */
  private static void gather(Token[] t, int s, int e, java.util.Set<String> places, java.util.Set<String> times) {
    for (int k = s; k < e; k++) {
      if (Lexicon.WEEKDAYS.contains(t[k]) || PERIODS.contains(t[k]) && k > s && (t[k - 1].is("this") || t[k - 1].is("last")
          || t[k - 1].is("next"))) {
        times.add((PERIODS.contains(t[k]) ? t[k - 1].lower + " " : "") + t[k].lower);
      } else if (k > s && AT_PLACE.contains(t[k - 1]) && t[k].capitalized && t[k].isWord()
          && !t[k].has(WordFlags.FUNCTION) && !QuantityParser.isMonth(t[k].lower)) {
        places.add(t[k].lower);
      }
    }
  }

  /** How many words after a figure the day of its incident may stand: "killed three people in Baidoa on Tuesday". */
  private static final int DAY_REACH = 6;

  /**
   * Returns the weekday a figure's own words set it on, in the figure or a few words after it before a comma
   * ("killed three people in Baidoa on Tuesday"), or null: a day further off, or after "said", may date
   * the telling, not the incident.
   */
  private static String dayOf(Token[] t, int[] sentenceEnd, CasualtyFigure f, int first) {
    int last = tokenAt(t, f.span().end() - 1);
    int to = Math.min(sentenceEnd[first], (last < 0 ? first : last) + 1 + DAY_REACH);
    for (int k = first; k < to; k++) {
      if (k > first && t[k].is(",")) {
        return null;
      }
      if (Lexicon.WEEKDAYS.contains(t[k]) && !(k > 0 && SAID.contains(t[k - 1]))
          && !(k > 1 && t[k - 1].is("on") && SAID.contains(t[k - 2]))) {
        return t[k].lower;
      }
    }
    return null;
  }

  /** Verbs of saying a day may follow, the day of the telling: "said Monday", "told reporters on Monday". */
  private static final TokenSet SAID = TokenSet.of("said", "says", "told", "announced", "reported", "confirmed",
      "added", "stated");

  private static int sentenceStart(int[] sentenceEnd, int i) {
    int s = i;
    while (s > 0 && sentenceEnd[s - 1] == sentenceEnd[i]) {
      s--;
    }
    return s;
  }

  /** Returns the index of the first token that ends after {@code offset}, or -1 if none does. */
  private static int tokenAt(Token[] t, int offset) {
    int lo = 0;
    int hi = t.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t[mid].end > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** Whether only the second statement hedges the count: "Gunman kills 4" over "at least four people were killed". */
  private static boolean hedgedOnlyLater(CasualtyFigure f, CasualtyFigure g) {
    return f.count().qualifier() == CountQualifier.EXACT && g.count().qualifier() != CountQualifier.EXACT;
  }

  /** Whether no figure of the category stands between two statements of its toll. */
  private static boolean noneBetween(List<CasualtyFigure> figures, int earlier, int later) {
    for (int i = earlier + 1; i < later; i++) {
      CasualtyFigure h = figures.get(i);
      if (h != null && h.category() == figures.get(earlier).category()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the statement of a toll that stays with what the other adds: whom it counts, where the
   * kept one names no particular group ("people" for "At least 30 killed", "civilians" for "30
   * people"), and who claims it, where the kept one says not.
   */
  private static CasualtyFigure merged(CasualtyFigure kept, CasualtyFigure other) {
    boolean who = other.who().isPresent() && !particular(kept.who()) && particular(other.who())
        || kept.who().isEmpty() && other.who().isPresent();
    boolean claimedBy = kept.claimedBy().isEmpty() && other.claimedBy().isPresent();
    // the rule's name stays as it is: the timeline reads some names ("<people> shot" counts the dead too)
    CasualtyFigure.Builder b = kept.toBuilder();
    if (who) {
      b.who(other.who().get());
    }
    if (claimedBy) {
      b.claimedBy(other.claimedBy().get());
    }
    b.restatedAt(other.span());
    other.restatedAt().forEach(b::restatedAt);
    return b.build();
  }

  /** Whether a figure's group is a particular one: "soldiers", not "people" or none. */
  private static boolean particular(Optional<String> who) {
    return who.isPresent() && !ANYONE.contains(head(who.get()));
  }

  private static String firstWord(String words) {
    int space = words.indexOf(' ');
    return (space < 0 ? words : words.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** Returns the head noun of whom a figure counts: its last word before any "of" ("members of a family": members). */
  static String head(String who) {
    int of = who.indexOf(" of ");
    String words = of < 0 ? who : who.substring(0, of);
    return words.substring(words.lastIndexOf(' ') + 1);
  }
}
