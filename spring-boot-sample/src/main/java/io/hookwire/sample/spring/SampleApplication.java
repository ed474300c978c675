package io.hookwire.sample.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that receives GitHub's star events: {@link GitHubWebhook} is a bean
 * served by hookwire-spring-boot-starter, {@link Stargazers} the service it records them in, and
 * {@link StarsController} the application's own page of them. It starts with a demo secret, so
 * it needs no setup; set {@code GITHUB_WEBHOOK_SECRET} to the secret of a real webhook.
 */
@SpringBootApplication
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
