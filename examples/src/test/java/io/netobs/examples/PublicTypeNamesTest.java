package io.netobs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user who imports two packages of the SDK with wildcards, or uses both clients in one file, must
 * never meet two public types of the same simple name, nor one that hides a type of {@code
 * java.lang}. This test lists the public top-level types of every exported package of the SDK (the
 * examples' class path has all modules) and checks both rules.
 */
class PublicTypeNamesTest {
  private static final List<String> EXPORTED_PACKAGES =
      List.of(
          "io.netobs.http",
          "io.netobs.extrahop",
          "io.netobs.extrahop.request",
          "io.netobs.extrahop.model",
          "io.netobs.kentik",
          "io.netobs.kentik.request",
          "io.netobs.kentik.model",
          "io.netobs.testing");

  @Test
  void noTwoPublicTypesOfTheSdkShareASimpleName() {
    Map<String, List<String>> bySimpleName = new TreeMap<>();
    for (String qualified : publicTypes()) {
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(qualified);
    }
    Map<String, List<String>> clashes =
        bySimpleName.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(bySimpleName).as("public types found").hasSizeGreaterThan(100);
    assertThat(clashes).as("simple names used by more than one public type").isEmpty();
  }

  @Test
  void noPublicTypeOfTheSdkHidesATypeOfJavaLang() {
    Set<String> javaLang = javaLangPublicTypes();
    assertThat(javaLang).as("java.lang types found").contains("Record", "String", "Process");
    List<String> hiding =
        publicTypes().stream()
            .filter(q -> javaLang.contains(q.substring(q.lastIndexOf('.') + 1)))
            .toList();
    assertThat(hiding).as("public types named like a java.lang type").isEmpty();
  }

  /** The qualified names of the public top-level types of the exported packages. */
  private static Set<String> publicTypes() {
    Set<String> names = new TreeSet<>();
    for (String pkg : EXPORTED_PACKAGES) {
      for (String simple : classNamesIn(pkg)) {
        String qualified = pkg + "." + simple;
        if (isPublic(qualified)) {
          names.add(qualified);
        }
      }
    }
    return names;
  }

  private static boolean isPublic(String qualified) {
    try {
      Class<?> type = Class.forName(qualified, false, PublicTypeNamesTest.class.getClassLoader());
      return Modifier.isPublic(type.getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(qualified + " was listed but cannot be loaded", e);
    }
  }

  /** The simple names of the top-level classes of a package, from directories and jars alike. */
  private static Set<String> classNamesIn(String pkg) {
    String dir = pkg.replace('.', '/');
    Set<String> names = new TreeSet<>();
    try {
      for (URL url :
          Collections.list(PublicTypeNamesTest.class.getClassLoader().getResources(dir))) {
        if (url.getProtocol().equals("file")) {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.map(p -> p.getFileName().toString()).forEach(f -> addTopLevel(f, names));
          }
        } else if (url.getProtocol().equals("jar")) {
          JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
          for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(dir + "/") && name.indexOf('/', dir.length() + 1) < 0) {
              addTopLevel(name.substring(dir.length() + 1), names);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static void addTopLevel(String fileName, Set<String> names) {
    if (fileName.endsWith(".class")
        && !fileName.contains("$")
        && !fileName.equals("package-info.class")
        && !fileName.equals("module-info.class")) {
      names.add(fileName.substring(0, fileName.length() - ".class".length()));
    }
  }

  /** The public top-level types of {@code java.lang}, read from the running JDK's modules. */
  private static Set<String> javaLangPublicTypes() {
    Set<String> names = new TreeSet<>();
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    try (Stream<Path> files = Files.list(jrt.getPath("/modules/java.base/java/lang"))) {
      files
          .map(p -> p.getFileName().toString())
          .forEach(
              f -> {
                Set<String> one = new TreeSet<>();
                addTopLevel(f, one);
                for (String simple : one) {
                  try {
                    if (Modifier.isPublic(
                        Class.forName("java.lang." + simple, false, null).getModifiers())) {
                      names.add(simple);
                    }
                  } catch (ClassNotFoundException e) {
                    // a class file of the image that this runtime does not load: not public API
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
