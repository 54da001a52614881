package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a synthetic test: the common ones typed, and one block per test type, of which a
 * test uses the one of its type. Blocks and fields this SDK does not know are kept in {@code
 * unknownFields}.
 *
 * @param hostname the target of a {@code hostname} test
 * @param ip the targets of an {@code ip} test
 * @param agent the target agent of an {@code agent} test
 * @param flow the target selection of a {@code flow} test
 * @param dns the query of a {@code dns} test
 * @param url the request of a {@code url} test
 * @param networkGrid the targets of a {@code network_grid} test
 * @param pageLoad the page of a {@code page_load} test
 * @param dnsGrid the query of a {@code dns_grid} test
 * @param networkMesh the settings of a {@code network_mesh} test
 * @param agentIds the agents that run the test
 * @param tasks the tasks run ({@code ping}, {@code traceroute}, {@code http}, {@code page-load},
 *     {@code dns}, ...)
 * @param healthSettings the thresholds that decide health
 * @param ping the ping task's settings, as sent
 * @param trace the traceroute task's settings, as sent
 * @param period how often the test runs, in seconds
 * @param family the address family tested ({@code IP_FAMILY_V4}, {@code IP_FAMILY_V6}, {@code
 *     IP_FAMILY_DUAL})
 * @param notificationChannels the ids of the channels notified
 * @param notes free text
 * @param schedule when and how often the test runs (its start and expiry), as sent
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTestSettings(
    @Nullable HostnameTestSettings hostname,
    @Nullable IpTestSettings ip,
    @Nullable AgentTestSettings agent,
    @Nullable FlowTestSettings flow,
    @Nullable DnsTestSettings dns,
    @Nullable UrlTestSettings url,
    @Nullable IpTestSettings networkGrid,
    @Nullable PageLoadTestSettings pageLoad,
    @Nullable DnsTestSettings dnsGrid,
    @Nullable NetworkMeshTestSettings networkMesh,
    @Nullable List<String> agentIds,
    @Nullable List<String> tasks,
    @Nullable SyntheticsHealthSettings healthSettings,
    @Nullable Map<String, @Nullable Object> ping,
    @Nullable Map<String, @Nullable Object> trace,
    @Nullable Long period,
    @Nullable String family,
    @Nullable List<String> notificationChannels,
    @Nullable String notes,
    @Nullable Map<String, @Nullable Object> schedule,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTestSettings {
    agentIds = agentIds == null ? null : List.copyOf(agentIds);
    tasks = tasks == null ? null : List.copyOf(tasks);
    notificationChannels = notificationChannels == null ? null : List.copyOf(notificationChannels);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
