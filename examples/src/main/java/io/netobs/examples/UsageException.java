package io.netobs.examples;

/** A command line the programs cannot use; reported with the usage text and exit status 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that names the option. */
  public UsageException(String message) {
    super(message);
  }
}
