package io.netobs.http.internal;

import io.netobs.http.DecodingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first bytes of a body, for the excerpt of a {@link DecodingException}. */
final class ExcerptingStream extends FilterInputStream {
  private static final int KEEP = 256;

  /**
   * An array for the first bytes, lent to one stream of the thread at a time and given back by
   * {@link #release()} once its answer has been read: a thread reads one answer after another, so
   * most calls need no array of their own. A stream made while another of the same thread holds it
   * (a reader that makes a call of its own) gets a new one.
   */
  private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

  // The first KEEP bytes, in an array taken on the first byte read (an empty body needs none).
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
          head = take();
        }
        System.arraycopy(buffer, offset, head, kept, count);
        kept += count;
      }
    }
    return n;
  }

  private void keep(int b) {
    if (head == null) {
      head = take();
    }
    head[kept++] = (byte) b;
  }

  private static byte[] take() {
    byte[] spare = SPARE.get();
    if (spare == null) {
      return new byte[KEEP];
    }
    SPARE.set(null);
    return spare;
  }

  /** Gives the array of the first bytes back to the thread; no excerpt can be taken afterwards. */
  void release() {
    if (head != null) {
      SPARE.set(head);
      head = null;
      kept = 0;
    }
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
