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
 * One change of an alarm's state as {@code GET /alerts-active/alerts-history} answers it. {@code
 * ctime} arrives with a zone, {@code alarm_start_time} without one (it is UTC); {@code
 * alert_match_count} arrives as a string and is decoded as a number. Ids are boxed: null when the
 * row carries none.
 *
 * @param rowType {@code Alarm}, {@code Match}, {@code Mitigation}, ...
 * @param oldAlarmState the state before the change (e.g. {@code CLEAR})
 * @param newAlarmState the state after it (e.g. {@code ALARM})
 * @param alertMatchCount how many times the condition matched
 * @param alertSeverity the severity (e.g. {@code minor})
 * @param alertId the alert policy's id
 * @param thresholdId the policy threshold's id, or null
 * @param alarmId the alarm's id
 * @param alertKey the value of the alert's dimension that alarmed
 * @param alertDimension the dimension alarmed on
 * @param alertMetric the metrics; empty when the row carries none
 * @param alertValue the measured value
 * @param alertValue2nd the second measured value
 * @param alertValue3rd the third measured value
 * @param alertBaseline the baseline value
 * @param baselineUsed which baseline was used
 * @param learningMode whether the policy was in learning mode
 * @param debugMode whether the policy was in debug mode
 * @param ctime when the change happened
 * @param alarmStartTime when the alarm started (sent without zone: UTC)
 * @param comment a comment, or null
 * @param mitigationId the mitigation's id, or null
 * @param mitMethodId the mitigation method's id, or null
 * @param args the mitigation's arguments, or null
 * @param id the row's id
 * @param policyId the policy's id, or null
 * @param policyName the policy's name
 * @param alertKeyLookup the alert key, resolved for display
 * @param unknownFields fields this SDK does not know, kept as they arrived
 */
public record AlarmHistoryEntry(
    @JsonProperty("row_type") @Nullable String rowType,
    @JsonProperty("old_alarm_state") @Nullable String oldAlarmState,
    @JsonProperty("new_alarm_state") @Nullable String newAlarmState,
    @JsonProperty("alert_match_count") @Nullable Long alertMatchCount,
    @JsonProperty("alert_severity") @Nullable String alertSeverity,
    @JsonProperty("alert_id") @Nullable Long alertId,
    @JsonProperty("threshold_id") @Nullable Long thresholdId,
    @JsonProperty("alarm_id") @Nullable Long alarmId,
    @JsonProperty("alert_key") @Nullable String alertKey,
    @JsonProperty("alert_dimension") @Nullable String alertDimension,
    @JsonProperty("alert_metric") @JsonDeserialize(using = AlarmFields.Texts.class)
        List<String> alertMetric,
    @JsonProperty("alert_value") @Nullable Double alertValue,
    @JsonProperty("alert_value2nd") @Nullable Double alertValue2nd,
    @JsonProperty("alert_value3rd") @Nullable Double alertValue3rd,
    @JsonProperty("alert_baseline") @Nullable Double alertBaseline,
    @JsonProperty("baseline_used") @Nullable Long baselineUsed,
    @JsonProperty("learning_mode") @JsonDeserialize(using = AlarmFields.Flag.class)
        boolean learningMode,
    @JsonProperty("debug_mode") @JsonDeserialize(using = AlarmFields.Flag.class) boolean debugMode,
    @JsonProperty("ctime") @JsonDeserialize(using = AlarmFields.Time.class) @Nullable Instant ctime,
    @JsonProperty("alarm_start_time") @JsonDeserialize(using = AlarmFields.Time.class)
        @Nullable Instant alarmStartTime,
    @JsonProperty("comment") @Nullable String comment,
    @JsonProperty("mitigation_id") @Nullable Long mitigationId,
    @JsonProperty("mit_method_id") @Nullable Long mitMethodId,
    @JsonProperty("args") @Nullable String args,
    @JsonProperty("id") @Nullable Long id,
    @JsonProperty("policy_id") @Nullable Long policyId,
    @JsonProperty("policy_name") @Nullable String policyName,
    @JsonProperty("alert_key_lookup") @Nullable String alertKeyLookup,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the collections and keeps the unknown fields; missing ones become empty. */
  public AlarmHistoryEntry {
    alertMetric = Maps.list(alertMetric);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
