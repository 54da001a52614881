package io.netobs.examples;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The command line of the tour and of each program, and whether a program may change the service it
 * runs against: always against a built-in fake, only with {@code --apply} against a real one.
 */
public final class Options {
  /**
   * The devices {@code TagSubnet} tags unless told otherwise: a sample subnet, as a regular
   * expression.
   */
  public static final String DEFAULT_SUBNET = "10.20.0.[0-9]+";

  private boolean apply;
  private boolean changesAllowed;
  private boolean help;
  private String subnet = DEFAULT_SUBNET;
  private Long deviceId;
  private String ip;
  private Path outDir;
  private String dimension;
  private Path csv;

  private Options() {}

  /** The options when nothing is given. */
  public static Options defaults() {
    return new Options();
  }

  /**
   * Reads the command line.
   *
   * @throws UsageException for an unknown option or a missing or malformed value
   */
  public static Options parse(String... args) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--apply" -> options.apply = true;
        case "--help", "-h" -> options.help = true;
        case "--subnet", "--device", "--ip", "--out", "--dimension", "--csv" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          if (value.isBlank()) {
            throw new UsageException(name + " needs a value");
          }
          options.set(name, value.strip());
        }
        default -> throw new UsageException("unknown option " + arg);
      }
    }
    return options;
  }

  private void set(String name, String value) {
    switch (name) {
      case "--subnet" -> subnet = value;
      case "--device" -> deviceId = id(name, value);
      case "--ip" -> ip = address(name, value);
      case "--out" -> outDir = Path.of(value);
      case "--dimension" -> dimension = value;
      case "--csv" -> csv = Path.of(value);
      default -> throw new IllegalStateException(name);
    }
  }

  private static long id(String name, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " needs a positive whole number, not " + value);
  }

  private static String address(String name, String value) {
    if (value.matches("[0-9A-Fa-f:.]+") && (value.contains(".") || value.contains(":"))) {
      return value;
    }
    throw new UsageException(name + " needs an IP address, not " + value);
  }

  /** The text of {@code --help}. */
  public static String usage(String command) {
    return String.join(
        System.lineSeparator(),
        "Usage: " + command + " [options]",
        "",
        "With no configuration the programs run against fake ExtraHop and Kentik servers started in this",
        "process. Set EXTRAHOP_HOST with EXTRAHOP_API_KEY (or EXTRAHOP_CLIENT_ID and EXTRAHOP_CLIENT_SECRET)",
        "to use an ExtraHop appliance, and KENTIK_EMAIL with KENTIK_API_TOKEN to use a Kentik account;",
        "each service is chosen on its own.",
        "",
        "Options:",
        "  --apply           let programs change a real service (they never need it against a fake);",
        "                    without it they say what they would do and change nothing",
        "  --subnet REGEX    TagSubnet: the IP addresses to tag (default " + DEFAULT_SUBNET + ")",
        "  --device ID       DeviceHttpMetrics: the device (default: the first one serving HTTP)",
        "  --ip ADDRESS      DownloadPacketCapture: only packets to or from it (default: every packet)",
        "  --out DIR         DownloadPacketCapture: where to save them (default: the temporary directory)",
        "  --dimension NAME  SyncPopulators: the custom dimension, e.g. c_region",
        "  --csv FILE        SyncPopulators: lines of address,value (a header line is allowed)",
        "  --help            print this text",
        "");
  }

  /**
   * The same options against a built-in fake: changes allowed, and the fake's dimension and CSV
   * file by default.
   */
  Options againstFake(String fakeDimension, Path fakeCsv) {
    Options copy = copy();
    copy.changesAllowed = true;
    if (copy.dimension == null && copy.csv == null) {
      copy.dimension = fakeDimension;
      copy.csv = fakeCsv;
    }
    return copy;
  }

  /** The same options against a real service: changes only with {@code --apply}. */
  Options againstRealService() {
    Options copy = copy();
    copy.changesAllowed = apply;
    return copy;
  }

  private Options copy() {
    Options copy = new Options();
    copy.apply = apply;
    copy.changesAllowed = changesAllowed;
    copy.help = help;
    copy.subnet = subnet;
    copy.deviceId = deviceId;
    copy.ip = ip;
    copy.outDir = outDir;
    copy.dimension = dimension;
    copy.csv = csv;
    return copy;
  }

  /** Whether {@code --apply} was given. */
  public boolean apply() {
    return apply;
  }

  /**
   * Whether a program may create, change or delete things: against a fake, or with {@code --apply}.
   */
  public boolean changesAllowed() {
    return changesAllowed;
  }

  /** Whether {@code --help} was given. */
  public boolean help() {
    return help;
  }

  /** The IP addresses to tag, as a regular expression. */
  public String subnet() {
    return subnet;
  }

  /** The device whose metrics to show, when given. */
  public OptionalLong deviceId() {
    return deviceId == null ? OptionalLong.empty() : OptionalLong.of(deviceId);
  }

  /** The IP address whose packets to download, when given. */
  public Optional<String> ip() {
    return Optional.ofNullable(ip);
  }

  /** Where to save downloads. */
  public Path outDir() {
    return outDir != null ? outDir : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** The custom dimension to sync, when given (or provided by the fake). */
  public Optional<String> dimension() {
    return Optional.ofNullable(dimension);
  }

  /** The CSV file to sync from, when given (or generated for the fake). */
  public Optional<Path> csv() {
    return Optional.ofNullable(csv);
  }
}
