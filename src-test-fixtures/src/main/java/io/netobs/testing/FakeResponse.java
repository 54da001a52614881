package io.netobs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netobs.testing.internal.GeneratedBody;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An answer from a fake API, before the server layer writes it (and before any fault is applied).
 *
 * <p>A body is either bytes held in memory or a generated stream of {@code generatedLength} bytes
 * (packet captures, backups), so that tests can ask for large files without the fake holding them.
 */
public final class FakeResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final long generatedLength;

  private FakeResponse(int status, Map<String, String> headers, byte[] body, long generatedLength) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.generatedLength = generatedLength;
  }

  /** A JSON answer; {@code body} is a Jackson tree, a Map/List, or any value Jackson writes. */
  public static FakeResponse json(int status, Object body) {
    try {
      byte[] bytes = FakeRequest.JSON.writeValueAsBytes(body);
      return new FakeResponse(status, Map.of("Content-Type", "application/json"), bytes, -1);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write fake answer", e);
    }
  }

  /**
   * An answer with no body, e.g. 204, or 201 with a Location header added by {@link #withHeader}.
   */
  public static FakeResponse empty(int status) {
    return new FakeResponse(status, Map.of(), new byte[0], -1);
  }

  /** A text answer of the given content type. */
  public static FakeResponse text(int status, String contentType, String text) {
    return new FakeResponse(
        status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8), -1);
  }

  /** A binary answer held in memory. */
  public static FakeResponse bytes(int status, String contentType, byte[] bytes) {
    return new FakeResponse(status, Map.of("Content-Type", contentType), bytes.clone(), -1);
  }

  /** A binary answer of {@code length} deterministic bytes, generated while it is written. */
  public static FakeResponse generated(int status, String contentType, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0");
    }
    return new FakeResponse(status, Map.of("Content-Type", contentType), null, length);
  }

  /** A copy with one more header (replacing one of the same name). */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return new FakeResponse(status, copy, body, generatedLength);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The body held in memory, or null when the body is generated. */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /** The length of a generated body, or -1 when the body is held in memory. */
  public long generatedLength() {
    return generatedLength;
  }

  /**
   * The byte at {@code position} of every {@link #generated generated} body, so that a test can
   * check a download without holding a copy: {@code position % 251}.
   */
  public static byte generatedByte(long position) {
    return GeneratedBody.byteAt(position);
  }

  /**
   * The body held in memory without a copy, or null when generated; for the server, which never
   * changes it.
   */
  byte[] bodyWithoutCopy() {
    return body;
  }
}
