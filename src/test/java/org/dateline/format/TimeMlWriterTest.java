package org.dateline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import org.dateline.model.DateMention;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexMod;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class TimeMlWriterTest {
  @Test
  void wrapsMentionsInTimex3TagsAndEscapesTheText() {
    String text = "Q&A <live> yesterday, for about 3 days";
    DateMention day = DateMention.builder(TextSpan.of(text, 11, 20), TimeValue.parse("2026-03-10"), ZoneId.of("UTC")).build();
    DateMention length = DateMention.builder(TextSpan.of(text, 26, 38), TimexType.DURATION, "P3D").mod(TimexMod.APPROX).build();
    String doc = TimeMlWriter.write(text, "2026-03-11", List.of(length, day));
    assertEquals("<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-03-11\" "
        + "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2026-03-11</TIMEX3></DCT>\n"
        + "<TEXT>Q&amp;A &lt;live&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-10\">yesterday</TIMEX3>, for "
        + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" mod=\"APPROX\">about 3 days</TIMEX3></TEXT>\n</TimeML>\n", doc);
  }

  @Test
  void rejectsAMentionOutsideTheText() {
    DateMention m = DateMention.builder(TextSpan.ofText(5, 14, "yesterday"), TimexType.DATE, "2026-03-10").build();
    assertThrows(IndexOutOfBoundsException.class, () -> TimeMlWriter.write("short", "2026-03-11", List.of(m)));
  }
}
