package io.netobs.http;

/**
 * The root of every exception this SDK throws for a failed call. All are unchecked, so that they
 * pass through iterators, streams and lambdas unchanged.
 */
public abstract class NetobsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * For the SDK's exception classes.
   *
   * @param message what failed; never holds a credential
   * @param cause the underlying failure, or null
   */
  protected NetobsException(String message, Throwable cause) {
    super(message, cause);
  }
}
