package io.netobs.extrahop.internal;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Uploads sent as {@code multipart/form-data}: text fields followed by one file part, streamed. The
 * file is never held in memory: the request body is the form's head, the file's bytes as they are
 * read, and the closing boundary. A file on disk gives the body a known length and is opened only
 * when the body is written; a caller's stream is sent chunked and read once. Either way the request
 * is sent once and never retried after its body started, as every other streamed upload.
 */
public final class Multipart {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BINARY = "application/octet-stream";

  private Multipart() {}

  /**
   * A request of {@code method} to {@code path} whose body is {@code fields} (in order) and the
   * file part {@code filePart} with {@code file}'s bytes, named after the file.
   */
  public static ApiRequest file(
      String method,
      String path,
      Map<String, String> fields,
      String filePart,
      Path file,
      String name,
      Object... params) {
    Transfers.readableFile(file, name);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
    }
    String boundary = boundary();
    byte[] head = head(boundary, fields, filePart, String.valueOf(file.getFileName()));
    byte[] tail = tail(boundary);
    InputStream body = concat(head, new OpenOnRead(file), tail);
    return ApiRequest.of(method, path, params).stream(
            body, contentType(boundary), head.length + size + tail.length)
        .build();
  }

  /**
   * As {@link #file}, the file part read from {@code in} (read once and closed) and sent under
   * {@code filename}; the body is sent chunked.
   */
  public static ApiRequest stream(
      String method,
      String path,
      Map<String, String> fields,
      String filePart,
      InputStream in,
      String filename,
      Object... params) {
    Checks.notNull(in, "in");
    String boundary = boundary();
    InputStream body = concat(head(boundary, fields, filePart, filename), in, tail(boundary));
    return ApiRequest.of(method, path, params).stream(body, contentType(boundary), -1).build();
  }

  private static String contentType(String boundary) {
    return "multipart/form-data; boundary=" + boundary;
  }

  private static String boundary() {
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    return "netobs-" + HexFormat.of().formatHex(random);
  }

  private static byte[] head(
      String boundary, Map<String, String> fields, String filePart, String filename) {
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(quoted(name))
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(quoted(filePart))
        .append("\"; filename=\"")
        .append(quoted(filename))
        .append("\"\r\nContent-Type: ")
        .append(BINARY)
        .append("\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] tail(String boundary) {
    return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A name or file name inside a quoted header parameter: quotes and line breaks escaped. */
  private static String quoted(String text) {
    return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static InputStream concat(byte[] head, InputStream middle, byte[] tail) {
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(new ByteArrayInputStream(head), middle, new ByteArrayInputStream(tail))));
  }

  /** A file's stream, opened on the first read so that a request never sent holds no file open. */
  private static final class OpenOnRead extends InputStream {
    private final Path file;
    private InputStream in;

    OpenOnRead(Path file) {
      this.file = file;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        in = Files.newInputStream(file);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in().read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
