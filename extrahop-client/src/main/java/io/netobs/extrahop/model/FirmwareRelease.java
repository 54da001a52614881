package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A release whose versions the appliance can be upgraded to ({@code GET /extrahop/firmware/next},
 * {@code GET /appliances/firmware/next}).
 *
 * @param currentRelease whether this is the release the appliance runs (its later versions are
 *     hotfixes)
 * @param versions the versions, newest first
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record FirmwareRelease(
    @JsonProperty("current_release") @Nullable Boolean currentRelease,
    @JsonProperty("versions") List<String> versions,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public FirmwareRelease {
    versions = Copies.list(versions);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
