package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.ApplianceInfo;
import io.netobs.http.NotFoundException;
import io.netobs.http.internal.HttpCore;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which of two forms of the same thing the connected firmware has, and which operations it lacks.
 * Shared by a client and every variant made from it.
 *
 * <p>The firmware is pinned by the builder, or fetched from {@code GET /extrahop} the first time a
 * call needs it, then kept. Only calls that depend on it fetch it: the paths of the watchlist and
 * the network localities, the record cursor when no form is chosen, and the reading of a 404 of an
 * operation some firmware lacks. A failed fetch is not kept, so the next call tries again.
 *
 * <p>The versions: today's forms ({@code /watchlist}, {@code /networklocalities}, {@code POST
 * /records/cursor}) are used on RevealX 360 and on firmware numbered 10 and up (the releases after
 * the 9.x line, such as 25.x and 26.x), whose catalogue no longer lists the older forms. The 9.x
 * line and older get the forms of their own API guides ({@code /whitelist}, {@code
 * /networklocality}, {@code GET /records/cursor/{cursor}}); 9.3 to 9.x have both. Devices search is
 * expected from 9.3 on, the oldest firmware that integrations built on it accept.
 */
final class FirmwareForms {
  /** The first version numbered after the 9.x line; from here on only today's forms are listed. */
  static final String CURRENT_FORMS_FROM = "10";

  /** The firmware of today's published catalogue, which no longer lists the older forms. */
  static final String TODAY_CATALOGUE_FROM = "26.3";

  /** The oldest firmware known to answer devices search and today's forms. */
  static final String SEARCH_FROM = "9.3";

  private static final String CLOUD_SUFFIX = ".cloud.extrahop.com";

  /** The path under which the REST API answers. */
  private static final String BASE_PATH = "/api/v1";

  private final HttpCore core;
  private final boolean cloudCredentials;
  private final FirmwareVersion pinned;
  private final Object lock = new Object();
  private volatile FirmwareVersion fetched;

  /**
   * @param core the core that fetches {@code GET /extrahop}
   * @param cloudCredentials whether the client authenticates with RevealX 360 credentials, which
   *     only RevealX 360 accepts
   * @param pinned the firmware to assume, or null to fetch it when needed
   */
  FirmwareForms(HttpCore core, boolean cloudCredentials, FirmwareVersion pinned) {
    this.core = Objects.requireNonNull(core, "core");
    this.cloudCredentials = cloudCredentials;
    this.pinned = pinned;
  }

  /** The firmware: pinned, or fetched once from {@code GET /extrahop}. */
  FirmwareVersion firmware() {
    if (pinned != null) {
      return pinned;
    }
    FirmwareVersion known = fetched;
    if (known != null) {
      return known;
    }
    synchronized (lock) {
      if (fetched == null) {
        fetched = read(Crud.getAt(core, ApplianceInfo.class, "/extrahop"));
      }
      return fetched;
    }
  }

  /** The firmware if it is pinned or already fetched; never sends anything. */
  Optional<FirmwareVersion> known() {
    return Optional.ofNullable(pinned != null ? pinned : fetched);
  }

  /** Whether the firmware was pinned rather than fetched. */
  boolean pinned() {
    return pinned != null;
  }

  private FirmwareVersion read(ApplianceInfo info) {
    String version = info.version();
    if (version == null && info.unknownFields().get("firmware_version") instanceof String v) {
      version = v;
    }
    boolean cloud =
        cloudCredentials
            || isCloudHost(info.displayHost())
            || isCloudHost(info.unknownFields().get("external_hostname"));
    return FirmwareVersion.reported(version, cloud);
  }

  private static boolean isCloudHost(Object host) {
    return host instanceof String h && h.toLowerCase(Locale.ROOT).endsWith(CLOUD_SUFFIX);
  }

  /** Whether the firmware uses today's forms (fetching it if needed). */
  boolean currentForms() {
    return currentForms(firmware());
  }

  static boolean currentForms(FirmwareVersion firmware) {
    return firmware.revealX360() || firmware.isAtLeast(CURRENT_FORMS_FROM);
  }

  /**
   * Whether this firmware is certain to lack the operations of the older API guides: RevealX 360
   * and firmware from {@link #TODAY_CATALOGUE_FROM} on, whose published catalogue no longer lists
   * them. Firmware between the 9.x line and that version is sent the call, and its own 404 decides.
   */
  static boolean certainlyToday(FirmwareVersion firmware) {
    return firmware.revealX360() || firmware.isAtLeast(TODAY_CATALOGUE_FROM);
  }

  /** Whether this firmware still has the operations of the older API guides. */
  static boolean hasGuideOnly(FirmwareVersion firmware) {
    return !currentForms(firmware);
  }

  /** Whether this firmware has devices search and the other additions of the 9.3 era. */
  static boolean hasSearch(FirmwareVersion firmware) {
    return firmware.revealX360() || firmware.isAtLeast(SEARCH_FROM);
  }

  /**
   * Runs an operation that only the older firmware has: refused before sending only when the
   * firmware is known and certain to lack it ({@link #certainlyToday}); otherwise sent, and a 404
   * becomes an {@link UnsupportedFirmwareException} when the firmware (fetched then if need be) is
   * one that lacks it.
   *
   * @param operation method and path template, e.g. {@code GET /packetcaptures}
   * @param instead what to use on today's firmware
   */
  <T> T guideOnly(String operation, String instead, Supplier<T> call) {
    return gated(
        operation, instead, FirmwareForms::hasGuideOnly, FirmwareForms::certainlyToday, call);
  }

  /** As {@link #guideOnly} for a call without an answer. */
  void guideOnly(String operation, String instead, Runnable call) {
    guideOnly(
        operation,
        instead,
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Runs an operation of today's firmware that older firmware lacks (available from {@link
   * #SEARCH_FROM} and on RevealX 360). Always sent, since no published fact says which older
   * firmware lacks it; a 404 on firmware older than that becomes an {@link
   * UnsupportedFirmwareException}.
   */
  <T> T searchEra(String operation, String instead, Supplier<T> call) {
    return gated(operation, instead, FirmwareForms::hasSearch, firmware -> false, call);
  }

  private <T> T gated(
      String operation,
      String instead,
      Predicate<FirmwareVersion> has,
      Predicate<FirmwareVersion> certainlyLacks,
      Supplier<T> call) {
    Optional<FirmwareVersion> known = known();
    if (known.isPresent() && !has.test(known.get()) && certainlyLacks.test(known.get())) {
      throw new UnsupportedFirmwareException(operation, known.get(), instead, null);
    }
    try {
      return call.get();
    } catch (NotFoundException notFound) {
      FirmwareVersion firmware;
      try {
        firmware = firmware();
      } catch (RuntimeException unknown) {
        notFound.addSuppressed(unknown);
        throw notFound;
      }
      if (!has.test(firmware)) {
        throw new UnsupportedFirmwareException(operation, firmware, instead, notFound);
      }
      throw notFound;
    }
  }

  /** Families of the older API guides that today's API has no more, by their first path segment. */
  private static final Set<String> GUIDE_ONLY_FAMILIES =
      Set.of(
          "pages",
          "flexgrids",
          "geomaps",
          "activitygroups",
          "packetcaptures",
          "whitelist",
          "networklocality");

  /** Sub-resources of the older API guides that today's API has no more, by their third segment. */
  private static final Set<String> GUIDE_ONLY_CHILDREN = Set.of("pages", "flexgrids", "geomaps");

  /**
   * Turns the 404 of an operation that only the older API guides have (pages, flex grids, geomaps,
   * activity groups, packet captures, the whitelist, the network locality, custom-device criteria,
   * device-group tags, and the relations to pages, flex grids and geomaps) into an {@link
   * UnsupportedFirmwareException} when the firmware, fetched if need be, is one that lacks them.
   * Any other 404, or one on firmware that has the operation, is returned as it came.
   *
   * @param failure what a call threw: a {@link NotFoundException}
   * @return the exception to throw
   */
  RuntimeException translateNotFound(RuntimeException failure) {
    if (!(failure instanceof NotFoundException missing)) {
      return failure;
    }
    String operation = guideOnlyOperation(missing.method(), missing.path());
    if (operation == null) {
      return failure;
    }
    FirmwareVersion firmware;
    try {
      firmware = firmware();
    } catch (RuntimeException unknown) {
      missing.addSuppressed(unknown);
      return missing;
    }
    return hasGuideOnly(firmware)
        ? missing
        : new UnsupportedFirmwareException(operation, firmware, insteadOf(operation), missing);
  }

  /**
   * The operation, as method and path template, when {@code path} (as sent, under the base path)
   * belongs to the older API guides only; else null.
   */
  static String guideOnlyOperation(String method, String path) {
    String relative = path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    String[] segments = relative.replaceFirst("^/", "").split("/");
    boolean guideOnly =
        GUIDE_ONLY_FAMILIES.contains(segments[0])
            || (segments.length >= 3
                && (GUIDE_ONLY_CHILDREN.contains(segments[2])
                    || (segments[0].equals("customdevices") && segments[2].equals("criteria"))
                    || (segments[0].equals("devicegroups") && segments[2].equals("tags"))))
            || (segments.length == 3
                && segments[0].equals("records")
                && segments[1].equals("cursor")
                && method.equals("GET"));
    if (!guideOnly) {
      return null;
    }
    StringBuilder template = new StringBuilder(method).append(' ');
    for (int i = 0; i < segments.length; i++) {
      boolean cursor = i == 2 && segments[0].equals("records");
      template
          .append('/')
          .append(cursor ? "{cursor}" : segments[i].matches("\\d+|~.*") ? "{id}" : segments[i]);
    }
    return template.toString();
  }

  /** What to use on today's firmware instead of an operation of the older API guides. */
  static String insteadOf(String operation) {
    String family = operation.substring(operation.indexOf(' ') + 1).split("/")[1];
    return switch (family) {
      case "packetcaptures" -> "search packets with POST /packets/search instead";
      case "whitelist" -> "use the watchlist (client.watchlist())";
      case "networklocality" -> "use client.networkLocalities()";
      case "records" -> "page with POST /records/cursor instead";
      default -> "";
    };
  }

  @Override
  public String toString() {
    Optional<FirmwareVersion> known = known();
    return known.map(f -> (pinned != null ? "pinned " : "") + f).orElse("firmware not yet known");
  }
}
