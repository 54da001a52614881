package io.netobs.testing.extrahop;

/**
 * A stateless mixing function, so that generated values depend only on what they are generated
 * from.
 */
final class Mix {
  private Mix() {}

  /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
  static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long mix(long... values) {
    long hash = 0;
    for (long value : values) {
      hash = mix(hash ^ value);
    }
    return hash;
  }

  /** A non-negative value below {@code bound}. */
  static long below(long bound, long... values) {
    return Math.floorMod(mix(values), bound);
  }
}
