package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JavaType;
import io.netobs.extrahop.internal.MultiStatus;
import io.netobs.extrahop.model.Tag;
import io.netobs.http.DecodingException;
import io.netobs.http.internal.Json;
import io.netobs.http.testing.Accessors;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz tests of everything the ExtraHop client decodes from an appliance: every model of {@code
 * io.netobs.extrahop.model} (each record, and each open enumeration such as {@code AlertSeverity}),
 * alone and as a list, decoded from the same bytes through the SDK's JSON mapper; then every public
 * accessor of what was decoded is called (derived ones such as {@code StoredRecord.string(..)} and
 * {@code RecordPage.nextCursor()} included), with {@code toString}, {@code equals} and {@code
 * hashCode}. The 207 Multi-Status reader of assignments is fuzzed too.
 *
 * <p>Only the declared failure may come out of decoding: an {@link IOException} from Jackson (a
 * {@code JsonProcessingException}, or a {@code CharConversionException} for bytes in no encoding),
 * which the core turns into a {@link DecodingException}. Nothing may come out of the accessors or
 * of the Multi-Status reader.
 *
 * <p>Seeds: the fixtures' recorded-style samples ({@code ReliabilityFuzzTestInputs}). In the build,
 * {@link #allTargets} replays its seeds and is fuzzed for a few seconds ({@code JAZZER_FUZZ=1}).
 */
class ReliabilityFuzzTest {
  private static final AtomicLong EXECUTIONS = new AtomicLong();
  private static final List<Class<?>> MODELS = models();
  private static final List<JavaType> TYPES = new ArrayList<>();

  static {
    for (Class<?> model : MODELS) {
      TYPES.add(Json.mapper().constructType(model));
      TYPES.add(Json.listOf(model));
    }
  }

  @AfterAll
  static void report() {
    System.out.println(
        "Fuzzing (extrahop-client): "
            + EXECUTIONS.get()
            + " executions over "
            + MODELS.size()
            + " models");
  }

  /**
   * Every target: the first byte chooses (even: models, odd: a 207 body), the rest is the input.
   */
  @FuzzTest(maxDuration = "10s")
  void allTargets(byte[] data) {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    if ((data[0] & 1) == 0) {
      models(rest);
    } else {
      multiStatus(rest);
    }
  }

  /** The same bytes decoded as every model and every list of a model. */
  @FuzzTest(maxDuration = "30m")
  void models(byte[] data) {
    EXECUTIONS.incrementAndGet();
    for (JavaType type : TYPES) {
      Object decoded;
      try {
        decoded = Json.mapper().readValue(data, type);
      } catch (IOException declared) {
        continue; // a DecodingException for the caller
      }
      if (decoded instanceof List<?> list) {
        list.forEach(ReliabilityFuzzTest::exercise);
      } else {
        exercise(decoded);
      }
    }
  }

  /** The 207 answer of a bulk assignment, whatever its shape: read or not, never an exception. */
  @FuzzTest(maxDuration = "30m")
  void multiStatus(byte[] data) {
    EXECUTIONS.incrementAndGet();
    List<AssignmentResult.Failure> failures = new ArrayList<>();
    Set<Long> assign = new LinkedHashSet<>(List.of(1L, 2L, 3L));
    Set<Long> unassign = new LinkedHashSet<>(List.of(7L, 9L));
    MultiStatus.read(new String(data, StandardCharsets.UTF_8), assign, unassign, failures);
    for (AssignmentResult.Failure f : failures) {
      assertThat(f.toString()).isNotNull();
    }
    AssignmentResult result =
        new AssignmentResult(
            List.copyOf(assign),
            List.copyOf(unassign),
            failures,
            List.of(new String(data, StandardCharsets.UTF_8)),
            1,
            1,
            0);
    exercise(result);
  }

  /** Every public accessor of a decoded object, and the Object methods: none may throw. */
  static void exercise(Object value) {
    Accessors.exercise(
        value,
        m -> {
          if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class) {
            return new Object[] {probeField(value)}; // e.g. StoredRecord.string("uri"), field(..)
          } else if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == int.class) {
            return new Object[] {0}; // e.g. MetricStat.numberAt(0)
          }
          return null;
        },
        (m, cause) -> {
          if (m.getName().equals("requireSuccess") && cause instanceof AssignmentException) {
            return true; // its declared purpose
          }
          // declared by the typed accessors of MetricStat: no such value, or not of that type
          return (cause instanceof IndexOutOfBoundsException
                  || cause instanceof IllegalStateException)
              && m.getParameterCount() == 1
              && m.getParameterTypes()[0] == int.class;
        });
  }

  /** A field name records of the record log carry, so that the typed getters read something. */
  private static String probeField(Object value) {
    return "timestamp";
  }

  /**
   * An open enumeration (AlertSeverity, SharingRole, ...) or another value the mapper builds
   * through a creator.
   */
  private static boolean hasJsonCreator(Class<?> c) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonCreator.class)) {
        return true;
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (k.isAnnotationPresent(JsonCreator.class)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every model class: records and open enumerations of the model package, found on the class path.
   */
  private static List<Class<?>> models() {
    // Where the main classes are (the test classes have a package of that name too).
    URL root = Tag.class.getProtectionDomain().getCodeSource().getLocation();
    List<Class<?>> found = new ArrayList<>();
    try {
      File[] files =
          new File(new File(root.toURI()), "io/netobs/extrahop/model")
              .listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
      for (File f : files) {
        Class<?> c = Class.forName("io.netobs.extrahop.model." + f.getName().replace(".class", ""));
        if ((c.isRecord() || hasJsonCreator(c)) && Modifier.isPublic(c.getModifiers())) {
          found.add(c);
        }
      }
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    found.sort(Comparator.comparing(Class::getName));
    if (found.size() < 30) {
      throw new IllegalStateException("expected the model records, found " + found);
    }
    return found;
  }
}
