package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One audit log message ({@code GET /auditlog}).
 *
 * @param id the object's id
 * @param time when it was logged
 * @param occurTime when the activity happened
 * @param body the message: {@code user}, {@code operation}, {@code details}, {@code component}, as
 *     sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record AuditLogEntry(
    @JsonProperty("id") long id,
    @JsonProperty("time") @Nullable Instant time,
    @JsonProperty("occur_time") @Nullable Instant occurTime,
    @JsonProperty("body") Map<String, @Nullable Object> body,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public AuditLogEntry {
    body = Copies.map(body);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** Who did it, from the message body (or the entry itself on firmware that sends it flat). */
  public String user() {
    return text("user");
  }

  /** What was done. */
  public @Nullable String operation() {
    return text("operation");
  }

  /** The details of what was done. */
  public @Nullable String details() {
    return text("details");
  }

  /** The system component. */
  public @Nullable String component() {
    return text("component");
  }

  private @Nullable String text(String field) {
    Object value = body.containsKey(field) ? body.get(field) : unknownFields.get(field);
    return value == null ? null : String.valueOf(value);
  }
}
