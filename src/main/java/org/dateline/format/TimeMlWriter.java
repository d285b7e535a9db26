package org.dateline.format;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.DateMention;

/**
 * Writes a report with its date mentions as a TimeML document: a {@code <DCT>} with the publication
 * date and a {@code <TIMEX3 tid type value [mod]>} around each expression in the text, XML-escaped, so that
 * TempEval tools can read it.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeMlWriter {
  private TimeMlWriter() {}

  /**
   * Returns the TimeML document.
   *
   * @param text the report's text, not null
   * @param dct the TIMEX3 value of the publication date, such as {@code 2026-03-11}, not null
   * @param mentions the date mentions of the text, not null; overlapping ones after the first are left out
   * @return the document
   * @throws IndexOutOfBoundsException if a mention lies outside the text
   */
  public static String write(String text, String dct, List<DateMention> mentions) {
    requireNonNull(text, "text");
    requireNonNull(dct, "dct");
    requireNonNull(mentions, "mentions");
    List<DateMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((DateMention m) -> m.span().begin()));
    StringBuilder out = new StringBuilder(text.length() + 64 * sorted.size() + 256);
    out.append("<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
        .append(escape(dct)).append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
        .append(escape(dct)).append("</TIMEX3></DCT>\n<TEXT>");
    int pos = 0;
    int tid = 1;
    for (DateMention m : sorted) {
      if (m.span().begin() < pos) {
        continue;
      }
      if (m.span().end() > text.length()) {
        throw new IndexOutOfBoundsException("mention " + m + " lies outside the text of length " + text.length());
      }
      out.append(escape(text.substring(pos, m.span().begin())));
      out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(m.type().name())
          .append("\" value=\"").append(escape(m.value())).append('"');
      m.mod().ifPresent(mod -> out.append(" mod=\"").append(mod.name()).append('"'));
      out.append('>').append(escape(text.substring(m.span().begin(), m.span().end()))).append("</TIMEX3>");
      pos = m.span().end();
    }
    out.append(escape(text.substring(pos))).append("</TEXT>\n</TimeML>\n");
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
