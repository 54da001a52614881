package io.netobs.extrahop;

import io.netobs.http.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The firmware an {@link ExtraHopClient} talks to: its version (such as {@code 9.6.0.1234} or
 * {@code 26.3.0.1540}) and whether it is RevealX 360. Versions compare number by number, so {@code
 * 9.10} is newer than {@code 9.9}; what follows the numbers (a suffix such as {@code -beta}) is
 * ignored in comparisons, and a version that does not start with a number compares as the oldest.
 *
 * <p>The client learns it from {@code GET /extrahop} when a call first needs it ({@link
 * ExtraHopClient#firmwareVersion()}), or takes it as pinned ({@link
 * ExtraHopClient.Builder#firmware}).
 *
 * @param version the version as reported, e.g. {@code 9.6.0.1234} (not blank)
 * @param revealX360 whether this is RevealX 360 (the cloud edition) rather than an appliance
 */
public record FirmwareVersion(String version, boolean revealX360)
    implements Comparable<FirmwareVersion> {
  /** Checks that the version is not blank, and strips it. */
  public FirmwareVersion {
    Checks.notBlank(version, "version");
    version = version.strip();
  }

  /**
   * The firmware of an appliance (sensor, console or packetstore) with this version.
   *
   * @param version the version as {@code GET /extrahop} reports it, e.g. {@code 9.6.0.1234}; it
   *     must start with a number
   */
  public static FirmwareVersion appliance(String version) {
    return new FirmwareVersion(checked(version), false);
  }

  /**
   * The firmware of a RevealX 360 tenant with this version.
   *
   * @param version the version as {@code GET /extrahop} reports it; it must start with a number
   */
  public static FirmwareVersion revealX360(String version) {
    return new FirmwareVersion(checked(version), true);
  }

  private static String checked(String version) {
    Checks.notBlank(version, "version");
    String v = version.strip();
    if (!Character.isDigit(v.charAt(0))) {
      throw new IllegalArgumentException(
          "version must start with a number, such as 9.6.0.1234, was '" + version + "'");
    }
    return v;
  }

  /**
   * The firmware as {@code GET /extrahop} reported it, kept even when its version is missing or not
   * a number (it then compares as the oldest).
   */
  static FirmwareVersion reported(String version, boolean revealX360) {
    return new FirmwareVersion(
        version == null || version.isBlank() ? "unknown" : version, revealX360);
  }

  private static int[] numbersOf(String version) {
    List<Integer> parts = new ArrayList<>();
    for (String part : version.split("\\.")) {
      int end = 0;
      while (end < part.length() && end < 9 && Character.isDigit(part.charAt(end))) {
        end++;
      }
      if (end == 0) {
        break;
      }
      parts.add(Integer.parseInt(part.substring(0, end)));
      if (end < part.length()) {
        break;
      }
    }
    return parts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The first number of the version ({@code 9} for {@code 9.6.0.1234}), or 0. */
  public int major() {
    int[] numbers = numbersOf(version);
    return numbers.length > 0 ? numbers[0] : 0;
  }

  /** The second number of the version ({@code 6} for {@code 9.6.0.1234}), or 0. */
  public int minor() {
    int[] numbers = numbersOf(version);
    return numbers.length > 1 ? numbers[1] : 0;
  }

  /**
   * Whether this version is {@code version} or newer, comparing number by number ({@code
   * isAtLeast("9.3")} holds for {@code 9.3.0.100} and {@code 26.3.0.1}).
   *
   * @param version a version that starts with a number
   */
  public boolean isAtLeast(String version) {
    return compareNumbers(numbersOf(this.version), numbersOf(checked(version))) >= 0;
  }

  /**
   * Orders by version number; versions of equal numbers by their text, then an appliance before
   * RevealX 360, so that the order agrees with {@link #equals}.
   */
  @Override
  public int compareTo(FirmwareVersion other) {
    Objects.requireNonNull(other, "other");
    int byNumber = compareNumbers(numbersOf(version), numbersOf(other.version));
    if (byNumber != 0) {
      return byNumber;
    }
    int byText = version.compareTo(other.version);
    return byText != 0 ? byText : Boolean.compare(revealX360, other.revealX360);
  }

  private static int compareNumbers(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  /** For example {@code firmware 9.6.0.1234} or {@code RevealX 360 firmware 26.3.0.1540}. */
  @Override
  public String toString() {
    return (revealX360 ? "RevealX 360 firmware " : "firmware ") + version;
  }
}
