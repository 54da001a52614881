package io.netobs.examples;

/**
 * Runs every example program in turn. With no configuration it will run them against the fake
 * servers of netobs-test-fixtures, started in this process; with EXTRAHOP_* or KENTIK_* variables set,
 * against the real services.
 */
public final class Tour {
  private Tour() {}

  public static void main(String[] args) {
    System.out.println("netobs-java examples: none exist yet (they arrive with the examples issue).");
  }
}
