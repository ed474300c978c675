package io.hookwire.interop;

import io.hookwire.runtime.Hookwire;
import io.hookwire.servlet.HookwireServlet;
import io.javalin.Javalin;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * A Javalin 7 application with a route of its own, {@code GET /api/posts}, that also serves
 * Hookwire's receivers under {@code /hooks}: the {@link HookwireServlet} is added to the servlet
 * context Javalin runs in, next to Javalin's own servlet.
 */
final class BlogApp {
  /** Where Hookwire's receivers are served: {@code /github/events} is {@code /hooks/github/events}. */
  static final String HOOKS = "/hooks";

  private BlogApp() {}

  /** The application, started on a free loopback port. */
  static Javalin start(Hookwire hookwire, Posts posts) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      config.routes.get("/api/posts", ctx -> ctx.json(posts.titles()));
      // Javalin's servlet is mapped at /*; a prefix mapping is more specific, so the container
      // gives every path under /hooks to Hookwire and all others to Javalin.
      config.jetty.modifyServletContextHandler(context -> {
        ServletHolder hooks = new ServletHolder("hookwire", new HookwireServlet(hookwire));
        hooks.setAsyncSupported(true);
        context.addServlet(hooks, HOOKS + "/*");
      });
    }).start();
  }
}
