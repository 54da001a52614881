package io.netobs.testing.internal;

/**
 * An error answer decided while handling a request, e.g. a validation failure; thrown to leave the
 * handler and turned into a JSON error body by the API. Not part of the public API.
 */
public final class ApiError extends RuntimeException {
  /** Never serialized; declared to keep the compiler quiet. */
  private static final long serialVersionUID = 1L;

  private final int status;

  /** An error answer of {@code status} with {@code message} as its {@code "error"}. */
  public ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** A 400. */
  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  /** A 404. */
  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  /** The HTTP status to answer. */
  public int status() {
    return status;
  }
}
