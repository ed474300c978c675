package io.hookwire.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as a user writes it: receivers among its components, a controller of its own,
 * and the starter on its class path.
 */
@SpringBootApplication
public class TestApplication {
  /** The GitHub webhook secret in application.properties. */
  public static final String GITHUB_SECRET = "a secret for the starter's tests";
  /** The token in the chat receiver's path, as the chat app is told it at registration. */
  public static final String CHAT_TOKEN = "1234:chat-token";
}
