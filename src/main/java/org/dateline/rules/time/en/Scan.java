package org.dateline.rules.time.en;

/**
 * The text being scanned, as written and lower-cased (ASCII only, so offsets agree; a curly apostrophe is read
 * as a straight one, "New Year’s Eve" as "new year's eve", and so is a grave accent before a possessive "s", and a no-break or thin space as a space), with small
 * helpers.
 */
final class Scan {
  final String text;
  final String lower;
  /** The characters of {@link #lower}, for loops that read every one; never changed after construction. */
  final char[] lowerChars;
  /**
   * The offset of the report's publication, which tells where a report was likely written when it names no country
   * (whose Labour Day it means); null when not known.
   */
  final java.time.ZoneOffset offset;

  Scan(String text) {
    this(text, null);
  }

  Scan(String text, java.time.ZoneOffset offset) {
    this.text = text;
    this.offset = offset;
    this.lowerChars = asciiLowerCase(text);
    for (int i = 0; i < lowerChars.length; i++) {
      char c = lowerChars[i];
      if (c >= '\u00a0') {
        lowerChars[i] = c == '\u2019' ? '\'' : isSpace(c) ? ' ' : c;
      }
    }
    for (int i = 1; i + 1 < lowerChars.length; i++) {
      // a grave accent between a letter and "s" is an apostrophe typed on another key: "Monday`s replay"
      if (lowerChars[i] == '`' && Character.isLetter(lowerChars[i - 1]) && lowerChars[i + 1] == 's'
          && (i + 2 == lowerChars.length || !Character.isLetter(lowerChars[i + 2]))) {
        lowerChars[i] = '\'';
      }
    }
    this.lower = new String(lowerChars);
  }

  /**
   * Lower-cases the ASCII capitals alone, so that offsets agree ({@link String#toLowerCase} changes the length of
   * some other characters). The loop has no branch, so the JIT compiler can run it over several characters at once.
   */
  private static char[] asciiLowerCase(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      int x = c[i];
      // bit 5 set on 'A'..'Z' alone: (x - 'A') | ('Z' - x) is negative outside that range
      c[i] = (char) (x | (((x - 'A') | ('Z' - x)) >>> 31 ^ 1) << 5);
    }
    return c;
  }

  /** Whether a character is a space of another width: no-break, figure, thin or narrow no-break. */
  private static boolean isSpace(char c) {
    return c == '\u00a0' || c == '\u2007' || c == '\u2009' || c == '\u202f';
  }

  int length() {
    return text.length();
  }

  boolean isUpper(int i) {
    return i >= 0 && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Returns the lower-case word that ends just before {@code pos}, skipping spaces; empty if none. */
  String wordBefore(int pos) {
    int e = pos;
    while (e > 0 && lower.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && isWordChar(lower.charAt(b - 1)) && e - b < 30) {
      b--;
    }
    return lower.substring(b, e);
  }

  /** Returns the lower-case word of letters that starts at {@code i}, at most 14 letters read. */
  String wordAt(int i) {
    int e = i;
    while (e < length() && e - i < 14 && Character.isLetter(lower.charAt(e))) {
      e++;
    }
    return lower.substring(i, e);
  }

  /** Returns the character before {@code pos}, or a space at the start. */
  char charBefore(int pos) {
    return pos > 0 ? text.charAt(pos - 1) : ' ';
  }

  /** Returns the character at {@code pos}, or a space past the end. */
  char charAt(int pos) {
    return pos < text.length() ? text.charAt(pos) : ' ';
  }
}
