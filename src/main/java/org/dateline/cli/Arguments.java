package org.dateline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command: {@code --name value}, {@code --name=value}, flags,
 * and positional operands ({@code -} stands for standard input). Unknown options are errors.
 */
final class Arguments {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> operands = new ArrayList<>();

  private Arguments() {}

  /**
   * Parses {@code args} given the options that take a value and the flags that do not.
   *
   * @throws UsageException on an unknown option, a missing value or a repeated option
   */
  static Arguments parse(List<String> args, Set<String> valued, Set<String> flagNames) {
    Arguments a = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.equals("--")) {
        if (arg.equals("--")) {
          a.operands.addAll(args.subList(i + 1, args.size()));
          break;
        }
        a.operands.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (flagNames.contains(name) && eq < 0) {
        a.flags.add(name);
      } else if (valued.contains(name)) {
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
        if (a.values.put(name, value) != null) {
          throw new UsageException("option --" + name + " given twice");
        }
      } else {
        throw new UsageException("unknown option: " + (eq < 0 ? arg : arg.substring(0, eq)));
      }
    }
    return a;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  List<String> operands() {
    return operands;
  }

  /** Returns the single operand, or throws naming what was expected. */
  String singleOperand(String what) {
    if (operands.size() != 1) {
      throw new UsageException(operands.isEmpty() ? "missing " + what : "expected one " + what + ", got " + operands.size());
    }
    return operands.get(0);
  }
}
