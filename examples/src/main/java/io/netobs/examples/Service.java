package io.netobs.examples;

/** The services the examples use. */
public enum Service {
  /** An ExtraHop appliance or RevealX 360 tenant. */
  EXTRAHOP("ExtraHop"),
  /** A Kentik account. */
  KENTIK("Kentik");

  private final String displayName;

  Service(String displayName) {
    this.displayName = displayName;
  }

  /** The name printed. */
  public String displayName() {
    return displayName;
  }
}
