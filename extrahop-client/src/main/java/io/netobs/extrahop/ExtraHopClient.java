package io.netobs.extrahop;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.CoreOptionsBuilder;
import io.netobs.http.RequestOptions;
import io.netobs.http.TlsTrust;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.EnvProxy;
import io.netobs.http.internal.HttpCore;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The client of one ExtraHop appliance (or RevealX 360 tenant): each resource of the REST API is
 * reached through a method of this class, named after it.
 *
 * <pre>{@code
 * try (ExtraHopClient client = ExtraHopClient.builder()
 *     .host("eh.example.com")
 *     .apiKey(System.getenv("EXTRAHOP_API_KEY"))
 *     .caCertificate(Path.of("eh.pem"))
 *     .build()) {
 *   long tagId = client.tags().create(TagCreate.builder().name("web servers").build());
 *   client.tags().devices(tagId).assign(101, 102, 103).requireSuccess();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one client serves every thread of an application. {@link #close()}
 * releases its connections; {@link #withOptions(Consumer)} makes a variant with other timeouts,
 * retries or headers that shares them.
 */
public final class ExtraHopClient implements AutoCloseable {
  private final HttpCore core;
  private final Records records;
  private final Metrics metrics;
  private final PacketCaptures packetCaptures;
  private final Bundles bundles;
  private final Customizations customizations;
  private final SupportPacks supportPacks;
  private final ActivityGroups activityGroups;
  private final ActivityMaps activityMaps;
  private final Alerts alerts;
  private final ApiKeys apiKeys;
  private final Appliances appliances;
  private final Applications applications;
  private final AuditLog auditLog;
  private final CustomDevices customDevices;
  private final Dashboards dashboards;
  private final Devices devices;
  private final DeviceGroups deviceGroups;
  private final EmailGroups emailGroups;
  private final ExclusionIntervals exclusionIntervals;
  private final ExtraHopSystem system;
  private final FlexGrids flexGrids;
  private final Geomaps geomaps;
  private final Licensing license;
  private final Networks networks;
  private final NetworkLocality networkLocality;
  private final Nodes nodes;
  private final Pages pages;
  private final Reports reports;
  private final RunningConfig runningConfig;
  private final SslDecryptKeys sslDecryptKeys;
  private final Tags tags;
  private final Triggers triggers;
  private final Users users;
  private final UserGroups userGroups;
  private final Vlans vlans;
  private final Whitelist whitelist;
  private final FirmwareForms firmwareForms;
  private final Watchlist watchlist;
  private final NetworkLocalities networkLocalities;
  private final Software software;
  private final Observations observations;
  private final AnalysisPriority analysisPriority;
  private final Detections detections;
  private final Investigations investigations;
  private final Packets packets;
  private final Eql eql;
  private final NetworkUsers networkUsers;
  private final Jobs jobs;
  private final IdentityProviders identityProviders;
  private final OdsTargets odsTargets;
  private final ThreatCollections threatCollections;
  private final ExtraHopRaw raw;

  /**
   * Makes the resource objects once; each holds only the core and the firmware's forms, so all
   * threads share them.
   */
  private ExtraHopClient(HttpCore connections, FirmwareForms forms) {
    this.core = connections;
    this.firmwareForms = forms;
    // The resources' 404s on operations the firmware lacks become UnsupportedFirmwareException.
    HttpCore core = connections.withNotFoundTranslation(forms::translateNotFound);
    this.records = new Records(core, forms);
    this.metrics = new Metrics(core);
    this.packetCaptures = new PacketCaptures(core, forms);
    this.bundles = new Bundles(core);
    this.customizations = new Customizations(core);
    this.supportPacks = new SupportPacks(core);
    this.activityGroups = new ActivityGroups(core);
    this.activityMaps = new ActivityMaps(core);
    this.alerts = new Alerts(core);
    this.apiKeys = new ApiKeys(core);
    this.appliances = new Appliances(core);
    this.applications = new Applications(core);
    this.auditLog = new AuditLog(core);
    this.customDevices = new CustomDevices(core);
    this.dashboards = new Dashboards(core);
    this.devices = new Devices(core, forms);
    this.deviceGroups = new DeviceGroups(core);
    this.emailGroups = new EmailGroups(core);
    this.exclusionIntervals = new ExclusionIntervals(core);
    this.system = new ExtraHopSystem(core);
    this.flexGrids = new FlexGrids(core);
    this.geomaps = new Geomaps(core);
    this.license = new Licensing(core);
    this.networks = new Networks(core);
    this.networkLocality = new NetworkLocality(core, forms);
    this.nodes = new Nodes(core);
    this.pages = new Pages(core);
    this.reports = new Reports(core);
    this.runningConfig = new RunningConfig(core);
    this.sslDecryptKeys = new SslDecryptKeys(core);
    this.tags = new Tags(core);
    this.triggers = new Triggers(core);
    this.users = new Users(core);
    this.userGroups = new UserGroups(core);
    this.vlans = new Vlans(core);
    this.whitelist = new Whitelist(core, forms);
    this.watchlist = new Watchlist(core, forms);
    this.networkLocalities = new NetworkLocalities(core, forms);
    this.software = new Software(core);
    this.observations = new Observations(core);
    this.analysisPriority = new AnalysisPriority(core);
    this.detections = new Detections(core);
    this.investigations = new Investigations(core);
    this.packets = new Packets(core);
    this.eql = new Eql(core);
    this.networkUsers = new NetworkUsers(core);
    this.jobs = new Jobs(core);
    this.identityProviders = new IdentityProviders(core);
    this.odsTargets = new OdsTargets(core);
    this.threatCollections = new ThreatCollections(core);
    // Raw calls get the service's own 404: their paths are the caller's, not the firmware's forms.
    this.raw = new ExtraHopRaw(connections);
  }

  /**
   * A builder: set {@code host} (or {@code baseUrl}) and exactly one of {@code apiKey} or {@code
   * oauth2Client}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from system properties and environment variables, a property taking
   * precedence over its variable:
   *
   * <ul>
   *   <li>{@code extrahop.host} / {@code EXTRAHOP_HOST} (required): host name, {@code host:port},
   *       or URL
   *   <li>{@code extrahop.apiKey} / {@code EXTRAHOP_API_KEY}: an appliance API key, or
   *   <li>{@code extrahop.clientId} / {@code EXTRAHOP_CLIENT_ID} and {@code extrahop.clientSecret}
   *       / {@code EXTRAHOP_CLIENT_SECRET}: RevealX 360 REST API credentials
   *   <li>{@code extrahop.caCert} / {@code EXTRAHOP_CA_CERT} (optional): a PEM file of the
   *       certificate(s) to trust
   *   <li>{@code extrahop.certFingerprint} / {@code EXTRAHOP_CERT_FINGERPRINT} (optional): the
   *       SHA-256 fingerprint of the appliance's certificate, to pin instead
   *   <li>{@code HTTPS_PROXY} / {@code https_proxy} (and {@code HTTP_PROXY} / {@code http_proxy}
   *       for an http:// appliance, optional): the proxy, as {@code
   *       http://[user:password@]host[:port]}; its credentials answer the proxy's 407 and are never
   *       logged. {@code NO_PROXY} / {@code no_proxy} lists the hosts that go direct
   *       (comma-separated names, which cover their subdomains, IP addresses or CIDR ranges, or
   *       {@code *}); loopback always goes direct.
   * </ul>
   *
   * @throws IllegalStateException naming the variable that is missing or in conflict
   */
  public static ExtraHopClient fromEnv() {
    return fromEnv(System::getenv, System::getProperty);
  }

  /**
   * As {@link #fromEnv()}, reading variables and properties from the given lookups (tests pass
   * maps).
   */
  static ExtraHopClient fromEnv(
      Function<String, String> environment, Function<String, String> properties) {
    return builderFromEnv(environment, properties).build();
  }

  static Builder builderFromEnv(
      Function<String, String> environment, Function<String, String> properties) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(properties, "properties");
    Function<String[], String> lookup =
        names -> {
          String value = properties.apply(names[0]);
          if (value == null || value.isBlank()) {
            value = environment.apply(names[1]);
          }
          return value == null || value.isBlank() ? null : value.strip();
        };
    String[] hostVar = {"extrahop.host", "EXTRAHOP_HOST"};
    String[] keyVar = {"extrahop.apiKey", "EXTRAHOP_API_KEY"};
    String[] idVar = {"extrahop.clientId", "EXTRAHOP_CLIENT_ID"};
    String[] secretVar = {"extrahop.clientSecret", "EXTRAHOP_CLIENT_SECRET"};
    String[] caVar = {"extrahop.caCert", "EXTRAHOP_CA_CERT"};
    String[] pinVar = {"extrahop.certFingerprint", "EXTRAHOP_CERT_FINGERPRINT"};

    String host = lookup.apply(hostVar);
    if (host == null) {
      throw new IllegalStateException(
          "EXTRAHOP_HOST is not set (nor the system property extrahop.host): name the appliance, e.g. eh.example.com");
    }
    String apiKey = lookup.apply(keyVar);
    String clientId = lookup.apply(idVar);
    String clientSecret = lookup.apply(secretVar);
    Builder builder = builder();
    try {
      builder.host(host);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("EXTRAHOP_HOST is not a usable host: " + e.getMessage(), e);
    }
    if (apiKey != null && (clientId != null || clientSecret != null)) {
      throw new IllegalStateException(
          "set either EXTRAHOP_API_KEY (appliance) or EXTRAHOP_CLIENT_ID and EXTRAHOP_CLIENT_SECRET (RevealX 360), not both");
    }
    if (apiKey != null) {
      builder.apiKey(apiKey);
    } else if (clientId != null || clientSecret != null) {
      if (clientId == null) {
        throw new IllegalStateException(
            "EXTRAHOP_CLIENT_ID is not set (nor extrahop.clientId), but EXTRAHOP_CLIENT_SECRET is");
      }
      if (clientSecret == null) {
        throw new IllegalStateException(
            "EXTRAHOP_CLIENT_SECRET is not set (nor extrahop.clientSecret), but EXTRAHOP_CLIENT_ID is");
      }
      builder.oauth2Client(clientId, clientSecret);
    } else {
      throw new IllegalStateException(
          "no ExtraHop credentials: set EXTRAHOP_API_KEY, or EXTRAHOP_CLIENT_ID and EXTRAHOP_CLIENT_SECRET"
              + " (or the system properties extrahop.apiKey, extrahop.clientId and extrahop.clientSecret)");
    }
    String ca = lookup.apply(caVar);
    String pin = lookup.apply(pinVar);
    if (ca != null && pin != null) {
      throw new IllegalStateException(
          "set either EXTRAHOP_CA_CERT or EXTRAHOP_CERT_FINGERPRINT, not both");
    }
    if (ca != null) {
      try {
        builder.caCertificate(Path.of(ca));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("EXTRAHOP_CA_CERT: " + e.getMessage(), e);
      }
    }
    if (pin != null) {
      try {
        builder.certificateFingerprint(pin);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("EXTRAHOP_CERT_FINGERPRINT: " + e.getMessage(), e);
      }
    }
    EnvProxy proxies = EnvProxy.from(environment);
    if (proxies != null) {
      builder.proxySelector(proxies);
    }
    return builder;
  }

  /**
   * A client with other options (timeouts, retries, headers, hooks, ...) that shares this one's
   * connections. Closing the variant leaves this client open; closing this client closes both.
   *
   * <pre>{@code
   * ExtraHopClient patient = client.withOptions(o -> o.readTimeout(Duration.ofMinutes(5)));
   * }</pre>
   */
  public ExtraHopClient withOptions(Consumer<CoreOptions.Builder> changes) {
    Objects.requireNonNull(changes, "changes must not be null");
    CoreOptions.Builder builder = core.options().toBuilder();
    changes.accept(builder);
    return new ExtraHopClient(core.withOptions(builder.build()), firmwareForms);
  }

  /**
   * A view of this client whose calls use {@code options} (timeouts, retry policy, extra headers)
   * over the client's own, for one call or a few:
   *
   * <pre>{@code
   * client.withRequestOptions(RequestOptions.builder().readTimeout(Duration.ofMinutes(5)).build())
   *     .devices().get(101);
   * }</pre>
   *
   * <p>Cheap: it builds no HTTP client and starts no thread. It shares this client's connections,
   * rate limiter, retry budget, credentials (and their token cache) and firmware, so it has nothing
   * to close: its {@link #close()} does nothing, and closing this client closes it.
   */
  public ExtraHopClient withRequestOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return new ExtraHopClient(core.withRequestOptions(options), firmwareForms);
  }

  /**
   * Calls to any path of the REST API, for what the SDK has no operation for yet, with this
   * client's credentials, limits, retries, errors and logging.
   */
  public ExtraHopRaw raw() {
    return raw;
  }

  /** The base URL of the API, e.g. {@code https://eh.example.com/api/v1}. */
  public String baseUrl() {
    return core.baseUrl();
  }

  /** The options this client uses. */
  public CoreOptions options() {
    return core.options();
  }

  /** The shared HTTP core, for resource classes of this package. */
  HttpCore core() {
    return core;
  }

  /** The record log: typed searches whose results page lazily across cursors ({@code /records}). */
  public Records records() {
    return records;
  }

  /**
   * Metric queries, totals and totals by object; console answers are collected for you ({@code
   * /metrics}).
   */
  public Metrics metrics() {
    return metrics;
  }

  /** Packet captures, downloaded as streams or files ({@code /packetcaptures}). */
  public PacketCaptures packetCaptures() {
    return packetCaptures;
  }

  /** Bundles: upload, export, apply ({@code /bundles}). */
  public Bundles bundles() {
    return bundles;
  }

  /** Backups of customizations: create, download, restore ({@code /customizations}). */
  public Customizations customizations() {
    return customizations;
  }

  /** Support packs: upload and run, poll, download ({@code /supportpacks}). */
  public SupportPacks supportPacks() {
    return supportPacks;
  }

  /** Activity groups: devices grouped by their traffic ({@code /activitygroups}). */
  public ActivityGroups activityGroups() {
    return activityGroups;
  }

  /** Activity maps and topology queries ({@code /activitymaps}). */
  public ActivityMaps activityMaps() {
    return activityMaps;
  }

  /** Alerts and their assignments ({@code /alerts}). */
  public Alerts alerts() {
    return alerts;
  }

  /** API keys ({@code /apikeys}). */
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  /** Connected appliances ({@code /appliances}). */
  public Appliances appliances() {
    return appliances;
  }

  /** Applications and their assignments ({@code /applications}). */
  public Applications applications() {
    return applications;
  }

  /** The audit log ({@code /auditlog}). */
  public AuditLog auditLog() {
    return auditLog;
  }

  /** Custom devices and their criteria ({@code /customdevices}). */
  public CustomDevices customDevices() {
    return customDevices;
  }

  /** Dashboards, by id or {@code ~short_code} ({@code /dashboards}). */
  public Dashboards dashboards() {
    return dashboards;
  }

  /** Devices: listing, search, updates and assignments ({@code /devices}). */
  public Devices devices() {
    return devices;
  }

  /** Device groups and their assignments ({@code /devicegroups}). */
  public DeviceGroups deviceGroups() {
    return deviceGroups;
  }

  /** Email groups ({@code /emailgroups}). */
  public EmailGroups emailGroups() {
    return emailGroups;
  }

  /** Exclusion intervals ({@code /exclusionintervals}). */
  public ExclusionIntervals exclusionIntervals() {
    return exclusionIntervals;
  }

  /** The appliance itself: firmware, platform, processes, SSL certificate ({@code /extrahop}). */
  public ExtraHopSystem system() {
    return system;
  }

  /** Flex grids and their assignments ({@code /flexgrids}). */
  public FlexGrids flexGrids() {
    return flexGrids;
  }

  /** Geomaps ({@code /geomaps}). */
  public Geomaps geomaps() {
    return geomaps;
  }

  /** The license and product key ({@code /license}). */
  public Licensing licensing() {
    return license;
  }

  /** Networks and their assignments ({@code /networks}). */
  public Networks networks() {
    return networks;
  }

  /** The network locality list ({@code /networklocality}). */
  public NetworkLocality networkLocality() {
    return networkLocality;
  }

  /** Discover nodes of a Command appliance ({@code /nodes}). */
  public Nodes nodes() {
    return nodes;
  }

  /** Pages and their assignments ({@code /pages}). */
  public Pages pages() {
    return pages;
  }

  /** Scheduled reports ({@code /reports}, Command appliances). */
  public Reports reports() {
    return reports;
  }

  /** The running configuration ({@code /runningconfig}). */
  public RunningConfig runningConfig() {
    return runningConfig;
  }

  /** SSL decryption keys ({@code /ssldecryptkeys}). */
  public SslDecryptKeys sslDecryptKeys() {
    return sslDecryptKeys;
  }

  /** Device tags ({@code /tags}). */
  public Tags tags() {
    return tags;
  }

  /** Triggers and their assignments ({@code /triggers}). */
  public Triggers triggers() {
    return triggers;
  }

  /** Users, by user name ({@code /users}). */
  public Users users() {
    return users;
  }

  /** User groups ({@code /usergroups}). */
  public UserGroups userGroups() {
    return userGroups;
  }

  /** VLANs ({@code /vlans}). */
  public Vlans vlans() {
    return vlans;
  }

  /** The device whitelist at the older firmware's path ({@code /whitelist}). */
  public Whitelist whitelist() {
    return whitelist;
  }

  /**
   * The firmware this client talks to: the one pinned with {@link Builder#firmware}, or else asked
   * for with {@code GET /extrahop} on the first call that needs it (this one, or a call whose path
   * depends on the firmware) and then kept for the client and its variants. Thread-safe: threads
   * that ask at once share one request. A failed request is not kept; the next call asks again.
   *
   * <p>RevealX 360 is recognized by its credentials ({@link Builder#oauth2Client}) or by a host
   * name under {@code cloud.extrahop.com} in the answer.
   *
   * @throws io.netobs.http.NetobsException when {@code GET /extrahop} fails
   */
  public FirmwareVersion firmwareVersion() {
    return firmwareForms.firmware();
  }

  /**
   * The device watchlist ({@code /watchlist}, or {@code /whitelist} on the firmware that has that
   * path instead).
   */
  public Watchlist watchlist() {
    return watchlist;
  }

  /**
   * Network localities ({@code /networklocalities}, or {@code /networklocality} on the firmware
   * that has that path instead).
   */
  public NetworkLocalities networkLocalities() {
    return networkLocalities;
  }

  /** The software observed on the network ({@code /software}). */
  public Software software() {
    return software;
  }

  /** Observations fed to the appliance by other systems ({@code /observations}). */
  public Observations observations() {
    return observations;
  }

  /** Analysis priority ({@code /analysispriority}): which devices a sensor analyses in depth. */
  public AnalysisPriority analysisPriority() {
    return analysisPriority;
  }

  /**
   * Detections ({@code /detections}, newer firmware): search, update, notes, tickets, and through
   * it detection formats and tuning rules.
   */
  public Detections detections() {
    return detections;
  }

  /** Investigations ({@code /investigations}, newer firmware). */
  public Investigations investigations() {
    return investigations;
  }

  /**
   * Packet search: the stored packets of a time range, host, port or BPF filter, streamed to a file
   * or a stream as PCAP, PCAPNG, a key log or a ZIP file ({@code /packets/search}).
   */
  public Packets packets() {
    return packets;
  }

  /**
   * Searches in the ExtraHop Query Language: detection logs and network users, with the schema of
   * their fields ({@code /search/eql}, firmware 26.3).
   */
  public Eql eql() {
    return eql;
  }

  /** Network users: search, read, flag and tag them ({@code /networkusers}). */
  public NetworkUsers networkUsers() {
    return networkUsers;
  }

  /**
   * Asynchronous jobs: firmware downloads, upgrades and other work that runs in the background
   * ({@code /jobs}).
   */
  public Jobs jobs() {
    return jobs;
  }

  /**
   * Identity providers ({@code /auth/identityproviders}), their privilege mappings and the SAML
   * service provider metadata ({@code /auth/samlsp}).
   */
  public IdentityProviders identityProviders() {
    return identityProviders;
  }

  /** Open Data Stream targets of every type ({@code /odstargets}). */
  public OdsTargets odsTargets() {
    return odsTargets;
  }

  /** Threat collections ({@code /threatcollections}): STIX uploads, streamed. */
  public ThreatCollections threatCollections() {
    return threatCollections;
  }

  /**
   * Releases the connections (of this client and of every variant made from it). On a view made by
   * {@link #withRequestOptions} it does nothing: the client it came from owns the connections.
   */
  @Override
  public void close() {
    core.close();
  }

  /** The base URL and the kind of credentials; never a secret. */
  @Override
  public String toString() {
    return "ExtraHopClient[" + core.baseUrl() + ", " + core.auth() + "]";
  }

  /**
   * Builds an {@link ExtraHopClient}. Besides the settings below it has every option of {@link
   * CoreOptionsBuilder} (timeouts, retries, rate limit, proxy, TLS trust, headers, hooks).
   */
  public static final class Builder extends CoreOptionsBuilder<Builder> {
    private String baseUrl;
    private String apiKey;
    private String clientId;
    private String clientSecret;
    private TlsTrust certificateTrust;
    private String certificateTrustSource;
    private FirmwareVersion firmware;

    private Builder() {}

    /**
     * The appliance: a host name ({@code eh.example.com}), {@code host:port}, or a URL ({@code
     * https://eh.example.com}). The API is then at {@code https://HOST/api/v1}; a URL keeps its
     * scheme, and its path when it has one. The last of {@code host} and {@link #baseUrl} wins.
     */
    public Builder host(String host) {
      this.baseUrl = baseUrlOf(host);
      return this;
    }

    /**
     * The API's base URL, used as given (e.g. {@code
     * https://tenant.api.cloud.extrahop.com/api/v1}). The last of {@link #host} and {@code baseUrl}
     * wins.
     */
    public Builder baseUrl(String baseUrl) {
      Checks.notBlank(baseUrl, "baseUrl");
      String url = baseUrl.strip();
      URI uri = parse(url, "baseUrl");
      if (uri.getScheme() == null
          || !(uri.getScheme().equalsIgnoreCase("https")
              || uri.getScheme().equalsIgnoreCase("http"))) {
        throw new IllegalArgumentException(
            "baseUrl must be an http:// or https:// URL, was '" + baseUrl + "'");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must name a host, was '" + baseUrl + "'");
      }
      this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      return this;
    }

    /** Authenticates with an appliance API key ({@code Authorization: ExtraHop apikey=...}). */
    public Builder apiKey(String apiKey) {
      this.apiKey = Checks.credential(apiKey, "apiKey");
      return this;
    }

    /**
     * Authenticates as a RevealX 360 REST API client: a token is requested from {@code
     * /oauth2/token} with these credentials, cached, and renewed before it expires.
     */
    public Builder oauth2Client(String clientId, String clientSecret) {
      this.clientId = Checks.credential(clientId, "clientId");
      this.clientSecret = Checks.credential(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Trusts the certificate(s) of this PEM file, such as the appliance's self-signed certificate,
     * and nothing else. Verification stays on. Replaces any {@link #tlsTrust} or fingerprint set
     * before.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate
     */
    public Builder caCertificate(Path pemFile) {
      Objects.requireNonNull(pemFile, "caCertificate must not be null");
      try {
        this.certificateTrust = TlsTrust.pemFile(pemFile);
      } catch (UncheckedIOException e) {
        throw new IllegalArgumentException(
            "caCertificate " + pemFile + " cannot be read: " + e.getCause().getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("caCertificate " + pemFile + ": " + e.getMessage(), e);
      }
      this.certificateTrustSource = "caCertificate";
      return this;
    }

    /**
     * Trusts only a server whose certificate has this SHA-256 fingerprint (hex, colons optional, as
     * {@code openssl x509 -noout -fingerprint -sha256} prints it). Replaces any {@link #tlsTrust}
     * or CA certificate set before.
     */
    public Builder certificateFingerprint(String sha256Fingerprint) {
      this.certificateTrust =
          TlsTrust.sha256Fingerprint(Checks.notBlank(sha256Fingerprint, "certificateFingerprint"));
      this.certificateTrustSource = "certificateFingerprint";
      return this;
    }

    /**
     * Pins the firmware the client assumes, instead of asking the appliance ({@code GET /extrahop})
     * when a call first needs to know: the forms that differ between firmware (the watchlist's and
     * the network localities' paths, the record cursor) follow it, and operations it lacks fail
     * with {@link UnsupportedFirmwareException} before anything is sent.
     *
     * <pre>{@code
     * ExtraHopClient.builder().host("eh.example.com").apiKey(key).firmware(FirmwareVersion.appliance("9.6.0.1234"))
     * }</pre>
     */
    public Builder firmware(FirmwareVersion firmware) {
      this.firmware = Objects.requireNonNull(firmware, "firmware must not be null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no host is set, or not exactly one kind of credentials
     */
    public ExtraHopClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("host(..) or baseUrl(..) is required");
      }
      boolean hasKey = apiKey != null;
      boolean hasOauth = clientId != null;
      if (hasKey == hasOauth) {
        throw new IllegalStateException(
            hasKey
                ? "exactly one of apiKey(..) or oauth2Client(..) must be set, both were"
                : "exactly one of apiKey(..) (appliance) or oauth2Client(..) (RevealX 360) must be set, neither was");
      }
      if (certificateTrust != null) {
        tlsTrust(certificateTrust);
      }
      Auth auth =
          hasKey
              ? Auth.extraHopApiKey(apiKey)
              : Auth.oauth2ClientCredentials(clientId, clientSecret);
      HttpCore core = HttpCore.create(baseUrl, auth, buildOptions());
      return new ExtraHopClient(core, new FirmwareForms(core, hasOauth, firmware));
    }

    @Override
    public String toString() {
      return "ExtraHopClient.Builder["
          + baseUrl
          + ", auth="
          + (apiKey != null
              ? "apiKey(****)"
              : clientId != null ? "oauth2Client(" + clientId + ", ****)" : "none")
          + (certificateTrustSource == null ? "" : ", " + certificateTrustSource)
          + (firmware == null ? "" : ", " + firmware)
          + "]";
    }

    static String baseUrlOf(String host) {
      Checks.notBlank(host, "host");
      String h = host.strip();
      if (h.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("host must not contain spaces, was '" + host + "'");
      }
      String url = h.contains("://") ? h : "https://" + h;
      URI uri = parse(url, "host");
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException(
            "host must be a host name, host:port, or an http(s) URL, was '" + host + "'");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("host must name a host, was '" + host + "'");
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "host must not have a query or fragment, was '" + host + "'");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      if (path.isEmpty()) {
        path = "/api/v1";
      }
      return scheme + "://" + uri.getRawAuthority() + path;
    }

    private static URI parse(String url, String name) {
      try {
        return new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            name + " is not a valid host or URL: '" + url + "' (" + e.getReason() + ")", e);
      }
    }
  }
}
