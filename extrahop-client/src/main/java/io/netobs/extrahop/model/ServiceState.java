package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether one service of the appliance runs, in {@link ServiceSettings}.
 *
 * @param enabled whether the service is enabled
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ServiceState(
    @JsonProperty("enabled") @Nullable Boolean enabled,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ServiceState {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
