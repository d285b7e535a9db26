package org.dateline.rules.casualty.en;

import java.util.List;

/**
 * The English casualty corpus in Duckling's shape: the expected figures, then sentences that must
 * give exactly them. Every sentence is written for this corpus. Figures are written as
 * {@code category count} in the model's canonical count form, joined by {@code "; "}; with a role
 * other than total, the role follows in brackets; an empty expectation means no figure at all.
 */
final class CasualtyCorpus {
  private CasualtyCorpus() {}

  /** One expectation and the phrasings that must produce it. */
  static final class Entry {
    final String expected;
    final List<String> sentences;

    Entry(String expected, String... sentences) {
      this.expected = expected;
      this.sentences = List.of(sentences);
    }
  }

  static Entry e(String expected, String... sentences) {
    return new Entry(expected, sentences);
  }

  static final List<Entry> POSITIVE = List.of(
      e("killed [6..+inf); injured 37",
          "At least six people died and 37 were wounded in the blast in Vologda yesterday, Tuesday.",
          "At least six people were killed and 37 others injured when the depot exploded.",
          "The strike killed at least six people and wounded 37 others, officials said.",
          "A rocket attack on the market killed at least 6 people and injured 37."),
      e("killed 5; injured 12",
          "Gunmen killed 5 and wounded 12 in the raid on the village.",
          "5 dead, 12 injured after a bus overturned near the pass.",
          "Five people were killed and twelve were hurt in the crash.",
          "The landslide left five people dead and 12 injured."),
      e("killed 3", "The collapse left 3 dead.", "Three bodies were recovered from the river.",
          "Three people lost their lives in the fire.", "Three miners perished underground.",
          "The explosion claimed the lives of three workers.", "Three fatalities were confirmed by the coroner."),
      e("killed 2", "Two people were shot dead outside a cafe.", "Two guards were fatally shot during the robbery.",
          "The two brothers were stabbed to death in their shop.", "Two pilgrims drowned when the ferry sank."),
      e("killed 1", "A man was killed when a tree fell on his car.", "The gunmen opened fire, killing a 23-year-old woman.",
          "An elderly farmer was found dead in his field.", "One person died after the storm.",
          "Assailants killed a local councillor on his way home."),
      e("killed 0", "No one was killed in the explosion.", "Nobody died, the fire brigade said.",
          "There were no deaths among the passengers."),
      e("injured 0", "Nobody was hurt in the fire.", "There were no injuries.", "No one was injured, according to police."),
      e("killed 0; injured 0", "No casualties were reported.", "The shelling caused no casualties."),
      e("killed 12 (update)", "The death toll rose to 12 on Monday.", "The toll has risen to twelve, the ministry said.",
          "By evening the number of dead had climbed to 12."),
      e("killed 5; killed 134 (update)", "The quake killed 5 more, bringing the toll to 134."),
      e("killed 40", "The death toll stands at 40.", "Officials put the death toll at 40."),
      e("killed 5; killed 2 (subtotal)", "Five people, including two children, were killed.",
          "The attack killed five people, including two children."),
      e("killed 105 (cumulative)", "105 children have died so far this season."),
      e("killed [5..7]", "Between 5 and 7 people were killed.", "Five to seven people died in the clashes."),
      e("injured [20..25]", "20-25 were injured in the stampede.", "Between twenty and twenty-five people were hurt."),
      e("injured [2..3]", "Two or three bystanders were wounded."),
      e("injured dozens[24..99]", "Dozens of people were wounded in the clashes.", "The blast wounded dozens."),
      e("evacuated hundreds[200..999]", "Hundreds were evacuated from the riverside."),
      e("displaced tens of thousands[20000..99999]", "Tens of thousands of people have been displaced by the fighting."),
      e("injured several[3..9]", "Several others were hurt."),
      e("injured several hundred[300..900]", "Several hundred people were injured."),
      e("killed 37; injured 123", "Thirty-seven soldiers were killed and one hundred and twenty-three were wounded."),
      e("killed 12; injured 24", "A dozen people were killed and two dozen injured."),
      e("killed (100..+inf)", "More than 100 people have died.", "Over 100 people were killed.",
          "The floods killed more than a hundred people."),
      e("killed (12..+inf)", "More than a dozen villagers were massacred."),
      e("killed ~200", "About 200 people were killed.", "Nearly 200 people died.", "Some 200 fighters were killed.",
          "Around two hundred people perished.", "An estimated 200 people died."),
      e("killed (-inf..50]", "Up to 50 people may have died.", "As many as 50 people were killed."),
      e("injured (-inf..10)", "Fewer than 10 people were injured.", "Less than ten people were hurt."),
      e("killed [10..+inf)", "No fewer than 10 people were killed.", "Ten or more people died."),
      e("displaced ~1200000", "About 1.2 million people were displaced by the floods."),
      e("affected 247025", "In all, 247 025 people were affected."),
      e("affected 1200", "The storm affected 1,200 families."),
      e("missing 4", "Four fishermen are still missing.", "Four people remain unaccounted for."),
      e("hospitalized 9", "Nine people were taken to hospital.", "Nine people were hospitalized with burns."),
      e("arrested 14; arrested 3 (additional)", "Police arrested 14 protesters and 3 journalists."),
      e("arrested 30", "Thirty people were detained after the riot."),
      e("rescued 11", "Eleven sailors were rescued from the water.", "Coast guards rescued 11 sailors."),
      // Groups that add up: the second group, or a group said to be more, is additional.
      e("killed 10; killed 15 (additional)", "Ten soldiers and 15 civilians have been killed.",
          "Gunmen killed ten soldiers and 15 civilians at the checkpoint."),
      e("killed 7; killed 3 (additional)", "Seven women and three children were killed in the raid.",
          "The raiders killed seven women and three children."),
      e("killed 2; killed 2 (additional)", "Two people were killed on Monday. Two more people died on Tuesday."),
      e("killed 15; killed 17 (additional)", "Fifteen people died of hunger. Seventeen others were killed in clashes."),
      e("killed 8; killed [7..+inf) (additional)",
          "The militants beheaded eight elders and killed at least seven other people."),
      e("killed 1; killed 7 (additional)", "Raiders killed a teacher and seven of his pupils."),
      e("killed 6; killed 2 (additional)", "Militia fighters shot dead six herders and two of their sons."),
      e("killed 3; killed 2 (additional)", "Three miners died in the flood. Another two drowned the next day."),
      e("killed 4; injured 9; killed 2 (additional)",
          "Four people died in the blast. Nine were wounded. Two more died in hospital."),
      e("killed 1; injured 3", "One man was killed in the attack. Three others were wounded."),
      e("killed 4; killed 6 (additional)", "Four people died in the blast. An additional six died in hospital."),
      e("killed 1; killed 11 (additional)",
          "The district chief was killed along with his driver and 10 other people."),
      e("killed 1; killed 8 (additional)", "The commander died alongside eight others when the convoy was hit."),
      e("killed 5; injured 2", "The attack killed five people and wounded two others."),
      e("killed 3", "The storm killed three people and destroyed two more houses."),
      e("killed 1", "The farmer was killed with a machete."),
      e("killed [11..+inf)", "Not fewer than eleven persons were killed."),
      e("killed 8; killed 3 (additional)",
          "Eight workers from a power company and three other people were found dead."),
      e("killed 1; killed 5 (additional)", "One member of the security forces and five civilians were killed."),
      e("killed 1; killed 4 (additional)", "A municipal mayor was killed Friday with four others.",
          "A candidate has been killed by gunfire along with four other party members in an ambush."),
      e("killed 1; killed 1 (additional)", "Gunmen killed a journalist and her driver on Monday."),
      e("killed 1", "Troops killed a rebel and wounded his brother.", "The body of a lawyer was found in a field.",
          "The charred body of a priest has been recovered.", "The body of the mayor was found."),
      e("killed 2", "Two soldiers were killed in a clash with 40 militants.",
          "Two guards were killed. The driver was killed in the attack."),
      e("killed 5; injured 7", "Gang members fatally shot five people and injured seven others."),
      e("killed 11", "A massacre of 11 people occurred near the border."),
      // The number before an active killing verb counts the killers, not the dead.
      e("killed 1", "Gunmen numbering three on Wednesday killed a community leader."),
      e("killed 5", "Five killed Tuesday in a bus crash."),
      // Deaths told in the next sentence take people out of the injured counted before.
      e("killed 2", "Police said two men were shot. Both died at the scene.",
          "Two men were shot outside a store. Both were pronounced dead at a hospital."),
      e("injured 1; killed 2", "Three people were shot at a party. Two of them died."),
      e("killed 7; injured 8; killed 4", "The strike killed seven people and wounded eight others. Four of those killed were children."),
      // A victim said to be "also" killed adds to the dead counted before.
      e("killed 2; killed 1 (additional)", "Two guards were killed. The driver was also killed in the attack."),
      e("killed 1; killed 1 (additional)", "Gunmen killed a village chief on Sunday. The gunmen also killed his wife."),
      e("killed 6", "Six people, including four aides of the local chief, Ali Musa, were killed by gunmen."),
      e("killed [11..+inf)", "At least 11 people, including women and children have been killed in clashes."),
      e("killed [6..+inf); killed 1 (subtotal)", "No fewer than six persons, including a police inspector were killed."),
      e("killed 8", "Eight members of the same family were killed in the air strike.",
          "Eight villagers in the border district were reportedly killed on Sunday.",
          "8 people were yesterday killed in the ambush.",
          "Eight people, all members of one family, were killed."),
      e("killed 4; injured 2", "4 killed, 2 wounded in shooting near school."),
      e("injured 1", "A 12-year-old was in critical condition after the shooting.",
          "A woman suffered a gunshot wound to the arm."),
      e("killed 1", "One of its employees had been killed in the ambush.", "A 23-year-old was shot dead."),
      e("injured multiple[2..+inf)", "The shooting left multiple people wounded."),
      // Shooting reports: "shot" is split by what the clause says of the outcome.
      e("injured 1; killed 1", "Two people were shot, one fatally.",
          "Two people were shot overnight, and one of them later died.",
          "Two teenagers were shot, one of the victims died at the scene."),
      e("injured 5", "Five teens were shot at the park.", "Five teens were shot at the park but all survived.",
          "Five people were shot early Saturday outside a bar."),
      e("injured 3", "Three people were shot, none fatally."),
      e("killed 1", "A man was shot and killed on Main Street.", "A man was shot dead outside a bar.",
          "A 19-year-old woman was shot multiple times and died at the hospital.",
          "A 23-year-old man was killed."),
      e("injured 1", "A woman was shot in the leg.", "A 17-year-old boy was shot in the arm and taken to a hospital.",
          "A 15-year-old was shot and critically wounded."),
      e("injured 2; killed 2", "A gunman shot four people, killing two.",
          "Four people were shot early Sunday, and two of them died at the hospital."),
      e("injured 5; killed 1", "Six people were shot on the porch, leaving one man dead.",
          "Six people were shot and one man was killed."),
      e("killed 3", "He is charged with shooting three relatives to death."),
      e("killed 1; injured 1", "One man was killed and another was shot in the arm."),
      e("killed 5", "Five people, four young farmers and a trader, were killed in the village."),
      e("killed 2", "Two persons, a lawyer and a youth leader, were shot dead."),
      // One identified victim is a figure of exactly 1; victims joined by "and" add up.
      e("killed 1", "The mayor was shot dead outside his home.", "Gunmen shot dead the village chief on Sunday.",
          "Gunmen killed Peter Okafor, a local journalist, in his office.",
          "A police officer with the border unit, Tom Reyes, was shot dead by gunmen.",
          "Maria Lopez, 34, died at the scene.", "Activist Ramos was killed on Tuesday.",
          "The victim was shot multiple times and died at the scene.",
          "The Boko Haram commander died in the air strike.", "The killing of the mayor sparked protests.",
          "Gunmen killed the head of a local radio station.",
          "Ana Diaz, mayor of a small town, a mother of three, was killed on Monday."),
      e("killed 2", "The attack killed the driver and his assistant.",
          "The driver and his conductor were killed when the bus overturned."),
      e("killed 4", "The gunmen killed the pastor, his wife and two guards."),
      e("injured 1; killed 1", "A woman was shot in the leg. The gunman was killed by police."),
      // A counted figure covers the named victims of its sentence and report.
      e("killed 2", "Two people, including the mayor, were killed in the blast."),
      e("killed 3", "Three people were killed in the raid. The mayor was killed as he left."),
      // A death told later turns the earlier figure of one hurt person into killed.
      e("killed 1", "A man was shot on Friday night. He died at the hospital.",
          "A man was shot on Friday night. The man later died at the hospital.",
          "A teenager was wounded in the attack. She was later pronounced dead.",
          "A man was shot Friday. He succumbed to his injuries on Sunday.",
          "A boy was shot at a park. The boy passed away on Monday."),
      // The dead named as a group: a part of counted dead, or the only figure there is.
      e("injured 1", "A man was shot Friday. He succumbed to pressure and resigned."),
      e("killed 6", "The dead included six civilians."),
      e("killed 3; killed 2 (subtotal)", "Three people were killed. Among the dead were two soldiers."),
      e("killed 7", "Gunmen killed a family of seven in their home.", "A family of seven was killed in the fire."),
      // One wounded person told without a number (SingleWounded).
      e("injured 1", "An 8-year-old boy was accidentally shot by his brother on Monday.",
          "The toddler was shot in the stomach.", "The uncle is in stable condition at a hospital.",
          "The girl was listed in critical condition on Friday night.",
          "Her 11-year-old son accidentally shot himself with a pellet gun.",
          "The boy shot himself in the hand with his father's gun.",
          "A woman was grazed by a bullet.", "The clerk was struck by a stray bullet.",
          "A 9-year-old girl suffered a gunshot wound to the torso.",
          "Maria Lopez, 46, was shot in the neck.", "The gun went off, wounding his daughter."),
      e("injured 2", "The gunman fired again, injuring Ana Perez and Tom Reyes.",
          "Two people with gunshot wounds have been found in a car.",
          "Officers found two men suffering from gunshot wounds."),
      e("injured 4", "A total of four people received serious wounds, according to police."),
      e("injured 1", "Officers found a 17-year-old male suffering from a gunshot wound to the leg."),
      e("killed 1", "The boy was shot in the arm on Friday. He died two days later."),
      e("injured 1; killed 1", "A man was shot in the arm. His brother was shot dead."),
      // A headline's "shot" without "were", at the start of the sentence, then a place or a time.
      e("injured 4", "Four people shot outside a nightclub", "4 shot in northwest Atlanta",
          "Four teens shot early Sunday at a party"));

  /** Sentences with numbers that are not casualty figures. */
  static final List<String> NEGATIVE = List.of(
      "Russia and Ukraine held three rounds of talks in Istanbul last year.",
      "The army fired 12 Storm Shadow missiles at the bridge.",
      "A 37-year-old man appeared in court on Monday.",
      "Volunteers aged 18 to 39 were recruited.",
      "Rajaram (50) told reporters he would appeal.",
      "The man, 45, was released on bail.",
      "The company lost $5 million in 2019.",
      "Unemployment rose by 5% in March 2024.",
      "The convoy drove 55 kilometres (35 miles) to the border.",
      "Forty houses and three villages were flooded.",
      "Twelve vehicles were stuck on Route 66.",
      "The meeting starts at 2 p.m. on May 5.",
      "Call 555-0100 for details.",
      "It was the third attack this month.",
      "One of the deadliest attacks happened in 2015.",
      "The F-16 jets flew over the city at 10:30.",
      "Article 5 of the treaty was invoked.",
      "He was killed in 2015.",
      "Three gunmen fled on motorbikes.",
      "The 2016 attack killed the process of reconciliation.",
      "Five people were not hurt.",
      "He hurt a knee in training.",
      "The bill was killed in committee by 12 votes to 3.",
      "One of the deadliest attacks in years shook the city.",
      "A 12 year-old girl won the spelling contest.",
      "The later meeting was cancelled.",
      "Internet outages that have affected several Russian regions were reported on Monday.",
      "The floods affected 12 villages and 300 homes.",
      "The storm affected 37, the agency said.",
      "Two police stations were evacuated before the march.",
      "The blast damaged four civilian buildings and wounded nobody's pride.",
      "Raiders killed 40 cattle and burned 12 houses.",
      "Strikes affected 30 flights at the airport.",
      "Troops evacuated two army bases near the border.",
      "Three Syrian provinces were affected by the drought.",
      "The rebels killed dozens of cows.",
      "Two men were shot at but not hit.",
      "The plane was shot down over the sea.",
      "Officers shot the suspect in the leg.",
      // One person is no figure when the words do not say that person died.
      "The victim's family said he was a kind man.",
      "The suspect was arrested on Sunday.",
      "She died on Monday.",
      "The rebels threatened to kill the governor.",
      "The mayor could die of his wounds.",
      "The mayor was not killed.",
      "The family of the slain mayor called for calm.",
      "Police killed Islamic State fighters in the raid.",
      "The gunman who killed the process of peace fled.",
      "John Smith said the talks were dead.",
      "The dead included the plan for a truce.",
      "A family of four moved into the house.",
      // A person not hurt, or hurt only in words.
      "The officer was not injured in the exchange.", "The boy was not hurt.",
      "The clerk was shot at but the bullet missed.", "The mayor could be hurt by the scandal.",
      "The quarterback was placed on injured reserve.", "The victim's condition was not known.",
      "The store was struck by lightning.",
      "The clinic has treated 40 people shot this year.", "Two men shot a video outside the club.");

  /**
   * Known failures: the expected figures, the figures the rules give today, and the sentence. Each
   * test asserts that the current, wrong answer is still given, so a fix shows up as a failure to
   * move the entry to {@link #POSITIVE}.
   */
  static final List<String[]> KNOWN_FAILURES = List.of(
      new String[] {"killed 1", "", "The mother of the boy who was killed spoke to reporters."},
      new String[] {"killed 2", "", "The dead were identified as Ana Ruiz and Tomas Ruiz."},
      new String[] {"killed 13; killed 8", "killed 13",
          "Thirteen civilians were killed in one strike and eight in another."},
      new String[] {"injured 4", "", "Four people were treated for cuts by medics at the scene."},
      new String[] {"killed 3", "killed 2", "Gunmen killed the mayor and two guards were killed too."},
      new String[] {"killed 1", "", "Ramos, a farmer, was found with stab wounds. He died hours later."},
      new String[] {"", "injured 2", "Two men shot in the air to scare the crowd."},
      new String[] {"injured 4", "", "Four people were hit by bullets outside the bar."},
      new String[] {"killed 1; killed 4 (additional)", "killed 4", "A father and his four sons died in the fire."},
      // "minor" is read as a person noun
      new String[] {"injured 4", "", "Four people received minor wounds."},
      // the killers are no longer counted, but the victim is not read yet
      new String[] {"killed 1", "", "Two attackers with knives on Tuesday killed 68-year-old Tom Reyes."},
      new String[] {"killed 1", "", "A group of at least 30 armed men murdered the mayor-elect."},
      new String[] {"killed 20; killed 15 (subtotal); killed 5 (subtotal)", "killed 20; killed 15 (subtotal)",
          "The blast killed 20 people, including 15 soldiers and five civilians."});
}
