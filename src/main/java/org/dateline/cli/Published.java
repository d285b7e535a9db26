package org.dateline.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a publication time as the command line takes it: an ISO date ({@code 2026-03-11}) or a
 * date-time with offset ({@code 2026-03-11T12:00:00+03:00}), and an optional zone id. The zone
 * defaults to the offset of the date-time, else UTC; a date alone means the start of that day. With
 * a zone, a local date-time ({@code 2026-03-11T12:00}) is taken in that zone.
 */
final class Published {
  private static final Pattern HAS_OFFSET = Pattern.compile("(?:Z|[+-]\\d{2}(?::?\\d{2})?)$");
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
      if (zoneId != null && !HAS_OFFSET.matcher(published).find()) {
        // a local date-time is unambiguous once --zone names the zone
        return LocalDateTime.parse(published).atZone(zoneId);
      }
      OffsetDateTime odt = OffsetDateTime.parse(published);
      return zoneId == null ? odt.toZonedDateTime() : odt.atZoneSameInstant(zoneId);
    } catch (DateTimeParseException e) {
      // java.time says "Text '...' could not be parsed: Invalid date 'FEBRUARY 30'" for a well-formed
      // but impossible date: keep that reason, it is clearer than the expected form.
      String msg = e.getMessage() == null ? "" : e.getMessage();
      int colon = msg.indexOf("could not be parsed: ");
      String why = colon < 0 ? "" : " (" + msg.substring(colon + "could not be parsed: ".length()) + ")";
      throw new UsageException("bad publication time '" + shorten(published) + "'" + why
          + ": expected an ISO date like 2026-03-11 or a date-time with offset like 2026-03-11T12:00:00+03:00");
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
