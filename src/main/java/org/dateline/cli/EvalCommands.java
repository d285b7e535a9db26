package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import org.dateline.eval.CasualtyEvaluation;
import org.dateline.eval.CasualtyThroughput;
import org.dateline.eval.DateThroughput;
import org.dateline.eval.ExtractThroughput;
import org.dateline.eval.MergeThroughput;
import org.dateline.eval.TimeMlEvaluation;
import org.dateline.eval.TimelineEvaluation;

/** The evaluation and throughput commands, which score Dateline on gold data and measure its speed. */
final class EvalCommands {
  private EvalCommands() {}

  static int run(String command, List<String> args, PrintStream out, PrintStream err) {
    switch (command) {
      case "eval-timeml":
        return TimeMlEvaluation.run(args, out, err);
      case "eval-casualties":
        return CasualtyEvaluation.run(args, out, err);
      case "bench-casualties":
        return CasualtyThroughput.run(args, out, err);
      case "bench-dates":
        return DateThroughput.run(args, out, err);
      case "bench-extract":
        return ExtractThroughput.run(args, out, err);
      case "eval-timeline":
        return TimelineEvaluation.run(args, out, err);
      case "bench-merge":
        return MergeThroughput.run(args, out, err);
      default:
        throw new UsageException("unknown command '" + Published.shorten(command) + "' (see: dateline help)");
    }
  }
}
