package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TransliterationTest {
  private static String text(String name) {
    return Transliteration.foldText(Gazetteer.key(name));
  }

  private static String gazetteer(String name) {
    return Transliteration.foldGazetteer(Gazetteer.key(name));
  }

  @Test
  void newsSpellingsFoldToTheGazetteersName() {
    assertEquals(gazetteer("Khān Yūnis"), text("Khan Younis"));
    assertEquals(gazetteer("Dayr al Balaḩ"), text("Deir el-Balah"));
    assertEquals(gazetteer("An Nuşayrāt"), text("Nuseirat"));
    assertEquals(gazetteer("Bayt Lāhyā"), text("Beit Lahia"));
    assertEquals(gazetteer("Al Fallūjah"), text("al-Fallujah"));
    assertEquals(Transliteration.undoubled(gazetteer("Ta‘izz")), text("Taiz"));
  }

  @Test
  void anArticleInEnglishIsNotDropped() {
    assertNotEquals(gazetteer("Orange"), text("An Orange"));
    assertEquals("as of", text("As of"));
  }

  @Test
  void skeletonsIgnoreVowelsDoubledLettersAndTheArticle() {
    assertEquals(Transliteration.skeleton("taizz", 0, 5), Transliteration.skeleton("Taiz", 0, 4));
    assertEquals(Transliteration.skeleton("dayr", 0, 4), Transliteration.skeleton("Deir", 0, 4));
    assertEquals(Transliteration.skeleton("fallujah", 0, 8), Transliteration.skeleton("al-Fallujah", 0, 11));
  }
}
