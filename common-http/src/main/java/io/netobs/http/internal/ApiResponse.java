package io.netobs.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful answer, open for reading while a {@link HttpCore.ResponseReader} runs; closed by the
 * core afterwards.
 *
 * @param method the request's method
 * @param path the request's path, without the query
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the body stream (empty for 204)
 */
public record ApiResponse(
    String method, String path, int status, Map<String, List<String>> headers, InputStream body) {
  /**
   * Larger declared lengths are read as if undeclared: an array is not made bigger than this on the
   * word of a header.
   */
  private static final long LARGEST_SIZED_READ = 64L << 20;

  /**
   * The whole body as bytes. When the answer declares its length, the body is read into one array
   * of that length; otherwise (or beyond 64 MiB) in growing parts, copied into the result at the
   * end, which costs a large answer its size again in allocation.
   */
  public byte[] bytes() throws IOException {
    String declared = header("content-length");
    long length = -1;
    if (declared != null) {
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        length = -1;
      }
    }
    if (length < 0 || length > LARGEST_SIZED_READ) {
      return body.readAllBytes();
    }
    byte[] bytes = new byte[(int) length];
    int read = body.readNBytes(bytes, 0, bytes.length);
    if (read < bytes.length) {
      return Arrays.copyOf(bytes, read);
    }
    // A body longer than declared: keep what follows too rather than drop it.
    byte[] rest = body.readAllBytes();
    if (rest.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
    System.arraycopy(rest, 0, all, bytes.length, rest.length);
    return all;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
