package io.netobs.http.internal;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.RateLimit;
import io.netobs.http.SharedLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * What an attempt waits for before it is sent: the client's own {@link CallLimiter}, or a {@link
 * SharedLimiter} under the client's key. Immutable and thread-safe.
 */
final class LimitGate {
  private final CallLimiter local;
  private final SharedLimiter.Permit localPermit;
  private final SharedLimiter shared;
  private final String key;
  private final RateLimit limit;

  private LimitGate(CallLimiter local, SharedLimiter shared, String key, RateLimit limit) {
    this.local = local;
    this.localPermit = local == null ? null : local::release;
    this.shared = shared;
    this.key = key;
    this.limit = limit;
  }

  /**
   * The gate for {@code options}: none when the rate limit limits nothing, the options' shared
   * limiter under {@code key} when there is one, else a limiter of the client's own.
   */
  static LimitGate of(CoreOptions options, String key) {
    RateLimit limit = options.rateLimit();
    if (!limit.limits()) {
      return null;
    }
    if (options.limiter() != null) {
      return new LimitGate(null, options.limiter(), key, limit);
    }
    return new LimitGate(new CallLimiter(limit), null, key, limit);
  }

  /** Waits for room, then returns the permit that gives it back. */
  SharedLimiter.Permit acquire() throws InterruptedException {
    if (local != null) {
      local.acquire();
      return localPermit;
    }
    SharedLimiter.Permit permit = shared.acquire(key, limit);
    if (permit == null) {
      throw new IllegalStateException(shared + " returned no permit");
    }
    return permit;
  }

  /**
   * The key a client's calls are counted under in a shared limiter: the service's host and port,
   * the API's name, and the first 16 hex digits of the SHA-256 of the account's name (the Kentik
   * e-mail, the OAuth2 client id; none for an appliance's API key, whose limits are the host's), so
   * that the key names the account without revealing it.
   */
  static String key(HttpUrl baseUrl, String api, Auth auth) {
    String account = "";
    if (auth instanceof KentikAuth kentik) {
      account = kentik.email().toLowerCase(Locale.ROOT);
    } else if (auth instanceof OAuth2ClientCredentials oauth) {
      account = oauth.clientId();
    }
    return baseUrl.host() + ":" + baseUrl.port() + "|" + api + "|" + hash(account);
  }

  private static String hash(String account) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return local != null ? local.toString() : "LimitGate[" + shared + ", " + key + "]";
  }
}
