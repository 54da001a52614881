package io.netobs.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code netobs.*} properties: {@code netobs.extrahop.*} for the ExtraHop client and {@code
 * netobs.kentik.*} for the Kentik client. A client bean is made for each service whose properties
 * are set ({@code netobs.extrahop.host} or {@code netobs.extrahop.base-url}; {@code
 * netobs.kentik.email}). {@link #toString()} never shows a credential.
 */
@ConfigurationProperties("netobs")
public class NetobsProperties {
  static final String MASK = "██";

  private final ExtraHop extrahop = new ExtraHop();
  private final Kentik kentik = new Kentik();

  /** Makes empty properties; Spring fills them from the environment. */
  public NetobsProperties() {}

  /** The {@code netobs.extrahop.*} properties. */
  public ExtraHop getExtrahop() {
    return extrahop;
  }

  /** The {@code netobs.kentik.*} properties. */
  public Kentik getKentik() {
    return kentik;
  }

  @Override
  public String toString() {
    return "NetobsProperties[extrahop=" + extrahop + ", kentik=" + kentik + "]";
  }

  private static String mask(String secret) {
    return secret == null ? "null" : MASK;
  }

  /** Settings both clients have: timeouts, retries, the User-Agent suffix. */
  public abstract static class Common {
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private Integer maxRetries;
    private String userAgentSuffix;

    /** Makes empty settings. */
    protected Common() {}

    /** Time to open a connection; the client's default when not set. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /**
     * Sets the time to open a connection.
     *
     * @param connectTimeout the time, e.g. {@code 10s}
     */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** Longest wait for the next bytes of an answer; the client's default when not set. */
    public Duration getReadTimeout() {
      return readTimeout;
    }

    /**
     * Sets the longest wait for the next bytes of an answer.
     *
     * @param readTimeout the time, e.g. {@code 30s}
     */
    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    /** Longest wait to write the next bytes of a request; the client's default when not set. */
    public Duration getWriteTimeout() {
      return writeTimeout;
    }

    /**
     * Sets the longest wait to write the next bytes of a request.
     *
     * @param writeTimeout the time, e.g. {@code 30s}
     */
    public void setWriteTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
    }

    /** Longest time of one attempt as a whole; the client's default when not set. */
    public Duration getCallTimeout() {
      return callTimeout;
    }

    /**
     * Sets the longest time of one attempt as a whole.
     *
     * @param callTimeout the time, e.g. {@code 2m}; {@code 0} for none
     */
    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    /** Retries of a call that failed in a way safe to repeat; the client's default when not set. */
    public Integer getMaxRetries() {
      return maxRetries;
    }

    /**
     * Sets the retries of a call (0 for none); the rest of the retry policy keeps its defaults.
     *
     * @param maxRetries the number of retries
     */
    public void setMaxRetries(Integer maxRetries) {
      this.maxRetries = maxRetries;
    }

    /** Text added to the User-Agent header, e.g. the application's name and version. */
    public String getUserAgentSuffix() {
      return userAgentSuffix;
    }

    /**
     * Sets the text added to the User-Agent header.
     *
     * @param userAgentSuffix e.g. {@code inventory-sync/2.1}
     */
    public void setUserAgentSuffix(String userAgentSuffix) {
      this.userAgentSuffix = userAgentSuffix;
    }

    String commonFields() {
      return "connectTimeout="
          + connectTimeout
          + ", readTimeout="
          + readTimeout
          + ", writeTimeout="
          + writeTimeout
          + ", callTimeout="
          + callTimeout
          + ", maxRetries="
          + maxRetries
          + ", userAgentSuffix="
          + userAgentSuffix;
    }
  }

  /** The {@code netobs.extrahop.*} properties. */
  public static class ExtraHop extends Common {
    private String host;
    private String baseUrl;
    private String apiKey;
    private String clientId;
    private String clientSecret;
    private String certificateFingerprint;
    private Path caCertificate;
    private boolean allowCleartextCredentials;

    /** Makes empty properties. */
    public ExtraHop() {}

    /** The appliance: a host name, {@code host:port} or a URL. */
    public String getHost() {
      return host;
    }

    /**
     * Sets the appliance.
     *
     * @param host a host name ({@code eh.example.com}), {@code host:port}, or a URL
     */
    public void setHost(String host) {
      this.host = host;
    }

    /** The API's base URL, used as given, instead of {@link #getHost()}. */
    public String getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets the API's base URL (e.g. {@code https://tenant.api.cloud.extrahop.com/api/v1}).
     *
     * @param baseUrl the URL
     */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** The appliance API key (a secret). */
    public String getApiKey() {
      return apiKey;
    }

    /**
     * Sets the appliance API key.
     *
     * @param apiKey the key
     */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /** The RevealX 360 REST API client id. */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets the RevealX 360 REST API client id; goes with {@code client-secret}.
     *
     * @param clientId the id
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /** The RevealX 360 REST API client secret (a secret). */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets the RevealX 360 REST API client secret; goes with {@code client-id}.
     *
     * @param clientSecret the secret
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /** The SHA-256 fingerprint of the only certificate the client trusts. */
    public String getCertificateFingerprint() {
      return certificateFingerprint;
    }

    /**
     * Trusts only a server whose certificate has this SHA-256 fingerprint.
     *
     * @param certificateFingerprint hex, colons optional
     */
    public void setCertificateFingerprint(String certificateFingerprint) {
      this.certificateFingerprint = certificateFingerprint;
    }

    /** A PEM file of the certificate(s) the client trusts, such as the appliance's own. */
    public Path getCaCertificate() {
      return caCertificate;
    }

    /**
     * Trusts the certificate(s) of this PEM file and nothing else.
     *
     * @param caCertificate the file
     */
    public void setCaCertificate(Path caCertificate) {
      this.caCertificate = caCertificate;
    }

    /** Whether credentials may be sent over plain {@code http://} to a host other than loopback. */
    public boolean isAllowCleartextCredentials() {
      return allowCleartextCredentials;
    }

    /**
     * Allows credentials over plain {@code http://} (off by default).
     *
     * @param allowCleartextCredentials true to allow
     */
    public void setAllowCleartextCredentials(boolean allowCleartextCredentials) {
      this.allowCleartextCredentials = allowCleartextCredentials;
    }

    @Override
    public String toString() {
      return "ExtraHop[host="
          + host
          + ", baseUrl="
          + baseUrl
          + ", apiKey="
          + mask(apiKey)
          + ", clientId="
          + clientId
          + ", clientSecret="
          + mask(clientSecret)
          + ", certificateFingerprint="
          + certificateFingerprint
          + ", caCertificate="
          + caCertificate
          + ", allowCleartextCredentials="
          + allowCleartextCredentials
          + ", "
          + commonFields()
          + "]";
    }
  }

  /** The {@code netobs.kentik.*} properties. */
  public static class Kentik extends Common {
    private String email;
    private String apiToken;
    private String region;
    private String baseUrl;
    private String v6BaseUrl;

    /** Makes empty properties. */
    public Kentik() {}

    /** The email address of the Kentik user the API token belongs to. */
    public String getEmail() {
      return email;
    }

    /**
     * Sets the user's email address.
     *
     * @param email the address
     */
    public void setEmail(String email) {
      this.email = email;
    }

    /** The Kentik API token (a secret). */
    public String getApiToken() {
      return apiToken;
    }

    /**
     * Sets the Kentik API token.
     *
     * @param apiToken the token
     */
    public void setApiToken(String apiToken) {
      this.apiToken = apiToken;
    }

    /** The Kentik region, {@code US} or {@code EU}; the client's default (US) when not set. */
    public String getRegion() {
      return region;
    }

    /**
     * Sets the Kentik region.
     *
     * @param region {@code US} or {@code EU}
     */
    public void setRegion(String region) {
      this.region = region;
    }

    /** The V5 API's base URL, instead of the region's. */
    public String getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets the V5 API's base URL (e.g. {@code https://api.kentik.com/api/v5}).
     *
     * @param baseUrl the URL
     */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** The base URL of the v6 APIs, instead of the region's. */
    public String getV6BaseUrl() {
      return v6BaseUrl;
    }

    /**
     * Sets the base URL of the v6 APIs.
     *
     * @param v6BaseUrl the URL
     */
    public void setV6BaseUrl(String v6BaseUrl) {
      this.v6BaseUrl = v6BaseUrl;
    }

    @Override
    public String toString() {
      return "Kentik[email="
          + email
          + ", apiToken="
          + mask(apiToken)
          + ", region="
          + region
          + ", baseUrl="
          + baseUrl
          + ", v6BaseUrl="
          + v6BaseUrl
          + ", "
          + commonFields()
          + "]";
    }
  }
}
