package io.netobs.kentik.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chart answered by {@code POST /query/topXchart}: the image's bytes, decoded from the answer's
 * data URI, and its type. Immutable: {@link #bytes()} returns a copy.
 */
public final class TopXChart {
  private final ChartImageType imageType;
  private final byte[] bytes;

  /**
   * A chart of the given type.
   *
   * @param imageType the image's type
   * @param bytes the image (copied)
   */
  public TopXChart(ChartImageType imageType, byte[] bytes) {
    this.imageType = Objects.requireNonNull(imageType, "imageType must not be null");
    this.bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
  }

  /**
   * The image's type, from the data URI's media type.
   *
   * @return the type
   */
  public ChartImageType imageType() {
    return imageType;
  }

  /**
   * The media type of the image, e.g. {@code image/png}. Charts the SDK decodes always have one;
   * null only for a chart made with an image type this SDK does not know, made from its wire value.
   *
   * @return the media type, or null
   */
  public @Nullable String mediaType() {
    return imageType.mediaType();
  }

  /**
   * The image.
   *
   * @return a copy of the image's bytes
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The size of the image.
   *
   * @return the number of bytes
   */
  public int size() {
    return bytes.length;
  }

  /**
   * Writes the image to a file, replacing it if it exists.
   *
   * @param file where to write
   * @return {@code file}
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeTo(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart to " + file, e);
    }
  }

  @Override
  public String toString() {
    return "TopXChart[" + imageType + ", " + bytes.length + " bytes]";
  }
}
