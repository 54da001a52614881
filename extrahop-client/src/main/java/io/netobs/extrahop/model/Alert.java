package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An alert configuration ({@code /alerts}).
 *
 * @param id the object's id
 * @param modTime when the object was last modified
 * @param name the alert's name
 * @param author who created the alert
 * @param description a description
 * @param disabled whether the alert is disabled
 * @param severity the severity, 0 (Emergency) to 7 (Debug)
 * @param type the alert type
 * @param applyAll whether the alert applies to every data source
 * @param statName the statistic, e.g. {@code extrahop.device.http_server}
 * @param fieldName the monitored metric
 * @param fieldName2 the second metric of a ratio
 * @param fieldOp the ratio operator ({@code /}) or null
 * @param operator how the metric is compared with the operand
 * @param operand the value compared with (a number sent as a string)
 * @param units the evaluation unit: {@code none}, {@code period}, {@code 1 sec}, {@code 1 min},
 *     {@code 1 hr}
 * @param intervalLength the alert interval in seconds
 * @param refireInterval the interval between notifications in seconds
 * @param notifySnmp whether an SNMP trap is sent
 * @param objectType the source type of a detection alert
 * @param protocols the protocols of a detection alert
 * @param categories the detection categories
 * @param cc email addresses notified besides email groups
 * @param param the first alert parameter, as sent
 * @param param2 the second alert parameter, as sent
 * @param unknownFields the fields this release does not know, kept as the server sent them
 */
public record Alert(
    @JsonProperty("id") long id,
    @JsonProperty("mod_time") Instant modTime,
    @JsonProperty("name") String name,
    @JsonProperty("author") String author,
    @JsonProperty("description") String description,
    @JsonProperty("disabled") Boolean disabled,
    @JsonProperty("severity") AlertSeverity severity,
    @JsonProperty("type") AlertType type,
    @JsonProperty("apply_all") Boolean applyAll,
    @JsonProperty("stat_name") String statName,
    @JsonProperty("field_name") String fieldName,
    @JsonProperty("field_name2") String fieldName2,
    @JsonProperty("field_op") String fieldOp,
    @JsonProperty("operator") AlertOperator operator,
    @JsonProperty("operand") String operand,
    @JsonProperty("units") String units,
    @JsonProperty("interval_length") Integer intervalLength,
    @JsonProperty("refire_interval") Integer refireInterval,
    @JsonProperty("notify_snmp") Boolean notifySnmp,
    @JsonProperty("object_type") String objectType,
    @JsonProperty("protocols") List<String> protocols,
    @JsonProperty("categories") List<String> categories,
    @JsonProperty("cc") List<String> cc,
    @JsonProperty("param") Object param,
    @JsonProperty("param2") Object param2,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Alert {
    protocols = Copies.list(protocols);
    categories = Copies.list(categories);
    cc = Copies.list(cc);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
