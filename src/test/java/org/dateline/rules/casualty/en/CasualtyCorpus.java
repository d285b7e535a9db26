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
      // "the deceased" name a group of the dead as "the dead" do; no one in a condition is no zero of the hurt
      e("killed 12; killed 2 (subtotal)", "A bus crash killed 12 people. Two children were among the deceased."),
      e("killed 12; killed 3 (subtotal)", "A bus crash killed 12 people. Three of the deceased were women."),
      // the toll an update rose from, told after it, is the report's past toll; another period's is none
      e("killed 21 (update); killed 8 (previous)", "The toll from the blizzard has climbed to 21, up from eight on Sunday.",
          "The number of dead from the blizzard has risen to 21 from 8."),
      // a toll that went or rose "from" one count "to" another: the second is the update, the first the toll before
      e("injured 95 (update); injured 60 (previous)", "The number of injured went up from 60 to 95 by the evening.",
          "The number of injured rose from 60 to 95 by the evening."),
      e("killed 17 (update); killed 9 (previous)", "The death toll has gone up to 17, up from nine on Friday."),
      // more bodies that an update adds up are no run of the title's toll: the title's update and the story's are one
      e("killed 52 (update); killed 4 (additional)", "Flood toll rises to 52\n\nDivers recovered four more bodies, "
          + "bringing the toll to 52, officials said."),
      // a running total in the title told again in the story is one figure, the story's toll
      e("affected 980", "Ministry reports 980 new cholera cases in a week\n\nThe ministry said 980 new cholera cases "
          + "had been recorded over the past week."),
      // people given first aid on the spot for a harm are hurt
      e("injured 7", "Paramedics treated 7 people at the scene for smoke inhalation."),
      // a group fronted by its fate alone: "of those arrested"
      e("arrested 31; arrested 5 (subtotal)", "Police arrested 31 people. Of those arrested, five were minors."),
      // an outbreak's rise in cases, the count before, and a part by the place a clause is about
      e("affected 214 (update); affected 159 (previous); affected 102 (subtotal)", "The measles outbreak has grown to "
          + "214 cases, up from 159 last week. The county where 102 of the cases were recorded has low vaccination "
          + "rates."),
      // an outbreak's number is its cases'; a running total in the story is another count than a strike's toll
      e("killed 4", "The outbreak has risen to 4 deaths."),
      e("killed [500..+inf) (cumulative); killed 500", "At least 500 civilians have been killed since the war began, "
          + "the UN said. A strike on Sunday killed 500 people."),
      // preventive custody is custody
      e("arrested 2104", "Police said 2,104 people had been taken into preventive custody."),
      e("evacuated ~430", "About 430 people spent the night at evacuation centres."),
      // "from" with what the dead were or where they came from, no toll before
      e("killed 46 (update)", "The death toll rose to 46, with victims from 12 countries.",
          "The death toll rose to 46 on Sunday as rescuers recovered bodies from two more sites."),
      e("", "Rescuers pulled more bodies from the rubble, raising the death toll from two earthquakes last week."),
      // a business's people affected only where the sentence tells a disruption; an outbreak's staff are casualties
      e("affected 40; affected 120 (additional)", "The norovirus outbreak has affected 40 staff and 120 residents at the "
          + "care home."),
      // the toll before told with "from" alone, past the day of the update
      e("killed 52 (update); killed 38 (previous)", "The toll from the mudslides climbed to 52 on Monday from 38 the day before."),
      // a place that "accounted for" a share of the dead, told as the subject
      e("killed 70; killed 26 (subtotal)", "The cold snap has killed 70 people. The Karoo district accounted for 26 of the "
          + "deaths.", "The cold snap has killed 70 people. Mpumalanga accounted for 26 of the deaths."),
      // a toll that rose "from" a count, with the new one told before it, is the toll before
      e("killed 12; killed 7 (previous)", "Heavy rain has killed 12 people, raising the toll from seven on Tuesday.",
          "Heavy rain has killed 12 people. The toll rose from seven earlier in the day."),
      e("killed 20 (update)", "The toll from seven days of fighting rose sharply to 20."),
      // the number of people who drowned, however far its number
      e("killed 5 (update)", "Divers searched through the night, bringing the number of people who drowned after the ferry "
          + "capsized near the pier to five."),
      // a part of the dead by the place a clause is about
      e("killed 30; killed 28 (subtotal)", "Storms killed 30 people, most of them in the valley, where 28 of the deaths "
          + "occurred."),
      // a business's people a cancellation or a closure affects are no casualties
      e("", "The airline cancelled 600 flights, affecting 90,000 passengers.",
          "The bank will shut 40 branches, affecting about 300 staff."),
      // "neither" of two denies both, as "no one" does; so does "neither ... nor ..."
      e("rescued 2; hospitalized 0", "The two climbers were winched to safety. Neither required hospital treatment."),
      e("injured 0", "Neither the driver nor the passenger was hurt.", "Neither of them was injured."),
      // a person named after "shot and wounded", an active pair of verbs
      e("injured 1", "The gunman shot and wounded Jane Doe, 29, outside the bar."),
      // people named by what befell them
      e("displaced ~9200", "Some 9,200 displaced people are staying in 30 schools.",
          "About 9,200 internally displaced persons remain in camps."),
      // a part counted "of the fatalities" as of the dead
      e("killed 21 (update); killed 13 (subtotal)", "The toll rose to 21. Thirteen of the fatalities were miners."),
      // two numbers the noun counts, told apart by "and", are two counts; "between" makes them a range
      e("killed 31; killed 17", "The two districts hardest hit recorded 31 and 17 deaths respectively."),
      e("killed [31..40]", "Officials recorded between 31 and 40 deaths."),
      // "another" in the story that adds to nothing but the title's count tells that count again
      // ... and so does one with a part of it told in its sentence
      e("killed 9; displaced 5000; displaced 1200 (subtotal)", "Storm kills 9; 5,000 displaced\n\nThe storm killed nine "
          + "people. Another 5,000 people have fled their homes, 1,200 of whom are in public shelters."),
      e("killed 40; missing 12", "Mudslide kills 40; 12 missing\n\nThe mudslide killed 40 people on Monday. Another 12 "
          + "people remain missing."),
      // the toll an update rose from, past the day and the saying told between them
      e("killed 64 (update); killed 41 (previous)", "The toll from the clashes has risen to 64, the monitor said on Sunday, "
          + "up from 41 a day earlier."),
      // a listed group whose people are told "of" someone goes on with the list
      e("killed 30 (update); killed 12 (subtotal); killed 10 (subtotal); killed 8 (subtotal)", "The toll rose to 30. The dead "
          + "included 12 herders, 10 members of a local militia and 8 traders."),
      // parts after the first, each told with its own "were"
      e("killed 20; killed 7 (subtotal); killed 4 (subtotal)", "Shelling killed 20 people. Doctors said seven of the dead "
          + "were children and four were nurses."),
      // a crowd that fled, told with no place or into a named one, is displaced; doers who fled are not
      e("displaced (4000..+inf)", "More than 4,000 residents fled, most of them to the provincial capital."),
      e("displaced ~9000", "Some 9,000 herders fled into Cameroon after the raids."),
      e("", "The gunman fled and was caught on Friday.", "Three robbers fled, police said."),
      // a part below the least of a range told of the hurt by how badly
      e("injured [30..35]; injured 12 (subtotal)", "Between 30 and 35 people were hurt, 12 of them seriously."),
      // a vague part of them is no number to weigh against the count (it once threw)
      e("injured 40", "Forty people were hurt, dozens of them seriously."),
      // places after a place that "accounted for" its deaths, told with their numbers alone
      e("killed 6; killed 3 (additional); killed 2 (additional)", "Gorkha accounted for six deaths, Dhading three and "
          + "Nuwakot two."),
      // a part told of a listed group ("five of them children") is that group's; the list goes on after it
      e("killed 30; killed 24 (subtotal); killed 4 (subtotal); killed 6 (subtotal)", "The ferry sank, killing all 30 people "
          + "aboard. The dead included 24 pilgrims, four of them children, and six crew members."),
      // two single persons objects of one verb are one figure of two, as when they are its subject
      e("rescued 2", "Crews rescued a boy and a girl from the second floor."),
      // "others" told as a toll after a group added as others is that group again
      e("injured 1; injured 3 (additional)", "A guard was found with a head wound. Three other staff were also hurt. "
          + "\"One man was attacked and three others have been injured,\" the manager said."),
      // people lost in a business's collapse, a price war or a fire sale are no dead
      e("", "The carrier lost 250 staff in the collapse of its parent group.", "The chain lost 30 managers in the price war.",
          "The club lost 4 players in the fire sale."),
      // a bare part by place belongs only to the figure right before it, and is no larger
      e("killed 30", "The cyclone killed 30 people and flattened 700 huts, including 200 in the delta."),
      // two counts of one noun need "respectively"; a qualifier of the first stays its own
      e("killed 4", "The outbreak swept wards 3 and 4 deaths were reported by Friday."),
      e("killed [50..+inf); killed 35", "The floods caused at least 50 and 35 deaths respectively in the two provinces."),
      // "suffered" a beating or a fall and died is a death; an illness is none
      e("killed 1", "The detainee suffered a severe beating and died in a cell."),
      // a crowd that fled to "a nearby" refuge is displaced
      e("displaced (1500..+inf)", "More than 1,500 villagers fled to a nearby school after the raid."),
      // parts by place after a fronted group go on past "reported" and a place told with "the"
      e("killed 12; killed 7 (subtotal); killed 3 (subtotal); killed 2 (subtotal)", "Twelve people drowned. Of the 12 deaths, "
          + "seven were recorded in Sindh, three in Punjab and two outside the province."),
      // a zero denies both outcomes "or" joins
      e("killed 0; injured 0", "No one was killed or injured, the fire brigade said."),
      e("injured 0; killed 0", "Nobody was hurt or killed in the collapse."),
      // people moved from their homes into shelters are evacuated
      e("evacuated ~60000", "Officials moved about 60,000 people from coastal villages into storm shelters."),
      // a claimed count in quotes reads as if unquoted
      e("killed 40; killed (70..+inf)", "The army said 40 soldiers died. The insurgents said they had killed \"more than 70\" "
          + "soldiers.", "The army said 40 soldiers died. The insurgents said they had killed \"more than 70 soldiers\"."),
      // a short phrase of where the people were may stand before "were among the dead"
      e("killed 20; killed 4 (subtotal)", "The bombing killed 20 people. Four guards at the gate were among the dead."),
      // a share in brackets after a count leaves it its verb
      e("hospitalized 412", "Of the reported cases, 412 (21%) required hospitalisation."),
      // a bare number after "including" that a place follows is a part of the count
      e("killed 40; killed 11 (subtotal)", "The storm killed 40 people, including 11 in Chittagong."),
      e("hospitalized ~900; hospitalized 350 (subtotal)", "About 900 patients remain in hospital, including 350 in the capital."),
      // a part after the figure's place belongs to the figure before it, not to the one after it
      e("killed [9..+inf); killed 1 (subtotal); injured 52", "Missiles killed at least nine residents of the river port of "
          + "Kherson, including a teenager, and wounded 52 others."),
      // a title's toll and its part, told again in the lead, are one toll and one part
      e("killed 14; killed 5 (subtotal)", "Shelling kills 14, including 5 nurses\nShelling killed 14 people in the "
          + "port on Friday, including five nurses, the mayor said."),
      // a part of another toll of the same size is another part
      e("killed 14; killed 5 (subtotal); killed 14; killed 5 (subtotal)", "Shelling killed 14 people in the port on "
          + "Friday, including five nurses. On Sunday a second barrage killed 14 more, including five drivers."),
      e("injured 5", "Five people were hurt. No one is said to be in a critical condition."),
      e("arrested 0", "No one is in custody."),
      e("evacuated 0", "No evacuations had been ordered by Sunday evening.", "No evacuation orders were issued."),
      e("missing 0", "There were no reports of missing persons after the storm."),
      // an earlier saying goes on past a comma; a relative clause's "initially reported" is not the figure's; a denial
      // of what a known group was, or no denial, leaves the toll standing; one person evacuated is an evacuation;
      // a modal with "have" tells of what was done
      e("killed 7 (previous); killed 9 (update)",
          "Police had earlier said that, in total, seven people were killed. The toll now stands at nine."),
      e("killed 7 (previous); injured 12 (previous); missing 3 (previous)",
          "Officials had originally said that 7 people died, 12 were hurt and 3 were missing."),
      e("killed 12", "12 people who were initially reported missing were later found dead."),
      e("killed 20", "The army denied that the 20 people killed were civilians."),
      e("killed 30", "The ministry did not deny that 30 people were killed."),
      e("evacuated 1", "A man was evacuated by helicopter after the avalanche."),
      e("evacuated 3000", "Evacuating 3,000 residents would have been impossible without the army."),
      // one person told by "one" in two sentences set in different places, days or incidents is two people
      e("killed 1; killed 1", "One person died in Ondo on Monday when a wall collapsed. One person died in Ekiti after a tree fell on a car.",
          "One person was killed on Monday in a blast in Kano. On Tuesday, one person was killed in a second blast in the city.",
          "One child died of cholera last week. This week one child died of measles."),
      // groups joined on by "and", of other incidents, or after a whole set on a day: parts only where they add up
      e("killed 6; killed 4 (additional); killed 2 (additional)",
          "Gunmen killed 6 people in an attack on a church, and 4 in Ekiti and 2 in Osun in separate attacks."),
      e("killed 6; killed 4 (subtotal); killed 2 (subtotal)", "The flood killed 6 people on Monday, 4 in Ekiti and 2 in Osun."),
      e("killed 10", "The storm killed 10 people on Monday - 3 more in Ekiti and 2 more in Osun."),
      // a list of places closes with "and <place>": a speaker after a comma is none of it
      e("killed 4; killed 2 (subtotal)", "The floods killed 4 people: two each in Jos and Bauchi, Governor Bala Mohammed said."),
      e("killed 30; killed 12 (subtotal)", "Of the 30 dead, 12 were from Ondo and 20 from Ekiti."),
      // a group counted after a part, whose outcome a relative clause tells
      e("killed 28", "The film showed some of the 28 skaters who were killed.", "Some of the 28 skaters who died were teenagers."),
      e("injured 40", "Some of the 40 people who were injured have gone home."),
      // a breakdown after a colon may count whom, not where
      e("killed 23; killed 13 (subtotal); killed 7 (subtotal); killed 3 (subtotal)",
          "The blast killed 23 people: 13 men, 7 women, and 3 minors."),
      e("arrested 12; arrested 8 (subtotal); arrested 4 (subtotal)", "Police arrested 12 people: eight men and four women."),
      e("killed 23", "The blast killed 23 people: 13 soldiers were among them.", "The crash killed 23 people: two buses collided."),
      // a person told without a count in a list of parts shares the article before it
      e("killed 7; killed 1 (subtotal); killed 2 (subtotal)",
          "Seven people, including a mother, father, and their two children, were killed."),
      // shelter sought in evacuation centres is an evacuation, as refuge taken there is
      e("evacuated (24000..+inf)", "Over 24,000 people sought shelter in evacuation centers, while others stayed with relatives.",
          "More than 24,000 people took shelter in evacuation centres."),
      // places after "followed by" with their numbers in brackets; two places may share one number "each"
      e("killed 35; killed 21 (additional)", "Kanda recorded 35 deaths, followed by Morra (21)."),
      e("killed 35; killed 21 (additional); killed 17 (additional)",
          "The toll was highest in Kanda at 35, followed by Morra (21) and Lelu and Tarn (17 each)."),
      // bodies counted by where they were taken from are a part of the dead
      e("killed 18; killed 9 (subtotal)", "Since Friday, 18 bodies have been recovered, including nine retrieved by villagers."),
      e("killed 40 (update); killed 12 (subtotal)", "The toll rose to 40, including 12 recovered from the river."),
      // one word of where the people were before their predicate; a phrase may go on from it
      e("killed 67", "All 67 people involved were killed.", "The 67 people aboard were killed.",
          "All 67 people on board were killed."),
      e("injured 5", "Five people involved in the crash were hurt.", "Five people inside the house were hurt."),
      // a group counted on top of another is broken down by place as a toll is
      e("injured 10; injured 7 (additional); injured 2 (subtotal); injured 1 (subtotal)",
          "Shelling injured 10 civilians in the city. In addition, 7 more people in the region were injured during the"
              + " day - two each in Tola, Gani, and Orr, and one more in Vass."),
      // one person counted again by "one" is the same person, in a quote too; in another place, another
      e("killed 1; injured 1",
          "A drone strike killed one person and injured another, the governor said. \"One person died, one was injured,\" he wrote.",
          "1 dead, 1 hurt in shooting. Police said one was wounded."),
      e("injured 1; injured 1", "Ann Ruiz was hurt in the crash. Bea Ruiz was hurt in the crash."),
      e("killed 1", "One dead in shooting outside bar. One person died after a shooting outside a bar on Friday."),
      e("killed 1; killed 1", "One person was killed in Tola on Monday. One person was killed in Gani on Tuesday."),
      // gapped groups that add up to the figure before them, which names no place of its own, are its parts
      e("killed 14; killed 12 (subtotal); killed 2 (subtotal)",
          "Police killed 14 rebels in two clashes, 12 near Tola village and 2 more in the hills near Gani."),
      e("killed 4; killed 2 (additional); killed 2 (additional)", "The strikes killed 4 in Tola, 2 in Gani and 2 in Orr."),
      // a group counted in each of several places, and the groups after it
      e("injured 2; injured 2 (additional); injured 1 (additional)",
          "Two people were injured in Tola, two each in Gani, Orr and Pell, and one more in Vass."),
      // a breakdown after a dash or colon: "near" a place, "more", a kind of place before "of" its name, the larger
      // places it lies in, and parts counted in each of several places
      e("killed 14; killed 12 (subtotal); killed 2 (subtotal)",
          "Police killed 14 rebels in two clashes - 12 near Tola village in Sukma district and 2 more in the forest area of Gani village."),
      e("killed 11; killed 5 (subtotal); killed 2 (subtotal); killed 2 (subtotal)",
          "Storms killed 11 people across the state: five in Ondo, two each in Ekiti and Osun, and two in Oyo."),
      e("killed 11", "Storms killed 11 people across the state: five in Ondo, four each in Ekiti and Osun."),
      // after a comma, only parts that add up to the whole are its breakdown
      e("killed 3; killed 2 (subtotal); killed 1 (subtotal)", "Three more deaths were recorded, two in Sindh and one in "
          + "Punjab.", "Three more deaths were recorded in the past day, with two in Sindh and one in Punjab."),
      e("injured 7; injured 6 (subtotal); injured 1 (subtotal)", "Seven people were wounded, six men and one woman."),
      e("killed 5", "Five people were killed, two in Sindh and one in Punjab."),
      // deaths counted by their plural noun may be updated after a long phrase of cause and place
      e("killed 12 (update)", "Deaths from the flooding in the three hill districts of the province have risen to 12."),
      // an inverted list of the dead may tell when or where between the dead and its verb; a bounded first
      // group still lets the groups after it be read
      e("killed [4..+inf); killed 6 (additional)", "Among the villagers killed Monday were at least four children and six women."),
      e("killed 3", "Among those killed in the attack on the market were three police officers."),
      e("killed 20; killed 3 (subtotal)", "The shelling killed 20 people. Among the people killed in the shelling were three nurses."),
      // a group's own "of" phrase before "were among", and a part counted in digits
      e("killed 30; killed 9 (subtotal)", "Gunmen killed 30 people. A witness said 9 members of a single family were among those killed."),
      e("killed 9", "9 children were among the dead."),
      // the missing, and a group counted by its number, name their parts as the dead do
      e("missing 8; missing 5 (subtotal)", "Eight people are missing after the ferry sank. The eight missing included five small children."),
      e("killed 12; killed 5 (subtotal)", "The flood killed 12 people. The 12 dead included five children."),
      e("missing 3", "The missing include three fishermen."),
      // a couple is two, in a list of parts too
      e("killed 5; killed 2 (subtotal)", "Five people died, including an elderly couple."),
      e("killed 2; killed 2 (additional)", "The dead included a couple and their two sons."),
      // a count someone denies, or one first reported and then revised, is no standing toll
      e("killed 5 (previous)", "\"We deny reports that five soldiers have been killed,\" the army said."),
      e("killed 20 (previous)", "The ministry denied that 20 civilians were killed in the raid.",
          "Police rejected claims that 20 civilians were killed in the raid."),
      e("killed 2 (previous); injured 3", "Two guards were initially reported killed, while three workers were hurt."),
      // limbs lost are injuries; "apprehended" is an arrest
      e("injured (3000..+inf)", "Over 3,000 people have suffered limb amputations, the agency said."),
      e("injured 2", "Two children lost limbs in the blast."),
      e("arrested 6", "Police apprehended six suspects after the clash."),
      // treatment had at a hospital, and people carried or kept there, are in hospital
      e("hospitalized 9", "Nine people received treatment at the city hospital.", "Nine people sought treatment at hospitals.",
          "Nine passengers were ferried to a hospital by boat.", "Nine pupils were kept overnight at the district hospital."),
      e("injured 9", "Nine people sought treatment for minor injuries."),
      // a word may stand before the "death" of a killing: "to their deaths", "to untimely death"
      e("killed 11", "Eleven herders were clubbed to untimely death in the night raid.",
          "Eleven herders were stoned to their deaths in the night raid."),
      e("killed 5", "Five men were beaten to their deaths by a mob."),
      // an aside on who most of the people were, left unclosed, runs into their predicate
      e("killed [31..+inf)", "Rescuers counted at least 31 people, mainly traders and porters killed in the crossfire.",
          "At least 31 people, mainly traders, were killed in the crossfire."),
      e("killed 31", "The blast left 31 people, mainly porters dead near the gate."),
      // people shot whose own bodies the clause goes on to tell of are dead; other words of theirs are not
      e("killed 30", "Thirty prisoners were shot on Monday and their bodies dumped in a ditch outside the town."),
      e("killed 1", "A man was shot and his body left by the road."),
      e("injured 3", "Three men were shot in the legs and their families fled."),
      // a toll's number may stand forty tokens after its noun, past a long place and time
      e("killed 27 (update)", "The overall death toll from the week of storms that battered the fishing villages along the"
          + " northern coast and the islands beyond the bay, according to the regional office of the disaster agency,"
          + " has now reached 27."),
      // an earlier toll named as such after a toll in the perfect is superseded, not a part of the new one
      e("killed [40..+inf); killed 12 (previous)",
          "At least 40 people were said to have died after eating tainted mushrooms at a wedding, far above"
              + " the initial toll that put the dead at 12.",
          "At least 40 people have died after the blast, up from an initial toll of 12."),
      // "of the injured" may go on with the noun the adjective qualifies
      e("injured 1", "One of the injured porters remains in critical condition.",
          "One of the injured porters is in a critical condition."),
      e("killed 3", "Three of the injured passengers later died.", "Three of the wounded soldiers later died."),
      // a count of hospital admissions told by its noun is the count in hospital, as a toll is of the dead
      e("hospitalized 35", "The health office said that total measles admissions were 35 by Friday.",
          "Officials said hospital admissions stood at 35.", "Hospitalisations were 35 on Monday."),
      e("hospitalized 35 (update)", "Cholera admissions rose to 35 on Monday.", "Hospitalizations climbed to 35."),
      // "dying" and "succumbing" after the people tell deaths, as "losing their lives" does: more dead told
      // with a raised toll are a part of it, and people dying in hospital are dead, not in hospital
      e("killed 30 (update); killed 3 (subtotal)", "The toll rose to 30, with three more patients dying overnight.",
          "The toll rose to 30 with three more people succumbing to their injuries.",
          "The toll rose to 30, with three more people succumbing overnight at the burns unit."),
      e("killed 30 (update); killed 2 (subtotal)", "The toll rose to 30, with two more people dying in hospital on Sunday."),
      e("killed 3; killed 2 (additional)", "Three people died, with two more dying later in hospital."),
      e("killed 1", "The collapse resulted in one worker dying on the way to the clinic."),
      // wanting or yielding is no death, nor a count that only goes on to its own news
      e("", "Thousands of fans were dying to see the final.", "Hundreds of residents are dying to return home.",
          "Five lawmakers, succumbing to pressure from the party, voted for the bill."),
      // the bodies of people shot tell their deaths only by what was done with them
      e("injured 4", "Four officers were shot, but their body armour saved them.",
          "Four officers were shot, whose body cameras recorded the attack."),
      e("killed 3", "Three guards were shot and their bodies dumped by the road."),
      // staff taken to a hospital, or people taken there for another purpose, are no patients
      e("", "Three doctors were ferried to the hospital by boat.",
          "Twenty schoolchildren were ferried to the hospital to visit sick classmates."),
      e("hospitalized 5", "Five climbers were flown to the hospital to be examined."),
      // a count standing at a number right after its noun only; admissions of a school are none; a total that names
      // a count of another category is not the figure's
      e("", "The death toll is not known, but the survivors are 12 children who hid in the cellar.",
          "The health ministry said school admissions were 410 this year."),
      e("killed 2", "Two more deaths were recorded, bringing the total number of cases to 310."),
      // a group after the second place with its own verb tells its own news
      e("killed 6", "Six deaths were reported in the region and 40 in the south were evacuated."),
      // far on, past a clause of its own, no number is the toll's
      e("", "The death toll could not be confirmed, said the governor of the northern province, adding that the wind,"
          + " which uprooted hundreds of trees and tore roofs from homes in several villages overnight, had reached 140"
          + " km per hour."),
      // a count told by its noun shares its passive of telling with the group after it
      e("killed 6; killed 2 (additional)", "Six deaths were reported in the north and two in the south.",
          "Six deaths were also recorded in the north and two in the south."),
      e("killed 6", "Six deaths were reported in the north and in the south."),
      // an "and" between two capitalised words is inside a place's name, not the join of the next group
      e("killed 30; killed 12 (additional); killed 5 (additional); killed 2 (additional)",
          "Thirty patients have died at the Lakeside Medical College and Hospital, 12 at the Regional Hospital in"
              + " Hilltown, five at the Riverside Clinic and two at the Harbour Institute in Porttown."),
      e("killed 30; killed 12 (additional); killed 2 (additional)",
          "Thirty patients have died at the Royal Eastern Medical College and Hospital in Hilltown, 12 at the"
              + " Western Medical College and Hospital and two at the Harbour Institute."),
      e("killed 9", "Nine people died in Guatemala and Honduras on Sunday."),
      // "an encounter" is a gunfight, not a person counted by "an"; "sent to hell" is a military word for fighters killed
      e("killed 3; killed 1 (subtotal)", "In an encounter near the river, three militants, including a commander, were killed.",
          "In an encounter on Sunday night, three militants, including a commander, were killed."),
      e("killed 9", "Nine rebels were sent to hell in the raid, the army said.",
          "The army said nine rebels were sent to hell in the raid.",
          // scare quotes round a three-word euphemism are read through as round one word
          "Nine rebels were \u201csent to hell\u201d in the raid, the army said.",
          "Nine rebels were 'sent to hell' in the raid, the army said."),
      // ", as well as" inside the phrase that names a toll adds to it and opens no clause
      e("killed (400..+inf)", "A monitor said the death toll from fighting between two clans, as well as police units and local guards, had topped 400."),
      e("missing 10", "The toll could rise, as 10 people are still missing."),
      // thousands grouped by dots, as translated reports write them; a decimal with a scale stays a decimal
      e("killed 1500", "The earthquake killed 1.500 people in the valley."),
      e("displaced 2300000", "The floods displaced 2.300.000 people across the delta."),
      e("displaced 2500000", "The floods displaced 2.5 million people across the delta."),
      // "another" before an event or a weapon counts one more event, not one more person
      e("killed 3; injured 2", "Another blast left three shoppers dead and two hurt near the bus depot."),
      e("killed 1", "Another missile struck the depot overnight, killing a guard.", "Another guard died on Tuesday."),
      // a toll of an earlier incident the report recalls is a figure the report states: listed, as every other
      // (the timeline keeps the recalled incident out of the report's event)
      e("killed 6; killed 9", "Gunmen killed six villagers on Sunday. The raid comes two weeks after bandits killed nine farmers in a nearby district."),
      e("killed 12", "The arrests come after a bomb killed 12 people at a bus station."),
      // the dead listed after a short phrase of time or place, or after "also", are parts of the dead
      e("killed 40; killed 15 (subtotal)", "Forty people have died in the fighting. Those killed during the siege included 15 police officers.",
          "Forty people have died in the fighting. The dead also included 15 police officers."),
      // people not found by the time of the report are missing, and that outranks a relative clause before it
      e("missing 7", "Seven fishermen have not been found since their boat capsized.",
          "Seven fishermen have not yet been traced, the navy said."),
      e("missing 3", "Three villagers who fled into the hills have not been traced, the district officer said."),
      // rescuers looking for people: missing; a club or the police looking for someone: no figure
      e("missing 2", "Rescue divers are looking for two fishermen whose boat overturned near the harbour on Sunday."),
      e("missing 1", "Search teams are looking for one porter who was swept away by the avalanche.",
          "The coastguard is searching for one crew member after the trawler sank."),
      // captives still held when others were freed
      e("missing 3", "Four aid workers seized in March were released on Monday. Three colleagues remain in captivity."),
      e("missing 12", "Twelve fishermen are being held in captivity by pirates off the coast."),
      // care at a named hospital
      e("killed 4; hospitalized 27", "Four people died and 27 others were receiving treatment at the Tamale Teaching Hospital."),
      // moved out by the authorities, or taken to rest centres
      e("evacuated ~500", "About 500 residents were moved out as firefighters fought the blaze."),
      e("evacuated ~600", "Nearly 600 residents were taken to rest centres after the river burst its banks."),
      // a city's or a country's tally of murders is a running count of its dead
      e("killed 412 (cumulative)", "The city recorded 412 murders last year, police said."),
      // a noun of the disaster before the people a toll counts
      e("evacuated 23117 (update)", "The number of flood evacuees in the two states rose to 23,117 on Thursday."),
      // a country counted by the displaced it holds
      e("displaced (700000..+inf)", "The country now has more than 700,000 internally displaced people."),
      // people trapped as the report is told are missing; trapped once, told in the past, are not
      e("missing 6", "Six others are still trapped.", "Six miners remain stuck underground."),
      e("missing ~70", "Around 70 people are trapped in a collapsed hotel, officials say."),
      e("", "Nineteen miners were trapped after a shaft flooded.",
          "Thousands of families are trapped inside the besieged town as shelling goes on."),
      // checked by paramedics for a harm named
      e("injured 2", "Two staff members were assessed by St John for smoke inhalation."),
      e("", "Four residents were assessed by paramedics at the scene."),
      e("hospitalized 1320", "The society said 1,320 patients are currently admitted to treatment centres."),
      // rescuers pulling people from a danger: rescued; a coach or an army pulling people out of a team or a country: none
      e("rescued 11", "Crews used a helicopter to pull 11 hikers from a flooded canyon on Saturday."),
      e("", "The coach pulled two players from the squad.", "The government plans to pull 300 troops out of Syria."),
      // a part of the hurt counted before, taken into hospital: their stay is the news
      e("killed 2; injured 7; hospitalized 4", "Two people were killed and seven wounded when a gunman opened fire. "
          + "Medics said four of the wounded were hospitalized in serious condition."),
      // a hospital that says it admitted people
      e("hospitalized 230", "The city hospital said it had admitted 230 patients, mostly elderly people."),
      // captives rescued are no longer missing; the rescue is the figure, however long the clause about the abduction
      e("rescued 4", "Four aid workers kidnapped by a gang in the capital last week were rescued unharmed on Tuesday."),
      // a figure the report says was wrongly given is an earlier one
      e("killed 12 (previous); killed 8", "The agency wrongly reported that 12 people had been killed. Police said eight people were killed."),
      // injured people in hospital are both; people needing medical treatment are hurt
      e("injured 9; hospitalized 9", "Nine injured people were being treated in hospital."),
      e("injured [15..+inf)", "At least 15 protesters needed medical treatment, opposition groups said."),
      e("injured 30", "Thirty people needed medical treatment after the storm."),
      // people lifted from a peril, or lifted stranded, are rescued; troops airlifted from a city are not
      e("rescued 43", "Army helicopters lifted 43 people from rooftops.", "Rescue teams airlifted 43 people stranded on rooftops."),
      e("", "The government airlifted 300 troops from the capital.", "The crane lifted two workers to the roof."),
      // people rescued and then held are both
      e("rescued 9; arrested 9", "Nine survivors were rescued and later arrested for immigration offences.",
          "Nine survivors were picked up and later detained for entering the country illegally."),
      // "no other injuries" adds nobody to the count before it and is no figure of its own
      e("hospitalized 2", "Two crew members were treated at the county hospital for burns. No other injuries were reported."),
      // a vague number of bodies or deaths
      e("killed dozens[24..99]", "The charity said its morgues had received dozens of bodies in recent days.",
          "Officials reported dozens of deaths."),
      // people still under the rubble when the report is told are missing
      e("missing 8", "Rescue teams said eight people remain under the rubble.", "Eight residents are still under the debris, officials said."),
      // "they" after people shot are all of them
      e("killed 2", "Two men were shot outside the bar. They later died at the hospital.",
          "Two men were shot outside the bar. They were rushed to a clinic, where they died hours later."),
      e("injured 2", "Two men were shot outside the bar. They were taken to the county hospital in stable condition."),
      // a fact box's fields
      e("killed 12; injured 45; missing 3", "Killed: 12 | Injured: 45 | Missing: 3"),
      e("displaced ~4500", "Displaced: approx. 4,500 persons."),
      e("affected 412000", "A total of 4,12,000 people in 1,356 villages have been hit by the deluge."),
      // a rescue outranks the relative clause of the people it counts
      e("rescued 17", "Seventeen fishermen who went missing on Friday have been rescued.",
          "Seventeen fishermen who went missing at sea have been rescued by a passing ship."),
      // people who escaped with injuries are hurt; people sheltering in relief camps are out of their homes
      e("injured 1", "The truck driver escaped with minor injuries."),
      e("injured 2", "Two passengers escaped with cuts and bruises."),
      e("displaced ~40000", "Around 40,000 people have taken shelter in 290 relief camps."),
      // people rescuers still search for are missing
      e("missing 4", "Rescue teams were still searching for four people on Monday.",
          "Police said rescuers were searching for four people on Monday."),
      e("missing 6", "The search continues for six fishermen whose boat capsized on Friday."),
      e("missing 6", "Searches continue for six people believed to be in the building.",
          "The search is continuing for six fishermen off the coast."),
      // people fighting for their lives are badly hurt
      e("injured 3", "The crash left three people fighting for their lives."),
      e("injured 1", "A boy is fighting for his life in hospital after the attack."),
      // people abducted or held hostage are missing while their captors hold them
      e("missing 15", "Gunmen abducted 15 passengers along the highway, police said.",
          "Fifteen passengers were kidnapped along the highway on Friday, police said.",
          "Fifteen people are being held hostage inside the bank."),
      e("killed 19; missing (50..+inf)", "Bandits killed 19 worshippers and kidnapped more than 50 others in the raid."),
      e("missing 1", "Gunmen abducted a priest on Sunday."),
      // what became of them, told after, is the figure
      e("killed 2", "Two aid workers were abducted and killed near the border."),
      e("killed 4", "Four herders were abducted, tortured and killed by the militia."),
      e("arrested 2", "Two men who kidnapped a shopkeeper were arrested on Monday."),
      // an ordinal after figures of other kinds alone numbers the people told, not a toll
      e("rescued 2; killed 1", "Two occupants were rescued by firefighters. A third occupant was pronounced dead at the scene."),
      e("killed 2; killed 3 (update)", "Two people died on Monday. A third victim died in hospital on Tuesday."),
      // displaced people counted by an agency, told as newly displaced, or a number of internally displaced persons
      e("displaced 3450", "The agency recorded 3,450 displaced people in the province this week.",
          "There are 3,450 displaced people in the province.", "In all, 3,450 newly displaced people arrived in the camps this week."),
      e("displaced 1700000", "The province now hosts 1.7 million internally displaced persons."),
      e("displaced 1700000 (update)", "The number of internally displaced persons rose to 1.7 million.",
          "The number of IDPs rose to 1.7 million."),
      // a day told between the verb and its count
      e("killed [40..+inf)", "The army said it killed on 25 August at least 40 fighters in the hills.",
          "The army said it killed on Sunday at least 40 fighters in the hills."),
      e("killed [11..+inf)", "The monitor accused the militia of killing on 3 May at least 11 villagers near the dam."),
      e("arrested 14", "Police arrested on Friday 14 protesters outside parliament."),
      // after an update of its toll, "Earlier, officials said" tells an earlier toll
      e("killed 9 (update); killed 5 (previous)", "The number of people killed in the siege rose to nine on Wednesday, police said. Earlier, officials said five civilians had been killed."),
      // with no update before, it tells news of its own
      e("killed 5", "Earlier, officials said five civilians had been killed in the siege."),
      e("displaced ~1000", "Around 1,000 residents fled to the neighbouring commune of Arcahaie."),
      // people who went to evacuation centres or shelters are evacuated, however they went; a refuge elsewhere is displacement
      e("evacuated (650000..+inf)", "More than 650,000 people fled to evacuation centres before the typhoon made landfall.",
          "More than 650,000 villagers have taken refuge in evacuation shelters.",
          "More than 650,000 residents sought refuge in 900 evacuation centers."),
      // but people told "of them" or "of whom" in shelters, right after a count of the uprooted, are a part of it
      e("displaced ~4000; displaced 900 (subtotal)", "About 4,000 people have fled their homes, 900 of them in public "
          + "shelters.", "About 4,000 people have fled their homes, 900 of whom are in public shelters."),
      e("evacuated ~900", "Some 900 people are in public shelters."),
      e("displaced ~3000", "Some 3,000 villagers took refuge in the hills.", "Some 3,000 villagers fled to nearby towns."),
      // what they fled may be named with a word before it; people still away from home are displaced
      e("displaced 70000", "70,000 people have fled gang violence in the capital.",
          "70,000 residents fled the renewed fighting.", "70,000 villagers fled ethnic clashes in the north.",
          "70,000 people are still out of their homes.", "70,000 people remain out of their homes a month after the floods."),
      // out of their homes is no displacement; firefighters pulling people out rescue them
      e("rescued 3", "Firefighters pulled three people out of their homes."),
      e("", "Three children ran out of their homes when the ground shook."),
      // a definite person hurt, told after a count of the hurt, is one of them
      e("injured 5; injured 1 (subtotal)", "Five people, including a 4-year-old girl, were hurt when someone opened fire on a house. The girl was grazed in the head and is expected to recover."),
      // someone besides them is new
      e("injured 3; injured 1", "Three men were wounded in the attack. The other victim, a woman, was also shot."),
      // the people an action acts on may be told by a number after the article
      e("killed 3; killed 2", "Security forces killed the three assailants after they stormed the checkpoint, killing two guards."),
      // a gapped group of arrested may tell what they were held for instead of a place; "another" before its number only says they are more
      e("arrested 19; arrested 7 (additional)", "Police said 19 people had been detained for looting and another 7 for curfew violations."),
      e("killed 6; killed 2 (additional)", "Six people were killed in Kharkiv and another two in Sumy."),
      // only arrests: a killing "for" something has no gapped group
      e("killed 6", "Six people were killed for their faith and two for their land, the bishop said."),
      e("killed 3 (subtotal); killed 12", "Three of the 12 people killed were children."),
      // people who came to a hospital by themselves are in hospital; told as shot, they are hurt
      e("hospitalized 3", "Three more men later showed up at the hospital on their own.", "Three patients walked into the emergency room."),
      e("injured 2; hospitalized 2", "Two shooting victims were taken to the hospital."),
      e("injured 2; hospitalized 2", "Two more gunshot victims later arrived at the hospital, driven by friends."),
      // a hospital told with "a" and a word or a name before it is a hospital as "a hospital" is
      e("hospitalized 4", "Four survivors were flown to a military hospital.", "Four passengers were taken to a nearby hospital.",
          "Four miners were rushed to a local hospital in the capital.", "Four children were admitted to a Lima hospital."),
      // shot people taken there are hurt, and a ward that is no hospital is no place of care
      e("injured 2; hospitalized 2", "Two shooting victims were taken to a nearby hospital."),
      e("", "The minister was taken to a nearby school.", "Four reporters were taken to a military base."),
      // a person in intensive care is hurt
      e("injured 1", "His daughter remains in intensive care."),
      // a pronoun after a wounding verb is the one person the sentence told
      e("injured 1", "A gunman fired at a bus driver from a passing car, wounding him.",
          "A man attacked a neighbour with a knife, injuring her."),
      // persons found in a state of death are told without "was"
      e("killed 2", "Neighbours found Ana Cruz, 70, and her son Leo, 44, shot to death in the barn."),
      e("killed 1", "Deputies found John Roe, 40, stabbed to death in his garage."),
      // "deceased" tells the dead as "dead" does
      e("killed 4", "Medics reached the cabin and found four deceased hikers.", "Four people were found deceased."),
      // "a couple" before a scale multiplies it, as "several" does
      e("evacuated a couple hundred[200..300]", "A couple hundred people were evacuated."),
      // a fact box's toll after a colon
      e("killed 15", "Death toll: 15"),
      // a centre or a room of care is a hospital, as "hospital" is
      e("hospitalized 4", "Four victims were taken to Riverside Medical Center.", "Four people were rushed to the trauma center.",
          "Four passengers were taken to area hospitals.", "Four workers were taken to the emergency room."),
      // people told as hurt and taken to hospital are hurt; a part of the hurt in hospital is in hospital
      e("injured 2; hospitalized 2", "Two wounded men were taken to hospital."),
      e("injured 2; hospitalized 2", "Two injured hikers were airlifted to a trauma center."),
      e("hospitalized 8", "Eight of the injured remain in hospital."),
      // ages may follow the second of two groups
      e("injured 2; injured 1 (additional)", "Two men and a woman, ages 19, 22 and 30, were wounded."),
      e("hospitalized 3; hospitalized 2 (additional)", "Three adults and two teenagers ages 15 and 16 were taken to the hospital."),
      // a range of ages opened by "between" or "from" after the cue is no count
      e("arrested 6", "Police said 6 men aged between 19 and 34 were arrested in the raids.",
          "Six youths aged from 16 to 19 were detained overnight."),
      // an army's word for the fighters it killed
      e("killed (30..+inf)", "The military said it had killed more than 30 Hezbollah operatives in the strikes."),
      // a hospital told by its name
      e("hospitalized 6", "Six protesters were admitted to the Regional Institute of Medical Sciences and Hospital."),
      // British wording of the stay: conveyed by ambulance, kept in overnight, treatment in hospital
      e("hospitalized 3", "Three people were kept in overnight for observation.", "Three passengers were conveyed to hospital by ambulance.",
          "Three patients were conveyed to the Royal Infirmary.", "Three people needed treatment in hospital."),
      e("hospitalized 3", "Three workers were rushed to St. Luke's General Hospital with burns."),
      e("hospitalized 2", "Both passengers were taken to Royal Darwin Hospital."),
      // a photo caption's count before the story's count is no count of people
      e("injured 2", "Image 1 of 5 Two men were wounded in the shooting on Elm Street."),
      // fighters and suspects captured are held as the arrested are
      e("killed 3; arrested 2", "Three militants were killed and two others were captured after the raid."),
      e("arrested 40", "The rebels said they had captured 40 government soldiers near the border."),
      e("arrested 1", "Deputies said the escaped inmate was captured on Sunday in a barn."),
      // persons joined by "and" after an arrest verb, or taken into custody, add up
      e("arrested 2", "Officers arrested the driver and his brother after a short chase."),
      e("arrested 2", "Police took the shop's owner and a supplier into custody on Thursday."),
      e("arrested 1", "Deputies took him into police custody without incident."),
      // a rescue counts the person rescued
      e("rescued 150", "Crews carried out 150 flood rescues overnight as the river rose."),
      e("rescued (200..+inf)", "The coast guard said it had made more than 200 rescues since Sunday."),
      // "the pair", "the couple" arrested are two
      e("arrested 2", "The pair, aged 21 and 23, were remanded in custody when they appeared before magistrates."),
      e("arrested 2", "The couple were arrested at their home on Tuesday."),
      // a death told later takes its dead from the people shot, a headline's count told again in the story once
      e("injured 2; killed 1", "Three shot outside Detroit gas station\nThree men were shot outside a gas station early Tuesday, police said. One of them died at the scene."),
      // people a fired gun hit are shot: the outcome splits them as for "shot"
      e("injured 6", "The gunman opened fire on the crowd, hitting six people."),
      e("injured 2", "A gunman fired into the crowd, striking two bystanders."),
      e("injured 5; killed 1", "Police said the gunman fired at least 20 rounds into the crowd, hitting six people, one fatally."),
      // a wire update's numbered label is no part of the headline's first word
      e("killed 7 (update); injured 68", "UPDATE 3-Toll in Kharkiv strike rises to 7, 68 wounded"),
      e("killed 12", "UPDATE 1-Gunmen kill 12 in Nigeria"),
      // "a couple" ending the object is the pair: two people
      e("injured 2", "A drone struck a car in Zolochiv, injuring a couple."),
      e("injured a couple[2..3]", "The blast injured a couple of people."),
      // people held in custody are arrested
      e("arrested 1", "A 40-year-old man, who was known to her, remains in custody on suspicion of murder."),
      e("arrested 1", "The suspect is in police custody, officers said."),
      e("arrested 0", "No one was in custody on Sunday night."),
      e("killed 1", "A man died in police custody on Monday."),
      // after deaths told before, a person wounded with a counted group joined is hurt besides them, not one of them again
      e("killed 2; injured 5", "Russian shelling killed two civilians overnight. A drone attack on a bus later wounded the driver and four passengers."),
      // "shot" may tell the dead: the shot are left to them
      e("killed 8", "A gunman killed eight people. He shot his ex-girlfriend, her husband and six children."),
      // a toll in the perfect that "after" explains takes the death it tells as a part of it
      e("killed 3; killed 1 (subtotal)", "Police said three people had died, after a woman who was critically injured died in hospital overnight."),
      e("killed 5; killed 1 (subtotal)", "Five people have died after a man who was hurt in the blast died on Sunday."),
      // joined by "and", the death is more on top
      e("killed 3; killed 1", "Three people have died, and a woman died in hospital on Sunday."),
      // a person after "and" shares the killing's "was": "killed and his wife injured" tells her hurt
      e("killed 1; injured 1", "A man was killed and his wife injured when a shell hit their house."),
      e("killed 1; injured 1", "A 12-year-old girl was killed and her mother seriously injured in a drone strike."),
      e("killed 1; injured 2", "A woman was killed and her husband and son wounded in Kherson."),
      // an aside on the first place between commas may stand before the gapped group
      e("killed 4; killed 2 (additional)", "Four people were killed in the Donetsk region, where a glide bomb hit a market, and two in the Kherson region."),
      // a number inside the aside stops it
      e("killed 4", "Four people were killed in Donetsk, where 12 shells fell, and two in Kherson."),
      // a gapped group told "each" is one figure, its number as stated, and the groups after its places are read
      e("killed 7; killed 3 (additional); killed 1 (additional)",
          "Landslides killed 7 in Ridgeway, 3 each in Northfield and Lakeside, and 1 in Harbor Town."),
      e("killed 12; killed 2 (additional)",
          "Officials confirmed 12 deaths in Eastvale and two each in Millbrook, Stonebridge and Fairport."),
      // a group added to a toll may be broken down by place after a dash, as the toll may
      e("killed 50; killed 3 (additional); killed 2 (subtotal); killed 1 (subtotal)",
          "Floods have killed 50 people since June; officials added three more deaths on Sunday: two at Riverside and one at Elm Grove."),
      // "fresh" before the noun of a zero is "new": no fresh deaths is none
      e("killed 0", "No fresh deaths have been recorded since Monday.", "The council reported no fresh fatalities."),
      // body parts and body bags are things, not the dead
      e("killed 40", "Searchers have recovered 58 body parts and 40 bodies from the river."),
      // families counted in brackets after the people tell the same people in homes
      e("affected ~12400", "Some 12,400 residents (3,100 households) were affected by the mudslides."),
      e("evacuated ~9000", "About 9,000 residents (2,000 families) were evacuated to schools."),
      // a fronted group of the dead, the hurt or the missing split by place after its comma: each place's number is a part
      e("killed 9 (subtotal); killed 5 (subtotal); killed 2 (subtotal)",
          "Of the dead, nine were from Alpha, five from Beta and two from Gamma."),
      e("killed 30; killed 12 (subtotal); killed 8 (subtotal); killed 5 (subtotal)",
          "Of the 30 dead, 12 were from Ondo, eight from Ekiti and five each from Osun and Kogi."),
      e("killed 7 (subtotal); killed 1 (subtotal)",
          "Of the fatalities, seven are in North Vale, whereas one each is in Eastvale, Westvale, and Southport."),
      e("killed 20; killed 8 (subtotal); killed 4 (subtotal)",
          "According to the coroner, of the 20 dead, eight were from Ondo and four each from Ekiti and Osun."),
      e("missing 2 (subtotal); missing 1 (subtotal)", "Of the missing, two are from Lakeside and one from Hillmark."),
      // a share of the group told with its place is a part, and a gapped group after it a part too
      e("missing 3 (subtotal); missing 1 (subtotal)", "Three of the missing hikers were recorded in Pine Ridge and one in Cold Creek."),
      e("injured 2 (subtotal)", "Two of the injured are from Eastvale."),
      // "succumbing to" after a toll's "with" tells what the deaths were from, whatever it names; "souls" counts people
      e("killed 9; killed 2", "Storms left 9 dead, with two hikers succumbing to the cold."),
      e("killed 14; killed 2", "The blizzard has killed 14 people, with two elderly souls succumbing to the freezing temperatures at home."),
      // parts that add up to more than the group are no split of it
      e("killed 12", "Of the 12 dead, 40 were from Alpha."),
      // homes counted "at N or M <people>" are the same group told twice; the people are the count, not a range
      e("displaced 8900", "Lowmoor has the largest number of displaced families at 2,100 or 8,900 individuals."),
      e("displaced [20..30]", "The flood displaced 20 or 30 families."),
      // places after "followed by", each with its number after "with", count the figure's category
      e("killed 18; killed 9 (additional); killed 6 (additional)",
          "Coastland reported the highest toll at 18, followed by Hillmark with 9 and Upper Vale with 6."),
      // captives freed by rescuers are rescued; captors free their captives too, which is no rescue
      e("rescued 23", "Police freed 23 kidnap victims from a forest hideout on Sunday."),
      e("rescued 46", "Security forces on Sunday freed 46 hostages after a gun battle with bandits."),
      e("rescued 9", "Haitian police said they had freed nine hostages held by the gang.",
          "Police in the northern border province said they had freed nine hostages held by the gang."),
      e("rescued 12", "Twelve hostages were freed by troops on Sunday.", "Twelve hostages were freed in a police raid."),
      // some of the captives freed leave the abduction's count standing, a part of it freed
      e("missing [60..+inf); rescued 4 (subtotal)", "Bandits kidnapped at least 60 farm workers on Friday, and four later escaped.",
          "At least 60 farm workers were abducted on Friday, four of whom later escaped."),
      // the bare "rescue" and "save" tell a deed only when achieved; mostly they tell a purpose (see NEGATIVE)
      e("rescued 12", "Firefighters managed to rescue 12 people from the flats.",
          "Divers were able to save 12 passengers before the ferry sank.", "Villagers helped rescue 12 hikers."),
      e("rescued 8", "Eight wardens were taken hostage for hours before being freed in a military operation."),
      e("", "Twelve hostages were freed by their captors after a ransom was paid.",
          "Eight wardens were taken hostage for hours before being freed."),
      // (these were negatives of the killed rules: no death told; the arrest is a figure of its own)
      e("arrested 1", "The suspect was taken into custody after the shooting."),
      e("arrested 1", "The suspect was arrested on Sunday."),
      e("arrested 1", "Lopez was arrested on Sunday."),
      e("arrested 2", "Okafor and his cousin were arrested on Sunday night."),
      // one person arrested, told without a number, as a subject of a passive arrest or the object of one
      e("arrested 1", "The owner of the plant has been arrested, police said."),
      e("arrested 1", "Police said the suspect, 19, was taken into custody without incident."),
      e("arrested 1", "Officers arrested the suspect, a 41-year-old man, at a relative's home on Tuesday night."),
      e("arrested 1", "He was arrested at the scene after a brief struggle."),
      e("arrested 2", "The driver and his brother were detained for questioning."),
      e("arrested 1", "The canteen's cook was detained for questioning.", "The site contractor was taken into custody."),
      // a relative clause that tells no arrest, and a tail of the person with an aside, may stand before the arrest
      e("arrested 1", "The bus driver, who survived the crash, was arrested.", "The driver, who fled the scene, was arrested on Monday.",
          "The owner of the building, who had ignored safety orders, was detained.", "The owner of the factory, 56, was detained."),
      e("", "The owner, who fled, has not been arrested."),
      // questioning is no arrest; the relative clause tells the driver hurt
      e("injured 1", "The driver, who was injured, will be questioned."),
      // the person's first verb may take "to" or "tried" before the arrest joined by "and"; the arrest's own words still deny it
      e("arrested 1", "The suspect surrendered to school police officers and was taken into custody.",
          "The driver tried to flee and was arrested."),
      e("", "The gunman ran to a nearby house and has not been arrested."),
      // escaped inmates caught again are arrested; towns recaptured are no people
      e("arrested 11", "Twenty-three prisoners escaped during the riot, and 11 have been recaptured.",
          "Guards recaptured 11 inmates within hours.", "Eleven of the escaped inmates were rearrested on Friday."),
      e("", "Troops recaptured two towns from the rebels.", "The army recaptured the village on Sunday."),
      e("killed 1; arrested 1", "A man was shot dead outside a bar on Sunday. Police arrested him hours later."),
      // the arrested are counted already: the person is one of them
      e("arrested 2", "Two men were arrested on Monday. The suspect, 19, was taken into custody at his home."),
      // a person told dead after a toll of two or more is one of those counted
      e("killed 2; killed 1 (subtotal)", "Two people died in the storm. A man in his 60s died when a tree fell on his car.",
          "Two hikers were killed on the ridge on Sunday. A woman from Leeds died at the scene, police said."),
      e("killed 2; killed 1 (subtotal); killed 1 (subtotal)",
          "Two men died when the plane came down. The pilot, 58, and a passenger, 33, were pronounced dead at the scene."),
      // one more: a word of more or of another incident, an attacker, a place of its own
      e("killed 3; killed 1", "Three soldiers were killed in the raid. A civilian was also killed.",
          "Three soldiers were killed in the raid. In the south, a farmer died when a shell hit his house."),
      e("killed 4; killed 1 (additional)", "Four shoppers were killed in the attack. The gunman was shot dead by police."),
      e("killed 2; killed 1", "Two people were killed in the blast. Police then shot and killed a man at a checkpoint."),
      e("killed 2; killed 1", "Two miners died in the collapse. A man was killed in a similar accident in 2019."),
      e("killed 2; killed 1 (additional)", "Two people died in the crash on the bypass. Separately, a woman was killed when her car hit a tree.",
          "Two people died in the crash on the bypass. Elsewhere, a cyclist was killed by a lorry."),
      // a first participle with a short tail of place, then the news: "pulled from the water and taken to hospital"
      e("hospitalized 6", "Six people were pulled from the water and taken to hospital.",
          "Six miners were freed from the wreckage and taken to hospital."),
      e("killed 2", "Two men were pulled out of the car and shot dead."),
      e("arrested 1", "The suspect surrendered to police and was taken into custody."),
      // the living of a wreck or a sinking are rescued; people who lived through a harm are hurt, not rescued
      e("rescued 31", "The launch had about 50 people on board; 31 survived.", "Thirty-one passengers survived by clinging to the wreck."),
      e("rescued 9", "Only nine of the 70 people on board survived the crash."),
      e("", "Two victims survived the shooting.", "Three people survived the attack, police said."),
      e("injured 3", "Doctors said three victims survived and are in stable condition."),
      e("injured 19", "Nineteen passengers survived with minor injuries.",
          "The coach overturned on the pass; 19 people on board survived with minor injuries."),
      e("killed 20; arrested 1", "A lorry hit a bus, killing 20 people. The lorry driver survived and was arrested."),
      // a people noun as the deaths' modifier tells whose deaths are counted
      e("killed 9400", "The mission has documented 9,400 civilian deaths in the region."),
      e("killed 38", "Aid groups recorded 38 migrant deaths along the route in October."),
      e("injured 15", "The clinic logged 15 pedestrian injuries on the avenue."),
      e("", "The driver reported one minor injury to his hand.", "Doctors treated two minor injuries at the track."),
      // doers whose nouns have no suffix of people
      e("arrested 8", "Eight suspected pirates were later arrested by coast guard forces.", "The navy arrested eight pirates."),
      e("injured 4; arrested 12", "Four fans were hurt when hooligans clashed. Police arrested 12 hooligans."),
      e("killed 3", "Three mercenaries were killed in the ambush."),
      // a saying "had earlier" made is superseded; "earlier reported" without "had" may be the toll that stands
      e("killed 9 (update); killed 7 (previous)", "The toll rose to nine on Wednesday. Officials had earlier put the toll at seven."),
      e("killed 5 (previous)", "Police had previously said that five people were killed."),
      // a correction note tells what the story no longer says
      e("injured 21; injured 12 (previous)", "Twenty-one people were hurt in the crash. An earlier version of this story said 12 people were hurt."),
      e("killed 3; killed 4 (previous)", "Three workers died in the blaze. A previous version of this report gave the number of dead as four."),
      e("injured 9 (previous)", "Correction: An earlier version of this story said nine people were hurt.",
          "Editor's note: A previous version of this article said nine people were hurt."),
      e("killed 2", "Two people died at the earlier version of the festival, held in 2019."),
      // a saying made first is an earlier one
      e("injured 5 (previous)", "Police first said five people were hurt.", "Officials first reported five injuries."),
      e("killed 8 (previous)", "The agency first put the toll at eight."),
      // "that number" rose: the update of the figure told last before it
      e("injured 5; injured 8 (update)", "Five people were hurt in the fire. That number later rose to eight.",
          "Five people were hurt in the fire, a figure that has since risen to eight."),
      e("arrested 3; arrested 7 (update)", "Police arrested three men on Friday. The number rose to seven on Sunday."),
      e("killed 1", "One man died in the attack. His death was the 20th homicide of the year. That number has since risen to 23."),
      e("killed 2", "Two people died in the fire. The company's shares fell, and the figure rose to 12 percent by noon."),
      // past a dateline before its label
      e("injured 7 (previous); injured 10", "OMAHA, Nov 3 - Editor's note: An earlier version of this story said seven people were hurt. Police later said 10 people were hurt.",
          "LYON, France, March 2 (AP) - Correction: An earlier version of this report said seven people were hurt. Ten people were hurt, police said."),
      e("killed 4", "PERTH, May 9 - Police said four people died in the fire, an earlier version of the building's alarm having failed."),
      // a saying in the past perfect after a toll of its category is superseded
      e("missing 2; missing 5 (previous)", "Two divers remain missing. Earlier in the day officials had said five people were missing.",
          "Two divers remain missing. Earlier, the coast guard had said five people were missing."),
      e("missing 3", "Earlier in the day officials had said three people were missing."),
      e("missing 2; missing 5", "Two divers remain missing. Earlier, the coast guard said five people were missing."),
      // what earlier reports said is an earlier toll
      e("hospitalized 9; hospitalized 6 (previous)", "Nine workers were taken to hospital. Earlier reports said six people had been hospitalised."),
      e("killed 4 (previous)", "Previous reports suggested four people had died."),
      e("killed 12", "The ministry earlier reported 12 deaths."),
      // the main verb right after a relative clause's wound is the news: the hurt one died
      e("killed 1", "A woman who was critically injured died in hospital overnight."),
      e("killed 2", "Two men who were wounded died on Friday."),
      // villagers who fled the village, or into the bush, are displaced
      e("displaced ~3200", "About 3,200 people fled the village towards the provincial capital."),
      e("displaced ~2000", "Some 2,000 villagers fled into the jungle after the airstrike."),
      e("displaced hundreds[200..999]", "Hundreds of residents have fled to the town of Butembo."),
      // a headline's vague count gives way to the story's number of it: one toll told twice, the headline rounding it
      e("killed [37..+inf)", "Clashes in the south leave dozens dead\nClashes between rival militias have killed at least 37 people since Sunday, a war monitor said."),
      e("displaced ~45000 (cumulative)", "Fighting near the lake displaces thousands\nRenewed fighting has forced about 45,000 people to flee their homes in a week, the UN said."),
      // only a title rounds: an opening sentence's vague count is a claim of its own beside the story's number
      e("killed [30..+inf); injured dozens[24..99]; injured 41", "A riot at the jail left at least 30 inmates dead and dozens "
          + "injured, officials said. Later the prison service said 41 inmates had been injured."),
      // a story's number below the word's bounds is another figure: the headline's stays
      e("killed dozens[24..99]; killed 12", "Floods kill dozens in the north\nTwelve bodies were recovered from the river on Monday."),
      // people at large who fled the area are displaced; a crime's doers who fled it are not (see NEGATIVE)
      e("displaced ~4600", "About 4,600 people fled the area in three days, according to the IOM."),
      e("displaced hundreds[200..999]", "Hundreds of villagers fled the area after the attack."),
      // a crowd that fled to a named place; a crime's doers or a few people who flee somewhere are none (NEGATIVE)
      e("displaced ~300", "Some 300 herders have since fled to Garoua, a local chief said."),
      e("displaced scores[40..199]", "Scores of farmers fled to Bakassi overnight."),
      e("", "Thousands of savers fled to gold as the currency slid.", "Dozens of senators fled to Ohio to deny the "
          + "chamber a quorum.", "Hundreds of spectators fled to their buses when the storm broke."),
      // refugees counted as they arrive are the displaced
      e("displaced ~30000", "About 30,000 Sudanese refugees crossed into eastern Chad in the past week, the agency said.",
          "About 30,000 refugees have crossed into Chad in the past week."),
      e("killed 12", "Twelve refugees drowned when the boat sank."),
      // a part of the rescued in a condition is their part, not other hurt people
      e("rescued 19; injured 3 (subtotal)", "Sailors rescued 19 survivors, three of whom were in critical condition."),
      e("rescued 20; injured 3 (subtotal)", "Twenty people were rescued alive from the wreckage. Three of them are in critical condition."),
      e("rescued 20; injured 3", "Twenty people were rescued alive. Three people are in critical condition."),
      // a kind of total named between the article and the noun
      e("killed 14; killed 312 (update)", "The weekly toll was 14 deaths, bringing the cumulative total to 312.",
          "Another 14 people died, bringing the overall total to 312."),
      e("evacuated 200; evacuated 5600 (update)", "Another 200 people were evacuated, taking the national total to 5,600."),
      // homes told again as people with no "or": the people, not the homes
      e("displaced ~7500", "At least 1,500 families, about 7,500 people, were displaced.",
          "The floods displaced 1,500 families, some 7,500 people, in the north."),
      e("killed 3; killed 12 (additional); killed 4 (additional)", "Gunmen killed 3 families, 12 soldiers and 4 police."),
      // after a comma, "as" opens a clause of its own: the people after it are no toll
      e("missing 10", "The toll could rise, as 10 people are still missing.",
          "The death toll may climb, as 10 people remain missing."),
      e("killed 12 (update)", "The toll rose to 12 on Monday, as rescuers found more bodies."),
      e("missing (100000..+inf)", "More than 100,000 people are registered as missing in Mexico."),
      // a title's round number rounds the story's own figure: one count told twice
      e("displaced ~204000", "Floods displace 200,000 in the south\nFlash floods have displaced about 204,000 people, the UN said."),
      // a headline that carries the story's earlier toll gives that toll, not a second group
      e("hospitalized 5 (previous); hospitalized 6; hospitalized 5 (previous)",
          "Five taken to hospital after gas leak at school\nSix pupils were taken to hospital after a gas leak, officials said. Earlier reports said five pupils had been hospitalised."),
      // the title's count is the story's first group, even where more are added to it after
      e("hospitalized 5; hospitalized 6 (additional)",
          "Five taken to hospital after gas leak at school\nFive pupils were taken to hospital after a gas leak. Six more were hospitalised later."),
      e("killed 512 (cumulative)", "Dengue toll passes 500\nDengue has killed 512 people so far this year, officials said."),
      // a small number may be another toll, and a lead is no title
      e("killed 10; killed 12", "Fire kills 10 in the capital\nTwelve people were killed in the fire, officials said."),
      e("killed 5; injured (100..+inf); injured 110", "Five died and more than 100 were hurt as the crowd fled. Another source said 110 people were injured."),
      // a sayer's "said" is no tail of the people before it: the spokesman said it, he was not arrested
      e("arrested 5", "A police spokeswoman said officers had arrested five men over the robbery."),
      e("killed 9", "A local official said nine villagers were killed in the raid."),
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
      // nobody of a counted group, on board or not: a zero, not the group's number
      e("injured 0", "None of the 84 passengers was hurt.", "None of them were injured, the airline said.",
          "None of those aboard was hurt.", "None of the 20 people on board were hurt.",
          "No one among the 40 passengers was hurt.", "Nobody among the residents was injured."),
      e("killed 2; hospitalized 40", "Health officials reported two deaths and 40 hospitalizations."),
      // people pulled out alive, or pulled survivors, are rescued
      e("rescued 19", "Rescue teams pulled 19 people alive from the rubble overnight.",
          "Fishermen pulled 19 survivors from the water."),
      // people told before, now pulled out: "the two injured men"; bodies pulled out are none
      e("rescued 2", "Crews pulled the two injured porters from the rubble."),
      e("killed 2", "Divers pulled the two bodies from the canal."),
      // people an incident sent to hospital are hospitalized
      e("hospitalized 5; hospitalized 3 (subtotal)",
          "The fire sent five people, including three children, to the hospital on Tuesday."),
      e("hospitalized 12", "The pileup sent 12 people to hospitals across the county.", "The crash sent 12 to hospital."),
      // people a shooting or a stabbing sent to hospital are hurt
      e("injured 4", "Detectives are looking into a shooting outside a bar that sent four people to the hospital.",
          "The stabbing sent 4 to hospital late on Saturday."),
      e("injured 0", "Nobody was hurt in the fire.", "There were no injuries.", "No one was injured, according to police.",
          "No one on the ground was hurt.", "Nobody inside the house was injured, police said."),
      e("killed 0; injured 0", "No casualties were reported.", "The shelling caused no casualties."),
      // a denial of the worst harm only leaves the people hurt less uncounted, no zero
      e("injured 3", "Three workers were hurt, but no one suffered life-threatening injuries.",
          "Three workers were hurt; none of them was seriously injured."),
      e("killed 0", "No one was killed and no serious injuries were reported."),
      e("killed 12 (update)", "The death toll rose to 12 on Monday.", "The toll has risen to twelve, the ministry said.",
          "By evening the number of dead had climbed to 12."),
      e("killed 5; killed 134 (update)", "The quake killed 5 more, bringing the toll to 134."),
      e("killed 25 (update)", "The body count reached 25.", "The fatality count rose to 25 on Monday.",
          "Deaths from the storm rose to 25.", "The fatalities have climbed to 25, officials said."),
      e("killed 25", "The tally of dead stood at 25."),
      e("killed 6; injured 12", "Gunmen kill 6, wound 12 in Burkina Faso"),
      e("killed 5", "EXCLUSIVE-Five aid workers killed in Sudan ambush, UN says",
          "ANALYSIS-Five guards killed as raiders storm mine"),
      e("hospitalized 11; injured 4 (subtotal)", "Eleven people were hospitalized, four in serious condition."),
      e("killed 0", "The crash killed no one.", "The fire killed nobody, officials said."),
      e("killed 2", "A woman and a boy were among the dead.", "The dead included a pregnant woman and her husband."),
      e("killed 3", "Three police officers were among those killed."),
      e("killed 9; killed 3 (subtotal)", "The blast killed nine people. Two children and their mother were among the dead."),
      // victims named dead by a word before them are the dead; "the shooting victims" are whoever was counted last
      e("killed 31; killed 12 (subtotal)", "A ferry sank and 31 people drowned. The identified deceased victims included "
          + "12 pupils.", "A ferry sank and 31 people drowned. The dead victims included 12 pupils."),
      e("killed (-inf..50]", "As many as 50 people could have been killed, officials fear."),
      e("injured 6; injured 5 (subtotal)", "The blast left six people injured, five with burns."),
      e("killed 2; injured 3", "Two people were killed, three injured."),
      e("killed 2", "Gunmen burned two villagers alive."),
      e("hospitalized 12", "Paramedics took 12 people to hospital.", "Ambulances rushed 12 residents to the nearest hospital."),
      e("arrested 4", "Police took four men into custody."),
      e("rescued 2", "Firefighters pulled two children from the rubble alive.", "Rescuers dug two miners out alive."),
      e("evacuated 30", "Helicopters airlifted 30 residents to safety."),
      e("displaced 5000", "The fighting drove 5,000 people from their homes."),
      e("killed 6", "Half a dozen people were killed in the raid."),
      e("killed [6..+inf)", "At least half a dozen soldiers died."),
      e("displaced 500000", "Half a million people were displaced by the floods."),
      e("killed (-inf..100)", "Just under 100 people were killed."),
      e("arrested 25 (update)", "The number of people arrested rose to 25."),
      e("evacuated ~25000", "Some 25,000 people were ordered to evacuate as the river rose."),
      e("killed 8 (update); killed 3 (subtotal)", "The toll rose to eight on Wednesday after three bodies were recovered.",
          "The death toll climbed to eight as rescuers pulled three bodies from the snow."),
      e("killed 12 (update); killed 2 (additional)", "The toll rose to 12 on Monday, and two more people died on Tuesday."),
      e("killed 40", "The death toll stands at 40.", "Officials put the death toll at 40."),
      e("killed 5; killed 2 (subtotal)", "Five people, including two children, were killed.",
          "The attack killed five people, including two children."),
      // A part told right after a figure belongs to it, not to the figure of the next clause.
      e("killed [9..+inf); killed 3 (subtotal); injured 40",
          "The shelling killed at least nine people, including three nurses, and wounded 40.",
          "At least nine people were killed, including three nurses, and 40 were hurt in the raid."),
      e("injured 40; injured 3 (subtotal); killed 9",
          "The blast wounded 40 people, including three nurses, and killed nine."),
      // Two outcomes, each with its own number, stay two figures; one outcome after another of one
      // number ("killed or wounded 30") is no figure (see NEGATIVE).
      e("killed 2; injured 9", "The gunman shot two people to death and wounded nine others."),
      e("killed 2; injured 9; killed 1 (additional)",
          "The gunman killed two people and wounded nine others before killing himself."),
      e("injured 5", "Five people were injured and hospitalized after the blast."),
      // A participle's object after the people counted names no one counted; a participle before a
      // noun there is that noun's adjective, not the predicate.
      e("killed 2", "Two activists documenting alleged land seizures have been shot dead.",
          "Two volunteers helping displaced farmers were killed on Sunday.",
          "Two nurses treating wounded soldiers were killed in the strike."),
      // A capitalised plural after one lower-case modifier names people.
      e("killed 5", "Five ethnic Hazaras were killed at a checkpoint."),
      // An age written apart ("24 year old") is a modifier of the person, never a count.
      e("killed 1", "A 24 year old student has died after a gun went off.",
          "Police said a 5 year-old boy was killed.", "Gunmen killed a 40 years old trader."),
      e("injured 2", "Two 17 year old boys were shot outside the school."),
      e("killed 1", "Police said a 9-year old was killed.", "The two year old who found the gun has died."),
      e("injured 1", "A 17 year old was shot on Main Street."),
      // Ages listed after the people counted are no counts; the people before them are.
      e("injured 3", "Three teenagers, ages 15 to 17, were wounded outside the rink.",
          "Three men between the ages of 19 and 23 were wounded.", "Three men, ages 20-24 were shot near the park.",
          "Three women, aged 31, 44 and 52, were injured when the porch collapsed."),
      e("killed 2", "Two hikers, aged 24 and 27, died after the avalanche."),
      // A sayer between "said" and "to have been" is stepped over; the sayer is no victim.
      e("killed 7", "Seven fishermen were said by residents and a priest to have been shot dead.",
          "Seven fishermen were reported by local media to have drowned."),
      // A name after an Arabic article is capitalised after it.
      e("killed 1", "Police say al-Hamdani was shot and killed outside his shop.",
          "Sheikh Omar el-Masri was executed by the militants."),
      e("killed 5", "A family of five was killed when the shell hit their home.",
          "Gunmen killed a family of five in the village."),
      // A name after a preposition is a place before "and" and a counted group, not a victim.
      e("injured 12", "A bomb went off on a bus in Port Harcourt and 12 people were injured.",
          "One blast hit a depot near St Augustine and 12 people were injured."),
      // A predicate after the people counted ends them, though its object reads like people
      // ("minor", "degrees"); injuries of "various degrees", or escaped with.
      e("injured 4", "Four people received minor wounds.", "Four people suffered minor injuries in the crash.",
          "Four persons sustained various degrees of injuries.", "Four others escaped with injuries.",
          "Four more were brought in with injuries.", "The raid wounded 4 close to the camp."),
      e("killed 2; injured [4..+inf)", "The blast killed two and wounded at least another 4."),
      // burns are injuries
      e("injured 2", "Two firefighters suffered minor burns.", "Two workers suffered second-degree burns to their arms.",
          "Two children were treated for burns at the scene.", "Two firefighters suffered a minor burn."),
      e("killed 105 (cumulative)", "105 children have died so far this season."),
      e("killed 8000000 (cumulative)", "Smoking kills 8 million people a year, the WHO says."),
      e("killed ~20 (cumulative)", "Avalanches kill about 20 people in the Alps each winter."),
      // an average is about its number, never the "an" before it
      e("killed ~20 (cumulative)", "Avalanches kill an average of 20 people in the Alps each winter.",
          "An average of 20 people die in avalanches in the Alps each winter."),
      e("killed 30", "The attack killed 30 people a year ago.", "A bomb killed 30 people a day after the truce."),
      // a headline restating the story's running total is that total too, not an incident's toll
      e("killed 4 (cumulative); injured 19 (cumulative); killed [4..+inf) (cumulative); injured 19 (cumulative)",
          "Weekend violence in Memphis: 4 killed, 19 wounded\n\nAt least four people were killed and 19 others wounded"
              + " in shootings across Memphis over the weekend, police said."),
      // a count told by pointing back at the last one, in another category
      e("killed 12; injured 12", "Twelve miners died in the blast and the same number were injured.",
          "Twelve miners died in the blast. The same number of workers were injured."),
      e("killed [21..+inf); injured [21..+inf)", "At least 21 villagers were killed and as many were wounded in the raid."),
      // ... but not a comparison, a multiple, or the same category again
      e("killed 12", "Twelve people were killed and nearly as many were injured.",
          "Twelve people were killed and not as many were injured."),
      e("killed 5", "Five people were killed on Monday. Police seized 300 rifles and the same number of people were arrested."),
      e("killed 9", "Nine people died. The same number of people were hurt as in the year before.",
          "Nine people died and twice as many were hurt.",
          "Nine people died on Monday and the same number were killed on Tuesday."),
      // a part told as a share of the whole it belongs to
      e("killed 150; killed 146 (subtotal)", "The crash killed 150 people, including 146 of the 150 passengers."),
      e("killed 98; killed 97 (subtotal)", "The plane went down, killing 98 people, including 97 of the 98 on board."),
      // "the victims" are the people last counted, killed or hurt
      e("killed 14; killed 4 (subtotal); killed 6 (subtotal)", "A coach left the road, killing 14 people. Among the victims were "
          + "four women and six children."),
      e("injured 30; injured 5 (subtotal)", "The blast wounded 30 people. The victims included five police officers."),
      e("killed 0", "There were no fatalities. The victims included three tourists."),
      // victims of the dead and the hurt counted side by side are no one group's part
      e("killed 5; injured 20", "Five villagers died and 20 were hurt in the raid. Among the victims were three children."),
      // one toll told twice in a report is one figure: the first telling, with whom the second names
      e("killed 15", "Bus plunges into gorge, 15 dead\nFifteen passengers died when a bus fell into a gorge on Sunday.",
          "Fifteen passengers died when a bus fell into a gorge. The crash, which killed 15, was the worst this year."),
      e("killed [15..+inf)", "At least 15 passengers died when a bus fell into a gorge. The crash killed at least 15 people."),
      e("killed 7; injured 20", "Seven workers were killed and 20 injured in a blast at a chemical plant. Police said the "
          + "explosion killed seven people and injured 20 others."),
      e("missing 4 (update)", "The number of missing climbers rose to four on Monday. Four climbers remain missing."),
      // one armed side named by two words is one group told twice; two sides, or civilians and an armed side, are two
      e("killed 4", "Four terrorists were killed in the operation, the army said. Officials said the four militants "
          + "were gunned down near the border."),
      e("killed 8", "Eight border police officials died in the raid. Police said the eight officers were killed "
          + "at a checkpoint."),
      e("killed 6", "Six soldiers died in the ambush. The army said the six troops were killed near the border."),
      e("killed 9; killed 9 (additional)", "Nine troops and nine rebels died in the gunfight."),
      // an army and a police force, rebels and bandits, or firemen and militants are different groups
      e("killed 3; killed 3", "Three troops died when their truck hit a mine on the coast road. In the city, three "
          + "constables were killed by a grenade.", "Three insurgents were killed in the valley. Hours later three bandits "
          + "were gunned down on the highway.", "Three fire fighters died in the warehouse blaze. At dusk three militants "
          + "were killed in a raid."),
      e("killed 3; killed 3", "Three traders died at dawn. By noon three rebels had been shot dead by soldiers.",
          "Three soldiers died at dawn. By noon three rebels had been shot dead by the army."),
      // a count of families or households beside a larger count of people in its category is the same group in homes
      e("affected 1100000", "The storm affected more than 250,000 families in five provinces. In all, 1.1 million "
          + "people were affected."),
      e("displaced ~3000", "About 3,000 families were displaced by the fighting."),
      e("killed 5", "Five family members dead in house fire\nFive members of a family died when fire swept through their home."),
      // ... unless the second telling turns to another incident, counts another group or another person,
      // or heads a list of groups
      e("killed 2; killed 2", "Two people were killed in a strike on the port. In a separate attack, two people were killed "
          + "in the north.", "Two people died in the flood. Two people were also killed by a landslide nearby."),
      e("killed 3; killed 3", "Three soldiers were killed in the ambush. Three civilians were killed in the crossfire.",
          "A car bomb killed three people in the market on Monday. Gunmen killed three people at a checkpoint on Tuesday.",
          "Shelling killed three people in the port city. In Lindenau, three people were killed by a drone."),
      // the same number told by two claimants is one figure: the number agrees
      e("killed 12", "Police said 12 people were killed in the attack. The health ministry said 12 people were killed."),
      e("killed 1; killed 1", "A man was killed on Elm Street on Friday. On Saturday a man was killed outside a bar."),
      // a breakdown by place after a colon: parts of people, told apart from figures of another fate, and no more than
      // the whole; a month is no place
      e("killed 14; injured 6; missing 5", "Storms killed 14 people across the state: six injured in Ondo, five missing in Ekiti."),
      e("killed 20; killed 12 (subtotal); killed 8 (subtotal)", "The attacks killed 20 people - 12 soldiers in Gao and 8 "
          + "civilians in Mopti."),
      e("killed 14", "Storms killed 14 people: six in Ondo, six in Ekiti, six in Osun and six in Oyo.",
          "Floods killed 14 people: 7 in March and 7 in April."),
      // how badly a part of the hurt was hurt, between commas after their count, as in brackets
      e("injured 5; injured 2 (subtotal)", "The strike left five other people wounded, two critically, the ministry said.",
          "Five people were hurt, two seriously."),
      // "Earlier," a lower toll than the one the report gave is that toll's past; not a person's, not another incident's
      e("killed 53; killed 31 (previous)", "The strikes killed 53 people. Earlier in the day, the rebels reported 31 deaths."),
      e("killed 53; killed 5", "The strikes killed 53 people. Earlier, police said five people had been killed in a "
          + "separate raid."),
      e("killed 53; killed 5", "The strikes killed 53 people in the capital. Earlier, the rebels said strikes killed five "
          + "people in Northfield."),
      e("killed 40; injured 75; killed 22 (previous); injured (50..+inf) (previous)", "The raids killed 40 people and "
          + "injured 75, the army said. Earlier in the day, the army reported 22 deaths and more than 50 injuries."),
      e("killed [6..+inf); killed [2..+inf)", "The raids killed at least six people. Earlier on Sunday, the group said other "
          + "raids left at least two dead near the coast."),
      // a saying dated by its day, after a higher update of its category, is that update's past; a saying told
      // "initially" is past; what the same saying told with it goes with it
      e("killed 30 (update); killed [21..+inf) (previous)", "The toll from the poisoning has climbed to 30, an official "
          + "said. On Thursday, a spokesman said at least 21 people had died."),
      e("killed 30 (update); killed 41", "The toll from the poisoning has climbed to 30, an official said. On Thursday, "
          + "a spokesman said 41 people had died in the floods."),
      e("killed [21..+inf)", "On Thursday, a spokesman said at least 21 people had died."),
      // a saying of another incident's toll is no past of the report's update; a figure told in the present after
      // "and" is news of its own
      e("killed 30 (update); killed 14", "The toll from the mudslide rose to 30 on Friday. On Thursday, officials said "
          + "14 people died in a separate ambush in the south."),
      e("killed 6; killed 4 (previous); missing 11", "Six people have died in the collapse. Officials had initially "
          + "confirmed four deaths and 11 people remain missing, the mayor said."),
      e("killed 9; killed 5 (previous)", "Nine people have died in the crush. The police chief initially confirmed five "
          + "deaths."),
      e("killed 12 (update); killed 8 (previous); missing 15 (previous)", "The toll from the bus crash has risen to 12. "
          + "The district chief had earlier given the toll of eight with 15 missing."),
      e("killed 19 (update); killed 11 (previous)", "The toll from the strikes rose to 19 on Friday. Eleven people had "
          + "initially been reported killed in the first strike."),
      // a group with its parts in brackets, then another group: the parts are the first group's, the second adds to it
      e("killed 9; killed 5 (subtotal); killed 4 (subtotal); killed 1 (additional)", "Nine children (five boys and four "
          + "girls) and one woman were killed in the strike."),
      // "the <people> killed ... include" names a part of the dead as "the dead included" does; "were" tells anything
      e("killed 25 (update); killed 5 (subtotal); killed 7 (subtotal)", "The toll rose to 25. The villagers killed in "
          + "the raids on the market include five children and seven women, officials said."),
      e("killed 2", "The soldiers killed in the ambush included two officers."),
      // "tens of" people is a vague count, 20 to 99; "tens of thousands" stays its own
      e("killed tens[20..99]", "Tens of civilians were killed in the shelling.", "The strike killed tens of people."),
      // a participle after "of the N" names the group; a state kept after it is the news
      e("hospitalized 11", "Eleven of the 17 injured remain in hospital."),
      // "another" before a thing counts no one: the people are counted after it
      e("injured 6", "Another drone attack left six people injured in the city.", "Another blast left six people hurt."),
      e("killed 1", "Another body was found on Monday.", "Another succumbed to his wounds."),
      // a loss of soldiers or kin, counted, is their death; a score, a loss of players or members, or of one person
      // ("nothing is worse than losing a child") is not
      e("killed 23", "The army lost 23 soldiers in the ambush.", "The brigade has lost 23 men since Monday."),
      e("killed 2", "She lost two children in the strike.", "A farmer who lost his two sons in the raid spoke to us."),
      e("killed 2", "She lost two sons to the fighting."),
      // any people lost in an incident the next words name are its dead
      e("killed 9", "The hamlet lost 9 villagers in the landslide.", "\"We lost nine of our nurses in the blast,\" she said."),
      e("", "The bakery lost 9 workers in the walkout.", "The union lost 9 members in the strike vote.",
          "The league lost 9 referees in the last season."),
      e("", "The club lost 3 players to injury.", "The party lost 12 members after the vote.", "The home side lost 23-17.",
          "Nothing is worse than losing a child.", "She lost her father when she was nine.",
          "The firm lost 200 people in the restructuring.", "The regiment lost 12 soldiers to desertion.",
          "Both teams lost two men to red cards.", "We lost 5 men that day in 1968, he recalled.",
          "The school lost 30 children to other schools."),
      // "another dozen" is twelve more, as "a dozen" is twelve
      e("killed 4; killed 12 (additional)", "Four people were killed in the capital. Another dozen were killed in the north."),
      e("injured 12", "Another dozen people were hurt when the roof gave way."),
      // two single persons with one outcome are counted together, as a list of three is; numerals and groups stay apart
      e("killed 2", "A teenage boy and a woman were killed when the wall collapsed.",
          "A man and his son were shot dead outside their home."),
      e("injured 2", "A nurse and her patient were hurt when the ceiling fell.", "A cook and a waiter were "
          + "injured in the blast, police said."),
      e("killed 2; injured 2", "A driver and a conductor were killed, and a passenger and his wife were injured."),
      e("killed 1; killed 1 (additional)", "One soldier and one civilian were killed in the shelling.",
          "A soldier and a civilian were killed in the shelling."),
      // a person and others are one group: "three other soldiers" are soldiers as the first is
      e("killed 4", "An army officer and three other soldiers lost their lives in the ambush."),
      e("killed 3", "A policeman and two others were killed in the blast."),
      e("killed 1; killed 2 (additional)", "A man and his two sons were killed."),
      // a pair after a toll is a part of it, or the toll told again; a family counted by its size is a group
      e("killed [12..+inf); killed 2 (subtotal)", "At least 12 people died in a blast at a bus stop on Monday. A teacher "
          + "and a nurse were killed."),
      e("killed 2", "Two people were killed in the crash. A man and a woman died at the scene."),
      e("killed 1; killed 5 (additional)", "A child and a family of five were killed in the fire."),
      // a headline rounds the story's toll, not a group added, a running total or a lower toll
      e("killed (500..+inf); killed 480; killed 30 (additional)", "Quake toll passes 500\nThe quake killed 480 people, "
          + "officials said. Another 30 died in aftershocks."),
      e("killed dozens[24..99]; killed 5; killed 40 (cumulative)", "Dozens killed in attack on village\nGunmen killed five "
          + "people in the village. Attacks in the region have killed 40 people this year."),
      e("injured 2; injured 1 (additional)", "Two farmers and a nurse were wounded in the raid."),
      // a sentence that opens on a move of days tells the next incident; hours later is the same one
      e("killed 10; killed [10..+inf)", "Ten people were killed when a bomb hit a market. Two days later, at least 10 "
          + "people were killed by a car bomb near a depot.", "Ten people were killed when a bomb hit a market. A week later, "
          + "at least 10 people were killed by a car bomb near a depot."),
      e("killed [10..+inf)", "Ten people were killed when a bomb hit a market. Hours later, at least 10 people were "
          + "confirmed dead."),
      // ... but a toll someone tells after the move, or people counted before, is the toll told again
      e("killed 10", "A bomb killed 10 people in a market on Monday. Two days later, officials said 10 people had been "
          + "killed in the blast.", "A fire killed 10 people at a club. A year later, relatives of the 10 people killed "
          + "are still waiting for answers."),
      e("killed 3; missing 1", "Three hikers were killed in the avalanche. Rescuers said three hikers died and another is still missing."),
      e("injured 1; injured 1", "A 24-year-old cyclist was hurt near the ferry pier. A 31-year-old cyclist was hurt by the toll gate.",
          "Ann Ortiz was hurt in the crash. Bea Lund was hurt in the crash."),
      e("killed 5; killed 5; killed 2 (additional)", "Five people died in the attack. Five soldiers and two civilians were "
          + "killed."),
      // a toll told twice is one figure: the story's hedged count for the headline's plain one
      e("injured 19; killed [4..+inf)",
          "Gunman kills 4, wounds 19 at Memphis club\n\nAt least four people were killed and 19 others wounded"
              + " when a gunman opened fire at a club, police said."),
      // A span of months or years counts many incidents; a day's or a week's toll may be one.
      e("injured 40 (cumulative)", "Forty children have been shot in the past 18 months, the report said.",
          "In the last two years, 40 children have been wounded by stray bullets."),
      e("killed 12", "In the past 24 hours, 12 people were killed in the strikes."),
      // Counted from a year, a figure is a running total; from a day it may be the incident's toll.
      e("killed [15..+inf) (cumulative)", "Since March 2019, at least 15 children have been murdered in the county.",
          "At least 15 children have been murdered in the county since 2019.",
          "Within the last year, at least 15 children have died from stray bullets."),
      e("killed 8", "Since Sunday, eight people have died in the floods."),
      e("killed (9000..+inf) (cumulative)", "More than 9,000 people have been killed in the province since the war began.",
          "More than 9,000 soldiers have died on both sides since the start of the invasion."),
      e("killed 12; killed (9000..+inf) (cumulative)",
          "The strike killed 12 people, and more than 9,000 have been killed in the region since the conflict began."),
      e("killed 4", "Four people were killed in the town, which has been shelled daily since the summer."),
      e("injured 1; injured 2 (additional)", "A passerby and two officers were wounded in the exchange of fire."),
      e("killed 3", "Three miners suffocated after the shaft filled with gas.",
          "Three bodies were burnt beyond recognition in the bus fire.", "The gang strangled three women."),
      e("injured 5", "Five soldiers were hit by shrapnel when the shell landed.", "Five people were maimed by the mine.",
          "Five workers were badly burned in the explosion."),
      e("arrested 6", "Six men were held for questioning after the raid.", "Six people were placed under arrest."),
      e("rescued 9", "Nine fishermen were plucked from the sea by a passing tanker."),
      e("missing 4", "Four sailors are listed as missing."),
      e("killed 2", "Two stowaways were found dead in the wheel well.", "A student shot dead two classmates.",
          "Two conscripts died during a training exercise."),
      e("killed 4", "Four family members were charred to death when a fire broke out in their house.",
          "Four villagers were mauled to death by a leopard over the past month."),
      e("killed (30000..+inf) (cumulative)",
          "Since the war began in 2022, more than 30,000 soldiers have been killed, the ministry estimates.",
          "Since the fighting began, more than 30,000 people have died."),
      e("killed (1000..+inf) (cumulative)", "Floods kill more than 1,000 people in the country every year.",
          "Each year, more than 1,000 people are killed on the region's roads.",
          "More than 1,000 miners die annually in unregulated pits."),
      // a whole war as the subject of a perfect tense counts a running total, and so does a perfect since a truce
      e("killed (20000..+inf) (cumulative); displaced (1000000..+inf) (cumulative)",
          "The civil war, now in its third year, has killed more than 20,000 people and displaced over a million.",
          "Yemen's war has killed more than 20,000 people and displaced over a million, aid groups say."),
      e("killed (250..+inf) (cumulative)",
          "The army has kept up drone strikes on the province since the ceasefire, killing more than 250 people."),
      e("killed 12", "It was the deadliest raid since the truce, killing 12 people.",
          "Artillery fire has killed 12 villagers in the border district, the governor said.",
          "A conflict between two clans over grazing land has claimed 12 lives."),
      // the victims of many incidents over a year are a running total; many incidents of one day are not
      e("killed (3000..+inf) (cumulative)", "More than 3,000 people died in road crashes last year, the agency said.",
          "Over 3,000 people were killed in attacks on farming villages in 2023."),
      e("killed 6", "Six people were killed in drone attacks on Sunday.",
          "A storm killed six people last year."),
      // a tally over a whole area and a period is a running total; one incident named, or a day, is not
      e("killed (1200..+inf) (cumulative)", "Floods killed more than 1,200 people across the country last year.",
          "Over 1,200 people died in landslides and floods nationwide this year, officials said.",
          "Heavy rains killed more than 1,200 people across Nepal in 2024."),
      e("injured [27..+inf) (cumulative); killed 4 (cumulative)",
          "At least 31 people were shot across the city over the weekend, four of them fatally."),
      e("killed 230", "Hurricane Delia killed 230 people across four states last year."),
      e("killed 9", "Storms across the South killed nine people on Friday.",
          "Car bombs across Mosul killed nine people on Friday, the deadliest attacks this year."),
      // incidents in the bare plural as the subject count a period's victims; counted incidents do not
      e("killed (3000..+inf) (cumulative)", "Road accidents killed more than 3,000 people in the country last year.",
          "Traffic crashes killed more than 3,000 people in 2024, the ministry said."),
      e("killed 12", "The two bombings killed 12 people last year.", "Attacks killed 12 people on Sunday."),
      // separate crimes of a local roundup add up to no one incident's toll; one rampage's shootings
      // ("in the shootings"), a count of shootings alone and coordinated attacks stay a toll
      e("killed 3 (cumulative); injured [11..+inf) (cumulative)",
          "Three people were killed and at least 11 others wounded in separate shootings across the town since Friday.",
          "Three men were killed and at least 11 others were wounded in shootings across Tulsa over the weekend."),
      e("injured 6 (cumulative)", "Detectives are looking into two unrelated shootings that left six people injured.",
          "Six people were wounded across the city overnight, police said.",
          "Six more people were hurt in Saturday night shootings in Fresno.",
          "A rash of shootings on Friday night left six people wounded."),
      // hospitals across the city are where the hurt were taken, not where incidents were
      e("hospitalized 6", "Six people were taken to hospitals across the city after the blast."),
      e("injured 2 (cumulative); injured 1 (cumulative)",
          "Two men and a teenager were hurt in separate stabbings on Sunday."),
      e("injured 6", "Six people were wounded in the shootings at the mall, police said.",
          "Six people were injured in two shootings at the fair, which police believe are related.",
          "Six people were wounded in a shooting on Friday night, days after separate shootings across the city."),
      e("killed 10", "Gunmen killed 10 villagers in three separate attacks in the north."),
      // the number after a day's comma is a count, unless it is the date's year (see NEGATIVE)
      e("killed 12", "On March 3, 12 people died in the fire."),
      // the day after a month cut short is a date ("Sept. 4"), never a count; a full name ends its sentence
      e("killed 2", "On Sept. 4 two people died in the fire.", "The Jan. 9 fire killed two people."),
      e("killed 12", "The storm hit in May. 12 people died."),
      e("killed 8", "Since Sunday, eight people have died in the floods.",
          "Since the beginning of the week, gunmen have killed eight villagers."),
      e("injured 7; injured 2 (subtotal)", "Seven people were wounded. Two of them were in critical condition.",
          "The gunman wounded seven people; two of the wounded are in critical condition.",
          "Seven people were hurt, and two of those hurt were taken to intensive care in serious condition."),
      // a part told by a noun that names only the hurt, and the others told beside it, are parts too
      e("injured 9; injured 1 (subtotal)", "Nine people were hurt when the bus overturned. One person remains in a critical condition."),
      e("injured 6; injured 2 (subtotal); injured 4 (subtotal)", "Six men were stabbed at the fair. Two victims are in serious condition and four others are in stable condition."),
      e("injured 5; injured 1 (subtotal); injured 4 (subtotal)", "Five people were shot near the park. One patient is in critical condition. The four other patients are in stable condition."),
      e("injured 1; injured 3", "A man was stabbed in the arm on Friday. Three people are in stable condition after a separate crash on the ring road."),
      // the rest of a group told before is a part of it
      e("injured 3; injured 1 (subtotal); injured 2 (subtotal)", "Three men were stabbed outside a pub. One of the victims remains in a critical condition. The other two were treated by paramedics at the scene."),
      e("injured 12; injured 2 (subtotal); injured 10 (subtotal)", "Twelve people were hurt in the crush. Two are in a serious condition. The remaining 10 were treated at the scene."),
      e("injured 1; injured 2", "A man was stabbed in the park on Friday. The other two victims of the night were treated by paramedics after a fight in a bar."),
      e("injured 2; injured 1 (subtotal)", "Two police officers were hurt in the clashes. One of the officers was treated and released."),
      e("injured 5; injured 3 (subtotal); injured 1 (subtotal); hospitalized 1", "Five men were shot outside a bar. Three of the men suffered minor injuries and another was taken to hospital in critical condition."),
      // people of the hurt told before, counted as the same hurt, are a part of them; those of them in hospital are not
      e("injured 30; hospitalized 9; injured 21 (subtotal)", "Thirty people were hurt when the roof fell. Of the injured, nine were taken to hospital and 21 were treated at the scene."),
      e("injured 30; injured 21 (subtotal)", "Thirty people were hurt when the roof fell. Twenty-one of them were treated at the scene.",
          "Thirty people were hurt when the roof fell. Of the wounded, 21 were treated at the scene."),
      e("injured 30; hospitalized 9", "Thirty people were hurt when the roof fell. Of the injured, nine were admitted to hospital."),
      // those in intensive care are a part of those in hospital, and a count of their own beside the hurt
      e("hospitalized 18; hospitalized 3 (subtotal)", "Eighteen people were taken to hospital, and three remain in intensive care.",
          "Eighteen people were hospitalised after the fire. Three are in intensive care."),
      e("injured 60; hospitalized 14", "Sixty people were wounded in the blast, 14 of whom remain in intensive care."),
      // a title that tells the story's part
      e("hospitalized 3 (subtotal); hospitalized 18; hospitalized 3 (subtotal)", "Tower fire: 3 in intensive care\nEighteen people were taken to hospital after the fire, and three remain in intensive care."),
      e("killed 9; killed 3 (subtotal)", "The attack killed nine people. Three of those killed were police officers."),
      e("killed 3", "A woman and her two sons lived in the house. All three of them were killed in the fire."),
      e("killed 4 (update)", "A fourth victim of the bus crash has died, hospital officials said.",
          "A fourth person died in hospital on Monday."),
      e("killed 1", "The second victim, a woman in her 30s, died at the scene.",
          "A third man was shot in the chest and killed."),
      e("killed 1; injured 1", "One man was killed and a second man was wounded."),
      e("killed 3", "Three of the injured later died in hospital.", "Three of the wounded died overnight."),
      e("killed 2", "Two children were among the dead."),
      e("killed 5; killed 2 (subtotal)", "Five people died in the blast, and two children were among the dead."),
      // a parent "of four boys" counts children, no victims; "of a girl who died" names the victim
      e("killed 3", "The mother of three sons, who all died in the landslide, thanked the rescuers."),
      e("killed 1", "Mr Okoro, 61, a father of five girls, was stabbed to death at his shop.",
          "The grandmother of a toddler who died in the blaze was questioned by police."),
      // a part among a group the sentence counts with its outcome: "among the 14 people killed", "among 63 missing"
      e("killed 2 (subtotal); killed 14", "Two children were among the 14 people killed in the crash."),
      e("missing [4..+inf) (subtotal); missing 51", "At least four tourists are among 51 people feared missing after the flood."),
      e("injured 1 (subtotal); injured 5", "A bus driver was among five people hurt in the stampede."),
      e("injured 3", "Three police officers are among the injured."),
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
      // a count alone before a predicate of words that could name people ("minor") is the figure
      e("injured 18", "The bus overturned; 18 suffered minor injuries.", "Eighteen sustained minor injuries.",
          "Eighteen passengers suffered minor injuries."),
      e("killed 9", "Nine internally displaced persons were killed in an attack on their camp."),
      e("missing 4", "Four fishermen are still missing.", "Four people remain unaccounted for."),
      // people thought to lie under a landslide or a fallen building are missing
      e("missing (200..+inf)", "More than 200 villagers are feared buried under the mud.",
          "Officials fear more than 200 people may be under the debris.",
          "More than 200 residents are believed to be trapped under the rubble."),
      e("missing 8", "Eight people remain buried under the mud, officials said."),
      e("", "The 14 victims were buried on Sunday.", "Ten workers were trapped in a lift for an hour."),
      e("hospitalized 9", "Nine people were taken to hospital.", "Nine people were hospitalized with burns."),
      e("arrested 14; arrested 3 (additional)", "Police arrested 14 protesters and 3 journalists."),
      e("arrested 30", "Thirty people were detained after the riot."),
      e("rescued 11", "Eleven sailors were rescued from the water.", "Coast guards rescued 11 sailors.",
          "Eleven miners had been pulled out alive by nightfall.", "Eleven people were pulled from the rubble alive."),
      // Groups that add up: the second group, or a group said to be more, is additional.
      e("killed 10; killed 15 (additional)", "Ten soldiers and 15 civilians have been killed.",
          "Gunmen killed ten soldiers and 15 civilians at the checkpoint."),
      e("killed [4..+inf); killed 6 (additional)", "At least four soldiers and six civilians died in the attack."),
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
      e("killed 1; killed 4 (additional)",
          "An elderly woman was burned to death in her home. The raiders killed four other people in the village."),
      e("killed 1; killed 2 (additional)",
          "A shopkeeper died in the blast. Hours later, soldiers shot dead two other men at a checkpoint."),
      e("killed 4; killed 6 (additional)", "Four people died in the blast. An additional six died in hospital."),
      e("killed 1; killed 11 (additional)",
          "The district chief was killed along with his driver and 10 other people."),
      e("killed 1; killed 8 (additional)", "The commander died alongside eight others when the convoy was hit."),
      e("killed 1; killed 2 (additional)", "A district governor was shot dead along with his wife and driver.",
          "The union leader was killed together with her son and bodyguard on Sunday."),
      e("killed 5; injured 2", "The attack killed five people and wounded two others."),
      e("killed 3", "The storm killed three people and destroyed two more houses."),
      e("killed 1", "The farmer was killed with a machete.", "The helicopter went down in fog, killing its pilot."),
      e("killed [11..+inf)", "Not fewer than eleven persons were killed."),
      e("killed 8; killed 3 (additional)",
          "Eight workers from a power company and three other people were found dead."),
      e("killed 1; killed 5 (additional)", "One member of the border guard and five farmers were killed."),
      e("killed 1; killed 4 (additional)", "A municipal mayor was killed Friday with four others.",
          "A councillor has been killed by gunfire along with four other party officials in a raid."),
      e("killed 4; killed 3 (additional)",
          "Four civilians were killed in the shelling. Later on the same day, three women were killed in an air strike.",
          "On the 4th, four farmers were killed in a raid. On the 13th, militants shot dead three teachers near the border.",
          "Four traders died in the fire. Elsewhere in the province, gunmen killed three herders.",
          "Four miners were killed on Monday. The following day, three rescuers died in a second collapse."),
      e("killed 4; killed 3", "Four miners were killed on Monday. In a separate incident, three hikers died in a fall.",
          "Four miners were killed on Monday. Three hikers died in a fall on the 13th."),
      e("killed 3", "Attackers killed the principal of the School of Arts at Delta College and two of her sons."),
      e("killed 1; killed 1 (additional)", "Gunmen shot dead a leader of the Green Party (GP) and his nephew in the town."),
      e("killed 1", "Troops killed the commander of the Northern Brigade (NB) and seized his weapons.",
          "Gunmen killed the chief of the village council in the northern district of Foo and Bar Hill."),
      e("killed 6", "Six elders of the camp that houses refugees near the border were killed.",
          "Six traders in a Foo, Bar market were killed in the riot.",
          "Six villagers on the eastern side of the river (the border) in the Foo sector of the Bar district and "
              + "the Baz area of the Qux district were killed."),
      e("killed 11", "Militia fighters dragged 11 men from the mosque and then executed them."),
      e("killed 1", "Fighters kidnapped a popular elder from the district and later beheaded him."),
      e("killed 12", "Soldiers killed 12 armed (fleeing) bandits on Thursday."),
      e("killed 4; killed 2 (additional)", "Four Radio North (RN) staff and two policemen were killed."),
      e("killed 2", "Okafor and his cousin, John Eze, were shot dead on Sunday night.",
          "Okafor and his cousin were shot dead on Sunday night."),
      e("injured 2", "Police said Okafor and her husband were shot and wounded."),
      // an age between commas after each name keeps the list going
      e("injured 2", "Kofi Mensah, 20, and Lena Brandt, 22, were wounded in the shooting."),
      e("injured 3", "Kofi Mensah, 20, Lena Brandt, 22, and Omar Haddad, 19, were shot outside a bar."),
      e("injured 1", "Kofi Mensah, 20, was wounded in the shooting."),
      e("injured 1", "Kofi Mensah, 20, of Dayton, had arrived at the hospital with a gunshot wound.",
          "Kofi Mensah, 20, of Dayton, is in stable condition."),
      // where the person was found, between the person and the wound
      e("injured 1", "Deputies located Kofi Mensah at the apartment with a gunshot wound to his arm.",
          "Officers found the victim inside the store with a gunshot wound."),
      // one article serves a list of bare person nouns
      e("injured 2", "A mother and daughter were shot on Tuesday afternoon.", "A woman and child were wounded."),
      e("injured 3", "A man, woman and boy were wounded late Monday in a shooting."),
      // "also hit" and a gun after it: one more person hit by the shots
      e("injured 1", "A 31-year-old man was also hit during the shooting, but he is expected to survive."),
      e("killed 3", "A father, mother, and toddler were found dead in the house."),
      e("killed 1; killed 1 (additional)",
          "Gunmen killed Tomas Ruiz, the district head. Mr. Ruiz was killed alongside his nephew at his home."),
      e("killed 1", "A party worker was killed on Tuesday. The man was hacked to death with a cleaver.",
          "A farmer was killed with a hammer."),
      e("killed 1; injured 3",
          "Officers investigated a shooting that claimed the life of a young woman and wounded three other people."),
      e("killed 1", "The accident took the life of a 16-year-old student.",
          "A stray bullet claimed the life of the shop owner on Sunday."),
      e("killed 1", "Kaden was pronounced dead at the scene.", "Lopez died at the hospital on Sunday."),
      // a person taken off life support has died; a wound called mortal is a death
      e("killed 1", "The toddler was taken off life support on Friday.",
          "The robber fired once, mortally wounding a clerk.", "Deputies said the gunman opened fire, fatally wounding a guard."),
      e("injured 1", "Lopez was shot in the leg."),
      e("killed 1", "The victim (Tomas Ruiz) died from his injuries at the hospital.",
          "One of those patients died in the intensive care unit."),
      e("killed 1", "The girl who was shot inside a home on Maple Parkway has died.",
          "The man who was stabbed in a bar fight has died."),
      e("killed 1; killed 4 (additional)", "A father and his four sons died in the fire.",
          "A farmer and her four sons were killed in the raid."),
      e("killed 2; killed 3 (additional)",
          "A nurse, her husband and their three children were killed when the shell hit the house."),
      e("killed 1; killed 2 (additional)", "The chairman of the cooperative and two guards were shot dead at the gate."),
      e("killed 1; killed 1 (additional)",
          "The head of the village council and a school teacher have been killed by gunmen."),
      e("killed 1", "The 40-year-old mother of three died in hospital on Sunday.", "A father of five was shot dead at his shop."),
      e("killed 1; killed 1 (additional)", "Gunmen killed a journalist and her driver on Monday.",
          "Police say gunmen have killed a mayor and his secretary.",
          "Gunmen killed a priest and his colleague after the service."),
      e("killed 1", "The body of a lawyer was found in a field.",
          "The charred body of a priest has been recovered.", "The body of the mayor was found."),
      e("killed 2", "Two soldiers were killed in a clash with 40 militants.",
          "Two guards were killed. The driver was killed in the attack."),
      e("killed 5; injured 7", "Raiders fatally shot five villagers and injured seven others."),
      e("killed 11", "A massacre of 11 people occurred near the border."),
      // The number before an active killing verb counts the killers, not the dead.
      e("killed 1", "Attackers numbering five on Friday killed a village headman."),
      e("killed 5", "Five killed Tuesday in a bus crash."),
      // Deaths told in the next sentence take people out of the injured counted before.
      e("killed 2", "Police said two men were shot. Both died at the scene.",
          "Two men were shot outside a store. Both were pronounced dead at a hospital."),
      e("injured 1; killed 2", "Three people were shot at a party. Two of them died."),
      e("killed 7; injured 8; killed 4 (subtotal)", "The strike killed seven people and wounded eight others. Four of those killed were children."),
      e("killed 4", "Militants stormed the house of a tribal elder, killing him, his son and two guests.",
          "A bomb under his chair killed him and three other worshippers."),
      // Persons listed before a counted group of the subject are a figure the group adds to.
      e("killed 2; killed 3 (additional)", "A village chief, his wife and three sons have been shot dead."),
      e("killed 1; killed 2 (additional)", "Police said the driver and two passengers were killed.",
          "Gunmen killed the mayor and two guards were killed too."),
      e("killed 1; killed 10 (additional)", "The mayor and 10 others died in the ambush."),
      e("killed 3", "Gunmen attacked the village, and three people were killed."),
      e("killed [15..+inf)", "A nurse at the clinic was among at least 15 people killed in an attack on Friday."),
      e("killed 10", "Ten armed bandits suspected to be herders have been killed in a gun battle."),
      // A victim said to be "also" killed adds to the dead counted before.
      e("killed 2; killed 1 (additional)", "Two guards were killed. The driver was also killed in the attack."),
      e("killed 1; killed 1 (additional)", "Gunmen killed a village chief on Sunday. The gunmen also killed his wife."),
      e("killed 6; killed 4 (subtotal)", "Six people, including four aides of the local chief, Ali Musa, were killed by gunmen."),
      e("killed [14..+inf)", "At least 14 people, including traders and students have been killed in riots."),
      e("killed [6..+inf); killed 1 (subtotal)", "No fewer than six persons, including a village chief were killed."),
      e("killed 8", "Eight members of the same family were killed in the air strike.",
          "Eight villagers in the border district were reportedly killed on Sunday.",
          "8 people were yesterday killed in the ambush.",
          "Eight people, all members of one family, were killed."),
      e("killed 4; injured 2", "4 killed, 2 wounded in shooting near school."),
      e("injured 1", "The man was transported to a county hospital in critical condition."),
      e("injured 1; hospitalized 1", "A teenager was flown to the trauma center in serious condition on Sunday night."),
      e("injured 1", "A 12-year-old was in critical condition after the shooting.",
          "A woman suffered a gunshot wound to the arm."),
      e("killed 1", "One of its employees had been killed in the ambush.", "A 23-year-old was shot dead."),
      // an adjective or an irregular participle with its complement after the person
      e("killed 1", "A reporter known for her work on land disputes has been killed near the border.",
          "A lawyer critical of the junta was shot dead outside his office.",
          "A councillor close to the mayor was killed in the blast."),
      e("killed 3", "Three gunmen responsible for the raid were killed by soldiers."),
      // a person told hurt in a clause before the hurt counted is one more; after the count, one of them
      e("injured 1; injured 2", "The bus driver was taken to hospital with minor injuries, and two passengers were treated at the scene.",
          "A nurse suffered burns to her hands while 2 patients were treated for smoke inhalation."),
      e("injured 2", "Two hikers were hurt, and the older man was taken to hospital with a broken leg."),
      e("killed 1; injured 3", "A man was shot and killed, and three other people were wounded near the bar."),
      e("killed 6", "Six sheikhs of the Northern Plains camp were killed on Monday.", "Six mullahs were shot dead."),
      // a person noun with a suffix of kin or office: "brother-in-law", "mayor-elect"; the killers are no count
      e("killed 1", "A group of at least 30 armed men murdered the mayor-elect.",
          "Gunmen shot dead his brother-in-law outside the mosque.", "The governor-designate was killed in the blast."),
      // a person told dead in a clause joined to a death's is one more
      e("killed 1; killed 1 (additional)", "A farmer died and his wife was fatally injured when the tractor overturned.",
          "A guard was killed and his brother was shot and killed.",
          "A miner was killed, and his foreman died later in hospital."),
      // bare nouns after a possessive, told dead by a plural verb; a death of someone's past stays one
      e("killed 2", "His aunt and uncle were killed in the shooting.",
          "Her mother and grandmother were shot and killed outside the house."),
      e("displaced ~3000", "Some 3,000 villagers fled into the forests after the raid."),
      // each group listed after "including" is a part; groups that say it are its speakers
      e("killed 20; killed 15 (subtotal); killed 5 (subtotal)", "The blast killed 20 people, including 15 soldiers and five civilians."),
      // a possessive before the second group keeps it in the list: "her three children" are of the dead too
      e("killed 7; killed 1 (subtotal); killed 3 (subtotal)", "Seven people were killed, including a woman and her three children."),
      e("killed 1; killed 2 (additional)", "The dead include a woman and her two daughters."),
      e("injured 5; injured 2 (subtotal)", "Five were hurt, including two officers and their car."),
      // a count broken into its parts right after its people: in brackets, or after "comprising"
      e("killed [12..+inf); killed 8 (subtotal); killed 4 (subtotal)",
          "At least 12 people (eight civilians and four police officers) were killed when the depot was shelled."),
      e("killed 6; killed 5 (subtotal); killed 1 (subtotal)",
          "Raiders shot dead six people (five villagers and one soldier) near the market on Sunday."),
      e("killed 14; killed 9 (subtotal); killed 5 (subtotal)",
          "The rebels killed 14 people, comprising nine soldiers and five civilians, in the dawn raid."),
      e("killed 7", "Seven people (AP) were killed in the crash, the agency said."),
      // "as well as" joins two groups as "and" does
      e("killed 3; killed 2 (additional)", "Three soldiers as well as two civilians were killed in the ambush."),
      // military usage for soldiers who died
      e("killed 4", "Four soldiers embraced martyrdom during the exchange of fire, the army said."),
      e("killed 2", "Two guards laid down their lives defending the post."),
      e("injured 12; injured 3 (subtotal); injured 1 (subtotal)", "Twelve people were hurt, among them three firefighters and a police officer."),
      e("killed 6; killed 2 (subtotal)", "Raiders killed six farmers, including two brothers, a villager and an aid worker said on Monday."),
      // hurts a gas leak or a crush leaves, told by what was treated
      e("injured 4", "Four people were treated for cuts by medics at the scene.",
          "Four workers were treated for breathing difficulties after the leak."),
      // treated and sent home, or treated by the crews who came
      e("injured 5", "Five people were treated and released at the scene.", "Five spectators were treated and released from hospital.",
          "Five pupils were treated and discharged.", "Five people were treated by paramedics.",
          "Five passengers were treated by ambulance crews at the station."),
      e("injured 16", "Sixteen cleaners were treated for respiratory irritation after the spill.",
          "Sixteen pupils were treated for eye irritation after the fumes spread."),
      // a second toll joined to the first leaves out its "number of"
      e("killed 58; injured 140", "Provincial officials put the number of dead at 58 and the injured at 140."),
      e("killed 58 (update); injured 140 (update)", "By evening the toll had risen to 58 and that of the wounded to 140."),
      // the dead told as a list of groups are each group, told apart: a toll and groups added to it after "were",
      // parts after "included"; single persons brought in by "a" are counted together
      e("killed 6; killed 2 (additional); killed 1 (additional)", "The dead were six farmers, two herders and a teacher."),
      e("killed 4; killed 5 (additional)", "Officials said the dead were four men and five women."),
      e("killed 9; killed 3 (subtotal); killed 2 (subtotal); killed 1 (subtotal)", "Nine people died in the fire. The dead "
          + "included three men, two women and a baby."),
      e("killed 31; killed 5 (subtotal); killed 2 (subtotal)", "The strike killed 31 people. The dead included five "
          + "children and two women."),
      e("injured 40; injured 9 (subtotal); injured 9 (subtotal)", "The attack wounded 40 people. Nine children and nine "
          + "women were among the wounded."),
      e("killed 9; killed 3 (subtotal)", "The fire killed nine people. The dead included a woman, a man and a boy."),
      // "both" counts two with a people noun; two told hurt who both died are the dead
      e("killed 2", "Both pilots were killed when the helicopter came down.", "The avalanche killed both climbers.",
          "Two hunters were shot on the ridge. Both men died before help arrived."),
      e("arrested 2", "Police arrested both suspects at a motel on Monday."),
      e("killed 1; killed 2 (additional)", "The fire killed a woman and both of her children."),
      // what a person hurt is "of" stands between the person and the hurt
      e("injured 1", "The driver of the van was airlifted to hospital with serious injuries.",
          "The owner of the bakery was shot in the arm during the robbery.",
          "The captain of the trawler suffered a broken arm."),
      // someone's kin told hurt after a death is another person; "shot" alone may have killed
      e("killed 1; injured 1", "A shopkeeper was killed in the robbery. His brother was in critical condition.",
          "A teacher was stabbed to death at the gate. Her husband suffered serious injuries."),
      e("killed 1", "A woman was found dead at home. Police said a man shot his wife and then fled."),
      e("injured multiple[2..+inf)", "The shooting left multiple people wounded."),
      // Shooting reports: "shot" is split by what the clause says of the outcome.
      e("injured 1; killed 1", "Two people were shot, one fatally.",
          "Two people were shot overnight, and one of them later died.",
          "Two teenagers were shot, one of the victims died at the scene."),
      e("injured 5", "Five teens were shot at the park.", "Five teens were shot at the park but all survived.",
          "Five people were shot early Saturday outside a bar."),
      e("injured 3", "Three people were shot, none fatally."),
      // a second place's count after a killing verb's first place: its people are the first's
      e("killed 3; killed 2 (additional)", "The storm killed three people in Cuba and two in Haiti.",
          "The raids killed three herders in the north and two in the south."),
      // "a third" with its noun left out is one more person of the kind just counted
      e("killed 2; injured 1", "Two guards were shot dead and a third was seriously wounded.",
          "Two guards were shot dead and a third guard was seriously wounded."),
      e("killed 3; hospitalized 1", "Three miners died and a fourth is in hospital with burns."),
      // "stabbed" says how people were hurt, as "shot" does, and is split the same way
      e("injured 3", "A man stabbed three people at a tram stop on Thursday.",
          "Three commuters were stabbed at the station.", "Three pupils were stabbed, none fatally."),
      e("injured 1", "A student was stabbed outside the library late Friday."),
      e("injured 2; killed 2", "The attacker stabbed four people, two of them fatally."),
      e("injured 1; killed 1", "Two brothers were stabbed, one fatally, after an argument."),
      // a later death told by a name or a pronoun after a death already counted is that death again,
      // and "he" never tells a girl's death
      e("killed 1; injured 1", "A courier was killed and a 9-year-old girl was wounded on Friday. Ortega was taken "
          + "to a clinic, where he died.", "A courier was killed and a 9-year-old girl was wounded on Friday. He died "
          + "at the clinic."),
      e("injured 1", "A 9-year-old girl was wounded on Friday. He died at the hospital.",
          "A man was wounded on the bridge. She died two days later."),
      e("killed 1; killed 1", "A courier was killed and a 9-year-old girl was wounded on Friday. The girl died at the clinic."),
      // a headline's "shoots" and one person, bare or with an age; an adverb after the object ends it
      e("injured 1", "Grandfather accidentally shoots granddaughter while cleaning rifle",
          "Farmer shoots 16-year-old nephew in hunting accident", "Neighbor allegedly shoots tenant in the arm",
          "The trucker accidentally shot his cousin twice while unloading a rifle."),
      // a person hit in a body part, in a sentence that tells of a gun
      e("injured 1", "The clerk was struck in the hip when the rifle discharged.",
          "A jogger was hit in the arm after shots were fired from a car."),
      // a person called a victim hit in a body part: the report told what hit the victims
      e("injured 1", "A second victim, a cousin of the driver, was hit in the arm.",
          "The other victim was struck in the shoulder and is expected to recover."),
      // a person who went or drove to a hospital with a wound
      e("injured 1", "A waiter went to the clinic for treatment of a gunshot wound.",
          "The courier drove to the emergency room with a gunshot wound to the arm.",
          "A teenager came to the hospital with a graze wound."),
      // a headline's person hit by a bullet, or shot with an adverb between
      e("injured 1", "Toddler hit by stray bullet inside apartment", "Jogger struck by stray gunfire near park",
          "Hunter hit in hunting shooting near lake", "Cashier accidentally shot over the weekend at gun store",
          "12-Year-Old Accidentally Shot"),
      // a gun going off before "hitting" or "striking" a person is a bullet hitting them
      e("injured 1", "The rifle discharged, striking a teenager in the hip.",
          "The two men struggled for the pistol and it went off, hitting a cashier.",
          "The officer fired a single shot through the door, striking a 30-year-old man in the shoulder."),
      // "no one else", "no other injuries" add nobody and state no figure; a named group's zero is a part of the
      // people there
      e("injured 1", "A clerk was shot in the arm. No one else was hurt.",
          "A clerk was shot in the arm. There were no other injuries."),
      e("", "Nobody else was injured, the sheriff said."),
      e("injured 0 (subtotal)", "No deputies were injured in the exchange of gunfire.",
          "No students were hurt, the principal said."),
      e("injured 0", "No one was hurt.", "No people were injured in the fire."),
      // two groups shot together are one count of everyone shot
      e("injured 3", "Two brothers and a cousin were shot near the gym on Friday.",
          "Two cyclists and one jogger were shot on the trail."),
      e("injured 2", "A 30-year-old man and a 62-year-old woman were shot outside the bakery.",
          "A courier and his nephew were shot in the alley."),
      e("injured 2; killed 1", "Two guards and a driver were shot, one fatally, at the depot."),
      // the people shot who lived are told as surely as the number shot
      e("injured [8..+inf); killed 2", "At least ten people were shot, two fatally."),
      e("injured ~18; killed 2", "About 20 people were shot, two of them fatally."),
      // a part of a group counted by its number alone is the part: "one of the four died"
      e("killed 1", "One of the four died at the hospital.", "Police said one of the four was pronounced dead."),
      e("injured 3", "Three of the 12 were critically injured."),
      // a death in another year is no later death of the person shot
      e("injured 1; killed 1", "Kendall was shot three times. Her husband was murdered at a club in 2005.",
          "Kendall was shot three times. Her husband was murdered at a club in May 2005."),
      e("killed 1", "Kendall was shot three times. Kendall died at the hospital on Sunday."),
      // the dead told in a dash or a bracket, or "of them", are a part of the people shot, not all of them
      e("injured 3; killed 2", "Five men were shot -- two of them fatally -- near the station on Friday.",
          "Five men were shot \u2014 two fatally \u2014 near the station.", "Five men were shot (two fatally) at the park.",
          "Five people were shot, two of which died at the hospital.",
          "Five people were shot, two of whom later died."),
      // people listed between dashes of any kind, typed or set, or in brackets, are stepped over to the group's
      // verb as between commas, and are parts of it
      e("injured 5; injured 3 (subtotal); injured 2 (subtotal)",
          "Five victims \u2014 three men and two women in their twenties \u2014 were shot.",
          "Five victims \u2013 three men and two women in their twenties \u2014 were shot.",
          "Five victims - three men and two women in their twenties \u2014 were shot.",
          "Five people (three men and two women) were shot on Friday.",
          "Five victims -- three men and two women in their twenties -- were shot."),
      // "each one of" them is all of them, not one person
      e("", "Each one of the passengers was hurt.", "Every one of the guards was wounded."),
      e("injured 40", "Every one of the 40 passengers was hurt.", "Each one of the 40 passengers was hurt."),
      // dead named after a number of their own do not make everyone shot dead
      e("injured 3; killed 1", "Four men were shot, and Ray Ortiz, 31, died at the scene."),
      e("injured 2; killed 2", "Four men were shot, Ortiz and Dan Ray, 19, died."),
      e("killed 4", "A gunman shot four workers at a depot 40 miles from the border, and all four died.",
          "A gunman shot four workers at a depot 40 miles from the border, and they died."),
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
      e("killed 2", "Two persons, a teacher and a market trader, were shot dead."),
      // One identified victim is a figure of exactly 1; victims joined by "and" add up.
      e("killed 1", "The mayor was shot dead outside his home.", "Gunmen shot dead the village chief on Sunday.",
          "Gunmen killed Peter Okafor, a local journalist, in his office.",
          "A police officer with the border unit, Tom Reyes, was shot dead by gunmen.",
          "Maria Lopez, 34, died at the scene.", "Activist Ramos was killed on Tuesday.",
          "The victim was shot multiple times and died at the scene.",
          "The man suffered a gunshot wound and died at the scene.",
          "Detectives said the victim, aged 38, sustained knife wounds and died in surgery.",
          "The Boko Haram commander died in the air strike.", "The killing of the mayor sparked protests.",
          "Gunmen killed the head of a local radio station.",
          "Ana Diaz, mayor of a small town, a mother of three, was killed on Monday."),
      // a harm borne and then no death is the harm alone
      e("injured 1", "The man suffered minor injuries and was released."),
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
      // whoever shot themselves is one person hurt, behind a place, a relative clause or a headline's lead-in
      e("injured 1", "A 4-year-old girl in Lake County accidentally shot herself after finding a pistol on Monday.",
          "A 16-year-old boy who was running from officers shot himself in the hand on Friday.",
          "Police name man who shot self after tripping on stairs",
          "UPDATE: Deputies: Woman accidentally shot herself in the foot",
          "Burglary suspect suffers self-inflicted gunshot wound", "Retiree shoots own hand while loading shotgun",
          "The hunter shot his own leg while climbing a fence."),
      // a person who survived a bullet, a shot or a wound
      e("injured 1", "Boy survives stray bullet to the shoulder", "Hiker survives hunter's rifle shot to the arm",
          "The clerk survived being shot twice in the chest.", "The pilot survived with serious injuries."),
      e("injured 1", "Deputies learned that the boy had accidentally shot himself.",
          "His father was charged after his 6-year-old son shot himself in the hand.",
          "Officers said the victim was grazed by a bullet."),
      e("injured 2", "Neighbors ran outside after a father and his daughter were shot on the porch."),
      // A person taken to a hospital with wounds.
      e("injured 1", "The driver was taken to a regional hospital with non-life threatening injuries.",
          "Police later learned that Tony Miller, 38, had arrived at the regional hospital with a gunshot wound.",
          "The victim was transported to the hospital for treatment of minor injuries.",
          "Sam Perez is recovering in a county hospital after he was shot by his neighbour.",
          "A father is expected to recover after he was shot by his 4-year-old daughter."),
      // A bullet as the subject of an active "struck", "hit" or "grazed".
      e("injured 1", "A stray bullet went through the wall and struck the boy in his leg.",
          "Police are looking for whoever fired the shot that hit a 9-year-old girl on Friday.",
          "A bullet grazed the hip of a 14-year-old boy outside the store."),
      e("injured 2", "The gunman fired again, injuring Ana Perez and Tom Reyes.",
          "Two people with gunshot wounds have been found in a parked van.",
          "Officers found two men suffering from gunshot wounds.",
          "Two people are recovering from gunshot wounds after a home invasion.",
          "Two men were treated for gunshot wounds."),
      e("injured 4", "A total of four people received serious wounds, according to police."),
      // An active "shot" or "wounded" with a person after it; GVA counts a wounded suspect too.
      e("injured 1", "His 3-year-old brother accidentally shot him in the foot on Wednesday.",
          "A 15-year-old accidentally shot his 9-year-old cousin while hunting.",
          "Officers shot the suspect in the leg.", "A gunman wounded the clerk and fled."),
      e("injured 1", "A 4-year-old girl is recovering from a gunshot wound at the hospital.",
          "The man was found with a gunshot wound to the leg.",
          "The passenger was treated for a gunshot wound to his arm."),
      e("injured 1", "Officers found a 17-year-old male suffering from a gunshot wound to the leg."),
      e("killed 1", "The boy was shot in the arm on Friday. He died two days later."),
      e("injured 1; killed 1", "A man was shot in the arm. His brother was shot dead."),
      // A killed attacker is counted on top of the victims (GVA counts a killed shooter).
      e("killed 2; killed 1 (additional)", "A gunman killed two people at the mall before police shot him dead.",
          "A gunman killed two people at the mall. Police shot the gunman dead.",
          "Two people were killed. The suspect was killed by officers after a chase."),
      e("killed 1", "The gunman was shot dead by police. Officers shot the gunman dead outside the bank.",
          "Police shot him dead outside the bank."),
      // Everyone aboard killed, told as "no survivors" (NoSurvivors).
      e("killed 67", "There were no survivors among the 67 people aboard.",
          "The jet went down with 67 people on board and there were no survivors.",
          "All 67 people on board were killed.",
          "A ferry carrying 67 passengers sank in the storm, leaving no survivors.",
          "A plane carrying 67 people crashed in the hills, killing everyone on board.",
          "All 67 aboard killed as jet crashes in fog",
          "A ferry carrying 60 passengers and seven crew members capsized; all on board died."),
      // a person told dead in a clause joined after a short tail of the first death's clause is one more
      e("killed 2; killed 1 (additional)", "Two guards were killed during the raid on Monday, and the gunman was later found dead.",
          "Two deputies were shot and killed while serving a warrant, and the suspect was found dead hours later."),
      e("killed 6; killed 1 (additional)", "The plane crashed, killing all six people aboard and one person on the ground.",
          "The jet crashed, killing six people on board and one person on the ground."),
      // An earlier toll the sentence says is superseded counts for no toll.
      e("killed 31 (update); killed 28 (previous)", "The toll rose to 31, up from a toll of 28 a week ago."),
      e("killed 31; killed 28 (previous)", "Thirty-one people died, up from 28 deaths on Monday."),
      // a rise or a drop "on" or "from" an earlier count tells the count it replaces, as "up from" does
      e("killed 40 (update); killed 29 (previous)", "The toll reached 40, a sharp rise on the 29 dead counted at noon."),
      // a fall or a rise that counts from no earlier count supersedes nothing
      e("killed 2", "The fall from a third-floor window killed 2 people.", "A jump from the bridge killed 2 teenagers."),
      e("killed 12", "Prices saw a sharp rise on Tuesday, when 12 people were killed in riots."),
      e("killed 60; killed 45 (previous)", "The toll of 60 is an increase from 45 dead reported on Monday."),
      e("killed 28 (previous)", "The previous toll was 28.", "An earlier death toll of 28 was revised.",
          "The previous toll, given by the ministry late on Monday, stood at 28 dead."),
      // earlier reports and estimates, and a saying that earlier gave the toll "as" or "at" a number, are superseded
      e("killed 40 (previous)", "Earlier reports had put the toll at 40.", "An earlier estimate of 40 deaths was revised.",
          "The toll was earlier reported as 40.", "The coast guard earlier gave the death toll as 40.",
          "The figure was previously put at 40 dead."),
      e("killed 18; killed 25 (previous)", "The toll was lowered to 18 after earlier reports of 25 deaths."),
      // a saying "earlier" made of a toll it counts as its object is still news
      e("killed 40", "The ministry earlier reported that 40 people had died.", "A report by the UN said 40 people were killed.",
          "Initial reports said 40 people had been killed."),
      e("killed 40", "Earlier reports by the agency said 40 people had been killed."),
      e("injured 7 (previous)", "Deputies had originally said that seven people were shot.",
          "Officials initially reported seven people were injured, but later lowered the figure."),
      e("killed 3 (previous); missing 12 (previous)", "Rescuers had earlier said three people had died and that 12 were missing."),
      e("killed 3; missing 12", "Rescuers said three people had died and that 12 were missing."),
      // A group or a person joined by "and" after a short tail of the object adds to it.
      e("killed 1; killed 6 (additional)",
          "A drone strike killed a magistrate allied with the rebels and six members of his family.",
          "Raiders killed a council member from the ruling party and six other people on Friday."),
      e("killed 4; killed 3 (additional)", "The gunmen killed four guards of the depot and three drivers."),
      e("killed 1; killed 1 (additional)", "Gunmen killed a senator of the opposition and her nephew."),
      e("killed 2", "Attackers killed the headmaster of the school and his deputy on Monday."),
      // After a tail, "and" with a new clause, a verb of its own or a name joins no one.
      e("killed 5; injured 2", "Troops killed five militants in the valley and two farmers were wounded."),
      e("killed 2", "Police killed two robbers from the gang and three others escaped."),
      e("killed 1", "Gunmen killed a trader in the market and his son fled."),
      e("killed [12..+inf)", "Jets killed at least 12 bandits in forests near Dogon Daji and Kwari Hill."),
      // A relative clause after the people counted: a later death is the news, not the clause's verb.
      e("killed ~8", "About eight guards who had been abducted have been killed, the ministry said."),
      e("killed 12", "Twelve people who were wounded in the blast have died."),
      // a reduced relative with an adverb of its own: the death is the news
      e("killed 1", "One of the two people critically injured in the crash has died.",
          "One of the two men seriously injured in the fire died in hospital on Monday."),
      e("killed 2", "Two people seriously injured in the blast died on Tuesday."),
      e("injured 3", "Three people critically injured in the fire were taken to hospital."),
      e("killed 3", "Three hikers who were kidnapped last week were found dead."),
      e("injured 5", "Five pupils who were injured were taken to hospital."),
      // A participle right after the people is a reduced relative clause; a later death is the news.
      e("killed 1", "A guard injured in the raid on Monday has died of his wounds.",
          "A man wounded in a shooting last week has died."),
      e("killed 2", "Two people wounded in the attack on Monday died on Tuesday."),
      e("injured 5", "Five people injured in the blast were taken to hospital."),
      e("killed 5", "All of the five people were killed."),
      e("killed 20", "The families of the 20 people killed met officials."),
      // People counted with "wounded" or "injured" before their noun, and no predicate after them.
      e("killed [35..+inf); injured 32", "At least 35 dead and 32 wounded people have been counted."),
      e("injured 40", "The clinic received 40 injured soldiers after the shelling."),
      // People nouns the suffix rules miss, and "mowed down".
      e("killed 10", "The militants said they had killed 10 spies.", "Police killed 10 suspected car thieves.",
          "Ten students have been mowed down in the cult clashes.", "Gunmen mowed down 10 worshippers."),
      // A past participle with a tail after the people counted, ended by a finite verb.
      e("killed 6", "Six suspects wanted over the riots were killed in a raid on Tuesday.",
          "Six engineers involved in building the dam have been killed."),
      e("killed 1", "Gunmen killed a former warlord in his home.", "Attackers killed the dean of the college."),
      // Persons told one by one after a counted group of the subject add to it.
      e("killed 2; killed 1 (additional)", "Two nurses and their driver were killed in the ambush."),
      e("killed 1; killed 1 (additional)",
          "A district chief from the northern hills and his wife had been killed at a checkpoint.",
          "A councillor of the ruling party and his bodyguard were shot dead."),
      e("killed 5; killed 1 (additional)", "Five policemen and the commander's son died in the blast."),
      // Not a name, and after one person only a possessive: "a reporter and the founder of" is one man.
      e("killed 1", "Juan Perez, a reporter and the founder of a local radio station, was slain at his home.",
          "A senior official with the Union of Drivers and Dock Workers was shot dead outside the port."),
      // A victim's relative clause ("who was running for office") is stepped over to the main predicate.
      e("killed 1", "The mayor of a small town in the north who was running for re-election has been killed.",
          "A senior member of the opposition who was negotiating in the peace talks has been shot dead."),
      // "also" makes a wounded person someone besides the dead.
      e("killed 1; injured 1", "The mayor was shot dead. His wife was also wounded."),
      // Initials with points ("U.N.", "U.S.") are one word before a lower-case word, a sentence end before a capital.
      e("killed 1; killed 2 (additional)", "Gunmen killed a U.N. peacekeeper and two civilians near the border."),
      e("killed 2", "Two U.S. contractors were killed in the blast.", "The envoy flew to the U.S. Two guards died."),
      // A killer who kills himself is one more dead, told after his victims (as GVA and UCDP count
      // a dead attacker): an additional figure of the killer. Attackers not counted stay uncounted.
      e("killed 5; killed 1 (additional)", "The bomber blew himself up, killing himself and five other people."),
      e("killed 5", "Two attackers blew themselves up, killing themselves and five others."),
      e("killed 2; killed 1 (additional)", "The gunman killed two people before killing himself.",
          "The gunman killed himself and two others.", "A woman shot and killed her two sons before killing herself.",
          "The father killed his two daughters and then took his own life.",
          "A farmer killed his two brothers, then himself, over a land dispute."),
      e("killed 1; killed 1 (additional)", "A man shot and killed his wife before turning the gun on himself.",
          "A retired teacher killed his neighbour and then himself.", "Man kills stepson, himself",
          "The suspect fatally shot his girlfriend before fatally shooting himself.",
          "A man shot his father dead before turning the weapon on himself, deputies said."),
      // The killer's own death left open, or told alone, adds nobody.
      e("killed 1", "A man killed his wife before turning the gun on himself and was flown to a hospital.",
          "A man shot and killed his wife and then shot himself; he is in critical condition.",
          "The man killed his wife and tried to kill himself."),
      e("injured 1", "A man shot his wife and then himself."),
      e("killed 1; killed 1 (additional)",
          "A television executive was assassinated on Saturday. His driver was also killed in the attack."),
      e("killed 2", "Gunmen killed the magistrate and his widow.", "Two schoolgirls died in the crush."),
      // A list of groups by commas and a last "and" adds up; a list that restates the first is an aside.
      e("killed 8; killed 1 (additional); killed 1 (additional)",
          "Eight villagers, a forest guard and a soldier were killed in the raid."),
      e("injured 3; injured 2 (additional); injured 4 (additional)",
          "Three soldiers, two policemen and four civilians were wounded."),
      e("killed 5", "Five people, four farmers and a trader, died in the raid."),
      // "A couple" of people told as a pair is two.
      e("killed 2", "An elderly couple were killed in the fire.",
          "A foreign couple kidnapped in the city have been killed."),
      // Animals counted beside the people are no casualties.
      e("killed 20", "Twenty herders and 80 cows were reportedly killed over the weekend."),
      // A person named without a determiner after a killing verb.
      e("killed 1", "A gunman killed prominent Peruvian novelist John Carter outside a court.",
          "Militants shot dead Sheikh Omar Bakri, a local imam, in the city.",
          "A pupil shot and killed his school principal on Monday.", "Troops killed senior commander in raid",
          "Two attackers with knives on Tuesday killed 68-year-old Tom Reyes."),
      // "He" or "she" died in a report that has told no one killed or hurt before: one death,
      // whoever the pronoun stands for; after a figure, see SingleVictims (a later death of the hurt).
      e("killed 1", "She died on Monday.", "Ramos, a farmer, was found with stab wounds. He died hours later.",
          "Deputies found a man lying near the gate. He was pronounced dead at the hospital."),
      e("injured 2", "Two men were shot on Friday. He died at the hospital."),
      // "He" or "she" was shot in a report that tells no death and has told no one hurt before.
      e("injured 1", "He was shot in the leg outside a corner store.",
          "Officers found a man near the bus stop. He had been shot in the arm."),
      e("killed 1", "She was shot in the chest. She died at the scene."),
      e("injured 2", "Two men were wounded on Friday. He was shot in the leg."),
      // A person wounded besides a person killed, the wounding verb joined to the killing by "and".
      e("killed 1; injured 1", "The intruder killed a night guard and critically wounded his brother on Sunday.",
          "A sniper shot and killed the ferry captain and wounded her nephew.",
          "A gunman killed his neighbour in the hallway and injured his cousin.",
          "Troops killed a rebel and wounded his brother."),
      e("killed 1; injured 2", "The soldiers killed the headman and wounded his wife and a cousin."),
      e("killed 1", "A man killed his wife and tried to wound her sister."),
      // People counted as shot with an aside that names some of them, as when they were wounded.
      e("injured 5; injured 1 (subtotal)", "Five people, including a 12-year-old girl, were shot outside a gym late Friday.",
          "Five people, including a teacher, were shot near the school."),
      // A definite person hurt after the report's dead is one of them, unless told alive.
      e("killed 1; injured 1", "A 20-year-old was shot and killed on Elm Street. The 23-year-old was taken to a hospital"
          + " with a non-life-threatening wound to the arm.",
          "A cashier was shot dead on Friday. Her cousin was found with a gunshot wound to the hip and was later released."),
      e("killed 1", "A 20-year-old was shot and killed on Elm Street. The victim was shot in the chest."),
      // A killing the sentence tells as done after "to" is a figure: "went on to kill".
      e("killed 5", "The gunman went on to kill five people at the market."),
      // Two words of how bad between the verb and the wounds.
      e("injured 2", "Two cousins suffered non-life threatening injuries in the crash.",
          "Two guards sustained life threatening wounds during the robbery.",
          "Two women were treated for minor gunshot wounds at the scene."),
      // "One of the victims" died after the report told its dead is one of those dead, not one of the
      // hurt; "one of the wounded" died is one of the hurt.
      e("killed 1; injured 4; killed 1 (subtotal)",
          "One man was killed and four others were wounded outside a club. One of the victims was declared dead at the scene."),
      e("killed 2; injured 4; killed 1",
          "Two people were killed and five were wounded. One of the wounded died on Monday."),
      // Counted people struck, hit or grazed by bullets or gunfire are people shot.
      e("injured 4", "Four people were hit by bullets outside the bar.", "Four teenagers were struck by stray gunfire.",
          "Four other people were also grazed by bullets, police said."),
      e("injured 4; killed 1", "Five men were struck by bullets, one fatally."),
      // People named by a participle of a wound, then said to have died, died.
      e("killed 1", "A teenager shot last week outside a Dayton market has died.",
          "A man injured in a shooting at 5th and Elm has died, police said.",
          "A teen hospitalized after a weekend shooting has died."),
      e("killed 2", "Two men wounded in the ambush died on Sunday."),
      // A clause of its own with a person hurt, joined by "and" to a clause of a person killed.
      e("killed 1; injured 1", "A grocer was killed and his teenage son was shot in the arm during the robbery.",
          "A 30-year-old man was shot dead and a woman was wounded in the leg, police said."),
      e("injured 1; killed 1", "A 9-year-old boy was grazed by a bullet and his uncle was shot dead outside their home."),
      // Counted people taken in, treated or found with a wound, or in a named condition, are hurt, and in
      // hospital too when a hospital takes them in; without a wound they are hospitalized.
      e("injured 3", "Three patrons were listed in serious condition on Sunday.", "Three diners were driven to the hospital in stable condition."),
      e("injured 3; hospitalized 3", "Three teenagers were rushed to a regional hospital with non-life-threatening injuries."),
      e("injured 3; hospitalized 3", "Three men arrived at the county hospital with stab wounds overnight."),
      e("injured 2; hospitalized 2", "Two other workers were treated at the hospital for minor injuries."),
      e("injured 2; hospitalized 2; injured 1 (additional)",
          "Two women and a 12-year-old girl were taken to local hospitals with gunshot wounds."),
      e("injured 2", "Two sisters were sent to the hospital after an accidental shooting at a campsite."),
      // an aside that lists the people counted, by commas, is stepped over
      e("injured 3; hospitalized 3", "Three victims, a 20-year-old man, a 31-year-old man, and a 44-year-old woman, were"
          + " taken to a hospital with minor injuries."),
      e("injured 3", "Three men, Tomas Ruiz, 30, Jay Roe, 28, and Omar Diaz, 28, were wounded."),
      // an aside with a clause of its own is no list of the people counted: the two men are not the dead
      e("killed 1", "According to the two men, the victim, whom they named as their sister, died after the crash."),
      e("hospitalized 4", "Four guests were taken to the hospital as a precaution."),
      // A person's death told in the possessive.
      e("killed 1", "Neighbours gathered as word of Okafor's death spread.",
          "Teachers wept when they heard about the girl's death.",
          "Investigators have not said what led to Harris' death."),
      // A killing named by its weapon: "the fatal shooting of", "the shooting death of".
      e("killed 1", "Detectives questioned a neighbour in connection with the fatal shooting of a retired postman.",
          "A teenager pleaded guilty on Monday in the shooting death of his cousin.",
          "Police released few details about the fatal stabbing of a taxi driver on Elm Street."),
      // people charged were brought in by the police: arrested
      e("arrested 2; killed 1", "Two relatives were charged in the toddler's accidental shooting death."),
      e("arrested 2; killed 2", "Two men are charged in the shooting deaths of two brothers outside a diner."),
      e("arrested 7", "Seven people have been charged after fights broke out at the protest."),
      e("arrested 1; killed 1; injured 2",
          "A 17-year-old boy has been charged with murder after a man was stabbed to death and two others were hurt."),
      e("arrested 1", "He resisted arrest and was charged with 3 offences."),
      // A headline's "shot" without "were", at the start of the sentence, then a place or a time.
      e("injured 4", "Four people shot outside a nightclub", "4 shot in northwest Atlanta",
          "Four teens shot early Sunday at a party", "The guard was among four people shot outside the club."),
      // One wounded person in a headline, without a determiner or "was" (Headlines).
      e("injured 1", "Teen shot in foot during birthday party", "16-year-old boy grazed in Westside shooting",
          "Police: Boy, 6, shoots self with uncle's pistol", "Woman critical after being shot in the face",
          "Local Teen Shot By Cousin In Hunting Accident",
          "Girl in stable condition after shooting at park", "Officer injured on Tuesday"),
      // the mother's arrest is a figure too, since headlines' people of other fates count
      e("arrested 1; injured 1", "Mother arrested after toddler shoots himself"),
      // A headline's person is one of the story's count, not on top of it.
      e("injured 2", "Man shot in Northside\n\nTwo men were shot on Elm Street late Friday."),
      // One dead person in the report's headline, without a determiner or "was" (Headlines).
      e("killed 1", "Toddler fatally shot in Billings", "Boy, 9, dies from accidental gunshot wound",
          "Grocer shot dead outside his store", "Woman Dies After Being Shot In Her Car",
          "Police: Man killed in argument over parking", "Deputy shot and killed during traffic stop"),
      e("killed 1; injured 4", "Teen Killed, Four Others Injured in Garfield Park Shooting"),
      e("killed 1", "Garfield County teen dies of gunshot wound", "Local Teen Accidentally Shot, Killed During Hunt",
          "8-year-old Dayton girl shot in the head, killed", "5-year-old boy fatally shoots himself with gun found in car",
          "4-year-old kills herself with loaded gun in Fresno", "Police identify man killed in Elm Street shooting",
          "Coroner names woman killed in crash on Route 9", "Teen who died playing with a handgun identified"),
      // The story's own count of the dead stands for the headline's person; a headline-shaped
      // line further down (a link to another story) is not read.
      e("injured 2; killed 1",
          "Teen fatally shot, two others wounded\n\nPolice said a 16-year-old boy was killed and two men were wounded."),
      e("killed 2", "Man shot and killed on Elm Street\n\nTwo men were killed in the shooting, police said."),
      // The subject of a wounding verb that has its object wounded someone, and is no casualty.
      e("injured 4", "Officers are searching for a man who shot and injured four people on Friday."),
      e("injured 3", "Police are questioning two men in connection with a shooting that hurt three people.",
          "A quarrel between two men in Elm Park ended in a shooting that injured three bystanders."),
      e("injured 1", "A gunman in a pickup has shot and wounded a cyclist, police said."),
      e("injured 2", "Police are looking for a sniper who wounded two joggers last week.",
          "Two men who were shot and wounded on Friday are recovering."),
      e("injured 3", "3 Hurt Elmwood Tavern Shooting"),
      // Ages in apposition without "ages" are no count, and the people before them are.
      e("injured 2", "Two men, 22 and 25, were shot in the legs.", "Two women, both 19, were shot near the park."),
      // Persons joined by "and" are hurt "both" or "each".
      e("injured 2", "The woman and her son were both shot in the leg.", "The clerk and his son were each wounded."),
      // A person who shot himself and someone else: both are hurt.
      e("injured 2", "The boy accidentally shot himself and a friend on Monday.",
          "The boy shot himself and his sister with the pistol.",
          "A man in Lake County accidentally shot himself and his nephew on Sunday."),
      // "One of the men who died" counts one of the dead told before, not one of the wounded.
      e("killed 2; injured 5; killed 1",
          "Gunfire killed two people and left five others wounded at the park. One of the men who died was identified as "
              + "Tomas Ruiz."),
      e("injured 2; killed 1", "Three people were shot on Friday. One of the men who was shot died on Saturday."),
      e("killed 3; killed 2 (additional); killed 1 (additional)", "The strike killed three soldiers, two others and a child."),
      // A headline's list before its participle: each counted group a figure as stated, as in a story's body
      // ("two girls and two men were shot"); persons told one by one are counted together.
      e("injured 2; injured 2 (additional)", "Two girls, two men shot outside Elmwood nightclub"),
      // "shot at" and a place is where people were hit; "shot at" and a target is what was fired at (see NEGATIVE)
      e("injured 3; injured 2 (additional)", "3 Teens, 2 Women Shot At Graduation Party In Elmwood"),
      e("injured 2; injured 2 (additional)", "Two girls, two men shot at Elmwood nightclub"),
      e("killed 1", "Elmwood drummer dies at car wash after being shot"),
      // a headline's person found dead, or told hurt and then dead, is one dead (not one hurt)
      e("killed 1", "Man shot in Dayton dies at hospital", "Teen wounded in weekend shooting dies",
          "Teen found dead in Elmwood park", "Man found shot to death in car",
          "Police: Woman found stabbed to death at home"),
      e("killed 1", "Investigators said a hiker suffered a fatal gunshot wound near the trail."),
      e("killed 1; injured 1", "Teenager killed, father wounded after gunfire erupts at cookout",
          "Man killed, woman hurt in Elmwood crash"),
      e("hospitalized 3", "The blast put three workers in the hospital.", "The crash landed three people in hospital."),
      e("killed 1", "Wounded teen found outside Elmwood diner dies at hospital",
          "Village mourns after boy, 12, is killed by armed robbers", "Gun left on sofa before 6-year-old shot, killed"),
      // one body found is one dead, told again when the report returns to it
      e("killed 27", "Relatives buried 27 victims of the raid on Sunday.", "Gunmen killed 27 indigenes of the village."),
      e("killed 14", "The ministry has logged 14 reported deaths since the storm.", "The agency counted 14 reported deaths."),
      e("killed 1", "A welder who was burned in the blast on Friday succumbed in hospital on Sunday.",
          "A guard who was hurt in the ambush died on Friday evening."),
      e("missing 6", "Six traders were taken into captivity by the militia.", "Six remain captive, the army said.",
          "Six climbers vanished on the mountain.", "The raids led to six abductions."),
      e("injured 2", "Two cyclists, both aged 40, were stabbed near the canal.", "Two cyclists, both 40, were stabbed near the canal."),
      e("killed 1", "Raiders returned to the valley, with the headman killed near his orchard on Tuesday."),
      e("killed [9..+inf)", "The unrest has caused the deaths of, at least, nine people.",
          "The clashes killed, at least, nine people."),
      e("killed 1", "A charred body found near the highway has been identified.",
          "Police found a decomposed body in the woods."),
      e("killed 1", "Woman stabbed to death at home", "Divers recovered a body from the lake on Sunday."),
      e("killed 1; killed 1 (additional)",
          "Police found a body in the river on Monday. A second body was found Tuesday near the bridge."),
      e("killed 1", "A body was found in the river on Tuesday.", "Divers recovered a body near the pier.",
          "Police found a body in the flat. Officers who found a body there called detectives."),
      // a killing told by how many it took
      e("killed 2", "Police investigate double homicide in Elmwood", "The double-murder shocked the town.",
          "Two teens identified in double fatal shooting"),
      e("killed 4", "Investigators have named no suspect in the quadruple homicide."),
      // a death named by its weapon is one dead; one of many, or a toll, is not
      e("killed 1", "15-year-old charged in Elmwood shooting death", "Police are looking for two men in the shooting death."),
      // a killing told as alleged is a charge against its doer; the dead are dead
      e("killed 3", "The man fled to Mexico after allegedly killing his wife and two daughters."),
      e("killed 1", "He allegedly killed his neighbour during an argument on Sunday."),
      e("injured 3; injured 1 (additional)", "3 girls, man shot in Northside"),
      e("killed 12; killed 3 (additional)", "12 soldiers, 3 militants killed in border clash"),
      e("injured 2", "Father and son wounded in Riverside home invasion",
          "Deputy, suspect injured in exchange of gunfire on Route 9"),
      e("injured 1; injured 2 (additional)", "Police: Woman, 2 children hurt in Elmwood crash"),
      e("killed 2", "Grandmother, toddler killed in Elmwood house fire", "Father and son dead after boat capsizes"),
      e("killed 1", "Gunmen kill prominent village elder in night raid", "Bandits kill retired local councillor"),
      e("killed 3", "Drone strike kills militia commander, 2 others", "Gunmen kill tribal elder and two others in ambush"),
      // A sentence told again word for word (a title repeated as the first line) is one statement.
      e("injured 2; killed 1",
          "Teen dies days after Elm Street shooting that wounded 2 more\n\nTeen dies days after Elm Street shooting that "
              + "wounded 2 more\n\nA teenager has died after a shooting that left two others wounded last week."),
      // "Others" that open a sentence add to the figure of the sentence before; "others" told beside
      // someone of their own sentence are counted with that person, not added to the sentence before.
      e("injured 4; injured 2 (additional)", "Four people were shot outside a bar on Friday. Two others were hurt by broken glass."),
      // "Others" hurt just after a sentence that tells a death are hurt besides those dead, even when
      // that death gave no figure of its own (the report had counted its dead before).
      e("killed 2; injured 3",
          "A fight at a wedding left two guests dead. Tomas Ruiz, 20, and Ana Ruiz, 39, were killed"
              + " in the shooting. Three other people were injured in the shooting."),
      e("killed 1; injured 4; injured 1; injured 4 (additional)",
          "A man died after he and four others were shot on Friday.\n\nOfficers found Tomas Ruiz, 18, and four others "
              + "suffering from gunshot wounds, officers said."),
      // a title's count and the story's first count of its category are one group, whatever words name them
      e("killed 7", "Seven quarry workers dead in rockfall\n\nSeven labourers died when a rock face collapsed."),
      // but a count told on another day in the story is another group, and so is another armed group
      e("injured 2; injured 2", "Two teens shot near a market\n\nTwo days later, two brothers were shot in a parking lot."),
      e("killed 3; killed 3", "Three soldiers killed near the border\n\nThree insurgents died in a firefight in the hills."),
      // a title's count with "more" or "another" in the story is the title's, unless the story turns elsewhere or adds it up
      e("killed 6; killed 6 (additional)", "Quake kills 6 in the north\n\nAnother 6 people died in a separate tremor in the south."),
      e("killed 6; killed 6 (additional); killed 12 (update)", "Storms kill 6 in Texas\n\nSix more people died on Sunday, "
          + "bringing the toll to 12."),
      // a part of the second of two tolls of the same size is its own, however the first's was worded
      e("killed 8; killed 3 (subtotal); killed 8; killed 3 (subtotal)", "Rebels killed 8 guards, including 3 women, at the "
          + "depot. Soldiers later killed 8 farmers, including 3 women, in a reprisal."),
      // groups listed by commas after a killing verb, with no "and" before the last, each add to the first
      e("killed 3; killed 2 (subtotal)", "The blast killed three guards, two of them officers."),
      e("killed 3; injured 20", "The raid killed three guards, 20 people were hurt."),
      e("killed 3; killed 8 (additional)", "Rebels kill three guards, eight farmers near the northern dam"),
      e("killed 3; killed 8 (additional); killed 2 (additional)",
          "The militia killed three guards, eight farmers and two traders at the crossing."),
      // a second name for the same people after a slash
      e("killed 40", "On Friday 40 villagers/farmers were killed in the raid."),
      // the lives of the people lost; the number of people killed put at a figure
      e("killed 9", "The lives of nine miners were lost when the shaft flooded.",
          "The number of people who were killed in the flooding is nine.",
          "Rescuers put the number killed at nine, officials said."),
      // people driven out: evacuated when told to evacuate, displaced otherwise
      e("evacuated 2500", "The wildfire forced 2,500 residents to evacuate.",
          "Rising water forced 2,500 people to be evacuated from the valley."),
      e("displaced (10000..+inf)", "The fighting has forced more than 10,000 people from their homes.",
          "Shelling forced more than 10,000 villagers to flee.",
          "The floods forced more than 10,000 families to leave their homes."),
      // a person hurt in a clause of their own after the deaths
      e("killed 2", "A mob lynched two herders near the market.", "Two herders were hacked down near the market."),
      e("", "None of the other six guests at the party were hurt."),
      e("killed 243", "The number of confirmed deaths stood at 243 on Wednesday.",
          "The number of recorded deaths was 243."),
      // an attacker shot dead by the police, told in the passive after the victims, is one more dead
      e("killed 4; killed 1 (additional)", "The gunman killed four people before being shot dead by police."),
      e("killed 1", "A suspect was shot dead by police on Monday."),
      // a sentence that opens with a counted group counts a part of it after the comma
      e("injured 15; injured 3 (subtotal)", "Of the 15 people injured, three are in critical condition."),
      e("injured 4 (subtotal); injured 11", "Four of the 11 injured are still in critical condition."),
      e("injured 11", "Four of the 11 injured were in a stable condition."),
      // parts of a fronted group tell whom they count, and a second part may share the first's "were"
      e("killed 11; killed 8 (subtotal); killed 3 (subtotal)",
          "Of the 11 people killed, eight were farmers and three soldiers."),
      // a part told inside the count's clause, right after its people
      e("killed 9; killed 5 (subtotal)", "Nine villagers, five of them women, were killed when the market was shelled."),
      // a part of a count told by how far it is confirmed, as agency bulletins tell it
      e("killed 21; killed 4 (subtotal)", "The agency counted 21 deaths, of which four have so far been verified.",
          "Officials reported 21 deaths, of which four have been confirmed."),
      e("injured 30; injured 12 (subtotal)", "Thirty people were hurt in the blasts, 12 of whom have been verified."),
      e("killed 20; killed 5 (subtotal)", "The agency has logged 20 deaths, with five confirmed so far."),
      e("injured 22; injured 9 (subtotal)", "Twenty-two people were hurt in all, with nine still unverified."),
      e("killed 26; killed 19 (subtotal)", "The agency has logged 26 deaths, with 19 still being validated."),
      e("killed 30", "Reports of 30 deaths remain unconfirmed."),
      e("killed 14 (update); killed 5 (subtotal)",
          "The toll rose to 14 on Friday. The coroner said five of these deaths have been verified."),
      e("killed 9; killed 3 (subtotal)", "Nine people died in the floods. Of the deaths logged, three have been confirmed."),
      // a count confirmed is the count itself; a part must be smaller than its count
      e("killed 12", "Twelve deaths were confirmed by the coroner.", "The coroner has confirmed 12 deaths.",
          "Twelve people died in the floods. Of the deaths logged, 12 have been confirmed."),
      e("killed 12", "The ministry confirmed 12 deaths, and 30 homes burned, of which ten have been confirmed destroyed."),
      // people treated for a harm are hurt, in the active voice as in the passive
      e("injured 31", "Paramedics treated 31 people for smoke inhalation.", "31 people were treated for smoke inhalation.",
          "Medics were treating 31 residents for burns."),
      // frostbite is the cold's harm as heatstroke is the heat's
      e("injured 140", "Another 140 people were treated for frostbite.", "Medics treated 140 skiers for frostbite.",
          "140 soldiers suffered frostbite on the march."),
      // a text that ends at the join has no clause after it
      e("killed 5", "Five died and"),
      e("killed 1; injured 1", "A farmer died and his wife was seriously injured when the tractor overturned.",
          "The pilot was killed in the crash, while the co-pilot was badly hurt."),
      // "four more", then an aside of whom they include, then the predicate
      e("killed 4; killed 1 (subtotal)", "Four more, including a nurse, were killed when the shelling resumed."),
      // a headline tells a toll's link in the present tense
      // a toll gone past its number is more than it
      e("killed (2400..+inf)", "Quake death toll passes 2,400 as rescuers dig through the night",
          "Flood toll tops 2,400 in the north", "Death toll in the cyclone surpasses 2,400, officials say",
          "Toll from the landslide crosses 2,400"),
      e("killed 58", "Death toll hits 58 in tanker blast"),
      e("killed (58..+inf)", "Death toll in ferry disaster crosses 58"),
      e("killed 58 (update)", "Ferry disaster toll reaches 58"),
      // people a disaster left homeless are displaced; the verb comes before them
      e("displaced 30000", "The tremor left 30,000 homeless in the valley.",
          "The cyclone swept the delta, leaving 30,000 people homeless.",
          "Fires have rendered 30,000 residents homeless."),
      e("killed 4; displaced 900", "The blaze killed four people and left 900 homeless."),
      // refugees counted where they went or took shelter, people moved out of harm's way
      e("displaced ~45000", "An estimated 45,000 people have fled across the border into Chad.",
          "Some 45,000 civilians fled to neighbouring countries last month.",
          "About 45,000 villagers took refuge in schools and churches."),
      e("evacuated ~12000", "Some 12,000 residents were relocated to temporary camps."),
      e("evacuated 12000", "Authorities said 12,000 people had been moved to shelters.",
          "12,000 people were moved to evacuation centres ahead of the storm."),
      // a second group that shares the predicate before it, told by its number and its place
      e("killed 13; killed 8 (additional)", "Thirteen villagers were killed in one raid and eight in another.",
          "Thirteen people died in Guatemala and 8 in Honduras as the storm moved north.",
          "Thirteen were killed in Kharkiv and 8 others in Zaporizhzhia, regional governors said.",
          "The strikes killed 13 in the south, and eight in the capital."),
      e("killed 14; killed 9 (additional); killed 5 (additional)",
          "Floods killed 14 people in Kenya, 9 in Somalia and 5 in Ethiopia."),
      e("arrested 30; arrested 12 (additional)", "Police arrested 30 people in Paris and 12 in Lyon."),
      e("killed 8; killed 6 (subtotal); killed 2 (subtotal)",
          "Eight people were killed. Six of the victims died on the spot, two others at a hospital, police said."),
      // the dead of a gapped group "in hospital" died there; they are not people in hospital
      e("killed 9; killed 3 (additional)", "Nine died at the scene and three in hospital.",
          "Nine people were killed at the scene and three in hospital, police said."),
      e("injured 9; hospitalized 3", "Nine people were hurt, three in hospital."),
      // a date's day, a predicate of its own, a wound's place: no group shares the predicate
      e("killed 2", "Two people died in clashes on May 3 and 4 in the capital."),
      e("killed 2; injured 3", "Two people died in the fire and three in critical condition."),
      e("killed 11", "Eleven people died in the floods and 3,000 homes in the region were destroyed."),
      // a headline's verbs in the present tense
      e("killed 12; displaced thousands[2000..9999]", "Floods kill 12, displace thousands in the north"),
      e("arrested 40", "Police arrest 40 after clashes in the capital", "Authorities detain 40 protesters",
          "Security forces rounded up 40 suspected gang members."),
      e("evacuated 20000", "Authorities evacuate 20,000 as wildfire nears town"),
      e("killed 8", "Police said 8 people were trampled to death.", "Eight climbers froze to death on the ridge.",
          "Gunmen shot eight people to death at a checkpoint."),
      // none of the people aboard survived: all of them died
      e("killed 62", "Of the 62 people on board, none survived.", "None of the 62 people on board survived, officials said.",
          "No one survived among the 62 passengers aboard the jet."),
      e("evacuated 400", "400 tourists were stranded and later airlifted to safety.",
          "Four hundred villagers were ferried to safety by boat."),
      e("injured 31", "Thirty-one residents were treated for smoke inhalation.",
          "Authorities said 31 people had been treated for heat exhaustion."),
      e("displaced tens of thousands[20000..99999]", "Tens of thousands of people have fled the city."),
      // a part of a counted group that names its people: the part is counted, not the group
      e("killed 2", "Two of the 12 passengers died.", "Two of the 12 passengers on board were killed.",
          "Two of the four were killed."),
      e("injured 3", "Three of the 600 residents were injured."),
      e("rescued 4", "Four of the seven crew members were rescued."),
      // millions written onto the digits, as British and wire headlines write them
      e("displaced 1500000", "Sudan: 1.5m displaced as fighting spreads", "Floods leave 1.5m homeless"),
      e("evacuated (1000000..+inf)", "More than 1m people were evacuated ahead of the typhoon."),
      e("killed 3", "A 5m wave killed 3 people.", "The 10m wall collapsed on Monday, killing 3."),
      // half of a number that "a" starts: "half a million", "half a dozen"
      e("affected (500000..+inf)", "More than half a million people have been affected by the drought."),
      e("displaced 500000", "Half a million people were displaced by the fighting.", "The floods displaced half a million."),
      e("injured 6", "Half a dozen climbers were hurt in the rockfall."),
      // people ordered or told to evacuate, under evacuation orders or in evacuation centres are evacuated
      e("evacuated 30000", "Authorities ordered 30,000 residents to evacuate as the wildfire spread.",
          "Officials told 30,000 people to evacuate low-lying districts.",
          "Evacuation orders were issued for 30,000 residents on the eastern coast.",
          "The county issued evacuation orders for 30,000 people.",
          "30,000 residents were ordered to evacuate on Tuesday.", "30,000 people have been told to evacuate."),
      e("evacuated (100000..+inf)", "The government ordered more than 100,000 people to leave their homes ahead of the storm.",
          "More than 100,000 people are under evacuation orders."),
      // people urged, advised or asked to go, as people told to go; people moved told as a noun
      // displaced people counted as the people a relief agency helps: the fire displaced them
      e("displaced 5", "The Red Cross is assisting five displaced residents after the blaze.",
          "Volunteers are helping 5 displaced tenants find rooms for the night."),
      // people told hurt, then "and" and the death of them all: the deaths are the news
      e("killed 3", "Three villagers were wounded by the shelling and later died in hospital.",
          "Three fishermen were struck by lightning and died on the spot.",
          "Three porters were hit by falling rocks and were killed."),
      e("injured 4; killed 1", "Four miners were injured in the blast and one of them later died."),
      e("injured 6", "Six passengers were injured in the crash and later discharged."),
      // people who lost vital signs are dead (Chinese official usage)
      e("killed 6", "Six miners had lost vital signs when they were brought to the surface.",
          "Six people lost vital signs after the boat overturned."),
      e("evacuated ~380000", "The prefecture urged about 380,000 residents to evacuate before the typhoon.",
          "About 380,000 residents were advised to evacuate as the river rose.",
          "Evacuation orders were issued to about 380,000 people in three cities."),
      e("evacuated 6100", "City officials asked 6,100 people to leave their homes near the dam.",
          "Landslides forced the relocation of 6,100 villagers."),
      e("evacuated ~12000", "About 12,000 people were staying in evacuation centres on Sunday, the disaster agency said.",
          "Some 12,000 people are in evacuation centers."),
      // people brought out alive, to safety, plucked from the sea or saved are rescued
      e("rescued 25", "Firefighters brought 25 residents to safety from the burning tower block.",
          "25 residents were brought to safety.", "The coastguard pulled 25 fishermen to safety.",
          "Rescuers found 25 people alive in the wreckage.", "Rescue workers have found 25 survivors so far.",
          "25 people were found alive under the rubble.", "The navy plucked 25 migrants from the sea.",
          "25 people were plucked from rooftops by helicopter.", "Lifeguards saved 25 swimmers caught in a rip current."),
      e("rescued 2; killed 3", "Rescuers saved two people and recovered three bodies."),
      // survivors taken or found, passive or active, are rescued wherever they are taken
      e("rescued 38", "Thirty-eight survivors were brought ashore at the harbour on Sunday.",
          "38 survivors have been taken to Porto Empedocle.", "Only 38 survivors were found after the boat sank.",
          "The patrol boat brought 38 survivors to the port.", "38 survivors were later airlifted to the mainland."),
      e("hospitalized 6", "Six survivors were taken to hospital with hypothermia."),
      // the deaths counted among an outbreak's cases are its toll, not a part of another figure
      e("affected 2300; killed 41", "Health officials recorded 2,300 suspected cases, including 41 deaths."),
      e("affected (3000..+inf); killed 41", "More than 3,000 cases of cholera have been recorded, including 41 deaths."),
      e("killed 41", "The ministry reported 640 new infections, including 41 deaths, in the past week."),
      e("killed 20; killed 5 (subtotal)", "The attack killed 20 people, including 5 children."),
      // people counted as missing before their noun, with no predicate after them
      e("missing 40", "Rescuers are searching for 40 missing migrants after their boat capsized.",
          "Divers resumed the search for 40 missing passengers on Sunday.",
          "The hunt for 40 missing fishermen was called off on Monday."),
      e("rescued 12", "The 12 missing fishermen were found alive on Tuesday."),
      e("rescued [40..+inf)", "At least 40 survivors have so far been registered at the camp after the barge capsized."),
      // the displaced, the affected, the arrested and the evacuated in the words of UN and wire reports
      e("displaced (8000000..+inf)", "The conflict has uprooted more than 8 million people.",
          "More than 8 million people have been internally displaced."),
      e("affected (700000..+inf)", "The floods have impacted more than 700,000 people, the UN said."),
      e("arrested [30..+inf)", "At least 30 people were taken into police custody."),
      e("affected ~800000; displaced 120000",
          "An estimated 800,000 people were affected, while 120,000 were internally displaced."),
      // the number of people of any category, as the number of the dead
      e("evacuated 15000 (update)", "The number of people evacuated rose to 15,000 on Wednesday.",
          "The number of evacuees has climbed to 15,000."),
      e("arrested 1200 (update)", "The number of arrests has reached 1,200, the interior ministry said."),
      e("arrested 500", "The number of people detained since the protests began stood at 500."),
      e("hospitalized 85 (update)", "The number of people hospitalised has risen to 85."),
      e("rescued 230 (update)", "The number of people rescued rose to 230."),
      // the number of people who died, in a relative clause as the number of people who were killed
      e("killed 68 (update)", "The number of people who have died from the cold in the capital rose to 68 on Monday.",
          "The number of people who died in the mine fire has risen to 68."),
      e("arrested 25 (update)", "The number of people who have been detained climbed to 25."),
      // the number of people named by their own noun, with a word before it or a relative clause after it
      e("killed 312 (update)", "His death brought the number of soldiers killed since the ground operation began to 312.",
          "The number of Ukrainian medics killed on duty has risen to 312.",
          "The number of children who have been killed in the shelling reached 312."),
      e("arrested 14", "The number of reporters detained in the crackdown stood at 14 on Friday."),
      // people taken into custody, receiving treatment in hospital, moved into evacuation centres, dug out alive
      e("arrested 15", "Police took 15 people into custody.", "Officers took 15 protesters into police custody on Sunday."),
      e("hospitalized ~70", "Around 70 people are receiving treatment in hospital."),
      e("evacuated (2000..+inf)", "Over 2,000 people have been moved into evacuation centres."),
      // a one-word place after the people counted: "villagers downstream", "residents nearby"
      e("evacuated ~2000", "About 2,000 villagers downstream were moved to safety.",
          "Around 2,000 residents nearby were evacuated on Sunday."),
      // a vague number of injuries one person died of or suffered is no count of the hurt
      e("killed 1", "A cyclist died from multiple injuries after the crash.", "A cyclist died of multiple injuries."),
      e("injured multiple[2..+inf)", "There were multiple injuries, police said."),
      // a past participle not in "-ed" may open the people's tail
      e("missing 2", "Two aid workers taken in the raid are still missing.", "Two guards held in the attack are still missing."),
      // a bare count of the affected is people only when it is large: a disaster agency's tally
      e("affected 1200000", "Officials said 1.2 million were affected across five regions."),
      e("", "About 20 were affected by the outage."),
      // people an outbreak infected or sickened are affected; things infected are none
      e("affected (9000..+inf); killed 312", "A cholera outbreak has infected more than 9,000 people and killed 312."),
      e("affected 400", "The tainted water sickened 400 people."),
      e("", "The virus infected 200 computers."),
      // the particle before the people may be "up": "hauled up nine miners alive"
      e("rescued 9", "Rescuers hauled up nine miners alive.", "The crew brought up nine men alive from the shaft."),
      // people pulled from rubble or water, with no death told after, are rescued
      e("rescued 11", "Emergency crews pulled 11 residents from the damaged stairwell.",
          "Rescuers pulled 11 people out of the rubble on Sunday."),
      e("", "Divers pulled two men from the river, but both died."),
      // groups listed after an object that add up to it restate it
      e("rescued 4; rescued 3 (subtotal); rescued 1 (subtotal)",
          "Crews rescued four residents, three adults and a child, from the burning house."),
      // "under treatment" in a hospital
      e("hospitalized ~60", "About 60 people remain under treatment in hospitals in the capital."),
      // "Earlier in the day," before a saying, after an update, tells an earlier toll
      e("killed 15 (update); killed 9 (previous)",
          "The toll rose to 15 on Sunday. Earlier in the day, officials had reported nine deaths."),
      // a part told by a word ("most", "half") of a group its outcome names: the group is the figure
      e("killed 12", "Most of the 12 people killed were women.", "Half of the 12 people killed were children."),
      e("arrested 30", "Many of the 30 protesters arrested have been released."),
      e("", "Most of the 12 passengers were killed.", "Most of the 11 people missing were found dead.",
          "Some of the 20 people evacuated returned home on Sunday."),
      // military usage: fighters "neutralised" are killed; drones and bombs neutralised are no people
      e("killed 12", "Troops neutralised 12 gunmen during the raid.", "The army said 12 insurgents were neutralized."),
      e("arrested 2; killed 4", "Two suspects were arrested, while four others were neutralised."),
      e("", "Air defences neutralised 40 drones overnight.", "Sappers neutralized 3 bombs found near the road."),
      // every rule that looks for a hospital takes the same places of care: a clinic, a trauma center,
      // isolation wards, treatment units
      e("hospitalized 3", "Paramedics took three people to a trauma center.",
          "Three people were admitted to cholera treatment units.", "Three patients are being treated in isolation wards."),
      e("hospitalized 12", "The isolation ward admitted 12 patients overnight."),
      // a word before "hospital" may tell which, after an article or a name: "an area hospital"
      e("hospitalized 2", "Two women were taken to an area hospital.", "Two women were rushed to a county referral hospital.",
          "Two women were taken to the district general hospital."),
      // admissions, observation
      e("hospitalized 40", "Of the new cases, 40 required admission.", "Forty remain under observation at the district hospital.",
          "Forty were kept in hospital overnight."),
      e("evacuated ~900", "About 900 people spent the night in emergency shelters."),
      e("evacuated ~900", "About 900 people spent the night in a sports hall.", "About 900 residents spent the night in the school gym."),
      e("hospitalized 3", "Three people were sent to hospital.", "Three of them were sent to a nearby hospital."),
      // a name inside a phrase an article opens is a place, no person joined to the counted
      e("hospitalized 1; hospitalized 2 (additional)",
          "One man was treated at the Grand View Medical Center and two more were sent to hospital."),
      // South Asian usage: "admitted at" or "in" a hospital
      e("hospitalized 9", "Nine of the injured remain admitted at the district hospital.",
          "Nine of the injured are admitted in two hospitals."),
      // "admitted" after the hospital was told, with more of the sentence to come
      e("hospitalized 7", "The injured were taken to the town hospital, where seven were admitted and the rest went home.",
          "The injured were taken to the town hospital, where seven were admitted, two of them to intensive care."),
      e("hospitalized 30; hospitalized 7 (subtotal)", "Of the 30 people treated at the hospital, seven were admitted while the others were sent home."),
      // a clinic may see a patient for an hour: no stay in hospital
      e("", "Nine students were admitted to the bar.", "Paramedics took three people to the station.",
          "Paramedics took three people to the clinic.",
          "The family admitted 12 guests."),
      // people told displaced stay displaced wherever they shelter; evacuees in camps are evacuated
      e("displaced (18000..+inf)", "More than 18,000 displaced villagers are sheltering in 90 relief camps."),
      e("evacuated (18000..+inf)", "More than 18,000 villagers are sheltering in 90 relief camps."),
      // a manner adverb after "were" or "had been" is stepped over like "seriously"
      e("evacuated ~3000", "About 3,000 tenants were safely evacuated from the towers.",
          "About 3,000 tenants had been swiftly evacuated before the dam gave way."),
      e("arrested 4", "Four protesters were promptly arrested outside the embassy."),
      // a capitalised word or a short one is no manner adverb
      e("", "Four protesters were Italy arrested.", "The four were only questioned."),
      e("injured 2", "Five people nearby heard the blast and 2 were hurt.",
          // a tail whose place is followed by a verb and its object is no tail: the verb is theirs
          "Five people in the house heard the blast and 2 were hurt.",
          "Five people inside heard the blast and two were hurt.",
          "Six traders at the market saw the fire and two were injured."),
      e("injured 3", "Ten workers at the mill smelled the gas and three were hurt.",
          "Three people in the house were hurt."),
      e("killed 12", "Twelve passengers on board the ferry were killed.",
          "Twelve men guarding the bridge were killed."),
      // people told in a condition by a number alone after more were counted hurt are a part of them
      e("injured 14; injured 2 (subtotal)", "Fourteen people were wounded. Two are in critical condition.",
          "Fourteen villagers were hurt when the bridge gave way. Two remain in serious condition."),
      e("injured 9; injured 1 (subtotal); injured 3 (subtotal)",
          "Nine people were wounded in the blast. One is in critical condition and three are in stable condition."),
      e("injured (-inf..32]; injured 4 (subtotal)",
          "As many as 32 persons sustained injuries in the mishap, four of whom are in critical condition."),
      // a part no smaller than the hurt counted last, or a person named besides, is no part
      e("injured 2; injured 3", "Two people were hurt in the first crash. Three are in stable condition after the second."),
      e("injured 5; injured 1", "Five people were hurt in the fire. A man is in critical condition."),
      e("rescued 4", "The avalanche buried 10 skiers; 4 were dug out alive.", "Four miners were brought out alive."),
      // the guides and Sherpas of a mountain party are people
      e("injured 2", "Two Sherpa guides were flown to Lukla with injuries.", "The serac fall injured two mountain guides."),
      e("killed 1", "A Sherpa guide was killed when the ice collapsed."),
      // brought up from a mine alive
      e("rescued 12", "Nineteen miners were trapped after a shaft flooded; 12 were later brought to the surface alive."),
      // more of the counted nouns, as more people: "two more bodies", "7 more deaths"
      e("killed 2", "Two more bodies were found on Tuesday.", "Rescuers recovered two more bodies on Tuesday."),
      e("killed 2; killed 14", "Two more bodies were found on Tuesday, taking the death toll to 14."),
      e("killed 7", "The ministry reported 7 more deaths."),
      // the second group after "and" may be the first's own: "a woman and her two children"
      e("killed 1; killed 2 (additional)", "The strike killed a woman and her two children.",
          "The airstrike killed a man and his two sons in Khan Younis."),
      e("rescued 1; rescued 2 (additional)", "Firefighters rescued a woman and her two children from the flames."),
      // a counted group's own group, counted after a possessive, adds to it
      e("injured 3; injured 2 (additional)", "Three aid workers and their two drivers were wounded in the ambush."),
      e("killed 4; killed 3 (additional)", "Four fishermen and their three sons were killed when the boat sank."),
      // "a couple" before "and" or a verb is the noun, two people, not "a couple of"
      e("killed 2; killed 2 (additional)", "A couple and their two children were found dead after a boiler leaked."),
      e("killed 2; killed 1 (additional)", "A couple and their baby were found dead in the flat."),
      e("killed 2", "A couple, both in their eighties, died when their cottage burned.", "A couple were found dead in the chalet."),
      // people out of homes a quake shook, sleeping in tents or outdoors, are displaced
      e("displaced 2300", "2,300 people slept in tents after the tremor.", "2,300 residents have spent the night outdoors.",
          "2,300 people spent the night in tents in the town square.",
          "2,300 villagers are living in tents."),
      // a couple of times, shots or rounds are the wounds, not the people
      e("injured 1", "The courier was shot a couple of times in the leg."),
      e("injured a couple[2..3]", "The gunman shot a couple of bystanders outside the bar."),
      // a toll only foreseen is none; one reached after the comma is
      e("killed 300 (update)", "Officials warned that the toll may climb further, having reached 300.",
          "The death toll, which officials fear could rise, stood at 300."),
      // people treated at the scene are hurt; people treated in hospitals are in hospital
      e("hospitalized 10; injured 3", "Ten people were hospitalized and 3 others treated at the scene after the gas leak."),
      e("hospitalized 48", "Officials said 48 people were still being treated in hospitals in Dhaka."),
      // the hurt who told of their injuries or came for care themselves
      e("injured 19", "Nineteen passengers reported minor injuries after the train braked hard.",
          "During the storm, 19 people sought medical treatment.",
          "Nineteen people sought treatment for cuts from broken glass."),
      // the new total of the figure told before it: "bringing the total to 5,600"
      e("evacuated 200; evacuated 5600 (update)", "Another 200 people were evacuated on Thursday, bringing the total to 5,600.",
          // the total may name what it counts: "the total number of ..."
          "Another 200 people were evacuated on Thursday, bringing the total number to 5,600.",
          "Another 200 people were evacuated on Thursday, bringing the total number of evacuees to 5,600."),
      e("affected 22; affected 310 (update)", "Clinics logged 22 new measles cases, bringing the total number of cases to 310."),
      e("killed 5; killed 52 (update)", "Five more bodies were recovered, bringing the total to 52."),
      // a span of time or place between the total and its "to"
      e("killed 9; killed 71 (update)", "Health officials counted nine measles deaths this week, bringing the total since the outbreak began to 71.",
          "Health officials counted nine measles deaths this week, taking the total this year to 71."),
      e("killed 2", "Two more people died, bringing the total since the war began to spread across the region."),
      e("arrested 9; arrested 45 (update)", "Nine more were detained, taking the total to 45 since Friday."),
      // a headline's person, without a determiner, of a fate besides death and wounds
      e("arrested 1", "Man arrested after stabbing in Leeds", "Teenager detained over Southport attack", "Suspect arrested"),
      e("rescued 1", "Schoolgirl, 14, rescued from River Thames"),
      e("missing 1", "Woman missing after boat capsizes", "Police appeal after pensioner reported missing"),
      e("hospitalized 1", "British tourist hospitalised after shark attack"),
      e("arrested 1; injured 5", "Man arrested after five injured in Nottingham attack"),
      // the story's own count of that fate is the better one
      e("arrested 3", "Man arrested after stabbing. Police said three people had been arrested."),
      e("rescued 1", "Boy, 12, rescued after falling into canal. A 12-year-old boy was rescued from the canal on Sunday."),
      e("injured 1; hospitalized 1", "Child hospitalized after being shot. A child was hospitalized Sunday with injuries after a shooting."),
      // British ways of telling people in hospital, and people a flood or a drought hit
      e("hospitalized 11", "Eleven people needed hospital treatment after the crush.", "Eleven people required hospital treatment.",
          "Eleven people were flown to hospital by air ambulance.", "Eleven people are being treated in intensive care.",
          "A total of 11 people were admitted to hospitals across the region."),
      e("affected ~2000000", "Around 2 million people have been hit by the floods."),
      // people moved out of a danger are evacuated, in either voice
      e("evacuated 40000", "The state government shifted 40,000 people to relief camps ahead of the cyclone.",
          "Authorities moved 40,000 residents to safer ground.", "Soldiers took 40,000 people to evacuation centres.",
          "40,000 people were shifted to safer locations.", "Boats ferried 40,000 villagers to safety."),
      // people who went missing or lost contact are missing
      e("killed 11; missing 4", "Eleven people were confirmed dead and 4 others lost contact after a mudslide hit a village.",
          "Eleven people died and four went missing."),
      e("missing 17", "The flash flood left 17 people out of contact.", "Seventeen people have gone missing since the storm."),
      // lakhs and crores, in words or in South Asian digit groups
      e("evacuated (200000..+inf)", "Over 2 lakh people were evacuated ahead of the cyclone.",
          "Over two lakh people were evacuated.", "More than 2,00,000 people were evacuated."),
      e("affected 12000000", "The floods have affected 1.2 crore people."),
      // people who lost, left or were driven from their homes are displaced
      e("displaced ~2000", "About 2,000 people lost their homes in the fire.",
          "Around 2,000 people were forced to leave their homes.", "Some 2,000 residents abandoned their homes."),
      e("displaced ~2000", "Some 2,000 herders have left their homes in search of grazing.",
          "About 2,000 villagers remain unable to return home.", "About 2,000 villagers are yet to return to their homes."),
      e("", "The two brothers left their homes at dawn.", "Both men were unable to return the stolen money."),
      e("displaced 500000", "The fighting has driven 500,000 people from their homes."),
      e("killed 3; displaced 40", "Three people lost their lives and 40 lost their homes."),
      e("killed 6", "Six more people succumbed to the disease over the weekend."),
      // a part of a group its participle names, and what befell the part after it
      e("killed 3", "Officials said 3 of the 11 missing had been found dead.", "Three of the 11 missing were found dead."),
      e("rescued 3", "Three of the 11 missing have been rescued."),
      e("hospitalized 2", "Two of the 40 evacuated were later hospitalized."),
      // more of the people brought out alive
      e("rescued 3", "Rescuers found three more survivors on Tuesday.", "Rescuers pulled three more people alive from the rubble.",
          "Firefighters brought 3 more residents to safety."),
      // what put people in hospital, in the active voice
      e("hospitalized 50", "The virus has hospitalized 50 people in the state."),
      e("affected 400; hospitalized 50", "The outbreak sickened 400 people, hospitalising 50."),
      e("hospitalized 40; killed 3", "The flu hospitalized 40 and killed 3."),
      e("killed 2; injured 3", "Police charged a man over the shooting that killed two people and hospitalized three."),
      e("killed 2; injured 3", "Prosecutors charged a teenager over the shootings that killed two people and hospitalized three."),
      // people not yet accounted for are missing
      e("missing 12", "Twelve people are yet to be accounted for.", "Twelve people remain unaccounted-for.",
          "Twelve people are still listed as missing."),
      // a toll a modal estimates now, not a rise it foresees, is a toll told
      e("killed 250", "Elders estimate the toll could be as high as 250."),
      // a count of homes told again in people is the people's figure
      e("affected 26500", "The monsoon rains have affected 5,300 families, or 26,500 people, in six districts.",
          "Landslides affected 5,300 households (26,500 people) across the province."),
      e("displaced ~9000", "The cyclone displaced 1,800 families, or about 9,000 people.",
          "Some 1,800 households, or about 9,000 people, have been displaced, the agency said."),
      e("evacuated 9000", "About 1,800 families (9,000 people) were evacuated from the coast."),
      // the dead in South Asian usage, and a toll of deaths named by their cause
      e("killed 2; killed 3 (additional)", "Two labourers died on the spot and three others succumbed in hospital."),
      e("killed 8", "The district administration gave 4 lakh rupees to the kin of each of the 8 deceased.",
          "Eight deceased were identified by their relatives."),
      e("killed 120 (update)", "Heat-related deaths have risen to 120 this month.", "Heatstroke deaths in the state reached 120 on Monday."),
      e("killed 3", "Three other passengers later succumbed.", "Three of them succumbed at the district hospital."),
      // people dug or fished out alive, with the particle before them, are rescued; bodies are the dead
      e("rescued 7", "Soldiers dug out seven survivors from the snow.", "Boatmen fished out 7 people alive from the river.",
          "Divers pulled out seven survivors from the hull."),
      e("killed 5", "Rescuers dug out five bodies on Monday.", "Villagers fished out 5 bodies from the lake."),
      e("evacuated 14000", "Evacuation orders now cover 14,000 residents in three valleys."),
      // a number of days after "past" in a toll's words counts time, not the dead
      e("killed 6; killed 19", "Six more people died of heatstroke on Monday, taking the toll in the past two days to 19."),
      e("killed 19 (update)", "The toll over the past 3 days has risen to 19."),
      // a person taken into custody after "took" is arrested; taken elsewhere, not
      e("arrested 1", "Police took the restaurant's owner into custody.", "Officers took him into police custody at the scene."),
      e("arrested 2", "Police took the contractor and his son into custody."),
      // an outbreak's treatment centres are its hospitals; a place before "died" names the dead
      e("hospitalized 438", "So far 438 patients have been admitted to cholera treatment units.",
          "438 children are in treatment centres in the two districts."),
      e("killed 3", "Three patients in treatment centres died overnight.", "Three people in hospital died on Sunday."),
      // people living in displacement camps or sites are displaced
      e("displaced ~64000", "Around 64,000 of them live in 85 displacement sites.",
          "Some 64,000 people remain in displacement camps near the border.", "About 64,000 villagers are living in makeshift camps.",
          "Around 64,000 people live in IDP camps around the city."),
      e("killed 4", "Four people in displacement camps were killed by shelling."),
      // another claimant's count of the figure before, "put the figure at" or "put it at", is a figure of its kind
      e("killed [170..+inf); killed 182", "At least 170 people have died, the ministry said, while the Red Cross put the figure at 182."),
      e("injured 40; injured 60", "Officials said 40 people were injured, but local media put it at 60.",
          "Officials said 40 people were injured, but local media put the number at 60."),
      // a place counting its dead lists other places with their numbers alone
      e("killed 6; killed 4 (additional); killed 2 (additional)", "Sirajganj recorded six deaths, Pabna four and Natore two.",
          "Sirajganj district reported 6 deaths, Pabna 4, and Natore 2."),
      // people undergoing treatment or in the ICU are in hospital; people brought dead are dead
      e("hospitalized 12", "Twelve workers are undergoing treatment at the district hospital.", "Twelve of the injured are in the ICU.",
          "12 people were admitted to the intensive care unit."),
      e("killed 8", "Eight people were declared brought dead at the civil hospital.", "Eight were brought dead to the hospital."),
      e("killed 2", "Two men undergoing treatment for burns died on Sunday."),
      // the homeless a disaster left after its dead and hurt
      e("killed 9; displaced 200000", "The cyclone left nine dead and 200,000 homeless.", "Cyclone leaves 9 dead, 2 lakh homeless"),
      // left without shelter or a home is homeless; without power or water is not; people still in shelters are evacuated
      e("displaced 7000", "The quake damaged 2,400 homes and left 7,000 people without shelter.",
          "The floods left 7,000 residents without a home."),
      e("", "The storm left 50,000 people without power.", "The blast left 7,000 households without water."),
      e("evacuated 16000", "Sixteen thousand people remain in shelters.", "16,000 people are still in temporary shelters."),
      e("killed 12; injured 40; displaced 3000", "The storm left 12 dead, 40 injured and 3,000 homeless."),
      // people ordered out of their homes or the area are evacuated
      e("evacuated 4500", "4,500 residents were ordered out of their homes as the fire spread.",
          "4,500 people were ordered to leave the area on Sunday."),
      // the people held to account after a disaster
      e("arrested 3", "Police detained the mine's legal representative and two shift managers."),
      e("arrested 1", "Police arrested the landlord of the collapsed building."),
      // a person's own verb, then "and" and the arrest: the person is arrested
      e("arrested 1", "The bus driver fled the scene and was later arrested.",
          "The factory owner surrendered at a police station and was taken into custody.", "The guard fled and was detained on Friday."),
      // "but" joins the person's own verb to the arrest as "and" does
      e("arrested 1", "The van driver fled on foot but was arrested two hours later.",
          "The suspect tried to escape but was detained by passers-by."),
      e("", "The shooter fled but has not been arrested.", "The cyclist stopped but was not detained."),
      // people taken in or away for questioning or investigation are arrested, as people held for questioning are
      e("arrested 23", "Twenty-three men were taken in for questioning after the brawl.",
          "23 people were taken away for investigation, the city's public security bureau said."),
      // a passive of the person's own after "was", then "and" and the arrest with "was" left out
      e("arrested 1", "The gunman was tracked down a short time later and taken into custody.",
          "The stolen car's driver was found hiding in a shed and arrested."),
      e("injured 1; arrested 1", "The lorry driver was treated at the scene and then arrested."),
      e("injured 1", "The cyclist was hurt in the fall and will be questioned by police."),
      e("injured 1", "The rider was injured and was not detained."),
      // a hospital told by its name, and the patients a hospital admitted
      e("hospitalized 14", "Fourteen workers were admitted to Rajshahi Medical College Hospital.",
          "14 passengers were rushed to the Civil Lines Hospital.", "Fourteen of them were shifted to a hospital in Multan.",
          "Fourteen children were referred to the district hospital.", "The district hospital admitted 14 patients overnight.",
          "Two clinics in the camp have admitted 14 children with burns."),
      // a caption's "1 of 5" before a sentence's count is no count of the sentence's people
      e("hospitalized 2", "Image 1 of 5 Two women were taken to Grady Memorial Hospital."),
      // people staying in relief camps, safety centres or shelters, counted or not, are evacuated
      e("evacuated 8400", "8,400 people from 2,100 families are staying in 63 relief camps.",
          "8,400 villagers are sheltering in 120 evacuation centres.", "8,400 people are in relief camps in Sylhet.",
          "8,400 residents are staying in 17 safety centres, the disaster agency said.",
          "8,400 people are staying in temporary shelters.", "8,400 people were living in relief camps, the authority said.",
          "8,400 villagers are living in 35 evacuation centres."),
      // a place after the people names them; what follows is the news
      e("injured 3", "Three people in evacuation centres were injured when a wall fell.",
          "Three people in critical condition were taken to hospital."),
      e("arrested 12", "Police said 12 men in relief camps were arrested for looting."),
      // persons joined by "and" after an arrest verb add up; a person told in a relative clause is one
      e("arrested 3", "Police arrested the contractor and two site engineers on Friday.",
          "Officers detained the factory owner and two supervisors, officials said."),
      e("arrested 2", "Police arrested the owner and the manager of the brick kiln."),
      e("arrested 1", "A case was filed against the temple's chief trustee, who was detained on Sunday."),
      e("arrested 1; injured 3", "Police detained the bus driver, and three passengers were treated for cuts."),
      // people still looked for are missing; people fished out alive are rescued
      e("missing 9", "Nine fishermen are still being searched for.", "Nine passengers remain untraced.",
          "Nine workers are yet to be found, the fire service said.", "Nine villagers are yet to be traced."),
      e("rescued 23", "Twenty-three passengers were fished out alive by boatmen.",
          "23 people were fished out of the river alive."),
      e("killed 4", "Four bodies were fished out of the canal."),
      // a part of a group its outcome names counts the group; a part of two or more that "were" tells who they
      // were is a part of it, as "including two foreigners" is; one person is no part
      e("injured 2 (subtotal); injured 9", "Officials said 2 of the 9 injured were foreigners.",
          "Two of the nine people injured were foreigners.", "Two of the nine injured were foreigners."),
      e("injured 9", "One of the 9 injured is in critical condition.", "One of the nine injured was a foreigner."),
      e("killed 2 (subtotal)", "Two of the dead were from the same family.", "Two of the dead were teachers."),
      e("injured 3 (subtotal)", "Three of the wounded are children, the hospital said."),
      // the whole group told again, or what befell the part, is no part of it
      e("injured 4", "Four cooks were injured. All four of the injured were kitchen staff."),
      e("", "Two of the wounded were discharged on Friday.", "Four of the dead were buried on Sunday."),
      // the part's own outcome is the news ("were among the dead"); the rest told, who a part was not, or a part
      // larger than its group is no part of it
      e("killed 2", "Two of the injured were among the dead."),
      e("", "All but two of the dead were civilians.", "Two of the dead were neither soldiers nor police."),
      e("killed 17", "Twenty of the 17 people killed were police officers."),
      e("killed 21", "The bus driver was one of the 21 people killed.", "One of the 21 passengers killed was a child.",
          "The driver was one of the 21 dead.", "One of the twenty-one people killed was a police officer."),
      e("missing 12", "He is one of the 12 miners still missing."),
      // a finite verb or an outcome of another kind after the group is the part's news
      e("killed 1", "One of the four died.", "One of the three victims died in hospital."),
      e("killed 2", "Two of the 17 injured died in hospital."),
      // an outbreak's cases told with a kind or a disease are its affected
      e("affected 1035; killed 174", "Health authorities have recorded 1,035 confirmed cases and 174 deaths."),
      e("affected 4850", "Medics have logged 4,850 suspected cholera cases in the camp.",
          "Medics have logged 4,850 measles cases in the camp."),
      e("affected (50000..+inf)", "More than 50,000 probable cases have been reported."),
      // refugees a camp or a country takes in are displaced, as are the displaced it shelters
      e("displaced (1200000..+inf)", "Chad now hosts more than 1.2 million Sudanese refugees.",
          "Uganda is hosting more than 1.2 million refugees."),
      e("displaced ~190000", "The camp shelters some 190,000 displaced people."),
      // a situation report's sites are shelters
      e("evacuated ~9000", "About 9,000 people are sheltering in 14 collective sites, including schools."),
      e("evacuated ~27000", "Some 27,000 people remain in 96 temporary accommodation sites.",
          "Some 27,000 people are staying in 96 evacuation sites."),
      // scare quotes round an army's word read as the word itself
      e("killed 25", "The army said it had \"neutralised\" 25 assailants in a counter-offensive.",
          "The army said it had 'neutralised' 25 assailants in a counter-offensive.",
          "The army said it had \u201cneutralised\u201d 25 assailants in a counter-offensive."),
      e("killed 60", "The army said 60 \"terrorists\" were killed in its response."),
      e("injured several dozen[36..108]", "\"Several dozen\" were injured in the blast."),
      // a word of the group's own after the number leaves it bare, quoted as it was
      e("killed (30..+inf)", "The attack, it said, killed over 30 \"apostates\" in the town."),
      // the harm of a heatwave or a leak told by what people were treated for, and care on the spot
      e("injured (900..+inf)", "Over 900 people were treated for heat-related illness in the city's hospitals.",
          "Over 900 people were treated for heat illnesses during the week."),
      e("injured 14", "Fourteen staff were treated for gas inhalation.", "Fourteen staff were treated for inhalation.",
          "Fourteen pupils were treated for dehydration after the march."),
      e("injured 35", "Thirty-five runners were treated on site by first-aid crews.", "35 fans were treated on scene."),
      // moved on from the first hospital is in hospital
      e("hospitalized 4", "Four of the wounded were transferred to a trauma centre in the capital."),
      e("hospitalized 4; hospitalized 2 (subtotal)",
          "Four of the injured, two of them toddlers, were transferred to the regional hospital."),
      // "admitted" with the hospital told before, as a passive
      e("injured ~300; hospitalized 45", "About 300 people were treated for heatstroke in hospitals and 45 were admitted.",
          "About 300 people were treated for heatstroke and 45 were admitted overnight."),
      // in a report of a shooting, people "hit" or "struck" with nothing after are people shot
      e("injured 7", "Shots rang out near the skate park. Seven people were hit, police said.",
          "Shots rang out near the skate park. Seven people, ranging in age from 15 to 24, were hit.",
          "Shots were fired from a car. Seven were struck."),
      e("injured 3", "Three students, ranging in age from 15 to 17, were shot."),
      // one person hit in the body in a report of a shooting
      e("injured 1", "Shots were fired outside the club. The doorman was struck in the shoulder.",
          "Police said shots came from a passing car. A cyclist was hit in the leg."),
      // British usage: a condition with "a" is a condition
      e("injured 2", "Two men remain in a critical but stable condition.", "Two men are in a serious condition in hospital.", "Two men are in serious but stable condition."),
      e("injured 2; hospitalized 2", "Two men were airlifted to hospital in a serious condition."),
      e("injured 1; hospitalized 1", "A pedestrian was taken to hospital in a life-threatening condition."),
      // one person told by a noun with "the" or by name, taken to hospital
      e("hospitalized 1", "The cyclist was airlifted to hospital.", "The caretaker, aged 67, was taken to Wexford General Hospital.",
          "The landlord, 58, has been flown to a trauma centre in Cork.", "Murphy was later taken to the regional hospital.",
          // taken in with no wound told: in hospital, not hurt (these were negatives of the wound rules)
          "The driver was taken to a hospital after the crash.",
          "The victim was taken to a hospital where his condition was not known."),
      e("killed 1", "The cyclist was airlifted to hospital, where he died."),
      // a death told after the stay is the death of the person hurt first, the stay stays
      e("killed 1; hospitalized 1", "A boy was shot in the chest. The boy was airlifted to a trauma centre. The boy died on Sunday."),
      // a part of those treated, rescued or in hospital, named by the participle after "those"
      e("hospitalized 2", "Two of those treated were taken to hospital as a precaution.",
          "Two of those rescued were flown to hospital.", "Two of the rescued were taken to hospital.",
          "Two of those injured were taken to hospital."),
      // people trapped still when the report is told are missing; people trapped at first are no figure
      e("missing 8", "Eight workers remain trapped.", "Crews were drilling to reach the eight workers who remain trapped.",
          "Eight miners remained trapped on Sunday night."),
      // places whose names end as people's nouns do ("Tennessee", "Denver") still list their numbers
      e("killed 7; killed 3 (additional); killed 2 (additional)",
          "Denver recorded seven deaths, Manchester three and Leicester two.",
          "Tennessee reported seven deaths, Kentucky three and Mississippi two."),
      // people rescued and then cared for are rescued and in hospital, or hurt
      e("rescued 9; hospitalized 9", "Nine climbers were rescued and taken to hospital.",
          "Nine climbers were rescued by a helicopter crew and later airlifted to hospital."),
      e("rescued 4; injured 4", "Four swimmers were rescued by lifeguards and treated for hypothermia."),
      e("rescued 4", "Four swimmers were rescued and taken to the harbour."),
      // a harm told as suffered: cuts, bruises, heat, cold, a concussion
      e("injured 3", "Three officers suffered minor cuts.", "Three officers suffered cuts and bruises.",
          "Three firefighters suffered heat exhaustion.", "Three hikers were suffering from hypothermia.",
          "Three players sustained lacerations."),
      // an aside ends where its people's own verb comes, even one of no casualty, and a later count has its own predicate
      e("hospitalized 6 (subtotal); hospitalized 35",
          "Elders said 20 people, including six children, were buried on Monday and that 35 more were being treated in hospital."),
      e("killed 5; killed 1 (subtotal)", "Five people, including a district official, have been waylaid and killed."),
      // captives still held are missing, whoever else was freed; captives told freed are none
      e("missing 14", "Gunmen freed 23 of the passengers on Monday, but 14 are still held hostage.",
          "Gunmen released 23 of the passengers, and 14 remain held hostage."),
      e("missing 14; rescued 9", "Fourteen hostages remain held captive after nine were freed."),
      // victims never found are missing, years on
      e("missing 2", "Two victims were never found.", "Two of the climbers have never been found.",
          "Two victims have never been recovered."),
      e("killed 270; missing 2", "The collapse killed 270 people, and 2 victims were never found."),
      // people treated for the heat are hurt, as people treated for burns are
      e("injured 210", "Emergency rooms treated 210 people for heat stroke and dehydration.",
          "Volunteers treated 210 marchers for dehydration.", "Medics treated 210 pilgrims for heat-related illness."),
      // a city's count of homicides is a running tally of its dead, and leaves a death told beside it this incident's
      e("killed 118 (cumulative)", "The city has recorded 118 homicides this year.", "The city has recorded 118 homicides so far this year."),
      e("killed 150 (cumulative)", "The city had 150 homicides last year.", "There were 150 homicides in the city last year."),
      e("killed 64 (cumulative); killed 1", "The county has had 64 homicides this year. A gunman shot and killed the boy outside his home."),
      // a group after "and" with an auxiliary and a predicate of its own is a clause's subject, not an object
      e("arrested 40; injured 6", "Police detained 40 fans and six officers were hurt in the scuffles.",
          "Riot police arrested 40 youths and 6 officers were injured."),
      e("killed 3; injured 2", "The shelling killed three soldiers and two medics were wounded."),
      e("killed 3; killed 2 (additional)", "The shelling killed three soldiers and two medics sheltering nearby."),
      // a part told before "out of" is the figure, not the group it is counted of
      e("injured 3", "Three out of 40 passengers were injured.", "Three out of the 40 passengers were hurt."),
      e("arrested 6", "Six out of 11 detainees who broke out on Friday have been rearrested."),
      // an outbreak's cases told with the disease after "of", or beside its deaths, are its affected
      e("affected 2700", "Clinics have logged 2,700 cases of measles since March.", "Clinics have logged 2,700 cases of dengue fever."),
      e("affected (12000..+inf)", "More than 12,000 cases of heat stroke were reported during the heatwave.",
          "More than 12,000 heatstroke cases were reported during the heatwave."),
      e("affected 880; killed 17", "Officials confirmed 880 cases and 17 deaths in the district.",
          "Surveillance teams logged 880 potential cases and 17 deaths."),
      // a life told lost counts one dead, and none lost counts nobody
      e("killed 1", "A life was lost when the ferry overturned.", "One life was tragically lost in the blaze."),
      e("killed 3", "Three lives were tragically lost on the crossing."),
      e("killed 0", "No lives were lost when the roof gave way.", "No life was lost in the blaze."),
      // a person's relative clause may tell the hurt
      e("injured 1", "The cashier, who was shot in the shoulder, is expected to recover.",
          "A passer-by, Tom Reyes, who was wounded by flying glass, spoke to reporters."),
      // a part of the casualties, and wounds a count of people had
      e("injured 7", "Seven of the casualties were hurt by shrapnel.", "Seven people had bullet wounds."),
      // groups listed after a count's predicate that add up to it are its parts
      e("killed 11; killed 6 (subtotal); killed 5 (subtotal)", "Eleven passengers died, six men and five women."),
      e("injured 10; injured 3 (subtotal); injured 4 (subtotal); injured 3 (subtotal)",
          "Ten people were injured, three guards, four visitors and three children."),
      e("killed 10", "Ten people were killed, six men and two women.", "Ten people were killed, six men and four women from the town."),
      // bare cases logged in a report that names its outbreak before them are the outbreak's
      e("affected 1450", "Measles is spreading in the camps. Clinics say 1,450 cases were recorded last week.",
          "The cholera outbreak has reached the coast, where 1,450 cases have been confirmed."),
      // so are new cases, and cases said to exist, and a number of cases named by their disease
      e("affected 85", "A cholera outbreak hit the valley. There are 85 cases in the district now.",
          "Dengue is spreading in the delta. Clinics saw 85 new cases this week."),
      e("affected 1", "Measles reached the island, and the clinic found one new case on Friday."),
      e("affected 1900 (update)", "The number of cholera cases rose to 1,900."),
      // a breakdown by place, each number in brackets after its place, counts parts of what the sentence names first
      e("killed 41 (subtotal); killed 37 (subtotal); killed 22 (subtotal)",
          "Malaria deaths were highest in Kasai (41), Kwilu (37) and Tshopo (22)."),
      e("affected 1120 (subtotal); affected 940 (subtotal)", "Most cholera cases were logged in Sanaag (1,120) and Bari (940)."),
      // a part of deaths or cases told by where it was logged is counted in their noun
      e("killed 30; killed 12 (subtotal)", "The storm caused 30 deaths, including 12 reported in the capital."),
      e("affected 3000; affected 400 (subtotal)", "Officials logged 3,000 cases of measles, including 400 confirmed in the capital."),
      // a toll that rose by a number counts that many more
      e("killed 12 (additional)", "The death toll rose by 12 on Tuesday.", "The number of deaths climbed by 12 overnight."),
      e("killed 40 (update)", "The death toll rose by 12 to 40 on Tuesday."),
      // captives taken beside others killed stay missing: the dead are a group of their own
      e("missing 30; killed 8", "Raiders abducted 30 herders and killed eight others.",
          "Raiders abducted 30 herders and killed eight guards."),
      // a police blotter's booking is an arrest
      e("arrested 4", "Four men were booked into the county jail on Saturday.",
          "Four teens were booked on suspicion of car theft.", "Deputies said four suspects were booked on burglary charges."),
      e("arrested 1", "The driver was booked into the Lake County Jail.", "She was booked on charges of fraud."),
      // infections told with the disease are an outbreak's affected
      e("affected 6200; killed 31", "The province has logged 6,200 dengue infections and 31 deaths."),
      // captives taken or held by captors are missing
      e("missing 15", "Rebels took 15 aid workers hostage near the border.", "The gunmen are holding 15 villagers captive.",
          "Pirates took 15 hostages when they boarded the tanker."),
      // a part told after a comma, "of them" and who they were, or how badly the hurt were hurt
      e("killed 11; killed 4 (subtotal)", "The landslide killed 11 people, four of them children."),
      e("injured 48; injured 9 (subtotal)", "The explosion injured 48 workers, nine of them critically.",
          "Forty-eight workers were injured in the explosion, nine of them critically."),
      // people burned past knowing are dead
      e("killed 9", "The tanker exploded, burning nine passengers beyond recognition.",
          "The blaze charred nine traders beyond recognition."),
      // people charged with a crime are brought in, in the active voice as in the passive
      e("arrested 3", "Detectives have charged three brothers with arson.", "Prosecutors charged three officials with fraud on Monday."),
      // the sick of a meal, told with food poisoning or "fell sick", are affected as "fell ill" was
      e("affected (60..+inf)", "More than 60 pupils suffered food poisoning after the school lunch.",
          "More than 60 guests fell sick after the banquet.", "More than 60 pupils took ill after the midday meal."),
      e("affected dozens[24..99]", "Dozens of hostel students were suffering from food poisoning on Friday."),
      // "reported as missing" as "listed as missing"
      e("killed 3; missing 2", "Three fishermen drowned and two others were reported as missing."),
      // a participle of the hurt in a list after the count, as "one seriously injured" was
      e("injured 3", "The bus overturned, with three passengers sustaining serious injuries.",
          "The roof gave way, with three workers suffering minor injuries."),
      // people accused of a crime, as people suspected of it, and the trade's bosses, are arrested
      e("arrested 4", "Four men accused of brewing the toxic liquor were arrested.",
          "Police arrested four bootleggers on Sunday."),
      e("arrested 1", "The kingpin of the liquor racket was arrested late on Monday.",
          "The chief supplier, a tea-stall owner, was arrested on Friday.", "The prime accused, a tea-stall owner, was arrested on Friday.",
          "The man accused of the attack was arrested on Sunday."),
      e("arrested 5", "Police arrested five accused on Tuesday.", "Five accused have been arrested so far."),
      // a toll told "initially" or "at first" gives way to the update the same sentence tells
      e("killed [4..+inf) (previous); killed 7 (update)",
          "At least four miners had died initially, but the count rose to seven after rescuers reached the lower shaft."),
      e("killed 8 (previous); killed 10 (update)", "Eight people were reported dead at first, but the toll rose to ten by evening."),
      // with no update after it, the first toll is the one there is
      e("killed 6", "Six people died initially in the blast, officials said."),
      // after another people noun, "accused" is a participle of the people counted
      e("killed 3", "Troops killed three villagers accused of helping the rebels."),
      // people rescued with their injuries told right after are hurt as well
      e("rescued 3; injured 3", "Firefighters rescued three children with minor burns.",
          "Three hikers were rescued with minor injuries.", "Divers pulled three passengers alive with serious head injuries."),
      e("rescued 4", "Rescuers pulled four workers from the rubble, all without injuries.",
          "Four climbers were rescued with their dog."),
      // a part after a comma may open with "with" or tell its people with "of whom were"
      e("killed 9; killed 4 (subtotal)", "The blast killed nine workers, with four of them women.",
          "The blast killed nine workers, four of whom were women."),
      e("injured 57; injured 12 (subtotal)", "The blast injured 57 workers, with 12 of them critically."),
      // "more" after a part adds to the toll the part is of; "other" people stay a count of their own
      e("killed 9; killed 4 (subtotal); killed 2 (additional)",
          "The blast killed nine workers, four of them women, and two more died later."),
      e("injured 9; injured 4 (subtotal); injured 3 (additional)",
          "The blast injured nine workers, including four women, and three more were hurt later."),
      e("killed 9; killed 4 (subtotal); injured 2",
          "The blast killed nine workers, four of them women, and two other people were hurt."),
      // a body counted before "body of" is one dead, told once
      e("killed 1", "Another body of a child was found near the bank.", "One more body of a hiker was found below the ridge."),
      e("killed 1", "The body of a woman was found on Tuesday."),
      // a part after ", with" told by where its people came from
      e("killed 20; killed 12 (subtotal)", "The blast killed 20 people, with 12 from the same village.",
          "The blast killed 20 people in the market, with 12 victims belonging to one clan."),
      e("injured 25; injured 10 (subtotal)", "The bus crash injured 25, with ten passengers from Kerala."),
      // with a fate of their own after them, they are no part
      e("killed 10", "Ten people died, with three from the village still missing."),
      // military usage, active: a participle or a noun of martyrdom before the people counted
      e("killed 4", "Insurgents fired on the convoy, martyring four soldiers near the pass.",
          "The raid led to the martyrdom of four guards at the outpost."),
      e("killed 2; injured 5", "Attackers stormed the post, martyring two constables and injuring five others."),
      // the dead counted as martyrs, by a health ministry or an army, as a noun or a number's noun
      e("killed 12; injured 40", "The hospital received 12 martyrs and 40 injuries overnight."),
      e("killed 7", "Seven martyrs were brought to the clinic before dawn."),
      e("killed 310 (update)", "The number of martyrs rose to 310 on Friday."),
      // a count compared with the figure before it, its noun left out, counts what that figure counts
      e("killed 57; killed 73", "In all, 57 patients died of typhoid, fewer than the 73 recorded a year earlier."),
      e("killed 40; killed 31 (previous)", "The storm killed 40 people, up from the 31 reported on Monday."),
      // a part told by a relative clause, with no noun, is a part of the count before it
      e("killed 5; killed 3 (subtotal)", "Five people died, including three who were trapped in the car."),
      e("killed 4; killed 3 (subtotal)", "Medics received four bodies (including three who were found in a ditch) overnight."),
      // one person who embraced martyrdom or laid down a life is dead, and so are those along with them
      e("killed 1; killed 4 (additional)", "A captain embraced shahadat along with four of his guards."),
      e("killed 1", "Major Ali Noor laid down his life for the country."),
      // a share with its count in brackets after its predicate counts that many
      e("hospitalized 27", "Among the patients, 9% were hospitalized (27 of 300)."),
      e("killed 41", "About 12 percent died (41 of 340), the ward's audit found."),
      // fighters an army says it eliminated are dead
      e("killed 12", "Security forces eliminated 12 militants in the raid.", "Twelve insurgents were eliminated near the border."),
      e("killed 300", "Police said 300 outlaws were eliminated in the operation."),
      // "eliminating five of them": fighters named before in the sentence; a coach's players are no fighters
      e("killed 5", "Troops fired on the attackers, eliminating five of them."),
      e("", "The coach picked six players, eliminating two of them after the trial."),
      // an army's "eliminated" is a killing whoever it counts; struck "from" a list it is none (see NEGATIVE)
      e("killed [30..+inf)", "Troops backed by helicopters eliminated at least 30 people near the border.",
          "The army said it had eliminated at least 30 people in the hideout."),
      // forces named only in another sentence, as a speaker, or people eliminated "as" something: no killing
      e("", "Detectives eliminated 11 men as suspects.", "Navy to hire more cadets\nThe board eliminated 45 applicants "
          + "after the written exam.", "The police commissioner said the new vetting eliminated 45 applicants."),
      // the dead told by a participle after them
      e("killed [40..+inf)", "The year was grim, with at least 40 guards losing their lives on duty."),
      // the deceased, like the dead, named in parts after the count
      e("killed 4; killed 2 (subtotal)", "Four miners died in the flood. Among the deceased, two were brothers from Oruro."),
      // a zero told as a count stays a count
      e("killed 0", "Zero deaths were recorded over the long weekend."),
      // a statistic's count after its noun and one word of its kind, with "stood at" too, and an outbreak's cases
      e("killed 58", "Typhoid deaths stood at 58.", "Typhoid deaths totalled 58 over the season."),
      e("killed 212; injured 1040", "Road deaths numbered 212 in the year, and injuries numbered 1,040."),
      // "up from" a count of another period compares, and supersedes nothing; from the toll before it does
      e("affected 9100; affected 7400", "Health officers counted 9,100 cholera cases by June, up from 7,400 cholera cases a year earlier."),
      e("affected 9100; affected 8800 (previous)", "Health officers counted 9,100 cholera cases by Sunday, up from 8,800 cholera cases a week ago."),
      e("affected (20000..+inf)", "Cholera returned to the coast. In 2017, when cases totalled more than 20,000, wards overflowed."),
      // the disappeared, counted as a noun
      e("missing 3400 (cumulative)", "Rights groups have documented 3,400 enforced disappearances since 2019."),
      e("missing 860", "The commission recorded 860 disappearances in the province."),
      // one person hurt told as a wound received, after a phrase of where they serve
      e("injured 1", "A prison warder received a bullet injury to his arm.",
          "One officer received a minor injury during the arrest."),
      // deaths counted lower than before state the new count, as a rise does
      e("killed 212", "Road deaths fell from 260 last year to 212 over the long weekend.",
          "Over the holiday, fatalities were reduced to 212 from 260."),
      e("killed 45", "Drowning deaths dropped to 45 this summer, lifeguards said."),
      // "those killed" names the dead as "the dead" does, and a comma may stand before the list
      e("killed 5; killed 4 (additional)", "Those killed included five herders and four traders, the chief said.",
          "Those who were killed included five herders and four traders.",
          "The dead included, five herders and four traders."),
      e("killed 6; killed 2 (subtotal)", "Six people were killed. Those who died included two nurses."),
      // a change noun before the deaths it counts, with the new count after "to"
      e("killed 31 (update)", "Officials noted an increase in drowning deaths to 31 this year.",
          "Rescuers reported a rise in deaths to 31 from 19 a year earlier."),
      e("killed 58", "Officials welcomed a drop in road fatalities from 77 to 58 over the festive period."),
      // a blow to a person told, then "to death": the person is dead
      e("killed 1", "A trader stabbed his business partner to death after an argument, police said.",
          "Villagers beat the suspected thief to death on Sunday.", "The farmer hacked his neighbour to death."),
      e("killed 2", "Police said the man clubbed his mother and sister to death."),
      // a killer who hanged himself after the killing is one more dead
      e("killed 1; killed 1 (additional)", "A man killed his wife and then hanged himself, police said."),
      e("killed 3; killed 1 (additional)", "The father killed his three children before hanging himself in the barn."),
      // a fall or a fate told as a death
      e("killed 2", "Two welders fell to their deaths from the scaffolding on Tuesday.",
          "Two porters met their deaths when the cable snapped."),
      e("killed 1", "A labourer fell to his death from the fourth floor.", "The crane operator plunged to his death.",
          "A cleaner met her death in the lift shaft."),
      // a period's own total after a figure of the sentence is a figure of its category, as "last year's toll of" is
      e("killed 9; killed 15", "Nine people drowned this summer, fewer than last season's total of 15."),
      // after "down from" it is the earlier figure the new one replaces, as any number there is
      e("killed 9; killed 15 (previous)", "Nine people drowned over the holiday, down from last year's total of 15."),
      // a statistic's count stated with a verb of number right after its noun; a list counts several periods
      e("killed 64", "Deaths numbered 64 in the first week of the campaign.", "Fatalities totalled 64 in the district."),
      e("killed 31 (cumulative); killed 8 (cumulative)", "In the two earlier polls, fatalities totalled 31 and 8, the monitors said."),
      // a number of people after "and" counts a group of its own, not one more period
      e("killed 64; missing 12", "Deaths numbered 64 and 12 people remain missing."),
      e("killed 5", "Five deaths were confirmed: Omar Haddad (45), his wife Lina (38) and their son Sami (9)."),
      e("killed 4", "Four people were killed when the ferry, carrying more than the 40 registered passengers, capsized."),
      e("killed 11", "Eleven people were killed on Saturday; the club said the crowd was lower than the 80 registered."),
      e("killed 40", "The campaign aims at zero road deaths, but 40 people died last year."),
      e("injured 210 (cumulative); injured 95 (cumulative)", "Injuries were 210 and 95 in those years."),
      // the noun of "lose a life": the loss of a number of lives is a count of the dead
      e("killed 9", "A gas explosion at the bottling plant resulted in the loss of nine lives."),
      e("killed [14..+inf)", "Flash floods caused the loss of at least 14 lives across the valley, officials said."),
      // the loss of soldiers is their death; a firm's loss of customers or engines is none, and a city's loss of
      // children "to gun violence" may sum many incidents
      e("killed 7", "The regiment grieved over the loss of seven soldiers in the raid."),
      e("", "The firm reported the loss of 300 customers last year.", "The loss of two engines forced the plane down.",
          "The city was stunned by the loss of three children to gun violence this week.",
          "The county fears the loss of 25 sheriff's deputies to pension cuts.",
          "The pullout means the loss of 800 troops from the border zone.", "The navy admitted the loss of two bombers at sea."),
      // nouns of people no suffix tells
      // people pulled out alive beside bodies counted or named as others' are rescued
      e("rescued 12; killed 3", "Firefighters pulled 12 workers from the rubble and retrieved the bodies of three men."),
      // an ordinal with no noun counts one more: the dead reach the toll, the hurt are one hurt
      e("killed 2; killed 3 (update)", "Two climbers died on the ridge and a third died later in a clinic."),
      e("killed 2; injured 1", "Two guards were killed and a third was wounded."),
      e("", "A third of the residents were displaced.", "The club lost a third game in a row.",
          "Almost a fifth died in the famine years.", "A third died of old age, the census found."),
      e("killed 1; injured 1", "A porter was killed and a second was wounded."),
      // "suffered" an illness and died: no harm done, no casualty
      e("", "The retired judge suffered a stroke and died at home.", "The singer suffered a long illness and died at 79."),
      e("killed 9", "Nine army auxiliaries were killed in the attack.", "Nine deckhands were killed in the blast.",
          "Nine townspeople were killed in the blast.", "Nine midwives were killed in the blast."),
      // a group named by its fate, hurt or dead, before the part it includes
      e("injured 6; injured 2 (subtotal)", "Six spectators were hurt when the stand gave way. Among the injured are two teenagers."),
      e("injured 3", "Among the wounded are three volunteers from the relief convoy."),
      e("killed 11; killed 1 (additional)", "The fatalities included 11 porters and a cook."),
      // parts of a group the sentence opens with, each a bare number and "to be"
      e("killed 17; killed 9 (subtotal); killed 8 (subtotal)",
          "Of the 17 people who drowned, nine were traders and eight were farmers heading to market."),
      e("injured 40; injured 12 (subtotal); injured 3 (subtotal)",
          "Of the 40 people hurt, 12 are children and three are in a critical state."),
      e("killed 30", "Of the 30 people who died in the pile-up, 12 cars were burnt out."),
      // a hurt that killed is a death, not a hurt
      e("killed 2", "Two welders suffered fatal burns when the tank blew apart."),
      e("killed 1", "A welder suffered fatal burns when the tank blew apart."),
      // charges brought against people count them as charged with a crime, and a group after them shares the verb
      e("arrested 14", "Prosecutors filed charges against 14 people over the riot."),
      e("arrested 14; arrested 2 (additional)", "Prosecutors filed charges against 14 people for looting and two for arson."),
      // a group after "with" whose participle only finds or counts them shares the fate of the figure before
      e("killed 9; killed 4 (additional)", "Nine bodies were pulled out on Monday, with another four found on Tuesday."),
      e("arrested 11; arrested 6 (additional)", "Eleven people were arrested in the north, with six more detained in the south."),
      e("arrested 11", "Eleven people were arrested in the north, with six more released later."),
      e("killed 9", "Nine bodies were recovered, with a further three identified by relatives."),
      // a breakdown by place after a colon or a dash: parts of the figure before, not groups on top of it
      e("killed 14; killed 6 (subtotal); killed 5 (subtotal); killed 3 (subtotal)",
          "Storms killed 14 people across the state: six in Ondo, five in Ekiti and three in Osun."),
      e("arrested 40; arrested 25 (subtotal); arrested 15 (subtotal)",
          "Police arrested 40 people - 25 in Abuja and 15 in Kano - after the protests."),
      e("displaced 5000; displaced 3000 (subtotal); displaced 2000 (subtotal)",
          "The floods displaced 5,000 people: 3,000 in North Darfur, 2,000 in South Darfur."),
      e("killed [30..+inf)", "At least 30 people died on Sunday: 18 were passengers."),
      // a bare number falling ill counts people, as a bare number that died does
      e("affected (50..+inf)", "More than 50 fell sick after the meal."),
      e("killed 2; affected 30", "Two people died and 30 took ill."),
      e("killed 2", "Two people died and 30 were affected."),
      // parts between dashes right after the people, as between brackets
      e("killed 11; killed 7 (subtotal); killed 4 (subtotal)",
          "Eleven people - seven women and four children - drowned when the boat sank.",
          "Eleven people \u2014 seven women and four children \u2014 drowned when the boat sank."),
      e("killed 12", "The attack killed 12 people - two more than last year.", "Twelve people died - police said - after the blast."),
      // people handed over to the police are brought in; to anyone else they are not
      e("arrested 2", "Villagers handed two suspected thieves over to the police."),
      e("arrested 5", "The militia turned over five men to the authorities."),
      // how badly a part of the hurt was hurt, in brackets after their count
      e("injured 30; injured 6 (subtotal)", "The blast injured 30 workers (six seriously) on Monday."),
      e("arrested 30", "Police arrested 30 people (six seriously) on Monday."),
      // "more" alone after a count of the affected counts more people
      e("displaced 4500; affected 20000", "The breach displaced 4,500 people and affected 20,000 more."),
      // a list of ailments in the tail of the people counted
      e("hospitalized ~40", "Some 40 patients complaining of fever, cough and headaches were admitted to the district hospital."));


  /** Sentences with numbers that are not casualty figures. */
  static final List<String> NEGATIVE = List.of(
      "Police eliminated three suspects from the inquiry.",
      // firms business news calls hurt; papers named by death
      "The country's biggest carmaker was hurt by weak exports.", "The lender was hurt by bad loans.",
      "Insurers began settling 57 death claims last month.", "Officials issued 40 death certificates.",
      "No missing documents were found.",
      "Two gunmen fled to Lagos after the robbery.", "Three men fled to Kano.",
      "The minibus overturned on the bridge, killing or injuring all 19 people aboard.",
      "Two children were among the 40 passengers on the bus.",
      "A gunman shot at police headquarters on Friday.", "An officer shot at her and missed.",
      "Police said a body found in 2019 was identified as a missing woman.",
      "She lives with the man injured in the war.",
      "The landslide buried 30 people in the village.", "The family buried the boy on Friday.",
      "He buried his father last year.",
      "It was the city's 30th shooting death this year.", "Another shooting death was reported on Sunday.",
      "He was charged with double murder.", "The officer wore a body camera.", "A body of water covers the site.",
      "The spree included a mass shooting, a double homicide and two robberies.",
      "Two men shot at officers before fleeing the scene.",
      "The suspect shot at neighbours who tried to calm him down.",
      "Two teens shot at a passing car on Elm Street.",
      "No one suffered life-threatening injuries in the crash.",
      "Nobody was critically hurt, the fire service said.",
      "There were no major injuries.",
      "Teams were sent to rescue 200 stranded residents.",
      "The army was called in to rescue 300 villagers cut off by the flood.",
      "Rescuers were not able to save the 12 miners.",
      "Helicopters will rescue the 40 climbers on Monday.",
      "The mayor vowed to save 40 jobs at the plant.",
      "Deaths of cattle in the drought-hit region have risen to 40,000.",
      "Among those killed and wounded were 12 children.",
      "The toll rose to 12 per 100,000 people.",
      "Many of the residents who fled returned.",
      "The five people there were unharmed.",
      // a gerund subject weighed by a modal tells a deed not done
      "Killing one witness could change the outcome of the trial, the prosecutor warned.",
      "Killing two guards would not be enough, he wrote.",
      // one person who fled is a witness, not a count of the displaced
      "Tomas Reyes, a 50-year-old fisherman who fled the fighting, spoke to reporters.",
      "The bill passed, with three senators succumbing to pressure from the party.",
      "Lawmakers debated for hours, with twelve succumbing to fatigue.",
      "Of the passengers, 12 were from Alpha and three from Beta.",
      "Of the teams, four are in Group A and two in Group B.",
      "Officers wore 12 body cameras.",
      "The morgue ordered 200 body bags ahead of the storm.",
      // "followed by" after a number that is no figure lists no places
      "The league leaders have 40 points, followed by City with 38.",
      "Police said the crowd grew each day in Millbrook and Lakeside.",
      "Five men were beaten to near death by the mob.",
      "The hall seated 45 people, mostly retired teachers from the valley.",
      // admissions with no word of health before them may be a school's
      "School admissions rose to 3,000 this year.",
      "Total admissions stood at 3,000 after the new campus opened.",
      "The encounter went on for six hours before the troops withdrew.",
      "Preachers warned that sinners would be sent to hell.",
      "The soldiers killed in the ambush were buried on Sunday.",
      "The storm dumped 12.25 inches of rain on the town.",
      // victims handed over, animals falling ill, homes affected are no one's figure
      "The kidnappers handed 2 children over to the police.", "The militia handed 3 hostages over to the authorities.",
      "Two cows died and 30 took ill after drinking the water.", "The floods destroyed 400 homes and affected 2,000 more.",
      "Another drone hit the power station after midnight.", "Another raid was reported in the valley.",
      // a loss of money or of players counts no dead; a fate as an adjective of another noun names no group
      "The insurer booked a loss of 12 million dollars.", "The club's loss of three players in January cost it the title.",
      "Among the injured players are three strikers.", "Workers repairing roads, bridges and drains were praised by the mayor.",
      "Prosecutors dropped charges against 14 people.", "The rebels handed over 12 hostages to the Red Cross.",
      "Troops handed over 12 rifles to police.", "The breach affected 20,000 more homes than last year.",
      "The new rules affected 300.", "The final ended 3-1: two in the first half and one in extra time.",
      // food poisoning and falling sick with no count of people, an injury a thing suffered
      "The hotel suffered food poisoning complaints for two years.", "The 12 sheep fell sick after grazing there.",
      "The team was sustaining heavy losses in the third quarter.", "The two ships reported as missing cargo were found in port.",
      "The three suppliers raised prices in May.", "The accused denied all 12 charges in court.",
      "The team won nine games, with four of them at home.", "The firm hired 20 people, four of whom were engineers.",
      "The firm hired 20 people, with four from abroad.",
      "The company eliminated 300 jobs last year.", "Both sides were eliminated in the second round.",
      "The show eliminated two contestants on Sunday.", "Detectives eliminated three suspects from the inquiry.",
      "Security forces executed an operation in the hills on Friday.", "Police executed a search warrant at the house.",
      "The two tenants moved out last year.", "The club is looking for two new strikers before the window closes.",
      "Police are looking for two teenagers seen running from the scene.", "Employers are looking for 5,000 workers.",
      "The two children were not found at home when police arrived.",
      // a total of things brought up to date, and a correction note without a count
      "The storms destroyed 300 homes, bringing the total since June to 1,400.",
      "An earlier version of this story misspelled the name of the village.",
      "Wanted: 3 volunteers for the rescue drill.", "Affected: 3 districts, 12 villages.", "Injured: 4 vehicles and a bus.",
      "The truck driver escaped without injuries.", "The driver escaped with his life.",
      // the doers of a crime, a hire, one person sought; a club fighting for its life
      "Police are searching for two suspects who fled on foot.", "Troops are searching for 20 escaped inmates.",
      "The charity is searching for 300 volunteers for the summer.", "The club began its search for a new coach.",
      "Searches continue for two suspects who fled the scene.",
      "The club is fighting for its life after the funding cut.",
      // captives freed, a brief captivity, a charge of kidnapping, captors in the active voice
      "Five aid workers abducted in the north last month have been released.",
      "The 20 passengers kidnapped on Sunday escaped from their captors.", "Four guards were briefly held hostage during the riot.",
      "He was charged with kidnapping two businessmen in 2019.",
      "A girl walking home was approached by two men who reportedly kidnapped her.",
      // displaced people named as who they are
      "Gunmen attacked 3,450 displaced people in the camp.", "The agency runs a camp for 3,450 displaced people.",
      // a day between a verb and a count of something else
      "The court sentenced on Monday 12 men to prison terms.", "The company hired on Monday 300 workers.",
      // a court's or a police station's cases, homes counted as households, refugees not taken in
      "\"Two,\" he said, \"maybe three.\"", "The rebels' 'base' was destroyed in 2019.",
      "Police registered 12 cases against the protesters.", "The court heard 40 cases on Monday.",
      "The cyclone affected 18,300 households in the east.", "A boat carrying 40 refugees capsized off the coast.",
      "The agency registered 300 refugees at the border post.", "The 40 refugees crossed the river at night.",
      // displaced people named as who they are, or referred back to
      "Militiamen robbed nine displaced farmers on the road to the camp.",
      "The Red Cross is helping the 12 displaced tenants told of above.",
      // a thing hit, then set on fire: the people it carried take no singular verb
      "The bus carrying all 30 was hit by a rocket and later set on fire.",
      // questioning or vital signs with no one counted as taken in or dead
      "Investigators said 30 witnesses would be called in for questioning.",
      "Nurses checked the vital signs of 40 patients every hour.",
      // people urged to do anything but leave, and people who reported nothing of a harm
      "Police urged 200 fans to stay calm outside the stadium.",
      "Officials asked 12 witnesses to come forward.",
      "Forty residents reported hearing a loud bang before the fire.",
      // a number of people of two categories joined is no figure of either
      "The number of people killed or injured on the roads rose to 480 last year.",
      "The number of soldiers killed or wounded in the battalion climbed to 260.",
      // the number of people named by their noun, with no category after it
      "The number of volunteers arriving at the border rose to 3,000.",
      "Investigators vowed to do everything possible to arrest the two suspects.",
      "The contractor, who was not arrested, left the country.", "Two suspects are being searched for by police.",
      // after "the", an outcome is a noun: the people of the dead are not the dead
      "Forty relatives of the dead gathered at the morgue.", "Two friends of the deceased spoke at the vigil.",
      "Police took him to the station to give a statement.", "Neighbours took the owner to a relative's house.",
      "The bus driver fled the scene and has not been arrested.", "Nine survivors were interviewed by the coastguard.", "The 40 survivors were honoured at a ceremony.",
      "Two farmers and their 30 goats were swept away by the flood.", "Experts put the cost of the floods at 5 million dollars.",
      "Three nurses of the injured were praised.",
      // "admitted" counts patients only after a hospital
      "The driver admitted three counts of causing death by careless driving.", "The college admitted 300 students.",
      "The minister admitted that 14 people had been turned away from the hospital.",
      "The car hit three pedestrians.",
      "The storm knocked down power lines, hitting three districts.",
      "The bandits freed 15 of the abducted villagers after a ransom was paid.",
      "Police said the kidnappers had freed 15 villagers.",
      "The mayor was taken to the medical center's new wing for a tour.",
      "Two men were in the room when the fire started.",
      "The strike was aimed at wounding him politically, his allies said.",
      "The new director arrived at the hospital on Monday.",
      "Officers found John Roe, 40, hiding in his garage.",
      "40 friends of the deceased gathered at the church.", "200 relatives of the missing protested outside the ministry.",
      "Three relatives of the injured spoke to reporters.",
      "Volunteers were taken to Central Park to plant trees.",
      "The minister was taken to Tata Memorial Centre for a visit.",
      "Two men were captured on surveillance video breaking into the store.",
      "A doorbell camera captured the suspects running from the house.",
      "The photographer captured three soldiers resting by the road.",
      "One neighbour captured a car pulling up outside the home.",
      "A father and son captured a 12-foot alligator in the lake.",
      "The regulator approved two bank rescues last year.",
      "Deputies took the driver's statement and his phone.",
      "The suspect has not been arrested.",
      "Police tried to arrest the driver but he escaped.",
      "A warrant was issued for the arrest of the suspect.",
      "The man will be detained until his trial.",
      "Two suspects fled the area on foot before officers arrived.",
      "A ministry spokesman said troops had evacuated the base.",
      "Two hikers were scared to death by a bear on the trail.",
      "Two cars were hit by shrapnel outside the station.",
      "He shot 68 in the final round to win by two strokes.", "She shot 12 of 20 from the field.",
      "If the dam breaks, thousands could die.", "The bomb could have killed hundreds, police said.",
      "Without the barrier, as many as 2,000 people could have drowned.", "They ain't hurt nobody.",
      "He would never do anything to hurt nobody.",
      "The bus took 40 pupils to the museum.", "Divers pulled two boats from the river.",
      "Paramedics took one of the victims to hospital.",
      "Deaths of despair are a growing concern, and the count of overdoses has risen.",
      "The vote count reached 25,000 by midnight.",
      "All 40 passengers have been accounted for.", "The 12 workers were accounted for.",
      "He was hospitalized 3 times last year.",
      "Four of the arrested were released.",
      "The number of people who died in the crash is not yet known.",
      "The frostbite risk rose as 40 people queued in the cold.",
      "The park printed 12 guides for visitors.", "A new guide was issued to 40 schools.",
      "The number of people who died on the roads fell by 12 percent.", "The number of people who attended reached 5,000.",
      "The driver drove 40 passengers to the station.", "The storm drove 300 boats from their moorings.",
      "The state paid Rs 5 lakh to each of the families.",
      "The prison moved 40 inmates to another jail.", "The airline moved 300 passengers to a later flight.",
      "The charity bused 60 children to the camp.",
      "Forty homes were hit by flooding.",
      "Pensioner found safe after search",
      "Man charged with murder after stabbing", "Missing man found safe", "Children rescued from flooded school",
      "The company opened 4 stores, bringing the total to 40.",
      "The company opened 4 stores, bringing the total number of stores to 40.",
      "Officials fear the toll could rise to as many as 1,000.", "The death toll is expected to rise to 50.",
      "The number of dead could reach 200.", "The death toll is set to rise to 60.",
      "The storm drowned a farmer's herd of 40 cows.",
      "It took 20 more minutes for the divers to reach the wreck.", "Police need 200 more officers.",
      "Social services took 3 children into protective custody.", "Three children were taken into protective custody.",
      "The plan took 40 years into account.",
      "The number of arrests fell by 12 percent last year.",
      "The storm impacted 30 flights.", "The storm uprooted 300 trees.", "The homeless shelter houses 300 people.",
      "The missing 12-year-old was found safe.", "Police found the missing car 40 miles away.",
      "There have been 400 cases, including 30 children.",
      "The goalkeeper saved two penalties.", "Doctors saved 12 lives.", "Police led 30 protesters away from the square.",
      "The army brought 200 soldiers to the border.", "Rescuers pulled two cars from the river.",
      "The council saved 40 jobs.",
      "Police ordered 40 protesters to leave the square.", "The court ordered 12 people to pay fines.",
      "Evacuation orders for 12 towns were lifted.", "The order for 40 new fire engines was approved.",
      "Half of the crew were rescued.", "Half the village was evacuated.", "Half a mile of road was flooded.",
      "The number of cars damaged in the storm was put at 40.", "The strike forced 40 schools to close.",
      "The merger forced 40 workers to leave the company.", "Doctors treated 40 patients for the flu.",
      "The clinic treats 200 people for free.", "Villagers kill leopard near school",
      "Gunmen kill anyone who resists, witnesses said.", "The lives of 40 families were upended by the flood.",
      "A third of the passengers were injured.", "It was a second attack on the market this year.",
      "Man who survived shooting speaks out",
      "A courier and his nephew were shot at from a passing car.",
      "A bus driver was also hit with a bottle during the brawl.", "A parked van was also hit during the shooting.",
      "Kofi Mensah at the park with a friend said he heard shots.",
      "Gunman shoots at deputies from a rooftop", "The guard was struck in the face with a pistol.",
      "A referee was hit in the head by a bottle.", "A second player was hit in the leg during the final.",
      "The second victim was struck in the face with a brick.", "The goalkeeper was struck in the chest during the match.", "The nurse went to the hospital to visit her uncle.", "Cyclist hit by car near school",
      "Referee struck in the face by a bottle", "The guard shoots targets every Sunday.",
      "He fired a warning shot and then struck the burglar with a flashlight.",
      "The farmer fired at the coyote, striking a fence post.",
      "Officers pulled over two men on the highway.", "The crew pulled three boats from the water.",
      "The agency sent 40 firefighters to the scene.", "The charity sent two trucks of supplies to the hospital.",
      "The fire burns through two hectares a day.", "Two crews fought the burns on the hillside.",
      "Two men appeared in court on Friday over the Nov. 3 shooting death.",
      "No one has been charged in the killing.", "No suspects have been charged.", "The suspect has not been charged.",
      "Prosecutors expect 14 to be charged next month.", "He called the Jan. 19 death a tragedy.",
      "The fatal shooting at the fair led to new rules for the stalls.",
      "Two parked cars were struck by bullets.", "Two cyclists were struck by a van on the bridge.",
      "Two officers were sent to the scene after the shooting.", "Two deputies came to the house after the shooting.",
      // an age after a name is no count of people taken in
      "Ana Ruiz, 19, and Tomas Ruiz, 32 were driven to the hospital with minor injuries.",
      // people the predicate denies are unhurt, no figure
      "The two passengers in the van were not injured.", "A fourth child in the kitchen was not hurt, police said.",
      "Three clerks who weren't injured helped the victims.", "Two neighbours who were never hurt called 911.",
      "Police said the victims were between the ages of 16 and 21.",
      "The wounded, two men, 30 and 42 were taken to the county hospital.",
      "A boy younger than 12 was treated for shock.",
      "Rescuers searched for survivors after the plane carrying 12 people made an emergency landing.",
      "All 180 people on board left the jet safely after it skidded off the runway.",
      "The ferry carrying 200 passengers and 12 crew docked safely; everyone on board was checked by medics.",
      "The two teams were among the best in the league.",
      "The officer fired several times outside Parkside Apartments.", "Gunmen fired twice near the Gardens.",
      "He did not fit the picture of a man who wanted to hurt people.",
      "Three men in a grey van brought a wounded teenager to the clinic.",
      "The storm raised temperatures by five degrees.", "At least another car was hit.",
      // A family or a household is a group of untold size, not one person.
"Supporters of al-Sadr marched through the city.", "Gunmen attacked six displaced people collecting firewood.",
      "The two injured officers were named on Monday.", "The boy told his mother a stranger hurt him.",
      "Man, wife charged in Elmwood shooting", "The man and his son both shot at the intruder.", "Officer, suspect shot at during chase in Elmwood",
      // An untold part of a counted whole is no figure.
      "Some of the 20 passengers were hurt.", "The eldest of the three is in critical condition.",
      "Many of the 40 people were injured in the crush.",
      "Six year old Tomas won the spelling contest.", "The men were reported by police to be safe.",       "A family was killed when the shell hit their home.", "Gunmen killed an entire family in the village.",
      "The murder of a local family shocked the town.",
      // One number told of two outcomes counts them together, neither one alone.
      "The militants said they had killed or wounded dozens of soldiers.",
      "The car bomb killed or injured about 50 people.", "The bomber struck a bus, killing or wounding some 30 people.",
      "At least 20 people were killed or wounded in the shelling.", "Dozens were dead or missing after the raid.",
      "A suicide bomber killed and wounded at least 45 people.", "Nine civilians have been killed and injured.",
      "Lawmakers killed two amendments on Tuesday.", "The strikes destroyed three settlements.",
      "Russia and Ukraine held three rounds of talks in Istanbul last year.",
      "The army fired 12 Storm Shadow missiles at the bridge.",
      "A 37-year-old man appeared in court on Monday.",
      "Volunteers aged 18 to 39 were recruited.",
      "Rajaram (50) told reporters he would appeal.",
      "The man, 45, was released on bail.",
      "The company lost $5 million in 2019.",
      "More stories: March 2, 2019 Denver teen dies after crash",
      "Archive, Dec. 4, 2018 Elmwood teens hurt in crash",
      "The governor promised 300,000 rupees for the families of each of the dead.",
      "Relatives of those killed will receive 5,000 euros each.",
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
      // One person is no figure when the words do not say that person died.
      "The victim's family said he was a kind man.",
      "The wounded teen believed he had been gunned down by a rival.", "He would have died without the surgery.",
      "He died in 2009 after a long illness.",
      // a killing only tried, threatened or planned is no figure
      "The man is accused of trying to kill 2 deputies during the chase.", "He threatened to kill three neighbours.",
      "Prosecutors say the pair planned to kill 10 people at the mall.",
      "The state's death penalty was upheld on appeal.", "The county's death toll from the flu stayed flat.",
      "Detroit's death count from gun violence is high.",
      "Mourners gathered for his funeral on Sunday. He was shot in the back last week.",
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
      "The clinic has treated 40 people shot this year.", "Two men shot a video outside the club.",
      "She shot him a glance across the room.", "The crew shot the film in Toronto.",
      "The man shot at the officers before fleeing.",
      "Prices are up from 28 dollars last year.",
      "His friends shot him a warning look.", "The crew shot her scenes in Toronto.",
      "The ferry had 67 people aboard; the group of survivors' families met on Monday.",
      "All 12 people aboard reached the shore; no survivors' group was formed.",
      "Man shot in the air to scare the crowd",
      "Coach injured knee in practice", "Teen recovering from knee surgery", "Boy injured reserve list grows",
      "The bullet hit a parked car and the wall of the shop.", "Two bullets struck the house where the family slept.",
      "The storm hit the town hard, the mayor said.",
      "The suspect was taken to the station with his lawyer.",
      "The driver was taken to jail, where he was treated for injuries.",
      "The man was found with a bag of money.",
      "Three men walked into a clinic with cuts on their hands.",
      "Twenty herders and 80 cows were stolen.",
      "The rebels were accused of murdering a U.N. team in the province.",
      "The lawyer for the man who was killed said he would appeal.",
      "He told a staff member at the clinic that his family was dead.",
      "The gunman went on a killing spree in 2014.",
      "The drought killed livestock across the region.", "Soldiers killed time at the checkpoint.",
      "A mother of four was interviewed after the fire.",
      "The girl who was shot inside a home has recovered.",
      "The victim (Tomas Ruiz) was questioned by police.", "One of those cars was hit by a truck.",
      "Everyone was hurt.", "Kabul was shaken by a blast.",
      "The pastor spoke of the life of the community.",
      "Kaduna and his men were attacked.",
      "Four radio (RN) stations were hit by shells.",
      "Two masked men arrived and murdered him in cold blood.", "Two gunmen shot and killed him on the porch.",
      "Three men killed them with machetes.", "Gunmen abducted two teachers and shot him dead.",
      "Neither of the two guards was hurt.",
      "Five suspects in the shooting that left the town in shock were arrested.",
      "On the 13th, three teachers were honoured at the school.",
      "Separately, the ministry said four schools would close.",
      "The head of the council and his deputy met the families of the victims.",
      "The mayor and his three guards escaped unhurt.",
      "Two men tied to the robbery showed up at the station with lawyers.", "The clerk was treated for shock.", "Two players are recovering from knee surgery.",
      "Toll road traffic tops 2,400 vehicles a day.", "The toll booth passes 58 trucks an hour.",
      "The storm's toll on the region tops 2,400 houses.",
      "The shelter on Fifth Street houses 300 homeless.", "The city counted 4,000 homeless in its winter census.",
      "Five homeless men were given coats by volunteers.", "Two suspects fled to a nearby forest.",
      "Three gunmen fled the scene on motorbikes.", "He resisted arrest and was fined for 3 offences.",
      "They tried to arrest 5 journalists but failed.",
      // a fraction of a group counts none of its number
      "One in five residents is now displaced.", "About 1 in 4 children was injured in such attacks, the survey found.",
      "Two in three households were affected by the floods.",
      "Nearly a third of the 600 residents were injured.", "Two-thirds of the 90 passengers were hurt.",
      "A quarter of the 400 villagers were displaced.", "The mother of the boy was injured.",
      "A law professor and expert in custody said the ruling was unusual.",
      "The merger was killed after three regulators objected.", "The drought has killed 2 million head of cattle.",
      "Both sides suffered casualties in the fighting.", "Two men shot in the air to scare the crowd.", "The guard fired a couple of times at the tyres.",
      "The attacker stabbed a couple of times at the door.", "Officers shot a couple of rounds into the ground.", "Rescuers spent the night in the open searching the rubble.", "The two suspects spent the night in a police cell.",
      "Guards shot into the sky to disperse 300 protesters.", "The dead were taken to the district morgue in two trucks.", "Both Israelis and Palestinians were killed in the violence.",
      "The owner of the house was taken to the station for questioning.",
      "None of the three hostages survived.", "Two gunmen fled the area on foot.", "Two men fled the area in a car.", "Three fled the area.",
      "Two people fled the area before police arrived.", "All 45 people on board survived the emergency landing.",
      // a court's sentence to death counts no dead
      "A court sentenced 14 people to death.", "An appeals court sentenced 75 people to death for the 2013 sit-in.",
      "The tribunal condemned 9 men to death in absentia.", "Two of the men admitted.", "The agency suffered cuts to its budget.", "Two schools suffered deep cuts.", "Fourteen workers were trapped when the tunnel collapsed.", "Two of those treated were children.", "He was taken to hospital as a precaution.", "The family was taken to a hotel.",
      "The dead were taken to the hospital morgue.", "The bridge was found in a stable condition after the quake.", "A referee was hit in the face during the brawl.", "Three cars were struck during the shooting.",
      "Shots rang out at the park. Two houses were hit.", "Floods hit the valley. Two villages were hit.",
      "The clinic treated 300 patients for heart disease.", "The plant treated 40 tonnes of steel for heat resistance.",
      "Five aid workers who were in captivity for a year were released on Monday.", "Nine hostages held captive since May were freed.",
      "Police said the weapon was never found.", "The two paintings were never recovered.",
      "Homicide detectives closed 40 cases.", "The unit solved 40 percent of homicides.", "He was charged with two murders.",
      // a capacity to kill is no killing
      "Officers seized enough poison to kill 40 people.", "The lab held enough toxin to kill a million people.",
      // an outcome's participle before a place word tells the place
      "Millions of people in affected regions have lost power.", "Aid reached 2,000 families in impacted districts.",
      // a court's or a detective's cases beside other counts stay none
      "The court heard 40 cases and two appeals.", "The unit reviewed 40 cases and 12 files.",
      "She lived a life of service.", "A life was saved by the quick response.",
      // a bill charged is no crime, and a bull's charge no arrest
      "The shop charged two customers with a late fee.", "The bull charged three spectators.",
      // things burned past knowing are no dead
      "The fire burned 11 market stalls beyond recognition.",
      // people taken home or held at gunpoint are no captives
      "He took two friends home.", "The gang held three customers at gunpoint.",
      // a booking of rooms or flights is no arrest
      "The hotel was booked for the night.", "She booked two seats on the morning flight.",
      // a share of a rise, or a rise only foreseen, counts no one
      "The death toll rose by 5% last year.", "The death toll could rise by 20.",
      // bare cases in a report of no outbreak are a court's or the police's
      "The court said 40 cases were recorded last year.", "Prosecutors said 40 cases were registered in March.",
      // wounds of everyone told before may be the dead's
      "All three had bullet wounds.", "Both had stab wounds.",
      // a rate's counts are no figure
      "Two out of every five residents were displaced.", "One out of every ten homes was damaged.",
      "Three officers admitted overnight that the logs were wrong.", "Nine players were transferred to the reserve team.", "The court condemned to death two men accused of the killings.", "The army relocated 200 tanks to the north.",
      // a fall told in a share, or a fall of things, is no count of the dead
      "Road deaths fell by 12 percent over the holiday.", "Deaths declined sharply after the new law.",
      "Crashes fell from 209 to 141 over the Easter weekend.",
      // martyrdom as a cause or a day, and disappearances as an idea, count no one
      "The town marks the martyrdom of its founder every spring.",
      "The 14 Martyrs Brigade claimed the attack.",
      // zero as a goal is no count
      "The colonel embraced the plan at once.", "The guard laid down his weapons and left.",
      // a comparison of things, with no figure of people before it, counts no one
      "Sales rose to 300 units, up from the 250 recorded in May.",
      // a share in brackets with no predicate of harm before it counts no one
      "Turnout was 40% (400 of 1,000) in the ward.", "The club won 60% of its games (12 of 20).",
      // people eliminated from a contest live on
      "Six candidates were eliminated in the first round.", "The club eliminated two rivals on penalties.",
      "The registrar said cases totalled 300 before the recess.", "Many deaths were avoidable, the review found.",
      "The campaign runs until the county reaches zero fatalities.", "The aim is zero road deaths by 2035.",
      // cases of a court or a prosecutor, in a report of no outbreak, count no one
      // bracketed numbers after places, with no counted noun before them, are no parts
      "Kasai (41), Kwilu (37) and Tshopo (22) are the codes the survey gives the districts.",
      "The clinics in Kasai (4) and Kwilu (3) reopened after the deaths were investigated.",
      "The judge said there are 85 cases in the district court.", "Officials opened 30 new cases against the traders.",
      "The report studies disappearances in general terms.", "The film received a minor injury award.",
      // those killed, told with no count after the verb
      "Those killed were buried in the village on Friday.", "Those who died included the village elder.",
      // a change in deaths told as a share, or with no new count, counts no one
      "There was a sharp fall in deaths from cholera.", "The rise in deaths to 14 percent alarmed the ministry.",
      // a blow not told as fatal, a threat of one, an animal, or a hanging of someone else
      "The man stabbed his cousin during the argument.", "He had threatened to beat his wife to death.",
      "The farmer shot the stray dog to death.",
      // a fall or a meeting that is no death
      "The driver fell asleep at the wheel.", "Two porters jumped to safety.", "The share price fell to its lowest level.",
      "The mayor met the governor on Monday.", "Both climbers fell to their knees in relief.",
      // a period's total of money or of things counts no one
      "Sales reached 13 million, against last year's total of 22 million.", "Last year's total of 22 was a record.",
      // a share, a span or a place after the verb, or a noun inside a phrase, counts no one
      "Deaths were 12 percent lower than in 2023.", "The deaths were 12 years apart.",
      "Deaths were reported in three districts.", "Road deaths were 40 short of the record.",
      "Deaths were 40 short of the record.", "Deaths were 12 fewer than last year.",
      "The survey notes a decline in deaths to 2 per 100,000 people.", "The man nearly beat his neighbour to death.",
      // bracketed scores and ages are no breakdown by place; cases of crimes or of a court are no outbreak's
      "The derby between Rovers (2) and United (1) was watched by 14,000 people.",
      "During the cholera outbreak, there were 310 cases of looting in the camps.",
      "Amid the dengue outbreak, the court heard 60 new cases on Monday.",
      // a contest's or a team's eliminated live on
      "Four boxers were eliminated at the weigh-in on Friday.", "Two Falcons were eliminated in the semi-final.");

  /**
   * Known failures: the expected figures, the figures the rules give today, and the sentence. Each
   * test asserts that the current, wrong answer is still given, so a fix shows up as a failure to
   * move the entry to {@link #POSITIVE}.
   */
  static final List<String[]> KNOWN_FAILURES = List.of(
      // a page of headlines is read as a title and its story's lead: two groups of one number merge
      new String[] {"injured 2; injured 2", "injured 2",
          "Two teens shot near a market\n\nTwo brothers were shot in a parking lot.\n\nDeputy killed in crash"},
      // an aside between commas before "were among the dead" hides the count
      new String[] {"killed [1..+inf)", "", "At least one teacher, as well as the gunman, were among the dead."},
      // ages after a possessive are no count, but the two sons are not read yet
      new String[] {"killed 2", "", "A man shot and killed his 12- and 10-year-old sons."},
      new String[] {"killed 1", "", "The mother of the boy who was killed spoke to reporters."},
      new String[] {"killed 2", "", "The dead were identified as Ana Ruiz and Tomas Ruiz."},
      // one capitalised word before "was" is taken for a person's name, even a city's
      new String[] {"", "injured 1", "Chicago was hit by gunfire over the weekend."},
      // a year before one person is no count of them, but the person is not read yet
      new String[] {"killed 1", "", "2019 Riverside teen dies after crash"},
      // a hanging ordered, not done, is read as a death told
      new String[] {"", "killed 1", "The tribunal ordered that the spy be hanged."},
      // a force named by a capitalised word and an acronym ends the list of the dead, and is no subject
      new String[] {"killed 9", "killed 5", "The dead included five Volunteer VDP and four traders."},
      new String[] {"killed 5", "", "Five Volunteer VDP were killed."},
      // a statistic told as holding or changed "at" its number, with an aside between, is not read yet
      new String[] {"killed 58", "", "Typhoid deaths, by contrast, held steady this season at 58."},
      // a share's count in brackets with no predicate of harm takes its category from the noun before; not read yet
      new String[] {"affected 120 (subtotal)", "", "Measles has spread in the camps. Of the cases, 80% (120 of 150) involve children."},
      // charges a family files are a complaint, not charges the police or prosecutors bring; the filer is not read
      new String[] {"", "arrested 2", "The family filed charges against two officers."},
      // one person told twice with "one" is one death, unless the sentence names another place: another cause
      // after "Later," is not read as another incident
      new String[] {"killed 1; killed 1", "killed 1", "One man died in the fire. Later, one man died in a crash on the highway."});
}
