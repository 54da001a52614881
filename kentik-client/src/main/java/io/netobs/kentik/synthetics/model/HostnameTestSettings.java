package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The target of a {@code hostname} test.
 *
 * @param target the host name tested
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record HostnameTestSettings(
    @Nullable String target,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public HostnameTestSettings {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
