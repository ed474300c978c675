package io.hookwire.spring;

import io.hookwire.runtime.Hookwire;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code hookwire.*} properties: each sets the {@link Hookwire.Builder} setting of the same
 * name, with the same default.
 */
@ConfigurationProperties("hookwire")
public class HookwireProperties {
  /**
   * A prefix for every receiver's path: with "/hooks", a receiver at /github is served at
   * /hooks/github. Empty for none.
   */
  private String basePath = "";

  /**
   * The largest request body accepted, for receivers that set no limit of their own with
   * @Webhook(maxBodyBytes); a larger one is answered 413.
   */
  private DataSize maxBodyBytes = DataSize.ofBytes(Hookwire.DEFAULT_MAX_BODY_BYTES);

  /**
   * Whether the application fails to start when a receiver cannot be connected, instead of
   * serving the others and reporting it DOWN in the health endpoint.
   */
  private boolean failFast;

  /**
   * The time a sender has to send its whole body, counted from its request's head; a body still
   * incomplete then is answered 408.
   */
  private Duration bodyTimeout = Hookwire.DEFAULT_BODY_TIMEOUT;

  /**
   * How long the application's stop waits for deliveries under way, answering new ones 503,
   * before the web server stops.
   */
  private Duration stopTimeout = Hookwire.DEFAULT_STOP_TIMEOUT;

  private final Connect connect = new Connect();

  public String getBasePath() {
    return basePath;
  }

  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  public DataSize getMaxBodyBytes() {
    return maxBodyBytes;
  }

  public void setMaxBodyBytes(DataSize maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  public boolean isFailFast() {
    return failFast;
  }

  public void setFailFast(boolean failFast) {
    this.failFast = failFast;
  }

  public Duration getBodyTimeout() {
    return bodyTimeout;
  }

  public void setBodyTimeout(Duration bodyTimeout) {
    this.bodyTimeout = bodyTimeout;
  }

  public Duration getStopTimeout() {
    return stopTimeout;
  }

  public void setStopTimeout(Duration stopTimeout) {
    this.stopTimeout = stopTimeout;
  }

  public Connect getConnect() {
    return connect;
  }

  /** How receivers are connected with their messaging apps at start-up. */
  public static class Connect {
    /** How many times to try @IsConnected and @Connect before a receiver is reported failed. */
    private int attempts = Hookwire.DEFAULT_CONNECT_ATTEMPTS;

    /** The wait after the first failed attempt to connect; it doubles after each, up to 30 s. */
    private Duration backoff = Hookwire.DEFAULT_CONNECT_BACKOFF;

    public int getAttempts() {
      return attempts;
    }

    public void setAttempts(int attempts) {
      this.attempts = attempts;
    }

    public Duration getBackoff() {
      return backoff;
    }

    public void setBackoff(Duration backoff) {
      this.backoff = backoff;
    }
  }
}
