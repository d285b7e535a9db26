package org.dateline.rules.time.en;

import java.util.Locale;

/** The text being scanned, as written and lower-cased (ASCII only, so offsets agree), with small helpers. */
final class Scan {
  final String text;
  final String lower;

  Scan(String text) {
    this.text = text;
    this.lower = onlyAsciiCased(text) ? text.toLowerCase(Locale.ROOT) : asciiLowerCase(text);
  }

  /**
   * Whether {@link String#toLowerCase} would change only the ASCII capitals of {@code text}: its other characters
   * (curly quotes, dashes, accented small letters) have no lower case of their own and are not surrogates. Then the
   * library's one-copy lower-casing gives what {@link #asciiLowerCase} does.
   */
  private static boolean onlyAsciiCased(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cases the ASCII capitals alone, so that offsets agree (some other characters change length). */
  private static String asciiLowerCase(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    return new String(c);
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

  /** Returns the character before {@code pos}, or a space at the start. */
  char charBefore(int pos) {
    return pos > 0 ? text.charAt(pos - 1) : ' ';
  }

  /** Returns the character at {@code pos}, or a space past the end. */
  char charAt(int pos) {
    return pos < text.length() ? text.charAt(pos) : ' ';
  }
}
