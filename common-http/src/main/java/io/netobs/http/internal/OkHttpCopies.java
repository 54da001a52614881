package io.netobs.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether the class path holds an OkHttp other than 5 (OkHttp 4's {@code
 * com.squareup.okhttp3:okhttp} and OkHttp 5's {@code okhttp-jvm} both hold {@code okhttp3.*}, and a
 * service may have OkHttp 4 through another library): the classes that load are those of whichever
 * jar comes first, and nothing else would say so.
 */
final class OkHttpCopies {
  private static final Logger LOG = LoggerFactory.getLogger("io.netobs.http");
  private static final String CLIENT_CLASS = "okhttp3/OkHttpClient.class";

  static final String FIX =
      "netobs-java needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x). Keep one OkHttp on the"
          + " class path: exclude com.squareup.okhttp3:okhttp 4.x from the dependency that brings it,"
          + " or import the OkHttp 5 BOM (com.squareup.okhttp3:okhttp-bom) so that every module"
          + " resolves to 5.x; the README's \"OkHttp 4 in your build\" shows an enforcer rule that"
          + " catches this at build time";

  private static volatile boolean checked;

  private OkHttpCopies() {}

  /** One jar that holds OkHttp's client, and the OkHttp version its manifest names, if any. */
  record Copy(String location, String version) {
    boolean isFive() {
      return version != null && version.startsWith("5.");
    }
  }

  /**
   * Checks this class's class path once per JVM: throws when the OkHttp that loads is not 5, logs a
   * warning when OkHttp 5 loads but another OkHttp is on the class path too.
   *
   * @throws IllegalStateException naming the jars and the fix
   */
  static void check() {
    if (checked) {
      return;
    }
    check(OkHttpCopies.class.getClassLoader());
    // Not reached when the check threw: a class path that cannot work is refused every time.
    checked = true;
  }

  /**
   * The check of the OkHttp copies {@code loader} sees: throws when the OkHttp that loads is not 5,
   * logs a warning when OkHttp 5 loads beside another OkHttp.
   *
   * @throws IllegalStateException naming the jars and the fix
   */
  static void check(ClassLoader loader) {
    String problem = problem(loader, loadedVersion(loader));
    if (problem == null) {
      return;
    }
    if (problem.startsWith("OkHttp ")) {
      throw new IllegalStateException(problem);
    }
    LOG.warn(problem);
  }

  /**
   * The version of the OkHttp whose classes {@code loader} loads, read at run time (the compiler
   * would fold the constant into this class).
   */
  static String loadedVersion(ClassLoader loader) {
    try {
      Object version = Class.forName("okhttp3.OkHttp", true, loader).getField("VERSION").get(null);
      return version instanceof String text ? text : null;
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /**
   * What is wrong with the OkHttp copies {@code loader} sees, given the version of the one that
   * loads: a text starting with {@code "OkHttp "} when that one is not OkHttp 5 (the client cannot
   * work), another text when OkHttp 5 loads but other copies are there too, null when all is well.
   */
  static String problem(ClassLoader loader, String loadedVersion) {
    List<Copy> copies = copies(loader);
    if (loadedVersion == null || !loadedVersion.startsWith("5.")) {
      return "OkHttp "
          + (loadedVersion == null ? "of no known version" : loadedVersion)
          + " is the one that loads, from "
          + describe(copies)
          + ". "
          + FIX;
    }
    // A single copy is the one that loads, even when its jar's manifest names no version (a fat
    // jar that repackages OkHttp 5 carries its own manifest).
    List<Copy> others =
        copies.size() < 2 ? List.of() : copies.stream().filter(c -> !c.isFive()).toList();
    if (others.isEmpty()) {
      return null;
    }
    return "Another OkHttp besides "
        + loadedVersion
        + " is on the class path ("
        + describe(others)
        + "): its classes are shadowed by OkHttp 5's, so the library that needs it may fail. "
        + FIX;
  }

  static List<Copy> copies(ClassLoader loader) {
    List<Copy> copies = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(CLIENT_CLASS))) {
        copies.add(new Copy(location(url), manifestVersion(url)));
      }
    } catch (IOException e) {
      return copies; // the check is advice: a class path it cannot read is not an error
    }
    return copies;
  }

  private static String describe(List<Copy> copies) {
    return copies.stream()
        .map(c -> c.location() + (c.version() == null ? "" : " (" + c.version() + ")"))
        .collect(Collectors.joining(", "));
  }

  private static String location(URL url) {
    String text = url.toString();
    int bang = text.indexOf("!/");
    String jar = bang > 0 ? text.substring(0, bang) : text;
    return jar.startsWith("jar:") ? jar.substring("jar:".length()) : jar;
  }

  /** The {@code Bundle-Version} of the jar holding {@code url} (OkHttp 5 sets it, 4 does not). */
  private static String manifestVersion(URL url) {
    try {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(false);
        Manifest manifest = jar.getJarFile().getManifest();
        try (InputStream ignored = jar.getInputStream()) {
          return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
