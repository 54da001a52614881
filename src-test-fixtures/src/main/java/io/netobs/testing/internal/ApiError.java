package io.netobs.testing.internal;

/**
 * An error answer decided while handling a request, e.g. a validation failure; thrown to leave the handler
 * and turned into a JSON error body by the API. Not part of the public API.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  public int status() {
    return status;
  }
}
