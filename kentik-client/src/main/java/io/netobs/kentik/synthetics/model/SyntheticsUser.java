package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user named on a synthetic test (who created or last changed it).
 *
 * @param id the user's id
 * @param email the user's email address
 * @param fullName the user's full name
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsUser(
    @Nullable String id,
    @Nullable String email,
    @Nullable String fullName,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsUser {

    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
