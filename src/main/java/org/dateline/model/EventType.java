package org.dateline.model;

/** The kind of a happening a report dates: an incident with a toll, or talks, calls and statements. */
public enum EventType {
  /** An attack of unspecified means. */
  ATTACK("attack", true),
  /** An air, missile or drone strike, shelling. */
  STRIKE("strike", true),
  /** A shooting. */
  SHOOTING("shooting", true),
  /** A bombing, suicide attack. */
  BOMBING("bombing", true),
  /** A plane, train, road or other crash, a derailment. */
  CRASH("crash", true),
  /** A fire, blaze, wildfire. */
  FIRE("fire", true),
  /** An explosion, blast. */
  EXPLOSION("explosion", true),
  /** A flood, landslide, mudslide. */
  FLOOD("flood", true),
  /** An earthquake. */
  EARTHQUAKE("earthquake", true),
  /** A storm, cyclone, hurricane, typhoon, tornado. */
  STORM("storm", true),
  /** A stampede, crush. */
  STAMPEDE("stampede", true),
  /** A building, bridge or mine collapse. */
  COLLAPSE("collapse", true),
  /** A clash, fighting, battle, riot. */
  CLASH("clash", true),
  /** A heat wave or a cold wave: deaths from extreme temperature. */
  EXTREME_TEMPERATURE("extreme_temperature", true),
  /** Talks, negotiations. */
  TALKS("talks", false),
  /** A meeting, summit, visit. */
  MEETING("meeting", false),
  /** A phone call. */
  CALL("call", false),
  /** A statement, announcement, claim. */
  STATEMENT("statement", false),
  /** A dated happening of another kind. */
  OTHER("other", false);

  private final String jsonName;
  private final boolean incident;

  EventType(String jsonName, boolean incident) {
    this.jsonName = jsonName;
    this.incident = incident;
  }

  /** Returns the name used in JSON, such as {@code attack}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns whether this is an incident that can have a toll, as opposed to talks, calls or statements. */
  public boolean isIncident() {
    return incident;
  }

  /**
   * Returns whether this is an act of violence (an attack, strike, shooting, bombing, explosion or
   * clash): reports often name one such incident by several of these words.
   */
  public boolean isViolent() {
    switch (this) {
      case ATTACK: case STRIKE: case SHOOTING: case BOMBING: case EXPLOSION: case CLASH:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns whether this type and {@code other} can name the same incident: the same type, two
   * kinds of violence (a shooting is also an attack), or an incident and what it commonly brings
   * about (a building's collapse in an earthquake, a storm or a blast; floods and landslides in a
   * storm; a fire from an explosion, a strike or an earthquake).
   *
   * @param other the other type, not null
   * @return whether they are compatible
   */
  public boolean isCompatibleWith(EventType other) {
    return this == other || isViolent() && other.isViolent() || bringsAbout(this, other) || bringsAbout(other, this);
  }

  private static boolean bringsAbout(EventType cause, EventType effect) {
    switch (effect) {
      case COLLAPSE:
        return cause == EARTHQUAKE || cause == STORM || cause == FLOOD || cause == EXPLOSION || cause == STRIKE
            || cause == BOMBING || cause == FIRE;
      case FLOOD:
        return cause == STORM;
      case FIRE:
        return cause == EXPLOSION || cause == STRIKE || cause == EARTHQUAKE;
      default:
        return false;
    }
  }

  /**
   * Returns the type with the given JSON name.
   *
   * @param name such as {@code strike}, not null
   * @return the type
   * @throws IllegalArgumentException if no type has that name
   */
  public static EventType ofJsonName(String name) {
    for (EventType t : values()) {
      if (t.jsonName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown event type: " + name);
  }
}
