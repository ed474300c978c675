package io.hookwire.it.contract;

import io.hookwire.runtime.Hookwire;

/** Starts servers for the contract suite through one adapter. */
public interface ServerFactory {

  /**
   * A started server that serves {@code hookwire}'s receivers and, besides them, the
   * application's own {@code GET /health}, answered {@code 200 up}: an adapter must leave every
   * other path to the application.
   */
  AdapterServer start(Hookwire hookwire) throws Exception;
}
