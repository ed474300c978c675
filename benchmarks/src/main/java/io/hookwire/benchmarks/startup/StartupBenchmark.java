package io.hookwire.benchmarks.startup;

import io.hookwire.benchmarks.Settings;
import io.hookwire.benchmarks.compile.Javac;
import io.hookwire.benchmarks.compile.Processing;
import io.hookwire.benchmarks.compile.ProcessorPath;
import io.hookwire.benchmarks.compile.ReceiverSources;
import io.hookwire.benchmarks.process.JavaProcess;
import io.hookwire.benchmarks.process.Ports;
import io.hookwire.benchmarks.report.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figure 4: compiles 1,000 receivers once, with the processor, into four jars of 250 (each jar one
 * compilation with its own registry, as separately built modules would be), then starts fresh
 * JVMs that discover and mount 250, 500 and 1,000 of them, the sizes interleaved so drift hits all.
 */
public final class StartupBenchmark {
  static final int CHUNK = 250;
  static final List<Integer> SIZES = List.of(250, 500, 1000);
  private static final List<String> PROBE_JVM = List.of("-Xms512m", "-Xmx1g");

  private final Settings settings;

  public StartupBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** Compiles the jars, runs the probes and reports. */
  public Section run() throws IOException {
    Path work = Files.createDirectories(settings.workDir().resolve("startup"));
    List<Path> jars = compileJars(work);
    Path log = settings.workDir().resolve("startup.log");
    Map<Integer, List<StartupSample>> samples = new TreeMap<>();
    int rounds = settings.pick(1, 5);
    for (int round = 0; round < rounds; round++) {
      for (int size : SIZES) {
        samples.computeIfAbsent(size, s -> new ArrayList<>()).add(probe(jars.subList(0, size / CHUNK), size, log));
      }
    }
    return StartupRows.of(samples);
  }

  private List<Path> compileJars(Path work) throws IOException {
    int chunks = SIZES.get(SIZES.size() - 1) / CHUNK;
    System.err.printf("Start-up: %d receivers compiled with the processor into %d jars%n", chunks * CHUNK, chunks);
    Javac javac = new Javac(System.getProperty("java.class.path"));
    Processing processing = Processing.onProcessorPath(ProcessorPath.locate());
    List<Path> jars = new ArrayList<>();
    for (int chunk = 0; chunk < chunks; chunk++) {
      Path jar = work.resolve("receivers-" + chunk + ".jar");
      if (upToDate(jar)) {
        jars.add(jar);
        continue;
      }
      Path sources = Javac.fresh(work.resolve("sources-" + chunk));
      Path output = work.resolve("output-" + chunk);
      javac.compile(ReceiverSources.write(sources, chunk, CHUNK), output, processing);
      jars.add(Jars.pack(output.resolve("classes"), jar));
    }
    return jars;
  }

  /** A jar built after the benchmarks jar (and so after the processor) can be used again. */
  private static boolean upToDate(Path jar) throws IOException {
    Path benchmarks = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
    return Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(benchmarks)) > 0;
  }

  private static StartupSample probe(List<Path> jars, int size, Path log) throws IOException {
    List<String> args = new ArrayList<>(List.of(Integer.toString(Ports.free()), Integer.toString(size)));
    jars.forEach(jar -> args.add(jar.toString()));
    try (JavaProcess probe = JavaProcess.start(StartupProbe.class, PROBE_JVM, args, log)) {
      String[] result = probe.awaitLine("RESULT").split(" ");
      StartupSample sample = new StartupSample(size, Long.parseLong(result[2]), Long.parseLong(result[3]),
          Long.parseLong(result[4]), Long.parseLong(result[5]));
      System.err.printf("Start-up: %d receivers: build %.0f ms, mount %.0f ms, CPU %.0f ms, heap %d KiB%n", size,
          sample.buildNanos() / 1e6, sample.mountNanos() / 1e6, sample.cpuMillis(), sample.retainedBytes() / 1024);
      return sample;
    }
  }
}
