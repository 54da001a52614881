package io.netobs.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.model.MetricResponse;
import io.netobs.extrahop.model.MetricStat;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code metrics-10k-2ms}: one metric for each of 10,000 devices, from a server that takes 2 ms
 * before each answer. The SDK's {@code metrics().forObjects(query)} sends the 10,000 ids in
 * requests of 500, four in flight; the baseline is the loop a user writes by hand, one {@code POST
 * /metrics} per device with OkHttp and Jackson, each answer's rows put under the device's id. Both
 * end with the same map of device id to rows.
 *
 * <p>Not a JMH benchmark: a round times one walk of each side with the same clients, the order
 * alternating from round to round, after a warm-up walk of each that is not counted.
 */
public final class MetricsFanOut {
  /** The scenario's name in the table. */
  public static final String NAME = "metrics-10k-2ms";

  private static final long TIME = 1_764_590_400_000L;

  private MetricsFanOut() {}

  /**
   * The server's side: {@code POST /api/v1/metrics} answers one row per object id of the body (the
   * value is the id times 3), after {@code delayMillis}.
   */
  public static final class Answers implements LoopbackServer.Handler {
    private final long delayMillis;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicLong requests = new AtomicLong();

    /** Answers after {@code delayMillis} (0 for at once). */
    public Answers(long delayMillis) {
      this.delayMillis = delayMillis;
    }

    /** Requests answered so far. */
    public long requests() {
      return requests.get();
    }

    @Override
    public byte[] answer(String method, String target, byte[] body) {
      if (!method.equals("POST") || !target.equals("/api/v1/metrics")) {
        return LoopbackServer.response(404, "text/plain", new byte[0]);
      }
      requests.incrementAndGet();
      JsonNode ids;
      try {
        ids = mapper.readTree(body).get("object_ids");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StringBuilder json = new StringBuilder(64 + ids.size() * 80).append("{\"stats\":[");
      for (int i = 0; i < ids.size(); i++) {
        long id = ids.get(i).asLong();
        json.append(i == 0 ? "" : ",")
            .append("{\"oid\":")
            .append(id)
            .append(",\"time\":")
            .append(TIME)
            .append(",\"duration\":1800000,\"values\":[")
            .append(id * 3)
            .append("]}");
      }
      json.append("],\"cycle\":\"30min\",\"node_id\":0,\"clock\":")
          .append(TIME + 1_800_000)
          .append(",\"from\":")
          .append(TIME)
          .append(",\"until\":")
          .append(TIME + 1_800_000)
          .append("}");
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return LoopbackServer.json(json.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The query both sides ask, for {@code ids}. */
  public static MetricQuery query(List<Long> ids) {
    return MetricQuery.builder()
        .from(ExtraHopTime.parse(-1_800_000))
        .until(ExtraHopTime.parse(0))
        .category("net")
        .metric(MetricSpec.builder().name("bytes_in").build())
        .objectType(ObjectType.DEVICE)
        .objectIds(ids)
        .build();
  }

  /** The SDK's side: one call. */
  public static Map<Long, List<MetricStat>> sdk(ExtraHopClient client, List<Long> ids) {
    return client.metrics().forObjects(query(ids));
  }

  /** The hand-written side: one request per device, in a loop. */
  public static final class HandWritten implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .build();
    private final HttpUrl metrics;
    private final String authorization;

    /** A client of the appliance at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
    public HandWritten(String baseUrl, String apiKey) {
      this.metrics = HttpUrl.get(baseUrl + "/api/v1/metrics");
      this.authorization = "ExtraHop apikey=" + apiKey;
    }

    /** Each device's rows, asked for one device at a time. */
    public Map<Long, List<MetricStat>> perObject(List<Long> ids) throws IOException {
      Map<Long, List<MetricStat>> rows = new LinkedHashMap<>();
      for (long id : ids) {
        String body =
            "{\"cycle\":\"auto\",\"from\":-1800000,\"until\":0,\"metric_category\":\"net\","
                + "\"metric_specs\":[{\"name\":\"bytes_in\"}],\"object_type\":\"device\","
                + "\"object_ids\":["
                + id
                + "]}";
        Request request =
            new Request.Builder()
                .url(metrics)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
          if (!response.isSuccessful()) {
            throw new IOException("POST /metrics: " + response.code());
          }
          MetricResponse answer =
              mapper.readValue(response.body().byteStream(), MetricResponse.class);
          rows.put(id, new ArrayList<>(answer.stats()));
        }
      }
      return rows;
    }

    @Override
    public void close() {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** What the rounds measured. */
  public record Figures(
      int devices,
      long delayMillis,
      double[] sdkNanos,
      double[] baselineNanos,
      long sdkRequests,
      long baselineRequests) {}

  /** Runs {@code rounds} rounds over {@code devices} devices. */
  public static Figures measure(int devices, long delayMillis, int rounds) throws IOException {
    List<Long> ids = LongStream.rangeClosed(1, devices).boxed().toList();
    Answers answers = new Answers(delayMillis);
    double[] sdkNanos = new double[rounds];
    double[] baselineNanos = new double[rounds];
    long sdkRequests;
    long baselineRequests;
    try (LoopbackServer server = LoopbackServer.startPassingBodies(answers);
        ExtraHopClient client = SdkClients.extraHop(server.baseUrl());
        HandWritten handWritten = new HandWritten(server.baseUrl(), ExtraHopAnswers.API_KEY)) {
      long before = answers.requests();
      check(sdk(client, ids), devices);
      sdkRequests = answers.requests() - before;
      before = answers.requests();
      check(handWritten.perObject(ids), devices);
      baselineRequests = answers.requests() - before;
      for (int round = 0; round < rounds; round++) {
        for (int side = 0; side < 2; side++) {
          boolean useSdk = (round + side) % 2 == 0;
          long started = System.nanoTime();
          check(useSdk ? sdk(client, ids) : handWritten.perObject(ids), devices);
          (useSdk ? sdkNanos : baselineNanos)[round] = System.nanoTime() - started;
        }
      }
    }
    return new Figures(
        devices, delayMillis, sdkNanos, baselineNanos, sdkRequests, baselineRequests);
  }

  private static void check(Map<Long, List<MetricStat>> rows, int devices) {
    if (rows.size() != devices) {
      throw new IllegalStateException("expected " + devices + " devices, got " + rows.size());
    }
  }

  /** The row of the table. */
  public static String row(Figures figures) {
    double[] ratios = new double[figures.sdkNanos().length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = figures.sdkNanos()[i] / figures.baselineNanos()[i];
    }
    return String.format(
        Locale.ROOT,
        "%-10s  sdk %9s  baseline %9s  ratio %.4f  requests: sdk %d, baseline %d (one per device)"
            + "  rounds %d",
        NAME,
        RunBenchmarks.time(RunBenchmarks.median(figures.sdkNanos())),
        RunBenchmarks.time(RunBenchmarks.median(figures.baselineNanos())),
        RunBenchmarks.median(ratios),
        figures.sdkRequests(),
        figures.baselineRequests(),
        ratios.length);
  }

  /** Runs the scenario alone: {@code [devices [delayMillis [rounds]]]}, default 10,000, 2, 3. */
  public static void main(String[] args) throws Exception {
    int devices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long delay = args.length > 1 ? Long.parseLong(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.println(row(measure(devices, delay, rounds)));
  }
}
