package io.netobs.examples;

/**
 * A program found the service in a state it did not expect (e.g. an assignment that did not stick).
 */
public final class ExampleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message is printed as the program's one-line failure. */
  public ExampleFailedException(String message) {
    super(message);
  }
}
