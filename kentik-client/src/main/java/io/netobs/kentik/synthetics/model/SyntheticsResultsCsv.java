package io.netobs.kentik.synthetics.model;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Test results as a file: its content type and bytes (base64 on the wire).
 *
 * @param contentType the file's content type, e.g. {@code text/csv}
 * @param data the file's bytes
 */
public record SyntheticsResultsCsv(@Nullable String contentType, byte[] data) {
  /** Copies the bytes. */
  public SyntheticsResultsCsv {
    data = data == null ? new byte[0] : data.clone();
  }

  /** The bytes as a copy. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The bytes as UTF-8 text. */
  public String text() {
    return new String(data, StandardCharsets.UTF_8);
  }
}
