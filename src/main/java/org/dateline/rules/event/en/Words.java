package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a stretch of text into words: letters and digits, with inner hyphens, apostrophes and periods. */
final class Words {
  private Words() {}

  /**
   * A word and its offsets in its source. {@link #lower} is its lower-cased text without a trailing
   * period; for an ASCII word (nearly all) it is made only when asked for, while {@link #lowerHash}
   * and {@link #lowerAt} read the source directly, so that looking words up allocates nothing.
   * Not thread-safe; a word belongs to the one extraction that made it.
   */
  static final class Word {
    private final String source;
    private final int begin;
    private final int end;
    private final int lowerLength;
    private final int lowerHash;
    private String lower;

    /**
     * @param h the {@link String#hashCode} of the word's characters with ASCII capitals read as small, if it is
     *     {@code ascii}
     */
    private Word(String source, int begin, int end, int h, boolean ascii) {
      this.source = source;
      this.begin = begin;
      this.end = end;
      if (ascii) {
        boolean period = source.charAt(end - 1) == '.';
        this.lowerLength = period ? end - begin - 1 : end - begin;
        this.lowerHash = period ? (h - '.') * INVERSE_31 : h;
      } else {
        String l = source.substring(begin, end).toLowerCase(Locale.ROOT);
        this.lower = l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
        this.lowerLength = lower.length();
        this.lowerHash = lower.hashCode();
      }
    }

    /** The word as written. */
    String text() {
      return source.substring(begin, end);
    }

    /** The word lower-cased, without a trailing period ("Ill." gives "ill"). */
    String lower() {
      if (lower == null) {
        lower = source.substring(begin, begin + lowerLength).toLowerCase(Locale.ROOT);
      }
      return lower;
    }

    /** The length of {@link #lower}. */
    int lowerLength() {
      return lowerLength;
    }

    /** The {@link String#hashCode} of {@link #lower}. */
    int lowerHash() {
      return lowerHash;
    }

    /** Character {@code k} of {@link #lower}. */
    char lowerAt(int k) {
      return lower != null ? lower.charAt(k) : asciiLower(source.charAt(begin + k));
    }

    int begin() {
      return begin;
    }

    int end() {
      return end;
    }

    /** The length of the word as written. */
    int length() {
      return end - begin;
    }

    boolean isCapitalized() {
      return Character.isUpperCase(source.charAt(begin));
    }

    /** Whether the word is a possessive ("Nigeria's", "Nigeria\u2019s"). */
    boolean isPossessive() {
      return end - begin > 2 && source.charAt(end - 1) == 's'
          && (source.charAt(end - 2) == '\'' || source.charAt(end - 2) == '\u2019');
    }

    @Override
    public String toString() {
      return text() + "@" + begin;
    }
  }

  /** The multiplicative inverse of 31 modulo 2^32: undoes the last step of a string hash. */
  private static final int INVERSE_31 = 0xbdef7bdf;

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** Returns the words of {@code text[begin, end)}. */
  static List<Word> of(String text, int begin, int end) {
    List<Word> out = new ArrayList<>(Math.max(10, (end - begin) / 5));
    int i = begin;
    while (i < end) {
      if (!isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      // the word's hash, its ASCII capitals read as small, is read with it
      char first = text.charAt(i);
      int h = asciiLower(first);
      boolean ascii = first < 0x80;
      int j = i + 1;
      while (j < end) {
        char c = text.charAt(j);
        if (!isLetterOrDigit(c) && !inner(text, j, end)) {
          break;
        }
        h = 31 * h + asciiLower(c);
        ascii &= c < 0x80;
        j++;
      }
      int e = j;
      if (e < end && text.charAt(e) == '.' && isAbbreviation(text, i, e)) {
        h = 31 * h + '.';
        e++;
      }
      out.add(new Word(text, i, e, h, ascii));
      i = e;
    }
    return out;
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean inner(String text, int j, int end) {
    char c = text.charAt(j);
    return (c == '-' || c == '\'' || c == '\u2019' || c == '.') && j + 1 < end
        && isLetterOrDigit(text.charAt(j + 1));
  }

  /** A short capitalized word or dotted letters keep their final period: "Ill.", "U.S.". */
  private static boolean isAbbreviation(String text, int b, int e) {
    if (!Character.isUpperCase(text.charAt(b))) {
      return false;
    }
    if (e - b <= 5) {
      return true;
    }
    for (int k = b; k < e; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the text with each no-break, figure, thin or narrow no-break space replaced by a space, or the text
   * itself if it has none; the length is kept.
   */
  static String withPlainSpaces(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      if (x == '\u00a0' || x == '\u2007' || x == '\u2009' || x == '\u202f') {
        c = c == null ? text.toCharArray() : c;
        c[i] = ' ';
      }
    }
    return c == null ? text : new String(c);
  }

  /** Returns the lower-cased words {@code i .. i+n-1} joined by single spaces. */
  static String join(List<Word> words, int i, int n) {
    if (n == 1) {
      return words.get(i).lower();
    }
    StringBuilder sb = new StringBuilder(words.get(i).lower());
    for (int k = 1; k < n; k++) {
      sb.append(' ').append(words.get(i + k).lower());
    }
    return sb.toString();
  }

  /**
   * Returns the {@link String#hashCode} of {@link #join join(words, i, n)} without making the string,
   * or 0 if the phrase is longer than {@code maxChars} characters.
   */
  static int joinHash(List<Word> words, int i, int n, int maxChars) {
    Word first = words.get(i);
    int h = first.lowerHash();
    int length = first.lowerLength();
    for (int k = 1; k < n; k++) {
      Word w = words.get(i + k);
      length += 1 + w.lowerLength();
      if (length > maxChars || length >= POW31.length) {
        return 0;
      }
      h = (31 * h + ' ') * POW31[w.lowerLength()] + w.lowerHash();
    }
    return length > maxChars ? 0 : h;
  }

  /** Whether {@code phrase} is {@link #join join(words, i, n)}, compared without making the join. */
  static boolean joinEquals(List<Word> words, int i, int n, String phrase) {
    int p = 0;
    for (int k = 0; k < n; k++) {
      Word w = words.get(i + k);
      if (k > 0) {
        if (p >= phrase.length() || phrase.charAt(p) != ' ') {
          return false;
        }
        p++;
      }
      if (p + w.lowerLength() > phrase.length()) {
        return false;
      }
      for (int c = 0; c < w.lowerLength(); c++) {
        if (phrase.charAt(p++) != w.lowerAt(c)) {
          return false;
        }
      }
    }
    return p == phrase.length();
  }

  /** Powers of 31, for phrases up to this many characters. */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int k = 1; k < POW31.length; k++) {
      POW31[k] = POW31[k - 1] * 31;
    }
  }
}
