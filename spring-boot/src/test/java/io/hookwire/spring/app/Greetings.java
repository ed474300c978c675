package io.hookwire.spring.app;

import org.springframework.stereotype.Service;

/** A service of the application, injected into a receiver. */
@Service
public class Greetings {
  /** The answer to a ping. */
  public String greet(String zen) {
    return "Hello from a bean: " + zen;
  }
}
