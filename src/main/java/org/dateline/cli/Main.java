package org.dateline.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code dateline} command line: {@code extract}, {@code timeline} and the evaluation
 * commands. Exit code 0 on success, 2 on bad usage or bad input with one line on stderr, 1 on an
 * internal failure (also one line); never a stack trace.
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "usage: dateline COMMAND [OPTIONS]",
      "",
      "  extract --published TIME [--zone ZONE] [--id ID] [--format text|json|timeml] FILE|-",
      "      dates, casualty figures and events of one report (TIME: 2026-03-11 or 2026-03-11T12:00:00+03:00)",
      "  extract --jsonl FILE|- [--threads N]",
      "      many reports, one JSON object per line in and out",
      "  timeline --jsonl FILE|- [--format text|json] [--threads N]",
      "      merge many reports into one timeline",
      "  eval-timeml DIR [--misses]            score dates against TimeML gold (TempEval-3)",
      "  eval-casualties DATA_DIR [--set wad|gva] [--misses]",
      "                                        score casualty figures against WAD / GVA gold",
      "  eval-timeline GVA_DIR [--misses]      score merging and tolls against GVA incidents",
      "  bench-extract FILE.jsonl [--rounds N] [--warmup N] [--threads N]",
      "                                        throughput of the whole pipeline (MB/s, reports/s), after a",
      "                                        warm-up that lasts until the rate is steady unless N is given",
      "  bench-dates DIR, bench-casualties DATA_DIR, bench-merge N",
      "                                        throughput of one stage",
      "  help                                  this text",
      "");

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Natty logs through SLF4J, and the command line ships no binding: without this, SLF4J's own
    // three-line warning about the missing binding would be printed on every run. A user's
    // explicit setting wins.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(Arrays.asList(args), System.in, out, err);
    out.flush();
    System.exit(code);
  }

  /**
   * Runs the command line on the given streams and returns the exit code.
   *
   * @param args the arguments, not null
   * @param in standard input, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return 0 on success, 2 on bad usage or input, 1 on an internal failure
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      switch (command) {
        case "help":
        case "--help":
        case "-h":
          out.print(USAGE);
          return 0;
        case "extract":
          return new ExtractCommand(in, out).run(rest);
        case "timeline":
          return new TimelineCommand(in, out, err).run(rest);
        default:
          return EvalCommands.run(command, rest, out, err);
      }
    } catch (UsageException e) {
      err.println("dateline: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("dateline: " + e.getCause().getMessage());
      return 2;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      err.println("dateline: internal error: " + e);
      return 1;
    }
  }
}
