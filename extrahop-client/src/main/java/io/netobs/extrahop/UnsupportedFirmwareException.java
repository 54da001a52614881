package io.netobs.extrahop;

import io.netobs.http.NetobsException;
import java.util.Objects;

/**
 * The firmware the client talks to lacks the operation called: for example {@code
 * packetCaptures().list()} on RevealX 360, which has packet search instead, or devices search on
 * firmware older than it. Thrown in place of the appliance's 404, which is then its cause, once the
 * firmware is read (fetched once, or pinned with {@link ExtraHopClient.Builder#firmware}); thrown
 * before sending, with no cause, only where the absence is certain: an operation of the older API
 * guides on RevealX 360 or on firmware 26.3 and later, the firmware being known.
 */
public final class UnsupportedFirmwareException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The operation the firmware lacks, e.g. {@code GET /packetcaptures}. */
  private final String operation;

  private final transient FirmwareVersion firmware;

  /**
   * @param operation the operation, e.g. {@code GET /packetcaptures}
   * @param firmware the firmware that lacks it
   * @param which what to use instead, or an empty string
   * @param cause the appliance's answer, or null when nothing was sent
   */
  UnsupportedFirmwareException(
      String operation, FirmwareVersion firmware, String which, Throwable cause) {
    super(
        Objects.requireNonNull(operation, "operation")
            + " is not available on "
            + Objects.requireNonNull(firmware, "firmware")
            + (which == null || which.isEmpty() ? "" : "; " + which),
        cause);
    this.operation = operation;
    this.firmware = firmware;
  }

  /** The operation, as method and path template, e.g. {@code GET /packetcaptures}. */
  public String operation() {
    return operation;
  }

  /** The firmware that lacks the operation. */
  public FirmwareVersion firmware() {
    return firmware;
  }
}
