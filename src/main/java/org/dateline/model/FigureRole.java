package org.dateline.model;

/** What part a casualty figure plays in a report's account of an incident. */
public enum FigureRole {
  /** The incident's toll as the report states it: "at least six people died". */
  TOTAL("total"),
  /** A revised toll: "the death toll rose to 12", "bringing the toll to 134". */
  UPDATE("update"),
  /**
   * Another group of the same incident, counted on top of the report's figure before it rather
   * than restating it: the "four women" of "nine men and four women were killed", the "two more
   * people" of "two more people died later". A report's toll adds it to that figure. "No one else was hurt"
   * adds nobody and is no figure.
   */
  ADDITIONAL("additional"),
  /** A part of another figure, not to be counted again: "including two children". */
  SUBTOTAL("subtotal"),
  /** A running total over many incidents: "105 children have died so far this season". */
  CUMULATIVE("cumulative"),
  /**
   * An earlier toll that the report itself says is superseded: the 28 of "the toll rose to 31, up
   * from a toll of 28 a week ago" or of "the previous toll was 28". No toll counts it.
   */
  PREVIOUS("previous");

  private final String jsonName;

  FigureRole(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Whether a figure in this role states the whole toll of its category as the report knows it:
   * {@link #TOTAL} and {@link #UPDATE}. Two such figures of one incident tell the same people.
   */
  public boolean statesToll() {
    return this == TOTAL || this == UPDATE;
  }

  /**
   * Whether a toll counts a figure in this role: {@link #TOTAL}, {@link #UPDATE} and {@link
   * #ADDITIONAL}. A subtotal is inside another figure, a cumulative figure spans many incidents,
   * and a previous figure is superseded.
   */
  public boolean countsInToll() {
    return statesToll() || this == ADDITIONAL;
  }

  /** Returns the name used in JSON, such as {@code subtotal}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the role with the given JSON name.
   *
   * @param name such as {@code update}, not null
   * @return the role
   * @throws IllegalArgumentException if no role has that name
   */
  public static FigureRole ofJsonName(String name) {
    for (FigureRole r : values()) {
      if (r.jsonName.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown figure role: " + name);
  }
}
