package io.netobs.extrahop.model;

/**
 * What a packet search delivered. When no packet matched, the appliance answers 204 without a body:
 * nothing was written, and a target file was neither created nor replaced.
 *
 * @param matched whether the appliance answered with a body (false: nothing matched)
 * @param bytes the number of bytes written; 0 when nothing matched
 */
public record PacketSearchResult(boolean matched, long bytes) {
  /** Checks the values. */
  public PacketSearchResult {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
    }
    if (!matched && bytes != 0) {
      throw new IllegalArgumentException("a search that matched nothing wrote no bytes");
    }
  }

  /** The result of a search that matched nothing (204). */
  public static PacketSearchResult noMatch() {
    return new PacketSearchResult(false, 0);
  }
}
