package io.hookwire.benchmarks.jmh;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** JMH's results by benchmark method and parameter, with the figures the rows need. */
final class JmhResults {
  /** A score with its 99.9% confidence half-width, as JMH reports it. */
  record Score(double value, double error) {}

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final Map<String, RunResult> byKey = new HashMap<>();

  JmhResults(Collection<RunResult> results) {
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      String simpleName = method.substring(method.lastIndexOf('.') + 1);
      String param = result.getParams().getParam("verifier");
      byKey.put(key(simpleName, param), result);
    }
  }

  /** The time per operation of {@code method} with {@code param} ({@code null} for none), ns. */
  Score time(String method, String param) {
    return score(find(method, param).getPrimaryResult());
  }

  /** The bytes allocated per operation. */
  Score allocation(String method, String param) {
    Result<?> result = find(method, param).getSecondaryResults().get(ALLOCATION);
    if (result == null) {
      throw new IllegalStateException("JMH reported no " + ALLOCATION + " for " + method);
    }
    return score(result);
  }

  private RunResult find(String method, String param) {
    RunResult result = byKey.get(key(method, param));
    if (result == null) {
      throw new IllegalStateException("JMH reported no result for " + key(method, param));
    }
    return result;
  }

  private static Score score(Result<?> result) {
    double error = result.getScoreError();
    return new Score(result.getScore(), Double.isNaN(error) ? 0 : error);
  }

  private static String key(String method, String param) {
    return param == null ? method : method + "[" + param + "]";
  }
}
