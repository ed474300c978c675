package io.hookwire.benchmarks.startup;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.spark.HookwireSpark;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import spark.Service;

/**
 * Figure 4's measurement, in a fresh JVM: with a Spark server already listening, times the
 * discovery and mounting of the receivers in the given jars ({@code Hookwire.builder()
 * .classLoader(loader).build()}, then {@code mount}), and measures the heap they hold as the
 * difference of used heap after full collections, before and after, with everything still
 * reachable. Prints {@code RESULT <receivers> <build ns> <mount ns> <retained bytes> <cpu ns>}, the last
 * the CPU time of the thread that started them, which other processes on the machine do not
 * inflate (the JIT compiler and GC threads work beside it and are not counted).
 */
public final class StartupProbe {
  private StartupProbe() {}

  /** Arguments: the port to listen on, the number of receivers expected, then the jars. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int expected = Integer.parseInt(args[1]);
    URL[] jars = new URL[args.length - 2];
    for (int i = 2; i < args.length; i++) {
      jars[i - 2] = Path.of(args[i]).toUri().toURL();
    }
    // The server is up before the clock starts: Jetty's start is no part of Hookwire's.
    Service http = Service.ignite().ipAddress("127.0.0.1").port(port);
    http.get("/ready", (request, response) -> "ready");
    http.awaitInitialization();

    long heapBefore = usedHeapAfterGc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    URLClassLoader loader = new URLClassLoader(jars, new WithoutRegistries(StartupProbe.class.getClassLoader()));
    Hookwire hookwire = Hookwire.builder().classLoader(loader).build();
    long built = System.nanoTime();
    MountReport report = HookwireSpark.mount(hookwire, http);
    long mounted = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime() - startCpu;
    long heapAfter = usedHeapAfterGc();

    if (report.mounted().size() != expected || !report.failed().isEmpty()) {
      throw new IllegalStateException("mounted " + report.mounted().size() + " of " + expected);
    }
    // An unsigned delivery must be refused: the receivers are really wired.
    int status = hookwire.handle(WebhookRequest.builder().path("/c0/r0/events").body("{}").build()).status();
    if (status != 403) {
      throw new IllegalStateException("an unsigned delivery was answered " + status);
    }
    System.out.println("RESULT " + expected + " " + (built - start) + " " + (mounted - built) + " "
        + (heapAfter - heapBefore) + " " + cpu);
    System.out.flush();
    Reference.reachabilityFence(loader);
    http.stop();
    http.awaitStop();
    System.exit(0);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    // Several rounds: finalizers and reference processing free more on the second pass.
    for (int i = 0; i < 3; i++) {
      memory.gc();
      Thread.sleep(20);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
