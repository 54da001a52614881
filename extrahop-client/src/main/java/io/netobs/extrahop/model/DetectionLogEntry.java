package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.extrahop.internal.FieldReads;
import io.netobs.extrahop.internal.Models;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the detection log, as {@code POST /search/eql/detectionlogs} returns it (firmware
 * 26.3). The fields an entry carries depend on the detection type and on the firmware, so every
 * field is kept in {@link #fields()} as plain Java values (String, Number, Boolean, List, Map); the
 * accessors read the common ones with a type.
 *
 * @param fields every field of the entry, as the server sent it
 */
public record DetectionLogEntry(
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> fields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public DetectionLogEntry {
    fields = Models.copy(fields);
  }

  /** A field as text (numbers and booleans in their JSON form). */
  public Optional<String> string(String name) {
    return FieldReads.string(fields, name);
  }

  /** A field as a whole number, also when sent as a string of digits. */
  public OptionalLong longValue(String name) {
    return FieldReads.longValue(fields, name);
  }

  /** A field holding epoch milliseconds, as an instant. */
  public Optional<Instant> instant(String name) {
    return FieldReads.instant(fields, name);
  }

  /** The entry's id ({@code id}). */
  public Optional<String> id() {
    return string("id");
  }

  /** The id of the detection the entry belongs to ({@code detectionId}). */
  public OptionalLong detectionId() {
    return longValue("detectionId");
  }

  /** The detection type ({@code type}). */
  public Optional<String> type() {
    return string("type");
  }

  /** When the logged activity began ({@code startTime}). */
  public Optional<Instant> startTime() {
    return instant("startTime");
  }

  /** The offender's IP address ({@code offenderAddr}). */
  public Optional<String> offenderAddr() {
    return string("offenderAddr");
  }

  /** The victim's IP address ({@code victimAddr}). */
  public Optional<String> victimAddr() {
    return string("victimAddr");
  }
}
