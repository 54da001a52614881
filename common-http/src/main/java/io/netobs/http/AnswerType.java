package io.netobs.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The type a raw call's JSON answer is decoded as, generic types included: {@code
 * AnswerType.listOf(Device.class)}, or for any other type an anonymous subclass that names it,
 * {@code new AnswerType<Map<String, List<Device>>>() {}}.
 *
 * @param <T> the type of the decoded answer
 */
public abstract class AnswerType<T> {
  private final Type type;

  /**
   * For an anonymous subclass whose type argument is the answer's type.
   *
   * @throws IllegalStateException when the subclass does not name its type argument
   */
  protected AnswerType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)
        || parameterized.getRawType() != AnswerType.class) {
      throw new IllegalStateException(
          "an AnswerType subclass must name its type, as in new AnswerType<List<Device>>() {}");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  private AnswerType(Type type) {
    this.type = type;
  }

  /** The answer as an instance of {@code type}. */
  public static <T> AnswerType<T> of(Class<T> type) {
    return new Fixed<>(Objects.requireNonNull(type, "type must not be null"));
  }

  /** The answer as a JSON array of {@code element}. */
  public static <T> AnswerType<List<T>> listOf(Class<T> element) {
    Objects.requireNonNull(element, "element must not be null");
    return new Fixed<>(new Parameterized(List.class, element));
  }

  /** The answer as a JSON object whose values are each a {@code value}. */
  public static <V> AnswerType<Map<String, V>> mapOf(Class<V> value) {
    Objects.requireNonNull(value, "value must not be null");
    return new Fixed<>(new Parameterized(Map.class, String.class, value));
  }

  /** The Java type the answer is decoded as. */
  public final Type type() {
    return type;
  }

  /** The type's name, e.g. {@code AnswerType[java.util.List<Device>]}. */
  @Override
  public String toString() {
    return "AnswerType[" + type.getTypeName() + "]";
  }

  private static final class Fixed<T> extends AnswerType<T> {
    Fixed(Type type) {
      super(type);
    }
  }

  /** A generic type with its arguments, as the compiler would record it. */
  private record Parameterized(Class<?> raw, Type... arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public String getTypeName() {
      StringBuilder name = new StringBuilder(raw.getName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return name.append('>').toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p
          && p.getRawType().equals(raw)
          && p.getOwnerType() == null
          && Arrays.equals(p.getActualTypeArguments(), arguments);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ raw.hashCode();
    }
  }
}
