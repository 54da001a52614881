package io.netobs.testing;

import java.time.Clock;
import java.time.Duration;
import okhttp3.tls.HeldCertificate;

/**
 * A fake ExtraHop appliance listening on a local port: an {@link ExtraHopApi} served over HTTP or
 * HTTPS.
 *
 * <pre>{@code
 * try (FakeExtraHop extrahop = FakeExtraHop.builder().devices(20).start()) {
 *   // point the client at extrahop.apiUrl() with extrahop.apiKey()
 *   assertThat(extrahop.api().store("tags")).hasSize(4);
 * }
 * }</pre>
 */
public final class FakeExtraHop implements AutoCloseable {
  private final ExtraHopApi api;
  private final FakeHttpServer server;

  private FakeExtraHop(ExtraHopApi api, FakeHttpServer server) {
    this.api = api;
    this.server = server;
  }

  /** Starts a fake with every default on a free port. */
  public static FakeExtraHop start() {
    return builder().start();
  }

  /** Options of the fake; every one has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** E.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** {@link #baseUrl()} followed by {@code /api/v1}. */
  public String apiUrl() {
    return baseUrl() + "/api/v1";
  }

  /** The API key to send as {@code Authorization: ExtraHop apikey=KEY}. */
  public String apiKey() {
    return api.apiKey();
  }

  /** The OAuth2 client id that {@code POST /oauth2/token} accepts. */
  public String clientId() {
    return api.clientId();
  }

  /** The OAuth2 client secret that {@code POST /oauth2/token} accepts. */
  public String clientSecret() {
    return api.clientSecret();
  }

  /** The requests the server received. */
  public Journal journal() {
    return server.journal();
  }

  /** Faults to inject into the next answers. */
  public Faults faults() {
    return server.faults();
  }

  /** The API behind the server, to inspect or set up its state. */
  public ExtraHopApi api() {
    return api;
  }

  /** The HTTP server, e.g. for its port. */
  public FakeHttpServer server() {
    return server;
  }

  /** Restores the seeded state (journal and faults are the server's own to clear). */
  public void reset() {
    api.reset();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Options of the fake API and of its server. */
  public static final class Builder {
    private final ExtraHopApi.Builder api = ExtraHopApi.builder();
    private HeldCertificate certificate;
    private int port;

    private Builder() {}

    /** See {@link ExtraHopApi.Builder#apiKey}. */
    public Builder apiKey(String apiKey) {
      api.apiKey(apiKey);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#oauthClient}. */
    public Builder oauthClient(String clientId, String clientSecret) {
      api.oauthClient(clientId, clientSecret);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#tokenLifetime}. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      api.tokenLifetime(tokenLifetime);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#firmware}. */
    public Builder firmware(ExtraHopFirmwarePose firmware) {
      api.firmware(firmware);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#devices}. */
    public Builder devices(int devices) {
      api.devices(devices);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#seed}. */
    public Builder seed(long seed) {
      api.seed(seed);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#consoleMode}. */
    public Builder consoleMode(int againPolls) {
      api.consoleMode(againPolls);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#records}. */
    public Builder records(int records) {
      api.records(records);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#clock}. */
    public Builder clock(Clock clock) {
      api.clock(clock);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#packetCaptureSize}. */
    public Builder packetCaptureSize(long bytes) {
      api.packetCaptureSize(bytes);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#downloadSize}. */
    public Builder downloadSize(long bytes) {
      api.downloadSize(bytes);
      return this;
    }

    /** See {@link ExtraHopApi.Builder#supportPackPolls}. */
    public Builder supportPackPolls(int polls) {
      api.supportPackPolls(polls);
      return this;
    }

    /**
     * Serves HTTPS with this certificate (make one with {@link HeldCertificate.Builder}); HTTP by
     * default.
     */
    public Builder tls(HeldCertificate certificate) {
      this.certificate = certificate;
      return this;
    }

    /** The port to listen on; 0, the default, picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Builds the API and starts serving it. */
    public FakeExtraHop start() {
      ExtraHopApi built = api.build();
      FakeHttpServer.Builder server = FakeHttpServer.builder(built).port(port);
      if (certificate != null) {
        server.tls(certificate);
      }
      return new FakeExtraHop(built, server.start());
    }
  }
}
