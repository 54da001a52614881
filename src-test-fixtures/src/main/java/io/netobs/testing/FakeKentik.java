package io.netobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.internal.KentikSettings;
import io.netobs.testing.internal.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the Kentik V5 Admin APIs (tags, custom dimensions, populators, batch, saved
 * filters, custom applications) and of the Query API (top-X data, charts, portal URLs, computed
 * from generated flows) on a loopback port, for tests of code that calls them.
 *
 * <pre>{@code
 * try (FakeKentik kentik = FakeKentik.builder().batchPendingPolls(2).start()) {
 *   KentikClient client = KentikClient.builder()
 *       .baseUrl(kentik.apiUrl()).email(kentik.email()).apiToken(kentik.token()).build();
 *   ...
 *   assertThat(kentik.tags()).hasSize(3);
 *   assertThat(kentik.journal().count("POST", "/batch/tags")).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>What it answers is described on {@link KentikApi}. State can be inspected as JSON trees (the
 * same shapes the API answers), and everything can be {@link #reset()}. Thread-safe.
 */
public final class FakeKentik implements AutoCloseable {
  /** The e-mail accepted unless the builder says otherwise. */
  public static final String DEFAULT_EMAIL = "user@example.com";

  /** The API token accepted unless the builder says otherwise. */
  public static final String DEFAULT_TOKEN = "0123456789abcdef0123456789abcdef";

  private final KentikSettings settings;
  private final KentikApi api;
  private final FakeHttpServer server;

  private FakeKentik(Builder builder) {
    this.settings =
        new KentikSettings(
            builder.email,
            builder.token,
            builder.companyId,
            builder.userId,
            builder.rateLimit == null
                ? null
                : new RateLimiter.Limits(
                    builder.rateLimit.maxInFlight(),
                    builder.rateLimit.perMinute(),
                    builder.rateLimit.perHour()),
            builder.rateWindows,
            builder.holdEachRequest,
            builder.batchPendingPolls,
            builder.batchItemLimit,
            builder.clock,
            builder.sampleData,
            builder.flowSeed,
            builder.flowCount);
    this.api = new KentikApi(settings);
    FakeHttpServer.Builder server = FakeHttpServer.builder(api).port(builder.port);
    if (builder.serverCertificate != null) {
      server.tls(builder.serverCertificate);
    }
    this.server = server.start();
  }

  /**
   * A builder with the defaults: {@value #DEFAULT_EMAIL}, {@link #DEFAULT_TOKEN}, no rate limit, a
   * free port.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a fake with every default. */
  public static FakeKentik start() {
    return builder().start();
  }

  /** The server's root, e.g. {@code http://127.0.0.1:53211}, without a trailing slash. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The API's root, {@code baseUrl() + "/api/v5"}: what a client takes as its base URL. */
  public String apiUrl() {
    return baseUrl() + "/api/v5";
  }

  /** The accepted {@code X-CH-Auth-Email}. */
  public String email() {
    return settings.email();
  }

  /** The accepted {@code X-CH-Auth-API-Token}. */
  public String token() {
    return settings.token();
  }

  /** Every request received. */
  public Journal journal() {
    return server.journal();
  }

  /** Faults to apply to coming requests. */
  public Faults faults() {
    return server.faults();
  }

  /** The HTTP server underneath. */
  public FakeHttpServer server() {
    return server;
  }

  /** The API behaviour, e.g. to serve it elsewhere. */
  public KentikApi api() {
    return api;
  }

  /** Every cloud export of the v6 Cloud Export API, as the list answer's {@code exports} array. */
  public JsonNode cloudExports() {
    return api.cloudExports().exportsJson();
  }

  /** Every tag, as the Tag List answer's {@code tags} array. */
  public JsonNode tags() {
    return api.model().tagsJson();
  }

  /** The number of tags (cheaper than {@code tags().size()} after a large batch). */
  public int tagCount() {
    return api.model().tagCount();
  }

  /**
   * Every custom dimension with its populators, as the Custom Dimension List answer's {@code
   * customDimensions} array.
   */
  public JsonNode customDimensions() {
    return api.model().dimensionsJson();
  }

  /**
   * The populators of the custom dimension named {@code dimensionName} (e.g. {@code "c_region"}).
   *
   * @throws IllegalArgumentException when there is no such dimension
   */
  public JsonNode populators(String dimensionName) {
    JsonNode populators = api.model().populatorsJson(dimensionName);
    if (populators == null) {
      throw new IllegalArgumentException("no custom dimension named " + dimensionName);
    }
    return populators;
  }

  /**
   * The number of populators of a custom dimension.
   *
   * @throws IllegalArgumentException when there is no such dimension
   */
  public int populatorCount(String dimensionName) {
    int count = api.model().populatorCount(dimensionName);
    if (count < 0) {
      throw new IllegalArgumentException("no custom dimension named " + dimensionName);
    }
    return count;
  }

  /** Every saved filter, as the Saved Filter List answer. */
  public JsonNode savedFilters() {
    return api.model().savedFiltersJson();
  }

  /** Every user of the account, as the User List shows them (the fake's own API user first). */
  public JsonNode users() {
    return api.users().usersJson();
  }

  /** Every interface of device {@code deviceId}, as the Interface List shows them. */
  public JsonNode deviceInterfaces(long deviceId) {
    return api.users().interfacesJson(deviceId);
  }

  /** Every custom application, as the Custom Application List answer. */
  public JsonNode customApplications() {
    return api.model().applicationsJson();
  }

  /** The devices not in the trash, as {@code GET /devices} lists them (without the wrapper). */
  public JsonNode devices() {
    return api.devices().devicesJson();
  }

  /** Whether device {@code id} is in the trash: deleted once, not yet twice. */
  public boolean isDeviceTrashed(long id) {
    return api.devices().isTrashed(id);
  }

  /** The device labels, as {@code GET /deviceLabels} lists them. */
  public JsonNode deviceLabels() {
    return api.devices().labelsJson();
  }

  /** The sites, as {@code GET /sites} lists them (without the wrapper). */
  public JsonNode sites() {
    return api.devices().sitesJson();
  }

  /**
   * The flows the Query API answers from, oldest first: generated from {@link
   * Builder#flowSeed(long)} and {@link Builder#flowCount(int)}, ending at the minute the fake
   * started (or was last {@link #reset()}) at. Each flow has {@code timestamp} (epoch milliseconds,
   * a whole minute), {@code i_device_name}, {@code inet_src_addr}, {@code inet_dst_addr}, {@code
   * src_as}, {@code dst_as}, {@code protocol}, {@code l4_src_port}, {@code l4_dst_port}, {@code
   * in_bytes}, {@code out_bytes}, {@code in_pkts} and {@code out_pkts}.
   *
   * <p>How top-X answers are computed from them is described on {@link KentikApi}.
   */
  public JsonNode flows() {
    return api.queries().flowsJson();
  }

  /** The synthetic tests as stored, in the wire format. */
  public JsonNode syntheticsTests() {
    return api.synthetics().testsJson();
  }

  /** The minute the generated flows end at (excluded): the fake's start or last reset. */
  public java.time.Instant flowsEnd() {
    return api.queries().anchor();
  }

  /** The guids of every batch operation received, oldest first. */
  public List<String> batchGuids() {
    return api.model().batchGuids();
  }

  /**
   * The status of a batch operation as the Batch Status answer shows it, without using up a pending
   * poll.
   *
   * @throws IllegalArgumentException when the guid is unknown
   */
  public JsonNode batchStatus(String guid) {
    JsonNode status = api.model().batchStatusJson(guid);
    if (status == null) {
      throw new IllegalArgumentException("no batch operation " + guid);
    }
    return status;
  }

  /**
   * Makes the next batch part numbered {@code partNumber} (1 is a first part, sent without a guid)
   * answer 200 with {@code {"message": ..., "error": "... Please re-submit this part.", "guid":
   * ...}} instead of 202, without applying it, as the live API sometimes does. Each call arms one
   * such answer.
   */
  public FakeKentik askToResubmitBatchPart(int partNumber) {
    api.model().askToResubmit(partNumber);
    return this;
  }

  /**
   * The most requests seen in flight at once since start or {@link #reset()}, limits enforced or
   * not.
   */
  public int observedMaxConcurrency() {
    return api.limiter().observedMaxConcurrency();
  }

  /**
   * The most requests seen in any rolling minute (at one-second granularity) since start or {@link
   * #reset()}.
   */
  public long observedMaxPerMinute() {
    return api.limiter().observedMaxPerMinute();
  }

  /** The most requests seen in any rolling hour since start or {@link #reset()}. */
  public long observedMaxPerHour() {
    return api.limiter().observedMaxPerHour();
  }

  /**
   * Forgets every object, batch, rate window, journal entry and fault; sample objects come back if
   * configured.
   */
  public void reset() {
    api.reset();
    journal().clear();
    faults().clear();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeKentik[" + baseUrl() + "]";
  }

  /**
   * The Kentik Admin API's documented rate limits: requests in flight at once, in any minute, in
   * any hour.
   *
   * @param maxInFlight requests at once (Kentik: 1)
   * @param perMinute requests in any rolling minute (Kentik: 60)
   * @param perHour requests in any rolling hour (Kentik: 3750)
   */
  public record RateLimit(int maxInFlight, int perMinute, int perHour) {
    /** The limits the live service documents: 1 at a time, 60 a minute, 3750 an hour. */
    public static final RateLimit KENTIK = new RateLimit(1, 60, 3750);

    /** Checks the figures. */
    public RateLimit {
      if (maxInFlight < 1 || perMinute < 1 || perHour < 1) {
        throw new IllegalArgumentException("rate limits must be at least 1");
      }
    }
  }

  /**
   * How long the windows of the {@link RateLimit} are: Kentik's are a minute and an hour ({@link
   * #KENTIK}); a test that cannot wait that long shortens them, with the client's limiter shortened
   * alike. Counted at one-second granularity.
   *
   * @param minute the window {@code perMinute} is counted over, whole seconds
   * @param hour the window {@code perHour} is counted over, whole seconds, at least {@code minute}
   */
  public record RateWindows(Duration minute, Duration hour) {
    /** Kentik's windows: 60 and 3600 seconds. */
    public static final RateWindows KENTIK =
        new RateWindows(Duration.ofMinutes(1), Duration.ofHours(1));

    /** Checks the lengths. */
    public RateWindows {
      Objects.requireNonNull(minute, "minute");
      Objects.requireNonNull(hour, "hour");
      if (minute.toSeconds() < 1
          || minute.toMillis() % 1000 != 0
          || hour.toMillis() % 1000 != 0
          || hour.compareTo(minute) < 0) {
        throw new IllegalArgumentException(
            "rate windows must be whole seconds, at least 1, the hour at least the minute");
      }
    }
  }

  /** Configures a {@link FakeKentik}. */
  public static final class Builder {
    private String email = DEFAULT_EMAIL;
    private String token = DEFAULT_TOKEN;
    private String companyId = "74333";
    private String userId = "144319";
    private RateLimit rateLimit;
    private RateWindows rateWindows = RateWindows.KENTIK;
    private Duration holdEachRequest = Duration.ZERO;
    private int batchPendingPolls;
    private int batchItemLimit = Integer.MAX_VALUE;
    private Clock clock = Clock.systemUTC();
    private boolean sampleData;
    private long flowSeed = 42;
    private int flowCount = 2000;
    private HeldCertificate serverCertificate;
    private int port;

    private Builder() {}

    /** The e-mail to accept in {@code X-CH-Auth-Email}. */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /** The token to accept in {@code X-CH-Auth-API-Token}. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * The company id written into objects (as a string, like the live API); default {@code
     * "74333"}.
     */
    public Builder companyId(String companyId) {
      this.companyId = Objects.requireNonNull(companyId, "companyId");
      return this;
    }

    /** The user id written into objects (a string of digits); default {@code "144319"}. */
    public Builder userId(String userId) {
      if (!userId.matches("[0-9]{1,18}")) {
        throw new IllegalArgumentException("userId must be digits");
      }
      this.userId = userId;
      return this;
    }

    /**
     * Enforces {@link RateLimit#KENTIK} (429 with {@code Retry-After} beyond it), or no limit (the
     * default).
     */
    public Builder rateLimit(boolean enforce) {
      this.rateLimit = enforce ? RateLimit.KENTIK : null;
      return this;
    }

    /**
     * Enforces these limits (null for none). Tests use small figures, e.g. {@code new RateLimit(1,
     * 5, 100)}.
     */
    public Builder rateLimit(@Nullable RateLimit limits) {
      this.rateLimit = limits;
      return this;
    }

    /**
     * How long the windows of the rate limit are (default {@link RateWindows#KENTIK}, a minute and
     * an hour); {@link #observedMaxPerMinute()} and {@link #observedMaxPerHour()} then count over
     * these windows.
     */
    public Builder rateWindows(RateWindows windows) {
      this.rateWindows = Objects.requireNonNull(windows, "windows");
      return this;
    }

    /**
     * Keeps each request in flight at least this long (default zero), so that overlapping requests
     * from a client are seen by {@link #observedMaxConcurrency()} and by the in-flight limit.
     */
    public Builder holdEachRequest(Duration hold) {
      if (hold.isNegative()) {
        throw new IllegalArgumentException("hold must not be negative");
      }
      this.holdEachRequest = hold;
      return this;
    }

    /**
     * How many Batch Status polls of a completed batch still answer {@code is_pending: true,
     * is_complete: false} (default 0), to test a client's wait with backoff. The batch's changes
     * are applied at once all the same.
     */
    public Builder batchPendingPolls(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must not be negative");
      }
      this.batchPendingPolls = polls;
      return this;
    }

    /**
     * Tags (or populators of one dimension) beyond which batch upserts count as {@code over_limit};
     * default unlimited.
     */
    public Builder batchItemLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must not be negative");
      }
      this.batchItemLimit = limit;
      return this;
    }

    /** The clock for dates and rate windows; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts with a few objects of each kind (two tags, dimensions {@code c_region} with two
     * populators and {@code c_asn_group}, a saved filter, a custom application) instead of nothing.
     */
    public Builder sampleData(boolean sampleData) {
      this.sampleData = sampleData;
      return this;
    }

    /** The seed of the generated flows the Query API answers from; default 42. */
    public Builder flowSeed(long seed) {
      this.flowSeed = seed;
      return this;
    }

    /** How many flows the Query API answers from (over the last 180 minutes); default 2000. */
    public Builder flowCount(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative");
      }
      this.flowCount = count;
      return this;
    }

    /** Serves HTTPS with this certificate; see {@link FakeHttpServer.Builder#tls}. */
    public Builder tls(HeldCertificate serverCertificate) {
      this.serverCertificate = Objects.requireNonNull(serverCertificate, "serverCertificate");
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Starts the fake. */
    public FakeKentik start() {
      return new FakeKentik(this);
    }
  }
}
