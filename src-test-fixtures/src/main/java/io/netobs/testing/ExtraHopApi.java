package io.netobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.testing.extrahop.ExtraHopService;
import io.netobs.testing.extrahop.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fake ExtraHop REST API: every operation of the API guide (and a few of newer firmware) answered
 * from state held in memory, as a pure, thread-safe function of the request. Serve it with {@link
 * FakeExtraHop}, or call {@link #handle} directly in a unit test.
 *
 * <pre>{@code
 * ExtraHopApi api = ExtraHopApi.builder().devices(20).seed(7).build();
 * FakeResponse created = api.handle(new FakeRequest("POST", "/api/v1/tags", Map.of(),
 *     Map.of("authorization", List.of("ExtraHop apikey=" + api.apiKey())),
 *     "{\"name\": \"web\"}".getBytes(UTF_8)));
 * // 201, empty body, Location: /api/v1/tags/4
 * }</pre>
 *
 * <h2>What it does</h2>
 *
 * <ul>
 *   <li>Paths live under {@code /api/v1}; {@code POST /oauth2/token} (at the root, as in the cloud
 *       edition) mints bearer tokens for HTTP Basic {@code client_id:client_secret} and the form
 *       {@code grant_type=client_credentials}. Every other request needs {@code Authorization:
 *       ExtraHop apikey=KEY} or {@code Authorization: Bearer TOKEN}; a wrong key, an unknown or an
 *       expired token answer 401 {@code {"error_message": ...}}; a bad client secret answers 401
 *       {@code {"error": "invalid_client"}}.
 *   <li>Create answers 201 with an empty body and {@code Location: /api/v1/<resource>/<id>}; get
 *       and list answer objects with {@code id} and {@code mod_time} (users are keyed by {@code
 *       username}, user groups by a string id such as {@code remote.netops}, dashboards also by
 *       {@code ~short_code}); PATCH merges the fields sent, a JSON null clears one, and answers
 *       204; DELETE answers 204 and drops the object's assignments, sub-collections and sharing.
 *       Unknown ids answer 404, unknown paths 404, a known path with another method 405, all with
 *       {@code {"error_message": ...}}.
 *   <li>Bodies the live API refuses answer 400: invalid JSON, a missing or null required field, an
 *       alert whose {@code severity} is not 0 to 7, whose {@code type} is not threshold, detection
 *       or trend, or whose threshold {@code operator} is not one of {@code == > < >= <=}. Required
 *       fields:
 *       <pre>
 * activitymaps        name, walks          geomaps, pages, reports    name
 * alerts              name, type (threshold alerts also stat_name, field_name, operator, operand)
 * apikeys             password             networklocality            network
 * appliances          host                 ssldecryptkeys             name, pem
 * applications        display_name or name ssldecryptkeys protocols   protocol, port
 * customdevices       name                 tags, triggers             name
 * custom device criteria  ipaddr           users                      username, name
 * devicegroups        name                 exclusionintervals         name
 * emailgroups         group_name (not name) investigations           name
 * detection formats   type, display_name   tuning rules               offender, victim, expiration
 * identity providers  name, enabled, auto_provision_users (every PATCH too); type must be saml
 * usergroups (POST)   name                 threat collections         a name field and a file part
 * ODS targets         name, and per type: http host, port, protocol, pipeline, authentication;
 *                     kafka brokers, protocol; mongodb host, port; raw and syslog host, port, protocol
 *       </pre>
 *       "Required" means present and not null: the ExtraHop REST API Guide itself creates a device
 *       group named "".
 *   <li>Assignments are one relation per pair of resources, seen from both sides: assigning alert 5
 *       to device 7 through {@code /alerts/5/devices} shows in {@code /devices/7/alerts} too. A
 *       bulk {@code {"assign": [...], "unassign": [...]}} answers 204, or 207 when some ids do not
 *       exist, with the ids it could not apply (the others are applied):
 *       <pre>
 *       {"errors": [{"id": 9, "operation": "assign", "error_message": "No object at /api/v1/devices/9"}]}
 *       </pre>
 *   <li>Devices are generated from the seed in the subnets {@code 10.20.0.x}, {@code 10.30.1.x},
 *       {@code 10.40.2.x} and {@code 192.168.10.x}; {@code GET /devices} pages with {@code limit}
 *       (default 100) and {@code offset} and searches with {@code search_type} and {@code value} (a
 *       regular expression; {@code ip address} and {@code mac address} must match whole, or the
 *       value may be a CIDR block) and {@code active_from}/{@code active_until}; {@code POST
 *       /devices/search} takes a filter of rules ({@code and}, {@code or}, {@code not} groups).
 *   <li>Detections: three seeded and 60 generated from the seed, with participants drawn from the
 *       generated devices and activity logs; {@code POST /detections/search} filters (categories,
 *       risk score, status, assignee with {@code .me} for the user {@code setup} and {@code .none},
 *       types, ticket ids, resolution, recommended), windows ({@code from}, {@code until}, {@code
 *       mod_time}, {@code create_time}, {@code update_time}), sorts and pages by offset; updates,
 *       notes, tickets, detection formats (built-in ones refuse changes), tuning rules with their
 *       preview, and investigations are stored.
 *   <li>Records are generated over the two hours before the fake starts; a search pages through
 *       cursors ({@code GET /records/cursor/{cursor}} or {@code POST /records/cursor}); each page
 *       hands out a new cursor and a spent or expired cursor answers 404. {@code limit} is at most
 *       10000. A search may take {@code eql} (the subset below) and {@code aggregations: {"fields":
 *       [...]}}, which answers {@code {"total", "aggregations": [{"key", "count"}]}} with {@code
 *       limit} counting groups (at most 1000); {@code GET /records/formats} lists the record types
 *       with their fields.
 *   <li>Packet search ({@code GET} or {@code POST /packets/search}) answers a real file made from
 *       the flows of the record log that match: PCAP, PCAPNG, a TLS key log, or a ZIP file; 204
 *       when nothing matches unless {@code always_return_body}. About {@code min(limit_bytes,
 *       packetCaptureSize)} bytes of frames; {@code bpf} takes {@code host}, {@code src host},
 *       {@code dst host}, {@code port}, {@code tcp}, {@code udp}, {@code ip}, {@code not} and
 *       {@code and}, and anything else answers 400.
 *   <li>EQL searches ({@code POST /search/eql/detectionlogs}, {@code /networkusers}) understand
 *       {@code field = value}, {@code != > >= < <=}, {@code and}, {@code or}, parentheses and a
 *       trailing {@code | sort by field [asc|desc]}, and answer 400 to anything else. The detection
 *       log is computed from the stored detections; 60 network users are generated, keyed by {@code
 *       username}, with stateful flags and tags.
 *   <li>Metric values are deterministic. In console mode a query answers {@code {"xid",
 *       "num_results"}} (one result per node) and {@code GET /metrics/next/{xid}} answers {@code
 *       "again"} the configured number of times before each result.
 *   <li>It poses as one firmware ({@link Builder#firmware}): by default it serves every operation
 *       of the older API guide and of today's API, and {@code GET /extrahop} reports {@code
 *       9.6.0.1234}; posing as older firmware, today's additions answer 404; posing as today's, the
 *       guide's operations that today's API lacks answer 404.
 *   <li>Packet captures, backups and support packs are generated bytes of a configured size (or of
 *       the object's {@code bytes} field); a support pack run is "running" for the configured
 *       number of polls of {@code GET /supportpacks/queue/{id}}, then "done" with its {@code
 *       filename}.
 *   <li>Firmware downloads and upgrades, and upgrades of connected appliances, answer 202 with
 *       {@code Location: /api/v1/jobs/<id>}; the job is {@code RUNNING} and moves one step on at
 *       each {@code GET /jobs/{id}}, then is {@code DONE} and its effect shows (the new firmware
 *       version in {@code GET /extrahop}, the previous one in {@code GET
 *       /extrahop/firmware/previous}). Services, ticketing and detections access start from
 *       defaults and answer what was last patched; sensor tags, IDS associations and domain
 *       controller connections are kept per appliance and go with it when it is disconnected.
 *   <li>Threat collections are uploaded as {@code multipart/form-data} (a {@code name} field and a
 *       {@code file} part; an empty file answers 400); the fake keeps each collection's file name,
 *       size and indicator count ({@code indicator--} ids). {@code PUT
 *       /threatcollections/~{user_key}} answers 201 when it creates the collection and 204 when it
 *       replaces one. Open Data Stream targets are kept per type, keyed by name (a second target of
 *       one name answers 409), and never answer their credentials. The seeded user {@code viewer}
 *       is locked out until {@code DELETE /users/viewer/lock}. User group membership is changed by
 *       an object keyed by user name ({@code "member"} adds, {@code null} removes; every user must
 *       exist). {@code GET /reports/{id}/download} answers a small PDF.
 * </ul>
 */
public final class ExtraHopApi implements FakeApi {
  private final ExtraHopService service;

  private ExtraHopApi(Settings settings) {
    this.service = new ExtraHopService(settings);
  }

  /** A fake with every default: key {@code fake-api-key}, 250 devices, seed 42. */
  public static ExtraHopApi create() {
    return builder().build();
  }

  /** Options of the fake; every one has a default. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    return service.handle(request);
  }

  /** The API key accepted in {@code Authorization: ExtraHop apikey=KEY}. */
  public String apiKey() {
    return service.settings().apiKey();
  }

  /** The OAuth2 client id accepted by {@code POST /oauth2/token}. */
  public String clientId() {
    return service.settings().clientId();
  }

  /** The OAuth2 client secret accepted by {@code POST /oauth2/token}. */
  public String clientSecret() {
    return service.settings().clientSecret();
  }

  /**
   * How many bearer tokens {@code POST /oauth2/token} has minted since construction or {@link
   * #reset()}.
   */
  public int tokensMinted() {
    return service.tokensMinted();
  }

  /**
   * Copies of every object of a resource, in id order, e.g. {@code store("tags")}; a sub-collection
   * is named {@code parent/children}, e.g. {@code customdevices/criteria}.
   *
   * @throws IllegalStateException for a resource the fake does not store
   */
  public List<JsonNode> store(String resource) {
    return service.objects(resource);
  }

  /** A copy of one object: {@code find("tags", "3")}, {@code find("users", "admin")}. */
  public Optional<JsonNode> find(String resource, String key) {
    return service.object(resource, key);
  }

  /**
   * Adds an object without the API's checks, so that a test can set up any state; an {@code id} in
   * the fields is kept, otherwise the next one is allocated.
   *
   * @return the key of the new object (its id, or its username for users)
   */
  public String add(String resource, JsonNode fields) {
    return service.add(resource, fields);
  }

  /**
   * The ids of the {@code children} assigned to one object, from either side: {@code
   * assignments("alerts", 5, "devices")} and {@code assignments("devices", 7, "alerts")} read the
   * same relation. {@code assignments("whitelist", 0, "devices")} reads the whitelist.
   */
  public Set<Long> assignments(String resource, long id, String children) {
    Set<Long> ids = new LinkedHashSet<>();
    service
        .related(resource, Long.toString(id), children)
        .forEach(child -> ids.add(Long.parseLong(child)));
    return ids;
  }

  /**
   * The keys of objects related to one object when keys are not numbers, e.g. {@code
   * related("usergroups", "remote.netops", "users")} gives usernames.
   */
  public Set<String> related(String resource, String key, String other) {
    return service.related(resource, key, other);
  }

  /**
   * A copy of a JSON document that is not a collection, by its path under {@code /api/v1}: {@code
   * /license}, {@code /runningconfig}, {@code /runningconfig/saved}, {@code /extrahop/sslcert},
   * {@code /dashboards/1/sharing}, {@code /reports/1/contents}, {@code /bundles/1/export}.
   */
  public Optional<JsonNode> document(String path) {
    return service.document(path);
  }

  /**
   * Restores the state as built: seeded objects, generated devices and records; forgets cursors,
   * metric queries and support pack runs. Tokens already issued stay valid, so that a client
   * holding one is not surprised; the count of minted tokens restarts at 0.
   */
  public void reset() {
    service.reset();
  }

  /** Options of a fake ExtraHop; every one has a default. */
  public static final class Builder {
    private String apiKey = "fake-api-key";
    private String clientId = "fake-client-id";
    private String clientSecret = "fake-client-secret";
    private Duration tokenLifetime = Duration.ofSeconds(3600);
    private int devices = 250;
    private long seed = 42;
    private boolean consoleMode;
    private int consolePolls;
    private int records = 1000;
    private Clock clock = Clock.systemUTC();
    private long packetCaptureSize = 24 * 1024;
    private long downloadSize = 64 * 1024;
    private int supportPackPolls = 2;
    private ExtraHopFirmwarePose firmware = ExtraHopFirmwarePose.UNION;

    private Builder() {}

    /** The API key to accept; default {@code fake-api-key}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The OAuth2 client credentials to accept; default {@code fake-client-id} and {@code
     * fake-client-secret}.
     */
    public Builder oauthClient(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** How long a minted token is accepted, measured on the {@link #clock}; default one hour. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
      return this;
    }

    /** How many devices to generate; default 250. */
    public Builder devices(int devices) {
      this.devices = devices;
      return this;
    }

    /** The seed of generated devices, records, metric values and ids; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Answers metric queries as a console (Command appliance): {@code {"xid", "num_results"}}, then
     * {@code GET /metrics/next/{xid}} answers the JSON string {@code "again"} {@code againPolls}
     * times before each result. Off by default.
     */
    public Builder consoleMode(int againPolls) {
      if (againPolls < 0) {
        throw new IllegalArgumentException("againPolls must be >= 0");
      }
      this.consoleMode = true;
      this.consolePolls = againPolls;
      return this;
    }

    /** How many records the record log holds; default 1000. */
    public Builder records(int records) {
      this.records = records;
      return this;
    }

    /**
     * The time source of timestamps, token expiry and cursor expiry; default the system clock in
     * UTC.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The size in bytes of the seeded packet captures and of packet searches; default 24 KiB. */
    public Builder packetCaptureSize(long bytes) {
      this.packetCaptureSize = bytes;
      return this;
    }

    /** The size in bytes of backup downloads and support packs; default 64 KiB. */
    public Builder downloadSize(long bytes) {
      this.downloadSize = bytes;
      return this;
    }

    /** How many status polls a support pack run answers "running" before "done"; default 2. */
    public Builder supportPackPolls(int polls) {
      this.supportPackPolls = polls;
      return this;
    }

    /**
     * The firmware to pose as: which operations are served (the others answer 404 {@code
     * {"error_message": ...}}, as a path the appliance does not have) and the version {@code GET
     * /extrahop} reports. Default {@link ExtraHopFirmwarePose#UNION}: every operation, version
     * {@code 9.6.0.1234}.
     */
    public Builder firmware(ExtraHopFirmwarePose firmware) {
      this.firmware = Objects.requireNonNull(firmware, "firmware");
      return this;
    }

    /**
     * Builds the fake.
     *
     * @throws IllegalArgumentException for a negative count or size, or a token lifetime that is
     *     not positive
     */
    public ExtraHopApi build() {
      return new ExtraHopApi(
          new Settings(
              apiKey,
              clientId,
              clientSecret,
              tokenLifetime,
              devices,
              seed,
              consoleMode,
              consolePolls,
              records,
              clock,
              packetCaptureSize,
              downloadSize,
              supportPackPolls,
              firmware));
    }
  }
}
