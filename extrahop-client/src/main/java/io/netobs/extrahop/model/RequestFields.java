package io.netobs.extrahop.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The body of a create or update call: only the fields set here are sent, in the order they were set.
 * A field set to {@code null} (the {@code clearX()} methods of updates) is sent as an explicit JSON
 * {@code null}, which clears it on the appliance; a field never set is not sent at all.
 *
 * <p>Setters check their value at once and throw {@link IllegalArgumentException} or
 * {@link NullPointerException} naming the field and the rule; the client checks the whole body with
 * {@link #validate()} before anything is sent. Instances are mutable and not thread-safe: build one,
 * pass it to the client, which copies its fields when the call is made.
 *
 * @param <B> the concrete type, returned by each setter
 */
public abstract class RequestFields<B extends RequestFields<B>> {
  private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
  private final Set<String> secrets = new HashSet<>();

  RequestFields() {}

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** Sets a field; {@code null} is sent as an explicit null. */
  final B set(String name, Object value) {
    fields.put(name, value);
    return self();
  }

  /** Sets a field whose value must never appear in {@code toString()}. */
  final B setSecret(String name, Object value) {
    secrets.add(name);
    return set(name, value);
  }

  /**
   * Sets a field this SDK has no setter for (one added to the API after this release). The value is
   * sent as given; {@code null} is sent as an explicit null.
   *
   * @param name  the field's JSON name, e.g. {@code "custom_make"}
   * @param value a string, number, boolean, list, map or null
   */
  public final B field(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank");
    }
    return set(name, value);
  }

  /** Whether {@code name} has been set (to a value or to null). */
  public final boolean isSet(String name) {
    return fields.containsKey(name);
  }

  /** Whether no field has been set. */
  public final boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The fields as they will be sent, in the order they were set, explicit nulls included. */
  public final Map<String, Object> toMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Checks the body as a whole (required fields present, at least one field for an update).
   *
   * @throws IllegalArgumentException naming the field and the rule
   */
  public abstract void validate();

  final void require(String name) {
    if (!fields.containsKey(name) || fields.get(name) == null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": " + name + " is required");
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
    String separator = "";
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      text.append(separator).append(e.getKey()).append('=')
          .append(secrets.contains(e.getKey()) && e.getValue() != null ? "****" : e.getValue());
      separator = ", ";
    }
    return text.append('}').toString();
  }
}
