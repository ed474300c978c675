package io.hookwire.spark;

import io.hookwire.it.contract.AdapterContract;
import io.hookwire.it.contract.ServerFactory;

/** The adapter contract, run against {@link HookwireSpark}. */
class SparkContractTest extends AdapterContract {
  @Override
  protected ServerFactory servers() {
    return new SparkServers();
  }
}
