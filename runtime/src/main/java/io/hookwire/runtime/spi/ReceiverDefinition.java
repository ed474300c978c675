package io.hookwire.runtime.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.Hookwire;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What a registry knows of one receiver before it exists: the user's class, the receiver's name
 * and path, how to wrap an instance of the class in its generated {@link WebhookReceiver}, and,
 * when the class has a constructor without parameters, how to make an instance.
 *
 * @param <T> the user's {@code @Webhook} class
 */
public final class ReceiverDefinition<T> {
  /** The status of a failed verification unless {@link #withRejectStatus(int)} says otherwise. */
  public static final int DEFAULT_REJECT_STATUS = 403;

  private final Class<T> type;
  private final String name;
  private final String path;
  private final BiFunction<T, ObjectMapper, WebhookReceiver> wrapper;
  private final Supplier<T> defaultConstructor;
  private final long maxBodyBytes;
  private final int rejectStatus;

  private ReceiverDefinition(
      Class<T> type,
      String name,
      String path,
      BiFunction<T, ObjectMapper, WebhookReceiver> wrapper,
      Supplier<T> defaultConstructor,
      long maxBodyBytes,
      int rejectStatus) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.path = Objects.requireNonNull(path, "path");
    this.wrapper = Objects.requireNonNull(wrapper, "wrapper");
    this.defaultConstructor = defaultConstructor;
    this.maxBodyBytes = maxBodyBytes;
    this.rejectStatus = rejectStatus;
  }

  /** A receiver whose instances the application supplies. */
  public static <T> ReceiverDefinition<T> of(
      Class<T> type, String name, String path, BiFunction<T, ObjectMapper, WebhookReceiver> wrapper) {
    return new ReceiverDefinition<>(type, name, path, wrapper, null, -1, DEFAULT_REJECT_STATUS);
  }

  /**
   * A receiver that {@code factory} makes, as generated registries define them; its instances
   * come from the application unless {@link #withDefaultConstructor(ReceiverFactory)} is called.
   */
  public static <T> ReceiverDefinition<T> of(Class<T> type, String name, String path, ReceiverFactory factory) {
    Objects.requireNonNull(factory, "factory");
    return of(type, name, path, factory::wrap);
  }

  /** This receiver, made with {@code constructor} when the application supplies no instance. */
  public ReceiverDefinition<T> withDefaultConstructor(Supplier<T> constructor) {
    return new ReceiverDefinition<>(type, name, path, wrapper, Objects.requireNonNull(constructor), maxBodyBytes,
        rejectStatus);
  }

  /** This receiver, made with {@code factory}'s {@link ReceiverFactory#newInstance()} when the application supplies no instance. */
  public ReceiverDefinition<T> withDefaultConstructor(ReceiverFactory factory) {
    Objects.requireNonNull(factory, "factory");
    return withDefaultConstructor(() -> type.cast(factory.newInstance()));
  }

  /** This receiver, accepting bodies up to {@code limit} bytes whatever the application's default. */
  public ReceiverDefinition<T> withMaxBodyBytes(long limit) {
    if (limit < 0 || limit > Hookwire.MAX_BODY_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 0 and " + Hookwire.MAX_BODY_BYTES_LIMIT + ": " + limit);
    }
    return new ReceiverDefinition<>(type, name, path, wrapper, defaultConstructor, limit, rejectStatus);
  }

  /**
   * This receiver, answering a request that fails verification with {@code status}: {@code 403},
   * the default, or {@code 401}, which Discord expects for a bad signature.
   *
   * @throws IllegalArgumentException for any other status
   */
  public ReceiverDefinition<T> withRejectStatus(int status) {
    if (status != 401 && status != 403) {
      throw new IllegalArgumentException("rejectStatus must be 401 or 403: " + status);
    }
    return new ReceiverDefinition<>(type, name, path, wrapper, defaultConstructor, maxBodyBytes, status);
  }

  /** The user's {@code @Webhook} class. */
  public Class<T> type() {
    return type;
  }

  /** The receiver's name, from {@code @Webhook(name)}. */
  public String name() {
    return name;
  }

  /** The receiver's path template, from {@code @Webhook(path)}. */
  public String path() {
    return path;
  }

  /** The no-argument constructor of the class, when it has one the generated code can call. */
  public Optional<Supplier<T>> defaultConstructor() {
    return Optional.ofNullable(defaultConstructor);
  }

  /** The receiver's own body limit, from {@code @Webhook(maxBodyBytes)}, when it has one. */
  public OptionalLong maxBodyBytes() {
    return maxBodyBytes < 0 ? OptionalLong.empty() : OptionalLong.of(maxBodyBytes);
  }

  /** The status of the answer to a failed verification, from {@code @Webhook(rejectStatus)}. */
  public int rejectStatus() {
    return rejectStatus;
  }

  /** The generated receiver around {@code instance}, reading JSON with {@code mapper}. */
  public WebhookReceiver wrap(Object instance, ObjectMapper mapper) {
    return wrapper.apply(type.cast(instance), mapper);
  }

  @Override
  public String toString() {
    return name + " " + path + " (" + type.getName() + ")";
  }
}
