package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trigger: a script run on events ({@code /triggers}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the name
 * @param author who created it
 * @param description a description
 * @param disabled whether it cannot run
 * @param debug whether debug output is logged
 * @param applyAll whether it applies to every resource
 * @param event the event (older firmware)
 * @param events the events it runs on
 * @param hints the advanced options ({@code hints})
 * @param script the JavaScript source
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Trigger(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("disabled") @Nullable Boolean disabled,
    @JsonProperty("debug") @Nullable Boolean debug,
    @JsonProperty("apply_all") @Nullable Boolean applyAll,
    @JsonProperty("event") @Nullable String event,
    @JsonProperty("events") List<String> events,
    @JsonProperty("hints") Map<String, @Nullable Object> hints,
    @JsonProperty("script") @Nullable String script,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Trigger {
    events = Copies.list(events);
    hints = Copies.map(hints);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
