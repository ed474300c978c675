package io.hookwire.benchmarks.compile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs another and adds up the CPU time of the calling thread spent inside it:
 * its own work, plus the filer and JavaPoet work it calls, but not javac's rounds around it.
 */
final class TimedProcessor implements Processor {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long cpuNanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** CPU time spent in {@link #init} and {@link #process} so far. */
  long cpuNanos() {
    return cpuNanos;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    timed(() -> {
      delegate.init(environment);
      return null;
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return timed(() -> delegate.process(annotations, round));
  }

  private <T> T timed(Supplier<T> work) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return work.get();
    } finally {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
