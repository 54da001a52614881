package io.netobs.extrahop.request;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The body of a create, update or query call: the fields set on its builder, in the order they were
 * set. A field cleared on an update's builder ({@code clearX()}) is sent as an explicit JSON
 * {@code null}, which clears it on the appliance; a field never set is not sent at all.
 *
 * <p>Instances are immutable and thread-safe. Secrets (passwords, keys, tokens) never appear in
 * {@link #toString()}.
 */
public abstract class RequestBody {
  private final Map<String, Object> fields;
  private final Set<String> secrets;

  RequestBody(BodyBuilder<?> builder) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
    this.secrets = Set.copyOf(builder.secrets);
  }

  /** Whether {@code name} (a JSON field name) is sent, with a value or as an explicit null. */
  public final boolean isSet(String name) {
    return fields.containsKey(name);
  }

  /** The fields as they are sent, in the order they were set, explicit nulls included. */
  public final Map<String, Object> toMap() {
    return fields;
  }

  final Set<String> secrets() {
    return secrets;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && fields.equals(((RequestBody) other).fields);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), fields);
  }

  /** The type's simple name and the fields set, secrets masked as {@code ****}. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
    String separator = "";
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      boolean hidden = secrets.contains(e.getKey()) && e.getValue() != null;
      text.append(separator).append(e.getKey()).append('=').append(hidden ? "****" : e.getValue());
      separator = ", ";
    }
    return text.append('}').toString();
  }

  /**
   * The base of every body builder: holds the fields set so far, in order, and which of them are
   * secret. Builders are mutable and not thread-safe.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class BodyBuilder<B extends BodyBuilder<B>> {
    final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
    final Set<String> secrets = new HashSet<>();

    BodyBuilder() {}

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

    /** The value set for {@code name}, or null. */
    final Object get(String name) {
      return fields.get(name);
    }

    /** Whether {@code name} has been set (to a value or to null). */
    final boolean has(String name) {
      return fields.containsKey(name);
    }

    /** Copies the fields of {@code body} into this builder, for {@code toBuilder()}. */
    final B copyOf(RequestBody body) {
      fields.putAll(body.fields);
      secrets.addAll(body.secrets);
      return self();
    }

    /**
     * Sets a field this SDK has no setter for (one added to the API after this release). The value is
     * sent as given; {@code null} is sent as an explicit null.
     *
     * @param name  the field's JSON name, e.g. {@code "custom_make"}
     * @param value a string, number, boolean, list, map or null
     * @return this builder
     */
    public final B field(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("field name must not be blank");
      }
      return set(name, value);
    }

    /** Checks that each of {@code names} is set to a value, for the create {@code type}. */
    final void require(String type, String... names) {
      for (String name : names) {
        if (fields.get(name) == null) {
          throw new IllegalArgumentException(type + ": " + name + " is required");
        }
      }
    }

    /** Checks that at least one field is set, for the update {@code type}. */
    final void requireAny(String type) {
      if (fields.isEmpty()) {
        throw new IllegalArgumentException(type + ": nothing to update, set at least one field");
      }
    }
  }
}
