package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Models;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One field of an EQL resource's schema: its name, its type and the operators it takes.
 *
 * @param name the field's name as queries write it ({@code name})
 * @param type the field's type, e.g. {@code string}, {@code number}, {@code ipaddr} ({@code type})
 * @param operators the operators the field takes, e.g. {@code =}, {@code !=}, {@code >} ({@code
 *     operators}); empty when not sent
 * @param description what the field holds ({@code description})
 * @param unknownFields fields this SDK does not model, as the server sent them
 */
public record EqlField(
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("type") @Nullable String type,
    @JsonProperty("operators") List<String> operators,
    @JsonProperty("description") @Nullable String description,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public EqlField {
    operators = Models.copy(operators);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
