package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plan a device belongs to, as a device answer embeds it. Device answers often carry only the
 * id, every other field null; the rest of the plan's fields are kept in {@code unknownFields}.
 *
 * @param id the plan's id
 * @param name the plan's name, or null when the answer carried none
 * @param unknownFields the plan's other fields, kept as they arrived
 */
public record DevicePlan(
    long id,
    @Nullable String name,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields; missing ones become empty. */
  public DevicePlan {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
