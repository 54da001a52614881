package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds that decide a synthetic test's health (latencies in milliseconds, losses in
 * percent). Thresholds this SDK does not name are kept in {@code unknownFields}.
 *
 * @param latencyCritical latency above which the test is critical
 * @param latencyWarning latency above which it warns
 * @param packetLossCritical packet loss above which it is critical
 * @param packetLossWarning packet loss above which it warns
 * @param jitterCritical jitter above which it is critical
 * @param jitterWarning jitter above which it warns
 * @param httpLatencyCritical HTTP latency above which it is critical
 * @param httpLatencyWarning HTTP latency above which it warns
 * @param httpValidCodes the HTTP status codes taken as success
 * @param dnsValidCodes the DNS response codes taken as success
 * @param certExpiryWarning days before certificate expiry to warn
 * @param certExpiryCritical days before certificate expiry to be critical
 * @param healthDisabled whether health is not evaluated
 * @param disableAlerts whether alerts are off
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsHealthSettings(
    @Nullable Double latencyCritical,
    @Nullable Double latencyWarning,
    @Nullable Double packetLossCritical,
    @Nullable Double packetLossWarning,
    @Nullable Double jitterCritical,
    @Nullable Double jitterWarning,
    @Nullable Double httpLatencyCritical,
    @Nullable Double httpLatencyWarning,
    @Nullable List<Integer> httpValidCodes,
    @Nullable List<Integer> dnsValidCodes,
    @Nullable Long certExpiryWarning,
    @Nullable Long certExpiryCritical,
    @Nullable Boolean healthDisabled,
    @Nullable Boolean disableAlerts,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsHealthSettings {
    httpValidCodes = httpValidCodes == null ? null : List.copyOf(httpValidCodes);
    dnsValidCodes = dnsValidCodes == null ? null : List.copyOf(dnsValidCodes);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
