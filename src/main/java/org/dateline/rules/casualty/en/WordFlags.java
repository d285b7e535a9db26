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

  private WordFlags() {}

  private static Map<String, Integer> flags() {
    Map<String, Integer> m = new HashMap<>();
    add(m, Lexicon.KEY_WORDS, KEY);
    add(m, NumberWords.numberWords(), NUMBER_WORD);
    add(m, QuantityParser.firstWordSet(), QUANTITY_FIRST);
    add(m, Lexicon.PEOPLE, PEOPLE);
    add(m, Lexicon.FUNCTION_WORDS, FUNCTION);
    add(m, Lexicon.AUXILIARIES, AUXILIARY);
    add(m, Lexicon.STOPS, STOP);
    add(m, Lexicon.PREDICATES.firstWords(), PREDICATE_FIRST);
    add(m, Lexicon.ACTIONS.firstWords(), ACTION_FIRST);
    add(m, Lexicon.COUNTED_NOUNS.firstWords(), COUNTED_FIRST);
    add(m, Lexicon.ZERO_NOUNS.firstWords(), ZERO_FIRST);
    add(m, Lexicon.CUMULATIVE_CUES.firstWords(), CUMULATIVE_FIRST);
    add(m, Lexicon.NOT_PEOPLE, NOT_PEOPLE);
    add(m, SingleVictims.personFirstWords(), PERSON_FIRST);
    return Map.copyOf(m);
  }

  private static void add(Map<String, Integer> m, Set<String> words, int flag) {
    for (String w : words) {
      m.merge(w, flag, (a, b) -> a | b);
    }
  }

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
}
