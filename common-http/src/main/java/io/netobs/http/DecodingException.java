package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but the answer could not be understood: malformed or
 * truncated JSON, a missing field the SDK needs, or an unexpected shape. The message carries a
 * short excerpt of the body.
 */
public class DecodingException extends NetobsException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int status;
  private final String bodyExcerpt;

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

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  /** The first characters of the body that could not be decoded. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
