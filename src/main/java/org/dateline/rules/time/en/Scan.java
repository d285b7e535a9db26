package org.dateline.rules.time.en;

/** The text being scanned, as written and lower-cased (ASCII only, so offsets agree), with small helpers. */
final class Scan {
  final String text;
  final String lower;

  Scan(String text) {
    this.text = text;
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    this.lower = new String(c);
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
