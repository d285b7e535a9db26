package org.dateline.model;

/**
 * How a report qualifies a number: "at least 6" ({@link #AT_LEAST}) and "more than 6"
 * ({@link #MORE_THAN}) are different claims, {@code [6..)} and {@code (6..)}, and stay apart.
 */
public enum CountQualifier {
  /** "37 were wounded", "no one was killed". */
  EXACT("exact"),
  /** "at least 6", "6 or more": {@code [6..)}. */
  AT_LEAST("at_least"),
  /** "more than 6", "over 6": {@code (6..)}. */
  MORE_THAN("more_than"),
  /** "up to 5", "as many as 5", "at most 5": {@code [..5]}. */
  AT_MOST("at_most"),
  /** "fewer than 5", "less than 5": {@code [..5)}. */
  FEWER_THAN("fewer_than"),
  /** "about 200", "around 200", "nearly 200", "some 200". */
  ABOUT("about"),
  /** "between 5 and 7", "20-25", "20 to 25". */
  RANGE("range"),
  /** A word with implied bounds: "dozens", "scores", "hundreds", "several". */
  VAGUE("vague");

  private final String jsonName;

  CountQualifier(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name used in JSON and on the command line, such as {@code at_least}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the qualifier with the given JSON name.
   *
   * @param name such as {@code at_least}, not null
   * @return the qualifier
   * @throws IllegalArgumentException if no qualifier has that name
   */
  public static CountQualifier ofJsonName(String name) {
    for (CountQualifier q : values()) {
      if (q.jsonName.equals(name)) {
        return q;
      }
    }
    throw new IllegalArgumentException("unknown count qualifier: " + name);
  }
}
