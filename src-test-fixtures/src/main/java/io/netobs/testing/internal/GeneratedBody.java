package io.netobs.testing.internal;

import java.io.IOException;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A response body of {@code length} deterministic bytes, produced while it is written so that a
 * test can download gigabytes without the fake holding them. Byte {@code i} is {@link #byteAt(long)
 * byteAt(i)}. Not part of the public API.
 */
public final class GeneratedBody implements MockResponseBody {
  private static final int CHUNK = 64 * 1024;
  private static final int PERIOD = 251;

  private final long length;

  /** A body of {@code length} bytes. */
  public GeneratedBody(long length) {
    this.length = length;
  }

  /** The byte at a position: {@code position % 251}, a period that no buffer size lines up with. */
  public static byte byteAt(long position) {
    return (byte) (position % PERIOD);
  }

  @Override
  public long getContentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    // One chunk holds every phase of the period, so each write is a slice of it.
    byte[] pattern = new byte[CHUNK + PERIOD];
    for (int i = 0; i < pattern.length; i++) {
      pattern[i] = byteAt(i);
    }
    long written = 0;
    while (written < length) {
      int size = (int) Math.min(CHUNK, length - written);
      sink.write(pattern, (int) (written % PERIOD), size);
      written += size;
    }
    sink.flush();
  }
}
