package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.AlarmFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An active alarm, match or mitigation as {@code GET /alerts-active/alarms} answers it. Rows of
 * manual mitigations carry no policy data: their ids may be null, {@code alert_metric} arrives as
 * an empty string (decoded as an empty list) and {@code alarm_end} as null. An end of {@code
 * 0000-00-00 00:00:00} (an alarm still open) is decoded as null too. Ids are boxed: null when the
 * row carries none.
 *
 * @param alarmId the alarm's id
 * @param rowType {@code Alarm}, {@code Match}, {@code Mitigation}, ...
 * @param alarmState {@code ALARM}, {@code ACKED}, {@code CLEAR}, ...
 * @param alertId the alert policy's id
 * @param mitigationId the mitigation's id, or null
 * @param thresholdId the policy threshold's id, or null
 * @param alertKey the value of the alert's dimension that alarmed (e.g. {@code 443})
 * @param alertDimension the dimension alarmed on (e.g. {@code Port_dst})
 * @param alertMetric the metrics (e.g. {@code bits}); empty for manual mitigations
 * @param alertValue the measured value
 * @param alertValue2nd the second measured value
 * @param alertValue3rd the third measured value
 * @param alertMatchCount how many times the condition matched
 * @param alertBaseline the baseline value
 * @param alertSeverity the severity (e.g. {@code minor}, {@code major}, {@code critical})
 * @param baselineUsed which baseline was used
 * @param learningMode whether the policy is in learning mode (sent as 0/1)
 * @param debugMode whether the policy is in debug mode (sent as 0/1)
 * @param alarmStart when the alarm started (UTC)
 * @param alarmEnd when it ended; null while open
 * @param alarmLastComment the last comment, or null
 * @param mitAlertId the mitigation's alert id, or null
 * @param mitAlertIp the mitigated address
 * @param mitThresholdId the mitigation's threshold id, or null
 * @param mitMethodId the mitigation method's id, or null
 * @param args the mitigation's arguments, or null
 * @param id the row's id
 * @param policyId the policy's id, or null
 * @param policyName the policy's name
 * @param alertKeyLookup the alert key, resolved for display
 * @param unknownFields fields this SDK does not know, kept as they arrived (e.g. {@code type})
 */
public record KentikAlarm(
    @JsonProperty("alarm_id") @Nullable Long alarmId,
    @JsonProperty("row_type") @Nullable String rowType,
    @JsonProperty("alarm_state") @Nullable String alarmState,
    @JsonProperty("alert_id") @Nullable Long alertId,
    @JsonProperty("mitigation_id") @Nullable Long mitigationId,
    @JsonProperty("threshold_id") @Nullable Long thresholdId,
    @JsonProperty("alert_key") @Nullable String alertKey,
    @JsonProperty("alert_dimension") @Nullable String alertDimension,
    @JsonProperty("alert_metric") @JsonDeserialize(using = AlarmFields.Texts.class)
        List<String> alertMetric,
    @JsonProperty("alert_value") @Nullable Double alertValue,
    @JsonProperty("alert_value2nd") @Nullable Double alertValue2nd,
    @JsonProperty("alert_value3rd") @Nullable Double alertValue3rd,
    @JsonProperty("alert_match_count") @Nullable Long alertMatchCount,
    @JsonProperty("alert_baseline") @Nullable Double alertBaseline,
    @JsonProperty("alert_severity") @Nullable String alertSeverity,
    @JsonProperty("baseline_used") @Nullable Long baselineUsed,
    @JsonProperty("learning_mode") @JsonDeserialize(using = AlarmFields.Flag.class)
        boolean learningMode,
    @JsonProperty("debug_mode") @JsonDeserialize(using = AlarmFields.Flag.class) boolean debugMode,
    @JsonProperty("alarm_start") @JsonDeserialize(using = AlarmFields.Time.class)
        @Nullable Instant alarmStart,
    @JsonProperty("alarm_end") @JsonDeserialize(using = AlarmFields.Time.class)
        @Nullable Instant alarmEnd,
    @JsonProperty("alarm_last_comment") @Nullable String alarmLastComment,
    @JsonProperty("mit_alert_id") @Nullable Long mitAlertId,
    @JsonProperty("mit_alert_ip") @Nullable String mitAlertIp,
    @JsonProperty("mit_threshold_id") @Nullable Long mitThresholdId,
    @JsonProperty("mit_method_id") @Nullable Long mitMethodId,
    @JsonProperty("args") @Nullable String args,
    @JsonProperty("id") @Nullable Long id,
    @JsonProperty("policy_id") @Nullable Long policyId,
    @JsonProperty("policy_name") @Nullable String policyName,
    @JsonProperty("alert_key_lookup") @Nullable String alertKeyLookup,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public KentikAlarm {
    alertMetric = Maps.list(alertMetric);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
