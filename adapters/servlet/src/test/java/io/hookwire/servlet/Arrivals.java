package io.hookwire.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * A filter in front of the servlets that counts the {@code POST}s going in, so that a test knows
 * its requests are inside the servlet, past the container's queue, before it goes on.
 */
final class Arrivals implements Filter {
  private final CountDownLatch expected;

  Arrivals(int expected) {
    this.expected = new CountDownLatch(expected);
  }

  /** Puts this filter in front of every servlet of {@code context}. */
  void install(ServletContextHandler context) {
    context.addFilter(new FilterHolder(this), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  /** Waits until the expected number of {@code POST}s went in. */
  boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    return expected.await(timeout, unit);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(((HttpServletRequest) request).getMethod())) {
      expected.countDown();
    }
    chain.doFilter(request, response);
  }
}
