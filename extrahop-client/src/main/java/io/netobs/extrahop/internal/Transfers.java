package io.netobs.extrahop.internal;

import io.netobs.extrahop.DownloadProgress;
import io.netobs.http.ApiTimeoutException;
import io.netobs.http.TransportException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.ApiResponse;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Streams downloads to a caller's stream or to a file, and checks upload sources. Nothing is held
 * in memory beyond one 64 KiB block.
 *
 * <p>To a caller's stream: bytes once written cannot be taken back, so a connection that breaks
 * after the first byte ends the download with a {@link TransportException} instead of a retry (a
 * retry would write the start again). To a file: the body goes to a temporary file beside the
 * target, which each attempt starts afresh, and which replaces the target only when complete; a
 * failed download leaves no partial file behind. On POSIX systems the file is readable by its owner
 * only, as captures and backups deserve.
 */
public final class Transfers {
  /** For binary downloads: the appliance chooses the type; JSON error answers still decode. */
  public static final String ACCEPT_ANY =
      "application/octet-stream, application/json;q=0.9, */*;q=0.8";

  private static final int BLOCK = 64 * 1024;

  /** What a reader answers for a 204: no body, nothing written. */
  private static final long NO_CONTENT = -1;

  private Transfers() {}

  /** Streams the answer's body into {@code out}; returns the number of bytes. */
  public static long download(
      HttpCore core, ApiRequest request, OutputStream out, DownloadProgress progress) {
    Checks.notNull(out, "out");
    Checks.notNull(progress, "progress");
    return core.execute(request, response -> copy(response, out, progress, false));
  }

  /**
   * As {@link #download(HttpCore, ApiRequest, OutputStream, DownloadProgress)}, for an operation
   * that answers 204 when it has nothing to send: then nothing is written and the answer is empty.
   */
  public static OptionalLong downloadUnlessNoContent(
      HttpCore core, ApiRequest request, OutputStream out, DownloadProgress progress) {
    Checks.notNull(out, "out");
    Checks.notNull(progress, "progress");
    long bytes =
        core.execute(
            request,
            response ->
                response.status() == 204 ? NO_CONTENT : copy(response, out, progress, false));
    return bytes == NO_CONTENT ? OptionalLong.empty() : OptionalLong.of(bytes);
  }

  /**
   * As {@link #download(HttpCore, ApiRequest, Path, DownloadProgress)}, for an operation that
   * answers 204 when it has nothing to send: then no file is created or replaced, and the answer is
   * empty.
   */
  public static OptionalLong downloadUnlessNoContent(
      HttpCore core, ApiRequest request, Path target, DownloadProgress progress) {
    long bytes = toFile(core, request, target, progress, true);
    return bytes == NO_CONTENT ? OptionalLong.empty() : OptionalLong.of(bytes);
  }

  /**
   * Streams the answer's body into {@code target}, through a temporary file in the same directory
   * that is moved into place once complete; returns the number of bytes.
   */
  public static long download(
      HttpCore core, ApiRequest request, Path target, DownloadProgress progress) {
    return toFile(core, request, target, progress, false);
  }

  private static long toFile(
      HttpCore core,
      ApiRequest request,
      Path target,
      DownloadProgress progress,
      boolean noContentIsNothing) {
    Checks.notNull(target, "target");
    Checks.notNull(progress, "progress");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IllegalArgumentException("the directory of target " + target + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new IllegalArgumentException(
          "target " + target + " is a directory; name the file to write");
    }
    Path temp;
    try {
      temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary file in " + directory + ": " + e.getMessage(), e);
    }
    boolean moved = false;
    try {
      long bytes =
          core.execute(
              request,
              response -> {
                if (noContentIsNothing && response.status() == 204) {
                  return NO_CONTENT;
                }
                // Each attempt writes the file from its start, so a retried attempt cannot leave a
                // mix.
                OutputStream out;
                try {
                  out =
                      Files.newOutputStream(
                          temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
                }
                try (out) {
                  return copy(response, out, progress, true);
                }
              });
      if (bytes == NO_CONTENT) {
        return NO_CONTENT;
      }
      move(temp, absolute);
      moved = true;
      return bytes;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Nothing more can be done; the name marks it as a leftover part.
        }
      }
    }
  }

  private static void move(Path temp, Path target) {
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move the downloaded file into place at " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the body block by block. A failure to read the body is an {@link IOException}, which the
   * core may retry, unless {@code restartable} is false and bytes were already written: then it is
   * final. A failure to write is the caller's or the disk's, never retried.
   */
  private static long copy(
      ApiResponse response, OutputStream out, DownloadProgress progress, boolean restartable)
      throws IOException {
    OptionalLong total = contentLength(response);
    InputStream in = response.body();
    byte[] buffer = new byte[BLOCK];
    long written = 0;
    progress.progress(0, total);
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        if (restartable || written == 0) {
          throw e;
        }
        String detail =
            "the download broke off after "
                + written
                + " bytes had been written to the caller's stream: "
                + e;
        if (e instanceof SocketTimeoutException
            || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
          throw new ApiTimeoutException(response.method(), response.path(), true, detail, e);
        }
        throw new TransportException(response.method(), response.path(), true, detail, e);
      }
      if (n < 0) {
        break;
      }
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "writing the download of " + response.path() + " failed: " + e.getMessage(), e);
      }
      written += n;
      progress.progress(written, total);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "writing the download of " + response.path() + " failed: " + e.getMessage(), e);
    }
    return written;
  }

  private static OptionalLong contentLength(ApiResponse response) {
    String length = response.header("Content-Length");
    if (length == null) {
      return OptionalLong.empty();
    }
    try {
      long value = Long.parseLong(length.strip());
      return value >= 0 ? OptionalLong.of(value) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Reads a whole (small) answer as UTF-8 text. */
  public static String text(HttpCore core, ApiRequest request) {
    return core.execute(request, response -> new String(response.bytes(), StandardCharsets.UTF_8));
  }

  /**
   * A POST of {@code file}'s bytes, streamed from disk; never retried once sent (it is not
   * idempotent).
   */
  public static ApiRequest postFile(String path, Path file, String name, String contentType) {
    readableFile(file, name);
    return ApiRequest.post(path).file(file, contentType).build();
  }

  /** A POST of {@code in}'s bytes, read once; {@code length} is -1 when unknown (sent chunked). */
  public static ApiRequest postStream(
      String path, InputStream in, long length, String contentType) {
    Checks.notNull(in, "in");
    if (length < -1) {
      throw new IllegalArgumentException("length must be -1 (unknown) or >= 0, was " + length);
    }
    return ApiRequest.post(path).stream(in, contentType, length).build();
  }

  /** Checks that {@code file} is a readable regular file, naming the parameter. */
  public static Path readableFile(Path file, String name) {
    Checks.notNull(file, name);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException(name + " " + file + " is not a readable file");
    }
    return file;
  }
}
