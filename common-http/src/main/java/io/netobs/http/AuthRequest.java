package io.netobs.http;

import org.jspecify.annotations.Nullable;

/** One attempt of a call, as an {@link Auth} sees it: it can read and add headers. */
public interface AuthRequest {
  /** The HTTP method. */
  String method();

  /** The full URL of the call. */
  String url();

  /** Sets a header on this attempt. */
  void header(String name, String value);

  /** A header this attempt carries, or null. */
  @Nullable String header(String name);

  /** Services an {@link Auth} may need, such as a way to request a token. */
  AuthContext context();
}
