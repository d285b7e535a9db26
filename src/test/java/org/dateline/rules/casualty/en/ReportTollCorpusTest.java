package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Report;
import org.dateline.model.Toll;
import org.dateline.timeline.TollPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What one report's figures add up to once a timeline reconciles them ({@link TollPolicy#LATEST}):
 * the rules' roles and names decide, for instance, whether people shot include the dead. Each row
 * is (expected killed best, expected injured best, phrasings); -1 means no toll.
 */
class ReportTollCorpusTest {
  private static final List<Object[]> TOLLS = List.of(
      // "other" people shot are besides the dead told before them: the dead are not taken off
      new Object[] {1L, 3L, List.of("A girl was killed in the shooting. Three other people were also shot.",
          "A man died at the scene. Three others were shot, police said.")},
      // a person "also shot" after a death is someone besides the dead
      new Object[] {1L, 1L, List.of("A courier was killed at the depot on Friday. His brother was also shot.",
          "A courier was killed at the depot on Friday. A 30-year-old neighbor was also shot in the arm.")},
      // a person a bullet struck, or a headline's "shoots", may be one of the dead
      new Object[] {1L, -1L, List.of("The pistol discharged, striking his stepbrother in the chest. The boy died at"
          + " the hospital.", "Father shoots son at campsite\n\nThe boy died at the hospital.")},
      // "the other victim", "the second victim", "another victim" are besides the dead; an apposition
      // without a verb may stand between the person and the predicate
      new Object[] {1L, 1L, List.of("A courier was killed at the depot. The other victim, 31-year-old Dan Roe, is "
          + "in stable condition.", "A courier was killed at the depot. The second victim was shot in the hip.",
          "A courier was killed at the depot. Another victim was shot in the hip.")},
      new Object[] {1L, -1L, List.of("A courier was shot at the depot. The victim died at the hospital.",
          "A courier was killed at the depot. The victim, who was shot in the hip, died at the hospital.")},
      // two groups shot together are everyone shot, the dead among them
      new Object[] {1L, 2L, List.of("Two guards and a driver were shot at the depot. The driver died at the scene.")},
      // people shot with no "other" include the dead the report gives
      new Object[] {1L, 2L, List.of("Three people were shot on Friday night. One man died at the scene.")},
      // people found with gunshot wounds are people shot: the dead are among them
      new Object[] {2L, 2L, List.of("Police found four people suffering from gunshot wounds. Two men were pronounced"
          + " dead at the scene.", "Officers found four victims with gunshot wounds. Two men died at the scene.")},
      new Object[] {3L, -1L, List.of("Three people were found dead in the house. All three had suffered gunshot wounds.")},
      // slight wounds, and people besides the dead, are the living only
      new Object[] {1L, 2L, List.of("A man was killed and two others suffered non-life-threatening gunshot wounds.",
          "One man died. In addition to the dead, two people sustained gunshot wounds.")},
      new Object[] {30L, 7L, List.of("Thirty people died and seven more suffered gunshot wounds.")},
      // a killer's own death told beside a victim counted before is one more dead; a report that
      // counted the killer already, or names no victim of his, adds nobody
      new Object[] {2L, -1L, List.of("Father kills daughter in murder-suicide. A man shot and killed his daughter"
          + " before turning the gun on himself, police said.",
          "Man kills wife, himself. The man killed his wife and then himself, the sheriff said.")},
      // more dead told with a raised toll are a part of it
      new Object[] {9L, -1L, List.of("Derailment toll climbs to 9. Two more passengers injured in the derailment died"
          + " in hospital overnight, taking the death toll to nine, an official said.")},
      new Object[] {2L, -1L, List.of("Two people died in a murder-suicide. The man killed his wife before turning"
          + " the gun on himself.")});

  private static long best(Report r, CasualtyCategory c) {
    List<Claim> claims = EnglishCasualtyExtractor.create().extract(r).stream().map(f -> Claim.of(r, f))
        .collect(Collectors.toList());
    Optional<Toll> toll = TollPolicy.LATEST.reconcile(c, claims);
    return toll.map(Toll::best).orElse(-1L);
  }

  @TestFactory
  Stream<DynamicTest> tolls() {
    return TOLLS.stream().flatMap(row -> {
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) row[2];
      return texts.stream().map(text -> dynamicTest("killed " + row[0] + ", injured " + row[1] + " <- " + text, () -> {
        Report r = Report.of("toll", text, EnglishCasualtyCorpusTest.PUBLISHED);
        assertEquals(row[0], best(r, CasualtyCategory.KILLED), text);
        assertEquals(row[1], best(r, CasualtyCategory.INJURED), text);
      }));
    });
  }
}
