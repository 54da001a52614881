package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.model.PacketSearchOutput;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.request.ApplianceConnection;
import io.netobs.extrahop.request.CloudConnection;
import io.netobs.extrahop.request.DomainControllerCreate;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.extrahop.request.NetworkUserSearch;
import io.netobs.extrahop.request.OdsHttpTargetCreate;
import io.netobs.extrahop.request.OdsKafkaTargetCreate;
import io.netobs.extrahop.request.OdsMongoDbTargetCreate;
import io.netobs.extrahop.request.OdsSyslogTargetCreate;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.extrahop.request.SslDecryptKeyCreate;
import io.netobs.extrahop.request.UserCreate;
import io.netobs.extrahop.request.UserUpdate;
import io.netobs.http.testing.CapturedLogs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passwords and private keys sent in request bodies never reach a log line, even at TRACE. */
class SecretsInLogsTest {
  static final String PEM =
      "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIEkeyMaterial42\n-----END PRIVATE KEY-----\n";

  @Test
  void bodiesWithSecretsAreRedactedInTheWireLog() {
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.created("/api/v1/users/alice")
          .noContent()
          .created("/api/v1/ssldecryptkeys/1")
          .created("/api/v1/ssldecryptkeys/2")
          .answer(201, "{\"id\": 3}");
      wire.client
          .users()
          .create(
              UserCreate.builder()
                  .username("alice")
                  .name("Alice")
                  .password("pw-alice-9182")
                  .build());
      wire.client
          .users()
          .update("alice", UserUpdate.builder().password("pw-alice-new-7731").build());
      wire.client
          .sslDecryptKeys()
          .create(
              SslDecryptKeyCreate.builder()
                  .name("k")
                  .pem(PEM)
                  .enabled(true)
                  .passphrase("pass-5521")
                  .build());
      wire.client
          .sslDecryptKeys()
          .create(
              SslDecryptKeyCreate.builder()
                  .name("k")
                  .certificate("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
                  .privateKey(
                      "-----BEGIN PRIVATE KEY-----\nMIIEkeyMaterial42\n-----END PRIVATE KEY-----\n")
                  .enabled(true)
                  .build());
      wire.client.apiKeys().createSetupKey("setup-pw-6610");
      assertThat(wire.requestCount()).isEqualTo(5);
    }
    String logs = CapturedLogs.text();
    assertThat(logs)
        .contains("POST /api/v1/users")
        .as("request bodies are traced, secrets masked")
        .contains("{\"username\":\"alice\",\"name\":\"Alice\"");
    assertThat(logs)
        .doesNotContain(
            "pw-alice-9182",
            "pw-alice-new-7731",
            "MIIEkeyMaterial42",
            "pass-5521",
            "setup-pw-6610",
            Wire.API_KEY);
  }

  @Test
  void setupPasswordsPairingTokensProductKeysAndBarePemAreNeverLogged() {
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.created("/api/v1/appliances/4").noContent().noContent();
      long id =
          wire.client
              .appliances()
              .connect(
                  ApplianceConnection.builder()
                      .host("eda-2")
                      .remoteApplianceType("discover")
                      .dataAccess(true)
                      .remoteSetupPassword("setup-7731")
                      .remotePairingToken("pairing-4410")
                      .productKey("AAAA-BBBB-0001")
                      .build());
      wire.client.licensing().applyProductKey("AAAA-BBBB-0002");
      wire.client.system().replaceSslCertificate(PEM);
      assertThat(id).isEqualTo(4);
      wire.expect(
          "POST",
          "/api/v1/appliances",
          "{\"host\": \"eda-2\", \"remote_appliance_type\": \"discover\", \"data_access\": true,"
              + " \"remote_setup_password\": \"setup-7731\", \"remote_pairing_token\": \"pairing-4410\", \"product_key\": \"AAAA-BBBB-0001\"}");
      wire.expect("PUT", "/api/v1/license/productkey", "{\"product_key\": \"AAAA-BBBB-0002\"}");
      assertThat(wire.expect("PUT", "/api/v1/extrahop/sslcert").getHeaders().get("Content-Type"))
          .startsWith("application/json");
    }
    assertThat(CapturedLogs.text())
        .contains("PUT /api/v1/extrahop/sslcert")
        .doesNotContain(
            "setup-7731", "pairing-4410", "AAAA-BBBB-0001", "AAAA-BBBB-0002", "MIIEkeyMaterial42");
  }

  @Test
  void keyLogDownloadsAndSearchesNeverLogTheSessionSecretsOrTheKey() {
    String clientRandom = "CLIENT_RANDOM " + "ab".repeat(32) + " " + "5e".repeat(48);
    String trafficSecret = "CLIENT_TRAFFIC_SECRET_0 " + "cd".repeat(32) + " " + "7f".repeat(32);
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.text("text/plain", clientRandom + "\n" + trafficSecret + "\n")
          .json("{\"total\": 1, \"results\": [{\"id\": \"1-1\"}]}")
          .json("[{\"username\": \"alice\"}]");
      ByteArrayOutputStream keys = new ByteArrayOutputStream();
      PacketSearchResult result =
          wire.client
              .packets()
              .search(
                  PacketSearch.builder()
                      .from(ExtraHopTime.parse("-5m"))
                      .output(PacketSearchOutput.KEYLOG_TXT)
                      .build(),
                  keys);
      wire.client
          .eql()
          .detectionLogsPage(EqlQuery.builder().eql("victimAddr = '10.0.0.1'").build());
      wire.client.networkUsers().search(NetworkUserSearch.builder().build()).firstPage();
      assertThat(result.matched()).isTrue();
      assertThat(keys.toString(StandardCharsets.US_ASCII)).contains(clientRandom, trafficSecret);
      assertThat(wire.requestCount()).isEqualTo(3);
    }
    assertThat(CapturedLogs.text())
        .contains(
            "POST /api/v1/packets/search",
            "POST /api/v1/search/eql/detectionlogs",
            "victimAddr",
            "POST /api/v1/networkusers/search",
            "CLIENT_RANDOM")
        .doesNotContain(
            "ab".repeat(32), "5e".repeat(48), "cd".repeat(32), "7f".repeat(32), Wire.API_KEY);
  }

  @Test
  void domainControllerPasswordsCloudTokensAndAnsweredProductKeysAreNeverLogged() {
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.created("/api/v1/appliances/3/domaincontrollers/connections/dc1")
          .created("/api/v1/cloud/connect")
          .json("{\"product_key\": \"ANSW-ERED-KEY0-0099\"}");
      wire.client
          .appliances()
          .domainControllers(3)
          .add(
              DomainControllerCreate.builder()
                  .dcHost("dc1")
                  .dcName("dc1")
                  .realm("CORP")
                  .username("svc")
                  .password("dc-pw-5150")
                  .adDecryptionEnabled(true)
                  .adResponseEnabled(true)
                  .adUserEnrichmentEnabled(true)
                  .build());
      wire.client
          .system()
          .connectToCloud(CloudConnection.builder().cloudToken("cloud-tok-8080").build());
      assertThat(wire.client.appliances().productKey(3).productKey())
          .isEqualTo("ANSW-ERED-KEY0-0099");
      wire.expect("POST", "/api/v1/appliances/3/domaincontrollers/connections");
      wire.expect("POST", "/api/v1/cloud/connect", "{\"cloud_token\": \"cloud-tok-8080\"}");
    }
    assertThat(CapturedLogs.text())
        .contains("POST /api/v1/cloud/connect")
        .doesNotContain("dc-pw-5150", "cloud-tok-8080", "ANSW-ERED-KEY0-0099");
  }

  @Test
  void odsTargetCredentialsHeadersAndClientKeysAreNeverLogged() {
    CapturedLogs.clear();
    try (Wire wire = new Wire()) {
      wire.created("/api/v1/odstargets/http/c")
          .created("/api/v1/odstargets/kafka/k")
          .created("/api/v1/odstargets/mongodb/m")
          .created("/api/v1/odstargets/syslog/s");
      wire.client
          .odsTargets()
          .create(
              OdsHttpTargetCreate.builder()
                  .name("c")
                  .host("c.example.com")
                  .port(443)
                  .protocol("https")
                  .pipeline(false)
                  .authentication(
                      Map.of("type", "basic", "username", "u", "password", "http-pw-4471"))
                  .additionalHeader("Authorization: Bearer hdr-tok-9920")
                  .build());
      wire.client
          .odsTargets()
          .create(
              OdsKafkaTargetCreate.builder()
                  .name("k")
                  .broker("k1", 9093)
                  .protocol("tls")
                  .authentication(
                      Map.of("mechanism", "plain", "username", "u", "password", "sasl-pw-3318"))
                  .tlsClientKey(
                      "-----BEGIN PRIVATE KEY-----\nkafkaKey77\n-----END PRIVATE KEY-----\n")
                  .build());
      wire.client
          .odsTargets()
          .create(
              OdsMongoDbTargetCreate.builder()
                  .name("m")
                  .host("m")
                  .port(27017)
                  .authentication(List.of(Map.of("username", "u", "password", "mongo-pw-5150")))
                  .build());
      wire.client
          .odsTargets()
          .create(
              OdsSyslogTargetCreate.builder()
                  .name("s")
                  .host("s")
                  .port(6514)
                  .protocol("tls")
                  .tlsClientKey(
                      "-----BEGIN PRIVATE KEY-----\nsyslogKey88\n-----END PRIVATE KEY-----\n")
                  .build());
      assertThat(wire.requestCount()).isEqualTo(4);
    }
    assertThat(CapturedLogs.text())
        .contains("POST /api/v1/odstargets/http")
        .contains("\"name\":\"c\"")
        .doesNotContain(
            "http-pw-4471",
            "hdr-tok-9920",
            "sasl-pw-3318",
            "kafkaKey77",
            "mongo-pw-5150",
            "syslogKey88",
            Wire.API_KEY);
  }
}
