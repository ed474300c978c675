package io.hookwire.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The machine a run was measured on, as printed above its table. */
final class Machine {
  private Machine() {}

  /** Cores, memory, OS, JVM and date on one line. */
  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    long memoryGiB = physicalMemoryBytes() >> 30;
    return runtime.availableProcessors() + " cores, " + memoryGiB + " GiB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch") + "; " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + "; "
        + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(java.time.ZoneOffset.UTC));
  }

  private static long physicalMemoryBytes() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }
}
