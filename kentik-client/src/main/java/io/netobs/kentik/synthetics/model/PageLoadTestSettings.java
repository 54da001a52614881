package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The page of a {@code page_load} test.
 *
 * @param target the URL loaded
 * @param timeout the timeout in milliseconds
 * @param headers the request headers
 * @param ignoreTlsErrors whether certificate errors are ignored
 * @param cssSelectors the elements waited for, as sent
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record PageLoadTestSettings(
    @Nullable String target,
    @Nullable Long timeout,
    @Nullable Map<String, @Nullable Object> headers,
    @Nullable Boolean ignoreTlsErrors,
    @Nullable Map<String, @Nullable Object> cssSelectors,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public PageLoadTestSettings {
    headers = headers == null ? null : Maps.unknown(headers);
    cssSelectors = cssSelectors == null ? null : Maps.unknown(cssSelectors);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
