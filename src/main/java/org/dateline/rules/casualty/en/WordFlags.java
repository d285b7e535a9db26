package org.dateline.rules.casualty.en;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of the rules' tables as bits, looked up once per token by the {@link Tokenizer}
 * so that the rules test a bit instead of hashing the word again at every look.
 *
 * <p>A bit is set exactly when the word is in the table the bit names, so a test of the bit
 * answers what the table's {@code contains} would. Immutable and thread-safe.
 */
final class WordFlags {
  /** A word of {@link Lexicon#KEY_WORDS}. */
  static final int KEY = 1;
  /** A number word that can start a number ("six", "twenty"). */
  static final int NUMBER_WORD = 1 << 1;
  /** A word that can start a qualifier or a vague quantity ("at", "dozens", "a"). */
  static final int QUANTITY_FIRST = 1 << 2;
  /** A word of {@link Lexicon#PEOPLE}. */
  static final int PEOPLE = 1 << 3;
  /** A word of {@link Lexicon#FUNCTION_WORDS}. */
  static final int FUNCTION = 1 << 4;
  /** A word of {@link Lexicon#AUXILIARIES}. */
  static final int AUXILIARY = 1 << 5;
  /** A word of {@link Lexicon#STOPS}. */
  static final int STOP = 1 << 6;
  /** The first word of a phrase of {@link Lexicon#PREDICATES}. */
  static final int PREDICATE_FIRST = 1 << 7;
  /** The first word of a phrase of {@link Lexicon#ACTIONS}. */
  static final int ACTION_FIRST = 1 << 8;
  /** The first word of a phrase of {@link Lexicon#COUNTED_NOUNS}. */
  static final int COUNTED_FIRST = 1 << 9;
  /** The first word of a phrase of {@link Lexicon#ZERO_NOUNS}. */
  static final int ZERO_FIRST = 1 << 10;
  /** The first word of a phrase of {@link Lexicon#CUMULATIVE_CUES}. */
  static final int CUMULATIVE_FIRST = 1 << 11;
  /** A word of {@link Lexicon#NOT_PEOPLE}. */
  static final int NOT_PEOPLE = 1 << 12;
  /** A word that starts a person phrase of {@link SingleVictims} other than a name ("the", "a", "he"). */
  static final int PERSON_FIRST = 1 << 13;
  /**
   * A word that may start a quantity: its first part (before a hyphen) is a number word or can
   * start a qualifier or a vague quantity ("six", "thirty-seven", "at", "dozens").
   */
  static final int QUANTITY_START = 1 << 14;

  private static final Map<String, Integer> FLAGS = flags();
  /** The words of {@link #FLAGS} in an open-addressing table, for look-ups straight from the text. */
  private static final Table TABLE = new Table(FLAGS);

  private WordFlags() {}

  private static Map<String, Integer> flags() {
    Map<String, Integer> m = new HashMap<>();
    add(m, Lexicon.KEY_WORDS, KEY);
    add(m, NumberWords.numberWords(), NUMBER_WORD);
    add(m, QuantityParser.firstWordSet(), QUANTITY_FIRST);
    add(m, Lexicon.PEOPLE.words(), PEOPLE);
    add(m, Lexicon.FUNCTION_WORDS.words(), FUNCTION);
    add(m, Lexicon.AUXILIARIES.words(), AUXILIARY);
    add(m, Lexicon.STOPS.words(), STOP);
    add(m, Lexicon.PREDICATES.firstWords(), PREDICATE_FIRST);
    add(m, Lexicon.ACTIONS.firstWords(), ACTION_FIRST);
    add(m, Lexicon.COUNTED_NOUNS.firstWords(), COUNTED_FIRST);
    add(m, Lexicon.ZERO_NOUNS.firstWords(), ZERO_FIRST);
    add(m, Lexicon.CUMULATIVE_CUES.firstWords(), CUMULATIVE_FIRST);
    add(m, Lexicon.NOT_PEOPLE.words(), NOT_PEOPLE);
    add(m, SingleVictims.personFirstWords(), PERSON_FIRST);
    return Map.copyOf(m);
  }

  private static void add(Map<String, Integer> m, Set<String> words, int flag) {
    for (String w : words) {
      m.merge(w, flag, (a, b) -> a | b);
    }
  }

  /**
   * Looks up the word {@code text[begin, end)}, ASCII capitals read as lower case, in the words that have bits,
   * without copying it out.
   *
   * @return the word's slot for {@link #word} and {@link #bits}; {@link #ABSENT} if the word has no bits;
   *     {@link #NOT_ASCII} if the word has a character outside ASCII (ask {@link #of} with its lower case)
   */
  static int find(char[] text, int begin, int end) {
    return TABLE.find(text, begin, end);
  }

  /**
   * Returns {@link #find find(text, begin, end)} for a word of ASCII characters, given the {@link String#hashCode}
   * of its lower case, which the caller computed as it read the word: {@link #ABSENT} or a slot.
   */
  static int findAscii(char[] text, int begin, int end, int lowerHash) {
    return TABLE.findAscii(text, begin, end, lowerHash);
  }

  /** Returns the lower-case word in a slot {@link #find} returned: one shared string per word. */
  static String word(int slot) {
    return TABLE.words[slot];
  }

  /** Returns the bits of the word in a slot {@link #find} returned, as {@link #of} gives them. */
  static int bits(int slot) {
    return TABLE.bits[slot];
  }

  /**
   * Returns the bits of a word of ASCII characters that {@link #find} reported {@link #ABSENT}: only a
   * hyphenated word's first part can give it one.
   */
  static int ofAbsent(char[] text, int begin, int end) {
    int h = begin;
    while (h < end && text[h] != '-') {
      h++;
    }
    if (h == end) {
      return 0;
    }
    int part = TABLE.find(text, begin, h);
    int first = part < 0 ? 0 : TABLE.bits0[part];
    return (first & (NUMBER_WORD | QUANTITY_FIRST)) != 0 ? QUANTITY_START : 0;
  }

  /** What {@link #find} returns for a word without bits. */
  static final int ABSENT = -1;
  /** What {@link #find} returns for a word with a character outside ASCII. */
  static final int NOT_ASCII = -2;

  /** Returns the bits of a lower-case word. */
  static int of(String lower) {
    Integer f = FLAGS.get(lower);
    int flags = f == null ? 0 : f;
    int h = lower.indexOf('-');
    int first = flags;
    if (h >= 0) {
      Integer part = FLAGS.get(lower.substring(0, h));
      first = part == null ? 0 : part;
    }
    return (first & (NUMBER_WORD | QUANTITY_FIRST)) != 0 ? flags | QUANTITY_START : flags;
  }

  /** The words with bits, hashed as {@link String#hashCode} would hash their lower case. Immutable. */
  private static final class Table {
    final String[] words;
    /** Each slot's bits as {@link #of} gives them. */
    final int[] bits;
    /** Each slot's bits from the tables alone, before {@link #QUANTITY_START}. */
    final int[] bits0;
    private final int[] hashes;
    private final int mask;
    private final int maxLength;

    Table(Map<String, Integer> flags) {
      int size = Integer.highestOneBit(Math.max(4, flags.size() * 4) - 1) << 1;
      words = new String[size];
      bits = new int[size];
      bits0 = new int[size];
      hashes = new int[size];
      mask = size - 1;
      int longest = 0;
      for (Map.Entry<String, Integer> e : flags.entrySet()) {
        String w = e.getKey().intern();
        if (!w.chars().allMatch(c -> c < 0x80 && !(c >= 'A' && c <= 'Z'))) {
          continue; // never the lower case of an ASCII word: of() answers for it
        }
        longest = Math.max(longest, w.length());
        int k = w.hashCode() & mask;
        while (words[k] != null) {
          k = (k + 1) & mask;
        }
        words[k] = w;
        hashes[k] = w.hashCode();
        bits0[k] = e.getValue();
        bits[k] = of(w);
      }
      maxLength = longest;
    }

    int find(char[] text, int begin, int end) {
      int h = 0;
      for (int i = begin; i < end; i++) {
        char c = text[i];
        if (c >= 0x80) {
          return NOT_ASCII;
        }
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
      return findAscii(text, begin, end, h);
    }

    int findAscii(char[] text, int begin, int end, int h) {
      int len = end - begin;
      if (len > maxLength) {
        return ABSENT;
      }
      for (int k = h & mask; words[k] != null; k = (k + 1) & mask) {
        if (hashes[k] == h && words[k].length() == len && asciiLowerEquals(words[k], text, begin)) {
          return k;
        }
      }
      return ABSENT;
    }

    /** Whether the lower-case ASCII {@code word} is {@code text} from {@code begin}, ASCII capitals read as small. */
    private static boolean asciiLowerEquals(String word, char[] text, int begin) {
      for (int k = 0; k < word.length(); k++) {
        char c = text[begin + k];
        if (word.charAt(k) != (c >= 'A' && c <= 'Z' ? c + 32 : c)) {
          return false;
        }
      }
      return true;
    }
  }
}
