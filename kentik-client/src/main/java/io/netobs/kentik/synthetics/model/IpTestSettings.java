package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;

/**
 * The targets of an {@code ip} or {@code network_grid} test.
 *
 * @param targets the addresses tested
 * @param useLocalIp whether agents test from their private address
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record IpTestSettings(
    List<String> targets,
    Boolean useLocalIp,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public IpTestSettings {
    targets = targets == null ? null : List.copyOf(targets);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
