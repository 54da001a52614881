package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cloud export as the Cloud Export API answers it: what Kentik needs to read flow logs and
 * metadata from one cloud account, and the status of that collection. The settings of the export's
 * provider are in {@link #aws()}, {@link #azure()}, {@link #gce()} or {@link #oci()} (null for the
 * others). Create one with {@link io.netobs.kentik.cloudexport.request.CloudExportCreate}; an
 * update replaces the whole export, so start it {@link
 * io.netobs.kentik.cloudexport.request.CloudExportUpdate.Builder#from(CloudExport) from} the export
 * as read.
 *
 * @param id the export's id, set by Kentik (a string on the wire)
 * @param type who runs the collection process
 * @param enabled whether the export is active
 * @param name the export's name
 * @param description its description; null when the answer carried none
 * @param planId the id of the billing plan it counts against (a string on the wire)
 * @param cloudProvider the cloud it reads from
 * @param aws the AWS settings, for an AWS export
 * @param azure the Azure settings, for an Azure export
 * @param gce the Google Cloud settings, for a Google Cloud export
 * @param oci the Oracle Cloud settings, for an Oracle Cloud export
 * @param currentStatus the collection's runtime status, set by Kentik; null when not reported
 * @param cdate when it was created; null when the answer carried none
 * @param edate when it was last changed; null when the answer carried none
 * @param sampling its sampling settings; null when the answer carried none
 * @param unknownFields fields this SDK does not know, kept and sent back by an update started from
 *     this export
 */
public record CloudExport(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("type") @Nullable CloudExportType type,
    @JsonProperty("enabled") boolean enabled,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("planId") @Nullable String planId,
    @JsonProperty("cloudProvider") @Nullable CloudProvider cloudProvider,
    @JsonProperty("aws") @Nullable AwsProperties aws,
    @JsonProperty("azure") @Nullable AzureProperties azure,
    @JsonProperty("gce") @Nullable GceProperties gce,
    @JsonProperty("oci") @Nullable OciProperties oci,
    @JsonProperty("currentStatus") @Nullable CloudExportStatus currentStatus,
    @JsonProperty("cdate") @Nullable Instant cdate,
    @JsonProperty("edate") @Nullable Instant edate,
    @JsonProperty("sampling") @Nullable CloudExportSampling sampling,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public CloudExport {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
