package io.netobs.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generic types {@link AnswerType#listOf} and {@link AnswerType#mapOf} make are the types the
 * compiler records for the same declaration: equal to them both ways, with the same hash code, so
 * that a decoder's cache keyed by type finds one entry for either.
 */
class AnswerTypeTest {
  private static Type declared(AnswerType<?> type) {
    return type.type();
  }

  @Test
  void aListOfIsTheTypeTheCompilerRecords() {
    Type made = declared(AnswerType.listOf(String.class));
    Type compiled = declared(new AnswerType<List<String>>() {});
    assertThat(made).isEqualTo(compiled);
    assertThat(compiled).isEqualTo(made);
    assertThat(made.hashCode()).isEqualTo(compiled.hashCode());
    assertThat(made.getTypeName()).isEqualTo("java.util.List<java.lang.String>");
  }

  @Test
  void aMapOfIsTheTypeTheCompilerRecords() {
    Type made = declared(AnswerType.mapOf(Integer.class));
    Type compiled = declared(new AnswerType<Map<String, Integer>>() {});
    assertThat(made).isEqualTo(compiled);
    assertThat(made.hashCode()).isEqualTo(compiled.hashCode());
  }

  @Test
  void anotherRawTypeArgumentOrOwnerIsAnotherType() {
    Type made = declared(AnswerType.listOf(String.class));
    assertThat(made)
        .isNotEqualTo(declared(new AnswerType<Set<String>>() {}))
        .isNotEqualTo(declared(new AnswerType<List<Integer>>() {}))
        .isNotEqualTo(List.class)
        .isNotEqualTo(new Nested(List.class, Map.class, String.class))
        .isEqualTo(new Nested(List.class, null, String.class));
  }

  /** A parameterized type with the owner given, for the comparisons the compiler cannot make. */
  private record Nested(Class<?> raw, Type owner, Type argument) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {argument};
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return owner;
    }
  }
}
