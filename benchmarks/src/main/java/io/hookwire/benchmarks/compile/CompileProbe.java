package io.hookwire.benchmarks.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * Figure 3's measurement, in a JVM of its own: writes the receiver sources, warms javac up, then
 * compiles them alternately without and with the processor, printing
 * {@code RESULT <mode> <nanoseconds>} per compilation.
 */
public final class CompileProbe {
  /** The mode without annotation processing. */
  static final String NONE = "proc-none";
  /** The mode with Hookwire's processor. */
  static final String PROCESSOR = "processor";

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
    for (int i = 0; i < warmups; i++) {
      javac.compile(sources, output, false);
      javac.compile(sources, output, true);
    }
    for (int i = 0; i < rounds; i++) {
      // Alternate which goes first, so a slow moment of the machine does not favour one mode.
      boolean processorFirst = i % 2 == 1;
      report(javac, sources, output, processorFirst);
      report(javac, sources, output, !processorFirst);
    }
  }

  private static void report(Javac javac, List<Path> sources, Path output, boolean withProcessor) throws Exception {
    long nanos = javac.compile(sources, output, withProcessor);
    System.out.println("RESULT " + (withProcessor ? PROCESSOR : NONE) + " " + nanos);
    System.out.flush();
  }
}
