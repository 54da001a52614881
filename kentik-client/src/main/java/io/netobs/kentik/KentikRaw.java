package io.netobs.kentik;

import io.netobs.http.AnswerType;
import io.netobs.http.RawRequest;
import io.netobs.http.RawResponse;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.RawCalls;
import org.jspecify.annotations.Nullable;

/**
 * Calls to any path of Kentik's APIs, for what the SDK has no operation for yet, with the client's
 * credentials, rate limits, retries, typed errors and logging (reached by {@link
 * KentikClient#raw()}). Paths are relative to the V5 base URL ({@code /api/v5}); {@link #v6()}
 * makes the same calls relative to the v6 gateway's root:
 *
 * <pre>{@code
 * RawRequest request = RawRequest.builder().method("GET").path("/users").build();
 * Object users = kentik.raw().tree(request); // Map<String, Object>
 * RawRequest agents = RawRequest.builder().method("GET").path("/synthetics/v202309/agents").build();
 * RawResponse answer = kentik.raw().v6().call(agents);
 * }</pre>
 *
 * <p>V5 calls whose path starts with {@code /query/} are held to the Query API's limits, the others
 * to the Admin API's, as the typed operations are. An error status throws the exception any
 * operation would. A failed call is made again only when that is safe (see {@link RawRequest}): a
 * POST is not sent twice once it may have reached Kentik, unless the request declares it
 * idempotent. Thread-safe.
 */
public final class KentikRaw {
  private final HttpCore admin;
  private final HttpCore query;
  private final HttpCore v6;

  KentikRaw(HttpCore admin, HttpCore query, HttpCore v6) {
    this.admin = admin;
    this.query = query;
    this.v6 = v6;
  }

  /**
   * The same calls, with paths relative to the v6 gateway's root ({@link
   * KentikClient#v6BaseUrl()}), e.g. {@code /synthetics/v202309/tests}; held to the Admin API's
   * limits.
   */
  public KentikRaw v6() {
    return v6 == null ? this : new KentikRaw(v6, v6, null);
  }

  /**
   * Sends the request and returns the answer as it came: status, headers and body text.
   *
   * @throws io.netobs.http.ApiException for an error status
   * @throws io.netobs.http.TransportException when no answer came
   */
  public RawResponse call(RawRequest request) {
    return RawCalls.text(coreFor(request), request);
  }

  /**
   * Sends the request and decodes its JSON answer as {@code type}.
   *
   * @return the answer, or null when it has no body (204)
   * @throws io.netobs.http.DecodingException when the answer is not JSON of that type
   */
  public <T> @Nullable T call(RawRequest request, Class<T> type) {
    return RawCalls.decoded(coreFor(request), request, AnswerType.of(type));
  }

  /**
   * Sends the request and decodes its JSON answer as {@code type}, a generic type such as {@code
   * AnswerType.listOf(FlowTag.class)}.
   *
   * @return the answer, or null when it has no body (204)
   * @throws io.netobs.http.DecodingException when the answer is not JSON of that type
   */
  public <T> @Nullable T call(RawRequest request, AnswerType<T> type) {
    return RawCalls.decoded(coreFor(request), request, type);
  }

  /**
   * Sends the request and decodes its JSON answer as plain Java values: a {@code Map<String,
   * Object>} for an object, a {@code List<Object>} for an array, and strings, numbers ({@code
   * Integer}, {@code Long}, {@code BigInteger}, {@code Double}), booleans and nulls inside them.
   *
   * @return the answer, or null when it has no body (204)
   * @throws io.netobs.http.DecodingException when the answer is not JSON
   */
  public @Nullable Object tree(RawRequest request) {
    return RawCalls.tree(coreFor(request), request);
  }

  /** The Query API's core for its paths, the Admin API's for the rest. */
  private HttpCore coreFor(RawRequest request) {
    return request != null && request.path().startsWith("/query/") ? query : admin;
  }

  @Override
  public String toString() {
    return "KentikRaw[" + admin.baseUrl() + "]";
  }
}
