package io.hookwire.benchmarks.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modes figure 3 compares do the work they are named after: the processor handed to javac
 * generates the receivers and is timed, and the copying floor writes exactly the same sources and
 * service file, so that what it costs is javac's share of a compilation with this output.
 */
class CompileModesTest {
  private static final String SERVICE_FILE = "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry";

  @TempDir Path work;

  @Test
  void theCopyingProcessorWritesWhatTheProcessorGenerated() throws IOException {
    List<Path> sources = ReceiverSources.write(work.resolve("sources"), 0, 12);
    Javac javac = new Javac(System.getProperty("java.class.path"));
    Path byProcessor = work.resolve("processor");
    Javac.Timing timing = javac.compile(sources, byProcessor, Processing.instance(hookwireProcessor()));
    Path kept = byProcessor.resolve("generated");

    Path byCopy = work.resolve("copy");
    javac.compile(sources, byCopy, Processing.instance(
        CopyingProcessor.of(kept, byProcessor.resolve("classes")).get()));

    Map<String, String> generated = texts(kept);
    assertEquals(13, generated.size(), "12 receivers and one registry: " + generated.keySet());
    assertEquals(generated, texts(byCopy.resolve("generated")));
    assertEquals(Files.readString(byProcessor.resolve("classes").resolve(SERVICE_FILE)),
        Files.readString(byCopy.resolve("classes").resolve(SERVICE_FILE)));
    assertEquals(classNames(byProcessor.resolve("classes")), classNames(byCopy.resolve("classes")));
    assertTrue(timing.processorCpuNanos() > 0 && timing.processorCpuNanos() < timing.cpuNanos(),
        "time inside the processor is part of javac's: " + timing);
  }

  @Test
  void withoutProcessingNothingIsGeneratedNorTimed() throws IOException {
    List<Path> sources = ReceiverSources.write(work.resolve("sources"), 0, 2);
    Javac.Timing timing = new Javac(System.getProperty("java.class.path"))
        .compile(sources, work.resolve("none"), Processing.none());
    assertEquals(Map.of(), texts(work.resolve("none").resolve("generated")));
    assertEquals(0, timing.processorCpuNanos());
  }

  private static Processor hookwireProcessor() {
    return ServiceLoader.load(Processor.class).stream()
        .filter(provider -> provider.type().getName().equals("io.hookwire.processor.WebhookProcessor"))
        .findFirst().orElseThrow().get();
  }

  private static Map<String, String> texts(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    return texts;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString()).sorted().toList();
    }
  }
}
