package io.netobs.examples;

import io.netobs.examples.kentik.ExampleCsv;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.kentik.KentikClient;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.FakeKentik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The ExtraHop and Kentik the examples run against, each chosen on its own: the real service when
 * its variables are set ({@code EXTRAHOP_HOST}..., {@code KENTIK_EMAIL}...), otherwise a fake
 * server of netobs-test-fixtures started in this process and filled with data the examples find
 * something in.
 */
public final class Services implements AutoCloseable {
  /** The dimension of the fake Kentik that {@code SyncPopulators} syncs. */
  static final String FAKE_DIMENSION = "c_region";

  /**
   * Rows of the CSV file generated for the fake: enough for the Batch API to need several parts.
   */
  static final int FAKE_CSV_ROWS = 150_000;

  private static final List<String> EXTRAHOP_VARIABLES =
      List.of("EXTRAHOP_HOST", "EXTRAHOP_API_KEY", "EXTRAHOP_CLIENT_ID", "EXTRAHOP_CLIENT_SECRET");
  private static final List<String> EXTRAHOP_PROPERTIES =
      List.of("extrahop.host", "extrahop.apiKey", "extrahop.clientId", "extrahop.clientSecret");
  private static final List<String> KENTIK_VARIABLES = List.of("KENTIK_EMAIL", "KENTIK_API_TOKEN");
  private static final List<String> KENTIK_PROPERTIES = List.of("kentik.email", "kentik.apiToken");

  private ExtraHopClient extraHop;
  private FakeExtraHop fakeExtraHop;
  private String extraHopProblem;
  private KentikClient kentik;
  private FakeKentik fakeKentik;
  private String kentikProblem;
  private Path fakeCsvDirectory;
  private Path fakeCsv;

  private Services() {}

  /**
   * Connects each needed service: to the real one when any of its variables (or system properties)
   * is set, through {@code fromEnv()}; otherwise to a fake started here. A real service whose
   * configuration is incomplete is reported, not replaced by a fake: the user meant the real one.
   */
  public static Services connect(Set<Service> needed) {
    Services services = new Services();
    try {
      if (needed.contains(Service.EXTRAHOP)) {
        if (isSet(EXTRAHOP_PROPERTIES, EXTRAHOP_VARIABLES)) {
          try {
            services.extraHop = ExtraHopClient.fromEnv();
          } catch (IllegalStateException | IllegalArgumentException e) {
            services.extraHopProblem = e.getMessage();
          }
        } else {
          services.startFakeExtraHop();
        }
      }
      if (needed.contains(Service.KENTIK)) {
        if (isSet(KENTIK_PROPERTIES, KENTIK_VARIABLES)) {
          try {
            services.kentik = KentikClient.fromEnv();
          } catch (IllegalStateException | IllegalArgumentException e) {
            services.kentikProblem = e.getMessage();
          }
        } else {
          services.startFakeKentik();
        }
      }
      return services;
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  /** Fakes for the needed services, whatever the environment says. */
  public static Services fakes(Set<Service> needed) {
    Services services = new Services();
    try {
      if (needed.contains(Service.EXTRAHOP)) {
        services.startFakeExtraHop();
      }
      if (needed.contains(Service.KENTIK)) {
        services.startFakeKentik();
      }
      return services;
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  private static boolean isSet(List<String> properties, List<String> variables) {
    return properties.stream().map(System::getProperty).anyMatch(Services::present)
        || variables.stream().map(System::getenv).anyMatch(Services::present);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private void startFakeExtraHop() {
    fakeExtraHop =
        FakeExtraHop.builder()
            .devices(1000) // 250 of them in 10.20.0.x, the subnet TagSubnet tags
            .records(20_000) // some 160 HTTP GETs answered 404 in the last 15 minutes
            .packetCaptureSize(4L * 1024 * 1024) // large enough for the download's progress to show
            .start();
    extraHop =
        ExtraHopClient.builder()
            .baseUrl(fakeExtraHop.apiUrl())
            .apiKey(fakeExtraHop.apiKey())
            .build();
  }

  private void startFakeKentik() {
    fakeKentik =
        FakeKentik.builder()
            .sampleData(
                true) // dimension c_region with two populators, two flow tags, a saved filter
            .batchPendingPolls(1) // the first status poll finds the batch still being applied
            .start();
    kentik =
        KentikClient.builder()
            .baseUrl(fakeKentik.apiUrl())
            .email(fakeKentik.email())
            .apiToken(fakeKentik.token())
            .build();
    try {
      fakeCsvDirectory = Files.createTempDirectory("netobs-examples-");
      fakeCsv = fakeCsvDirectory.resolve("regions.csv");
      ExampleCsv.write(fakeCsv, FAKE_CSV_ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the example CSV file", e);
    }
  }

  /** Prints which ExtraHop and which Kentik the programs use, and how to use the other kind. */
  void describe(Set<Service> needed, Options options, Printer out) {
    if (needed.contains(Service.EXTRAHOP)) {
      describe(
          out,
          Service.EXTRAHOP,
          fakeExtraHop != null,
          extraHop == null ? null : extraHop.baseUrl(),
          extraHopProblem,
          options,
          "for a real appliance, set EXTRAHOP_HOST with EXTRAHOP_API_KEY, or with EXTRAHOP_CLIENT_ID and EXTRAHOP_CLIENT_SECRET");
    }
    if (needed.contains(Service.KENTIK)) {
      describe(
          out,
          Service.KENTIK,
          fakeKentik != null,
          kentik == null ? null : kentik.baseUrl(),
          kentikProblem,
          options,
          "for your account, set KENTIK_EMAIL and KENTIK_API_TOKEN");
    }
  }

  private static void describe(
      Printer out,
      Service service,
      boolean fake,
      String url,
      String problem,
      Options options,
      String howToUseReal) {
    String name = Printer.format("%-10s", service.displayName());
    String more = " ".repeat(name.length());
    if (problem != null) {
      out.heading("%snot usable: %s", name, problem);
    } else if (fake) {
      out.heading("%sbuilt-in fake server at %s", name, url);
      out.heading("%s(%s)", more, howToUseReal);
    } else {
      out.heading("%s%s, from the environment", name, url);
      out.heading(
          "%s%s",
          more,
          options.apply()
              ? "--apply: programs may change it"
              : "read-only: programs that would change it say what they would do; --apply lets them");
    }
  }

  Options optionsFor(Service service, Options options) {
    boolean fake = service == Service.EXTRAHOP ? fakeExtraHop != null : fakeKentik != null;
    return fake ? options.againstFake(FAKE_DIMENSION, fakeCsv) : options.againstRealService();
  }

  /** The ExtraHop client. */
  ExtraHopClient extraHop() {
    if (extraHop == null) {
      throw new ExampleFailedException(
          "ExtraHop is not usable: "
              + (extraHopProblem == null ? "not connected" : extraHopProblem));
    }
    return extraHop;
  }

  /** The Kentik client. */
  KentikClient kentik() {
    if (kentik == null) {
      throw new ExampleFailedException(
          "Kentik is not usable: " + (kentikProblem == null ? "not connected" : kentikProblem));
    }
    return kentik;
  }

  /** The fake ExtraHop, when one was started. */
  public FakeExtraHop fakeExtraHop() {
    return fakeExtraHop;
  }

  /** The fake Kentik, when one was started. */
  public FakeKentik fakeKentik() {
    return fakeKentik;
  }

  /** Closes the clients, stops the fakes and removes the generated CSV file. */
  @Override
  public void close() {
    if (extraHop != null) {
      extraHop.close();
    }
    if (kentik != null) {
      kentik.close();
    }
    if (fakeExtraHop != null) {
      fakeExtraHop.close();
    }
    if (fakeKentik != null) {
      fakeKentik.close();
    }
    if (fakeCsvDirectory != null) {
      try {
        Files.deleteIfExists(fakeCsv);
        Files.deleteIfExists(fakeCsvDirectory);
      } catch (IOException e) {
        // A file left in the temporary directory is no reason to fail.
      }
    }
  }
}
