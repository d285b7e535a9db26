package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.CasualtyFigure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who claims each figure of a sentence: a table of sentences and the claimant of each figure, in text order. */
class ClaimantsTest {
  private static final String NONE = "-";
  private static final Object[][] CASES = {
      {"The shelling killed four civilians, the regional governor said.", List.of("the regional governor")},
      {"According to police, two officers were wounded.", List.of("police")},
      // two claimants of one incident keep their own figures
      {"Gunmen killed at least 40 people, a local committee said, while medical sources put the toll at 27.",
          List.of("a local committee", "medical sources")},
      {"Hospital staff put the death toll at 31.", List.of("Hospital staff")},
      {"The drone strike killed nine people, the army said, but residents put the toll at 15.",
          List.of("the army", "residents")},
      {"The health ministry later raised the death toll to 54.", List.of("The health ministry")},
      // "put" without a toll says nothing of a claimant
      {"Firefighters put out the blaze, which killed three people.", List.of(NONE)},
      // a speaker told with where it sits; a place alone is no speaker
      {"The interior ministry in Tripoli said 12 people had been killed.", List.of("The interior ministry in Tripoli")},
      {"Police in Dayton said two men were wounded.", List.of("Police in Dayton")},
      {"Seven people in three villages died, officials said.", List.of("officials")},
      // "claimed" a figure is a claim; "claimed" lives or responsibility is not
      {"The defence ministry claimed 80 fighters were killed.", List.of("The defence ministry")},
      {"The storm claimed 12 lives.", List.of(NONE)},
      {"The group claimed responsibility for the bombing, which killed nine people.", List.of(NONE)},
      {"The alleged gunman shot two people.", List.of(NONE)},
      // an aside between the speaker and the verb; a clause after "said" is what was said, not who said it
      {"The Syrian Observatory for Human Rights, a Britain-based war monitor, said twelve people were killed.",
          List.of("The Syrian Observatory for Human Rights")},
      {"Twelve people were killed, a hospital official, who asked not to be named, said.",
          List.of("a hospital official")},
      {"Officials, however, said twelve people were killed.", List.of("Officials")},
      // the source of the figures a report goes by
      {"Twelve people were killed, according to figures from the UN.", List.of("the UN")},
      // what was reported is no reporter; a world body is one
      {"There were four fatalities and 12 injuries reported.", List.of(NONE, NONE)},
      {"Four people were killed, the world body reported.", List.of("the world body")},
      // a short name in brackets after the speaker
      {"At least three soldiers died in the raid, the National Guard Bureau (NGB) said on Monday.",
          List.of("the National Guard Bureau")},
      // the agent of a passive say verb speaks; "said by telephone" is no passive
      {"Five people were hurt in the crash, as reported by the county coroner.", List.of("the county coroner")},
      {"Police said by telephone that two men were wounded.", List.of("Police")},
      // who was told is no speaker; the speaker stands before the asides about it
      {"Two guards were shot, Major Ana Silva, commander of the border unit, told reporters.",
          List.of("Major Ana Silva")},
      {"Four people died, an ambulance driver told reporters.", List.of("an ambulance driver")},
      {"Nine villagers were killed, Omar Diallo, head of a youth group known by the initials AJV, based in the"
          + " district town, said.", List.of("Omar Diallo")},
      // a person's name as an aside after who they are; a place's name after a place is no aside of a speaker
      {"Three men were wounded, a neighbour, Rosa Kim, said.", List.of("a neighbour")},
      {"Police in Oakridge, Texas, said two men were wounded.", List.of("Police in Oakridge")},
      {"Six people died near the depot in Harlow, Essex, tweeted a local reporter.", List.of("a local reporter")},
      // a quantity after the verb opens what was said, not who said it
      {"A farmer, Ali Noor, said several others were missing.", List.of("A farmer")},
      // reports that name no one give no claimant; figures given by someone name them
      {"According to early reports, four people were hurt.", List.of(NONE)},
      {"According to casualty figures compiled by the county, 14 people were killed.", List.of("the county")},
      {"Research from two universities, however, estimates the toll at about 9,000.",
          List.of("Research from two universities")},
      // a speaker that could only confirm some of it; one that reported its own deed claims no figure before it
      {"An army spokesman could verify only three deaths, while the ministry reported 11 deaths.",
          List.of("An army spokesman", "the ministry")},
      {"The ministry said a strike killed six people, as the army reported hitting a depot.", List.of("The ministry")},
      {"Five soldiers were killed, state radio said quoting a commander.", List.of("state radio")},
      // a claim of an attack is no claim of its toll; a finding is no speaker
      {"The bombing, claimed by a local cell, killed seven people.", List.of(NONE)},
      {"An autopsy revealed that two men had been shot.", List.of(NONE)},
      // the author of a statement told after it; a post on a platform is a claim, a post on a border is not
      {"In a statement by the rights group, 12 people were reported killed.", List.of("the rights group")},
      {"The army posted on Telegram that four soldiers were wounded.", List.of("The army")},
      {"Two soldiers posted on the border were wounded.", List.of(NONE)},
      // speakers joined by "and" claim together; a toll or a place before "and" joins no one
      {"Eleven people were killed, police and hospital sources said.", List.of("police and hospital sources")},
      {"According to the UN and local officials, 40 people died.", List.of("the UN and local officials")},
      {"Four people were hurt in Kabul and officials said.", List.of("officials")},
      {"The raid killed six villagers and police said.", List.of("police")},
      // any speaker, a person too, may be told with where it is; other words before a place name none
      {"Two men were shot dead, a nurse in the town said.", List.of("a nurse in the town")},
      {"A medical source at the district clinic said four patients died.",
          List.of("A medical source at the district clinic")},
      {"Three people died, the crowd in the square said.", List.of(NONE)},
      // a headline's source given with a colon, before or after; a label before a colon is no source
      {"Police: two men shot outside a bowling alley", List.of("Police")},
      {"Four killed in drone strike on fuel depot: regional governor", List.of("regional governor")},
      {"Three hurt in warehouse blast: KFD", List.of("KFD")},
      {"UPDATE: two men shot outside a bowling alley", List.of(NONE)},
      {"Report: two men shot outside a bowling alley", List.of(NONE)},
      // who was quoted as saying it; "as saying" with no one quoted names no one
      {"A lawmaker was quoted by a local broadcaster as saying that 30 people were killed.",
          List.of("A lawmaker")},
      {"The state radio quoted a hospital director as saying 14 people were injured.",
          List.of("a hospital director")},
      {"Thirty people were killed, as saying goes.", List.of(NONE)},
  };

  @TestFactory
  Stream<DynamicTest> claimants() {
    return Stream.of(CASES).map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
      List<CasualtyFigure> figures = EnglishCasualtyExtractor.create().extract((String) c[0]);
      List<String> got = figures.stream().map(f -> f.claimedBy().orElse(NONE)).toList();
      assertEquals(c[1], got, figures.toString());
    }));
  }
}
