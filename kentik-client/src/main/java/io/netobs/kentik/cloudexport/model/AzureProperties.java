package io.netobs.kentik.cloudexport.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Azure settings of an export.
 *
 * @param location the Azure region whose flow logs are read
 * @param resourceGroup the resource group of the network security group that writes the logs
 * @param storageAccount the storage account holding the logs
 * @param subscriptionId the Azure subscription the logs belong to
 * @param securityPrincipalEnabled whether Kentik's flow export application has been authorized;
 *     null when not reported
 * @param unknownFields fields this SDK does not know
 */
public record AzureProperties(
    @JsonProperty("location") @Nullable String location,
    @JsonProperty("resourceGroup") @Nullable String resourceGroup,
    @JsonProperty("storageAccount") @Nullable String storageAccount,
    @JsonProperty("subscriptionId") @Nullable String subscriptionId,
    @JsonProperty("securityPrincipalEnabled") @Nullable Boolean securityPrincipalEnabled,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the unknown fields (none becomes an empty map). */
  public AzureProperties {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
