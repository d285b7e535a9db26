package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams the lines of an input through a function on several threads and hands the results on
 * in input order. Holds at most one batch of lines (bounded in count and characters) at a time, so
 * an input of any size streams in bounded memory.
 */
final class OrderedParallel {
  private static final int BATCH_LINES = 256;
  private static final long BATCH_CHARS = 32L * 1024 * 1024;

  private OrderedParallel() {}

  static <T> void run(LineReader lines, int threads, Function<LineReader.Line, T> work, Consumer<T> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dateline-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      while (true) {
        List<Future<T>> batch = new ArrayList<>();
        long chars = 0;
        LineReader.Line line;
        while (batch.size() < BATCH_LINES && chars < BATCH_CHARS && (line = lines.next()) != null) {
          LineReader.Line l = line;
          chars += l.tooLong() ? 0 : l.text().length();
          batch.add(pool.submit(() -> work.apply(l)));
        }
        if (batch.isEmpty()) {
          return;
        }
        for (Future<T> f : batch) {
          sink.accept(get(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
