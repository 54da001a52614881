package io.netobs.http;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this SDK throws for a failed call. All are unchecked, so that they
 * pass through iterators, streams and lambdas unchanged.
 */
public abstract class NetobsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected NetobsException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
