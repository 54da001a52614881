package io.netobs.http.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks the public API reachable from a client (every public instance method of the client, of the
 * resource objects its methods return, and so on) and calls each method once per bad argument: null
 * for a reference, empty and blank for a string, 0 and -1 for an id or a count, a negative
 * duration, an id list holding null or 0. Every other argument is a valid sample, so the bad one is
 * the only reason to refuse.
 *
 * <p>Each call must throw an {@link IllegalArgumentException} or {@link NullPointerException} whose
 * message names the parameter (its Java name, available through {@code -parameters}), and nothing
 * may reach the server (the caller's request counter must not move). What breaks a rule is a {@link
 * Finding}.
 *
 * <p>Parameters documented to take null (a listener, an optional bound) are declared with {@link
 * #nullable}, parameters whose 0 or -1 has a documented meaning with {@link #allowed}.
 */
public final class BadInputWalker {
  /** Words that state a rule: "must not be null", "is required", "cannot be read", ... */
  private static final Pattern RULE =
      Pattern.compile(
          "(?i)\\b(must|cannot|can't|required|not|only|invalid|expected|between|at least|at most|positive)\\b");

  /** A rule broken by one call. */
  public record Finding(String method, String parameter, String value, String problem) {
    @Override
    public String toString() {
      return method + " with " + parameter + " = " + value + ": " + problem;
    }
  }

  /** The outcome of a walk. */
  public record Report(int classes, int methods, int calls, List<Finding> findings) {}

  private final Predicate resource;
  private final Function<Parameter, Object> samples;
  private final LongSupplier requestsSent;
  private final Set<String> nullable = new HashSet<>();
  private final Map<String, Set<String>> allowedValues = new LinkedHashMap<>();

  /**
   * Which classes are resources to walk into (the client's own packages, not models or exceptions).
   */
  @FunctionalInterface
  public interface Predicate {
    boolean isResource(Class<?> type);
  }

  /**
   * @param resource which returned types to walk into
   * @param samples a valid value for a parameter, or null when the walker's own default will do
   * @param requestsSent how many requests the server has received so far
   */
  public BadInputWalker(
      Predicate resource, Function<Parameter, Object> samples, LongSupplier requestsSent) {
    this.resource = resource;
    this.samples = samples;
    this.requestsSent = requestsSent;
  }

  /** Declares that {@code Class.method.parameter} takes null (as its Javadoc says). */
  public BadInputWalker nullable(String... qualifiedParameters) {
    nullable.addAll(List.of(qualifiedParameters));
    return this;
  }

  /**
   * Declares that {@code Class.method.parameter} takes these bad-looking values (as its Javadoc
   * says), e.g. {@code "-1"}.
   */
  public BadInputWalker allowed(String qualifiedParameter, String... values) {
    allowedValues.computeIfAbsent(qualifiedParameter, k -> new HashSet<>()).addAll(List.of(values));
    return this;
  }

  /** Walks from each named root: a fresh instance is asked of its supplier for every call. */
  public Report walk(Map<String, Supplier<Object>> roots) {
    Deque<Map.Entry<Class<?>, Supplier<Object>>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Supplier<Object> root : roots.values()) {
      todo.add(Map.entry(root.get().getClass(), root));
    }
    List<Finding> findings = new ArrayList<>();
    int methods = 0;
    int calls = 0;
    while (!todo.isEmpty()) {
      Map.Entry<Class<?>, Supplier<Object>> next = todo.poll();
      Class<?> type = next.getKey();
      Supplier<Object> instances = next.getValue();
      if (!seen.add(type)) {
        continue;
      }
      List<Method> publicMethods = new ArrayList<>(Arrays.asList(type.getMethods()));
      publicMethods.sort(Comparator.comparing(Method::toGenericString));
      for (Method method : publicMethods) {
        if (Modifier.isStatic(method.getModifiers())
            || method.getDeclaringClass() == Object.class
            || method.isSynthetic()
            || method.isBridge()
            || method.getName().equals("equals")
            || method.getName().equals("close")) {
          continue;
        }
        Class<?> returned = method.getReturnType();
        if (resource.isResource(returned) && returned != type) {
          todo.add(Map.entry(returned, () -> invokeValid(instances.get(), method)));
        }
        if (method.getParameterCount() == 0) {
          continue;
        }
        methods++;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          Parameter p = parameters[i];
          if (!p.isNamePresent()) {
            throw new IllegalStateException("compile with -parameters: " + method);
          }
          String qualified = type.getSimpleName() + "." + method.getName() + "." + p.getName();
          for (Object bad : badValues(p)) {
            String shown = show(bad);
            if (bad == null && nullable.contains(qualified)) {
              continue;
            }
            if (allowedValues.getOrDefault(qualified, Set.of()).contains(shown)) {
              continue;
            }
            Object[] args = new Object[parameters.length];
            // A parameter without a valid sample gets null: then naming it is as good as naming the
            // bad one.
            List<String> namesAccepted = new ArrayList<>(List.of(p.getName()));
            if (parameters.length == 1) {
              namesAccepted.add(
                  method.getName()); // a builder's option, e.g. readTimeout(Duration timeout)
            }
            for (int j = 0; j < parameters.length; j++) {
              args[j] = j == i ? bad : valid(parameters[j]);
              if (j != i && args[j] == null && !parameters[j].getType().isPrimitive()) {
                namesAccepted.add(parameters[j].getName());
              }
            }
            calls++;
            long before = requestsSent.getAsLong();
            String name = type.getSimpleName() + "." + method.getName() + signature(method);
            Throwable thrown = null;
            try {
              Object target = instances.get();
              Object result = method.invoke(target, args);
              consume(result);
            } catch (InvocationTargetException e) {
              thrown = e.getCause();
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
            long sent = requestsSent.getAsLong() - before;
            if (thrown == null) {
              findings.add(
                  new Finding(
                      name,
                      p.getName(),
                      shown,
                      "accepted" + (sent > 0 ? " and sent " + sent + " request(s)" : "")));
            } else if (!(thrown instanceof IllegalArgumentException)
                && !(thrown instanceof NullPointerException)) {
              findings.add(
                  new Finding(
                      name,
                      p.getName(),
                      shown,
                      "threw "
                          + thrown
                          + (sent > 0 ? " after sending " + sent + " request(s)" : "")));
            } else if (thrown.getMessage() == null
                || namesAccepted.stream().noneMatch(thrown.getMessage()::contains)) {
              findings.add(
                  new Finding(
                      name, p.getName(), shown, "message does not name the parameter: " + thrown));
            } else if (!RULE.matcher(thrown.getMessage()).find()) {
              findings.add(
                  new Finding(
                      name, p.getName(), shown, "message does not say the rule: " + thrown));
            } else if (sent > 0) {
              findings.add(
                  new Finding(
                      name,
                      p.getName(),
                      shown,
                      "refused only after sending " + sent + " request(s): " + thrown));
            }
          }
        }
      }
    }
    return new Report(seen.size(), methods, calls, findings);
  }

  /** Pages and iterables are lazy: touching them is what sends. */
  private static void consume(Object result) {
    if (result instanceof Iterable<?> iterable) {
      Iterator<?> it = iterable.iterator();
      if (it.hasNext()) {
        it.next();
      }
    }
  }

  private Object invokeValid(Object target, Method method) {
    Object[] args = new Object[method.getParameterCount()];
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < args.length; i++) {
      args[i] = valid(parameters[i]);
    }
    try {
      return method.invoke(target, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the resource through " + method, e);
    }
  }

  /** A valid argument: the caller's sample, else a default by type. */
  public Object valid(Parameter p) {
    Object sample = samples.apply(p);
    if (sample != null) {
      return sample;
    }
    Class<?> t = p.getType();
    if (t == long.class || t == Long.class) {
      return 1L;
    }
    if (t == int.class || t == Integer.class) {
      return 1;
    }
    if (t == boolean.class) {
      return true;
    }
    if (t == String.class) {
      return "valid-" + p.getName();
    }
    if (t == Duration.class) {
      return Duration.ofMillis(1);
    }
    if (t == OutputStream.class) {
      return OutputStream.nullOutputStream();
    }
    if (t == InputStream.class) {
      return new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
    }
    if (t == long[].class) {
      return new long[] {1L};
    }
    if (Collection.class.isAssignableFrom(t) || t == Iterable.class) {
      Type element = elementType(p);
      return element == Long.class ? List.of(1L) : List.of();
    }
    if (t == Iterator.class) {
      return List.of().iterator();
    }
    if (t == Stream.class) {
      return Stream.empty();
    }
    if (Map.class.isAssignableFrom(t)) {
      return Map.of("key", "value");
    }
    if (t.isArray()) {
      return Array.newInstance(t.getComponentType(), 0);
    }
    return null;
  }

  /** The bad values for a parameter of this type. */
  private static List<Object> badValues(Parameter p) {
    Class<?> t = p.getType();
    List<Object> bad = new ArrayList<>();
    if (t == long.class) {
      bad.add(0L);
      bad.add(-1L);
    } else if (t == int.class) {
      bad.add(0);
      bad.add(-1);
      if (p.getName().toLowerCase(Locale.ROOT).contains("port")) {
        bad.add(65_536);
      }
    } else if (t.isPrimitive()) {
      return bad;
    } else {
      bad.add(null);
      if (t == String.class) {
        bad.add("");
        bad.add("   ");
      } else if (t == Duration.class) {
        bad.add(Duration.ofSeconds(-1));
      } else if (t == long[].class) {
        bad.add(new long[] {0L});
        bad.add(new long[] {-1L});
      } else if (Collection.class.isAssignableFrom(t)) {
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        bad.add(withNull);
        if (elementType(p) == Long.class) {
          bad.add(List.of(0L));
        }
      } else if (t.isArray() && !t.getComponentType().isPrimitive()) {
        bad.add(Array.newInstance(t.getComponentType(), 1)); // holds one null
      } else if (t == Path.class && isSourceFile(p)) {
        bad.add(Path.of("no-such-dir-" + System.nanoTime(), "missing.json"));
      }
    }
    return bad;
  }

  /** A path the method reads (an upload), as opposed to a target it writes. */
  private static boolean isSourceFile(Parameter p) {
    String name = p.getName().toLowerCase(Locale.ROOT);
    return !name.contains("target") && !name.contains("out");
  }

  private static Type elementType(Parameter p) {
    if (p.getParameterizedType() instanceof ParameterizedType pt
        && pt.getActualTypeArguments().length == 1) {
      return pt.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  private static String show(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof long[] a) {
      return Arrays.toString(a);
    }
    if (value.getClass().isArray()) {
      return Arrays.deepToString((Object[]) value);
    }
    return String.valueOf(value);
  }

  private static String signature(Method m) {
    StringBuilder s = new StringBuilder("(");
    for (Class<?> t : m.getParameterTypes()) {
      s.append(s.length() > 1 ? ", " : "").append(t.getSimpleName());
    }
    return s.append(")").toString();
  }

  @Override
  public String toString() {
    return "BadInputWalker[" + nullable.size() + " nullable, " + allowedValues.size() + " allowed]";
  }
}
