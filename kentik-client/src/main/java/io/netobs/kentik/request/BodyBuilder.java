package io.netobs.kentik.request;

import io.netobs.kentik.internal.Rules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part shared by every request builder: the JSON fields in the order they were set, and
 * {@link #field(String, Object)} for a field this SDK has no setter for.
 *
 * @param <B> the concrete builder
 */
public abstract class BodyBuilder<B extends BodyBuilder<B>> {
  final Map<String, Object> body = new LinkedHashMap<>();

  BodyBuilder() {}

  @SuppressWarnings("unchecked")
  B self() {
    return (B) this;
  }

  /** Sets a field this SDK has no setter for; it is sent as given. Null leaves it out. */
  public B field(String name, Object value) {
    Rules.requiredText(name, "name");
    return put(name, value);
  }

  /** Sets a field; null leaves it out. */
  B put(String name, Object value) {
    if (value == null) {
      body.remove(name);
    } else {
      body.put(name, value);
    }
    return self();
  }

  /** Takes every field of a request built before, for its {@code toBuilder()}. */
  B copy(BodyRequest request) {
    body.putAll(request.body());
    return self();
  }

  /** An unmodifiable copy of the fields set, once each of {@code required} is there. */
  Map<String, Object> requiredBody(String... required) {
    for (String name : required) {
      Rules.required(body.get(name), name);
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  /** An unmodifiable copy of the fields set, once at least one is. */
  Map<String, Object> changes(String what) {
    if (body.isEmpty()) {
      throw new IllegalArgumentException("a " + what + " update must change at least one field");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }
}
