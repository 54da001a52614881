package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.netobs.http.internal.UnknownFields;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of a running support pack ({@code GET /supportpacks/queue/{id}}).
 *
 * <p>The status words differ between firmware versions; {@link #isFinished()} and {@link
 * #isFailed()} read them without regard to case: {@code done}, {@code complete}, {@code completed},
 * {@code success}, {@code succeeded} and {@code finished} mean finished well; {@code failed},
 * {@code failure}, {@code error} and {@code cancelled} mean finished badly; anything else (e.g.
 * {@code queued}, {@code running}) means still at work.
 *
 * @param status the status as the appliance wrote it ({@code status}, or {@code state})
 * @param filename the resulting support pack file, when the appliance names it
 * @param unknownFields every other field (output, return code...), as the server sent it
 */
public record SupportPackStatus(
    @JsonProperty("status") @JsonAlias("state") @Nullable String status,
    @JsonProperty("filename") @Nullable String filename,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> unknownFields) {

  private static final Set<String> SUCCEEDED =
      Set.of("done", "complete", "completed", "success", "succeeded", "finished");
  private static final Set<String> FAILED =
      Set.of("failed", "failure", "error", "cancelled", "canceled");

  /** Copies the unknown fields; missing ones become empty. */
  public SupportPackStatus {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  private String word() {
    return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the run has ended, well or badly. */
  @JsonIgnore
  public boolean isFinished() {
    return SUCCEEDED.contains(word()) || FAILED.contains(word());
  }

  /** Whether the run has ended well. */
  @JsonIgnore
  public boolean isSucceeded() {
    return SUCCEEDED.contains(word());
  }

  /** Whether the run has ended badly. */
  @JsonIgnore
  public boolean isFailed() {
    return FAILED.contains(word());
  }
}
