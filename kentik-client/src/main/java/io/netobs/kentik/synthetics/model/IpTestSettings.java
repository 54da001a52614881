package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The targets of an {@code ip} or {@code network_grid} test.
 *
 * @param targets the addresses tested
 * @param useLocalIp whether agents test from their private address
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record IpTestSettings(
    @Nullable List<String> targets,
    @Nullable Boolean useLocalIp,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public IpTestSettings {
    targets = targets == null ? null : List.copyOf(targets);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
