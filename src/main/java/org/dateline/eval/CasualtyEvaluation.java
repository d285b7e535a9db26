package org.dateline.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.dateline.extract.CasualtyExtractor;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.Report;
import org.dateline.model.Toll;
import org.dateline.rules.casualty.en.EnglishCasualtyExtractor;
import org.dateline.timeline.TollPolicy;

/**
 * Measures the English casualty extractor on the developer data: the WAD coder descriptions
 * ({@code wad/events.jsonl}) and the GVA articles ({@code gva/documents.jsonl} with
 * {@code gva/incidents.jsonl}), each read as its title and then its text, as a reader gets it.
 *
 * <p>Usage: {@code DATA_DIR [--misses] [--set wad|gva]}. Both sets are measured unless
 * {@code --set} picks one.
 *
 * <p>A report's figures of one category are reduced to one number exactly as a timeline reduces
 * them: {@link TollPolicy#LATEST} on that report's claims (subtotals and running totals are parts
 * or other incidents, an update supersedes the report's other figures, additional groups add up;
 * the best estimate of the latest report). Vague words alone ("dozens") are a figure found without
 * a number. No figure counts as 0.
 *
 * <p>WAD rows are measured when they are not boilerplate and their description states a number
 * for deaths: the gold number in digits or words; for 1, "a"/"an"/"one" within a clause before a
 * death word, or right after a killing verb (a named victim alone states no number); for 0, a
 * "no one"/"no casualties" phrase. All non-boilerplate rows are measured too, as a second line.
 * WAD counts the deliberate killing of noncombatants, so the deaths are also measured as
 * {@link CasualtyExtractor#noncombatants} reads the figures (soldiers, police and fighters left out where the text tells
 * them apart), on the same rows.
 */
public final class CasualtyEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ONE = Pattern.compile("(?i)\\b(?:a|an|one|another)\\b[^.;]{0,80}?\\b(?:killed|dead|died"
      + "|slain|murdered|assassinated|beheaded|executed|lynched|gunned|stabbed|shot|death)\\b"
      + "|\\b(?:killed|killing|murdered|dead|assassinated|beheaded|executed|lynched|slew|down|death)\\s+(?:a|an|one)\\b");
  private static final Pattern ZERO = Pattern.compile(
      "(?i)\\b(?:no one|nobody|no-one|none|no (?:\\w{1,20} ){0,2}(?:casualties|deaths|fatalities|injuries))\\b");

  private CasualtyEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param args {@code DATA_DIR [--misses] [--set wad|gva]}, not null
   * @param out where the figures go, not null
   * @param err where a usage or data error goes, one line, not null
   * @return 0 on success, 2 on bad usage or a missing data folder
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    Options o = Options.parse(args);
    if (o == null) {
      err.println("usage: eval-casualties DATA_DIR [--misses] [--set wad|gva]");
      return 2;
    }
    if (!Files.isDirectory(o.dataDir)) {
      err.println("eval-casualties: no data folder at " + o.dataDir);
      return 2;
    }
    try {
      CasualtyExtractor x = EnglishCasualtyExtractor.create();
      if (!o.set.equals("gva")) {
        wad(x, o.dataDir.resolve("wad/events.jsonl"), o.misses, out);
      }
      if (!o.set.equals("wad")) {
        gva(x, o.dataDir.resolve("gva"), o.misses, out);
      }
      return 0;
    } catch (IOException | UncheckedIOException | DateTimeException | IllegalArgumentException e) {
      err.println("eval-casualties: cannot read the data: " + e.getMessage());
      return 2;
    }
  }

  private static void wad(CasualtyExtractor x, Path file, boolean misses, PrintStream out) throws IOException {
    Tally deaths = new Tally("deaths");
    Tally clauseDeaths = new Tally("deaths+");
    Tally allDeaths = new Tally("deaths*");
    Tally injured = new Tally("injured");
    Tally civilianDeaths = new Tally("civilians");
    Tally civilianClause = new Tally("civilians+");
    for (JsonNode row : readLines(file)) {
      if (row.path("boilerplate_text").asBoolean(false) || !row.path("deaths_number").isIntegralNumber()) {
        continue;
      }
      String text = row.path("description").asText("");
      Report report = Report.of("wad-" + row.path("row").asText(), text, wadDate(row).atStartOfDay(ZoneOffset.UTC));
      List<CasualtyFigure> figures = x.extract(report);
      long gold = row.path("deaths_number").asLong();
      OptionalLong killed = reduce(report, figures, CasualtyCategory.KILLED);
      boolean anyKilled = any(report, figures, CasualtyCategory.KILLED);
      allDeaths.add(gold, killed, anyKilled);
      OptionalLong civilians = reduce(report, x.noncombatants(figures), CasualtyCategory.KILLED);
      if (statesNumber(text, gold)) {
        civilianDeaths.add(gold, civilians, anyKilled);
      }
      if (DeathClauses.statesDeaths(text)) {
        boolean okCivilians = civilianClause.add(gold, civilians, anyKilled);
        if (!okCivilians && misses) {
          out.println("MISS wad civilians+ " + report.id() + " gold=" + gold + " got=" + show(civilians, anyKilled)
              + " | " + text.replace('\n', ' ') + " | " + figures);
        }
        boolean ok = clauseDeaths.add(gold, killed, anyKilled);
        if (!ok && misses) {
          out.println("MISS wad deaths+ " + report.id() + " gold=" + gold + " got=" + show(killed, anyKilled)
              + " | " + text.replace('\n', ' ') + " | " + figures);
        }
      }
      if (statesNumber(text, gold)) {
        boolean ok = deaths.add(gold, killed, anyKilled);
        if (!ok && misses) {
          out.println("MISS wad deaths " + report.id() + " gold=" + gold + " got=" + show(killed, anyKilled)
              + " | " + text.replace('\n', ' ') + " | " + figures);
        }
        JsonNode inj = row.path("injured_number");
        if (inj.isIntegralNumber()) {
          boolean okInj = injured.add(inj.asLong(), reduce(report, figures, CasualtyCategory.INJURED),
              any(report, figures, CasualtyCategory.INJURED));
          if (!okInj && misses) {
            out.println("MISS wad injured " + report.id() + " gold=" + inj.asLong() + " | " + text.replace('\n', ' ')
                + " | " + figures);
          }
        }
      }
    }
    out.println("WAD deaths: rows whose text states the gold number (deaths, injured on those rows),"
        + " + = rows with a number and a death word in one clause (gold-independent), * = all non-boilerplate rows");
    deaths.print(out);
    injured.print(out);
    clauseDeaths.print(out);
    allDeaths.print(out);
    out.println("WAD civilian deaths (the dataset's own measure: killings of noncombatants), the same rows,"
        + " figures read as noncombatants: soldiers, police and fighters left out where the text tells them apart");
    civilianDeaths.print(out);
    civilianClause.print(out);
  }

  private static LocalDate wadDate(JsonNode row) {
    JsonNode dates = row.path("factiva_pub_dates");
    if (dates.isArray() && dates.size() > 0) {
      return LocalDate.parse(dates.get(0).asText());
    }
    JsonNode s = row.path("start");
    return LocalDate.of(s.path("year").asInt(2000), Math.max(1, s.path("month").asInt(1)), Math.max(1, s.path("day").asInt(1)));
  }

  private static void gva(CasualtyExtractor x, Path dir, boolean misses, PrintStream out) throws IOException {
    Map<String, JsonNode> incidents = new HashMap<>();
    for (JsonNode i : readLines(dir.resolve("incidents.jsonl"))) {
      incidents.put(i.path("incident_id").asText(), i);
    }
    Tally killed = new Tally("killed");
    Tally injured = new Tally("injured");
    for (JsonNode d : readLines(dir.resolve("documents.jsonl"))) {
      JsonNode incident = incidents.get(d.path("incident_id").asText());
      if (incident == null) {
        continue;
      }
      // the report as a reader gets it, its headline first, as the timeline evaluation reads it
      String title = d.path("title").asText("");
      String content = d.path("content").asText("");
      String text = title.isBlank() ? content : title + "\n\n" + content;
      LocalDate dct = LocalDate.parse(d.path("dct").asText("2000-01-01").substring(0, 10));
      Report report = Report.of("gva-" + d.path("doc_id").asText(), text, dct.atStartOfDay(ZoneOffset.UTC));
      List<CasualtyFigure> figures = x.extract(report);
      gvaOne(killed, incident.path("num_killed").asLong(), figures, CasualtyCategory.KILLED, misses, report, out);
      gvaOne(injured, incident.path("num_injured").asLong(), figures, CasualtyCategory.INJURED, misses, report, out);
    }
    out.println("GVA (per article, against the incident's final totals)");
    killed.print(out);
    injured.print(out);
  }

  private static void gvaOne(Tally tally, long gold, List<CasualtyFigure> figures, CasualtyCategory c,
      boolean misses, Report report, PrintStream out) {
    OptionalLong got = reduce(report, figures, c);
    boolean ok = tally.add(gold, got, any(report, figures, c));
    if (!ok && misses) {
      out.println("MISS gva " + c.jsonName() + " " + report.id() + " gold=" + gold + " got=" + show(got, any(report, figures, c))
          + " | " + figures);
    }
  }

  /**
   * Returns the report's toll of the category as {@link TollPolicy#LATEST} reconciles it, the same
   * reduction a timeline applies to one report; empty when no figure counts or when the counted
   * figures state only vague words ("dozens").
   */
  static OptionalLong reduce(Report report, List<CasualtyFigure> figures, CasualtyCategory category) {
    List<Claim> claims = new ArrayList<>(figures.size());
    for (CasualtyFigure f : figures) {
      claims.add(Claim.of(report, f));
    }
    Optional<Toll> toll = TollPolicy.LATEST.reconcile(category, claims);
    if (toll.isEmpty() || toll.get().claims().stream().allMatch(c -> c.figure().count().word().isPresent())) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(toll.get().best());
  }

  private static boolean any(Report report, List<CasualtyFigure> figures, CasualtyCategory category) {
    List<Claim> claims = new ArrayList<>(figures.size());
    for (CasualtyFigure f : figures) {
      claims.add(Claim.of(report, f));
    }
    return TollPolicy.LATEST.reconcile(category, claims).isPresent();
  }

  private static String show(OptionalLong v, boolean any) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : any ? "vague" : "none";
  }

  /** Returns whether the text states {@code n}: in digits, in words, as "a"/"one" for 1, "no one" for 0. */
  static boolean statesNumber(String text, long n) {
    if (n == 0) {
      return ZERO.matcher(text).find();
    }
    if (n == 1) {
      return ONE.matcher(text).find();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String digits = Long.toString(n);
    String grouped = String.format(Locale.ROOT, "%,d", n);
    return containsWord(lower, digits) || containsWord(lower, grouped) || containsWord(lower, grouped.replace(',', ' '))
        || (n < 100 && (containsWord(lower, Spelling.spell(n)) || containsWord(lower, Spelling.spell(n).replace('-', ' '))))
        || (n == 12 && lower.contains("a dozen"));
  }

  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) {
        return false;
      }
      int end = i + word.length();
      boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (left && right) {
        return true;
      }
      from = i + 1;
    }
  }

  private static List<JsonNode> readLines(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }

  /** The parsed command line. */
  private static final class Options {
    Path dataDir;
    boolean misses;
    String set = "all";

    static Options parse(List<String> args) {
      Options o = new Options();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--misses")) {
          o.misses = true;
        } else if (a.equals("--set") && i + 1 < args.size()
            && (args.get(i + 1).equals("wad") || args.get(i + 1).equals("gva"))) {
          o.set = args.get(++i);
        } else if (!a.startsWith("--") && o.dataDir == null) {
          o.dataDir = Path.of(a);
        } else {
          return null;
        }
      }
      return o.dataDir == null ? null : o;
    }
  }
}
