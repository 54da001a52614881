package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The edition of the appliance ({@code GET /extrahop/edition}).
 *
 * @param edition the edition, such as {@code Reveal(x) Enterprise}
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record EditionInfo(
    @JsonProperty("edition") @Nullable String edition,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public EditionInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
