package io.netobs.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Calls every public accessor of a decoded object, as the fuzz tests do with what they decode. */
public final class Accessors {
  private Accessors() {}

  /**
   * Calls {@code toString()}, {@code equals} and {@code hashCode} of {@code value}, then each
   * public instance method that returns something and takes the arguments {@code arguments} gives
   * for it (null: the method is passed over). None may throw, except where {@code allowed} accepts
   * the method and what it threw. Nothing happens for a null value.
   */
  public static void exercise(
      Object value, Function<Method, Object[]> arguments, BiPredicate<Method, Throwable> allowed) {
    if (value == null) {
      return;
    }
    assertThat(value.toString()).isNotNull();
    assertThat(value).isEqualTo(value);
    value.hashCode();
    for (Method m : value.getClass().getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class
          || m.getReturnType() == void.class) {
        continue;
      }
      Object[] args = m.getParameterCount() == 0 ? new Object[0] : arguments.apply(m);
      if (args == null) {
        continue;
      }
      try {
        m.invoke(value, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!allowed.test(m, cause)) {
          throw new AssertionError(
              value.getClass().getSimpleName() + "." + m.getName() + " threw " + cause, cause);
        }
      } catch (IllegalAccessException e) {
        // a public method of a non-public class: not reachable by callers either
      }
    }
  }
}
