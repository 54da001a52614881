package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@code network_mesh} test, whose agents test each other.
 *
 * @param useLocalIp whether agents test each other's private addresses
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record NetworkMeshTestSettings(
    @Nullable Boolean useLocalIp,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public NetworkMeshTestSettings {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
