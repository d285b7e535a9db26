package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.rules.event.en.PlaceFinder.Finder;
import org.dateline.rules.event.en.PlaceFinder.Mention;
import org.dateline.rules.event.en.PlaceFinder.Raw;

/**
 * Finds, in a report that names a place in a country whose names news transliterates, the place names
 * written in another transliteration than the gazetteer's ("Khan Younis", "Deir el-Balah", "al-Fallujah")
 * among the capitalised words no name matched as written; see {@link Transliteration}. Stateless.
 */
final class TransliteratedNames {
  private TransliteratedNames() {}

  /** The longest transliterated name, in words, that {@link #transliterated} tries ("Deir el-Balah" is two). */
  private static final int TRANSLITERATED_WORDS = 3;

  /** Names in another transliteration than the gazetteer's ({@link Gazetteer#lookupTransliterated}). */
  private static final Finder TRANSLITERATED =
      (text, begin, end) -> Gazetteer.instance().lookupTransliterated(text.substring(begin, end));

  /**
   * Returns the places found with those named in another transliteration than the gazetteer's
   * among the capitalized words no name covers, or {@code found} if there are none.
   */
  static List<Mention> withTransliterated(Gazetteer g, String text, List<List<Words.Word>> sentenceWords,
      boolean[] titleCases, List<Raw> raws, List<Mention> found) {
    List<Raw> all = new ArrayList<>(raws);
    int next = 0;
    for (int s = 0; s < sentenceWords.size(); s++) {
      List<Words.Word> words = sentenceWords.get(s);
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        while (next < raws.size() && raws.get(next).end() <= w.begin()) {
          next++;
        }
        boolean covered = next < raws.size() && raws.get(next).begin() < w.end();
        if (!covered && (w.isCapitalized() || articled(text, w))) {
          i += Math.max(0, transliterated(g, text, words, i, titleCases[s], all) - 1);
        }
      }
    }
    if (all.size() == raws.size()) {
      return found;
    }
    all.sort(java.util.Comparator.comparingInt(Raw::begin));
    return PlaceReadings.resolve(g, all);
  }

  /**
   * Whether a place found lies in a country whose names news transliterates ({@link
   * Transliteration#COUNTRIES}): only then are the words no name matched tried in other spellings.
   */
  static boolean namesTransliteratingCountry(List<Mention> found) {
    for (Mention m : found) {
      if (Transliteration.COUNTRIES.contains(m.place().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Matches, where no name matched as written, a name in another transliteration than the
   * gazetteer's ("Khan Younis", "Deir el-Balah", "Nuseirat"): see {@link Transliteration}.
   */
  private static int transliterated(Gazetteer g, String text, List<Words.Word> words, int i, boolean titleCase,
      List<Raw> out) {
    Words.Word first = words.get(i);
    if (!g.mayBeTransliterated(text, first.begin(), first.end())) {
      return 0;
    }
    int longest = g.mayStartTransliterated(first.text()) ? TRANSLITERATED_WORDS : 1;
    for (int n = PlaceFinder.singleSpacedRun(text, words, i, longest); n >= 1; n--) {
      Words.Word last = words.get(i + n - 1);
      if (!transliteratedWords(words, i, n)) {
        continue;
      }
      List<Place> c = PlaceFinder.lookup(TRANSLITERATED, text, first.begin(), last.end());
      if (!c.isEmpty() && PlaceFinder.plausible(words, i, n, c, titleCase)) {
        out.add(new Raw(first.begin(), last.end(), c, null, PlaceFinder.afterPreposition(words, i), false, null, false,
            false));
        return n;
      }
    }
    return 0;
  }

  /** Whether a word is a name behind an article and a hyphen: "al-Fallujah", "el-Fasher". */
  private static boolean articled(String text, Words.Word w) {
    int b = w.begin();
    int hyphen = -1;
    // the first hyphen within the article's reach: a search to the text's end made a long report's work quadratic
    for (int k = b; k <= b + 3 && k < text.length() && hyphen < 0; k++) {
      hyphen = text.charAt(k) == '-' ? k : -1;
    }
    return hyphen > b + 1 && hyphen + 1 < w.end() && Character.isUpperCase(text.charAt(hyphen + 1));
  }

  /** Whether words {@code i} to {@code i + n - 1} may form a name: capitalized, or an article ("el-Balah", "al"). */
  private static boolean transliteratedWords(List<Words.Word> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      Words.Word w = words.get(k);
      String l = w.lower();
      boolean alone = l.equals("al") || l.equals("el");
      boolean hyphened = l.length() > 3 && l.charAt(2) == '-' || l.length() > 4 && l.charAt(3) == '-';
      if (!w.isCapitalized() && !hyphened && !(alone && k < i + n - 1)) {
        return false;
      }
    }
    return words.get(i + n - 1).isCapitalized() || words.get(i + n - 1).lower().indexOf('-') > 0;
  }
}
