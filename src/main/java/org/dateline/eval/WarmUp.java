package org.dateline.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides when a throughput benchmark has warmed up: either after a fixed number of rounds, or adaptively, once
 * the JIT compiler has settled: at least {@link #MIN_SECONDS} seconds and {@link #STEADY_ROUNDS} rounds, then as
 * soon as the last {@link #STEADY_ROUNDS} rounds' rates agree within {@link #TOLERANCE} and the compiler spent
 * at most {@link #COMPILING} of the last round compiling, and never longer than {@link #MAX_SECONDS} seconds. The
 * compiler test matters on a busy machine, where the rate can rest on a plateau while big methods wait for
 * their optimised compilation. Rates should be per CPU-second, which other processes disturb less than wall-clock
 * rates. Not thread-safe: one benchmark feeds it its rounds in order.
 */
final class WarmUp {
  static final double MIN_SECONDS = 5;
  static final double MAX_SECONDS = 120;
  static final int STEADY_ROUNDS = 3;
  /** The largest relative spread (highest over lowest, minus one) of steady rounds. */
  static final double TOLERANCE = 0.05;
  /** The largest share of a steady round's time the JIT compiler may spend compiling. */
  static final double COMPILING = 0.02;

  private final int fixedRounds;
  private final List<Double> rates = new ArrayList<>();
  private double seconds;
  private boolean compilerQuiet;

  private WarmUp(int fixedRounds) {
    this.fixedRounds = fixedRounds;
  }

  /** Returns a warm-up of exactly {@code rounds} rounds, at least 0. */
  static WarmUp fixed(int rounds) {
    checkArgument(rounds >= 0, "rounds must be at least 0: %s", rounds);
    return new WarmUp(rounds);
  }

  /** Returns a warm-up that lasts until the rates settle, within the time limits. */
  static WarmUp adaptive() {
    return new WarmUp(-1);
  }

  /**
   * Records one warm-up round.
   *
   * @param rate the round's throughput, positive
   * @param roundSeconds how long it took, at least 0
   * @param compileSeconds how long the JIT compiler spent compiling during it, at least 0
   */
  void add(double rate, double roundSeconds, double compileSeconds) {
    rates.add(rate);
    seconds += roundSeconds;
    compilerQuiet = compileSeconds <= COMPILING * roundSeconds;
  }

  /** Returns whether the warm-up is over. */
  boolean done() {
    if (fixedRounds >= 0) {
      return rates.size() >= fixedRounds;
    }
    return seconds >= MAX_SECONDS || seconds >= MIN_SECONDS && steady() && compilerQuiet;
  }

  /** Returns whether the last {@link #STEADY_ROUNDS} rates agree within {@link #TOLERANCE}. */
  boolean steady() {
    if (rates.size() < STEADY_ROUNDS) {
      return false;
    }
    List<Double> last = rates.subList(rates.size() - STEADY_ROUNDS, rates.size());
    double low = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double high = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return high <= low * (1 + TOLERANCE);
  }

  /** Returns one line saying how the warm-up ended. */
  String summary() {
    if (fixedRounds >= 0) {
      return String.format("warm-up: %d round(s) as asked, %.1f s", rates.size(), seconds);
    }
    return String.format(steady() && compilerQuiet
        ? "warm-up: steady after %d round(s), %.1f s (the last %d within %.0f%%, the compiler quiet)"
        : "warm-up: stopped after %d round(s), %.1f s, not steady (the last %d not within %.0f%% or the compiler busy)",
        rates.size(), seconds, STEADY_ROUNDS, TOLERANCE * 100);
  }
}
