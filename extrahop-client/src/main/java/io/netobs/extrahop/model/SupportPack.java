package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A support pack file on the appliance ({@code GET /supportpacks}), downloaded by its file name.
 *
 * @param filename the file name
 * @param size its size in bytes ({@code size}, or {@code bytes}), when the appliance says
 * @param createTime {@code create_time}: when it was made, when the appliance says
 * @param unknownFields every other field, as the server sent it
 */
public record SupportPack(
    @JsonProperty("filename") @Nullable String filename,
    @JsonProperty("size") @JsonAlias("bytes") @Nullable Long size,
    @JsonProperty("create_time") @Nullable Instant createTime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public SupportPack {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
