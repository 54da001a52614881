package io.netobs.testing;

/**
 * Which ExtraHop firmware a fake ExtraHop poses as: which operations it serves and which version
 * {@code GET /extrahop} reports. Set with {@link ExtraHopApi.Builder#firmware} or {@link
 * FakeExtraHop.Builder#firmware}.
 */
public enum ExtraHopFirmwarePose {
  /**
   * Every operation of the older API guide and of today's API, both forms of what was renamed
   * ({@code /whitelist} and {@code /watchlist} share one list, {@code /networklocality} and {@code
   * /networklocalities} one set of entries); {@code GET /extrahop} reports {@code 9.6.0.1234}. The
   * default, so that one fake serves clients of either era.
   */
  UNION("9.6.0.1234", false),

  /**
   * Older on-premises firmware ({@code 9.1.0.1000}): the operations of the older API guide only;
   * today's additions ({@code /watchlist}, {@code /networklocalities}, {@code POST
   * /records/cursor}, devices search, detections, packet search, ...) answer 404.
   */
  OLDER_APPLIANCE("9.1.0.1000", false),

  /**
   * Today's on-premises firmware ({@code 26.3.0.1540}): the guide's operations that today's API no
   * longer has answer 404: pages, flex grids, geomaps, {@code /packetcaptures}, the whitelist,
   * {@code /networklocality}, {@code GET /records/cursor/{cursor}}, the custom-device criteria
   * sub-resource, device-group tags and activity groups.
   */
  CURRENT_APPLIANCE("26.3.0.1540", false),

  /**
   * RevealX 360 ({@code 26.3.0.1540}): serves what {@link #CURRENT_APPLIANCE} serves, and {@code
   * GET /extrahop} names a host under {@code cloud.extrahop.com}, as the cloud edition does.
   */
  REVEALX_360("26.3.0.1540", true);

  private final String version;
  private final boolean cloud;

  ExtraHopFirmwarePose(String version, boolean cloud) {
    this.version = version;
    this.cloud = cloud;
  }

  /** The version {@code GET /extrahop} and {@code GET /extrahop/version} report. */
  public String version() {
    return version;
  }

  /** Whether the fake poses as RevealX 360. */
  public boolean isRevealX360() {
    return cloud;
  }

  /** Whether the guide's operations that today's API no longer has are served. */
  public boolean servesOlderOperations() {
    return this == UNION || this == OLDER_APPLIANCE;
  }

  /** Whether today's operations that the guide lacks are served. */
  public boolean servesCurrentOperations() {
    return this != OLDER_APPLIANCE;
  }
}
