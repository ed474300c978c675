package io.hookwire.benchmarks.compile;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;

/** How annotation processing runs in one compilation. */
public sealed interface Processing {

  /** Annotation processing off: {@code -proc:none}. */
  static Processing none() {
    return new None();
  }

  /**
   * javac's own discovery on {@code -processorpath}: javac loads the processor afresh in each
   * compilation, as a command-line build does, so the processor's code never gets warm.
   */
  static Processing onProcessorPath(List<Path> jars) {
    return new OnProcessorPath(List.copyOf(jars));
  }

  /**
   * The given processor, already loaded, as a build daemon or an IDE keeps it; the time spent
   * inside it is measured.
   */
  static Processing instance(Processor processor) {
    return new Instance(new TimedProcessor(processor));
  }

  /** javac's options for this processing, generated sources going to {@code generated}. */
  List<String> options(Path generated);

  /** The processor handed to the compilation task, if javac is not to discover it. */
  default Optional<TimedProcessor> processor() {
    return Optional.empty();
  }

  /** See {@link #none()}. */
  record None() implements Processing {
    @Override
    public List<String> options(Path generated) {
      return List.of("-proc:none");
    }
  }

  /** See {@link #onProcessorPath}. */
  record OnProcessorPath(List<Path> jars) implements Processing {
    @Override
    public List<String> options(Path generated) {
      String path = jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
      return List.of("-processorpath", path, "-s", generated.toString());
    }
  }

  /** See {@link #instance}. */
  record Instance(TimedProcessor timed) implements Processing {
    @Override
    public List<String> options(Path generated) {
      return List.of("-s", generated.toString());
    }

    @Override
    public Optional<TimedProcessor> processor() {
      return Optional.of(timed);
    }
  }
}
