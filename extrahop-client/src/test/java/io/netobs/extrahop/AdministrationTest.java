package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.created;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.noContent;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.ApplianceProductKey;
import io.netobs.extrahop.model.DomainController;
import io.netobs.extrahop.model.SensorTag;
import io.netobs.extrahop.model.ServiceSettings;
import io.netobs.extrahop.request.ApplianceFirmwareUpgrade;
import io.netobs.extrahop.request.CloudConnection;
import io.netobs.extrahop.request.DetectionAccessUpdate;
import io.netobs.extrahop.request.DomainControllerCheck;
import io.netobs.extrahop.request.DomainControllerCreate;
import io.netobs.extrahop.request.SensorTagCreate;
import io.netobs.extrahop.request.SensorTagUpdate;
import io.netobs.extrahop.request.ServiceSettingsUpdate;
import io.netobs.extrahop.request.SigningRequestCreate;
import io.netobs.extrahop.request.TicketingUpdate;
import io.netobs.http.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration of the appliance ({@link ExtraHopSystem}) and of connected appliances ({@link
 * Appliances}, {@link SensorTags}, {@link DomainControllers}) on the wire: method, path, query and
 * body byte for byte, and answers decoded with their unknown fields.
 */
class AdministrationTest extends MockServerTest {
  private ExtraHopSystem system;
  private Appliances appliances;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    system = new ExtraHopSystem(core);
    appliances = new Appliances(core);
  }

  private RecordedRequest sent(String method, String target, String body) throws Exception {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(pathAndQuery(request)).isEqualTo(target);
    assertThat(request.getBody() == null ? "" : request.getBody().utf8()).isEqualTo(body);
    return request;
  }

  private static MockResponse accepted() {
    return new MockResponse.Builder().code(202).build();
  }

  private static DomainControllerCreate.Builder controller() {
    return DomainControllerCreate.builder()
        .dcHost("dc1.corp.example.com")
        .dcName("dc1")
        .realm("CORP.EXAMPLE.COM")
        .username("svc")
        .password("pw-dc-0042")
        .adDecryptionEnabled(true)
        .adResponseEnabled(false)
        .adUserEnrichmentEnabled(true);
  }

  @Test
  void servicesAreReadAndPatchedOneServiceObjectAtATime() throws Exception {
    server.enqueue(
        json(
            "{\"snmp\": {\"enabled\": false}, \"ssh\": {\"enabled\": true, \"port\": 22},"
                + " \"gui\": {\"enabled\": true}, \"port80\": {\"enabled\": false},"
                + " \"ntp\": {\"enabled\": true}}"));
    server.enqueue(noContent());

    ServiceSettings services = system.services();
    system.updateServices(
        ServiceSettingsUpdate.builder().snmp(true).port80(true).service("ntp", false).build());

    assertThat(services.snmp().enabled()).isFalse();
    assertThat(services.ssh().unknownFields()).containsEntry("port", 22);
    assertThat(services.port80().enabled()).isFalse();
    assertThat(services.unknownFields()).containsKey("ntp");
    sent("GET", "/api/v1/extrahop/services", "");
    sent(
        "PATCH",
        "/api/v1/extrahop/services",
        "{\"snmp\":{\"enabled\":true},\"port80\":{\"enabled\":true},\"ntp\":{\"enabled\":false}}");
  }

  @Test
  void ticketingDetectionAccessAndEdition() throws Exception {
    server.enqueue(json("{\"enabled\": true, \"provider\": \"jira\"}"));
    server.enqueue(noContent());
    server.enqueue(json("{\"enabled\": false}"));
    server.enqueue(noContent());
    server.enqueue(json("{\"edition\": \"RevealX 360\", \"tier\": \"premium\"}"));

    assertThat(system.ticketing().unknownFields()).containsEntry("provider", "jira");
    system.updateTicketing(TicketingUpdate.builder().enabled(false).build());
    assertThat(system.detectionAccess().enabled()).isFalse();
    system.replaceDetectionAccess(DetectionAccessUpdate.builder().enabled(true).build());
    assertThat(system.edition().edition()).isEqualTo("RevealX 360");

    sent("GET", "/api/v1/extrahop/ticketing", "");
    sent("PATCH", "/api/v1/extrahop/ticketing", "{\"enabled\":false}");
    sent("GET", "/api/v1/extrahop/detections/access", "");
    sent("PUT", "/api/v1/extrahop/detections/access", "{\"enabled\":true}");
    sent("GET", "/api/v1/extrahop/edition", "");
  }

  @Test
  void restartAndShutdownAreBodilessPostsNeverRetried() throws Exception {
    server.enqueue(accepted());
    server.enqueue(json(502, "{\"error_message\": \"bad gateway\"}"));
    server.enqueue(accepted());

    system.restart();
    assertThatThrownBy(system::shutdown).isInstanceOf(io.netobs.http.ServerErrorException.class);
    system.shutdown();

    sent("POST", "/api/v1/extrahop/restart", "");
    sent("POST", "/api/v1/extrahop/shutdown", "");
    sent("POST", "/api/v1/extrahop/shutdown", "");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void signingRequestsCloudResourcesAndCloudConnect() throws Exception {
    server.enqueue(json("{\"pem\": \"-----BEGIN CERTIFICATE REQUEST-----\\nMIIC\"}"));
    server.enqueue(created("/api/v1/extrahop/cloudresources/1"));
    server.enqueue(created("/api/v1/extrahop/cloudresources/2"));
    server.enqueue(created("/api/v1/cloud/connect"));
    Path file = Files.writeString(dir.resolve("resources.tgz"), "resources");

    String pem =
        system
            .createSigningRequest(
                SigningRequestCreate.builder()
                    .commonName("eh.example.com")
                    .organizationName("Example")
                    .subjectAlternativeName("dns", "eh.example.com")
                    .subjectAlternativeName("ip", "10.0.0.10")
                    .build())
            .pem();
    system.uploadCloudResources(file);
    system.uploadCloudResources(
        new ByteArrayInputStream("stream".getBytes(StandardCharsets.UTF_8)), -1);
    system.connectToCloud(CloudConnection.builder().cloudToken("tok-123").build());

    assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
    sent(
        "POST",
        "/api/v1/extrahop/sslcert/signingrequest",
        "{\"subject\":{\"common_name\":\"eh.example.com\",\"organization_name\":\"Example\"},"
            + "\"subject_alternative_names\":[{\"type\":\"dns\",\"name\":\"eh.example.com\"},"
            + "{\"type\":\"ip\",\"name\":\"10.0.0.10\"}]}");
    RecordedRequest upload = sent("POST", "/api/v1/extrahop/cloudresources", "resources");
    assertThat(upload.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
    sent("POST", "/api/v1/extrahop/cloudresources", "stream");
    sent("POST", "/api/v1/cloud/connect", "{\"cloud_token\":\"tok-123\"}");
  }

  @Test
  void aSigningRequestWithoutAlternativeNamesSendsAnEmptyList() throws Exception {
    server.enqueue(json("{\"pem\": \"x\"}"));

    system.createSigningRequest(SigningRequestCreate.builder().commonName("eh").build());

    sent(
        "POST",
        "/api/v1/extrahop/sslcert/signingrequest",
        "{\"subject\":{\"common_name\":\"eh\"},\"subject_alternative_names\":[]}");
    assertThatThrownBy(() -> SigningRequestCreate.builder().countryCode("US").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("common_name is required");
  }

  @Test
  void sensorTagsAreACrudCollectionUnderAppliances() throws Exception {
    server.enqueue(created("/api/v1/appliances/sensortags/4"));
    server.enqueue(json("[{\"id\": 4, \"name\": \"east\", \"sensors\": [1, 2], \"mod_time\": 1}]"));
    server.enqueue(json("{\"id\": 4, \"name\": \"east\"}"));
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(created("/api/v1/appliances/sensortags/delete"));
    SensorTags tags = appliances.sensorTags();

    assertThat(tags.create(SensorTagCreate.builder().name("east").sensors(List.of(1L)).build()))
        .isEqualTo(4);
    List<SensorTag> list = tags.list();
    SensorTag one = tags.get(4);
    tags.update(4, SensorTagUpdate.builder().sensors(List.of()).build());
    tags.delete(4);
    tags.deleteAll(List.of(5L, 6L));

    assertThat(list.get(0).sensors()).containsExactly(1L, 2L);
    assertThat(list.get(0).unknownFields()).containsEntry("mod_time", 1);
    assertThat(one.sensors()).as("a missing list decodes empty").isEmpty();
    sent("POST", "/api/v1/appliances/sensortags", "{\"name\":\"east\",\"sensors\":[1]}");
    sent("GET", "/api/v1/appliances/sensortags", "");
    sent("GET", "/api/v1/appliances/sensortags/4", "");
    sent("PATCH", "/api/v1/appliances/sensortags/4", "{\"sensors\":[]}");
    sent("DELETE", "/api/v1/appliances/sensortags/4", "");
    sent("POST", "/api/v1/appliances/sensortags/delete", "{\"sensortags\":[5,6]}");
  }

  @Test
  void theTagsOfOneSensor() throws Exception {
    server.enqueue(json("[{\"id\": 4, \"name\": \"east\", \"sensors\": [3]}]"));
    server.enqueue(noContent());

    assertThat(appliances.tagsOf(3)).extracting(SensorTag::name).containsExactly("east");
    appliances.setTags(3, List.of(4L, 9L));

    sent("GET", "/api/v1/appliances/3/sensortags", "");
    sent("PATCH", "/api/v1/appliances/3/sensortags", "{\"sensortags\":[4,9]}");
  }

  @Test
  void firmwareOfConnectedAppliances() throws Exception {
    server.enqueue(json("[]"));
    server.enqueue(json("[{\"versions\": [\"26.3.1.1010\"]}]"));
    server.enqueue(
        new MockResponse.Builder().code(202).addHeader("Location", "/api/v1/jobs/11").build());

    assertThat(appliances.availableFirmware()).isEmpty();
    assertThat(appliances.availableFirmware(List.of(2L, 3L)).get(0).versions())
        .containsExactly("26.3.1.1010");
    StartedJob job =
        appliances.upgradeFirmware(
            ApplianceFirmwareUpgrade.builder()
                .systemIds(List.of(2L, 3L))
                .version("26.3.1.1010")
                .build());

    assertThat(job.jobId()).contains("11");
    sent("GET", "/api/v1/appliances/firmware/next", "");
    // The comma of the list is percent-encoded, as every query value is; the appliance decodes it.
    RecordedRequest some = sent("GET", "/api/v1/appliances/firmware/next?ids=2%2C3", "");
    assertThat(some.getUrl().queryParameter("ids")).isEqualTo("2,3");
    sent(
        "POST",
        "/api/v1/appliances/firmware/upgrade",
        "{\"system_ids\":[2,3],\"version\":\"26.3.1.1010\"}");
  }

  @Test
  void associationCloudServicesProductKeyAndDisconnect() throws Exception {
    server.enqueue(json("{\"associated_sensor_id\": 2}"));
    server.enqueue(noContent());
    server.enqueue(json("{\"enabled\": true, \"status\": \"connected\", \"region\": \"us\"}"));
    server.enqueue(created("/api/v1/appliances/0/cloudservices"));
    server.enqueue(json("{\"product_key\": \"SECR-ET00-KEY1\"}"));
    server.enqueue(noContent());

    assertThat(appliances.association(5).associatedSensorId()).isEqualTo(2L);
    appliances.associate(5, 3);
    assertThat(appliances.cloudServices().unknownFields()).containsEntry("region", "us");
    appliances.unenrollCloudServices();
    ApplianceProductKey key = appliances.productKey(3);
    appliances.disconnect(3);

    assertThat(key.productKey()).isEqualTo("SECR-ET00-KEY1");
    assertThat(key.toString()).doesNotContain("SECR").contains("****");
    sent("GET", "/api/v1/appliances/5/association", "");
    sent("POST", "/api/v1/appliances/5/association", "{\"associated_sensor_id\":3}");
    sent("GET", "/api/v1/appliances/0/cloudservices", "");
    sent("POST", "/api/v1/appliances/0/cloudservices", "{\"action\":\"unenroll\"}");
    sent("GET", "/api/v1/appliances/3/productkey", "");
    sent("DELETE", "/api/v1/appliances/3", "");
  }

  @Test
  void domainControllersAreKeyedByHostAndTheirPasswordIsMasked() throws Exception {
    server.enqueue(json("[]"));
    server.enqueue(created("/api/v1/appliances/3/domaincontrollers/connections/dc1"));
    server.enqueue(
        json(
            "{\"dc_host\": \"dc1.corp.example.com\", \"dc_name\": \"dc1\", \"realm\": \"CORP\","
                + " \"password_interval\": 30, \"last_sync\": 5}"));
    server.enqueue(json("{\"success\": false, \"message\": \"KDC unreachable\"}"));
    server.enqueue(noContent());
    DomainControllers controllers = appliances.domainControllers(3);
    DomainControllerCreate create = controller().passwordInterval(30).build();

    assertThat(controllers.list()).isEmpty();
    controllers.add(create);
    DomainController one = controllers.get("dc1.corp.example.com");
    var result =
        controllers.test(
            DomainControllerCheck.builder()
                .dcHost("dc1.corp.example.com")
                .dcName("dc1")
                .realm("CORP.EXAMPLE.COM")
                .username("svc")
                .password("pw-dc-0042")
                .adDecryptionEnabled(true)
                .adResponseEnabled(false)
                .adUserEnrichmentEnabled(true)
                .build());
    controllers.remove("dc1.corp.example.com");

    assertThat(create.toString()).doesNotContain("pw-dc-0042");
    assertThat(one.passwordInterval()).isEqualTo(30);
    assertThat(one.unknownFields()).containsEntry("last_sync", 5);
    assertThat(result.success()).isFalse();
    assertThat(result.message()).isEqualTo("KDC unreachable");
    String fields =
        "\"dc_host\":\"dc1.corp.example.com\",\"dc_name\":\"dc1\",\"realm\":\"CORP.EXAMPLE.COM\","
            + "\"username\":\"svc\",\"password\":\"pw-dc-0042\",\"ad_decryption_enabled\":true,"
            + "\"ad_response_enabled\":false,\"ad_user_enrichment_enabled\":true";
    sent("GET", "/api/v1/appliances/3/domaincontrollers/connections", "");
    sent(
        "POST",
        "/api/v1/appliances/3/domaincontrollers/connections",
        "{" + fields + ",\"password_interval\":30}");
    sent("GET", "/api/v1/appliances/3/domaincontrollers/connections/dc1.corp.example.com", "");
    sent("POST", "/api/v1/appliances/3/domaincontrollers/testconnection", "{" + fields + "}");
    sent("DELETE", "/api/v1/appliances/3/domaincontrollers/connections/dc1.corp.example.com", "");
  }

  @Test
  void aMissingConnectionIsNotFound() {
    server.enqueue(json(404, "{\"error_message\": \"No connection to dc9\"}"));

    assertThatThrownBy(() -> appliances.domainControllers(3).get("dc9"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No connection to dc9");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> controller().password(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(
            () ->
                DomainControllerCreate.builder()
                    .dcHost("dc1")
                    .dcName("dc1")
                    .realm("R")
                    .username("u")
                    .password("p")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DomainControllerCreate: ad_decryption_enabled is required");
    assertThatThrownBy(() -> controller().passwordInterval(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password_interval");
    assertThatThrownBy(() -> SensorTagCreate.builder().sensors(List.of(0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sensors");
    assertThatThrownBy(() -> SensorTagUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to update");
    assertThatThrownBy(() -> ApplianceFirmwareUpgrade.builder().version("26.3").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("system_ids is required");
    assertThatThrownBy(() -> ServiceSettingsUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> appliances.setTags(3, List.of(-1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tagIds");
    assertThatThrownBy(() -> appliances.availableFirmware(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(() -> appliances.associate(5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("packetSensorId");
    assertThatThrownBy(() -> appliances.domainControllers(3).remove(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dcHost");
    assertThatThrownBy(() -> CloudConnection.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cloud_token is required");
    assertThat(CloudConnection.builder().cloudToken("tok-9").build().toString())
        .doesNotContain("tok-9");
    assertThat(server.getRequestCount()).isZero();
  }
}
