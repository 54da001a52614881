package io.netobs.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's User-Agent: {@code netobs-java/VERSION Java/VERSION (OS VERSION; ARCH)}. */
public final class UserAgent {
  private static final String VALUE = compute();

  private UserAgent() {}

  /** The User-Agent, with the caller's suffix appended when there is one. */
  public static String value(String suffix) {
    return suffix == null || suffix.isEmpty() ? VALUE : VALUE + " " + suffix;
  }

  /** This SDK's version, from the build. */
  public static String sdkVersion() {
    try (InputStream in =
        UserAgent.class.getResourceAsStream("/io/netobs/http/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String compute() {
    return "netobs-java/"
        + sdkVersion()
        + " Java/"
        + System.getProperty("java.version", "unknown")
        + " ("
        + System.getProperty("os.name", "unknown")
        + " "
        + System.getProperty("os.version", "")
        + "; "
        + System.getProperty("os.arch", "unknown")
        + ")";
  }
}
