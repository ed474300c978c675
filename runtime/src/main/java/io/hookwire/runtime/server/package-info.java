/**
 * What a server adapter needs to serve Hookwire: the request line and headers it hands over
 * ({@link io.hookwire.runtime.server.RequestHead}), the {@link io.hookwire.runtime.server.Reception}
 * that decides every answer, and the pieces that read a body within its limit and its time
 * ({@link io.hookwire.runtime.server.BodyBuffer}, {@link io.hookwire.runtime.server.BlockingBodyReader}).
 *
 * <p>Applications do not use this package: they add an adapter ({@code hookwire-spark},
 * {@code hookwire-jetty}, {@code hookwire-servlet}) and call its one entry point. It is public so
 * that an adapter for another server can be written the same way, and stays thin: every decision
 * of the answer is taken here, so every adapter answers alike.
 */
package io.hookwire.runtime.server;
