package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /triggers}.
 */
public final class TriggerCreate extends CreateRequest<TriggerCreate> {
  private TriggerCreate() {}

  /**
   * An enabled trigger named {@code name} running {@code script} on {@code events}, not applied to any
   * resource until assigned ({@code apply_all}, {@code debug} and {@code disabled} false).
   */
  public static TriggerCreate of(String name, String script, java.util.List<String> events) {
    if (Validate.notNull(events, "events").isEmpty()) {
      throw new IllegalArgumentException("events must name at least one event");
    }
    return new TriggerCreate().name(name).script(script).events(events).applyAll(false).debug(false).disabled(false);
  }

  /** The name (not blank). */
  public TriggerCreate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public TriggerCreate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public TriggerCreate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The JavaScript source. */
  public TriggerCreate script(String script) {
    return set("script", Validate.notNull(script, "script"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public TriggerCreate events(java.util.List<String> events) {
    return set("events", Validate.strings(events, "events"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public TriggerCreate events(String... events) {
    return set("events", Validate.strings(java.util.Arrays.asList(Validate.notNull(events, "events")), "events"));
  }

  /** Whether it cannot run. */
  public TriggerCreate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** Whether debug output is logged. */
  public TriggerCreate debug(boolean debug) {
    return set("debug", debug);
  }

  /** Whether it applies to every resource. */
  public TriggerCreate applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /** The advanced options (the guide's {@code hints} object). */
  public TriggerCreate hints(java.util.Map<String, ?> hints) {
    return set("hints", Validate.map(hints, "hints"));
  }

  @Override
  List<String> requiredFields() {
    return List.of("name", "script", "events", "apply_all", "debug", "disabled");
  }
}
