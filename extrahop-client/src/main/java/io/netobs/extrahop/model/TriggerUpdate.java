package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /triggers/{id}}.
 */
public final class TriggerUpdate extends UpdateRequest<TriggerUpdate> {
  /** An update that sets nothing yet. */
  public TriggerUpdate() {}

  /** The name (not blank). */
  public TriggerUpdate name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /** A description. */
  public TriggerUpdate description(String description) {
    return set("description", Validate.notNull(description, "description"));
  }

  /** Who created it. */
  public TriggerUpdate author(String author) {
    return set("author", Validate.notNull(author, "author"));
  }

  /** The JavaScript source. */
  public TriggerUpdate script(String script) {
    return set("script", Validate.notNull(script, "script"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public TriggerUpdate events(java.util.List<String> events) {
    return set("events", Validate.strings(events, "events"));
  }

  /** The events it runs on, e.g. {@code HTTP_REQUEST}. */
  public TriggerUpdate events(String... events) {
    return set("events", Validate.strings(java.util.Arrays.asList(Validate.notNull(events, "events")), "events"));
  }

  /** Whether it cannot run. */
  public TriggerUpdate disabled(boolean disabled) {
    return set("disabled", disabled);
  }

  /** Whether debug output is logged. */
  public TriggerUpdate debug(boolean debug) {
    return set("debug", debug);
  }

  /** Whether it applies to every resource. */
  public TriggerUpdate applyAll(boolean applyAll) {
    return set("apply_all", applyAll);
  }

  /** The advanced options (the guide's {@code hints} object). */
  public TriggerUpdate hints(java.util.Map<String, ?> hints) {
    return set("hints", Validate.map(hints, "hints"));
  }

  /** Clears {@code description}: sends it as an explicit null. */
  public TriggerUpdate clearDescription() {
    return set("description", null);
  }

  /** Clears {@code hints}: sends it as an explicit null. */
  public TriggerUpdate clearHints() {
    return set("hints", null);
  }
}
