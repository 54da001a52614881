package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which appliance manages the analysis priority rules of the local sensor ({@code GET
 * /analysispriority/0/manager}).
 *
 * @param manager the id of the managing sensor or console
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record AnalysisPriorityManager(
    @JsonProperty("manager") @Nullable Long manager,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public AnalysisPriorityManager {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
