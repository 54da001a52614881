package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A MITRE ATT&amp;CK tactic or technique a detection is mapped to.
 *
 * @param id the tactic's or technique's id, such as {@code TA0006} or {@code T1110}
 * @param name its name
 * @param url the link to its description, when sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record MitreReference(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("url") @Nullable String url,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public MitreReference {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
