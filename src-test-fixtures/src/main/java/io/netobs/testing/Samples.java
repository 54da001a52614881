package io.netobs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Recorded-style payloads of the live services, shaped exactly as they answer (string company ids,
 * dates of 0 to 6 fractional digits, nulls, fields no document mentions), for tests that decode
 * real-world answers without a server.
 *
 * <pre>{@code
 * String json = Samples.kentik("custom-dimension");   // {"customDimension": {...}}
 * }</pre>
 *
 * <p>Kentik samples (class-path {@code io/netobs/testing/samples/kentik/NAME.json}): {@code tag},
 * {@code tags}, {@code custom-dimension}, {@code custom-dimensions}, {@code populator}, {@code
 * batch-response}, {@code batch-part-error}, {@code batch-status}, {@code saved-filter}, {@code
 * saved-filters}, {@code custom-application}, {@code custom-applications}, {@code error}.
 */
public final class Samples {
  private static final String KENTIK = "kentik";
  private static final String EXTRAHOP = "extrahop";

  private Samples() {}

  /**
   * The text of a Kentik sample.
   *
   * @param name a name listed by {@link #kentikNames()}, e.g. {@code "tag"}
   * @throws IllegalArgumentException when there is no such sample
   */
  public static String kentik(String name) {
    return read(KENTIK, name);
  }

  /** The names of every Kentik sample. */
  public static List<String> kentikNames() {
    return names(KENTIK);
  }

  /**
   * The text of an ExtraHop sample.
   *
   * @param name a name listed by {@link #extraHopNames()}, e.g. {@code "device"}
   * @throws IllegalArgumentException when there is no such sample
   */
  public static String extraHop(String name) {
    return read(EXTRAHOP, name);
  }

  /** The names of every ExtraHop sample. */
  public static List<String> extraHopNames() {
    return names(EXTRAHOP);
  }

  // Each service keeps its samples in samples/SERVICE/NAME.json with an index.txt of the names, so
  // a service's
  // accessor pair is two one-line methods over these.

  private static String read(String service, String name) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("not a sample name: " + name);
    }
    String text = resource("samples/" + service + "/" + name + ".json");
    if (text == null) {
      throw new IllegalArgumentException(
          "no " + service + " sample named " + name + "; there are " + names(service));
    }
    return text;
  }

  private static List<String> names(String service) {
    String index = resource("samples/" + service + "/index.txt");
    if (index == null) {
      throw new IllegalStateException("missing samples/" + service + "/index.txt");
    }
    return index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String resource(String path) {
    try (InputStream in = Samples.class.getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
