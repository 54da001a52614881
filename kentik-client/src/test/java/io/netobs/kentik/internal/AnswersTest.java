package io.netobs.kentik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.netobs.http.internal.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrapped and bare answers, and what an answer of another shape is told apart by. */
class AnswersTest {
  record Tag(@JsonProperty("id") long id, @JsonProperty("name") String name) {}

  private static ApiResponse answer(String json) {
    return new ApiResponse(
        "GET",
        "/tags",
        200,
        Map.of(),
        new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anObjectIsReadWrappedOrBare() throws IOException {
    assertThat(Answers.object(answer("{'tag': {'id': 1, 'name': 'a'}}"), "tag", Tag.class))
        .isEqualTo(new Tag(1, "a"));
    assertThat(Answers.object(answer("{'id': 2, 'name': 'b'}"), "tag", Tag.class))
        .isEqualTo(new Tag(2, "b"));
    assertThat(Answers.object(answer("{'id': 3, 'name': 'c'}"), null, Tag.class))
        .isEqualTo(new Tag(3, "c"));
    // A field named like the wrapper that is not an object is a field of the bare object.
    assertThat(Answers.object(answer("{'id': 4, 'tag': 'x'}"), "tag", Tag.class))
        .isEqualTo(new Tag(4, null));
    // Without a wrapper, a field of that name is not unwrapped.
    assertThat(Answers.object(answer("{'id': 5, 'tag': {'id': 6}}"), null, Tag.class))
        .isEqualTo(new Tag(5, null));
  }

  @Test
  void anObjectOfAnotherShapeSaysWhatWasExpected() {
    assertThatThrownBy(() -> Answers.object(answer("[1]"), "tag", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON object (or {\"tag\": {...}}), got array");
    assertThatThrownBy(() -> Answers.object(answer("\"text\""), null, Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON object, got string");
    assertThatThrownBy(() -> Answers.object(answer(""), "tag", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON object (or {\"tag\": {...}}), got no body");
  }

  @Test
  void aListIsReadWrappedOrBareAndNullIsEmpty() throws IOException {
    assertThat(Answers.list(answer("{'tags': [{'id': 1}, {'id': 2}]}"), "tags", Tag.class))
        .containsExactly(new Tag(1, null), new Tag(2, null));
    assertThat(Answers.list(answer("[{'id': 3}]"), "tags", Tag.class))
        .containsExactly(new Tag(3, null));
    assertThat(Answers.list(answer("[{'id': 4}]"), null, Tag.class))
        .containsExactly(new Tag(4, null));
    assertThat(Answers.list(answer("{'tags': null}"), "tags", Tag.class)).isEmpty();
    List<Tag> read = Answers.list(answer("[{'id': 5}]"), "tags", Tag.class);
    assertThatThrownBy(() -> read.add(new Tag(6, null)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListOfAnotherShapeSaysWhatWasExpected() {
    assertThatThrownBy(() -> Answers.list(answer("{'tags': {'id': 1}}"), "tags", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON array (or {\"tags\": [...]}), got object");
    assertThatThrownBy(() -> Answers.list(answer("{'other': []}"), "tags", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON array (or {\"tags\": [...]}), got object");
    assertThatThrownBy(() -> Answers.list(answer("{'tags': []}"), null, Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON array, got object");
    assertThatThrownBy(() -> Answers.list(answer(""), "tags", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON array (or {\"tags\": [...]}), got no body");
    assertThatThrownBy(() -> Answers.list(answer("7"), "tags", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected a JSON array (or {\"tags\": [...]}), got number");
  }

  @Test
  void aListWithANullItemIsADecodingFailureNotANullPointer() {
    assertThatThrownBy(() -> Answers.list(answer("{'tags': [{'id': 1}, null]}"), "tags", Tag.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("item 1 of the array is null");
  }

  @Test
  void mapsCopyAndNeverReturnNull() {
    assertThat(Maps.list(null)).isEmpty();
    List<String> source = new java.util.ArrayList<>(List.of("a"));
    List<String> copy = Maps.list(source);
    source.add("b");
    assertThat(copy).containsExactly("a");
    Map<String, Object> fields = new HashMap<>();
    fields.put("metric", null);
    fields.put("colour", "blue");
    Map<String, Object> unknown = Maps.unknown(fields);
    fields.clear();
    assertThat(unknown).containsEntry("metric", null).containsEntry("colour", "blue");
  }
}
