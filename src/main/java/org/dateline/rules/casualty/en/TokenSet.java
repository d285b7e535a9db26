package org.dateline.rules.casualty.en;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * A fixed set of lower-case words that answers for a {@link Token} by the hash the {@link Tokenizer}
 * computed as it read the token, so that a look-up neither hashes the word again nor, for the many
 * words in no table, hashes it at all: most look-ups miss at the first empty slot.
 *
 * <p>Immutable and thread-safe.
 */
final class TokenSet {
  private final ImmutableSet<String> words;
  /** The words in an open-addressing table by {@link String#hashCode}, spread; null for an empty slot. */
  private final String[] slots;
  private final int[] hashes;
  private final int mask;
  /** One bit of each word's hash ({@link #bit}): a token whose bit is not set is refused without the table. */
  private final long bloom;

  private TokenSet(ImmutableSet<String> words) {
    this.words = words;
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.slots = new String[size];
    this.hashes = new int[size];
    this.mask = size - 1;
    long b = 0;
    for (String w : words) {
      b |= bit(w.hashCode());
      int k = spread(w.hashCode()) & mask;
      while (slots[k] != null) {
        k = (k + 1) & mask;
      }
      slots[k] = w;
      hashes[k] = w.hashCode();
    }
    this.bloom = b;
  }

  /** The dashes that open an aside or a list: the hyphen typed for one, the en dash and the em dash. */
  static final TokenSet DASHES = of("-", "\u2013", "\u2014");

  /** Returns the set of the words given; a word given twice counts once. */
  static TokenSet of(String... words) {
    return new TokenSet(ImmutableSet.copyOf(words));
  }

  /** Returns the set of these words and the words given. */
  TokenSet plus(String... more) {
    return new TokenSet(ImmutableSet.<String>builder().addAll(words).add(more).build());
  }

  /** Returns whether the token's lower-case text is one of the words. */
  boolean contains(Token t) {
    int h = t.hash;
    if ((bloom & bit(h)) == 0) {
      return false;
    }
    for (int k = spread(h) & mask; slots[k] != null; k = (k + 1) & mask) {
      if (hashes[k] == h && slots[k].equals(t.lower)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether {@code word} is one of the words. */
  boolean contains(String word) {
    return words.contains(word);
  }

  /** The words, as a set. */
  Set<String> words() {
    return words;
  }

  /** One of 64 bits chosen by a hash's top bits after a multiplicative mix. */
  private static long bit(int h) {
    return 1L << ((h * 0x9E3779B9) >>> 26);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
