package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of testing a domain controller connection ({@code POST
 * /appliances/{id}/domaincontrollers/testconnection}).
 *
 * @param success whether the connection worked, when the appliance says
 * @param message what the appliance reported, when it says
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record DomainControllerCheckResult(
    @JsonProperty("success") @Nullable Boolean success,
    @JsonProperty("message") @Nullable String message,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public DomainControllerCheckResult {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
