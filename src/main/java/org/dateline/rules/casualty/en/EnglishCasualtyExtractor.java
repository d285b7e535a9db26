package org.dateline.rules.casualty.en;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.extract.CasualtyExtractor;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;

/**
 * Finds the casualty figures an English report states: killed, injured, missing, hospitalized,
 * evacuated, displaced, arrested, rescued and affected, each with its number as stated ("at least
 * six", "dozens", "between 5 and 7"), whom it counts, who claims it and the words it comes from.
 *
 * <p>"At least six people died and 37 were wounded in the attack, police said." gives two
 * figures: {@code killed [6..+inf) people (police)} and {@code injured 37 (police)}. Numbers that
 * count other things (ages, years, money, distances, missiles, rounds of talks) are not taken:
 * a number becomes a figure only when a rule ties it to a casualty word.
 *
 * <p>The text is read once into tokens and sentences; each rule looks at a few tokens around a
 * number, so the work is linear in the length of the text. Extraction never throws because of
 * the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishCasualtyExtractor implements CasualtyExtractor {
  /** How many words a sentence's opening group may take before its comma: "Of the 15 people injured,". */
  private static final int MAX_FRONTED = 12;
  /** Verbs that give a figure a clause of its own: see {@link #partsAfterAComma}. */
  private static final TokenSet FINITE = TokenSet.of(
      "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains", "died", "die");
  /** Words that open a clause explaining an update: see {@link #partsOfAnUpdate}. */
  private static final TokenSet EXPLAINING = TokenSet.of("after", "as", "when", "with", "following");
  private static final EnglishCasualtyExtractor INSTANCE = new EnglishCasualtyExtractor();

  private EnglishCasualtyExtractor() {}

  /**
   * Returns the English casualty extractor.
   *
   * @return the extractor, shared and thread-safe
   */
  public static EnglishCasualtyExtractor create() {
    return INSTANCE;
  }

  /**
   * Returns the casualty figures of the report's text, in text order.
   *
   * @param report the report, not null
   * @return the figures, not null
   */
  @Override
  public List<CasualtyFigure> extract(Report report) {
    requireNonNull(report, "report");
    return extract(report.text());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Read in English from {@link CasualtyFigure#who()}: soldiers, police, security personnel,
   * fighters, militants, gunmen and the like are armed; "former" and "retired" ones are civilians.
   */
  @Override
  public List<CasualtyFigure> noncombatants(List<CasualtyFigure> figures) {
    return Noncombatants.figures(figures);
  }

  /**
   * Returns the casualty figures of a text, in text order.
   *
   * @param text English news text, not null
   * @return the figures, not null
   */
  public List<CasualtyFigure> extract(String text) {
    requireNonNull(text, "text");
    Tokenizer.Tokens tokens = Tokenizer.tokenize(text);
    Token[] t = tokens.tokens;
    List<CasualtyFigure> out = new ArrayList<>();
    // a sentence told again word for word (a title repeated as the first line, a caption under each
    // photo) is the same statement, not another one: "wounded 3 more" must not add to its own copy
    Set<String> told = new HashSet<>();
    // a report that tells a death anywhere leaves "he was shot" to the dead (see SingleWounded)
    ReportSoFar soFar = new ReportSoFar(SingleWounded.reportTellsADeath(t, 0, t.length),
        ShootingRules.mentionsShooting(t, 0, t.length));
    int s = 0;
    while (s < t.length) {
      int e = tokens.sentenceEnd[s];
      if (told.add(text.substring(t[s].begin, t[e - 1].end))) {
        sentence(text, t, s, e, soFar, out);
      }
      s = e;
    }
    int headlineEnd = t.length == 0 ? 0 : t[tokens.sentenceEnd[0] - 1].end;
    // "no one else was hurt", "no other injuries were reported" add nobody to a count told before: they
    // served the rules above (a single victim is the only one), and state no figure of their own
    out.removeIf(f -> f.role() == FigureRole.ADDITIONAL && f.count().isZero());
    List<CasualtyFigure> figures = Headlines.withoutVagueRestated(
        Headlines.restatedTallies(Headlines.withoutHeadlinesBesideCounts(out), headlineEnd), headlineEnd);
    // only a title rounds: a lead's "over 100 injured" beside another source's 110 is a claim of its own
    if (titled(text, t, tokens.sentenceEnd)) {
      figures = Headlines.withoutRoundedRestated(Headlines.restatedParts(Headlines.restatedEarlierTolls(figures,
          headlineEnd), headlineEnd), headlineEnd);
    }
    return Restated.withoutHouseholds(Restated.withoutRestated(t, tokens.sentenceEnd, figures));
  }

  /** Whether the text opens with a title: a first line with no full stop, a line break after it. */
  private static boolean titled(String text, Token[] t, int[] sentenceEnd) {
    if (t.length == 0) {
      return false;
    }
    Token last = t[sentenceEnd[0] - 1];
    return !last.is(".") && last.end < text.length() && (text.charAt(last.end) == '\n' || text.charAt(last.end) == '\r');
  }

  private static void sentence(String text, Token[] t, int s, int e, ReportSoFar soFar, List<CasualtyFigure> out) {
    if (!hasKeyWord(t, s, e)) {
      return;
    }
    List<Candidate> found = new ArrayList<>();
    boolean shooting = ShootingRules.mentionsShooting(t, s, e);
    for (int i = s; i < e; i++) {
      // the counted head a subject rule starts from, read once for both
      CasualtyRules.Head head = CasualtyRules.Head.at(t, i, e);
      if (shooting || soFar.shooting) {
        ShootingRules.shotSubject(t, i, e, head, soFar.shooting, found);
      }
      if (shooting) {
        ShootingRules.shotObject(t, i, e, found);
      }
      TollRules.apply(t, i, e, found);
      TollRules.label(t, s, i, e, found);
      ZeroRules.apply(t, i, e, found);
      ActionRules.action(t, i, e, found);
      CasualtyRules.subject(t, i, e, head, found);
      CasualtyRules.lives(t, i, e, found);
      CasualtyRules.forcedOut(t, i, e, found);
      SentToHospital.apply(t, s, i, e, found);
      PulledAlive.apply(t, i, e, found);
      ObjectComplements.apply(t, s, i, e, found);
      LeftHomeless.apply(t, i, e, found);
      HandedOver.apply(t, i, e, found);
    }
    NoSurvivors.apply(t, s, e, found);
    found.removeIf(c -> Hypotheticals.hypothetical(t, c) || Hypotheticals.oneDisplaced(t, c));
    if (shooting) {
      shotToHospital(found);
    }
    List<Candidate> accepted = found.isEmpty() ? new ArrayList<>() : resolve(found);
    PartsOfCounts.addSubtotals(t, s, e, accepted);
    PlacesInBrackets.apply(t, s, e, accepted);
    SharesInBrackets.apply(t, s, e, accepted);
    ComparedCounts.apply(t, s, e, accepted);
    TollRules.totalOfFigureBefore(t, s, e, accepted);
    DeadIncluded.apply(t, s, e, accepted, out);
    Candidate allDied = LaterDeaths.apply(t, s, e, accepted, out);
    if (allDied != null) {
      accepted.add(allDied);
    }
    Candidate fate = s == 0 ? Headlines.otherFate(t, s, e) : null;
    if (fate != null && !counts(accepted, fate.category)) {
      accepted.add(fate);
    }
    List<Candidate> listed = Headlines.listed(t, s, e);
    CasualtyCategory listedCategory = listed.isEmpty() ? null : listed.get(0).category;
    int listEnd = listed.isEmpty() ? -1 : listed.get(listed.size() - 1).numberEnd;
    // a headline's list of the dead stands only where the sentence has no count of them of its own outside the
    // list: "12 soldiers, 3 militants killed" counts the list's last group, which the list takes in
    if (!listed.isEmpty() && (listedCategory != CasualtyCategory.KILLED
        || accepted.stream().noneMatch(c -> c.category == CasualtyCategory.KILLED && c.numberBegin >= listEnd))) {
      // the headline's list reads each group once
      accepted.removeIf(c -> c.category == listedCategory && c.numberBegin < listEnd);
      accepted.addAll(listed);
    }
    Candidate single = SingleVictims.apply(t, s, e, accepted, out, soFar);
    if (single != null) {
      accepted.add(single);
    }
    joinedDeaths(t, s, e, accepted);
    // after a killed person, only a person wounded besides ("killed the boy and wounded his father")
    Candidate wounded = SingleWounded.apply(t, s, e, accepted, out, soFar);
    if (wounded != null) {
      accepted.add(wounded);
    }
    Candidate inHospital = SingleInHospital.apply(t, s, e, accepted);
    if (inHospital != null) {
      accepted.add(inHospital);
    }
    Candidate arrested = SingleArrests.apply(t, s, e, accepted, out);
    if (arrested != null) {
      accepted.add(arrested);
    }
    RescuedHurt.apply(t, e, accepted);
    Candidate same = SameNumber.apply(t, s, e, accepted, out);
    if (same != null) {
      accepted.add(same);
    }
    accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    Abductions.dropFreed(t, s, e, accepted);
    SelfKilled.apply(t, s, e, accepted, out);
    Additions.mark(t, s, e, accepted, out);
    personsOfAToll(t, s, e, accepted, out);
    PairedPersons.apply(t, accepted, out);
    Candidate risen = numberRoseTo(t, s, e, accepted, out);
    if (risen != null) {
      accepted.add(risen);
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    if (PlaceBreakdown.apply(t, e, accepted) | WithAnother.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    partsOfAFrontedGroup(t, s, e, accepted);
    if (PartsByPlace.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    partsOfAnUpdate(t, s, accepted);
    partsAfterAComma(t, accepted);
    if (Gapped.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    for (Candidate c : accepted) {
      c = HurtInCondition.apply(t, s, GunshotWounds.mark(t, s, e, Ordinals.apply(t, e, c, out)), out);
      CasualtyFigure f = figure(text, t, s, e, c, RunningTotals.cumulative(t, s, e, c));
      out.add(EarlierStatements.earlierStatement(t, s, e, c, f, out) || EarlierStatements.firstOfTwo(t, e, c, accepted)
          ? f.toBuilder().role(FigureRole.PREVIOUS).build() : f);
    }
  }

  /**
   * "Two people were killed by falling trees. A man in his 40s died when a tree hit his van, and a man in his 60s
   * was killed in a crash.": persons told one by one ("a man", "the pilot, 67,") after an earlier sentence
   * counted two or more dead are those already counted, told again: subtotals, while together they do not top
   * that toll. A word of more ("also", "another", "separate", "a third") or a year keeps them apart, and so does
   * an attacker, counted on top, and "one of" ("the driver was one of the pair who died"), read as a part elsewhere.
   */
  private static void personsOfAToll(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    // a sentence opening on its own place or time ("In Kharkiv region, a woman died") tells a toll of its own
    if (accepted.isEmpty() || out.isEmpty() || t[s].is("in") || Sentences.containsAny(t, s, e, MORE_THAN_TOLD)
        || Sentences.namesAYear(t, s, e)) {
      return;
    }
    // the dead only: a person told hurt may die later in the report, and is counted then
    long toll = 0;
    for (CasualtyFigure f : out) {
      if (f.category() == CasualtyCategory.KILLED && f.role().statesToll()
          && !SeparateIncidents.crimeTally(f)) {
        toll = Math.max(toll, f.count().min());
      }
    }
    int persons = 0;
    boolean onlyPersons = true;
    for (Candidate c : accepted) {
      if (c.category != CasualtyCategory.KILLED) {
        continue;
      }
      // the person as the subject ("a man died"): an object ("then killed a farmer") tells a killing of its own
      boolean person = c.count.equals(CasualtyCount.exactly(1)) && ONE_PERSON.contains(t[c.numberBegin])
          && c.spanBegin == c.numberBegin
          && (c.role == FigureRole.TOTAL || c.role == FigureRole.ADDITIONAL) && !Sentences.containsAny(t, c.spanBegin,
          c.spanEnd, ATTACKERS) && !Sentences.containsWord(t, c.spanBegin, c.spanEnd, "of");
      onlyPersons &= person;
      persons += person ? 1 : 0;
    }
    if (persons == 0 || !onlyPersons || toll < 2 || persons > toll) {
      return;
    }
    for (int k = 0; k < accepted.size(); k++) {
      if (accepted.get(k).category == CasualtyCategory.KILLED) {
        accepted.set(k, accepted.get(k).withRole(FigureRole.SUBTOTAL));
      }
    }
  }

  /**
   * "Six people were injured. That number later rose to nine.", "six injuries, a figure that has since risen to
   * nine": a number told by a word that names no category ("that number", "the figure") and an update's verb is
   * the update of the figure told last before it, in the sentence or an earlier one, as "the toll rose to" is of
   * the dead. Returns the update, or null.
   */
  private static Candidate numberRoseTo(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (int i = s + 1; i + 3 < e; i++) {
      if (!ANAPHORIC_NOUNS.contains(t[i]) || !ANAPHORIC_DETERMINERS.contains(t[i - 1])) {
        continue;
      }
      int k = i + 1;
      while (k < e && k <= i + ROSE_GAP && !Lexicon.UPDATE_WORDS.contains(t[k])) {
        if (!t[k].isWord() || !ROSE_FILLERS.contains(t[k])) {
          return null; // "the number of injured rose to nine" is the toll rules'
        }
        k++;
      }
      if (k + 2 >= e || !Lexicon.UPDATE_WORDS.contains(t[k]) || !t[k + 1].is("to")) {
        return null;
      }
      Quantity q = QuantityParser.parse(t, k + 2, e);
      if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty()) {
        return null;
      }
      CasualtyCategory category = null;
      int told = -1;
      for (Candidate c : accepted) {
        if (c.numberBegin < i && c.role != FigureRole.SUBTOTAL) {
          category = c.category;
          told = t[c.numberEnd - 1].end;
        }
      }
      // else the last figure an earlier sentence told, if it stands close before
      for (int n = out.size() - 1; category == null && n >= 0; n--) {
        CasualtyFigure f = out.get(n);
        if (f.role() != FigureRole.SUBTOTAL && f.role() != FigureRole.PREVIOUS) {
          category = t[s].begin - f.span().end() <= ROSE_REACH ? f.category() : null;
          told = f.span().end();
          break;
        }
      }
      // the number is the last one told: "his death was the 35th homicide of the year. That number has since
      // risen to 37" updates the count of homicides, not the dead of the incident
      for (int n = i - 1; category != null && n >= 0 && t[n].begin >= told; n--) {
        if (t[n].isNumber() || Lexicon.hasDigit(t[n].lower) || Ordinals.isOrdinal(t[n].lower)) {
          return null;
        }
      }
      return category == null ? null : new Candidate(category, q.count, q.begin, q.end, i - 1, q.end, null,
          FigureRole.UPDATE, "<that number> <rose> to <n>");
    }
    return null;
  }

  /** Nouns that name a figure told before without its category: "that number", "the figure". */
  private static final TokenSet ANAPHORIC_NOUNS = TokenSet.of("number", "figure", "tally", "count", "total");
  private static final TokenSet ANAPHORIC_DETERMINERS = TokenSet.of("that", "the", "this", "a");
  /** Words that may stand between the figure's noun and its verb: "that number has since risen to". */
  private static final TokenSet ROSE_FILLERS = TokenSet.of("later", "has", "had", "since", "then", "now", "that",
      "which", "subsequently", "quickly", "overnight", "eventually", "was");
  private static final int ROSE_GAP = 4;
  /** How many characters before the sentence the figure a bare "that number" updates may end. */
  private static final int ROSE_REACH = 300;

  /** Words that tell a person on top of a toll told before: "a civilian was also killed", "another man died". */
  private static final TokenSet MORE_THAN_TOLD = TokenSet.of("also", "another", "separate", "more", "other",
      "later", "earlier", "too", "additional", "further", "subsequently", "since", "then", "following", "fresh",
      "new",
      // another incident of a round-up: "Separately, a woman was killed", "Elsewhere, a man died"
      "separately", "elsewhere", "meanwhile", "unrelated",
      // counted on: "a third child was killed"
      "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latest");
  /** Nouns of an attacker, whose death is counted on top of the victims': "the gunman was shot dead". */
  private static final TokenSet ATTACKERS = TokenSet.of("gunman", "shooter", "suspect", "attacker", "assailant",
      "robber", "intruder", "bomber", "killer", "perpetrator");
  /** Words that tell one person as a count: "a man", "the pilot". */
  private static final TokenSet ONE_PERSON = TokenSet.of("a", "an", "the");

  /**
   * "Of the 15 people injured, three are in critical condition": a sentence that opens with a
   * counted group ("of the", "among the", "of those") before its first comma counts, after the
   * comma, a part of that group; a figure of the group's category there is its subtotal.
   */
  private static void partsOfAFrontedGroup(Token[] t, int s, int e, List<Candidate> accepted) {
    if (s + 2 >= e || !(t[s].is("of") || t[s].is("among")) || !(t[s + 1].is("the") || t[s + 1].is("those"))) {
      return;
    }
    int comma = s + 2;
    while (comma < e && comma < s + MAX_FRONTED && !t[comma].is(",")) {
      comma++;
    }
    if (comma >= e || !t[comma].is(",")) {
      return;
    }
    for (Candidate group : accepted) {
      if (group.spanEnd > comma + 1 || group.role != FigureRole.TOTAL) {
        continue;
      }
      for (int k = 0; k < accepted.size(); k++) {
        Candidate c = accepted.get(k);
        if (c.numberBegin > comma && c.category == group.category && c.role == FigureRole.TOTAL) {
          accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
        }
      }
      FrontedParts.apply(t, comma, e, group, accepted);
      return;
    }
  }

  /**
   * "The toll rose to eight after three bodies were recovered", "climbed to 40 as rescuers pulled 11
   * bodies from the rubble", "rose to 12 after two more people died in hospital": a figure of an
   * update's category told in a clause that explains the update ("after", "as", "when", "with",
   * "following") is a part of it, a subtotal, not a toll of its own nor more on top of it. A figure
   * joined by "and" still adds: "the toll rose to 12 on Monday, and two more died on Tuesday". A
   * toll told in the perfect is explained so by "after" only ({@link #afterOnly}).
   */
  private static void partsOfAnUpdate(Token[] t, int s, List<Candidate> accepted) {
    for (Candidate update : accepted) {
      boolean perfect = update.role == FigureRole.TOTAL && Sentences.containsAny(t, update.spanBegin, update.spanEnd, CasualtyRules.HAVE);
      if (update.role != FigureRole.UPDATE && !perfect || update.count.value().isEmpty()) {
        continue;
      }
      long toll = update.count.value().getAsLong();
      for (int k = 0; k < accepted.size(); k++) {
        Candidate c = accepted.get(k);
        boolean part = c != update && c.category == update.category && c.numberBegin >= update.spanEnd
            && (c.role == FigureRole.TOTAL || c.role == FigureRole.ADDITIONAL)
            && c.count.value().isPresent() && c.count.value().getAsLong() < toll
            // "... died after eating tainted mushrooms, far above the initial toll that put the dead at 12": an
            // earlier toll the report names as such is superseded, not a part of the new one
            && !SupersededTolls.superseded(t, s, c);
        if (part && (perfect ? afterOnly(t, update.spanEnd, c.spanBegin) : explains(t, update.spanEnd, c.spanBegin))) {
          accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
        }
      }
    }
  }

  /**
   * Makes the people a shooting put in hospital hurt ("shootings that killed two people and
   * hospitalized three"), as the people a shooting sent to hospital are.
   */
  private static void shotToHospital(List<Candidate> found) {
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (c.category == CasualtyCategory.HOSPITALIZED && c.rule.startsWith("<action>")) {
        found.set(k, new Candidate(CasualtyCategory.INJURED, c.count, c.numberBegin, c.numberEnd, c.spanBegin,
            c.spanEnd, c.who, c.role, c.rule + GunshotWounds.AS_SHOT));
      }
    }
  }

  /**
   * "Eleven of the wounded were hospitalized, four in serious condition", "twelve people were hurt,
   * four critically hurt": a figure told without a verb of its own right after a comma that ends a
   * figure of its category (or of people in hospital, whose condition it tells) is a part of that
   * figure, a subtotal. "Two people were killed, three injured" tells another category and stays.
   */
  private static void partsAfterAComma(Token[] t, List<Candidate> accepted) {
    for (int k = 1; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      Candidate before = accepted.get(k - 1);
      boolean ofIt = c.category == before.category
          || c.category == CasualtyCategory.INJURED && before.category == CasualtyCategory.HOSPITALIZED;
      if (c.role != FigureRole.TOTAL || !ofIt || c.numberBegin < 1 || !t[c.numberBegin - 1].is(",")
          || before.spanEnd != c.numberBegin - 1 || Sentences.containsAny(t, c.numberEnd, c.spanEnd, FINITE)) {
        continue;
      }
      accepted.set(k, c.withRole(FigureRole.SUBTOTAL));
    }
  }

  /**
   * Whether "after" explains a toll told in the perfect: "police said three people had died, after
   * a woman who was critically injured died in hospital overnight" tells how the toll came to be,
   * as an update does. Only "after", with no "and" between.
   */
  private static boolean afterOnly(Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].is("and") || t[i].is("but") || t[i].is(";")) {
        return false;
      }
      if (t[i].is("after")) {
        return true;
      }
    }
    return false;
  }

  private static boolean explains(Token[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].is("and") || t[i].is("but") || t[i].is(";")) {
        return false;
      }
      if (EXPLAINING.contains(t[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean counts(List<Candidate> accepted, CasualtyCategory category) {
    for (Candidate c : accepted) {
      if (c.category == category) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasKeyWord(Token[] t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (t[i].has(WordFlags.KEY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps one figure per number: the first rule's, except that a rule may give one number two
   * categories ("no casualties"); a number inside another ("six" in "at least six") or inside an
   * aside sharing its predicate ("five people, <b>one</b> of them a child, died") is dropped.
   */
  private static List<Candidate> resolve(List<Candidate> found) {
    found.sort((a, b) -> Integer.compare(a.numberBegin, b.numberBegin));
    List<Candidate> accepted = new ArrayList<>();
    BitSet asideEnds = new BitSet();
    for (Candidate c : found) {
      boolean clash = false;
      boolean coordinated = c.rule.contains(" and <n>");
      for (Candidate a : accepted) {
        boolean inside = a.numberBegin < c.numberBegin && c.numberBegin < a.numberEnd;
        boolean same = a.numberBegin == c.numberBegin && (a.category == c.category || !a.rule.equals(c.rule));
        // a number inside another's ("four" in "at least four") is that figure again, no aside
        boolean aside = !inside && a.spanBegin < c.numberBegin && c.spanEnd == a.spanEnd
            && (!coordinated || asideEnds.get(c.spanEnd));
        clash |= inside || same || aside;
        if (aside && !coordinated) {
          // "five people, four farmers and a trader, died": the aside's second part goes with it
          asideEnds.set(c.spanEnd);
        }
      }
      if (!clash) {
        accepted.add(c);
      }
    }
    return accepted;
  }

  /** Adds a person told dead in a clause joined to a death's: "a guard was killed and his brother was shot dead". */
  private static void joinedDeaths(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int k = 0, n = accepted.size(); k < n; k++) {
      Candidate c = accepted.get(k);
      Candidate joined = c.category == CasualtyCategory.KILLED && c.role != FigureRole.SUBTOTAL
          ? SingleVictims.joinedAfter(t, s, c, e) : null;
      if (joined != null && accepted.stream().noneMatch(a -> a.numberBegin == joined.numberBegin)) {
        accepted.add(joined);
      }
    }
  }

  private static CasualtyFigure figure(String text, Token[] t, int s, int e, Candidate c, boolean cumulative) {
    TextSpan span = TextSpan.of(text, t[c.spanBegin].begin, t[c.spanEnd - 1].end);
    boolean tally = (c.role == FigureRole.TOTAL || c.role == FigureRole.ADDITIONAL)
        && SeparateIncidents.tallies(t, s, e, c);
    FigureRole role = cumulative && c.role == FigureRole.TOTAL || tally ? FigureRole.CUMULATIVE : c.role;
    if (role != FigureRole.SUBTOTAL && SupersededTolls.superseded(t, s, c)) {
      role = FigureRole.PREVIOUS;
    }
    CasualtyFigure.Builder b = CasualtyFigure.builder(c.category, c.count, span).role(role).rule(c.rule);
    if (c.who != null) {
      b.who(c.who);
    }
    String claimant = Claimants.claimant(text, t, s, e, c.numberBegin);
    if (claimant != null) {
      b.claimedBy(claimant);
    }
    return b.build();
  }
}
