package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.eval.TimeMlDocument.Timex;
import org.dateline.extract.DateExtractor;
import org.dateline.model.DateMention;
import org.dateline.model.Report;
import org.dateline.rules.time.en.EnglishDateExtractor;

/**
 * The {@code eval-timeml DIR [--misses]} command: runs the English date extractor over every TimeML
 * document under a folder and prints TempEval-3 figures (strict and relaxed span, value, type),
 * for all documents and for each top-level subfolder.
 *
 * <p>Each document is a report published at the start of its DCT's day in UTC, so "today" is the DCT.
 */
public final class TimeMlEvaluation {
  private TimeMlEvaluation() {}

  /**
   * Runs the command.
   *
   * @param args {@code DIR [--misses]}, not null
   * @param out where the figures (and misses) go, not null
   * @param err where a usage or input error goes, as one line, not null
   * @return 0 on success, 2 on bad usage or a missing or unreadable folder
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    boolean misses = rest.remove("--misses");
    if (rest.size() != 1) {
      err.println("usage: eval-timeml DIR [--misses]");
      return 2;
    }
    Path dir = Path.of(rest.get(0));
    if (!Files.isDirectory(dir)) {
      err.println("eval-timeml: no such folder: " + dir);
      return 2;
    }
    try {
      evaluate(dir, misses, out);
      return 0;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("eval-timeml: " + e.getMessage());
      return 2;
    }
  }

  private static void evaluate(Path dir, boolean showMisses, PrintStream out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
    }
    DateExtractor extractor = EnglishDateExtractor.create();
    TimexScorer all = new TimexScorer();
    Map<String, TimexScorer> parts = new LinkedHashMap<>();
    for (Path f : files) {
      Path rel = dir.relativize(f);
      TimeMlDocument doc = TimeMlDocument.parse(rel.toString(), Files.readString(f, StandardCharsets.UTF_8));
      List<Timex> system = toTimexes(extractor.extract(report(doc)));
      all.add(doc.name(), doc.text(), doc.timexes(), system);
      if (rel.getNameCount() > 1) {
        parts.computeIfAbsent(rel.getName(0).toString(), k -> new TimexScorer()).add(doc.name(), doc.text(), doc.timexes(), system);
      }
    }
    all.print("all " + files.size() + " documents", out);
    if (parts.size() > 1) {
      parts.forEach((name, scorer) -> scorer.print(name, out));
    }
    if (showMisses) {
      all.misses().forEach(out::println);
    }
  }

  static Report report(TimeMlDocument doc) {
    LocalDate day = LocalDate.parse(doc.dct().substring(0, Math.min(10, doc.dct().length())));
    return Report.of(doc.name(), doc.text(), day.atStartOfDay(ZoneOffset.UTC));
  }

  static List<Timex> toTimexes(List<DateMention> mentions) {
    List<Timex> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      out.add(new Timex(m.span().begin(), m.span().end(), m.span().text(), m.type().name(), m.value(),
          m.mod().map(Enum::name).orElse("")));
    }
    return out;
  }
}
