package io.hookwire.it.contract;

import io.hookwire.runtime.Hookwire;

/** Starts servers for the contract suite through one adapter. */
public interface ServerFactory {

  /**
   * A started server that serves {@code hookwire}'s receivers and, besides them, the
   * application's own {@code GET /health}, answered {@code 200 up}: an adapter must leave every
   * other path to the application, which has no other route, so they get the server's {@code 404}.
   * Mounted as the adapter's documentation tells applications to mount it, with the server's
   * defaults otherwise: the contract is what an application gets.
   *
   * @throws Exception when the adapter refuses {@code hookwire}, as it must when its fail-fast
   *     start-up failed; a {@code WebhookSetupException} is then the exception or among its causes
   */
  AdapterServer start(Hookwire hookwire) throws Exception;
}
