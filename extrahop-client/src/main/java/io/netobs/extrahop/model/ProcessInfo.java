package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Validate;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A process running on the appliance ({@code GET /extrahop/processes}). Firmware answers either
 * objects or plain process names; a name decodes to a process with only {@link #process()} set.
 *
 * @param process the process name, e.g. {@code exadmin}
 * @param status its status, when sent
 * @param pid its process id, when sent
 * @param uptime how long it has run, as sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ProcessInfo(
    @JsonProperty("process") @Nullable String process,
    @JsonProperty("status") @Nullable String status,
    @JsonProperty("pid") @Nullable Long pid,
    @JsonProperty("uptime") @Nullable Long uptime,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ProcessInfo {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /** A process known only by its name. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ProcessInfo named(String process) {
    return new ProcessInfo(Validate.notBlank(process, "process"), null, null, null, Map.of());
  }
}
