package org.dateline.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document read for evaluation: the creation time (DCT), the plain text of {@code <TEXT>} with
 * every tag stripped and entities decoded, and the gold TIMEX3 expressions with offsets into that text.
 *
 * <p>Immutable and thread-safe.
 */
final class TimeMlDocument {
  private static final Pattern DCT = Pattern.compile("<DCT>\\s{0,20}<TIMEX3\\b([^>]{0,2000})>");
  private static final Pattern ATTR = Pattern.compile("(\\w{1,40})=\"([^\"]{0,400})\"");
  private static final Map<String, String> ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

  /** A gold expression: its offsets in the plain text, its words, type, value and mod (empty if none). */
  record Timex(int begin, int end, String text, String type, String value, String mod) {}

  private final String name;
  private final String dct;
  private final String text;
  private final List<Timex> timexes;

  private TimeMlDocument(String name, String dct, String text, List<Timex> timexes) {
    this.name = name;
    this.dct = dct;
    this.text = text;
    this.timexes = List.copyOf(timexes);
  }

  /**
   * Reads a TimeML document.
   *
   * @param name a name for messages, not null
   * @param xml the document, not null
   * @return the document
   * @throws IllegalArgumentException if it has no DCT value or no {@code <TEXT>} element
   */
  static TimeMlDocument parse(String name, String xml) {
    requireNonNull(name, "name");
    requireNonNull(xml, "xml");
    Matcher d = DCT.matcher(xml);
    String dct = d.find() ? attributes(d.group(1)).get("value") : null;
    int open = xml.indexOf("<TEXT>");
    int close = xml.lastIndexOf("</TEXT>");
    if (dct == null || open < 0 || close < open) {
      throw new IllegalArgumentException(name + ": no DCT value or no <TEXT> element");
    }
    StringBuilder plain = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    strip(xml.substring(open + "<TEXT>".length(), close), plain, timexes);
    return new TimeMlDocument(name, dct, plain.toString(), timexes);
  }

  private static void strip(String body, StringBuilder plain, List<Timex> out) {
    Map<String, String> openTimex = null;
    int timexBegin = 0;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int end = body.indexOf('>', i);
        if (end < 0) {
          break;
        }
        String tag = body.substring(i + 1, end);
        if (tag.startsWith("TIMEX3")) {
          openTimex = attributes(tag);
          timexBegin = plain.length();
        } else if (tag.equals("/TIMEX3") && openTimex != null) {
          out.add(new Timex(timexBegin, plain.length(), plain.substring(timexBegin), openTimex.getOrDefault("type", ""),
              openTimex.getOrDefault("value", ""), openTimex.getOrDefault("mod", "")));
          openTimex = null;
        }
        i = end + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String entity = semi > i && semi - i < 10 ? ENTITIES.get(body.substring(i + 1, semi)) : null;
        plain.append(entity == null ? "&" : entity);
        i = entity == null ? i + 1 : semi + 1;
      } else {
        plain.append(c);
        i++;
      }
    }
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> m = new java.util.HashMap<>();
    Matcher a = ATTR.matcher(tag);
    while (a.find()) {
      m.put(a.group(1), a.group(2));
    }
    return m;
  }

  /** Returns the document's name. */
  String name() {
    return name;
  }

  /** Returns the DCT value as written, such as {@code 1998-01-08} or {@code 1998-02-12T01:58:00}. */
  String dct() {
    return dct;
  }

  /** Returns the plain text of {@code <TEXT>}. */
  String text() {
    return text;
  }

  /** Returns the gold expressions in text order. */
  List<Timex> timexes() {
    return timexes;
  }
}
