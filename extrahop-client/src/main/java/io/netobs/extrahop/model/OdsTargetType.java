package io.netobs.extrahop.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.netobs.http.ExtensibleEnum;

/**
 * The kind of an Open Data Stream target: the path segment of {@code /odstargets/{type}}. Values
 * this release does not know are kept as the server sent them, and can be used in paths.
 */
public final class OdsTargetType extends ExtensibleEnum {
  /** {@code http}: an HTTP or HTTPS server. */
  public static final OdsTargetType HTTP = new OdsTargetType("http", true);

  /** {@code kafka}: Kafka brokers. */
  public static final OdsTargetType KAFKA = new OdsTargetType("kafka", true);

  /** {@code mongodb}: a MongoDB server. */
  public static final OdsTargetType MONGODB = new OdsTargetType("mongodb", true);

  /** {@code raw}: raw data over TCP or UDP. */
  public static final OdsTargetType RAW = new OdsTargetType("raw", true);

  /** {@code syslog}: a syslog server. */
  public static final OdsTargetType SYSLOG = new OdsTargetType("syslog", true);

  private static final OdsTargetType[] KNOWN = {HTTP, KAFKA, MONGODB, RAW, SYSLOG};

  private OdsTargetType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The known constant for {@code value} (any case, surrounding spaces ignored), or a new unknown
   * value that keeps it.
   *
   * @param value the type as the API spells it
   * @return the type
   */
  @JsonCreator
  public static OdsTargetType of(String value) {
    String normalized = normalize(value);
    for (OdsTargetType known : KNOWN) {
      if (known.value().equals(normalized)) {
        return known;
      }
    }
    return new OdsTargetType(value, false);
  }
}
