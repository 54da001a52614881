package io.netobs.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * Runs the fake servers on their own, for manual tests or for tests in another language: {@code
 * java -jar netobs-fakes.jar [options]}.
 *
 * <p>It prints exactly one line per server on standard output, then serves until killed:
 *
 * <pre>
 * extrahop http://127.0.0.1:PORT apikey=KEY
 * kentik http://127.0.0.1:PORT email=EMAIL token=TOKEN
 * </pre>
 *
 * ({@code https} with {@code --tls}). Both fakes start with their sample objects.
 */
public final class FakeServers implements AutoCloseable {
  private final List<String> lines;
  private final FakeExtraHop extraHop;
  private final FakeKentik kentik;
  private final CountDownLatch closed = new CountDownLatch(1);

  private FakeServers(List<String> lines, FakeExtraHop extraHop, FakeKentik kentik) {
    this.lines = List.copyOf(lines);
    this.extraHop = extraHop;
    this.kentik = kentik;
  }

  /**
   * Starts the servers, prints their lines and serves until the process is killed. Exit status 2 on
   * bad options.
   */
  public static void main(String[] args) throws InterruptedException {
    FakeServers servers;
    try {
      servers = run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(usage());
      System.exit(2);
      return;
    }
    if (servers == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "fake-servers-shutdown"));
    servers.awaitClose();
  }

  /**
   * Starts the servers as {@link #main} does and prints their lines on {@code out}, without
   * blocking; prints the usage and returns null for {@code --help}.
   *
   * @throws IllegalArgumentException for an unknown or malformed option
   */
  public static @Nullable FakeServers run(String[] args, PrintStream out) {
    Options options = Options.parse(args);
    if (options.help) {
      out.print(usage());
      out.flush();
      return null;
    }
    FakeServers servers = start(options);
    servers.lines().forEach(out::println);
    out.flush();
    return servers;
  }

  /**
   * Starts the servers without printing anything.
   *
   * @throws IllegalArgumentException for an unknown or malformed option, or {@code --help}
   */
  public static FakeServers start(String... args) {
    Options options = Options.parse(args);
    if (options.help) {
      throw new IllegalArgumentException("--help starts nothing");
    }
    return start(options);
  }

  private static FakeServers start(Options options) {
    HeldCertificate certificate =
        options.tlsCertificateOut == null ? null : writeCertificate(options.tlsCertificateOut);
    List<String> lines = new ArrayList<>();
    FakeExtraHop.Builder extraHopBuilder = FakeExtraHop.builder().port(options.extraHopPort);
    if (options.extraHopApiKey != null) {
      extraHopBuilder.apiKey(options.extraHopApiKey);
    }
    if (options.devices >= 0) {
      extraHopBuilder.devices(options.devices);
    }
    extraHopBuilder.firmware(options.extraHopFirmware);
    if (certificate != null) {
      extraHopBuilder.tls(certificate);
    }
    FakeExtraHop extraHop = extraHopBuilder.start();
    lines.add(extraHopLine(extraHop.baseUrl(), extraHop.apiKey()));
    FakeKentik.Builder kentik = FakeKentik.builder().port(options.kentikPort).sampleData(true);
    if (options.kentikEmail != null) {
      kentik.email(options.kentikEmail);
    }
    if (options.kentikToken != null) {
      kentik.token(options.kentikToken);
    }
    if (certificate != null) {
      kentik.tls(certificate);
    }
    FakeKentik started;
    try {
      started = kentik.start();
    } catch (RuntimeException e) {
      extraHop.close();
      throw e;
    }
    lines.add(kentikLine(started.baseUrl(), started.email(), started.token()));
    return new FakeServers(lines, extraHop, started);
  }

  /** The line printed for an ExtraHop fake. */
  static String extraHopLine(String baseUrl, String apiKey) {
    return "extrahop " + baseUrl + " apikey=" + apiKey;
  }

  /** The line printed for a Kentik fake. */
  static String kentikLine(String baseUrl, String email, String token) {
    return "kentik " + baseUrl + " email=" + email + " token=" + token;
  }

  /** The lines {@link #main} prints, one per server. */
  public List<String> lines() {
    return lines;
  }

  /** The ExtraHop fake. */
  public FakeExtraHop extraHop() {
    return extraHop;
  }

  /** The Kentik fake. */
  public FakeKentik kentik() {
    return kentik;
  }

  /** Blocks until {@link #close()}. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops every server. */
  @Override
  public void close() {
    extraHop.close();
    kentik.close();
    closed.countDown();
  }

  @Override
  public String toString() {
    return "FakeServers[extrahop " + extraHop.baseUrl() + ", kentik " + kentik.baseUrl() + "]";
  }

  /** The text {@code --help} prints. */
  public static String usage() {
    return String.join(
        System.lineSeparator(),
        "Usage: java -jar netobs-fakes.jar [options]",
        "Runs fake ExtraHop and Kentik API servers on 127.0.0.1 and prints one line per server:",
        "  extrahop http://127.0.0.1:PORT apikey=KEY",
        "  kentik http://127.0.0.1:PORT email=EMAIL token=TOKEN",
        "then serves until killed.",
        "",
        "Options:",
        "  --extrahop-port N        port of the ExtraHop fake (0, the default, picks a free port)",
        "  --kentik-port N          port of the Kentik fake (0, the default, picks a free port)",
        "  --extrahop-api-key KEY   API key the ExtraHop fake accepts",
        "  --kentik-email EMAIL     X-CH-Auth-Email the Kentik fake accepts (default "
            + FakeKentik.DEFAULT_EMAIL
            + ")",
        "  --kentik-token TOKEN     X-CH-Auth-API-Token the Kentik fake accepts",
        "  --devices N              number of devices the ExtraHop fake holds",
        "  --extrahop-firmware F    firmware the ExtraHop fake poses as: union (the default: every",
        "                           operation of the older API guide and of today's API), older",
        "                           (9.1, the guide's operations only), current (26.3, today's",
        "                           operations only) or revealx360 (as current, as RevealX 360)",
        "  --tls CERT_OUT.pem       serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost,",
        "                           written to CERT_OUT.pem for clients to trust",
        "  --help                   print this text",
        "",
        "Both fakes start with their sample objects. The ExtraHop fake answers API keys and",
        "RevealX 360 client credentials (POST /oauth2/token); the Kentik fake, its email and token.",
        "");
  }

  private static HeldCertificate writeCertificate(Path file) {
    HeldCertificate certificate =
        new HeldCertificate.Builder()
            .commonName("netobs fake servers")
            .addSubjectAlternativeName("127.0.0.1")
            .addSubjectAlternativeName("localhost")
            .build();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, certificate.certificatePem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the certificate to " + file, e);
    }
    return certificate;
  }

  /** The command line, checked. */
  private static final class Options {
    private static final Set<String> WITH_VALUE =
        Set.of(
            "--extrahop-port",
            "--kentik-port",
            "--extrahop-api-key",
            "--kentik-email",
            "--kentik-token",
            "--devices",
            "--extrahop-firmware",
            "--tls");

    int extraHopPort;
    int kentikPort;
    String extraHopApiKey;
    String kentikEmail;
    String kentikToken;
    int devices = -1;
    ExtraHopFirmwarePose extraHopFirmware = ExtraHopFirmwarePose.UNION;
    Path tlsCertificateOut;
    boolean help;

    static Options parse(String[] args) {
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
        if (name.equals("--help") || name.equals("-h")) {
          options.help = true;
          continue;
        }
        if (!WITH_VALUE.contains(name)) {
          throw new IllegalArgumentException("unknown option " + name);
        }
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          value = args[++i];
        }
        switch (name) {
          case "--extrahop-port":
            options.extraHopPort = port(name, value);
            break;
          case "--kentik-port":
            options.kentikPort = port(name, value);
            break;
          case "--extrahop-api-key":
            options.extraHopApiKey = nonEmpty(name, value);
            break;
          case "--kentik-email":
            options.kentikEmail = nonEmpty(name, value);
            break;
          case "--kentik-token":
            options.kentikToken = nonEmpty(name, value);
            break;
          case "--devices":
            options.devices = number(name, value, 0, 10_000_000);
            break;
          case "--extrahop-firmware":
            options.extraHopFirmware = pose(name, value);
            break;
          case "--tls":
            options.tlsCertificateOut = Path.of(nonEmpty(name, value));
            break;
          default:
            throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return options;
    }

    private static ExtraHopFirmwarePose pose(String name, String value) {
      return switch (value) {
        case "union" -> ExtraHopFirmwarePose.UNION;
        case "older" -> ExtraHopFirmwarePose.OLDER_APPLIANCE;
        case "current" -> ExtraHopFirmwarePose.CURRENT_APPLIANCE;
        case "revealx360" -> ExtraHopFirmwarePose.REVEALX_360;
        default ->
            throw new IllegalArgumentException(
                name + " must be union, older, current or revealx360, was '" + value + "'");
      };
    }

    private static int port(String name, String value) {
      return number(name, value, 0, 65535);
    }

    private static int number(String name, String value, int min, int max) {
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          name + " needs a whole number from " + min + " to " + max + ", not " + value);
    }

    private static String nonEmpty(String name, String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return value;
    }
  }
}
