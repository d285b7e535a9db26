package org.dateline.rules.casualty.en;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.extract.CasualtyExtractor;
import org.dateline.model.CasualtyCategory;
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
    List<CasualtyFigure> figures = Headlines.restatedTallies(Headlines.withoutHeadlinesBesideCounts(out), headlineEnd);
    // only a title rounds: a lead's "over 100 injured" beside another source's 110 is a claim of its own
    if (titled(text, t, tokens.sentenceEnd)) {
      figures = Headlines.withoutVagueRestated(figures, headlineEnd);
      figures = Headlines.withoutRoundedRestated(Headlines.restatedParts(Headlines.restatedEarlierTolls(figures,
          headlineEnd), headlineEnd), headlineEnd);
    }
    figures = Restated.withoutHouseholds(Restated.withoutRestated(t, tokens.sentenceEnd, figures, titleLine(text, t)));
    // "a body was found ... where police later found a body": a body found is told again, not found twice
    List<CasualtyFigure> kept = new ArrayList<>(figures.size());
    boolean bodyTold = false;
    for (CasualtyFigure f : figures) {
      boolean body = f.rule().equals(CasualtyRules.A_BODY_RULE);
      if (!(body && bodyTold)) {
        kept.add(f);
      }
      bodyTold |= body;
    }
    return kept;
  }

  /** The longest first line a title may have. */
  private static final int MAX_TITLE = 300;

  /**
   * Returns the end of the text's title line, or -1: a first line under {@value #MAX_TITLE} characters, a line break
   * after it and text after that, that ends in no mark of a sentence's end (a full stop, "?" or "!", maybe inside
   * closing quotes or brackets) and holds no sentence's end followed by another sentence ("Mudslide kills 40; 12
   * missing", not a lead paragraph).
   */
  private static int titleLine(String text, Token[] t) {
    int nl = text.indexOf('\n');
    if (t.length == 0 || nl < 0 || nl > MAX_TITLE || t[t.length - 1].end <= nl) {
      return -1;
    }
    int last = nl - 1;
    while (last >= 0 && (Character.isWhitespace(text.charAt(last)) || CLOSERS.indexOf(text.charAt(last)) >= 0)) {
      last--;
    }
    if (last < 0 || ENDS.indexOf(text.charAt(last)) >= 0) {
      return -1;
    }
    for (int i = 0; i + 2 < last; i++) {
      if (ENDS.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
        return -1; // "... on Monday. Two children were ...": sentences, not a title
      }
    }
    return nl;
  }

  /** Marks that end a sentence. */
  private static final String ENDS = ".?!";
  /** Marks that may close a sentence after its end: quotes and brackets. */
  private static final String CLOSERS = "\"'\u201d\u2019)]";

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
      LivesAndHomes.lives(t, i, e, found);
      LivesAndHomes.forcedOut(t, i, e, found);
      SentToHospital.apply(t, s, i, e, found);
      PulledAlive.apply(t, i, e, found);
      ObjectComplements.apply(t, s, i, e, found);
      LeftHomeless.apply(t, i, e, found);
      HandedOver.apply(t, i, e, found);
      Ordinals.bare(t, s, i, e, found);
    }
    NoSurvivors.apply(t, s, e, found);
    found.removeIf(c -> Hypotheticals.hypothetical(t, s, c) || Hypotheticals.oneDisplaced(t, c));
    if (shooting) {
      shotToHospital(found);
    }
    List<Candidate> accepted = found.isEmpty() ? new ArrayList<>() : resolve(found);
    PartsOfCounts.addSubtotals(t, s, e, accepted);
    ConfirmedParts.apply(t, s, e, accepted, out);
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
    SubtotalRoles.personsOfAToll(t, s, e, accepted, out);
    PairedPersons.apply(t, accepted, out);
    Candidate risen = AnaphoricUpdates.numberRoseTo(t, s, e, accepted, out);
    if (risen != null) {
      accepted.add(risen);
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    if (PlaceBreakdown.apply(t, e, accepted) | WithAnother.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    SubtotalRoles.partsOfAFrontedGroup(t, s, e, accepted);
    if (PartsByPlace.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    SubtotalRoles.partsOfAnUpdate(t, s, accepted);
    SubtotalRoles.partsAfterAComma(t, accepted);
    SubtotalRoles.partsInShelters(t, accepted);
    if (Gapped.apply(t, s, e, accepted)) {
      accepted.sort((a, b) -> Integer.compare(a.spanBegin, b.spanBegin));
    }
    Candidate before = null;
    CasualtyFigure beforeFigure = null;
    for (Candidate c : accepted) {
      c = HurtInCondition.apply(t, s, GunshotWounds.mark(t, s, e, Ordinals.apply(t, e, c, out)), out);
      CasualtyFigure f = figure(text, t, s, e, c, RunningTotals.cumulative(t, s, e, c));
      if (EarlierStatements.earlierStatement(t, s, e, c, f, out) || EarlierStatements.firstOfTwo(t, e, c, accepted)
          || EarlierStatements.toldWithPrevious(t, c, before, beforeFigure)) {
        f = f.toBuilder().role(FigureRole.PREVIOUS).build();
      }
      out.add(f);
      before = c;
      beforeFigure = f;
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
    int last = c.spanEnd - 1;
    while (last > c.spanBegin && t[last].is(",")) {
      last--; // "people fled,": the words, not the comma a rule read after them
    }
    TextSpan span = TextSpan.of(text, t[c.spanBegin].begin, t[last].end);
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
