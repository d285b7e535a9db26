package org.dateline.rules.casualty.en;

/**
 * One token of a report: a word (letters, possibly with digits, hyphens and apostrophes inside, such
 * as {@code 23-year-old} or {@code F-16}), a number ({@code 37}, {@code 1,200}, {@code 1.5}) or one
 * punctuation character, with its offsets in the text.
 *
 * <p>Its words and offsets are immutable. It also remembers the quantity and the person phrase read at it
 * ({@link QuantityParser}, {@link SingleVictims#phrase}), since several rules ask for the same one: tokens are
 * made and read by one extraction, in one thread.
 */
final class Token {
  /** What a token is made of. */
  enum Kind { WORD, NUMBER, PUNCT }

  final Kind kind;
  final int begin;
  final int end;
  /** The token's text in lower case. */
  final String lower;
  /** {@code lower.hashCode()}, computed as the token was read, for {@link TokenSet}. */
  final int hash;
  /** Whether the token's first character is an upper-case letter. */
  final boolean capitalized;
  /** Whether the token directly follows the previous one, with no space between. */
  final boolean attached;
  /** The word classes of the token's text ({@link WordFlags}); 0 for numbers and punctuation. */
  final int flags;

  /** The quantity {@link QuantityParser#parse} read at this token up to {@link #parsedLimit}; a memo. */
  Quantity parsed;
  /** The limit {@link #parsed} was read up to, or -1 before the first read. */
  int parsedLimit = -1;
  /** The person phrase {@link SingleVictims#phrase} read at this token, within {@link #phraseFrom} to
   * {@link #phraseLimit}; a memo. */
  SingleVictims.Phrase phrase;
  /** The bounds {@link #phrase} was read within, or -1 before the first read. */
  int phraseFrom = -1;
  int phraseLimit = -1;
  /** {@link Lexicon#isPeople} of this token once asked: 0 not yet, 1 yes, 2 no; a memo. */
  byte people;

  Token(Kind kind, int begin, int end, String lower, int hash, boolean capitalized, boolean attached, int flags) {
    this.kind = kind;
    this.begin = begin;
    this.end = end;
    this.lower = lower;
    this.hash = hash;
    this.capitalized = capitalized;
    this.attached = attached;
    this.flags = flags;
  }

  /** Returns whether the token has any of the {@link WordFlags} bits given. */
  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Returns whether the token's lower-case text is {@code word}; most tokens are refused by the hash alone. */
  boolean is(String word) {
    return hash == word.hashCode() && lower.equals(word);
  }

  /** Returns whether the token is a dash of any kind ({@link TokenSet#DASHES}). */
  boolean isDash() {
    return TokenSet.DASHES.contains(this);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  @Override
  public String toString() {
    return lower;
  }
}
