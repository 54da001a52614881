package io.netobs.kentik.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Decoders for the values of the alerting answers, which vary by row: times with a zone ({@code
 * 2021-01-19T13:50:00.000Z}), without one ({@code 2021-01-19 13:50:00}, UTC), or the placeholder
 * {@code 0000-00-00 00:00:00} for "none"; flags as 0/1, booleans or strings; metric lists that are
 * an empty string on manual-mitigation rows.
 */
public final class AlarmFields {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm:ss[.SSSSSS][.SSS]", Locale.ROOT);

  private AlarmFields() {}

  /**
   * A time as the alerting answers send it; null for null, an empty string or the all-zero
   * placeholder; a time without zone is UTC.
   */
  public static Instant time(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty() || value.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException withoutZone) {
      try {
        return LocalDateTime.parse(value, LOCAL).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a time: '" + text + "'", e);
      }
    }
  }

  /** Decodes {@link #time(String)}. */
  public static final class Time extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText();
      try {
        return time(text);
      } catch (IllegalArgumentException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text, e.getMessage());
      }
    }

    @Override
    public Instant getNullValue(DeserializationContext context) {
      return null;
    }
  }

  /** A flag sent as a number (non-zero is true), a boolean or a string of either. */
  public static final class Flag extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode node = parser.readValueAsTree();
      if (node == null || node.isNull()) {
        return false;
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isNumber()) {
        return node.doubleValue() != 0;
      }
      String text = node.asText().strip().toLowerCase(Locale.ROOT);
      return text.equals("true") || (!text.isEmpty() && !text.equals("false") && !isZero(text));
    }

    private static boolean isZero(String text) {
      try {
        return Double.parseDouble(text) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
      return false;
    }
  }

  /** A list of strings, sent as an array, a single string, or an empty string for none. */
  public static final class Texts extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode node = parser.readValueAsTree();
      List<String> texts = new ArrayList<>();
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (node.isArray()) {
        node.forEach(element -> texts.add(element.isNull() ? null : element.asText()));
        return Collections.unmodifiableList(texts);
      }
      String text = node.asText();
      return text.isEmpty() ? List.of() : List.of(text);
    }

    @Override
    public List<String> getNullValue(DeserializationContext context) {
      return List.of();
    }
  }
}
