package io.netobs.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies an answer into the caller's stream. Once a byte has gone to the caller, the call cannot be
 * made again without duplicating what the caller already has: failures from then on are final.
 */
final class WrittenToCaller {
  private final InputStream in;

  WrittenToCaller(InputStream in) {
    this.in = in;
  }

  long transferTo(OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        if (total > 0) {
          throw new NotRestartable(
              "the answer broke off after "
                  + total
                  + " bytes were written to the caller's stream: "
                  + e.getMessage(),
              e);
        }
        throw e;
      }
      if (n < 0) {
        return total;
      }
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new NotRestartable("writing to the caller's stream failed: " + e.getMessage(), e);
      }
      total += n;
    }
  }

  /** A failure after which the call must not be made again by the SDK. */
  static final class NotRestartable extends IOException {
    private static final long serialVersionUID = 1L;

    NotRestartable(String message, IOException cause) {
      super(message, cause);
    }
  }
}
