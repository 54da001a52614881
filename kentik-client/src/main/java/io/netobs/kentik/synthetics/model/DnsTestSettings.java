package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query of a {@code dns} or {@code dns_grid} test.
 *
 * @param target the name queried
 * @param timeout the query timeout in milliseconds
 * @param recordType the record type ({@code DNS_RECORD_A}, {@code DNS_RECORD_AAAA}, ...)
 * @param servers the servers asked
 * @param port the servers' port
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record DnsTestSettings(
    @Nullable String target,
    @Nullable Long timeout,
    @Nullable String recordType,
    @Nullable List<String> servers,
    @Nullable Long port,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public DnsTestSettings {
    servers = servers == null ? null : List.copyOf(servers);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
