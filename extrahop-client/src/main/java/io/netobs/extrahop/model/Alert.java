package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.extrahop.internal.Copies;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("mod_time") @Nullable Instant modTime,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("author") @Nullable String author,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("disabled") @Nullable Boolean disabled,
    @JsonProperty("severity") @Nullable AlertSeverity severity,
    @JsonProperty("type") @Nullable AlertType type,
    @JsonProperty("apply_all") @Nullable Boolean applyAll,
    @JsonProperty("stat_name") @Nullable String statName,
    @JsonProperty("field_name") @Nullable String fieldName,
    @JsonProperty("field_name2") @Nullable String fieldName2,
    @JsonProperty("field_op") @Nullable String fieldOp,
    @JsonProperty("operator") @Nullable AlertOperator operator,
    @JsonProperty("operand") @Nullable String operand,
    @JsonProperty("units") @Nullable String units,
    @JsonProperty("interval_length") @Nullable Integer intervalLength,
    @JsonProperty("refire_interval") @Nullable Integer refireInterval,
    @JsonProperty("notify_snmp") @Nullable Boolean notifySnmp,
    @JsonProperty("object_type") @Nullable String objectType,
    @JsonProperty("protocols") List<String> protocols,
    @JsonProperty("categories") List<String> categories,
    @JsonProperty("cc") List<String> cc,
    @JsonProperty("param") @Nullable Object param,
    @JsonProperty("param2") @Nullable Object param2,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {
  /** Copies the collections; missing ones become empty. */
  public Alert {
    protocols = Copies.list(protocols);
    categories = Copies.list(categories);
    cc = Copies.list(cc);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
