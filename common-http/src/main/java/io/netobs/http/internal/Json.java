package io.netobs.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * The one JSON configuration of the SDK. Decoding is tolerant of what the live services send:
 * unknown fields (kept by models that ask for them), numbers as strings and strings as numbers,
 * date-times with 0 to 9 fractional digits and with or without an offset, and epoch milliseconds.
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  /** {@code List<T>} per element type, built once: resources ask for it on every call. */
  private static final ClassValue<JavaType> LIST_TYPES =
      new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> element) {
          return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
        }
      };

  private Json() {}

  /**
   * The shared mapper. Configured once here and never changed afterwards, so it is safe to share.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A type for Jackson from a raw class and its type arguments, e.g. {@code List<Device>}. */
  public static JavaType listOf(Class<?> element) {
    return LIST_TYPES.get(element);
  }

  /** Whether {@code type} is a list of items made by {@link #listOf}. */
  static boolean isItemList(JavaType type) {
    return type.isCollectionLikeType() && type == listOf(type.getContentType().getRawClass());
  }

  /**
   * The items of a decoded list of items, as they are. A list of items cannot hold a missing one (a
   * JSON null, or a value that reads as none): it is refused as undecodable, not handed on as a
   * null to trip on.
   *
   * @throws JsonMappingException naming the first missing item
   */
  public static <T> List<T> requireItems(List<T> items) throws JsonMappingException {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw JsonMappingException.from((JsonParser) null, "item " + i + " of the array is null");
      }
    }
    return items;
  }

  static ObjectMapper newMapper() {
    SimpleModule lenientTimes = new SimpleModule("netobs-lenient-times");
    lenientTimes.addDeserializer(Instant.class, new LenientInstantDeserializer());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(lenientTimes)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
        .build();
  }

  /**
   * Reads the date-times of both APIs: ISO-8601 with 0 to 9 fractional digits, with an offset or
   * without one (then UTC), with {@code T} or a space; and epoch milliseconds as a number or a
   * string of digits. An empty string is null.
   */
  static final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL =
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    LenientInstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        return Instant.ofEpochMilli((long) p.getDoubleValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        Instant parsed = parse(text);
        if (parsed == null) {
          return (Instant)
              ctxt.handleWeirdStringValue(
                  Instant.class, text, "not an ISO-8601 date-time or epoch milliseconds");
        }
        return parsed;
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    static Instant parse(String text) {
      if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
        return Instant.ofEpochMilli(Long.parseLong(text));
      }
      try {
        var parsed = LOCAL.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime odt) {
          return odt.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
