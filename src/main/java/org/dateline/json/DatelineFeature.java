package org.dateline.json;

/**
 * Options of {@link DatelineModule}, each on or off for a module instance.
 *
 * <pre>{@code
 * mapper.registerModule(new DatelineModule().with(DatelineFeature.INCLUDE_TEXT));
 * }</pre>
 */
public enum DatelineFeature {
  /**
   * Writes the report's text under {@code "text"} in an {@link org.dateline.model.Extraction}'s JSON.
   * Off by default, so that command-line output does not repeat its input; turn it on to read
   * extractions back, since an extraction needs its report's text.
   */
  INCLUDE_TEXT(false);

  private final boolean enabledByDefault;

  DatelineFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** Returns whether the feature is on in a {@code new DatelineModule()}. */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
