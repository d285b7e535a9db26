package org.dateline.rules.casualty.en;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a text into {@link Token}s and sentences in one linear pass.
 *
 * <p>Hyphens join letters and digits into one word ({@code 23-year-old}, {@code thirty-seven},
 * {@code F-16}, {@code 20-25}); commas and points join digits ({@code 1,200}, {@code 1.5});
 * apostrophes join letters ({@code London's}). Everything else that is not a letter, digit or space
 * is a one-character punctuation token.
 */
final class Tokenizer {
  /** The most tokens a sentence holds; a longer run is cut into sentences of this length. */
  static final int MAX_SENTENCE = 400;

  private static final TokenSet ABBREVIATIONS = TokenSet.of(
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "st", "no", "gov", "sen", "rep", "jan",
      "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "jr", "sr", "maj", "cpl", "pvt", "adm",
      "vs", "mt", "ft", "approx", "est", "govt", "dept", "prof", "rev", "brig", "cmdr", "supt", "insp", "det");

  /** How many letters a number word may take: "seventeen"; the word after a label is read no further. */
  private static final int MAX_NUMBER_WORD = 12;
  private static final int ASCII = 128;
  /** The one-character strings of ASCII characters, shared by the punctuation tokens. */
  private static final String[] PUNCTUATION = punctuation();

  private Tokenizer() {}

  private static String[] punctuation() {
    String[] p = new String[ASCII];
    for (char c = 0; c < ASCII; c++) {
      p[c] = String.valueOf(c).intern();
    }
    return p;
  }

  /** The tokens of a text and where each sentence ends. */
  static final class Tokens {
    final Token[] tokens;
    /** sentenceEnd[i] is the index after the last token of the sentence holding token i. */
    final int[] sentenceEnd;

    Tokens(Token[] tokens, int[] sentenceEnd) {
      this.tokens = tokens;
      this.sentenceEnd = sentenceEnd;
    }

    int size() {
      return tokens.length;
    }
  }

  /** Returns the tokens and sentences of {@code source}. */
  static Tokens tokenize(String source) {
    // each character is read a few times: an array reads faster than String.charAt
    char[] text = source.toCharArray();
    Token[] out = new Token[text.length / 5 + 4];
    boolean[] breakBefore = new boolean[out.length];
    int count = 0;
    int i = 0;
    int n = text.length;
    boolean newline = false;
    int lastEnd = -1;
    while (i < n) {
      char c = text[i];
      if (isSpace(c)) {
        newline |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      int end = isLetterOrDigit(c) ? wordEnd(text, i) : i + 1;
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
        breakBefore = Arrays.copyOf(breakBefore, count * 2);
      }
      breakBefore[count] = newline;
      out[count++] = token(text, i, end, i == lastEnd);
      newline = false;
      lastEnd = end;
      i = end;
    }
    count = withoutScareQuotes(out, breakBefore, count);
    Token[] tokens = count == out.length ? out : Arrays.copyOf(out, count);
    return sentences(tokens, breakBefore);
  }

  /**
   * The most words a pair of scare quotes holds: "'neutralised'", "so-called 'terrorists'", an
   * army's three-word euphemism ("12 fighters were 'sent to hell'").
   */
  private static final int MAX_SCARE_QUOTED = 3;

  /**
   * Drops the quote marks around up to three words inside a sentence (four when one is a number), which a wire report puts
   * round an army's word ("the army said it had 'neutralised' 25 assailants", "60 \"terrorists\" were
   * killed") or a claimed count ("killed \"more than 60\" soldiers"): the words read as if unquoted. A quotation with punctuation inside ("\"No,\" he said")
   * keeps its marks. Compacts {@code t} and {@code breakBefore} in place and returns the new count.
   */
  private static int withoutScareQuotes(Token[] t, boolean[] breakBefore, int count) {
    int w = 0;
    for (int i = 0; i < count; i++) {
      int close = scareQuoteClose(t, i, count);
      if (close < 0) {
        t[w] = t[i];
        breakBefore[w++] = breakBefore[i];
        continue;
      }
      for (int k = i + 1; k < close; k++) {
        t[w] = t[k];
        breakBefore[w++] = breakBefore[k] || k == i + 1 && breakBefore[i];
      }
      i = close;
    }
    return w;
  }

  /** The index of the quote mark that closes scare quotes opened at {@code i}, or -1. */
  private static int scareQuoteClose(Token[] t, int i, int count) {
    if (!isQuoteMark(t[i]) || t[i].attached || i + 1 >= count || !t[i + 1].attached) {
      return -1;
    }
    if (i > 0 && t[i - 1].isNumber() && !Lexicon.isPeople(t[i + 1])) {
      // "killed over 30 \"apostates\"": a word of the group's own, unknown as people, leaves the number bare
      return -1;
    }
    boolean counted = false;
    for (int k = i + 1; k < count && k <= i + MAX_SCARE_QUOTED + 2; k++) {
      if (isQuoteMark(t[k])) {
        // the mark is attached to the last word, and no word is attached after it ("rebels' camp"); a count
        // quoted may hold one word more ("killed \"more than 200 mercenaries\"")
        boolean closes = k > i + 1 && t[k].attached && (k + 1 == count || !t[k + 1].attached || t[k + 1].isPunct());
        return closes && (k <= i + MAX_SCARE_QUOTED + 1 || counted) ? k : -1;
      }
      if (!t[k].isWord() && !t[k].isNumber() || k > i + 1 && !isWordGap(t[k])) {
        return -1;
      }
      counted |= t[k].isNumber();
    }
    return -1;
  }

  /** Whether a word inside scare quotes stands apart from the one before it. */
  private static boolean isWordGap(Token word) {
    return !word.attached;
  }

  private static boolean isQuoteMark(Token token) {
    return token.isPunct() && (token.is("\"") || token.is("\u201c") || token.is("\u201d") || token.is("'")
        || token.is("\u2018"));
  }

  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, without a table look-up for ASCII. */
  private static boolean isSpace(char c) {
    if (c < ASCII) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link Character#isLetterOrDigit}, without a table look-up for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < ASCII) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static Tokens sentences(Token[] t, boolean[] breakBefore) {
    int[] end = new int[t.length];
    int s = 0;
    for (int i = 0; i < t.length; i++) {
      boolean nextBreak = i + 1 < t.length && breakBefore[i + 1];
      // a run of words with no sentence end (a page without stops, hostile text) is cut, so that
      // work per sentence stays bounded
      if (i + 1 == t.length || nextBreak || endsSentence(t, i, false) || i + 1 - s >= MAX_SENTENCE) {
        for (int k = s; k <= i; k++) {
          end[k] = i + 1;
        }
        s = i + 1;
      }
    }
    return new Tokens(t, end);
  }

  /**
   * Whether the word is a name after an Arabic article, capitalised after it: "al-Sadr", "el-Sisi",
   * "al-Ghrawi" (but not "al-qaeda-linked" in lower case).
   */
  private static boolean arabicName(char[] text, int begin, int end) {
    return end - begin > 3 && (text[begin] == 'a' || text[begin] == 'e') && text[begin + 1] == 'l'
        && text[begin + 2] == '-' && Character.isUpperCase(text[begin + 3]);
  }

  private static int wordEnd(char[] text, int start) {
    int n = text.length;
    int i = start + 1;
    boolean initials = false;
    while (i < n) {
      char c = text[i];
      if (isLetterOrDigit(c)) {
        i++;
      } else if (c == '.' && initialsJoin(text, start, i)) {
        initials = true;
        i += 2;
      } else if (i + 1 < n && joins(c, text[i - 1], text[i + 1]) && !wireLabel(text, start, i)) {
        i += 2;
      } else {
        break;
      }
    }
    return initials && i < n && text[i] == '.' && lowerAfter(text, i + 1) ? i + 1 : i;
  }

  /**
   * Whether the hyphen at {@code i} ends a wire service's label that opens the text, joined to the
   * headline's first word: "EXCLUSIVE-Five aid workers killed", "ANALYSIS-Why ...", "UPDATE
   * 3-Toll rises to 7". The label is a word of four capitals or more, with the number of an update
   * after it or not; "COVID-19" and "NATO-led" later in a text stay one word.
   */
  private static boolean wireLabel(char[] text, int start, int i) {
    if (text[i] != '-' || i + 1 >= text.length || !Character.isUpperCase(text[i + 1])) {
      return false;
    }
    int word = start;
    if (i - start <= 2 && start >= 2 && text[start - 1] == ' ' && allDigits(text, start, i)) {
      // "UPDATE 3-": the label's word stands before the update's number
      word = start - 1;
      while (word > 0 && !isSpace(text[word - 1])) {
        word--;
      }
      // "UPDATE 2-Five aid workers killed" would read as a range of two to five: left as one word
      if (!capitals(text, word, start - 1) || NumberWords.isNumberWord(wordAt(text, i + 1))) {
        return false;
      }
    } else if (!capitals(text, start, i)) {
      return false;
    }
    for (int k = word - 1; k >= 0; k--) {
      if (!isSpace(text[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [from, to)} is a word of four capitals or more. */
  private static boolean capitals(char[] text, int from, int to) {
    if (to - from < 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isCapital(text[k])) {
        return false;
      }
    }
    return true;
  }

  /** Returns the letters from {@code i} on, in lower case: the word after a label's hyphen. */
  private static String wordAt(char[] text, int i) {
    int k = i;
    while (k < text.length && k < i + MAX_NUMBER_WORD && Character.isLetter(text[k])) {
      k++;
    }
    return new String(text, i, k - i).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean allDigits(char[] text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text[k])) {
        return false;
      }
    }
    return to > from;
  }

  /** Whether the next word after {@code i} and spaces starts with a lower-case letter: "U.N. <b>t</b>roops". */
  private static boolean lowerAfter(char[] text, int i) {
    int n = text.length;
    int k = i;
    while (k < n && k < i + 3 && text[k] == ' ') {
      k++;
    }
    return k > i && k < n && Character.isLowerCase(text[k]);
  }


  /**
   * Whether the point at {@code i} joins single capital letters: "U.S", "U.N". The last point
   * joins only before a lower-case word ("U.N. troops"), so that "U.N." may still end a sentence.
   */
  private static boolean initialsJoin(char[] text, int start, int i) {
    int n = text.length;
    boolean singleBefore = i - 2 < start || text[i - 2] == '.';
    boolean singleAfter = i + 2 >= n || !isLetterOrDigit(text[i + 2]);
    return singleBefore && singleAfter && i + 1 < n && isCapital(text[i - 1]) && isCapital(text[i + 1]);
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean joins(char c, char before, char after) {
    switch (c) {
      case '-':
      case '\u2011':
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      case ',':
      case '.':
        return Character.isDigit(before) && Character.isDigit(after);
      case '\'':
      case '\u2019':
        return Character.isLetter(before) && Character.isLetter(after);
      default:
        return false;
    }
  }

  private static Token token(char[] text, int begin, int end, boolean attached) {
    char first = text[begin];
    if (end - begin == 1 && first < ASCII && !Character.isLetterOrDigit(first)) {
      String p = PUNCTUATION[first];
      return new Token(Token.Kind.PUNCT, begin, end, p, p.hashCode(), false, attached, 0);
    }
    if (!Character.isLetterOrDigit(first)) {
      String lower = lowerCase(text, begin, end);
      return new Token(Token.Kind.PUNCT, begin, end, lower, lower.hashCode(), Character.isUpperCase(first), attached,
          0);
    }
    // one pass reads the kind and, for ASCII, the hash of the lower case and whether any letter is a capital
    boolean number = true;
    boolean ascii = true;
    boolean upper = false;
    int h = 0;
    for (int i = begin; i < end; i++) {
      char c = text[i];
      number &= c < ASCII ? c >= '0' && c <= '9' || c == ',' || c == '.' : Character.isDigit(c);
      ascii &= c < ASCII;
      boolean capital = c >= 'A' && c <= 'Z';
      upper |= capital;
      h = 31 * h + (capital ? c + 32 : c);
    }
    Token.Kind kind = number ? Token.Kind.NUMBER : Token.Kind.WORD;
    boolean capitalized = Character.isUpperCase(first) || arabicName(text, begin, end);
    if (!ascii) {
      String lower = lowerCase(text, begin, end);
      int flags = number ? 0 : WordFlags.of(lower);
      return new Token(kind, begin, end, lower, lower.hashCode(), capitalized, attached, flags);
    }
    int slot = number ? WordFlags.ABSENT : WordFlags.findAscii(text, begin, end, h);
    if (slot >= 0) {
      return new Token(kind, begin, end, WordFlags.word(slot), h, capitalized, attached, WordFlags.bits(slot));
    }
    String lower = upper ? asciiLowerCase(text, begin, end) : new String(text, begin, end - begin);
    int flags = number ? 0 : WordFlags.ofAbsent(text, begin, end);
    return new Token(kind, begin, end, lower, h, capitalized, attached, flags);
  }

  /** The text of {@code [begin, end)} in lower case, with a right single quote as an apostrophe. */
  private static String lowerCase(char[] text, int begin, int end) {
    boolean upper = false;
    for (int i = begin; i < end; i++) {
      char c = text[i];
      if (c >= 0x80) {
        return new String(text, begin, end - begin).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper ? asciiLowerCase(text, begin, end) : new String(text, begin, end - begin);
  }

  /** The text of {@code [begin, end)}, all ASCII, with its capitals made small. */
  private static String asciiLowerCase(char[] text, int begin, int end) {
    char[] lower = new char[end - begin];
    for (int i = begin; i < end; i++) {
      char c = text[i];
      lower[i - begin] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(lower);
  }

  private static boolean endsSentence(Token[] t, int i, boolean nextBreak) {
    Token p = t[i];
    char c = p.isPunct() ? p.lower.charAt(0) : ' ';
    if (!(c == '.' || c == '!' || c == '?' || c == ';')) {
      return false;
    }
    if (i + 1 >= t.length || nextBreak) {
      return true;
    }
    Token next = t[i + 1];
    boolean nextStarts = next.capitalized || next.isNumber() || next.is("\"") || next.is("\u201c");
    if (!nextStarts || !p.is(".") || i == 0) {
      return nextStarts;
    }
    Token before = t[i - 1];
    boolean initial = before.isWord() && (before.lower.length() == 1 || before.lower.indexOf('.') > 0);
    return !(initial || ABBREVIATIONS.contains(before));
  }
}
