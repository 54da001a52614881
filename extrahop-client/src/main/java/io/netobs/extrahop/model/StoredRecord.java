package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One record of the record store, as {@code POST /records/search} returns it. The record's fields
 * are in {@link #source()} as plain Java values (String, Number, Boolean, List, Map); the accessors
 * below read the common ones with a type.
 *
 * @param id {@code _id}: the record's id in the store
 * @param type {@code _type}: the record type, e.g. {@code "~http"}
 * @param index {@code _index}: the store index that holds it, when the appliance says
 * @param source {@code _source}: the record's fields
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record StoredRecord(
    @JsonProperty("_id") @Nullable String id,
    @JsonProperty("_type") @Nullable String type,
    @JsonProperty("_index") @Nullable String index,
    @JsonProperty("_source") Map<String, @Nullable Object> source,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public StoredRecord {
    source = Models.copy(source);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A field of {@code _source}, as decoded. */
  public Optional<Object> field(String name) {
    return Optional.ofNullable(source.get(name));
  }

  /** A field of {@code _source} as text (numbers and booleans in their JSON form). */
  public Optional<String> string(String name) {
    Object value = source.get(name);
    if (value == null || value instanceof Map || value instanceof List) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  /** A field of {@code _source} as a whole number, also when sent as a string of digits. */
  public OptionalLong longValue(String name) {
    Object value = source.get(name);
    if (value instanceof Number n) {
      return OptionalLong.of(n.longValue());
    }
    if (value instanceof String s) {
      try {
        return OptionalLong.of(Long.parseLong(s.strip()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** A field of {@code _source} as a number, also when sent as a numeric string. */
  public OptionalDouble doubleValue(String name) {
    Object value = source.get(name);
    if (value instanceof Number n) {
      return OptionalDouble.of(n.doubleValue());
    }
    if (value instanceof String s) {
      try {
        return OptionalDouble.of(Double.parseDouble(s.strip()));
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  /** A field of {@code _source} as a boolean ({@code true}/{@code false}, or their strings). */
  public Optional<Boolean> bool(String name) {
    Object value = source.get(name);
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(s));
    }
    return Optional.empty();
  }

  /** A field of {@code _source} holding epoch milliseconds, as an instant. */
  public Optional<Instant> instant(String name) {
    OptionalLong millis = longValue(name);
    return millis.isPresent()
        ? Optional.of(Instant.ofEpochMilli(millis.getAsLong()))
        : Optional.empty();
  }

  /** When the record was committed ({@code timestamp}, epoch milliseconds). */
  public Optional<Instant> timestamp() {
    return instant("timestamp");
  }

  /** The client's IP address ({@code clientAddr}). */
  public Optional<String> clientAddr() {
    return string("clientAddr");
  }

  /** The server's IP address ({@code serverAddr}). */
  public Optional<String> serverAddr() {
    return string("serverAddr");
  }

  /** The client's port ({@code clientPort}). */
  public OptionalLong clientPort() {
    return longValue("clientPort");
  }

  /** The server's port ({@code serverPort}). */
  public OptionalLong serverPort() {
    return longValue("serverPort");
  }

  /**
   * The sender's IP address ({@code senderAddr}), for records that have a sender and a receiver.
   */
  public Optional<String> senderAddr() {
    return string("senderAddr");
  }

  /** The receiver's IP address ({@code receiverAddr}). */
  public Optional<String> receiverAddr() {
    return string("receiverAddr");
  }

  /** The flow's id ({@code flowId}). */
  public Optional<String> flowId() {
    return string("flowId");
  }
}
