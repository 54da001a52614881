package io.netobs.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object a create, update or query sends: the fields set on its builder, in the order they
 * were first set. A field set to {@code null} is sent as an explicit JSON {@code null} (which
 * clears it on the service); a field never set is not sent at all.
 *
 * <p>Instances are immutable and thread-safe. Two bodies are equal when they are of the same class
 * and hold the same fields with the same values. Secrets (passwords, keys, tokens) never appear in
 * {@link #toString()}.
 */
public abstract class RequestBody {
  private final Map<String, @Nullable Object> fields;
  private final Set<String> secrets;

  /**
   * Takes a copy of the fields set on {@code builder}; later changes to the builder do not reach
   * this body.
   *
   * @param builder the builder whose fields this body sends
   */
  protected RequestBody(Builder<?> builder) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
    this.secrets = Set.copyOf(builder.secrets);
  }

  /**
   * Whether a field is sent, with a value or as an explicit null.
   *
   * @param name the field's JSON name
   * @return true when the field is part of the body
   */
  public final boolean isSet(String name) {
    return fields.containsKey(name);
  }

  /**
   * The fields as they are sent, in the order they were set, explicit nulls included. Secrets are
   * included with their values: this is what goes on the wire.
   *
   * @return an unmodifiable map from JSON field name to value
   */
  public final Map<String, @Nullable Object> toMap() {
    return fields;
  }

  /**
   * Copies every field of this body (and which of them are secret) into {@code builder}, for {@code
   * toBuilder()}: {@code return copyInto(new Builder());}.
   *
   * @param builder a builder of this body's type, usually empty
   * @param <B> the builder's type
   * @return {@code builder}
   */
  protected final <B extends Builder<B>> B copyInto(B builder) {
    Builder<B> target = builder;
    target.fields.putAll(fields);
    target.secrets.addAll(secrets);
    return builder;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && fields.equals(((RequestBody) other).fields);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), fields);
  }

  /**
   * The type's simple name and the fields set, secrets masked as {@code ****}, e.g. {@code
   * UserCreate{username=ana, password=****}}.
   */
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
   * secret. Subclasses declare one setter per field, each checking its value and calling {@link
   * #set(String, Object)}. Builders are mutable and not thread-safe.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final LinkedHashMap<String, @Nullable Object> fields = new LinkedHashMap<>();
    private final Set<String> secrets = new HashSet<>();

    /** A builder with no field set. */
    protected Builder() {}

    /**
     * This builder as its concrete type, for setters to return.
     *
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }

    /**
     * Sets a field this SDK has no setter for (one added to the API after this release). The value
     * is sent as given; {@code null} is sent as an explicit JSON null. Lists and maps are copied
     * (deeply), so changing them afterwards does not change the request.
     *
     * @param name the field's JSON name, e.g. {@code "custom_make"}
     * @param value a string, number, boolean, list, map or null
     * @return this builder
     * @throws NullPointerException when {@code name} is null
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public final B field(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("field name must not be blank");
      }
      return set(name, frozen(value));
    }

    /** An unmodifiable deep copy of a list or map (nulls kept); any other value as it is. */
    private static @Nullable Object frozen(@Nullable Object value) {
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, frozen(v)));
        return Collections.unmodifiableMap(copy);
      }
      if (value instanceof Collection<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(v -> copy.add(frozen(v)));
        return Collections.unmodifiableList(copy);
      }
      return value;
    }

    /**
     * Sets a field; {@code null} is sent as an explicit JSON null. A field set again keeps its
     * place in the order.
     *
     * @param name the field's JSON name
     * @param value the value to send, or null
     * @return this builder
     */
    protected final B set(String name, @Nullable Object value) {
      fields.put(name, value);
      return self();
    }

    /**
     * Sets a field, or leaves it out of the body (removing a value set before) when {@code value}
     * is null, for an API that treats a JSON null differently from a missing field.
     *
     * @param name the field's JSON name
     * @param value the value to send, or null to send nothing
     * @return this builder
     */
    protected final B setOrOmit(String name, @Nullable Object value) {
      return value == null ? remove(name) : set(name, value);
    }

    /**
     * Sets a field whose value must never appear in {@code toString()}.
     *
     * @param name the field's JSON name
     * @param value the secret value, or null for an explicit JSON null
     * @return this builder
     */
    protected final B setSecret(String name, @Nullable Object value) {
      secrets.add(name);
      return set(name, value);
    }

    /**
     * Leaves a field out of the body, as if it had never been set.
     *
     * @param name the field's JSON name
     * @return this builder
     */
    protected final B remove(String name) {
      fields.remove(name);
      secrets.remove(name);
      return self();
    }

    /**
     * The value set for a field.
     *
     * @param name the field's JSON name
     * @return the value, or null when it is unset or set to null
     */
    protected final @Nullable Object get(String name) {
      return fields.get(name);
    }

    /**
     * Whether a field has been set, to a value or to null.
     *
     * @param name the field's JSON name
     * @return true when the field is set
     */
    protected final boolean has(String name) {
      return fields.containsKey(name);
    }

    /**
     * The fields set so far, in order, for a check that looks at several of them.
     *
     * @return an unmodifiable view of the fields
     */
    protected final Map<String, @Nullable Object> fields() {
      return Collections.unmodifiableMap(fields);
    }

    /**
     * Checks that each of {@code names} is set to a value (not null), for {@code build()}.
     *
     * @param type the request type's name, for the message, e.g. {@code "TagCreate"}
     * @param names the JSON names of the required fields
     * @throws IllegalArgumentException naming the first field missing, e.g. {@code "TagCreate: name
     *     is required"}
     */
    protected final void require(String type, String... names) {
      for (String name : names) {
        if (fields.get(name) == null) {
          throw new IllegalArgumentException(type + ": " + name + " is required");
        }
      }
    }

    /**
     * Checks that at least one field is set, for the {@code build()} of an update.
     *
     * @param type the request type's name, for the message, e.g. {@code "TagUpdate"}
     * @throws IllegalArgumentException when no field is set
     */
    protected final void requireAny(String type) {
      if (fields.isEmpty()) {
        throw new IllegalArgumentException(type + ": nothing to update, set at least one field");
      }
    }
  }
}
