package io.netobs.http.internal;

import io.netobs.http.DecodingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first bytes of a body, for the excerpt of a {@link DecodingException}. */
final class ExcerptingStream extends FilterInputStream {
  private static final int KEEP = 256;
  // The first KEEP bytes, in an array made on the first byte read (an empty body needs none).
  private byte[] head;
  private int kept;
  private long bytesRead;
  private IOException failure;

  ExcerptingStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (b >= 0) {
      bytesRead++;
      if (kept < KEEP) {
        keep(b);
      }
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (n > 0) {
      bytesRead += n;
      if (kept < KEEP) {
        int count = Math.min(n, KEEP - kept);
        if (head == null) {
          head = new byte[KEEP];
        }
        System.arraycopy(buffer, offset, head, kept, count);
        kept += count;
      }
    }
    return n;
  }

  private void keep(int b) {
    if (head == null) {
      head = new byte[KEEP];
    }
    head[kept++] = (byte) b;
  }

  /** The bytes of the body read so far (white space included). */
  long bytesRead() {
    return bytesRead;
  }

  /** The failure of the answer's stream itself (the connection broke off, a timeout), or null. */
  IOException failure() {
    return failure;
  }

  String excerpt() {
    return ErrorBodies.excerpt(
        head == null ? "" : new String(head, 0, kept, StandardCharsets.UTF_8));
  }
}
