package io.hookwire.spring.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The application's own controller, beside the receivers. */
@RestController
public class HelloController {
  @GetMapping("/hello")
  String hello() {
    return "hello from the application";
  }

  // Beside /github, but not under it: the servlet takes the receivers' paths only.
  @PostMapping("/github-app/echo")
  String echo(@RequestBody String body) {
    return "echo " + body;
  }
}
