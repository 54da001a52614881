package io.netobs.kentik.synthetics.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.netobs.http.internal.UnknownFields;
import io.netobs.kentik.internal.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic test as the gateway answers it. Its {@code type} ({@code ip}, {@code hostname},
 * {@code agent}, {@code network_grid}, {@code dns}, {@code dns_grid}, {@code url}, {@code
 * page_load}, {@code network_mesh}, {@code flow}, ...) is kept as text, so a type this SDK does not
 * know still reads and writes back. Create one with {@link
 * io.netobs.kentik.synthetics.request.SyntheticsTestCreate}; change one by starting a {@link
 * io.netobs.kentik.synthetics.request.SyntheticsTestUpdate} from it.
 *
 * @param id the test's id
 * @param name the test's name
 * @param type the test's type
 * @param status whether it runs
 * @param settings what it tests and how
 * @param cdate when it was created
 * @param edate when it was last changed
 * @param createdBy who created it
 * @param lastUpdatedBy who last changed it
 * @param labels its labels
 * @param unknownFields fields this SDK does not know, kept and sent back on a write
 */
public record SyntheticsTest(
    @Nullable String id,
    @Nullable String name,
    @Nullable String type,
    @Nullable SyntheticsTestStatus status,
    @Nullable SyntheticsTestSettings settings,
    @Nullable Instant cdate,
    @Nullable Instant edate,
    @Nullable SyntheticsUser createdBy,
    @Nullable SyntheticsUser lastUpdatedBy,
    List<String> labels,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  /** Copies the lists and maps and keeps the unknown fields. */
  public SyntheticsTest {
    labels = Maps.list(labels);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }
}
