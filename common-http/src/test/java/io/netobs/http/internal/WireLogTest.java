package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireLogTest {
  private static String body(String json) {
    return WireLog.body(json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  @Test
  void secretFieldsAreMaskedAndTheirNamesKept() {
    String logged =
        body(
            "{\"username\": \"u\", \"password\": \"p@ss\\\"word\", \"remote_setup_password\": \"rsp\","
                + " \"remote_pairing_token\": \"rpt\", \"product_key\": \"ABC-123\", \"client_secret\": \"cs\", \"key1\": \"uri\"}");
    assertThat(logged)
        .contains(
            "\"username\": \"u\"",
            "\"password\": \"██\"",
            "\"remote_setup_password\": \"██\"",
            "\"remote_pairing_token\": \"██\"",
            "\"product_key\": \"██\"",
            "\"client_secret\": \"██\"",
            "\"key1\": \"uri\"")
        .doesNotContain("p@ss", "rsp", "rpt", "ABC-123", "\"cs\"", "$1");
  }

  @Test
  void tlsKeyLogLinesAreMaskedAndTheirLabelsKept() {
    String keyLog =
        "# SSL key log\nCLIENT_RANDOM 0a1b2c secret1\r\nSERVER_TRAFFIC_SECRET_0 3d4e secret2\n"
            + "EXPORTER_SECRET 5f secret3\nnot a CLIENT_RANDOM line\n";
    String logged = WireLog.body(keyLog.getBytes(StandardCharsets.US_ASCII), "text/plain");
    assertThat(logged)
        .contains(
            "# SSL key log",
            "CLIENT_RANDOM ██",
            "SERVER_TRAFFIC_SECRET_0 ██",
            "EXPORTER_SECRET ██",
            "not a CLIENT_RANDOM line")
        .doesNotContain("0a1b2c", "secret1", "3d4e", "secret2", "secret3");
  }

  @Test
  void pemBlocksAreMaskedEvenAsABareString() {
    String pem = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----";
    assertThat(body("\"" + pem + "\"")).isEqualTo("\"██\"");
    assertThat(body("{\"cert\": \"" + pem + "\"}")).doesNotContain("MIIEvQIBADANBg");
  }

  @Test
  void headersOutsideTheAllowListAreRedacted() {
    String logged =
        WireLog.headers(
            Map.of(
                "Authorization",
                List.of("ExtraHop apikey=x"),
                "X-Custom-Token",
                List.of("t"),
                "Content-Type",
                List.of("application/json")));
    assertThat(logged)
        .contains("Content-Type: application/json", "Authorization: ██", "X-Custom-Token: ██")
        .doesNotContain("apikey=x");
  }

  @Test
  void binaryBodiesAreDescribedNotPrinted() {
    assertThat(WireLog.body(new byte[] {1, 2, 3}, "application/vnd.tcpdump.pcap"))
        .isEqualTo("(3 bytes of application/vnd.tcpdump.pcap)");
  }
}
