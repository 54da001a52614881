package io.netobs.kentik.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;
import org.jspecify.annotations.Nullable;

/**
 * The image format of a Query API chart: sent as {@code imageType} with a chart query, and read
 * back from the media type of the answer's data URI. A format this SDK does not know is kept as
 * given.
 */
public final class ChartImageType extends ExtensibleEnum {
  /** PNG ({@code image/png}). */
  public static final ChartImageType PNG = new ChartImageType("png", "image/png", true);

  /** JPEG ({@code image/jpeg}). */
  public static final ChartImageType JPG = new ChartImageType("jpg", "image/jpeg", true);

  /** SVG ({@code image/svg+xml}). */
  public static final ChartImageType SVG = new ChartImageType("svg", "image/svg+xml", true);

  /** PDF ({@code application/pdf}). */
  public static final ChartImageType PDF = new ChartImageType("pdf", "application/pdf", true);

  private final String mediaType;

  private ChartImageType(String value, String mediaType, boolean known) {
    super(value, known);
    this.mediaType = mediaType;
  }

  /**
   * The type for {@code value}: a known constant when it matches one in any case ({@code jpeg} is
   * {@link #JPG}), otherwise an unknown type that keeps the raw value.
   *
   * @param value the wire value, e.g. {@code "png"}
   * @return the type
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ChartImageType of(String value) {
    return switch (normalize(value)) {
      case "png" -> PNG;
      case "jpg", "jpeg" -> JPG;
      case "svg" -> SVG;
      case "pdf" -> PDF;
      default -> new ChartImageType(value, null, false);
    };
  }

  /**
   * The type whose media type is {@code mediaType} (parameters such as {@code ;charset=...}
   * ignored), or an unknown type holding the media type itself.
   *
   * @param mediaType a media type, e.g. {@code image/png}
   * @return the type
   */
  public static ChartImageType ofMediaType(String mediaType) {
    String bare = normalize(mediaType);
    int semicolon = bare.indexOf(';');
    if (semicolon >= 0) {
      bare = bare.substring(0, semicolon).strip();
    }
    for (ChartImageType known : new ChartImageType[] {PNG, JPG, SVG, PDF}) {
      if (known.mediaType.equals(bare)) {
        return known;
      }
    }
    return new ChartImageType(mediaType, mediaType, false);
  }

  /**
   * The media type of images of this type, e.g. {@code image/png}; for an unknown type, the media
   * type it was read from, or null when it was made from a wire value.
   *
   * @return the media type, or null
   */
  public @Nullable String mediaType() {
    return mediaType;
  }
}
