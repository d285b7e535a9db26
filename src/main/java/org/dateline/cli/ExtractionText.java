package org.dateline.cli;

import java.util.stream.Collectors;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Toll;

/** Renders one extraction as readable text for a person trying Dateline on the command line. */
final class ExtractionText {
  private ExtractionText() {}

  static String render(Extraction x) {
    StringBuilder sb = new StringBuilder();
    sb.append("report ").append(x.report().id()).append(", published ").append(x.report().published()).append('\n');
    sb.append("\ndates (").append(x.dates().size()).append(")\n");
    for (DateMention d : x.dates()) {
      sb.append(String.format("  %-24s %-5s %-14s %s%s%n", quote(d.span().text()), d.type(), d.value(),
          d.time().map(t -> t.granularity().name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
          d.problem().map(p -> "  ! " + p).orElse("")));
    }
    sb.append("\ncasualties (").append(x.casualties().size()).append(")\n");
    for (CasualtyFigure f : x.casualties()) {
      sb.append(String.format("  %-12s %-10s %-14s %s%s%n", f.category().jsonName(), f.count().qualifier().jsonName(),
          f.count(), quote(f.span().text()),
          (f.who().map(w -> " who=" + w).orElse("")) + f.claimedBy().map(c -> " claimedBy=" + c).orElse("")
          + (f.restatedAt().isEmpty() ? "" : " (told again: " + f.restatedAt().stream().map(r -> quote(r.text()))
          .collect(Collectors.joining(", ")) + ")")));
    }
    sb.append("\nevents (").append(x.events().size()).append(")\n");
    for (Event e : x.events()) {
      sb.append(String.format("  %-12s %-10s %-20s %s%n", e.time().map(Object::toString).orElse("?"), e.type().jsonName(),
          e.place().orElse(""), e.tolls().values().stream().map(ExtractionText::toll).collect(Collectors.joining(", "))));
    }
    return sb.toString();
  }

  private static String toll(Toll t) {
    return t.category().jsonName() + " " + (t.low() == t.high() ? Long.toString(t.best()) : t.low() + "/" + t.best() + "/" + t.high());
  }

  private static String quote(String s) {
    String flat = s.replace('\n', ' ');
    return "\"" + (flat.length() <= 40 ? flat : flat.substring(0, 37) + "...") + "\"";
  }
}
