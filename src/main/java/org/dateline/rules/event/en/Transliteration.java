package org.dateline.rules.event.en;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the many English spellings of a name transliterated from Arabic, Persian, Cyrillic and
 * other scripts to one key, so that news's "Khan Younis", "Deir el-Balah" or "Nuseirat" find the
 * gazetteer's "Khān Yūnis", "Dayr al Balaḩ" and "An Nuşayrāt". Only the places of countries whose
 * names reach English that way are folded, and only names no exact lookup found are tried: "Fourth"
 * never becomes Fürth, nor "Penn" a Pen.
 *
 * <p>The fold: apostrophes and ayns dropped; the Arabic article dropped ("al-", "el-", "ash-",
 * "an-"; in the gazetteer's names also before a space); hyphens read as spaces; then "ou", "oo" as
 * "u", "ee" as "i", "ei", "ey" as "ay", "ia" as "ya", a final "ie" as "iya" and a final "ah" as "a".
 * The gazetteer's names are also kept with doubled letters single ("Ta'izz" as "taiz").
 */
final class Transliteration {
  /** The countries whose place names English news writes in transliteration, by ISO code. */
  static final Set<String> COUNTRIES = Set.of("PS", "IL", "LB", "SY", "IQ", "YE", "SA", "JO", "EG", "LY", "SD",
      "SS", "IR", "AF", "PK", "UA", "RU", "BY", "SO", "ER", "ET", "DZ", "MA", "TN", "OM", "AE", "KW", "QA", "BH");
  /** A folded key shorter than this matches nothing: "He'd" is not el-Hed, nor "Tal" At Tall. */
  static final int MIN_LENGTH = 4;
  private static final Pattern MARKS = Pattern.compile("['\u2018\u2019\u02bb\u02bc`]");
  private static final String ARTICLES = "(?:al|el|an|ad|ar|as|ash|at|az|ez|es|er|ed|en)";
  /** The article in the gazetteer's names: "An Nuşayrāt", "Dayr al Balaḩ", "Al-`Ula". */
  private static final Pattern GAZETTEER_ARTICLE = Pattern.compile("(?<![a-z])" + ARTICLES + "[ -]");
  /** The article as news writes it: hyphened ("al-Nuseirat", "Deir ez-Zor"), or "al"/"el" alone. */
  private static final Pattern TEXT_ARTICLE = Pattern.compile("(?<![a-z])(?:" + ARTICLES + "-|(?:al|el) )");
  private static final Pattern FINAL_IE = Pattern.compile("ie(?![a-z])");
  private static final Pattern FINAL_AH = Pattern.compile("ah(?![a-z])");
  private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1");

  private Transliteration() {}

  /** Folds a lookup key ({@link Gazetteer#key}) of a name in a text. */
  static String foldText(String key) {
    return vowels(TEXT_ARTICLE.matcher(MARKS.matcher(key).replaceAll("")).replaceAll("").replace('-', ' '));
  }

  /** Folds a lookup key of a gazetteer name. */
  static String foldGazetteer(String key) {
    return vowels(GAZETTEER_ARTICLE.matcher(MARKS.matcher(key).replaceAll("")).replaceAll("").replace('-', ' '));
  }

  /** Returns a folded gazetteer key with its doubled letters single, or null if it has none. */
  static String undoubled(String folded) {
    String s = DOUBLED.matcher(folded).replaceAll("$1");
    return s.equals(folded) ? null : s;
  }

  /**
   * Returns a hash of a word's consonants, lower-cased, with doubled ones single and a leading
   * article ("al-", "el-") skipped: the same for "Taiz" and "Ta'izz", "Deir" and "Dayr". Letters
   * outside ASCII count as their own (so a word with accents may miss; the gazetteer's are keyed
   * without them).
   */
  static int skeleton(CharSequence word, int begin, int end) {
    int from = begin;
    for (int i = begin; i < end && i <= begin + 3; i++) {
      if (word.charAt(i) == '-') {
        from = i + 1;
      }
    }
    int h = 0;
    char last = 0;
    for (int i = from; i < end; i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0 && c != last) {
        h = 31 * h + c;
        last = c;
      }
    }
    return h;
  }

  private static String vowels(String s) {
    String v = s.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "ay").replace("ey", "ay");
    v = FINAL_IE.matcher(v).replaceAll("iya").replace("ia", "ya");
    return FINAL_AH.matcher(v).replaceAll("a").trim();
  }
}
