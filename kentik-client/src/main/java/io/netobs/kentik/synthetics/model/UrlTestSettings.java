package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request of a {@code url} test.
 *
 * @param target the URL requested
 * @param timeout the timeout in milliseconds
 * @param method the HTTP method
 * @param headers the request headers
 * @param body the request body
 * @param ignoreTlsErrors whether certificate errors are ignored
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record UrlTestSettings(
    @Nullable String target,
    @Nullable Long timeout,
    @Nullable String method,
    @Nullable Map<String, @Nullable Object> headers,
    @Nullable String body,
    @Nullable Boolean ignoreTlsErrors,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public UrlTestSettings {
    headers = headers == null ? null : Maps.unknown(headers);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
