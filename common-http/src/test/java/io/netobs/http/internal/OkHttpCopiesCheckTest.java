package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.testing.CapturedLogs;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * What the check of the OkHttp copies does with what it finds: an OkHttp other than 5 that loads is
 * refused, an OkHttp 5 shadowing another is a warning, one OkHttp 5 is silence. OkHttp 4's jar is
 * the one the build copies into {@code target/okhttp4}.
 */
class OkHttpCopiesCheckTest {
  private static final URL[] FIVE_FIRST = new URL[2];
  private static final URL[] FOUR_FIRST = new URL[2];

  static {
    try {
      URL five = OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation();
      URL four = Path.of("target", "okhttp4", "okhttp.jar").toUri().toURL();
      FIVE_FIRST[0] = five;
      FIVE_FIRST[1] = four;
      FOUR_FIRST[0] = four;
      FOUR_FIRST[1] = five;
    } catch (java.net.MalformedURLException e) {
      throw new AssertionError(e);
    }
  }

  private static long warnings() {
    return CapturedLogs.lines().stream()
        .filter(l -> l.logger().equals("io.netobs.http") && l.level() == Level.WARN)
        .filter(l -> l.message().startsWith("Another OkHttp besides 5."))
        .count();
  }

  @Test
  void okHttp4LoadingFirstIsRefused() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(FOUR_FIRST, null)) {
      assertThatThrownBy(() -> OkHttpCopies.check(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("OkHttp 4.12.0 is the one that loads");
    }
  }

  @Test
  void okHttp5ShadowingAnotherIsAWarning() throws Exception {
    CapturedLogs.clear();
    try (URLClassLoader loader = new URLClassLoader(FIVE_FIRST, null)) {
      assertThatCode(() -> OkHttpCopies.check(loader)).doesNotThrowAnyException();
    }
    assertThat(warnings()).isEqualTo(1);
  }

  @Test
  void oneOkHttp5IsSilence() {
    CapturedLogs.clear();
    assertThatCode(() -> OkHttpCopies.check(OkHttpCopies.class.getClassLoader()))
        .doesNotThrowAnyException();
    OkHttpCopies.check();
    assertThat(warnings()).isZero();
  }

  @Test
  void theWarningNamesOnlyTheShadowedCopy() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(FIVE_FIRST, null)) {
      String loaded = OkHttpCopies.loadedVersion(loader);
      assertThat(OkHttpCopies.problem(loader, loaded))
          .contains("(file:" + FIVE_FIRST[1].getPath() + ")")
          .doesNotContain(FIVE_FIRST[0].getPath());
    }
  }

  @Test
  void aCopyInAJarIsNamedByItsJarAndOneInADirectoryByItsClassFile(@TempDir Path dir)
      throws Exception {
    Path classFile = dir.resolve("okhttp3").resolve("OkHttpClient.class");
    Files.createDirectories(classFile.getParent());
    Files.write(classFile, new byte[] {(byte) 0xca, (byte) 0xfe});
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {FOUR_FIRST[0], dir.toUri().toURL()}, null)) {
      assertThat(OkHttpCopies.copies(loader))
          .containsExactly(
              new OkHttpCopies.Copy(FOUR_FIRST[0].toString(), null),
              new OkHttpCopies.Copy(classFile.toUri().toURL().toString(), null));
    }
  }
}
