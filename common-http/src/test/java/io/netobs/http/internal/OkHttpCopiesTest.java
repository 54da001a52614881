package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OkHttp 4 beside OkHttp 5: the jar of OkHttp 4 is copied into {@code target/okhttp4} by the build
 * (it is never on this module's class path), and class loaders are made with both.
 */
class OkHttpCopiesTest {
  private static final Path OKHTTP_4 = Path.of("target", "okhttp4", "okhttp.jar");

  private static URL okHttp5() throws Exception {
    return OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation();
  }

  private static URL okHttp4() throws Exception {
    assertThat(Files.isRegularFile(OKHTTP_4))
        .as("the build copies OkHttp 4 to %s", OKHTTP_4.toAbsolutePath())
        .isTrue();
    return OKHTTP_4.toUri().toURL();
  }

  @Test
  void theBuildsOwnClassPathHasOneOkHttpAndItIsFive() {
    ClassLoader loader = OkHttpCopies.class.getClassLoader();
    assertThat(OkHttpCopies.loadedVersion(loader)).startsWith("5.");
    assertThat(OkHttpCopies.copies(loader)).hasSize(1).allMatch(OkHttpCopies.Copy::isFive);
    assertThat(OkHttpCopies.problem(loader, OkHttpCopies.loadedVersion(loader))).isNull();
  }

  @Test
  void okHttp4LoadingFirstIsAnErrorThatNamesBothJarsAndTheFix() throws Exception {
    try (URLClassLoader both = new URLClassLoader(new URL[] {okHttp4(), okHttp5()}, null)) {
      String loaded = OkHttpCopies.loadedVersion(both);
      assertThat(loaded).isEqualTo("4.12.0");
      String problem = OkHttpCopies.problem(both, loaded);
      assertThat(problem)
          .startsWith("OkHttp 4.12.0 is the one that loads")
          .contains("okhttp.jar")
          .contains(okHttp5().getPath())
          .contains("(5.")
          .contains("okhttp-jvm 5.x")
          .contains("exclude com.squareup.okhttp3:okhttp 4.x")
          .contains("okhttp-bom");
    }
  }

  @Test
  void okHttp4ShadowedByFiveIsAWarningThatNamesIt() throws Exception {
    try (URLClassLoader both = new URLClassLoader(new URL[] {okHttp5(), okHttp4()}, null)) {
      String loaded = OkHttpCopies.loadedVersion(both);
      assertThat(loaded).startsWith("5.");
      assertThat(OkHttpCopies.copies(both)).hasSize(2);
      assertThat(OkHttpCopies.problem(both, loaded))
          .startsWith("Another OkHttp besides " + loaded)
          .contains("okhttp.jar")
          .contains("okhttp-jvm 5.x");
    }
  }

  @Test
  void aFatJarThatRepackagesOkHttp5UnderItsOwnManifestIsNotAnotherCopy(@TempDir Path dir)
      throws Exception {
    Path fat = dir.resolve("service-all.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.Service");
    try (JarFile okHttp = new JarFile(Path.of(okHttp5().toURI()).toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(fat), manifest)) {
      for (JarEntry entry : Collections.list(okHttp.entries())) {
        if (entry.getName().startsWith("META-INF/")) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        try (InputStream in = okHttp.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {fat.toUri().toURL()}, null)) {
      String loaded = OkHttpCopies.loadedVersion(loader);
      assertThat(loaded).startsWith("5.");
      assertThat(OkHttpCopies.copies(loader))
          .singleElement()
          .satisfies(copy -> assertThat(copy.version()).isNull());
      assertThat(OkHttpCopies.problem(loader, loaded)).isNull();
    }
  }

  @Test
  void aClassPathWithoutOkHttpIsReportedNotCrashed() throws Exception {
    try (URLClassLoader none = new URLClassLoader(new URL[0], null)) {
      assertThat(OkHttpCopies.loadedVersion(none)).isNull();
      assertThat(OkHttpCopies.problem(none, null))
          .startsWith("OkHttp of no known version is the one that loads");
    }
  }
}
