package io.netobs.kentik.request;

import java.util.Map;

/**
 * The part shared by every request of this client except the Batch API's items: the JSON object it
 * sends. Immutable and thread-safe.
 */
public abstract class BodyRequest {
  private final Map<String, Object> body;

  BodyRequest(Map<String, Object> body) {
    this.body = body;
  }

  /** The JSON object this request sends, field by field in the order they were set; unmodifiable. */
  public Map<String, Object> body() {
    return body;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + body;
  }
}
