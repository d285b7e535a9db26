package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People a verb acts on, told with what became of them after the people: "gunmen burned two
 * villagers <b>alive</b>", "paramedics took 12 people <b>to hospital</b>", "police took 15 people
 * <b>into custody</b>", "paramedics treated 31 people <b>for smoke inhalation</b>", "authorities
 * moved 3,000 residents <b>to safer ground</b>", "rescuers pulled two children from the rubble
 * <b>alive</b>". The verb alone says nothing of the outcome ("took two villagers", "pulled two
 * bodies from the river", "treated 40 patients for the flu"); the words after the people do. One
 * table of shapes serves them all.
 *
 * <p>People sent to hospital, pulled out alive or to safety right after the verb, or forced from
 * their homes have rules of their own ({@link SentToHospital}, {@link PulledAlive}, and the
 * forced-out rule), which read more than the words after the people.
 *
 * <p>Immutable and thread-safe.
 */
final class ObjectComplements {
  /**
   * A group of verbs, the category of the people they act on, the rule's name, and the words after
   * the people: a word, a {@link TokenSet} of words one of which stands there, a {@link #HOSPITAL},
   * or one of the gaps {@link #ANY}, {@link #SOME}, {@link #LEAD} and {@link #ONE}.
   */
  private record Shape(TokenSet verbs, CasualtyCategory category, String rule, Object... complement) {}

  /** Up to three words, no punctuation, before the next element: "to <b>the nearest</b> hospital". */
  private static final Object ANY = new Object();
  /** As {@link #ANY}, but one word at least: "pulled two children <b>from the rubble</b> alive". */
  private static final Object SOME = new Object();
  /** Up to two words before a place that are no stop words but "the": "to <b>the</b> relief camps". */
  private static final Object LEAD = new Object();
  /** A hospital as {@link Lexicon#hospitalAt} reads it: "to the <b>trauma center</b>". */
  private static final Object HOSPITAL = new Object();
  /** Any one token: "to safer <b>ground</b>". */
  private static final Object ONE = new Object();
  /** How many words {@link #ANY} and {@link #SOME} may stand for. */
  private static final int MAX_WILDCARD = 3;
  /** How many words {@link #LEAD} may stand for. */
  private static final int MAX_LEAD = 2;

  private static final TokenSet TAKEN = TokenSet.of(
      "took", "taking", "takes", "take", "rushed", "rushing", "rushes", "rush", "brought", "bringing", "brings",
      "transported", "transporting", "transports", "airlifted", "airlifting", "ferried", "ferrying", "flew",
      "admitted", "admitting");
  /** Verbs of moving people, before them: "authorities moved 3,000 people to safer ground". */
  private static final TokenSet MOVED = TokenSet.of("moved", "moving", "shifted", "shifting", "relocated",
      "relocating", "ferried", "ferrying", "airlifted", "airlifting", "bused", "bussed", "took", "taking");
  /**
   * Harms people are treated for: "for smoke inhalation", "for gunshot wounds", "for minor injuries", "for heat
   * stroke and dehydration".
   */
  private static final TokenSet HARMS = TokenSet.of("injuries", "injury", "wounds", "wound", "burns", "smoke",
      "inhalation", "heatstroke", "hypothermia", "frostbite", "exhaustion", "cuts", "bruises", "fractures", "trauma",
      "heat", "heat-related", "dehydration");
  /** Words of a bill, not a crime, after "charged ... with": "with a late fee". */
  private static final TokenSet FEES = TokenSet.of("fee", "fees", "interest", "tax", "taxes", "surcharge", "fine", "fines");

  /** Whether a word of a bill stands within three words after {@code j}. */
  private static boolean feeAfter(Token[] t, int j, int e) {
    for (int k = j; k < e && k < j + 3; k++) {
      if (FEES.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /** Where people are moved to safety: "to safety", "into cyclone shelters", "to relief camps". */
  private static final TokenSet REFUGES = TokenSet.of("safety", "shelters", "camps", "centres", "centers");
  /** The prepositions of a move to a refuge. */
  private static final TokenSet INTO = TokenSet.of("to", "into");

  /** Words of captives after the people taken: "took six guards hostage", "held 40 villagers captive". */
  private static final TokenSet CAPTIVES = TokenSet.of("hostage", "hostages", "captive");
  private static final List<Shape> SHAPES = List.of(
      new Shape(TokenSet.of("burned", "burnt", "burning", "burns", "burn"), CasualtyCategory.KILLED,
          "<verb> <n> <people> <complement>", "alive"),
      // "the blaze burned 11 occupants beyond recognition": burned past knowing, dead
      new Shape(TokenSet.of("burned", "burnt", "burning", "charred", "charring"), CasualtyCategory.KILLED,
          "<verb> <n> <people> <complement>", "beyond", "recognition"),
      new Shape(TAKEN, CasualtyCategory.HOSPITALIZED, "<verb> <n> <people> <complement>", "to", ANY, HOSPITAL),
      new Shape(TokenSet.of("pulled", "pulling", "pulls", "dragged", "plucked", "brought", "bringing", "dug", "digging"),
          CasualtyCategory.RESCUED, "<verb> <n> <people> <complement>", SOME, "alive"),
      // "taking 40 protesters into police custody"; "into protective custody" is care, no arrest
      new Shape(TokenSet.of("took", "taken", "taking", "takes", "take"), CasualtyCategory.ARRESTED,
          "took <n> <people> into custody", "into", "custody"),
      new Shape(TokenSet.of("took", "taken", "taking", "takes", "take"), CasualtyCategory.ARRESTED,
          "took <n> <people> into custody", "into", TokenSet.of("police", "military"), "custody"),
      // captives taken or held by their captors: "rebels took 15 aid workers hostage", "held 40 villagers captive"
      new Shape(TokenSet.of("took", "taking", "takes", "take", "held", "holding", "holds", "hold"), CasualtyCategory.MISSING,
          "took <n> <people> hostage", CAPTIVES),
      // people charged with a crime are brought in: "police have charged three teenagers with murder"
      new Shape(TokenSet.of("charged", "charging"), CasualtyCategory.ARRESTED, "charged <n> <people> with", "with"),
      new Shape(TokenSet.of("treated", "treating", "treats"), CasualtyCategory.INJURED,
          "treated <n> <people> for <a harm>", "for", ANY, HARMS),
      // "paramedics treated 9 people at the scene for smoke inhalation"
      new Shape(TokenSet.of("treated", "treating", "treats"), CasualtyCategory.INJURED,
          "treated <n> <people> for <a harm>", "at", "the", "scene", "for", ANY, HARMS),
      new Shape(MOVED, CasualtyCategory.EVACUATED, "moved <n> <people> to safety", INTO, LEAD, REFUGES),
      new Shape(MOVED, CasualtyCategory.EVACUATED, "moved <n> <people> to safety", INTO, LEAD,
          TokenSet.of("safer", "higher"), ONE),
      // "moved about 800,000 people from low-lying coastal areas into cyclone shelters"
      new Shape(MOVED, CasualtyCategory.EVACUATED, "moved <n> <people> to safety", "from", SOME, INTO, LEAD, REFUGES));
  /** Every shape's verbs: most words are none, and are refused with one look-up. */
  private static final TokenSet ANY_VERB = TokenSet.of(SHAPES.stream().flatMap(shape -> shape.verbs().words().stream())
      .toArray(String[]::new));
  /** Words of the people taken to hospital that tell them shot: "four gunshot victims". */
  private static final TokenSet SHOT = TokenSet.of("gunshot", "shooting");

  private ObjectComplements() {}

  /**
   * Adds the figure of the people the verb at {@code i}, in the sentence that starts at {@code s},
   * acts on, where the words after them tell what became of them.
   */
  static void apply(Token[] t, int s, int i, int e, List<Candidate> out) {
    if (!t[i].isWord() || !ANY_VERB.contains(t[i])) {
      return;
    }
    People.Counted c = null;
    for (Shape shape : SHAPES) {
      if (!shape.verbs().contains(t[i])) {
        continue;
      }
      c = c == null ? People.countedAt(t, i + 1, e) : c;
      if (c == null || c.people == null && c.quantity.need != Quantity.Need.NONE) {
        return;
      }
      boolean hospital = shape.category() == CasualtyCategory.HOSPITALIZED;
      if (hospital && c.quantity.end < e && t[c.quantity.end].is("of")
          || shape.category() == CasualtyCategory.EVACUATED && c.people == null) {
        continue; // "took one of the victims to hospital" tells a part of people counted elsewhere
      }
      // "took 20 passengers hostage": the people's phrase may have read the complement as one of its nouns,
      // and "took 30 hostages" names the captives by it
      boolean captives = shape.category() == CasualtyCategory.MISSING && c.people != null
          && c.end - 1 >= c.quantity.end && CAPTIVES.contains(t[c.end - 1]);
      int end = captives ? c.end : complementEnd(t, c.end, e, shape.complement());
      if (end > 0 && shape.category() == CasualtyCategory.ARRESTED && t[end - 1].is("with") && feeAfter(t, end, e)) {
        continue; // "charged two customers with a late fee": a bill, no crime
      }
      if (end > 0) {
        Quantity q = c.quantity;
        // people a shooting left to be taken to hospital are hurt, as people it sent there are
        // ("four gunshot victims"), and so are people told as hurt ("two wounded people")
        boolean shot = hospital && (SentToHospital.byAShooting(t, s, i) || Sentences.containsAny(t, q.end, c.end, SHOT));
        boolean hurt = shot || hospital && Sentences.containsAny(t, q.end, c.end, Lexicon.HURT_MODIFIERS);
        out.add(new Candidate(hurt ? CasualtyCategory.INJURED : shape.category(), q.count, q.begin, q.end, i, end,
            c.who(), FigureRole.TOTAL, shape.rule() + (shot ? GunshotWounds.AS_SHOT : "")));
        return;
      }
    }
  }

  /** Returns the index after the complement's elements from {@code j} on, or -1. */
  private static int complementEnd(Token[] t, int j, int e, Object[] elements) {
    int k = j;
    for (int w = 0; w < elements.length; w++) {
      Object el = elements[w];
      if (el == ANY || el == SOME || el == LEAD) {
        // the gap ends at the first word that fits the element after it
        int max = el == LEAD ? MAX_LEAD : MAX_WILDCARD;
        int n = k;
        while (n < e && n < k + max && fitsGap(t[n], el) && fitEnd(t, n, e, elements[w + 1]) < 0) {
          n++;
        }
        if (el == SOME && n == k || n >= e || fitEnd(t, n, e, elements[w + 1]) < 0) {
          return -1;
        }
        k = n;
        continue;
      }
      k = fitEnd(t, k, e, el);
      if (k < 0) {
        return -1;
      }
    }
    return k;
  }

  private static boolean fitsGap(Token w, Object gap) {
    return gap == LEAD ? w.isWord() && (!w.has(WordFlags.STOP) || w.is("the")) : !w.isPunct();
  }

  /** Returns the end of the element at {@code k}, or -1 if it does not stand there. */
  private static int fitEnd(Token[] t, int k, int e, Object element) {
    if (element == HOSPITAL) {
      return Lexicon.hospitalAt(t, k, e);
    }
    if (k >= e) {
      return -1;
    }
    boolean fits = element == ONE
        || (element instanceof TokenSet set ? set.contains(t[k]) : t[k].is((String) element));
    return fits ? k + 1 : -1;
  }
}
