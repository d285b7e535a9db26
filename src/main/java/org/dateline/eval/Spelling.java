package org.dateline.eval;

/** Spells numbers below 100 in English words, to recognise a gold number written in words. */
final class Spelling {
  private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety"};

  private Spelling() {}

  /** Returns {@code n} in words with a hyphen ("thirty-seven"); {@code n} must be in [0, 99]. */
  static String spell(long n) {
    if (n < 20) {
      return SMALL[(int) n];
    }
    int tens = (int) (n / 10);
    int units = (int) (n % 10);
    return units == 0 ? TENS[tens] : TENS[tens] + "-" + SMALL[units];
  }
}
