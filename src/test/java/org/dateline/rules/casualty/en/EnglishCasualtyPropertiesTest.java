package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dateline.model.CasualtyFigure;

class EnglishCasualtyPropertiesTest {
  private static final EnglishCasualtyExtractor X = EnglishCasualtyExtractor.create();

  /** Sentence frames where a number counts something other than casualties; %d is the number. */
  private static final List<String> NOT_CASUALTIES = List.of(
      "A %d-year-old man appeared in court.",
      "The victim, a %d-year-old woman, was named on Friday.",
      "Volunteers aged %d were turned away.",
      "The man, %d, was released without charge.",
      "The company paid $%d to the families.",
      "The state pays %d rupees to the family of each of the dead.",
      "Prices rose by %d%% last year.",
      "The blast happened %d kilometres from the border.",
      "The army fired %d missiles at the port.",
      "Rebels destroyed %d houses in the raid.",
      "Troops seized %d vehicles near the river.",
      "The two sides held %d rounds of talks.",
      "The strike happened in %d, officials recalled.",
      "Bus %d was stopped at the checkpoint.",
      "The attack took place at %d:30 on Sunday.");

  @Property
  void numbersInOtherContextsAreNotTaken(@ForAll @IntRange(min = 2, max = 1999) int n,
      @ForAll("frames") String frame) {
    String text = String.format(java.util.Locale.ROOT, frame, n);
    assertEquals(List.of(), X.extract(text), text);
  }

  @Provide
  Arbitrary<String> frames() {
    return Arbitraries.of(NOT_CASUALTIES);
  }

  @Property
  void aPlantedFigureIsFoundBesideOtherNumbers(@ForAll @IntRange(min = 2, max = 5000) int killed,
      @ForAll @IntRange(min = 2, max = 99) int age) {
    String text = String.format(java.util.Locale.ROOT,
        "A %d-year-old driver was questioned. At least %d people were killed in the crash, police said.", age, killed);
    List<CasualtyFigure> figures = X.extract(text);
    assertEquals(1, figures.size(), text);
    assertEquals("[" + killed + "..+inf)", figures.get(0).count().toString());
  }

  @Property(tries = 500)
  void randomTextNeverThrowsAndSpansLieInside(@ForAll("noise") String text) {
    for (CasualtyFigure f : X.extract(text)) {
      assertTrue(f.span().begin() >= 0 && f.span().end() <= text.length() && f.span().begin() < f.span().end(), text);
      assertEquals(text.substring(f.span().begin(), f.span().end()), f.span().text());
    }
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> words = Arbitraries.of(
        "killed", "dead", "at", "least", "more", "than", "between", "and", "to", "were", "wounded", "-", ",",
        ".", "(", ")", "a", "an", "one", "no", "nobody", "toll", "rose", "including", "people", "dozens", "of",
        "37", "1,200", "247", "025", "1.5", "million", "twenty-one", "20-25", "hundred", "said", "police",
        "according", "[", "]", "\u2014", "\u00a0", "\n", "year-old", "F-16", "$", "%", ":", "'s", "\u2019");
    Arbitrary<String> chunks = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(6));
    return Combinators.combine(chunks.list().ofMaxSize(40), Arbitraries.of(" ", "", "  "))
        .as((list, sep) -> String.join(sep, list));
  }
}
