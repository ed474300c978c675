package io.hookwire.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;

/**
 * Figure 3's measurement, in a JVM of its own: writes the receiver sources, warms javac up, then
 * compiles them in rounds, each mode once per round in a rotating order, printing
 * {@code RESULT <mode> <wall ns> <cpu ns> <processor cpu ns>} per compilation. Besides the two
 * modes the figure compares, three more split the processor's cost: the sources compiled together
 * with the code the processor generated, with {@code -proc:none} (compiling the output); a
 * processor that only writes that output again (what javac's rounds cost any processor with this
 * output); and Hookwire's processor found by javac on {@code -processorpath}, loaded afresh in each
 * compilation as on a command line.
 */
public final class CompileProbe {
  /** Annotation processing off. */
  static final String NONE = "proc-none";
  /** Hookwire's processor, loaded once and handed to javac. */
  static final String PROCESSOR = "processor";
  /** Annotation processing off, the processor's output added as plain sources. */
  static final String PREGENERATED = "pregenerated";
  /** A processor that writes the processor's output again, and does nothing else. */
  static final String COPYING = "copying";
  /** Hookwire's processor on {@code -processorpath}. */
  static final String PROCESSOR_PATH = "processor-path";
  /** Every mode, in the order of the first round. */
  static final List<String> MODES = List.of(NONE, PROCESSOR, PREGENERATED, COPYING, PROCESSOR_PATH);

  private CompileProbe() {}

  /**
   * Arguments: work directory, number of receivers, warm-up rounds, measured rounds, and
   * optionally the modes to measure, comma-separated (all by default): one mode alone is what a
   * profiler should watch, e.g. {@code processor} under JFR.
   */
  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int receivers = Integer.parseInt(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<String> modes = args.length > 4 ? List.of(args[4].split(",")) : MODES;
    List<Path> sources = ReceiverSources.write(Javac.fresh(work.resolve("sources")), 0, receivers);
    Javac javac = new Javac(System.getProperty("java.class.path"));
    Supplier<Processor> hookwire = ProcessorPath.loadedOnce();
    Path output = work.resolve("output");
    javac.compile(sources, output, Processing.instance(hookwire.get()));
    Path copy = Javac.fresh(work.resolve("pregenerated"));
    List<Path> withGenerated = withGenerated(sources, copy, output);
    Supplier<Processor> copying = CopyingProcessor.of(copy, output.resolve("classes"));
    for (int i = 0; i < warmups; i++) {
      for (String mode : modes) {
        compile(mode, javac, sources, withGenerated, output, hookwire, copying);
      }
    }
    for (int i = 0; i < rounds; i++) {
      // Rotate the order, so a slow moment of the machine does not always hit the same mode.
      for (int m = 0; m < modes.size(); m++) {
        String mode = modes.get((i + m) % modes.size());
        Javac.Timing timing = compile(mode, javac, sources, withGenerated, output, hookwire, copying);
        System.out.println("RESULT " + mode + " " + timing.wallNanos() + " " + timing.cpuNanos() + " "
            + timing.processorCpuNanos());
        System.out.flush();
      }
    }
  }

  private static Javac.Timing compile(String mode, Javac javac, List<Path> sources, List<Path> withGenerated,
      Path output, Supplier<Processor> hookwire, Supplier<Processor> copying) throws IOException {
    return switch (mode) {
      case NONE -> javac.compile(sources, output, Processing.none());
      case PROCESSOR -> javac.compile(sources, output, Processing.instance(hookwire.get()));
      case PREGENERATED -> javac.compile(withGenerated, output, Processing.none());
      case COPYING -> javac.compile(sources, output, Processing.instance(copying.get()));
      case PROCESSOR_PATH -> javac.compile(sources, output, Processing.onProcessorPath(ProcessorPath.locate()));
      default -> throw new IllegalArgumentException("unknown mode " + mode + "; modes: " + MODES);
    };
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
