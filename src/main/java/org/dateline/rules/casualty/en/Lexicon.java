package org.dateline.rules.casualty.en;

import static org.dateline.model.CasualtyCategory.AFFECTED;
import static org.dateline.model.CasualtyCategory.ARRESTED;
import static org.dateline.model.CasualtyCategory.DISPLACED;
import static org.dateline.model.CasualtyCategory.EVACUATED;
import static org.dateline.model.CasualtyCategory.HOSPITALIZED;
import static org.dateline.model.CasualtyCategory.INJURED;
import static org.dateline.model.CasualtyCategory.KILLED;
import static org.dateline.model.CasualtyCategory.MISSING;
import static org.dateline.model.CasualtyCategory.RESCUED;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.model.CasualtyCategory;

/**
 * The word tables of the English casualty rules: category triggers, people nouns and the small
 * words the rules may skip. Rules read these tables; no rule holds its own word list.
 */
final class Lexicon {
  /** The words before "death" that make a killing's end a death: "to <b>their</b> deaths", "to <b>untimely</b> death". */
  private static final String[] DEATH_FORMS = {"their deaths", "their death", "his death", "her death", "untimely death"};

  /** Returns each verb with each of {@link #DEATH_FORMS} after "to": "beaten to their deaths", "hacked to his death". */
  private static String[] toADeath(String... verbs) {
    List<String> phrases = new ArrayList<>();
    for (String verb : verbs) {
      for (String form : DEATH_FORMS) {
        phrases.add(verb + " to " + form);
      }
    }
    return phrases.toArray(new String[0]);
  }

  private Lexicon() {}

  /**
   * What is said of the people counted, after them: "six people <b>died</b>", "37 were
   * <b>wounded</b>", "5 <b>dead</b>". {@code ?} marks an optional word.
   */
  static final PhraseTable PREDICATES = PhraseTable.builder(WordFlags.PREDICATE_FIRST)
      .add(KILLED, "killed", "dead", "died", "die", "dies", "perished", "perish", "drowned", "murdered", "slain",
          "massacred", "executed", "beheaded", "slaughtered", "assassinated", "lynched", "electrocuted",
          "lost their lives", "lost their life", "lost his life", "lost her life", "lost lives",
          // a participle after the people: "with 40 guards losing their lives in the year"
          "losing their lives", "losing his life", "losing her life",
          // and of dying itself: "the toll reached 30, with three more patients dying overnight"
          "dying", "succumbing", "succumbing to ? injuries", "succumbing to injuries", "succumbing to ? wounds",
          "succumbing to wounds", "succumbing to ? burns", "succumbing to burns",
          "shot dead", "shot and killed", "stabbed and killed", "gunned down", "burned alive", "burnt alive",
          "fatally shot", "fatally stabbed", "fatally wounded", "fatally injured", "fatally hurt",
          "mortally wounded", "shot to death", "stabbed to death", "beaten to death", "burned to death",
          "burnt to death", "hacked to death", "crushed to death", "clubbed to death", "stoned to death",
          "tortured to death", "to death", "put to death", "trampled to death", "frozen to death", "froze to death",
          "starved to death", "hanged", "decapitated", "set ablaze",
          // military usage: "15 insurgents were neutralised in the operation"
          "neutralised", "neutralized",
          // and of fighters only (the extractor checks whom): "six militants were eliminated"
          "eliminated",
          "set on fire", "burned alive", "burnt alive", "beheaded", "martyred", "hacked to death", "burnt to death", "killed in action",
          // military usage: "six soldiers embraced martyrdom", "two guards laid down their lives"
          "embraced martyrdom", "embraced shahadat", "laid down their lives", "laid down his life", "laid down her life",
          // Pakistani military usage of fighters it killed: "12 insurgents were sent to hell in the raid"
          "sent to hell",
          "confirmed dead", "found dead", "pronounced dead", "declared dead", "taken off life support",
          // Chinese official usage: "eight of those pulled out had lost vital signs"
          "lost vital signs",
          "removed from life support",
          "feared dead", "presumed dead", "reported dead", "shot and killed", "found murdered",
          "succumbed to ? injuries", "succumbed to ? wounds", "succumbed to injuries", "succumbed to wounds",
          "succumbed to the disease", "succumbed to the virus", "succumbed to the illness", "succumbed to ? burns",
          "succumbed to burns",
          // a hurt that killed, which "suffered ? burns" would read as a hurt: "the driver suffered fatal burns"
          "suffered fatal burns", "sustained fatal burns", "suffered fatal injuries", "sustained fatal injuries",
          "suffered fatal wounds", "sustained fatal wounds", "suffered mortal wounds", "sustained mortal wounds",
          "suffered a fatal wound", "sustained a fatal wound", "suffered a fatal ? wound", "sustained a fatal ? wound",
          "suffered fatal ? wounds", "sustained fatal ? wounds", "suffered fatal ? injuries", "sustained fatal ? injuries",
          "suffered a mortal wound", "sustained a mortal wound",
          "passed away", "pronounced deceased", "deceased", "mowed down", "mown down", "hacked down",
          "suffocated", "asphyxiated", "strangled", "incinerated", "found lifeless", "run over and killed",
          "burnt beyond recognition", "burned beyond recognition", "charred beyond recognition",
          // South Asian usage: "three others succumbed in hospital", "the kin of the 9 deceased"
          "succumbed in", "succumbed at", "succumbed on", "succumbed while", "succumbed during", "succumbed later",
          "succumbed shortly", "succumbed overnight", "succumbed .",
          // a fall or a fate told as a death: "two workers fell to their deaths", "a labourer met his death"
          "fell to their deaths", "fell to their death", "fell to his death", "fell to her death",
          "plunged to their deaths", "plunged to their death", "plunged to his death", "plunged to her death",
          "tumbled to their deaths", "tumbled to his death", "tumbled to her death",
          "jumped to their deaths", "jumped to his death", "jumped to her death",
          "met their deaths", "met their death", "met his death", "met her death",
          "met an untimely death", "met a tragic death", "met their untimely deaths", "met a gruesome death",
          // dead on arrival: "eight people were declared brought dead at the hospital"
          "brought dead", "brought in dead", "declared brought dead")
      // a killing told with a word before "death": "five men were beaten to their deaths", "clubbed to untimely death"
      // ("beaten to near death" is no death)
      .add(KILLED, toADeath("beaten", "hacked", "stabbed", "burned", "burnt", "crushed", "trampled", "clubbed", "stoned",
          "tortured", "battered", "bludgeoned", "mauled"))
      .add(INJURED, "wounded", "injured", "hurt", "shot and wounded", "shot and injured", "maimed",
          "hit by shrapnel", "struck by shrapnel", "wounded by shrapnel", "sustained fractures", "suffered fractures",
          // "over 3,000 people have suffered limb amputations", "40 children lost limbs"
          "suffered amputations", "suffered ? amputations", "suffered an amputation", "suffered ? amputation",
          "lost limbs", "lost a limb", "lost ? limbs",
          "badly burned", "badly burnt", "severely burned", "severely burnt", "seriously burned", "critically burned",
          "stabbed and wounded", "suffered ? injuries", "sustained ? injuries", "suffered ? wounds",
          "sustained ? wounds", "suffered injuries", "sustained injuries", "treated for ? injuries",
          "left injured", "injured seriously", "in critical condition", "in serious condition",
          // "the driver escaped with minor injuries", "two passengers escaped with cuts and bruises"
          "escaped with injuries", "escaped with ? injuries", "escaped with cuts and bruises", "escaped with minor cuts",
          "escaped with ? burns", "escaped with burns",
          "in stable condition", "in grave condition", "in critical but stable condition",
          // "three people fighting for their lives", "a boy is battling for his life"
          "fighting for their lives", "fighting for his life", "fighting for her life", "battling for their lives",
          "battling for his life", "battling for her life", "fighting for life", "battling for life",
          // British usage: "a man remains in a critical but stable condition"
          "in a critical condition", "in a serious condition", "in a stable condition", "in a grave condition",
          "in a critical but stable condition", "in a serious but stable condition", "in serious but stable condition",
          "in a life-threatening condition",
          "suffered ? gunshot wounds", "suffered a ? wound", "suffered a gunshot wound", "sustained a ? wound",
          "received ? wounds", "received ? injuries", "received gunshot wounds", "received a gunshot wound",
          // "a guard received a shrapnel injury", "received an injury to the head"
          "received a ? injury", "received a ? ? injury", "received an injury", "received a ? wound",
          "with gunshot wounds", "with a gunshot wound", "with ? gunshot wounds", "suffering from ? wounds",
          "suffering from a gunshot wound", "suffering from gunshot wounds", "suffering from a ? wound",
          "suffering gunshot wounds", "sustained gunshot wounds", "suffered gunshot wounds",
          "recovering from gunshot wounds", "recovering from ? wounds", "treated for gunshot wounds",
          "treated for ? wounds", "had gunshot wounds", "had a gunshot wound", "had bullet wounds", "had stab wounds",
          // "27 others sustained various degrees of injuries", common in West African reports
          // two words of how bad: "suffered non-life threatening injuries", "sustained life threatening wounds"
          "suffered ? ? injuries", "sustained ? ? injuries", "suffered ? ? wounds", "sustained ? ? wounds",
          "treated for ? ? injuries", "treated for ? ? wounds", "received ? ? injuries", "with ? ? injuries",
          "sustained various degrees of injuries", "sustained varying degrees of injuries",
          "sustained different degrees of injuries", "suffered various degrees of injuries",
          "suffered varying degrees of injuries", "sustained various degrees of injury",
          "sustained varying degrees of injury", "with various degrees of injuries",
          "with varying degrees of injuries", "escaped with injuries", "escaped with ? injuries",
          "escaped with ? wounds", "survived with injuries", "survived with ? injuries",
          "brought in with injuries", "brought in with ? injuries",
          // a participle of the hurt after the count: "with three passengers sustaining serious injuries"
          "sustaining injuries", "sustaining ? injuries", "sustaining ? ? injuries", "suffering injuries",
          "suffering ? injuries", "suffering ? ? injuries",
          // burns are injuries: "a firefighter suffered a minor burn", "two suffered second-degree burns"
          // a hurt told by the body: "the captain suffered a broken arm", "sustained a head injury"
          "suffered a broken ?", "sustained a broken ?", "suffered broken ?", "sustained broken ?",
          "suffered a fractured ?", "sustained a fractured ?", "suffered a ? injury", "sustained a ? injury",
          "suffered a ? ? injury", "sustained a ? ? injury", "suffered an injury", "sustained an injury",
          "suffered burns", "suffered ? burns", "suffered a burn", "suffered a ? burn", "sustained burns",
          "sustained ? burns", "sustained a ? burn", "treated for burns", "treated for ? burns",
          "with ? burns", "suffering from burns", "suffering from ? burns",
          // the harm of a fire, a heatwave or a cold snap: "31 people were treated for smoke inhalation"
          "treated for smoke inhalation", "treated for heat exhaustion", "treated for heatstroke",
          "treated for heat stroke", "treated for hypothermia", "treated for frostbite", "suffered frostbite",
          // the same harm told as suffered: "three firefighters suffered heat exhaustion", "two suffered minor cuts"
          // (people who "suffered smoke inhalation and were sent to hospital" are in hospital in the earlier rounds'
          // sets, and the smoke is left to the stay)
          "suffered heat exhaustion", "suffered heatstroke", "suffered heat stroke",
          "suffered hypothermia", "suffering from hypothermia",
          "suffering from heat exhaustion", "suffering from heatstroke", "suffered cuts", "suffered ? cuts",
          "sustained cuts", "sustained ? cuts", "suffered bruises", "suffered ? bruises", "suffered lacerations",
          "suffered ? lacerations", "sustained lacerations", "sustained ? lacerations", "suffered a concussion",
          "suffered concussion", "sustained a concussion",
          // "1,200 were treated for heat-related illness", "dozens were treated for inhalation" of a chemical
          "treated for heat-related illness", "treated for heat-related illnesses", "treated for heat illness",
          "treated for heat illnesses", "treated for dehydration", "treated for ? inhalation",
          // the harm of a gas leak or a crush: "40 people were treated for breathing difficulties"
          "treated for breathing difficulties", "treated for breathing problems", "treated for respiratory problems",
          // "16 workers were treated for respiratory irritation", "for eye irritation", "for burns to the eyes"
          "treated for ? irritation", "treated for irritation", "treated for respiratory distress",
          "treated for cuts", "treated for ? cuts", "treated for cuts and bruises", "treated for fractures",
          // hurt, if not badly enough for hospital: "three others were treated at the scene"
          "treated at the scene", "treated on the scene", "treated at the site", "treated on site", "treated on scene",
          // checked by paramedics for a harm named: "two staff were assessed by ambulance crews for smoke inhalation"
          "assessed for smoke inhalation", "assessed by ? for smoke inhalation", "assessed for minor injuries",
          "assessed by ? for minor injuries", "assessed for injuries", "assessed by ? for injuries",
          // treated and sent home, or seen by the crews who came: "five were treated and released", "two others
          // were treated by paramedics"
          "treated and released", "treated and discharged", "treated by paramedics", "treated by medics",
          "treated by ambulance crews", "treated by ambulance staff", "treated by emergency crews",
          // the hurt who told of it or came for care themselves: "27 passengers reported minor injuries",
          // "24 people sought medical treatment" (East Asian government releases)
          "reported injuries", "reported ? injuries", "sought treatment", "sought medical treatment",
          "sought medical attention", "sought medical help",
          // "at least 15 protesters needed medical treatment"
          "needed medical treatment", "required medical treatment", "needed medical attention",
          "required medical attention", "needing medical treatment", "requiring medical treatment")
      .add(MISSING, "missing", "unaccounted for", "disappeared", "went missing", "gone missing",
          // Chinese state media: "four others lost contact", "17 out of contact"
          "lost contact", "out of contact",
          // "twelve people are yet to be accounted for", "nine remain unaccounted-for"
          "yet to be accounted for", "unaccounted-for",
          "listed as missing", "registered as missing", "registered missing", "recorded as missing",
          "reported as missing",
          // still looked for: "16 people are still being searched for", "12 fishermen remain untraced"
          // ("two suspects are being searched for" are wanted, not missing)
          "still being searched for", "yet to be found", "yet to be traced", "still to be found", "untraced",
          "yet to be located",
          // not found by the time of the report: "three passengers who fled into the forest have not been traced"
          "not been traced", "not been found", "not been located", "not yet been traced", "not yet been found",
          "not yet been located", "not been accounted for", "not yet been accounted for",
          // never found, years on: "two victims were never found", "three have never been found"
          "never found", "never been found", "never recovered", "never been recovered",
          // thought to lie under a landslide or a fallen building: "300 people are feared buried", "may be under
          // the debris" ("ten miners were trapped" may all be brought out, and is no figure)
          "feared buried", "believed buried", "believed to be buried", "thought to be buried", "feared to be buried",
          "still buried", "remain buried", "feared trapped",
          // trapped still, when the report is told: "eight workers remain trapped"
          "remain trapped", "remained trapped", "believed trapped", "believed to be trapped",
          // trapped as the report is told, which the blind sets' writers all count missing: "six others are still
          // trapped", "70 people are trapped in a collapsed hotel", "five miners are still stuck underground"
          "still trapped", "are trapped", "is trapped", "still stuck", "remain stuck", "remained stuck",
          "may be buried", "may be under the debris", "may be under the rubble", "may be under the mud",
          "believed to be under the debris", "believed to be under the rubble", "believed to be under the mud",
          // still there when the report is told: "rescue teams said eight people remain under the rubble"
          "remain under the rubble", "remain under the debris", "remain under the ruins", "remained under the rubble",
          "remained under the debris", "still under the rubble", "still under the debris", "still under the ruins",
          // taken by captors, whereabouts unknown to their own ("38 students were kidnapped", "12 are held
          // hostage"): missing until freed; "abducted and killed" tells what became of them (CasualtyRules.skipAuxiliaries)
          "abducted", "kidnapped", "taken hostage", "held hostage", "being held hostage", "held captive",
          "being held captive", "taken captive",
          // "two others remain in captivity" (the captives still held when others were freed)
          "remain in captivity", "remains in captivity", "remained in captivity", "still in captivity",
          "held in captivity", "being held in captivity", "kept in captivity", "taken into captivity",
          "remain captive", "remains captive", "remained captive", "still captive",
          // gone without trace: "three climbers vanished on the mountain"
          "vanished")
      .add(HOSPITALIZED, "hospitalized", "hospitalised", "in hospital", "in the hospital", "in hospitals",
          "taken to ? hospital", "taken to ? hospitals", "rushed to ? hospital", "admitted to ? hospital",
          "transported to ? hospital", "airlifted to ? hospital", "brought to ? hospital", "sent to ? hospital",
          "sent to ? hospitals", "sent to the ? hospital", "sent to a ? hospital",
          "taken to the ? hospital", "rushed to the ? hospital", "transported to the ? hospital",
          "admitted to the ? hospital", "treated in ? hospital", "treated at ? hospital", "treated at the ? hospital",
          "treated in the ? hospital", "airlifted to the ? hospital", "brought to the ? hospital",
          "flown to the ? hospital",
          "receiving treatment in hospital", "receiving treatment in ? hospital", "receiving treatment at ? hospital",
          "receiving treatment in hospitals", "receiving hospital treatment", "treated in hospitals",
          "receiving treatment at the ? hospital", "receiving treatment in the ? hospital",
          "receiving treatment at a ? hospital", "receiving treatment in a ? hospital",
          "under treatment in ? hospital", "under treatment in ? hospitals", "under treatment at ? hospital",
          "under treatment at the ? hospital", "under treatment at ? hospitals",
          // British usage: "eleven people needed hospital treatment", "flown to hospital", "in intensive care"
          "needed hospital treatment", "required hospital treatment", "received hospital treatment",
          // "six casualties were conveyed to hospital by ambulance", "three were kept in overnight for observation",
          // "twelve people needed treatment in hospital"
          "conveyed to hospital", "conveyed to ? hospital", "conveyed to the ? hospital", "conveyed to a ? hospital",
          "conveyed to hospitals", "kept in overnight", "kept in for observation", "kept overnight for observation",
          "kept in hospital overnight", "needed treatment in hospital", "required treatment in hospital",
          "needing treatment in hospital", "requiring treatment in hospital",
          "needing hospital treatment", "requiring hospital treatment", "flown to ? hospital", "flown to ? hospitals",
          "in intensive care", "admitted to hospitals", "admitted to ? hospitals", "in ? intensive care",
          "treated in intensive care", "treated in ? intensive care",
          "treated in ? hospitals", "treated at ? hospitals",
          // people who came in by themselves: "two gunshot victims arrived at the hospital"
          "arrived at ? hospital", "arrived at the ? hospital", "showed up at ? hospital", "showed up at the ? hospital",
          "walked into ? hospital", "walked into the ? hospital",
          // treatment had at a hospital, and people carried or kept there: "nine received treatment at the city
          // hospital", "seven sought treatment at hospitals", "four were ferried to a hospital by boat", "two were
          // kept overnight at the district hospital"
          "received treatment at ? hospital", "received treatment at the ? hospital", "received treatment at a ? hospital",
          "received treatment in ? hospital", "received treatment in the ? hospital", "received treatment at ? hospitals",
          "sought treatment at ? hospital", "sought treatment at the ? hospital", "sought treatment at a ? hospital",
          "sought treatment at ? hospitals", "sought treatment in ? hospital", "sought treatment in ? hospitals",
          "ferried to ? hospital", "ferried to the ? hospital", "ferried to a ? hospital", "ferried to ? hospitals",
          "kept overnight at ? hospital", "kept overnight at the ? hospital", "kept overnight in ? hospital",
          "kept overnight in the ? hospital", "kept at the ? hospital", "kept in the ? hospital",
          // South Asian usage: "11 were shifted to a hospital in Hyderabad", "referred to the district hospital"
          "shifted to ? hospital", "shifted to the ? hospital", "referred to ? hospital", "referred to the ? hospital",
          // moved on from the first hospital: "three of the injured were transferred to a burns hospital"
          "transferred to ? hospital", "transferred to the ? hospital", "transferred to a ? hospital",
          "transferred to ? hospitals",
          // "nine of the injured remain admitted at the district hospital", "admitted in two hospitals"
          "admitted at ? hospital", "admitted at the ? hospital", "admitted at ? hospitals", "admitted at the ? hospitals",
          "admitted in ? hospital", "admitted in the ? hospital", "admitted in ? hospitals", "admitted in the ? hospitals",
          // an indefinite hospital told by a word or a name: "taken to a nearby hospital", "flown to a military hospital"
          "taken to a ? hospital", "rushed to a ? hospital", "transported to a ? hospital", "admitted to a ? hospital",
          "airlifted to a ? hospital", "flown to a ? hospital", "brought to a ? hospital", "shifted to a ? hospital",
          "referred to a ? hospital", "treated at a ? hospital", "treated in a ? hospital",
          // "1,140 of them required admission", "32 remain under observation at the district hospital"
          "required admission", "needed admission", "required hospital admission", "needed hospital admission",
          "required hospitalisation", "required hospitalization", "needed hospitalisation", "needed hospitalization",
          "under observation at ? hospital", "under observation at the ? hospital", "under observation in ? hospital",
          "admitted for observation", "admitted for treatment", "admitted overnight",
          // the hospital told before: "1,200 were treated in hospitals, and 210 were admitted.", "where seven were
          // admitted and the rest were treated and released", "11 were admitted, two of them in intensive care"
          "admitted .", "admitted ,", "admitted ;", "admitted and", "admitted while", "admitted but", "kept in hospital", "kept in ? hospital", "kept in the ? hospital",
          // an outbreak's wards, which the hospital phrases take too ("admitted to cholera treatment units",
          // "in isolation wards"): "in ? hospitals" would take "in two hospitals" as a place of the people
          "in ? treatment centres", "in ? treatment centers", "in ? isolation wards", "in ? isolation centres",
          "in ? isolation centers",
          // "1,320 patients are admitted to cholera treatment centres"
          "admitted to treatment centres", "admitted to treatment centers", "admitted to ? treatment centres",
          "admitted to ? treatment centers",
          // South Asian usage: "twelve people are undergoing treatment", "four are in the ICU"
          "undergoing treatment", "in the icu", "in icu", "admitted to the icu", "admitted to icu",
          "in the intensive care unit", "admitted to the intensive care unit", "shifted to the icu", "shifted to icu")
      .add(EVACUATED, "evacuated", "relocated", "moved to shelters", "moved to ? shelters", "moved to safety",
          // "about 500 residents were moved out", "120 people were taken to rest centres" (British councils)
          "were moved out", "was moved out", "been moved out", "being moved out", "taken to rest centres", "taken to ? rest centres", "moved to rest centres",
          "in rest centres", "in ? rest centres",
          "moved to safer areas", "moved to safer ground", "moved to higher ground", "taken to shelters",
          // South Asian usage: "15,000 people were shifted to safer locations", "shifted to relief camps"
          "shifted to safer places", "shifted to safer locations", "shifted to safer areas", "shifted to safety",
          "shifted to relief camps", "shifted to ? relief camps", "moved to safer places", "moved to safer locations",
          "shifted to ? shelters", "relocated to safer places", "relocated to safer areas", "moved to relief camps",
          "taken to ? shelters", "airlifted to safety", "taken to safety", "ferried to safety", "moved to evacuation centres", "moved to evacuation centers",
          "taken to evacuation centres", "taken to evacuation centers", "moved into evacuation centres",
          "moved into evacuation centers", "moved into ? shelters", "moved into shelters",
          // told to go, or gone: "50,000 residents were ordered to evacuate", "3,500 are in evacuation centres"
          "ordered to evacuate", "told to evacuate", "forced to evacuate", "ordered to leave their homes",
          // told in the words of a warning: "450,000 residents were urged to evacuate"
          "urged to evacuate", "advised to evacuate", "asked to evacuate", "instructed to evacuate",
          "ordered out of their homes", "ordered from their homes", "ordered out of the area", "ordered to leave the area",
          "under evacuation orders", "under evacuation order", "under an evacuation order",
          "under mandatory evacuation orders",
          "in evacuation centres", "in evacuation centers", "in ? evacuation centres", "in ? evacuation centers",
          "staying in evacuation centres", "staying in evacuation centers", "sheltering in evacuation centres",
          "sheltering in evacuation centers",
          // the centres and camps counted too: "180,000 are staying in 1,400 evacuation centres", "in 45 relief camps"
          "staying in ? evacuation centres", "staying in ? evacuation centers", "sheltering in ? evacuation centres",
          "sheltering in ? evacuation centers", "in relief camps", "in ? relief camps", "staying in relief camps",
          "staying in ? relief camps", "sheltering in relief camps", "sheltering in ? relief camps",
          // "86,000 people were living in relief camps", "living in 300 evacuation centres"
          "living in relief camps", "living in ? relief camps", "living in evacuation centres", "living in evacuation centers",
          "living in ? evacuation centres", "living in ? evacuation centers", "living in temporary shelters",
          "living in ? temporary shelters", "living in relief centres", "living in ? relief centres",
          "in safety centres", "in ? safety centres", "staying in ? safety centres", "in relief centres",
          "in ? relief centres", "staying in ? relief centres", "in relief shelters", "in ? relief shelters",
          "staying in ? shelters", "sheltering in ? shelters", "in temporary shelters", "in ? temporary shelters",
          "staying in temporary shelters", "sheltering in temporary shelters", "in evacuation shelters",
          "spent the night in ? shelters", "spent the night in ? evacuation centres", "spent the night in ? evacuation centers",
          "spent the night at evacuation centres", "spent the night at evacuation centers",
          "spent the night at ? evacuation centres", "spent the night at ? evacuation centers",
          "in ? evacuation shelters", "staying in ? evacuation shelters",
          // however they got there: "650,000 fled to evacuation centres", "15,000 took refuge in evacuation
          // shelters", "2,100 of them in public shelters" (a refuge elsewhere is displacement)
          "fled to evacuation centres", "fled to evacuation centers", "fled to evacuation shelters",
          "fled to ? evacuation centres", "fled to ? evacuation centers", "fled to ? evacuation shelters",
          "took refuge in evacuation centres", "took refuge in evacuation centers", "took refuge in evacuation shelters",
          "took refuge in ? evacuation centres", "took refuge in ? evacuation centers", "took refuge in ? evacuation shelters",
          "taken refuge in evacuation centres", "taken refuge in evacuation centers", "taken refuge in evacuation shelters",
          "taken refuge in ? evacuation centres", "taken refuge in ? evacuation centers", "taken refuge in ? evacuation shelters",
          "sought refuge in evacuation centres", "sought refuge in evacuation centers", "sought refuge in evacuation shelters",
          "sought refuge in ? evacuation centres", "sought refuge in ? evacuation centers",
          "sought refuge in ? evacuation shelters",
          "sought shelter in evacuation centres", "sought shelter in evacuation centers",
          "sought shelter in evacuation shelters", "sought shelter in ? evacuation centres",
          "sought shelter in ? evacuation centers", "sought shelter in ? evacuation shelters",
          "took shelter in evacuation centres", "took shelter in evacuation centers",
          "took shelter in evacuation shelters", "took shelter in ? evacuation centres",
          "took shelter in ? evacuation centers", "took shelter in ? evacuation shelters",
          "taken shelter in evacuation centres", "taken shelter in evacuation centers",
          "taken shelter in evacuation shelters", "taken shelter in ? evacuation centres",
          "taken shelter in ? evacuation centers", "taken shelter in ? evacuation shelters",
          "taking shelter in evacuation centres", "taking shelter in evacuation centers",
          "taking shelter in evacuation shelters", "taking shelter in ? evacuation centres",
          "taking shelter in ? evacuation centers", "taking shelter in ? evacuation shelters",
          "in public shelters", "in ? public shelters", "staying in public shelters", "staying in ? public shelters",
          // still there: "16,000 people remain in shelters"
          "remain in shelters", "remain in ? shelters", "remained in shelters", "remained in ? shelters",
          "still in shelters", "still in ? shelters",
          // a situation report's sites: "9,000 are sheltering in 14 collective sites", "in 96 temporary
          // accommodation sites", "in 12 evacuation sites"
          "sheltering in ? sites", "sheltering in ? ? sites", "staying in ? ? sites", "in collective sites",
          "in ? collective sites", "in collective centres", "in ? collective centres", "in collective centers",
          "in ? collective centers", "in evacuation sites", "in ? evacuation sites", "in ? accommodation sites",
          "in ? temporary accommodation sites", "in emergency shelters", "in ? emergency shelters",
          // a hall opened for the night: "110 people spent the night in a sports hall", "in the school gym"
          "spent the night in ? sports hall", "spent the night in ? sports halls", "spent the night in ? gym",
          "spent the night in ? gymnasium", "spent the night in ? school gym", "spent the night in ? community centre",
          "spent the night in ? community center", "spent the night in ? town hall")
      .add(DISPLACED, "displaced", "internally displaced", "made homeless", "left homeless", "rendered homeless",
          "fled their homes", "forced to flee", "forced from their homes", "uprooted",
          // refugees counted where they went: "45,000 people have fled across the border into Chad"
          "fled across the border", "fled across ? border", "fled to neighbouring", "fled to neighboring",
          "fled into neighbouring", "fled into neighboring", "fled abroad", "fled the country",
          "fled the fighting", "fled the violence", "fled their villages", "fled the city", "fled the region",
          "fled the province", "fled the town", "fled the enclave", "fled the territory", "took refuge", "taken refuge",
          // out of homes a quake shook: "2,300 people spent the night in tents", "thousands slept outdoors"
          "spent the night in tents", "spent the night in ? tents", "spent the night outdoors", "spent the night in the open",
          "spent the night outside", "slept in tents", "slept in ? tents", "slept outdoors", "slept in the open",
          "sleeping in tents", "sleeping in ? tents", "sleeping outdoors", "sleeping in the open", "living in tents",
          "living in ? tents",
          // villagers fled from the village or into the wild: "3,200 people fled the village", "fled into the bush"
          "fled the village", "fled their village", "fled the villages", "fled the camp", "fled the camps",
          "fled the district", "fled to the town", "fled the area", "fled the areas", "fled to nearby", "fled into the bush", "fled to the bush",
          "fled to the neighbouring", "fled to the neighboring",
          // a crowd fled to a named place: "about 300 villagers fled to Mubi" (a crime's doers or a few people who
          // flee somewhere are no displacement, see ArrivedAndFled)
          "fled to ?", "fled into ?",
          // a crowd that fled, told with no place or with where most went: "more than 6,000 people fled, most of them
          // to the city" (a crime's doers and a few people are none, see ArrivedAndFled)
          "fled ,",
          "fled into the forest", "fled into ? forest", "fled into the jungle", "fled into the mountains",
          "fled into the forests", "fled into ? forests", "fled into the hills", "fled to the hills",
          "sought refuge", "sought shelter", "taking refuge",
          // relief camps taking in people out of their homes: "40,000 people have taken shelter in 290 relief camps"
          "took shelter in relief camps", "took shelter in ? relief camps", "taken shelter in relief camps",
          "taken shelter in ? relief camps", "taking shelter in relief camps", "taking shelter in ? relief camps",
          "sheltering in relief camps", "sheltering in ? relief camps",
          // what they fled named with a word before it: "700,000 have fled gang violence", "fled the ethnic clashes";
          // and still away: "11,000 people are out of their homes" (not "pulled three people out of their homes")
          "fled ? violence", "fled the ? violence", "fled ? fighting", "fled the ? fighting", "fled ? clashes",
          "fled the ? clashes", "are out of their homes", "were out of their homes", "remain out of their homes",
          "remained out of their homes", "still out of their homes",
          // "2,000 people lost their homes", "80,000 were forced to leave their homes"
          "lost their homes", "forced to leave their homes", "forced to abandon their homes", "abandoned their homes",
          "forced out of their homes", "driven from their homes", "driven out of their homes",
          // where the displaced live: "1.1 million people remain in displacement camps", "live in 120 displacement sites"
          "in displacement camps", "in ? displacement camps", "in displacement sites", "in ? displacement sites",
          "in camps for displaced people", "in camps for the displaced", "in makeshift camps", "in ? makeshift camps",
          "living in displacement camps", "living in ? displacement camps", "living in displacement sites",
          "living in ? displacement sites", "living in makeshift camps", "live in displacement camps",
          "live in ? displacement camps", "live in displacement sites", "live in ? displacement sites",
          "live in makeshift camps", "in idp camps", "in ? idp camps", "living in idp camps", "living in ? idp camps",
          "live in idp camps", "live in ? idp camps",
          // gone from home and not back: "180,000 people have left their homes in search of water", "thousands remain
          // unable to return home"
          "have left their homes", "unable to return home", "unable to return to their homes", "unable to go home",
          "unable to go back home", "yet to return home", "yet to return to their homes", "cannot return home",
          "cannot return to their homes", "can't return home", "not returned home", "not returned to their homes")
      .add(ARRESTED, "arrested", "detained", "taken into custody", "taken into police custody",
          "taken into military custody", "taken into preventive custody", "taken into preventive detention", "apprehended", "rounded up", "placed under arrest",
          "held for questioning", "remanded in custody", "nabbed",
          // "17 people were taken in for questioning", "taken away for investigation" (Chinese official usage)
          "taken in for questioning", "taken away for questioning", "taken away for investigation",
          // "a 40-year-old man remains in custody on suspicion of murder"
          "in custody", "in police custody",
          // a police blotter's booking: "two men were booked into the county jail", "booked on murder charges"
          "booked into jail", "booked into ? jail", "booked into the ? jail", "booked into the jail",
          "booked on charges", "booked on ? charges", "booked on suspicion",
          // fighters and suspects seized: "two gunmen were captured" (not "captured on camera": see #filmed)
          "captured", "taken prisoner",
          // escaped inmates caught again: "11 have been recaptured", "four were rearrested"
          "recaptured", "rearrested", "re-arrested",
          // charged by the police or prosecutors, whom an arrest or a summons brought in: "seven people have been
          // charged after the brawl", "a 17-year-old boy has been charged with murder"
          "charged")
      .add(RESCUED, "rescued", "pulled alive", "pulled out alive", "pulled from ? rubble alive", "saved",
          "dug out alive", "dug alive", "brought out alive", "brought up alive", "brought to the surface alive",
          // "25 residents were brought to safety", "26 people were found alive"
          "brought to safety", "pulled to safety", "carried to safety", "led to safety", "winched to safety",
          "hauled to safety", "found alive", "plucked from ? sea", "plucked from ? water", "plucked from the sea",
          "plucked from the water", "plucked from rooftops", "plucked from ? rooftops", "plucked to safety",
          // South Asian usage: "14 were fished out alive", "fished out of the river alive"
          "fished out alive", "fished alive", "fished out of the water alive", "fished out of the river alive",
          "fished out of ? river alive", "pulled out of the water alive", "pulled out of the river alive",
          // freed by force, not let go: "twelve hostages were freed by troops", "freed in a police raid"
          "freed by police", "freed by the police", "freed by troops", "freed by soldiers", "freed by the army",
          "freed by the military", "freed by security forces", "freed by ? forces", "freed by ? security forces",
          "freed by commandos", "freed by rescuers", "freed in ? raid", "freed in ? police raid", "freed in ? military raid",
          "freed in ? operation", "freed in ? military operation", "freed in ? police operation",
          "freed in ? rescue operation", "freed in ? security operation",
          // the living of a wreck or a sinking: "of the 120 on board, 93 survived"
          "survived")
      .add(AFFECTED, "affected", "impacted",
          // people a disaster hit: "2 million people have been hit by the floods"
          "hit by ? floods", "hit by flooding", "hit by ? flooding", "hit by ? drought", "hit by drought",
          "hit by floods", "hit by the deluge", "hit by ? deluge",
          // an outbreak's sick: "23 people have been confirmed infected", "40 fell ill after the wedding"
          "infected", "confirmed infected", "fell ill", "fallen ill", "taken ill", "falling ill",
          // "more than 60 pupils suffered food poisoning", "30 pupils fell sick after the midday meal"
          "fell sick", "fallen sick", "taken sick", "took ill", "took sick", "suffered food poisoning",
          "suffered suspected food poisoning", "suffering from food poisoning", "suffering food poisoning",
          "suffered from food poisoning", "down with food poisoning")
      .build();

  /** What was done to the people counted, before them: "<b>killing</b> 10 civilians". */
  static final PhraseTable ACTIONS = PhraseTable.builder(WordFlags.ACTION_FIRST)
      .add(KILLED, "killed", "killing", "kill", "kills", "murdered", "murdering", "massacred",
          "massacring", "executed", "executing", "beheaded", "slaughtered", "slaughtering",
          "assassinated", "shot dead", "shooting dead", "shot and killed", "shooting and killing",
          "mowed down", "mowing down", "neutralised", "neutralized", "neutralising", "neutralizing",
          "eliminated", "eliminating",
          "gunned down", "gunning down", "claimed the lives of", "claiming the lives of",
          "took the lives of", "taking the lives of", "claimed the life of", "claiming the life of",
          "took the life of", "taking the life of", "left dead", "leaving dead",
          "the deaths of", "the death of", "deaths of", "death of", "the killing of", "the killings of",
          "killing of", "killings of", "the murder of", "the murders of", "the massacre of",
          // "the fatal shooting of a teenager", "Friday's shooting death of John Roe": a killing named by its weapon
          "fatal shooting of", "fatal shootings of", "shooting death of", "shooting deaths of",
          "fatal stabbing of", "stabbing death of", "stabbing deaths of", "fatal beating of", "beating death of",
          "the bodies of", "bodies of", "the body of", "body of", "the remains of", "massacre of",
          "fatally shot", "fatally shooting", "fatally stabbed", "fatally stabbing", "mortally wounding",
          "mortally wounded", "fatally wounding", "fatally injuring", "to death", "beheads", "beheading", "decapitated",
          // the dead laid to rest, only of people told as victims (ActionRules): "residents buried 27 victims"
          "buried", "burying", "bury", "buries",
          "decapitating", "executes", "murders", "slew", "slaying", "the slaying of", "killed all",
          "killing all", "massacres", "shot and killed all", "lynched", "lynching", "the lynching of",
          "strangled", "strangling",
          // military usage, active: "fired on the convoy, martyring four soldiers", "the martyrdom of two guards"
          "martyring", "martyred", "the martyrdom of", "martyrdom of",
          // a loss of kin or comrades: "the army lost 23 soldiers", "she lost two children" (only people lost
          // that way, ActionRules.LOST_TO_DEATH)
          "lost", "losing")
      .add(INJURED, "wounded", "wounding", "wounds", "wound", "injured", "injuring", "injures", "injure", "maimed", "maiming",
          "hurt", "hurting", "injuries to")
      .add(EVACUATED, "evacuated", "evacuating", "the evacuation of", "evacuation of",
          // a headline's present tense: "Floods kill 12, displace thousands", "Police arrest 40 after clashes"
          "evacuate", "evacuates",
          // orders counted by the people they cover: "evacuation orders were issued for 30,000 residents"
          "evacuation orders for", "evacuation order for", "evacuation orders covering", "evacuation order covering",
          "evacuation orders affecting", "evacuation orders were issued for", "evacuation order was issued for",
          "evacuation orders cover", "evacuation order covers", "evacuation orders now cover",
          "evacuation orders were issued to", "evacuation order was issued to",
          // people moved as a noun: "forcing the relocation of 5,300 residents"
          "the relocation of", "relocation of")
      .add(DISPLACED, "displaced", "displacing", "the displacement of", "displacement of", "displace", "displaces",
          "uprooted", "uprooting", "uproots")
      .add(ARRESTED, "arrested", "arresting", "detained", "detaining", "the arrest of", "arrest of",
          "the detention of", "apprehended", "apprehending", "apprehend", "apprehends", "arrest", "arrests", "detain", "detains", "rounded up", "rounding up", "round up",
          "rounds up", "captured", "capturing", "capture", "captures", "recaptured", "recapturing", "rearrested",
          "re-arrested",
          // charges brought, as "charged ... with" is: "prosecutors filed charges against 12 people"; charges
          // dropped are not here, nor charges a victim presses
          "filed charges against", "filing charges against", "brought charges against", "bringing charges against",
          "laid charges against")
      // still looked for by rescuers: "rescue teams were searching for four people" (ActionRules keeps
      // the doers of a crime apart: "police are searching for two suspects")
      .add(MISSING, "searching for", "search for", "searched for", "still searching for", "search continues for",
          "search continued for", "searching for another", "search for another",
          // "divers are looking for two fishermen"
          "looking for", "still looking for", "look for",
          // "searches continue for two people", "the search is continuing for three fishermen"
          "searches continue for", "searches continued for", "search is continuing for", "search was continuing for",
          "searches are continuing for", "searches were continuing for")
      // "gunmen abducted 15 passengers", "killed 19 worshippers and kidnapped more than 50 others"
      .add(MISSING, "abducted", "abducting", "abduct", "abducts", "kidnapped", "kidnapping", "kidnap", "kidnaps",
          "the abduction of", "abduction of", "the abductions of", "the kidnapping of", "kidnapping of",
          "the kidnappings of")
      .add(RESCUED, "rescued", "rescuing", "the rescue of", "rescue of", "rescue", "rescues",
          // only with rescuers before: "troops freed 46 hostages", not "the bandits freed 15 villagers"
          "freed", "freeing")
      // "the outbreak sickened 400 people, hospitalising 50"
      .add(HOSPITALIZED, "hospitalizing", "hospitalising", "hospitalized", "hospitalised",
          // only with a hospital before: "the hospital admitted 385 patients", not "he admitted two charges"
          "admitted", "admitting", "admits")
      .add(AFFECTED, "affected", "affecting", "impacted", "impacting",
          // an outbreak's toll of the sick: "the outbreak has infected more than 9,000 people"
          "infected", "infecting", "sickened", "sickening")
      .build();

  /** Nouns that name the casualties themselves after a number: "12 <b>deaths</b>". */
  static final PhraseTable COUNTED_NOUNS = PhraseTable.builder(WordFlags.COUNTED_FIRST)
      .add(KILLED, "deaths", "fatalities", "bodies", "dead bodies", "corpses", "killings", "death",
          "fatality", "body", "lives lost", "lives were ? lost", "lives have been ? lost", "life was ? lost",
          "life has been ? lost", "people dead",
          // a city's tally of the killed: "the city has recorded 118 homicides this year"
          "homicides", "murders",
          // the word of a health ministry or an army for its dead: "hospitals received 40 martyrs in a day"
          "martyrs", "martyr")
      .add(INJURED, "injuries", "injury")
      // people taken and never found, counted as such: "the violence has left 2,000 disappearances"
      .add(MISSING, "disappearances", "enforced disappearances", "forced disappearances",
          // people taken, counted as the takings: "the raids led to two abductions"
          "abductions", "kidnappings")
      .add(HOSPITALIZED, "hospitalizations", "hospitalisations", "hospital admissions")
      // the uprooted named as such: "14,300 displaced people are sheltering in 41 centres", "2,000 IDPs"
      .add(DISPLACED, "displaced people", "displaced persons", "internally displaced people",
          "internally displaced persons", "idps", "displaced families", "displaced residents")
      .add(ARRESTED, "arrests")
      // a rescue counts the person rescued: "crews carried out 150 water rescues overnight"; after
      // another word, only a kind of rescue of people ("two bank rescues" are bail-outs)
      .add(RESCUED, "rescues", "water rescues", "flood rescues", "boat rescues", "helicopter rescues",
          "rooftop rescues", "sea rescues", "cliff rescues", "mountain rescues", "vehicle rescues")
      // an outbreak's cases, told as a disease's ("5,000 suspected cholera cases", "1,035 confirmed cases"):
      // never bare "cases", which are a court's or a police station's as often
      .add(AFFECTED, "suspected ? cases", "confirmed ? cases", "probable ? cases", "cholera cases", "measles cases",
          "dengue cases", "malaria cases", "mpox cases", "diphtheria cases", "ebola cases", "covid cases",
          "covid-19 cases", "diarrhoea cases", "diarrhea cases", "new cholera cases", "new measles cases",
          "new dengue cases", "new mpox cases", "potential ? cases",
          // or told after "of" with the disease: "3,000 cases of cholera", "12,000 cases of heat stroke"
          "cases of cholera", "cases of measles", "cases of dengue", "cases of malaria", "cases of mpox",
          "cases of diphtheria", "cases of ebola", "cases of covid-19", "cases of diarrhoea", "cases of diarrhea",
          "cases of acute watery diarrhoea", "cases of heatstroke", "cases of heat stroke", "heatstroke cases",
          "heat stroke cases", "cases of dengue fever", "cases of suspected cholera", "cases of monkeypox",
          // infections told with the disease: "18,400 dengue infections" (bare "new infections" stay none)
          "dengue infections", "cholera infections", "measles infections", "mpox infections", "malaria infections",
          "ebola infections", "covid-19 infections", "covid infections", "new dengue infections", "new mpox infections")
      .build();

  /** Nouns that, after "no", mean nobody in their categories: "no casualties", "no injuries". */
  static final PhraseTable ZERO_NOUNS = PhraseTable.builder(WordFlags.ZERO_FIRST)
      .add(KILLED, "deaths", "fatalities", "death", "fatality", "dead", "one killed", "loss of life",
          "lives lost", "lives were ? lost", "life was ? lost", "lives have been ? lost", "casualties")
      .add(INJURED, "injuries", "injury", "injured", "casualties", "one injured", "one hurt")
      .add(ARRESTED, "arrests")
      // "no evacuations had been ordered", "no missing persons were reported"
      .add(EVACUATED, "evacuations", "evacuation orders")
      .add(MISSING, "missing persons", "missing people", "one missing", "one is missing", "one was missing")
      .build();

  /**
   * Possessives before people: the count a killing verb acts on ("killed his two sons"), a group that
   * is the person's own ("a farmer and his three sons"), bare nouns listed after one ("along with his
   * wife and driver").
   */
  static final TokenSet POSSESSIVES = TokenSet.of("his", "her", "their");

  /** Words a rule may step over between the people counted and what befell them. */
  static final TokenSet AUXILIARIES = TokenSet.of(
      "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "will", "would", "may",
      "might", "could", "also", "all", "both", "reportedly", "allegedly", "later", "subsequently",
      "eventually", "initially", "since", "now", "still", "already", "so", "far", "either", "each",
      "critically", "seriously", "severely", "slightly", "lightly", "badly", "gravely", "grievously",
      "moderately", "mildly", "believed", "feared", "thought", "said", "reported", "confirmed", "known",
      "to", "got", "were", "left", "apparently", "likely", "presumably", "probably", "originally",
      "immediately", "instantly", "then", "too", "just", "shot", "stabbed", "attacked", "abducted",
      "beaten", "kidnapped", "hit", "struck", "found", "officially", "tragically", "sadly",
      "themselves", "who", "that", "again", "remain", "remained", "remains", "yesterday", "today", "overnight", "recently", "last", "night",
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "early", "late",
      "this", "morning", "evening", "afternoon", "week", "weekend", "earlier", "reportedly", "feared",
      "later", "allegedly", "ultimately", "eventually", "tragically", "brutally", "mistakenly",
      "accidentally", "senselessly", "summarily", "fatally", "subsequently");

  /** Auxiliary words after which "and" may be stepped over: "were shot and killed". */
  static final TokenSet AND_AFTER = TokenSet.of(
      "shot", "stabbed", "attacked", "abducted", "beaten", "kidnapped", "hit", "struck", "injured",
      "wounded", "hurt");

  /** Words that may end the people counted after an action: "killed 5 <b>in</b> the attack". */
  static final TokenSet STOPS = TokenSet.of(
      "and", "or", "but", "in", "on", "at", "near", "during", "when", "after", "while", "as", "including",
      "with", "across", "inside", "outside", "overnight", "late", "early", "yesterday", "today",
      "tonight", "last", "this", "earlier", "so", "since", "from", "by", "before", "within", "among",
      "of", "according", "said", "says", "officials", "police", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "on", "into", "throughout", "there", "until", "amid",
      "following", "over", "around", "that", "who", "which", "were", "was", "are", "is", "have", "had",
      "has", "and", "also", "the", "a", "an", "to", "nearby", "for", "instantly", "outright", "too",
      "alone", "altogether", "total", "overall", "wounded", "injured", "dead", "killed", "hurt",
      "between", "inclusive", "aboard", "onboard", "abroad", "later", "then", "each");

  /** Words that cannot modify a people noun: "the", "in", ... */
  static final TokenSet FUNCTION_WORDS = TokenSet.of(
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but",
      "who", "which", "that", "when", "while", "after", "before", "as", "is", "was", "were", "are",
      "have", "has", "had", "been", "be", "will", "would", "not", "no", "this", "these", "those",
      "their", "his", "her", "its", "our", "it", "they", "he", "she", "we", "into", "than", "more",
      "least", "said", "says", "say", "told", "reported", "during", "near", "since", "where", "also",
      "killed", "dead", "died", "wounded", "injured", "hurt", "killing", "wounding", "injuring", "among",
      "including", "if", "so", "there", "here", "then", "about", "around", "over", "under", "between",
      "missing", "arrested", "detained", "rescued", "evacuated", "displaced", "affected");

  /** Nouns that name people; plural and singular. */
  static final TokenSet PEOPLE = TokenSet.of(
      "passerby", "passersby", "passer-by", "passers-by", "classmate", "classmates", "jockey", "jockeys",
      "conscript", "conscripts", "burglar", "burglars", "sheriff", "sheriffs", "warden", "wardens",
      "lifeguard", "lifeguards", "coastguard", "coastguards", "stowaway", "stowaways", "medic", "paramedic",
      "sibling", "twin", "athlete", "fiance", "fiancé", "fiancee", "fiancée",
      "secretary", "secretaries", "colleague", "colleagues", "aide", "aides", "aunt", "grandson",
      "granddaughter", "guest", "guests",
      "spy", "spies", "thief", "thieves", "wives", "husbands", "sikh", "sikhs", "nephews", "nieces",
      "judges", "envoys", "expatriate", "expatriates", "criminals",
      "people", "persons", "person", "civilians", "civilian", "children", "child", "kids", "kid",
      "boys", "boy", "girls", "girl", "men", "man", "women", "woman", "babies", "baby", "infants",
      "infant", "toddlers", "toddler", "teenagers", "teenager", "teens", "teen", "youths", "youth",
      "adults", "adult", "students", "student", "pupils", "pupil", "schoolchildren", "soldiers",
      "soldier", "troops", "trooper", "troopers", "servicemen", "serviceman", "officers", "officer",
      "policemen", "policeman", "policewomen", "policewoman", "police", "personnel", "cops", "cop",
      "militants", "militant", "fighters", "fighter", "rebels", "rebel", "insurgents", "insurgent",
      // an army's word for the fighters it killed: "killed more than 20 Hezbollah operatives"
      "operatives", "operative",
      "gunmen", "gunman", "attackers", "attacker", "terrorists", "terrorist", "suspects", "suspect",
      "militiamen", "militiaman", "militia", "jihadists", "jihadist", "extremists", "extremist",
      "bandits", "bandit", "outlaws", "outlaw", "maoists", "maoist", "naxalites", "naxalite",
      "guards", "guard", "villagers", "villager", "residents", "resident",
      // a people's members in West African English: "gunmen killed 12 indigenes of the community"
      "indigenes", "indigene",
      "worshippers", "worshipers", "worshipper", "pilgrims", "passengers", "passenger", "drivers",
      "driver", "workers", "worker", "miners", "farmers", "farmer", "herders", "herder", "herdsmen",
      "fishermen", "fisherman", "journalists", "journalist", "reporters", "reporter", "protesters",
      "protester", "protestors", "protestor", "demonstrators", "demonstrator", "refugees", "refugee",
      "migrants", "migrant", "prisoners", "prisoner", "inmates", "inmate", "detainees", "detainee",
      "hostages", "hostage", "victims", "victim", "souls", "members", "member", "relatives", "relative",
      "families", "family", "individuals", "individual", "employees", "employee", "staff",
      "doctors", "doctor", "nurses", "nurse", "teachers", "teacher", "activists", "activist", "leaders",
      "leader", "elders", "elder", "officials", "official", "delegates", "lawmakers", "lawmaker",
      "politicians", "politician", "candidates", "candidate", "shoppers", "customers", "spectators",
      "fans", "bystanders", "bystander", "pedestrians", "pedestrian", "motorists", "motorist",
      "cyclists", "cyclist", "occupants", "crew", "crewmen", "crewmembers", "sailors", "sailor",
      "marines", "marine", "commandos", "recruits", "cadets", "guardsmen", "peacekeepers",
      "peacekeeper", "contractors", "volunteers", "firefighters", "firefighter", "paramedics",
      "medics", "rescuers", "tourists", "tourist", "visitors", "locals", "nationals", "citizens",
      "citizen", "forces", "deputies", "deputy", "agents", "agent", "others", "wife", "husband", "son",
      "sons", "daughter", "daughters", "mother", "father", "brother", "brothers", "sister", "sisters",
      "couple", "twins", "siblings", "parents", "guests", "patrons", "diners", "clients", "worshipers",
      "taliban", "kurds", "jews", "arabs", "turks", "serbs", "christians", "muslims", "shiites",
      "sunnis", "hindus", "copts", "yazidis", "rohingya", "fulani", "policemen", "minors", "minor",
      "elderly", "senior", "seniors", "residents", "immigrants", "immigrant", "settlers", "settler",
      "traders", "trader", "vendors", "vendor", "shepherd", "shepherds", "hunters", "hunter", "chief",
      "chiefs", "commander", "commanders", "cleric", "clerics", "imam", "priest", "priests", "pastor",
      "bodyguards", "bodyguard", "gunmen", "assailants", "assailant", "combatants", "combatant",
      "recruit", "teenager", "juveniles", "juvenile", "newborns", "newborn", "patients",
      "patient", "survivors", "survivor", "homeowner", "neighbor", "neighbour", "neighbors",
      "neighbours", "friend", "friends", "cousin", "cousins", "uncle", "nephew", "niece", "grandmother",
      "grandfather", "boyfriend", "girlfriend", "roommate", "clerk", "cashier", "security", "mayor",
      "councillor", "councilor", "judge", "lawyer", "prosecutor", "governor", "sheriff", "ranger",
      "rangers", "humanitarians", "staffers",
      // doers a suffix does not tell: "eight suspected pirates were arrested"
      "pirates", "pirate", "hooligans", "hooligan", "thugs", "mercenaries", "vigilantes",
      "staffer", "dissidents", "opponents", "supporters", "supporter", "followers", "musicians",
      "athletes", "players", "player", "coach", "officers", "constables", "constable", "gendarmes",
      "gendarme", "militiamen", "jawans", "jawan", "sepoys", "police officers", "fishers",
      "soldiers", "herdsman", "picnickers", "mourners", "attendees", "participants", "partygoers",
      "revelers", "revellers", "concertgoers", "commuters", "travelers", "travellers", "pilots",
      "pilot", "inhabitants", "dwellers", "squatters", "persons", "ally", "allies", "head", "scholar",
      "scholars", "convert", "converts", "monk", "monks", "imam", "imams", "muezzin", "nun", "nuns",
      "sheikhs", "mullah", "mullahs", "chieftains", "bishops",
      "bishop", "sheikh", "elder", "ruler", "rulers", "chieftain", "king", "queen", "prince", "princess",
      "lady", "gentleman", "fan", "guy", "individual", "native", "natives", "hero", "spouse", "cousin",
      "kin", "heir", "owner", "owners", "chef", "boss", "pupil", "physician", "surgeon", "midwife",
      "mp", "mps", "legislator", "legislators", "lawyer", "lawyers", "tribesmen", "tribesman", "tribe",
      "civilian", "fighters", "worshiper", "vigilante", "vigilantes", "pilgrim", "trucker", "cadet",
      "hostage", "villager", "lawman", "deputy", "staffer", "youngster", "youngsters", "girl",
      "sergeant", "captain", "colonel", "general", "lieutenant", "major", "corporal", "private",
      "constable", "inspector", "superintendent", "detective", "ranger", "warden", "jailer", "diplomat",
      "diplomats", "delegate", "technician", "technicians", "males", "females", "male", "female", "envoy",
      "councilman", "chairperson", "chairman", "president", "minister", "ministers", "spokesman",
      "spokeswoman", "spokesperson", "editor", "editors", "publisher", "photographer", "cameraman",
      "warlord", "warlords", "dean", "deans", "provost", "mukhtar", "councilwoman", "councilwomen",
      "headman", "headmen", "emir", "emirs", "principal", "headteacher", "novelist", "poet", "executive", "executives", "magistrate", "magistrates",
      "rabbi", "rabbis", "vicar", "chaplain", "widow", "widows", "orphan", "orphans", "bride", "groom",
      "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "housewife", "housewives", "grandchild",
      "grandchildren", "stepson", "stepdaughter", "stepfather", "stepmother", "mom", "dad", "nomad", "nomads",
      "monarch", "sultan",
      // the people of a mountain party: "two Sherpa guides were airlifted with injuries"
      "guides", "guide", "sherpas", "sherpa",
      // nouns no suffix tells, found missing when listing who news counts: "nine army auxiliaries were killed"
      "auxiliaries", "auxiliary", "deckhands", "deckhand", "farmhands", "farmhand", "interns", "intern", "convicts",
      "convict", "undergraduates", "undergraduate", "townspeople", "townsfolk", "tribespeople", "surgeons", "midwives",
      "scouts", "scout", "captives", "captive", "in-laws", "spouses", "newlyweds", "brides", "grooms",
      // the people held to account after a disaster: "police detained the mine's legal representative", "the landlord"
      "representative", "representatives", "landlord", "landlords", "landlady", "contractor", "caretaker",
      "watchman", "supervisor", "foreman", "manager", "managers",
      // "the hostel's cook was detained for questioning"
      "cook", "cooks",
      // the trade held to account after a poisoning: "the kingpin of the liquor racket was arrested"
      "kingpin", "kingpins", "mastermind", "masterminds", "bootlegger", "bootleggers", "supplier", "suppliers",
      // South Asian usage of the noun: "police arrested five accused", "the prime accused was held"
      "accused");

  /** Nouns that end in a people-like suffix but do not name people. */
  static final TokenSet NOT_PEOPLE = TokenSet.of(
      // a verb, not an "-ent" noun: "2,300 people spent the night in tents"
      "spent",
      // crimes, not their doers: "the island recorded 1,200 murders last year"
      "murders", "murder",
      "spree", "sprees",
      // a gunfight, in South Asian usage: "in an encounter near the border, two soldiers were killed"
      "encounters", "numbers", "centers", "centres", "towers", "containers", "letters", "papers", "orders", "matters",
      "waters", "computers", "incidents", "events", "documents", "comments", "statements",
      "governments", "departments", "payments", "shipments", "moments", "accidents", "tents", "cents",
      "restaurants", "plants", "grants", "quarters", "headquarters", "borders", "corners", "weapons",
      "rockets", "missiles", "meters", "metres", "kilometers", "kilometres", "liters", "litres",
      "dollars", "hours", "years", "minutes", "others", "chambers", "helicopters", "shelters",
      "barrels", "rounds", "tanks", "vehicles", "houses", "homes", "buildings", "villages", "towns",
      "cities", "districts", "countries", "hospitals", "schools", "miles", "feet", "percent",
      "elements", "segments", "apartments", "settlements", "fragments", "regiments", "agreements",
      "parliaments", "tournaments", "ornaments", "instruments", "treatments", "investments",
      "sentiments", "compartments", "monuments", "arrangements", "announcements", "developments",
      "experiments", "movements", "parties", "charges", "counts", "shots", "bullets", "drones",
      "rupees", "fees", "degrees", "trees", "decrees", "guarantees", "dinars", "euros", "pesos", "yuan",
      "bombs", "mines", "blasts", "explosions", "attacks", "raids", "strikes", "clashes", "fires",
      "cars", "trucks", "buses", "boats", "planes", "aircraft", "ships", "trains", "talks", "days",
      "weeks", "months", "times", "places", "sites", "areas", "points", "cases", "winters", "summers",
      "waters", "powers", "towers", "quarters", "letters", "layers", "silvers", "corners",
      "vectors", "sectors", "factors", "motors", "doors", "floors", "mirrors", "errors",
      "colors", "colours", "monitors", "reactors", "tractors", "elevators", "generators", "indicators",
      "contents", "talents", "percents", "ants", "pants", "variants", "degrees",
      "warrants", "bars", "ears", "fears", "tears", "cheers", "headquarters", "filters",
      "clusters", "posters", "rumors", "rumours", "honors", "honours", "flavors", "favours", "labors",
      "intents", "fragments", "comments", "moments", "segments", "regiments", "sentiments", "cements",
      "orients", "cents", "tents", "vents", "scents", "parliaments", "cattle", "cows", "goats", "sheep",
      "camels", "animals", "horses", "donkeys", "dogs", "livestock", "chickens", "pigs", "later", "other",
      // wild animals caught or killed: "hunters captured a 12-foot alligator"
      "alligators", "gators", "crocodiles", "sharks", "snakes", "pythons", "cobras", "bears", "lions", "tigers",
      "leopards", "elephants", "hippos", "boars", "monkeys", "whales", "dolphins", "cats", "birds", "rats", "monsters",
      // firms named like doers, which business news says were "hurt": "the steelmaker was hurt by lower prices"
      "steelmakers", "automakers", "carmakers", "drugmakers", "chipmakers", "lenders", "retailers", "insurers",
      "reinsurers", "exporters", "importers", "manufacturers", "refiners", "carriers", "providers", "broadcasters",
      "distributors", "wholesalers", "brewers", "shippers",
      // things named like doers: "the merger was killed", "a trawler sank"
      "mergers", "trawlers", "tankers", "freighters", "printers", "chargers", "transformers", "thrillers",
      "boulders", "trailers", "lockers", "dumpsters", "reservoirs", "corridors", "blockbusters",
      "never", "ever", "however", "after", "over", "under", "together", "whether", "rather", "either",
      "neither", "further", "river", "summer", "winter", "october", "november", "december",
      "september", "chapter", "another", "per", "sooner", "earlier", "former", "latter", "inner",
      "outer", "upper", "lower", "bigger", "larger", "smaller", "older", "younger", "greater", "higher",
      "current", "recent", "different", "present", "apparent", "important", "significant", "urgent",
      "violent", "silent", "pregnant", "constant", "distant", "instant", "decent", "innocent", "latest",
      "against", "amongst", "pleasant", "relevant", "vacant", "brilliant", "abundant");

  /**
   * Nouns of things that a people word may modify ("Russian <b>regions</b>", "police
   * <b>stations</b>"); a number counting them counts no casualties.
   */
  static final TokenSet THINGS = TokenSet.of(
      "regions", "region", "provinces", "province", "villages", "village", "houses", "house", "homes", "home",
      "buildings", "building", "vehicles", "vehicle", "missiles", "missile", "rounds", "round", "flights",
      "flight", "stations", "station", "posts", "post", "bases", "base", "checkpoints", "checkpoint",
      "positions", "position", "convoys", "convoy", "facilities", "facility", "sites", "site", "areas",
      "area", "districts", "district", "neighbourhoods", "neighborhoods", "cattle", "livestock", "cows",
      "camps", "camp", "properties", "property", "structures", "businesses", "shops", "stores", "offices",
      "office", "schools", "school", "hospitals", "hospital", "clinics", "mosques", "mosque", "churches",
      "church", "roads", "bridges", "farms", "farmland", "crops", "hectares", "acres", "towns", "cities",
      "communities", "settlements", "streets", "blocks", "apartments", "flats", "units", "cars", "trucks",
      "tanks", "aircraft", "planes", "jets", "helicopters", "drones", "boats", "ships", "vessels", "trains",
      "services", "networks", "systems", "lines", "shelters", "tents", "weapons", "guns", "rifles",
      "accounts", "websites", "servers", "outlets", "dwellings", "sectors", "zones");

  /** Words that precede a label number, not a count: "Route 66", "Article 5". */
  static final TokenSet LABELS = TokenSet.of(
      "route", "highway", "article", "number", "flight", "room", "apartment", "apt", "gate",
      "level", "category", "phase", "chapter", "section", "page", "interstate", "bus", "line",
      "platform", "unit", "block", "zone", "sector", "ward", "precinct", "station", "channel",
      "resolution", "paragraph", "clause", "exit", "lot", "suite", "floor", "building", "terminal",
      "pier", "dock", "hangar", "district", "stage", "grade", "class", "version", "model", "type",
      "series", "episode", "season", "volume", "vol", "fig", "figure", "table", "p", "pp", "sr",
      "state", "county", "road", "street", "avenue", "lane", "rd", "st", "ave", "hwy", "us", "i",
      "sr", "cr", "fm", "km", "mile", "kilometer", "kilometre", "marker", "post", "camp", "battalion",
      "brigade", "regiment", "division", "corps", "squadron", "company", "team", "group", "cell",
      "apollo", "covid", "mh", "code", "aged", "age", "ages", "population", "g", "n", "s", "e", "w", "box", "po", "ext", "tel", "phone", "fax", "call",
      "dial", "score", "scored", "beat", "lost", "won", "vote", "votes", "voted");

  /** Words (after "said", before "said") that make a claimant no claimant. */
  static final TokenSet PRONOUNS = TokenSet.of(
      "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "there");

  /** Verbs that introduce a claim: "police <b>said</b>". */
  static final TokenSet SAY_VERBS = TokenSet.of(
      "said", "says", "say", "told", "reported", "reports", "confirmed", "confirms", "announced",
      "announces", "stated", "states", "added", "tweeted", "wrote", "estimated",
      "estimates", "counted");

  /** Words whose presence near a toll makes it a revision: "the toll <b>rose</b> to 12". */
  static final TokenSet UPDATE_WORDS = TokenSet.of(
      "rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "climb", "climbing",
      "increased", "increases", "increase", "reached", "reaches", "jumped", "jumps", "hit", "soared",
      "bringing", "brings", "brought", "raising", "raises", "raised", "pushing", "pushed", "updated",
      "revised", "grew", "grown", "mounted", "swelled", "now");

  /** Cues of a whole war's toll, a running total: "since the war began", "since the invasion". */
  private static final String[] WAR_LONG = {"since the war began", "since the conflict began", "since the war started",
      "since the fighting began", "since the invasion", "since the outbreak", "since the uprising began"};

  /**
   * Spans of months or years, which count many incidents ("eight children have been shot in the
   * past 17 months"); hours, days and weeks may be one incident's toll.
   */
  private static final String[] MONTHS_OR_YEARS = {"in the past ? months", "in the last ? months",
      "over the past ? months", "over the last ? months", "in the past ? years", "in the last ? years",
      "over the past ? years", "over the last ? years", "in the past year", "in the last year", "over the last year",
      "within the last year", "within the past year", "within the last ? months", "within the past ? months"};

  /** Phrases that make a figure a running total over many incidents: "so far this season". */
  static final PhraseTable CUMULATIVE_CUES = PhraseTable.builder(WordFlags.CUMULATIVE_FIRST)
      .add(KILLED, "so far this", "this year", "this season", "since the start", "since the beginning",
          "to date", "so far in", "since january", "in recent years", "over the past year",
          "over the past decade", "over the years", "since the start of", "since the beginning of",
          "during the past ? months", "during the past ? years", "in the past decade", "over the last decade")
      .add(KILLED, WAR_LONG)
      .add(KILLED, MONTHS_OR_YEARS)
      .build();

  /**
   * The {@link #CUMULATIVE_CUES} that date a whole conflict's toll, which govern their sentence
   * even when they open it ("Since the war began, more than 40,000 have been killed"), unlike a
   * span of days ("Since the beginning of this week, ... killed 10"); and the spans since a truce.
   */
  static final PhraseTable CONFLICT_CUES = PhraseTable.builder(0)
      .add(KILLED, WAR_LONG)
      .add(KILLED, "since the truce", "since the ceasefire", "since the cease-fire", "since the start of the war")
      .add(KILLED, MONTHS_OR_YEARS)
      .build();

  /**
   * Words of a sentence that tell of an incident besides the one a report has told: "in a separate raid", "another
   * attack", "meanwhile".
   */
  /** The days of the week. */
  static final TokenSet WEEKDAYS = TokenSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");
  /** Names of months and days, which a list may count by as well as by places. */
  static final TokenSet CALENDAR = WEEKDAYS.plus("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  static final TokenSet OTHER_INCIDENT = TokenSet.of("another", "separate", "separately", "elsewhere",
      "also", "meanwhile", "second", "similar");

  /** Nouns of one incident, which a sentence's toll counts however widely it spread ("the hurricane ... across six states"). */
  static final TokenSet ONE_INCIDENT = TokenSet.of("hurricane", "typhoon", "cyclone", "storm", "earthquake", "quake",
      "tsunami", "flood", "wildfire", "heatwave", "blizzard", "tornado", "outbreak", "attack", "shooting", "crash");

  /** Incidents in the plural, whose victims over a period make a running total: "died in road crashes last year". */
  static final TokenSet INCIDENTS = TokenSet.of("crashes", "accidents", "attacks", "shootings", "bombings",
      "floods", "landslides", "fires", "incidents", "clashes", "collisions", "explosions", "stampedes");

  /**
   * Nouns of a whole conflict, which as the subject of a perfect tense count a running total: "the
   * war has killed tens of thousands", "the insurgency, now in its tenth year, has claimed 3,000 lives". Not
   * "conflict", "outbreak" or "bombardment", which as often name one clash ("a conflict between two
   * villages has claimed 150 lives").
   */
  static final TokenSet CONFLICT_NOUNS = TokenSet.of("war", "wars", "insurgency", "uprising", "occupation",
      "blockade", "epidemic", "pandemic");

  /** Phrases that make a figure a rate over many incidents: "road accidents kill 150,000 people every year". */
  static final PhraseTable RATE_CUES = PhraseTable.builder(0)
      .add(KILLED, "every year", "each year", "per year", "annually", "every month", "each month", "every week",
          "each week", "every day", "each day", "on average", "per day", "per week", "per month",
          // a season's toll: "avalanches kill about 20 people in the Alps each winter"
          "every winter", "each winter", "every summer", "each summer", "every season", "each season")
      .build();

  /**
   * Words of which a sentence must hold at least one to state a figure: the longest word of every
   * trigger phrase, and the words of the toll and zero rules. Sentences without any are skipped.
   */
  static final Set<String> KEY_WORDS = keyWords();

  private static Set<String> keyWords() {
    Set<String> keys = new java.util.HashSet<>();
    PREDICATES.addKeyWords(keys);
    ACTIONS.addKeyWords(keys);
    COUNTED_NOUNS.addKeyWords(keys);
    ZERO_NOUNS.addKeyWords(keys);
    keys.addAll(java.util.List.of("toll", "number", "nobody", "none", "no-one", "shot", "shooting", "shoots", "shoot"));
    // people driven out: "forcing 12,000 people to flee"
    keys.addAll(java.util.List.of("forced", "forcing", "forces", "force"));
    // refugees a camp or country takes in: "Chad hosts 1.2 million refugees"
    keys.addAll(java.util.List.of("refugees", "asylum-seekers"));
    // single wounded victims: "was grazed", "was struck by a bullet", "is in stable condition"
    keys.addAll(java.util.List.of("grazed", "struck", "hit", "hitting", "striking", "condition", "wound", "wounds"));
    // everyone aboard killed: "no survivors among the 67 people aboard"
    keys.addAll(java.util.List.of("survivors", "survivor"));
    // a person who survived a bullet: "Girl survives stray bullet"
    keys.addAll(java.util.List.of("survives", "survived"));
    // what became of people a verb acts on (ObjectComplements): "dug two miners out alive", "into custody"
    keys.addAll(java.util.List.of("alive", "hospital", "hospitals", "custody", "safety", "homes"));
    // a hospital told as a centre or a room of care (hospitalAt): "taken to a trauma center"
    keys.addAll(java.util.List.of("infirmary", "center", "centre", "centers", "centres", "room", "department", "unit"));
    return ImmutableSet.copyOf(keys);
  }

  private static final TokenSet WEEKDAYS_AND_TIMES = TokenSet.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
      "overnight", "night", "morning", "evening", "afternoon", "weekend");

  /** Returns whether the word is a weekday or a time of day ("Friday", "overnight", "morning"). */
  static boolean isWeekdayOrTime(Token t) {
    return WEEKDAYS_AND_TIMES.contains(t);
  }

  /** Suffixes after a person noun that keep it a person: "brother-in-law", "mayor-elect". */
  private static final List<String> TITLE_SUFFIXES = List.of("-in-law", "-in-laws", "-elect", "-designate");

  /** Words of the people taken to hospital that tell them hurt: "two wounded people", "four stabbing victims". */
  static final TokenSet HURT_MODIFIERS = TokenSet.of("wounded", "injured", "stabbing", "gunshot", "shooting");
  /** Participles of an abduction: a count they describe ("137 abducted pupils") names whom it counts, not a fate. */
  static final TokenSet ABDUCTED = TokenSet.of("abducted", "kidnapped");

  /** Words that name a hospital by themselves ("a clinic" may see a patient for an hour: no stay). */
  private static final TokenSet HOSPITAL_WORDS = TokenSet.of("hospital", "hospitals", "infirmary");
  /**
   * Words before "hospital" that tell which: "the district hospital", "a county referral hospital" (a
   * phrase's "?" may take the word before).
   */
  private static final TokenSet HOSPITAL_KINDS = TokenSet.of("referral", "district", "county", "general", "regional",
      "teaching", "military", "field", "private", "public", "state", "local", "nearby", "area", "university", "city",
      "provincial", "civil", "government", "community", "memorial", "main", "specialist", "rural", "tertiary",
      "children's", "women's", "veterans", "army", "police", "mission", "municipal", "central", "national");
  /** Kinds of a place that takes in the hurt or the sick: "a trauma center", "isolation wards". */
  private static final TokenSet CARE_KINDS = TokenSet.of("medical", "trauma", "burn", "burns", "health", "cancer",
      "emergency", "treatment", "isolation");
  /** Places of care after their kind: "medical center", "emergency room", "treatment units". */
  private static final TokenSet CARE_PLACES = TokenSet.of("center", "centre", "centers", "centres", "room", "rooms",
      "department", "unit", "units", "ward", "wards", "facility", "facilities");
  /**
   * Nouns of a place of care that may do what a hospital does: "the hospital admitted 385 patients",
   * "its treatment centre admitted 212".
   */
  static final TokenSet CARE_NOUNS = TokenSet.of(
      Stream.of(HOSPITAL_WORDS.words(), CARE_PLACES.words(), Set.of("clinic", "clinics"))
          .flatMap(Set::stream).toArray(String[]::new));

  /**
   * Returns the end of a hospital named at {@code i}, or -1: "hospital", "hospitals", "infirmary", the
   * same after a word of its kind ("district hospital"), or a place of care told by its kind, "medical center", "trauma centre", "emergency
   * room", "isolation wards". The phrases of this class's tables that say "hospital" take any of them,
   * and so does every rule that looks for a hospital.
   */
  static int hospitalAt(Token[] t, int i, int e) {
    if (i >= e) {
      return -1;
    }
    if (HOSPITAL_WORDS.contains(t[i])) {
      return i + 1;
    }
    if (i + 1 < e && HOSPITAL_KINDS.contains(t[i]) && HOSPITAL_WORDS.contains(t[i + 1])) {
      return i + 2;
    }
    return i + 1 < e && CARE_KINDS.contains(t[i]) && CARE_PLACES.contains(t[i + 1])
        && (!t[i + 1].lower.startsWith("room") || t[i].is("emergency")) ? i + 2 : -1;
  }

  /** Words of a camera or its pictures: "captured <b>on video</b>", "<b>CCTV</b> captured two men". */
  private static final TokenSet RECORDINGS = TokenSet.of(
      "camera", "cameras", "video", "videos", "cctv", "footage", "film", "tape", "photo", "photos", "photograph",
      "photographs", "image", "images", "dashcam", "bodycam", "surveillance", "doorbell", "cellphone", "picture",
      "pictures", "photographer", "photographers", "imagination", "attention", "hearts");
  /** How many words around "captured" may tell a camera. */
  private static final int RECORDING_WINDOW = 5;

  /**
   * Whether the word at {@code i} is "captured" (or its forms) told of a camera or its pictures, not
   * of an arrest: "two men were captured on surveillance video", "a doorbell camera captured the
   * suspects", "the story captured the attention of".
   */
  static boolean filmed(Token[] t, int i, int e) {
    if (!t[i].lower.startsWith("captur")) {
      return false;
    }
    for (int k = Math.max(0, i - RECORDING_WINDOW); k < e && k <= i + RECORDING_WINDOW; k++) {
      if (RECORDINGS.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  static boolean isPeople(Token t) {
    if (t.people == 0) {
      t.people = (byte) (readPeople(t) ? 1 : 2);
    }
    return t.people == 1;
  }

  private static boolean readPeople(Token t) {
    if (!t.isWord() || t.has(WordFlags.NUMBER_WORD)) {
      // "three" ends like "employee" but counts, it does not name
      return false;
    }
    if (t.has(WordFlags.PEOPLE)) {
      return true;
    }
    String w = t.lower;
    if (w.endsWith("-year-old") || w.endsWith("-year-olds") || w.endsWith("-month-old")) {
      return true;
    }
    for (String title : TITLE_SUFFIXES) {
      if (w.endsWith(title) && w.length() > title.length()) {
        // "brother-in-law", "mayor-elect": the person is named before the suffix
        w = w.substring(0, w.length() - title.length());
        break;
      }
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen >= 0) {
      w = w.substring(hyphen + 1);
      if (PEOPLE.contains(w)) {
        return true;
      }
    }
    if (w.length() < 5 || hasDigit(w) || NOT_PEOPLE.contains(w)) {
      return false;
    }
    if (w.endsWith("s")) {
      // "-ments" are things, never people: "amendments", "agreements", "settlements"
      return w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ists") || w.endsWith("ians")
          || w.endsWith("ees") || w.endsWith("ants") || w.endsWith("ents") && !w.endsWith("ments")
          || (t.capitalized && (w.endsWith("ites") || w.endsWith("is") || w.endsWith("ans")));
    }
    boolean suffix = w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian") || w.endsWith("man")
        || w.endsWith("men") || w.endsWith("ee") || w.endsWith("ant") || w.endsWith("ent") && !w.endsWith("ment")
        || (t.capitalized && w.endsWith("ese"));
    // the plural is made and looked up only for a word with a people-like suffix
    return suffix && !NOT_PEOPLE.contains(w + "s");
  }

  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the category a cumulative or other table's phrase applies to, for tests. */
  static CasualtyCategory categoryOf(PhraseTable table, String phrase) {
    Token[] t = Tokenizer.tokenize(phrase).tokens;
    PhraseTable.Match m = table.match(t, 0, t.length);
    return m == null ? null : m.category;
  }
}
