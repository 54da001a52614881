package io.netobs.testing.extrahop;

import io.netobs.testing.FakeResponse;
import java.util.Map;

/** A refusal the live API would send: status plus {@code {"error_message": ...}}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  int status() {
    return status;
  }

  FakeResponse toResponse() {
    return FakeResponse.json(status, Map.of("error_message", getMessage()));
  }
}
