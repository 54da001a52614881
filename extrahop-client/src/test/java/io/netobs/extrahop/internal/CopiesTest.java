package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The defensive copies of the model records ({@link Copies}, {@link Models}): a missing collection
 * is empty, a copy does not follow its source, cannot be changed, and keeps order and JSON nulls.
 */
class CopiesTest {
  @Test
  void copiesOfListsAreDetachedUnmodifiableAndKeepOrder() {
    List<String> source = new ArrayList<>(List.of("b", "a"));
    List<String> copy = Copies.list(source);
    List<String> model = Models.copy(source);
    source.add("c");
    assertThat(copy).containsExactly("b", "a");
    assertThat(model).containsExactly("b", "a");
    assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesOfMapsAreDetachedUnmodifiableAndKeepOrder() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("z", 1);
    source.put("a", 2);
    Map<String, Integer> copy = Copies.map(source);
    Map<String, Integer> model = Models.copy(source);
    source.put("m", 3);
    assertThat(copy).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
    assertThat(model).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
    assertThatThrownBy(() -> copy.put("b", 4)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> model.put("b", 4)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingCollectionsAreEmpty() {
    assertThat(Copies.list(null)).isEmpty();
    assertThat(Copies.map(null)).isEmpty();
    assertThat(Models.copy((List<String>) null)).isEmpty();
    assertThat(Models.copy((Map<String, String>) null)).isEmpty();
    assertThat(Models.copy(new ArrayList<String>())).isEmpty();
    assertThat(Models.copy(new HashMap<String, String>())).isEmpty();
  }

  @Test
  void modelCopiesKeepTheNullsAServerSends() {
    assertThat(Models.copy(Arrays.asList("a", null))).containsExactly("a", null);
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("gone", null);
    assertThat(Models.copy(withNull)).containsEntry("gone", null).hasSize(1);
  }
}
