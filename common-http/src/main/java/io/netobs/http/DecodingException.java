package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but the answer could not be understood: malformed or
 * truncated JSON, a missing field the SDK needs, or an unexpected shape. The message carries a
 * short excerpt of the body.
 */
public class DecodingException extends NetobsException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the call whose answer failed to decode. */
  private final String method;

  /** The path of the call whose answer failed to decode. */
  private final String path;

  /** The success status the answer came with. */
  private final int status;

  /** The first characters of the body; empty when there was none. */
  private final String bodyExcerpt;

  /**
   * The exception for an answer that could not be decoded, as the SDK makes it; public so that
   * tests can make one.
   *
   * @param method the HTTP method of the request
   * @param path the path of the request, without its query
   * @param status the success status the answer came with
   * @param detail what could not be understood, in words
   * @param bodyExcerpt the first characters of the body, or null
   * @param cause the parser's failure, or null
   */
  public DecodingException(
      String method,
      String path,
      int status,
      String detail,
      @Nullable String bodyExcerpt,
      @Nullable Throwable cause) {
    super(
        method
            + " "
            + path
            + ": "
            + status
            + " answer could not be decoded: "
            + detail
            + (bodyExcerpt == null || bodyExcerpt.isEmpty() ? "" : " (body: " + bodyExcerpt + ")"),
        cause);
    this.method = method;
    this.path = path;
    this.status = status;
    this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
  }

  /**
   * The HTTP method of the call whose answer failed to decode.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path of the call whose answer failed to decode, without its query.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The success status the undecodable answer came with.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /** The first characters of the body that could not be decoded. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
