package io.hookwire.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Figure 3's measurement, in a JVM of its own: writes the receiver sources, warms javac up, then
 * compiles them in rounds, each mode once per round in a rotating order, printing
 * {@code RESULT <mode> <wall ns> <cpu ns>} per compilation. Besides the two modes the figure
 * compares, a third compiles the sources together with the code the processor generated, with
 * {@code -proc:none}: it splits the processor's cost into running it and compiling its output.
 */
public final class CompileProbe {
  /** Annotation processing off. */
  static final String NONE = "proc-none";
  /** Hookwire's processor on the processor path. */
  static final String PROCESSOR = "processor";
  /** Annotation processing off, the processor's output added as plain sources. */
  static final String PREGENERATED = "pregenerated";
  private static final List<String> MODES = List.of(NONE, PROCESSOR, PREGENERATED);

  private CompileProbe() {}

  /** Arguments: work directory, number of receivers, warm-up rounds, measured rounds. */
  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int receivers = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<Path> sources = ReceiverSources.write(Javac.fresh(work.resolve("sources")), 0, receivers);
    Javac javac = new Javac(System.getProperty("java.class.path"), ProcessorPath.locate());
    Path output = work.resolve("output");
    javac.compile(sources, output, true);
    List<Path> withGenerated = withGenerated(sources, Javac.fresh(work.resolve("pregenerated")), output);
    for (int i = 0; i < warmups; i++) {
      javac.compile(sources, output, false);
      javac.compile(sources, output, true);
    }
    for (int i = 0; i < rounds; i++) {
      // Rotate the order, so a slow moment of the machine does not always hit the same mode.
      for (int m = 0; m < MODES.size(); m++) {
        String mode = MODES.get((i + m) % MODES.size());
        Javac.Timing timing = mode.equals(PREGENERATED)
            ? javac.compile(withGenerated, output, false)
            : javac.compile(sources, output, mode.equals(PROCESSOR));
        System.out.println("RESULT " + mode + " " + timing.wallNanos() + " " + timing.cpuNanos());
        System.out.flush();
      }
    }
  }

  /** The sources plus a copy of the generated ones, which the next compilation would delete. */
  private static List<Path> withGenerated(List<Path> sources, Path copy, Path output) throws IOException {
    Path generated = output.resolve("generated");
    List<Path> all = new ArrayList<>(sources);
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path target = copy.resolve(generated.relativize(file));
        Files.createDirectories(target.getParent());
        all.add(Files.copy(file, target));
      }
    }
    return all;
  }
}
