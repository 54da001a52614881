package io.netobs.testing;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link FakeServersTest}; usable on its own with
 * {@code @ExtendWith(FakeServersExtension.class)} (then with the annotation's defaults).
 *
 * <ul>
 *   <li>Resolves parameters of type {@link FakeKentik} and {@link FakeExtraHop}: one fake per test
 *       class (per {@code @Nested} class), started on a free port the first time a parameter asks
 *       for it, closed after the class.
 *   <li>Before each test, clears the fakes' journals and faults, and resets their state if {@link
 *       FakeServersTest#resetStateBeforeEachTest()} is set. This runs before the test's own
 *       {@code @BeforeEach} methods, so requests made there are in the journal.
 * </ul>
 */
public final class FakeServersExtension
    implements ParameterResolver, BeforeEachCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeServersExtension.class);

  /** Every kind of fake this extension can inject. */
  private static final List<Kind<?>> KINDS =
      List.of(
          new Kind<>(
              FakeKentik.class,
              settings -> FakeKentik.builder().sampleData(settings.kentikSampleData()).start(),
              FakeKentik::server,
              FakeKentik::reset,
              FakeKentik::close),
          new Kind<>(
              FakeExtraHop.class,
              settings -> FakeExtraHop.builder().start(),
              FakeExtraHop::server,
              FakeExtraHop::reset,
              FakeExtraHop::close));

  /** Creates the extension; JUnit does this. */
  public FakeServersExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return kindOf(parameter.getParameter().getType()).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Kind<?> kind = kindOf(parameter.getParameter().getType()).orElseThrow();
    ExtensionContext classContext = classContext(context);
    return fakes(classContext)
        .computeIfAbsent(kind.type(), type -> kind.start().apply(settings(classContext)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    boolean resetState = settings(context).resetStateBeforeEachTest();
    // A nested test may use its own fake and, through the outer instance, the outer class's.
    for (Optional<ExtensionContext> c = Optional.of(classContext(context));
        c.isPresent();
        c = c.get().getParent()) {
      FakesOfClass fakes = c.get().getStore(NAMESPACE).get(key(c.get()), FakesOfClass.class);
      if (fakes != null) {
        fakes.byType.forEach((type, fake) -> kindOf(type).orElseThrow().prepare(fake, resetState));
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    FakesOfClass fakes = context.getStore(NAMESPACE).remove(key(context), FakesOfClass.class);
    if (fakes != null) {
      fakes.byType.forEach((type, fake) -> kindOf(type).orElseThrow().close(fake));
    }
  }

  private static Optional<Kind<?>> kindOf(Class<?> type) {
    return KINDS.stream().filter(kind -> kind.type().equals(type)).findFirst();
  }

  private static Map<Class<?>, Object> fakes(ExtensionContext classContext) {
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key(classContext), key -> new FakesOfClass(), FakesOfClass.class)
        .byType;
  }

  /**
   * The store key of a class's fakes. Stores are inherited by nested contexts, so the key names the
   * class context: a nested class must start its own fakes rather than find its outer class's.
   */
  private static String key(ExtensionContext classContext) {
    return "fakes of " + classContext.getUniqueId();
  }

  /** The context of the test class a context belongs to (itself when it is one). */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** The annotation on the test class or an enclosing class, or the defaults. */
  private static FakeServersTest settings(ExtensionContext context) {
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      FakeServersTest annotation = findAnnotation(type);
      if (annotation != null) {
        return annotation;
      }
    }
    return Defaults.class.getAnnotation(FakeServersTest.class);
  }

  private static FakeServersTest findAnnotation(Class<?> type) {
    FakeServersTest direct = type.getAnnotation(FakeServersTest.class);
    if (direct != null) {
      return direct;
    }
    for (Annotation meta : type.getAnnotations()) {
      FakeServersTest nested = meta.annotationType().getAnnotation(FakeServersTest.class);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  @FakeServersTest
  private static final class Defaults {}

  /**
   * The fakes started for one test class; synchronized because parallel tests may resolve
   * parameters at once.
   */
  private static final class FakesOfClass {
    final Map<Class<?>, Object> byType = Collections.synchronizedMap(new LinkedHashMap<>());
  }

  /** How to start, prepare and close one kind of fake. */
  private record Kind<T>(
      Class<T> type,
      Function<FakeServersTest, T> start,
      Function<T, FakeHttpServer> server,
      Consumer<T> reset,
      Consumer<T> closer) {

    void prepare(Object fake, boolean resetState) {
      T typed = type.cast(fake);
      if (resetState) {
        reset.accept(typed);
      }
      FakeHttpServer httpServer = server.apply(typed);
      httpServer.journal().clear();
      httpServer.faults().clear();
    }

    void close(Object fake) {
      closer.accept(type.cast(fake));
    }
  }
}
