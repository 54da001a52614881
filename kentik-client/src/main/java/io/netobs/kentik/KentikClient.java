package io.netobs.kentik;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.CoreOptionsBuilder;
import io.netobs.http.RateLimit;
import io.netobs.http.RequestOptions;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.EnvProxy;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.cloudexport.CloudExports;
import io.netobs.kentik.synthetics.Synthetics;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A client of the Kentik APIs. On the V5 host: the Query API (top-X data, charts and portal URLs of
 * traffic), and the Admin APIs for devices, their interfaces and labels, sites, plans, users, My
 * Kentik Portal tenants, alerting (active alarms, alarm history, manual mitigation), flow tags,
 * custom dimensions and their populators, the Batch API, saved filters and custom applications. On
 * the v6 host ({@link #v6BaseUrl()}), through the same credentials, limiter and retries: synthetic
 * tests and agents ({@link #synthetics()}) and cloud exports ({@link #cloudExports()}).
 *
 * <pre>{@code
 * try (KentikClient kentik = KentikClient.builder()
 *     .email("ops@example.com")
 *     .apiToken(System.getenv("KENTIK_API_TOKEN"))
 *     .region(KentikRegion.EU)
 *     .build()) {
 *   for (FlowTag tag : kentik.flowTags().list()) {
 *     System.out.println(tag.flowTag());
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one client serves a whole application. {@link
 * #withOptions(Consumer)} makes a variant that shares its connections. By default a client keeps to
 * Kentik's documented limits for the Admin API ({@link #DEFAULT_RATE_LIMIT}: one request at a time,
 * at most 60 a minute and 3750 an hour), waiting for room rather than collecting 429s; a 429 that
 * happens anyway is retried as the retry policy allows. {@code rateLimit(RateLimit.unlimited())}
 * turns the limit off. The Query API is held to limits of its own, counted apart ({@link
 * #DEFAULT_QUERY_RATE_LIMIT}, set with {@link Builder#queryRateLimit(RateLimit)}). Kentik counts
 * its limits per account: {@code limiter(..)} with a {@link io.netobs.http.SharedLimiter} (such as
 * {@code netobs-redis-limiter}'s) holds every client of the account to them together, the Query
 * API's apart.
 */
public final class KentikClient implements AutoCloseable {
  /** Kentik's documented Admin API limits: one request at a time, 60 a minute, 3750 an hour. */
  public static final RateLimit DEFAULT_RATE_LIMIT = new RateLimit(1, 60, 3750);

  /**
   * The limits the Query API is held to by default, counted apart from the Admin API's: four
   * queries at a time, 100 a minute, 1500 an hour.
   */
  public static final RateLimit DEFAULT_QUERY_RATE_LIMIT = new RateLimit(4, 100, 1500);

  /** Environment variable (and system property) names read by {@link #fromEnv()}. */
  static final String ENV_EMAIL = "KENTIK_EMAIL";

  static final String ENV_TOKEN = "KENTIK_API_TOKEN";
  static final String ENV_REGION = "KENTIK_REGION";
  static final String ENV_URL = "KENTIK_API_URL";
  static final String PROP_EMAIL = "kentik.email";
  static final String PROP_TOKEN = "kentik.apiToken";
  static final String PROP_REGION = "kentik.region";
  static final String PROP_URL = "kentik.apiUrl";

  /**
   * The names Kentik's own tools read (its community SDKs and Terraform providers): the same
   * credentials, and the v6 API server's URL. Ours take precedence where both are set.
   */
  static final String KTAPI_EMAIL = "KTAPI_AUTH_EMAIL";

  static final String KTAPI_TOKEN = "KTAPI_AUTH_TOKEN";
  static final String KTAPI_URL = "KTAPI_URL";
  static final String PROP_V6_URL = "kentik.v6ApiUrl";

  private final HttpCore core;
  private final HttpCore v6;
  private final Synthetics synthetics;
  private final FlowTags tags;
  private final CustomDimensions customDimensions;
  private final Batch batch;
  private final SavedFilters savedFilters;
  private final CustomApplications customApplications;
  private final KentikQueries queries;
  private final Plans plans;
  private final KentikUsers users;
  private final Tenants tenants;
  private final KentikDevices devices;
  private final DeviceLabels deviceLabels;
  private final KentikSites sites;
  private final CloudExports cloudExports;
  private final KentikAlerting alerting;
  private final HttpCore queryCore;
  private final KentikRaw raw;

  private KentikClient(HttpCore core, HttpCore queryCore, String v6BaseUrl) {
    this.core = core;
    this.queryCore = queryCore;
    // The v6 gateway is another host of the same account: the same credentials, limiter, retries
    // and connections, only the root differs.
    this.v6 = core.withBaseUrl(v6BaseUrl);
    this.tags = new FlowTags(core);
    this.customDimensions = new CustomDimensions(core);
    this.batch = new Batch(core);
    this.savedFilters = new SavedFilters(core);
    this.customApplications = new CustomApplications(core);
    this.synthetics = Synthetics.on(v6);
    this.plans = new Plans(core);
    this.users = new KentikUsers(core);
    this.tenants = new Tenants(core);
    this.devices = new KentikDevices(core);
    this.deviceLabels = new DeviceLabels(core);
    this.sites = new KentikSites(core);
    this.cloudExports = new CloudExports(v6);
    // Queries have limits of their own: the same connections and credentials, another limiter.
    this.queries = new KentikQueries(queryCore);
    this.alerting = new KentikAlerting(core);
    this.raw = new KentikRaw(core, queryCore, v6);
  }

  /**
   * A builder; {@code email} and {@code apiToken} are required, the region defaults to {@link
   * KentikRegion#US}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code KENTIK_EMAIL}, {@code KENTIK_API_TOKEN}, and
   * optionally {@code KENTIK_API_URL} (a full base URL) or {@code KENTIK_REGION} ({@code US} or
   * {@code EU}; default US). The system properties {@code kentik.email}, {@code kentik.apiToken},
   * {@code kentik.apiUrl} and {@code kentik.region} take precedence over the variables.
   *
   * <p>The variables of Kentik's own tools are read too, after ours: {@code KTAPI_AUTH_EMAIL},
   * {@code KTAPI_AUTH_TOKEN}, and {@code KTAPI_URL}, which those tools take as the v6 API server's
   * URL and so sets {@link Builder#v6BaseUrl(String)} (as does the property {@code
   * kentik.v6ApiUrl}).
   *
   * <p>A proxy is taken from {@code HTTPS_PROXY} / {@code https_proxy} (and {@code HTTP_PROXY} /
   * {@code http_proxy} for an http:// base URL), as {@code http://[user:password@]host[:port]}; its
   * credentials answer the proxy's 407 and are never logged. {@code NO_PROXY} / {@code no_proxy}
   * lists the hosts that go direct (comma-separated names, which cover their subdomains, IP
   * addresses or CIDR ranges, or {@code *}); loopback always goes direct.
   *
   * @throws IllegalStateException naming the variable when a required one is missing
   * @throws IllegalArgumentException naming the variable when one holds an invalid value
   */
  public static KentikClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Flow tags ({@code /tags}, {@code /tag/{id}}). */
  public FlowTags flowTags() {
    return tags;
  }

  /** Custom dimensions and, through {@link CustomDimensions#populators(long)}, their populators. */
  public CustomDimensions customDimensions() {
    return customDimensions;
  }

  /** The Batch API: large sets of tags or populators in parts, with status and progress. */
  public Batch batch() {
    return batch;
  }

  /** Company saved filters. */
  public SavedFilters savedFilters() {
    return savedFilters;
  }

  /** Custom applications. */
  public CustomApplications customApplications() {
    return customApplications;
  }

  /**
   * The Query API: top-X data, charts and portal URLs of traffic ({@code /query/topXdata}, {@code
   * /query/topXchart}, {@code /query/url}).
   */
  public KentikQueries queries() {
    return queries;
  }

  /**
   * Kentik's synthetics API (v202309) on the v6 gateway ({@link #v6BaseUrl()}): agents, tests,
   * agent alerts, results and traces.
   */
  public Synthetics synthetics() {
    return synthetics;
  }

  /**
   * The interfaces of device {@code deviceId} ({@code /device/{id}/interfaces}, {@code
   * /device/{id}/interface/{interfaceId}}).
   */
  public DeviceInterfaces deviceInterfaces(long deviceId) {
    Checks.positiveId(deviceId, "deviceId");
    return new DeviceInterfaces(core, deviceId);
  }

  /** The account's plans ({@code /plans}). */
  public Plans plans() {
    return plans;
  }

  /** The account's users ({@code /users}, {@code /user/{id}}). */
  public KentikUsers users() {
    return users;
  }

  /** The My Kentik Portal's tenants and their users ({@code /mykentik/...}). */
  public Tenants tenants() {
    return tenants;
  }

  /**
   * Devices ({@code /devices}, {@code /device/{id}}), their labels ({@code /devices/{id}/labels})
   * and their two-step deletion.
   */
  public KentikDevices devices() {
    return devices;
  }

  /** Device labels ({@code /deviceLabels}). */
  public DeviceLabels deviceLabels() {
    return deviceLabels;
  }

  /** Sites ({@code /sites}, {@code /site/{id}}). */
  public KentikSites sites() {
    return sites;
  }

  /**
   * Cloud exports, through the v6 Cloud Export API v202506 on the {@link #v6BaseUrl() v6 gateway}
   * ({@code /cloud_export/v202506/exports}).
   */
  public CloudExports cloudExports() {
    return cloudExports;
  }

  /**
   * Alerting: active alarms, alarm history and manual mitigations ({@code /alerts-active/alarms},
   * {@code /alerts-active/alerts-history}, {@code /alerts/manual-mitigate}).
   */
  public KentikAlerting alerting() {
    return alerting;
  }

  /**
   * The limits the Query API is held to, apart from {@link CoreOptions#rateLimit()}, which holds
   * every other call.
   */
  public RateLimit queryRateLimit() {
    return queryCore.options().rateLimit();
  }

  /** The base URL calls go to, e.g. {@code https://api.kentik.com/api/v5}. */
  public String baseUrl() {
    return core.baseUrl();
  }

  /**
   * The root of the v6 APIs' REST gateway, e.g. {@code https://grpc.api.kentik.com}: the region's,
   * the one set with {@link Builder#v6BaseUrl(String)}, or one derived from a custom {@link
   * Builder#baseUrl(String)} (its scheme, host and port, without {@code /api/v5}).
   */
  public String v6BaseUrl() {
    return v6.baseUrl();
  }

  /** This client's options. */
  public CoreOptions options() {
    return core.options();
  }

  /**
   * A client with changed options (timeouts, retries, rate limit, headers, ...) that shares this
   * one's connections and credentials. Closing the variant leaves this client open; closing this
   * one closes the connections of both.
   *
   * <pre>{@code
   * KentikClient patient = kentik.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
   * }</pre>
   */
  public KentikClient withOptions(Consumer<CoreOptions.Builder> change) {
    Checks.notNull(change, "change");
    CoreOptions.Builder options = core.options().toBuilder();
    change.accept(options);
    CoreOptions changed = options.build();
    // The variant's queries keep this client's query limiter, as its other calls keep the admin
    // limiter when the rate limit is not changed.
    CoreOptions queryOptions = changed.toBuilder().rateLimit(queryRateLimit()).build();
    return new KentikClient(
        core.withOptions(changed), queryCore.withOptions(queryOptions), v6.baseUrl());
  }

  /**
   * A view of this client whose calls use {@code options} (timeouts, retry policy, extra headers)
   * over the client's own, for one call or a few:
   *
   * <pre>{@code
   * kentik.withRequestOptions(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build())
   *     .flowTags().list();
   * }</pre>
   *
   * <p>Cheap: it builds no HTTP client and starts no thread. It shares this client's connections,
   * rate limiters (Admin and Query API), retry budget and credentials, so it has nothing to close:
   * its {@link #close()} does nothing, and closing this client closes it.
   */
  public KentikClient withRequestOptions(RequestOptions options) {
    Checks.notNull(options, "options");
    return new KentikClient(
        core.withRequestOptions(options), queryCore.withRequestOptions(options), v6.baseUrl());
  }

  /**
   * Calls to any path of Kentik's APIs (V5, or v6 through {@link KentikRaw#v6()}), for what the SDK
   * has no operation for yet, with this client's credentials, limits, retries, errors and logging.
   */
  public KentikRaw raw() {
    return raw;
  }

  /**
   * Releases the connections. Calls made afterwards fail with {@link IllegalStateException}. On a
   * view made by {@link #withRequestOptions} it does nothing: the client it came from owns them.
   */
  @Override
  public void close() {
    core.close();
  }

  @Override
  public String toString() {
    return "KentikClient[" + core.baseUrl() + "]";
  }

  /**
   * Builds a {@link KentikClient}. Besides the Kentik settings it has every core option (timeouts,
   * {@code retryPolicy}, {@code rateLimit}, {@code proxy}, {@code tlsTrust}, {@code header}, {@code
   * userAgentSuffix}, {@code hook}, ...).
   */
  public static final class Builder extends CoreOptionsBuilder<Builder> {
    private String email;
    private String apiToken;
    private String baseUrl = KentikRegion.US.baseUrl();
    private String v6BaseUrl;
    private RateLimit queryRateLimit = DEFAULT_QUERY_RATE_LIMIT;

    private Builder() {
      rateLimit(DEFAULT_RATE_LIMIT);
    }

    /** The e-mail address of the API user ({@code X-CH-Auth-Email}). */
    public Builder email(String email) {
      this.email = Checks.credential(email, "email");
      return this;
    }

    /** The user's API token ({@code X-CH-Auth-API-Token}). Never logged nor shown. */
    public Builder apiToken(String apiToken) {
      this.apiToken = Checks.credential(apiToken, "apiToken");
      return this;
    }

    /**
     * The cluster to call, for V5 and v6 alike; replaces any {@link #baseUrl(String)} set before.
     */
    public Builder region(KentikRegion region) {
      this.baseUrl = Objects.requireNonNull(region, "region must not be null").baseUrl();
      return this;
    }

    /**
     * A full base URL such as {@code https://api.kentik.com/api/v5} (a proxy, a test server);
     * replaces any region set before.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Checks.notBlank(baseUrl, "baseUrl").strip();
      return this;
    }

    /**
     * The root of the v6 APIs' REST gateway (e.g. {@code https://grpc.api.kentik.com}), when it is
     * not the one that goes with the V5 base URL: by default it is the region's, or for a custom
     * base URL that URL's scheme, host and port without {@code /api/v5}.
     */
    public Builder v6BaseUrl(String v6BaseUrl) {
      this.v6BaseUrl = Checks.notBlank(v6BaseUrl, "v6BaseUrl").strip();
      return this;
    }

    /**
     * The limits the Query API ({@link KentikClient#queries()}) is held to, counted apart from
     * {@code rateLimit}, which holds every other call; default {@link
     * KentikClient#DEFAULT_QUERY_RATE_LIMIT}. {@code RateLimit.unlimited()} turns it off.
     *
     * @param queryRateLimit the limits
     * @return this builder
     * @throws NullPointerException when it is null
     */
    public Builder queryRateLimit(RateLimit queryRateLimit) {
      this.queryRateLimit =
          Objects.requireNonNull(queryRateLimit, "queryRateLimit must not be null");
      return this;
    }

    /**
     * Applies the settings found in system properties and environment variables, as described at
     * {@link KentikClient#fromEnv()}; options not found there keep their values.
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv, System::getProperty);
    }

    /** As {@link #fromEnv()}, reading through the given lookups (for tests). */
    Builder fromEnv(UnaryOperator<String> environment, UnaryOperator<String> properties) {
      String mail = lookup(environment, properties, ENV_EMAIL, PROP_EMAIL);
      String mailFrom = ENV_EMAIL + " / " + PROP_EMAIL;
      if (mail == null) {
        mail = lookup(environment, NO_PROPERTY, KTAPI_EMAIL, null);
        mailFrom = KTAPI_EMAIL;
      }
      if (mail == null) {
        throw new IllegalStateException(
            ENV_EMAIL
                + " is not set (nor the system property "
                + PROP_EMAIL
                + ", nor "
                + KTAPI_EMAIL
                + "): the Kentik user's e-mail is required");
      }
      String token = lookup(environment, properties, ENV_TOKEN, PROP_TOKEN);
      String tokenFrom = ENV_TOKEN + " / " + PROP_TOKEN;
      if (token == null) {
        token = lookup(environment, NO_PROPERTY, KTAPI_TOKEN, null);
        tokenFrom = KTAPI_TOKEN;
      }
      if (token == null) {
        throw new IllegalStateException(
            ENV_TOKEN
                + " is not set (nor the system property "
                + PROP_TOKEN
                + ", nor "
                + KTAPI_TOKEN
                + "): the Kentik API token is required");
      }
      try {
        email(mail);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(mailFrom + ": " + e.getMessage(), e);
      }
      try {
        apiToken(token);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(tokenFrom + ": " + e.getMessage(), e);
      }
      String v6Url = lookup(environment, properties, KTAPI_URL, PROP_V6_URL);
      if (v6Url != null) {
        v6BaseUrl(v6Url);
      }
      String url = lookup(environment, properties, ENV_URL, PROP_URL);
      String region = lookup(environment, properties, ENV_REGION, PROP_REGION);
      if (url != null) {
        baseUrl(url);
      } else if (region != null) {
        try {
          region(KentikRegion.of(region));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              ENV_REGION + " / " + PROP_REGION + " must be US or EU, was '" + region + "'", e);
        }
      }
      EnvProxy proxies = EnvProxy.from(environment);
      if (proxies != null) {
        proxySelector(proxies);
      }
      return this;
    }

    private static final UnaryOperator<String> NO_PROPERTY = name -> null;

    private static String lookup(
        UnaryOperator<String> environment,
        UnaryOperator<String> properties,
        String variable,
        String property) {
      String value = properties.apply(property);
      if (value == null || value.isBlank()) {
        value = environment.apply(variable);
      }
      return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when the e-mail or the API token is missing
     * @throws IllegalArgumentException when the base URL is not http(s), or is plain http to a host
     *     other than loopback without {@code allowCleartextCredentials(true)}
     */
    public KentikClient build() {
      if (email == null) {
        throw new IllegalStateException("email is required: set it with email(..) or KENTIK_EMAIL");
      }
      if (apiToken == null) {
        throw new IllegalStateException(
            "apiToken is required: set it with apiToken(..) or KENTIK_API_TOKEN");
      }
      HttpCore core = HttpCore.create(baseUrl, Auth.kentik(email, apiToken), buildOptions());
      return new KentikClient(
          core,
          core.withRateLimit(queryRateLimit, "query"),
          v6BaseUrl != null ? v6BaseUrl : KentikRegion.v6BaseUrlFor(baseUrl));
    }

    @Override
    public String toString() {
      return "KentikClient.Builder[baseUrl="
          + baseUrl
          + ", email="
          + (email == null ? "(unset)" : "****")
          + ", apiToken="
          + (apiToken == null ? "(unset)" : "****")
          + "]";
    }
  }
}
