package io.netobs.benchmarks;

import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.model.DeviceGroup;
import io.netobs.http.TlsTrust;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * {@code tls-32-threads}: 32 threads share one client and make {@code get-one} calls against a
 * loopback server over TLS, with a self-signed certificate made here and trusted by both sides. The
 * server counts the connections it accepts, each of which costs a TLS handshake. The SDK keeps as
 * many idle connections as calls may run at once, so it handshakes once per thread at most; the
 * hand-written client, an {@link OkHttpClient} with its defaults but the trusted certificate, keeps
 * only 5 idle connections and closes the others after every burst, so it handshakes again and
 * again.
 *
 * <p>Not a JMH benchmark: each round gives each side a fresh client, makes the calls from all
 * threads at once and measures the wall time and the handshakes; the order of the sides alternates
 * from round to round. A round of each side is made first and not counted (warm-up).
 */
public final class TlsManyThreads {
  /** The scenario's name in the table. */
  public static final String NAME = "tls-32-threads";

  /** What one round of one side did. */
  public record Round(long calls, long handshakes, long nanos) {
    /** Calls per second. */
    public double throughput() {
      return calls / (nanos / 1e9);
    }

    /** Handshakes per 10,000 calls. */
    public double handshakesPer10k() {
      return handshakes * 10_000.0 / calls;
    }
  }

  /** The rounds of both sides. */
  public record Figures(int threads, List<Round> sdk, List<Round> baseline) {}

  private final HeldCertificate certificate =
      new HeldCertificate.Builder()
          .commonName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("localhost")
          .build();
  private final HandshakeCertificates serverSide =
      new HandshakeCertificates.Builder().heldCertificate(certificate).build();
  private final HandshakeCertificates clientSide =
      new HandshakeCertificates.Builder().addTrustedCertificate(certificate.certificate()).build();

  /** Runs {@code rounds} rounds of {@code calls} calls from {@code threads} threads per side. */
  public static Figures measure(int threads, int calls, int rounds) throws Exception {
    return new TlsManyThreads().run(threads, calls, rounds);
  }

  private Figures run(int threads, int calls, int rounds) throws Exception {
    List<Round> sdk = new ArrayList<>();
    List<Round> baseline = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (LoopbackServer server =
        LoopbackServer.startTls(
            new ExtraHopAnswers(0), serverSide.sslContext().getServerSocketFactory())) {
      round(server, pool, threads, calls, true);
      round(server, pool, threads, calls, false);
      for (int i = 0; i < rounds; i++) {
        boolean sdkFirst = i % 2 == 0;
        (sdkFirst ? sdk : baseline).add(round(server, pool, threads, calls, sdkFirst));
        (sdkFirst ? baseline : sdk).add(round(server, pool, threads, calls, !sdkFirst));
      }
    } finally {
      pool.shutdownNow();
    }
    return new Figures(threads, sdk, baseline);
  }

  /** One round of one side: a fresh client, {@code calls} calls shared out among the threads. */
  private Round round(
      LoopbackServer server, ExecutorService pool, int threads, int calls, boolean useSdk)
      throws Exception {
    server.resetCounts();
    AtomicInteger left = new AtomicInteger(calls);
    long started;
    long ended;
    if (useSdk) {
      try (ExtraHopClient client =
          ExtraHopClient.builder()
              .baseUrl(server.baseUrl() + "/api/v1")
              .apiKey(ExtraHopAnswers.API_KEY)
              .tlsTrust(TlsTrust.pem(certificate.certificatePem()))
              .build()) {
        started = System.nanoTime();
        callTogether(
            pool, threads, left, () -> client.deviceGroups().get(ExtraHopAnswers.GROUP_ID));
        ended = System.nanoTime();
      }
    } else {
      OkHttpClient http =
          new OkHttpClient.Builder()
              .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager())
              .build();
      try (HandWrittenExtraHop client =
          new HandWrittenExtraHop(server.baseUrl(), ExtraHopAnswers.API_KEY, http)) {
        started = System.nanoTime();
        callTogether(pool, threads, left, () -> client.deviceGroup(ExtraHopAnswers.GROUP_ID));
        ended = System.nanoTime();
      }
    }
    if (server.requests() != calls) {
      throw new IllegalStateException(
          "expected " + calls + " requests, the server answered " + server.requests());
    }
    return new Round(calls, server.connectionsAccepted(), ended - started);
  }

  private static void callTogether(
      ExecutorService pool, int threads, AtomicInteger left, Callable<DeviceGroup> call)
      throws Exception {
    List<Future<Void>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  DeviceGroup group = call.call();
                  if (group.id() != ExtraHopAnswers.GROUP_ID) {
                    throw new IllegalStateException("wrong device group " + group.id());
                  }
                }
                return null;
              }));
    }
    for (Future<Void> worker : workers) {
      worker.get();
    }
  }

  /** The row of the table: throughput, handshakes per 10,000 calls, and the verdict. */
  public static String row(Figures figures) {
    double[] ratios = new double[figures.sdk().size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = (double) figures.sdk().get(i).nanos() / figures.baseline().get(i).nanos();
    }
    double sdkHandshakes = median(figures.sdk(), Round::handshakesPer10k);
    double baselineHandshakes = median(figures.baseline(), Round::handshakesPer10k);
    double ratio = RunBenchmarks.median(ratios);
    boolean met = sdkHandshakes <= figures.threads();
    return String.format(
        Locale.ROOT,
        "%-10s  sdk %,.0f calls/s  baseline %,.0f calls/s  ratio %.2f (sdk / baseline time)"
            + "  handshakes per 10,000 calls: sdk %.0f, baseline %.0f  rounds %d"
            + "  target sdk handshakes <= %d threads %s",
        NAME,
        median(figures.sdk(), Round::throughput),
        median(figures.baseline(), Round::throughput),
        ratio,
        sdkHandshakes,
        baselineHandshakes,
        ratios.length,
        figures.threads(),
        met ? "met" : "MISSED");
  }

  private static double median(
      List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
    return RunBenchmarks.median(rounds.stream().mapToDouble(figure).toArray());
  }

  /** Runs the scenario alone: {@code [threads [calls [rounds]]]}, default 32, 10,000 and 5. */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    System.out.println(row(measure(threads, calls, rounds)));
  }
}
