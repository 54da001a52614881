package io.netobs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeServersMainTest {
  private static final Pattern EXTRAHOP_LINE =
      Pattern.compile("extrahop (https?://127\\.0\\.0\\.1:(\\d+)) apikey=(\\S+)");
  private static final Pattern KENTIK_LINE =
      Pattern.compile("kentik (https?://127\\.0\\.0\\.1:(\\d+)) email=(\\S+) token=(\\S+)");

  @Test
  void printsOneLinePerServerAndServesOnIt() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FakeServers servers =
        FakeServers.run(
            new String[] {
              "--kentik-port",
              "0",
              "--kentik-email=ops@example.com",
              "--kentik-token",
              "tok-123",
              "--extrahop-api-key",
              "k",
              "--devices",
              "50"
            },
            new PrintStream(printed, true, StandardCharsets.UTF_8))) {

      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(output.lines()).hasSize(2);
      Matcher extraHopLine = EXTRAHOP_LINE.matcher(output.lines().toList().get(0));
      assertThat(extraHopLine.matches()).as(output).isTrue();
      assertThat(extraHopLine.group(3)).isEqualTo("k");
      Http extraHop =
          Http.to(extraHopLine.group(1) + "/api/v1", "Authorization", "ExtraHop apikey=k");
      Http.Response devices = extraHop.get("/devices?limit=100");
      assertThat(devices.status()).isEqualTo(200);
      assertThat(devices.json()).hasSize(50);
      assertThat(
              Http.to(extraHopLine.group(1) + "/api/v1", "Authorization", "ExtraHop apikey=wrong")
                  .get("/tags")
                  .status())
          .isEqualTo(401);

      Matcher line = KENTIK_LINE.matcher(output.lines().toList().get(1));
      assertThat(line.matches()).as(output).isTrue();
      assertThat(line.group(1)).startsWith("http://");
      assertThat(line.group(3)).isEqualTo("ops@example.com");
      assertThat(line.group(4)).isEqualTo("tok-123");

      Http http =
          Http.to(
              line.group(1) + "/api/v5",
              "X-CH-Auth-Email",
              line.group(3),
              "X-CH-Auth-API-Token",
              line.group(4));
      Http.Response tags = http.get("/tags");
      assertThat(tags.status()).isEqualTo(200);
      assertThat(tags.json().path("tags")).isNotEmpty();
      assertThat(servers.lines()).containsExactlyElementsOf(output.lines().toList());
    }
  }

  @Test
  void servesHttpsWithTheCertificateItWrites(@TempDir Path directory) throws IOException {
    Path pem = directory.resolve("certs/fake.pem");
    try (FakeServers servers = FakeServers.start("--tls", pem.toString())) {
      assertThat(EXTRAHOP_LINE.matcher(servers.lines().get(0)).matches()).isTrue();
      assertThat(servers.lines().get(0)).startsWith("extrahop https://");
      Matcher line = KENTIK_LINE.matcher(servers.lines().get(1));
      assertThat(line.matches()).isTrue();
      assertThat(line.group(1)).startsWith("https://");
      X509Certificate certificate = Certificates.decodeCertificatePem(Files.readString(pem));
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder().addTrustedCertificate(certificate).build();

      Http http =
          Http.to(
              line.group(1) + "/api/v5",
              trust.sslContext(),
              "X-CH-Auth-Email",
              line.group(3),
              "X-CH-Auth-API-Token",
              line.group(4));
      assertThat(http.get("/customdimensions").status()).isEqualTo(200);
    }
  }

  @Test
  void helpPrintsUsageAndStartsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    FakeServers servers =
        FakeServers.run(
            new String[] {"--help"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(servers).isNull();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "--extrahop-port",
            "--kentik-port",
            "--extrahop-api-key",
            "--kentik-email",
            "--kentik-token",
            "--devices",
            "--tls",
            "--help");
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> FakeServers.start("--nope", "1"))
        .hasMessageContaining("unknown option --nope");
    assertThatThrownBy(() -> FakeServers.start("--nope"))
        .hasMessageContaining("unknown option --nope");
    assertThatThrownBy(() -> FakeServers.start("--kentik-port", "70000"))
        .hasMessageContaining("--kentik-port");
    assertThatThrownBy(() -> FakeServers.start("--devices", "many"))
        .hasMessageContaining("--devices");
    assertThatThrownBy(() -> FakeServers.start("--kentik-token"))
        .hasMessageContaining("needs a value");
  }
}
