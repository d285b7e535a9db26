package org.dateline.model;

/** What happened to the people a casualty figure counts. */
public enum CasualtyCategory {
  /** Killed, dead, died, bodies found. */
  KILLED("killed"),
  /** Injured, wounded, hurt. */
  INJURED("injured"),
  /**
   * Missing, unaccounted for: also people abducted, kidnapped or held hostage while their captors hold them,
   * and people still looked for, trapped or under the rubble when the report is told.
   */
  MISSING("missing"),
  /** Taken to or treated in hospital. */
  HOSPITALIZED("hospitalized"),
  /** Evacuated. */
  EVACUATED("evacuated"),
  /** Displaced, made homeless, fled; also people gone from home and not yet able to return. */
  DISPLACED("displaced"),
  /** Arrested, detained, or charged with a crime (the police or prosecutors have brought them in). */
  ARRESTED("arrested"),
  /** Rescued: brought out alive or to safety, or captives freed by rescuers (not let go by their captors). */
  RESCUED("rescued"),
  /** Affected, as disaster reports count them. */
  AFFECTED("affected");

  private final String jsonName;

  CasualtyCategory(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name used in JSON, such as {@code killed}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the category with the given JSON name.
   *
   * @param name such as {@code injured}, not null
   * @return the category
   * @throws IllegalArgumentException if no category has that name
   */
  public static CasualtyCategory ofJsonName(String name) {
    for (CasualtyCategory c : values()) {
      if (c.jsonName.equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown casualty category: " + name);
  }
}
