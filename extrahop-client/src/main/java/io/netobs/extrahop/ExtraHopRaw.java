package io.netobs.extrahop;

import io.netobs.http.AnswerType;
import io.netobs.http.RawRequest;
import io.netobs.http.RawResponse;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.RawCalls;
import org.jspecify.annotations.Nullable;

/**
 * Calls to any path of the appliance's REST API, for what the SDK has no operation for yet, with
 * the client's credentials, rate limit, retries, typed errors and logging (reached by {@link
 * ExtraHopClient#raw()}). Paths are relative to the client's base URL ({@code /api/v1}):
 *
 * <pre>{@code
 * RawRequest request = RawRequest.builder().method("GET").path("/devices").query("limit", 10).build();
 * List<Device> devices = client.raw().call(request, AnswerType.listOf(Device.class));
 * Object tree = client.raw().tree(request); // List<Object> of Map<String, Object>
 * }</pre>
 *
 * <p>An error status throws the exception any operation would ({@link
 * io.netobs.http.NotFoundException} for 404, ...). A failed call is made again only when that is
 * safe (see {@link RawRequest}): a POST is not sent twice once it may have reached the appliance,
 * unless the request declares it idempotent. Thread-safe.
 */
public final class ExtraHopRaw {
  private final HttpCore core;

  ExtraHopRaw(HttpCore core) {
    this.core = core;
  }

  /**
   * Sends the request and returns the answer as it came: status, headers and body text.
   *
   * @throws io.netobs.http.ApiException for an error status
   * @throws io.netobs.http.TransportException when no answer came
   */
  public RawResponse call(RawRequest request) {
    return RawCalls.text(core, request);
  }

  /**
   * Sends the request and decodes its JSON answer as {@code type}.
   *
   * @return the answer, or null when it has no body (204)
   * @throws io.netobs.http.DecodingException when the answer is not JSON of that type
   */
  public <T> @Nullable T call(RawRequest request, Class<T> type) {
    return RawCalls.decoded(core, request, AnswerType.of(type));
  }

  /**
   * Sends the request and decodes its JSON answer as {@code type}, a generic type such as {@code
   * AnswerType.listOf(Device.class)}.
   *
   * @return the answer, or null when it has no body (204)
   * @throws io.netobs.http.DecodingException when the answer is not JSON of that type
   */
  public <T> @Nullable T call(RawRequest request, AnswerType<T> type) {
    return RawCalls.decoded(core, request, type);
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
    return RawCalls.tree(core, request);
  }

  @Override
  public String toString() {
    return "ExtraHopRaw[" + core.baseUrl() + "]";
  }
}
