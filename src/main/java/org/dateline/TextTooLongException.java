package org.dateline;

/** Thrown when a report's text is longer than the {@link Dateline.Builder#maxTextLength limit} set. */
public final class TextTooLongException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final String reportId;
  private final int length;
  private final int limit;

  TextTooLongException(String reportId, int length, int limit) {
    super("report '" + reportId + "' has " + length + " characters, more than the limit of " + limit);
    this.reportId = reportId;
    this.length = length;
    this.limit = limit;
  }

  /** Returns the id of the report that was too long. */
  public String reportId() {
    return reportId;
  }

  /** Returns the length of its text in UTF-16 code units. */
  public int length() {
    return length;
  }

  /** Returns the limit in force. */
  public int limit() {
    return limit;
  }
}
