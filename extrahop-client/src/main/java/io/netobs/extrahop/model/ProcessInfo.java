package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A process running on the appliance ({@code GET /extrahop/processes}).
 *
 * @param process the process name, e.g. {@code exadmin}
 * @param status its status
 * @param pid its process id
 * @param uptime how long it has run, as sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record ProcessInfo(
    @JsonProperty("process") String process,
    @JsonProperty("status") String status,
    @JsonProperty("pid") Long pid,
    @JsonProperty("uptime") Long uptime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public ProcessInfo {
    unknownFields = Copies.map(unknownFields);
  }
}
