package io.netobs.testing.extrahop;

import io.netobs.testing.ExtraHopFirmwarePose;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The immutable configuration of a fake ExtraHop, filled in by {@code ExtraHopApi.Builder}.
 *
 * @param apiKey the key accepted in {@code Authorization: ExtraHop apikey=KEY}
 * @param clientId the OAuth2 client id accepted by {@code POST /oauth2/token}
 * @param clientSecret the OAuth2 client secret
 * @param tokenLifetime how long a minted token is accepted
 * @param devices how many devices to generate
 * @param seed the seed of every generated value
 * @param consoleMode whether metric queries answer as a console, with an xid to poll
 * @param consolePolls how many times {@code GET /metrics/next/{xid}} answers "again" before each
 *     result
 * @param records how many records the record log holds
 * @param clock the time source of every timestamp and expiry
 * @param packetCaptureSize the size in bytes of the seeded packet captures
 * @param downloadSize the size in bytes of backups and support packs
 * @param supportPackPolls how many status polls a support pack run stays "running"
 * @param firmware the firmware the fake poses as
 */
public record Settings(
    String apiKey,
    String clientId,
    String clientSecret,
    Duration tokenLifetime,
    int devices,
    long seed,
    boolean consoleMode,
    int consolePolls,
    int records,
    Clock clock,
    long packetCaptureSize,
    long downloadSize,
    int supportPackPolls,
    ExtraHopFirmwarePose firmware) {

  /**
   * Checks the values: credentials, clock and firmware pose present, a positive token lifetime, no
   * negative count or size.
   *
   * @throws NullPointerException if the firmware pose, the clock or a credential is null
   * @throws IllegalArgumentException if the token lifetime is not positive or a count is negative
   */
  public Settings {
    Objects.requireNonNull(firmware, "firmware");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(clock, "clock");
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException("tokenLifetime must be positive");
    }
    requireNotNegative(devices, "devices");
    requireNotNegative(consolePolls, "consolePolls");
    requireNotNegative(records, "records");
    requireNotNegative(packetCaptureSize, "packetCaptureSize");
    requireNotNegative(downloadSize, "downloadSize");
    requireNotNegative(supportPackPolls, "supportPackPolls");
  }

  private static void requireNotNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }
}
