package org.dateline.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a publication time as the command line takes it: an ISO date ({@code 2026-03-11}) or a
 * date-time with offset ({@code 2026-03-11T12:00:00+03:00}), and an optional zone id. The zone
 * defaults to the offset of the date-time, else UTC; a date alone means the start of that day.
 */
final class Published {
  private Published() {}

  static ZonedDateTime parse(String published, String zone) {
    ZonedDateTime t = parseUnchecked(published, zone);
    if (t.getYear() < 1 || t.getYear() > 9999) {
      throw new UsageException("bad publication time '" + shorten(published) + "': the year must be 1 to 9999");
    }
    return t;
  }

  private static ZonedDateTime parseUnchecked(String published, String zone) {
    ZoneId zoneId = zone == null ? null : zone(zone);
    try {
      if (published.length() <= 10 || published.indexOf('T') < 0) {
        LocalDate date = LocalDate.parse(published);
        return date.atStartOfDay(zoneId == null ? ZoneOffset.UTC : zoneId);
      }
      OffsetDateTime odt = OffsetDateTime.parse(published);
      return zoneId == null ? odt.toZonedDateTime() : odt.atZoneSameInstant(zoneId);
    } catch (DateTimeParseException e) {
      throw new UsageException("bad publication time '" + shorten(published)
          + "': expected an ISO date like 2026-03-11 or a date-time with offset like 2026-03-11T12:00:00+03:00");
    }
  }

  static ZoneId zone(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new UsageException("bad zone '" + shorten(zone) + "': expected a zone id like Europe/Moscow or an offset like +03:00");
    }
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
