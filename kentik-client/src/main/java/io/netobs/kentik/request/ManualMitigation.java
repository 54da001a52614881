package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.http.internal.Checks;
import io.netobs.kentik.internal.Rules;

/**
 * A manual mitigation to start ({@code POST /alerts/manual-mitigate}): the address or CIDR to
 * mitigate, the mitigation platform and method (ids of ones existing in the account), how many
 * minutes until it stops by itself, and an optional comment. The body is flat: {@code {"ipCidr":
 * ..., "comment": ..., "platformID": ..., "methodID": ..., "minutesBeforeAutoStop": "..."}}, the
 * minutes sent as a string.
 *
 * <pre>{@code
 * ManualMitigation blackhole = ManualMitigation.builder()
 *     .ipCidr("192.0.2.0/24").platformId(1234).methodId(5678).minutesBeforeAutoStop(30)
 *     .comment("scrubbing the scan")
 *     .build();
 * }</pre>
 */
public final class ManualMitigation extends RequestBody {
  private ManualMitigation(Builder builder) {
    super(builder);
  }

  /**
   * A builder with nothing set.
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

  /** Builds a {@link ManualMitigation}. */
  public static final class Builder extends RequestBody.Builder<Builder> {
    private Builder() {}

    /**
     * The address or CIDR to mitigate ({@code ipCidr}), e.g. {@code 192.0.2.7/32}.
     *
     * @param ipCidr the address or CIDR
     * @return this builder
     * @throws IllegalArgumentException when it is null or blank
     */
    public Builder ipCidr(String ipCidr) {
      return set("ipCidr", Rules.requiredText(ipCidr, "ipCidr"));
    }

    /**
     * A comment shown to the account's other users ({@code comment}).
     *
     * @param comment the comment
     * @return this builder
     * @throws IllegalArgumentException when it is null
     */
    public Builder comment(String comment) {
      return set("comment", Rules.required(comment, "comment"));
    }

    /**
     * The mitigation platform's id ({@code platformID}).
     *
     * @param platformId a positive id
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public Builder platformId(long platformId) {
      return set("platformID", Checks.positiveId(platformId, "platformID"));
    }

    /**
     * The mitigation method's id ({@code methodID}).
     *
     * @param methodId a positive id
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public Builder methodId(long methodId) {
      return set("methodID", Checks.positiveId(methodId, "methodID"));
    }

    /**
     * How many minutes until the mitigation stops by itself ({@code minutesBeforeAutoStop}, sent as
     * a string); {@code 0} keeps it running until it is stopped in the portal.
     *
     * @param minutes the minutes, 0 or more
     * @return this builder
     * @throws IllegalArgumentException when it is negative
     */
    public Builder minutesBeforeAutoStop(long minutes) {
      if (minutes < 0) {
        throw new IllegalArgumentException(
            "minutesBeforeAutoStop must be 0 or more, was " + minutes);
      }
      return set("minutesBeforeAutoStop", Long.toString(minutes));
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when {@code ipCidr}, {@code platformID} or {@code methodID}
     *     is missing
     */
    public ManualMitigation build() {
      require("ManualMitigation", "ipCidr", "platformID", "methodID");
      return new ManualMitigation(this);
    }
  }
}
