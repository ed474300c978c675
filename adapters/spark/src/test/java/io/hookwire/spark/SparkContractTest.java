package io.hookwire.spark;

import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/** The adapter contract, run against {@link HookwireSpark}. */
class SparkContractTest {
  private static final ServerFactory SPARK = new SparkServers();

  @Nested
  class Pipeline extends PipelineContract {
    @Override
    protected ServerFactory servers() {
      return SPARK;
    }
  }
}
