package dev.flowsmith.engine.operation;

import dev.flowsmith.engine.value.JsException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The services a run offers its operations, looked up by interface: item store, mailer,
 * notifier, HTTP client, script runner, log sink, clock, … Tests and the workspace supply
 * different implementations of the same interfaces; nothing is static.
 */
public final class RunServices {

  private final Map<Class<?>, Object> services;

  private RunServices(Map<Class<?>, Object> services) {
    this.services = Map.copyOf(services);
  }

  public static Builder builder() {
    return new Builder(new HashMap<>());
  }

  /** A builder starting from these services, to replace or add some. */
  public Builder toBuilder() {
    return new Builder(new HashMap<>(services));
  }

  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(type.cast(services.get(type)));
  }

  /** The service, or a rejection naming what is missing (a configuration problem, not a crash). */
  public <T> T require(Class<T> type) {
    return find(type).orElseThrow(() -> JsException.of("Error",
        "No " + type.getSimpleName() + " is configured for this run"));
  }

  public static final class Builder {
    private final Map<Class<?>, Object> services;

    private Builder(Map<Class<?>, Object> services) {
      this.services = services;
    }

    public <T> Builder add(Class<T> type, T service) {
      services.put(type, type.cast(service));
      return this;
    }

    public RunServices build() {
      return new RunServices(services);
    }
  }
}
