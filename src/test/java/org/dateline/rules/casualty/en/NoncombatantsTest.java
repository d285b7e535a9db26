package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Dateline;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.FigureRole;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.timeline.TollPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Noncombatant deaths read from reports the extractor reads, in sentences written for this test. */
class NoncombatantsTest {
  private static final Dateline DATELINE = Dateline.create();
  private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-03-11T12:00:00+03:00");

  /** The report's toll of the dead, all of them and noncombatants only, as "all/noncombatants". */
  private static String killed(String text) {
    Report report = Report.of("r", text, PUBLISHED);
    List<CasualtyFigure> figures = DATELINE.extract(report).casualties();
    return best(report, figures) + "/" + best(report, DATELINE.noncombatants(figures));
  }

  private static long best(Report report, List<CasualtyFigure> figures) {
    List<Claim> claims = new ArrayList<>();
    for (CasualtyFigure f : figures) {
      claims.add(Claim.of(report, f));
    }
    return TollPolicy.LATEST.reconcile(CasualtyCategory.KILLED, claims).orElseThrow().best();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "9/5   | Gunmen killed nine people, including four police officers, in the raid on the village.",
      "6/4   | Four civilians and two policemen were killed in the ambush on the highway.",
      "10/6  | Ten people died in the shelling, including six civilians, the mayor said.",
      "15/9  | At least 15 people (nine civilians and six soldiers) were killed in the suicide attack.",
      "11/3  | Eight members of the security forces and three civilians were killed, officials said.",
      "11/8  | The strike killed eight farmers and three militants late on Tuesday.",
      "9/8   | Nine people died when the checkpoint was attacked. One of those killed was a young soldier.",
      "12/11 | Twelve people died in the clash. Eleven villagers and one policeman were killed, the army said.",
      "14/9  | Fourteen people were killed in the bombing. Among those killed, at least nine were civilians and five were police officers.",
      "12/10 | A dozen people have died in the raids. Two of those killed were intelligence officers.",
      "11/8  | Of the 11 people killed, eight were farmers and three police officers.",
      "15/10 | Of the 15 people killed, ten were villagers and five were soldiers.",
      "5/4   | A guard shot dead four co-workers and later killed himself.",
      "6/6   | Four medical personnel and two children were killed in the strike.",
      "3/3   | Gunmen killed two farmers and a retired soldier on the road.",
      // nobody told apart: the toll stands as it is
      "7/7   | Seven people were killed in the blast at the bus station.",
      "3/3   | Three soldiers were killed when their patrol hit a mine.",
      "4/4   | Four customs officers were killed when gunmen stormed the border post.",
      "6/6   | The air strike killed six people, among them two boys.",
  })
  void noncombatantDeaths(String expected, String text) {
    assertEquals(expected.strip(), killed(text));
  }

  @ParameterizedTest
  @CsvSource({
      "soldiers, true", "two iraqi policemen, true", "security personnel, true", "police officers, true",
      "members of the security forces, true", "fighters, true", "customs officers, false",
      "members of his family, false", "civilians, false", "people, false", "children, false"})
  void armedGroups(String who, boolean armed) {
    CasualtyFigure f = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.exactly(2), TextSpan.ofText(0, 1, "x"))
        .who(who).build();
    assertEquals(armed, Noncombatants.countsArmed(f), who);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "members of the security forces | Four members of the security forces were killed in the ambush.",
      "members of his family          | Seven members of his family were killed when the shell hit.",
  })
  void groupNounsKeepTheirGroup(String who, String text) {
    List<CasualtyFigure> figures = DATELINE.extract(Report.of("r", text, PUBLISHED)).casualties();
    assertTrue(figures.stream().anyMatch(f -> f.who().orElse("").equals(who.strip())), figures::toString);
  }

  private static CasualtyFigure figure(int at, CasualtyCount count, String who, FigureRole role) {
    return CasualtyFigure.builder(CasualtyCategory.KILLED, count, TextSpan.ofText(at, at + 1, "x")).who(who).role(role)
        .build();
  }

  /** The reading alone, on figures made by hand. */
  @Test
  void partsAndGroupsOnFiguresMadeByHand() {
    CasualtyFigure toll = figure(0, CasualtyCount.exactly(10), "people", FigureRole.TOTAL);
    CasualtyFigure armed = figure(5, CasualtyCount.exactly(4), "police officers", FigureRole.SUBTOTAL);
    assertEquals(List.of(figure(0, CasualtyCount.exactly(6), "people", FigureRole.TOTAL), armed),
        Noncombatants.figures(List.of(toll, armed)));
    // a part told only as a bound comes off nothing: "including at least two soldiers"
    CasualtyFigure bound = figure(5, CasualtyCount.atLeast(2), "soldiers", FigureRole.SUBTOTAL);
    assertEquals(List.of(toll, bound), Noncombatants.figures(List.of(toll, bound)));
    // a part of a group added to an earlier toll belongs to that group
    CasualtyFigure soldiers = figure(0, CasualtyCount.exactly(3), "soldiers", FigureRole.TOTAL);
    CasualtyFigure more = figure(10, CasualtyCount.exactly(10), "people", FigureRole.ADDITIONAL);
    CasualtyFigure civilians = figure(15, CasualtyCount.exactly(6), "civilians", FigureRole.SUBTOTAL);
    assertEquals(List.of(figure(15, CasualtyCount.exactly(6), "civilians", FigureRole.TOTAL)),
        Noncombatants.figures(List.of(soldiers, more, civilians)));
  }

  @Test
  void nullFiguresAreRefused() {
    List<CasualtyFigure> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> DATELINE.noncombatants(null));
    assertThrows(NullPointerException.class, () -> DATELINE.noncombatants(withNull));
  }
}
