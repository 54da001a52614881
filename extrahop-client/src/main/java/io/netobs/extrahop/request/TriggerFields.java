package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The setters shared by {@link TriggerCreate} and {@link TriggerUpdate}: each field's setter and
 * its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class TriggerFields<B extends TriggerFields<B>> extends RequestBody.Builder<B> {
  TriggerFields() {}

  /** The name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public B description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public B author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The JavaScript source. */
  public B script(String script) {
    return set("script", Validate.notNull(script, "script"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public B events(List<String> events) {
    return set("events", Validate.strings(events, "events"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public B events(String... events) {
    return set(
        "events", Validate.strings(Arrays.asList(Validate.notNull(events, "events")), "events"));
  }

  /** Whether it cannot run. */
  public B disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** Whether debug output is logged. */
  public B debug(boolean debug) {
    return set("debug", debug);
  }

  /** Whether it applies to every resource. */
  public B applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /**
   * The one event of older firmware ({@code event}), which current firmware still accepts but
   * replaces with {@link #events(List)}.
   */
  public B event(String event) {
    return set("event", Validate.notBlank(event, "event"));
  }

  /** The advanced options (the {@code hints} object). */
  public B hints(Map<String, ?> hints) {
    return set("hints", Validate.map(hints, "hints"));
  }
}
