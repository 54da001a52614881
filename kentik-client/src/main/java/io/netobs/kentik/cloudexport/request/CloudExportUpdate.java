package io.netobs.kentik.cloudexport.request;

import com.fasterxml.jackson.core.type.TypeReference;
import io.netobs.http.RequestBody;
import io.netobs.http.internal.Json;
import io.netobs.kentik.cloudexport.model.CloudExport;
import io.netobs.kentik.internal.Rules;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The new content of a cloud export. The Cloud Export API replaces the whole export with what an
 * update sends (a field left out is reset), so the usual way to change one is to start from the
 * export as read, with every field Kentik sent (those this SDK does not know included), and change
 * what you need:
 *
 * <pre>{@code
 * CloudExport e = kentik.cloudExports().get("1234");
 * kentik.cloudExports().update(e.id(), CloudExportUpdate.builder().from(e).enabled(false).build());
 * }</pre>
 */
public final class CloudExportUpdate extends RequestBody {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  /** Fields Kentik sets itself: read from an export, never sent back. */
  private static final List<String> READ_ONLY = List.of("id", "currentStatus", "cdate", "edate");

  private CloudExportUpdate(Builder builder) {
    super(builder);
  }

  /**
   * A builder for an export's new content.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's fields, for a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return copyInto(new Builder());
  }

  /** Builds a {@link CloudExportUpdate}. */
  public static final class Builder extends CloudExportFields<Builder> {
    private Builder() {}

    /**
     * Takes every field of {@code export} as Kentik sent it, those this SDK does not know included,
     * but the ones Kentik sets itself ({@code id}, {@code currentStatus}, {@code cdate}, {@code
     * edate}); setters called afterwards change single fields.
     *
     * @param export an export as read
     * @return this builder
     * @throws IllegalArgumentException when {@code export} is null
     */
    public Builder from(CloudExport export) {
      Rules.required(export, "export");
      LinkedHashMap<String, Object> fields = Json.mapper().convertValue(export, MAP);
      READ_ONLY.forEach(fields::remove);
      fields.forEach(this::set);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when {@code name}, {@code planId} or {@code cloudProvider}
     *     is missing: the API replaces the whole export and requires them
     */
    public CloudExportUpdate build() {
      require("CloudExportUpdate", "name", "planId", "cloudProvider");
      return new CloudExportUpdate(this);
    }
  }
}
