package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper as made, list types made on first use, and instants at the edges of their forms. */
class JsonEdgesTest {
  /** A type no other test asks a list type for, so that this test's call makes it. */
  record OnlyHere(int n) {}

  @Test
  void aNewMapperReadsTheLenientForms() throws Exception {
    ObjectMapper mapper = Json.newMapper();
    assertThat(mapper.readValue("\"2026-01-01T00:00:00\"", Instant.class))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(mapper.readValue("{\"n\": 3, \"unknown\": 1}", OnlyHere.class))
        .isEqualTo(new OnlyHere(3));
  }

  @Test
  void aListTypeIsMadeOnceForItsElementType() throws Exception {
    JavaType type = Json.listOf(OnlyHere.class);
    assertThat(type).isNotNull();
    assertThat(type.getRawClass()).isEqualTo(List.class);
    assertThat(type.getContentType().getRawClass()).isEqualTo(OnlyHere.class);
    assertThat(Json.listOf(OnlyHere.class)).isSameAs(type);
    List<OnlyHere> read = Json.mapper().readValue("[{\"n\": 1}, {\"n\": 2}]", type);
    assertThat(read).containsExactly(new OnlyHere(1), new OnlyHere(2));
  }

  @Test
  void epochMillisAreReadAsIntegersFloatsAndStringsOfUpToEighteenDigits() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.readValue("1767225600000", Instant.class))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(mapper.readValue("1767225600000.9", Instant.class))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(Json.LenientInstantDeserializer.parse("100000000000000000"))
        .isEqualTo(Instant.ofEpochMilli(100_000_000_000_000_000L));
    assertThat(Json.LenientInstantDeserializer.parse("1000000000000000000")).isNull();
  }

  @Test
  void aListOfItemsRefusesAMissingItemAndOtherListsAreNotListsOfItems() throws Exception {
    assertThat(Json.isItemList(Json.listOf(String.class))).isTrue();
    assertThat(Json.isItemList(Json.mapper().constructType(String.class))).isFalse();
    // Made elsewhere than listOf: a list the caller asked for by its own type, nulls and all.
    assertThat(
            Json.isItemList(
                Json.mapper()
                    .getTypeFactory()
                    .constructCollectionType(java.util.ArrayList.class, String.class)))
        .isFalse();
    assertThat(Json.requireItems(List.of("a", "b"))).containsExactly("a", "b");
    assertThatThrownBy(() -> Json.requireItems(java.util.Arrays.asList("a", null)))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .hasMessageContaining("item 1 of the array is null");
  }
}
