package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.DomainController;
import io.netobs.extrahop.model.ExtraHopJob;
import io.netobs.extrahop.model.FirmwareRelease;
import io.netobs.extrahop.model.JobStatus;
import io.netobs.extrahop.model.SensorTag;
import io.netobs.extrahop.request.ApplianceFirmwareUpgrade;
import io.netobs.extrahop.request.CloudConnection;
import io.netobs.extrahop.request.DetectionAccessUpdate;
import io.netobs.extrahop.request.DomainControllerCheck;
import io.netobs.extrahop.request.DomainControllerCreate;
import io.netobs.extrahop.request.FirmwareUpgrade;
import io.netobs.extrahop.request.FirmwareUrlDownload;
import io.netobs.extrahop.request.FirmwareVersionDownload;
import io.netobs.extrahop.request.SensorTagCreate;
import io.netobs.extrahop.request.SensorTagUpdate;
import io.netobs.extrahop.request.ServiceSettingsUpdate;
import io.netobs.extrahop.request.SigningRequestCreate;
import io.netobs.extrahop.request.TicketingUpdate;
import io.netobs.http.BadRequestException;
import io.netobs.http.ConflictException;
import io.netobs.http.NotFoundException;
import io.netobs.http.PollOptions;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration of the appliance and of connected appliances against the stateful fake
 * ExtraHop: what each call changes shows in the next answer, work that runs as a job moves on as it
 * is polled, and what the service refuses is refused.
 */
class FakeExtraHopAdministrationTest {
  private static final PollOptions QUICK =
      PollOptions.defaults()
          .withInitialDelay(Duration.ofMillis(1))
          .withMaxDelay(Duration.ofMillis(5))
          .withTimeout(Duration.ofSeconds(10));

  private FakeExtraHop fake;
  private ExtraHopClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    fake = FakeExtraHop.start();
    client = ExtraHopClient.builder().baseUrl(fake.apiUrl()).apiKey(fake.apiKey()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    SuiteCoverage.record(FakeExtraHopAdministrationTest.class, fake.journal());
    fake.close();
  }

  @Test
  void servicesTicketingAndDetectionAccessChangeWhatTheNextReadAnswers() {
    ExtraHopSystem system = client.system();
    assertThat(system.services().snmp().enabled()).isFalse();
    assertThat(system.services().ssh().enabled()).isTrue();

    system.updateServices(ServiceSettingsUpdate.builder().snmp(true).ssh(false).build());

    assertThat(system.services().snmp().enabled()).isTrue();
    assertThat(system.services().ssh().enabled()).isFalse();
    assertThat(system.services().gui().enabled()).isTrue();
    assertThatThrownBy(
            () ->
                system.updateServices(
                    ServiceSettingsUpdate.builder().service("telnet", true).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Unknown service telnet");

    assertThat(system.ticketing().enabled()).isFalse();
    system.updateTicketing(TicketingUpdate.builder().enabled(true).build());
    assertThat(system.ticketing().enabled()).isTrue();

    assertThat(system.detectionAccess().enabled()).isFalse();
    system.replaceDetectionAccess(DetectionAccessUpdate.builder().enabled(true).build());
    assertThat(system.detectionAccess().enabled()).isTrue();
    assertThatThrownBy(
            () ->
                system.replaceDetectionAccess(
                    DetectionAccessUpdate.builder().field("enabled", "yes").build()))
        .isInstanceOf(BadRequestException.class);

    assertThat(system.edition().edition()).isEqualTo(system.info().edition()).isNotBlank();
  }

  @Test
  void aVersionDownloadWithUpgradeRunsAsAJobThatChangesTheFirmwareWhenDone() {
    Firmware firmware = client.system().firmware();
    List<FirmwareRelease> releases = firmware.available();
    String newest = releases.get(0).versions().get(0);
    String before = client.system().version().version();

    StartedJob download =
        firmware.downloadVersion(
            FirmwareVersionDownload.builder().version(newest).upgrade(true).build());

    assertThat(download.jobId()).isPresent();
    ExtraHopJob running = download.status();
    assertThat(running.status().isKnown()).isFalse();
    assertThat(running.isFinished()).isFalse();
    assertThat(client.system().version().version()).isEqualTo(before);

    ExtraHopJob done = download.awaitCompletion(QUICK);

    assertThat(done.isSucceeded()).isTrue();
    assertThat(done.status()).isEqualTo(JobStatus.DONE);
    assertThat(client.system().version().version()).isEqualTo(newest);
    assertThat(client.system().info().version()).isEqualTo(newest);
    assertThat(firmware.previous().version()).isEqualTo(before);
    assertThat(client.jobs().list())
        .extracting(ExtraHopJob::id)
        .containsExactly(download.jobId().orElseThrow());
    assertThat(client.jobs().get(download.jobId().orElseThrow()).isSucceeded()).isTrue();

    assertThatThrownBy(
            () ->
                firmware.downloadVersion(
                    FirmwareVersionDownload.builder().version("1.0.0.1").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("not available");
  }

  @Test
  void anUploadedOrDownloadedImageIsWhatTheLatestUpgradeInstalls() throws Exception {
    Firmware firmware = client.system().firmware();
    assertThatThrownBy(firmware::upgradeToLatest)
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("No firmware image");

    Path image = Files.write(dir.resolve("firmware.tar"), new byte[4096]);
    String uploaded = firmware.upload(image).version();
    assertThat(uploaded).isNotBlank();
    assertThat(fake.api().document("/extrahop/firmware/image").orElseThrow().path("bytes").asInt())
        .isEqualTo(4096);

    ExtraHopJob upgrade =
        firmware
            .upgradeToLatest(FirmwareUpgrade.builder().restartAfter(true).build())
            .awaitCompletion(QUICK);
    assertThat(upgrade.isSucceeded()).isTrue();
    assertThat(client.system().version().version()).isEqualTo(uploaded);

    StartedJob fromUrl =
        firmware.downloadFromUrl(
            FirmwareUrlDownload.builder()
                .firmwareUrl("https://downloads.example.com/firmware.tar")
                .build());
    assertThat(fromUrl.awaitCompletion(QUICK).isSucceeded()).isTrue();
    assertThat(client.system().version().version())
        .as("a download without upgrade leaves the version")
        .isEqualTo(uploaded);
    assertThat(firmware.upload(new ByteArrayInputStream(new byte[10]), 10).version()).isNotBlank();

    assertThatThrownBy(
            () ->
                firmware.downloadFromUrl(
                    FirmwareUrlDownload.builder().firmwareUrl("file:///etc/passwd").build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void aRollbackReturnsToThePreviousVersionOnce() {
    Firmware firmware = client.system().firmware();
    String previous = firmware.previous().version();

    StartedJob rollback = firmware.rollback();

    assertThat(rollback.jobId()).as("the rollback answers 202 without a job").isEmpty();
    assertThatThrownBy(rollback::awaitCompletion).isInstanceOf(IllegalStateException.class);
    assertThat(client.system().version().version()).isEqualTo(previous);
    assertThatThrownBy(firmware::previous).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(firmware::rollback)
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("no previous firmware");
  }

  @Test
  void restartShutdownCloudResourcesSigningRequestAndCloudConnect() throws Exception {
    ExtraHopSystem system = client.system();
    system.restart();
    assertThat(fake.api().document("/extrahop/power").orElseThrow().path("action").asText())
        .isEqualTo("restart");
    system.shutdown();
    assertThat(fake.api().document("/extrahop/power").orElseThrow().path("action").asText())
        .isEqualTo("shutdown");

    system.uploadCloudResources(Files.write(dir.resolve("resources.tgz"), new byte[100]));
    assertThat(fake.api().document("/extrahop/cloudresources").orElseThrow().path("bytes").asInt())
        .isEqualTo(100);
    system.uploadCloudResources(
        new ByteArrayInputStream("resources".getBytes(StandardCharsets.UTF_8)), -1);
    assertThat(fake.api().document("/extrahop/cloudresources").orElseThrow().path("bytes").asInt())
        .isEqualTo(9);

    String pem =
        system
            .createSigningRequest(
                SigningRequestCreate.builder()
                    .commonName("eda-1.corp.example.com")
                    .subjectAlternativeName("dns", "eda-1.corp.example.com")
                    .build())
            .pem();
    assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");

    system.connectToCloud(CloudConnection.builder().cloudToken("rx360-token").build());
    assertThat(fake.api().document("/cloud/connect").orElseThrow().path("connected").asBoolean())
        .isTrue();
  }

  @Test
  void sensorTagsAreCreatedUpdatedSetPerSensorAndDeleted() {
    Appliances appliances = client.appliances();
    SensorTags tags = appliances.sensorTags();
    long east = tags.create(SensorTagCreate.builder().name("east").sensors(List.of(1L)).build());
    long west = tags.create(SensorTagCreate.builder().name("west").build());
    long spare = tags.create(SensorTagCreate.builder().name("spare").build());

    assertThat(tags.get(east).sensors()).containsExactly(1L);
    assertThat(tags.list()).extracting(SensorTag::name).containsExactly("east", "west", "spare");
    tags.update(west, SensorTagUpdate.builder().name("west coast").sensors(List.of(2L)).build());
    assertThat(tags.get(west).name()).isEqualTo("west coast");
    assertThat(appliances.tagsOf(2)).extracting(SensorTag::id).containsExactly(west);

    appliances.setTags(1, List.of(west));
    assertThat(appliances.tagsOf(1)).extracting(SensorTag::id).containsExactly(west);
    assertThat(tags.get(east).sensors()).isEmpty();
    assertThat(tags.get(west).sensors()).containsExactlyInAnyOrder(1L, 2L);
    assertThatThrownBy(
            () -> tags.create(SensorTagCreate.builder().name("x").sensors(List.of(99L)).build()))
        .isInstanceOf(BadRequestException.class);

    tags.delete(spare);
    assertThatThrownBy(() -> tags.get(spare)).isInstanceOf(NotFoundException.class);
    tags.deleteAll(List.of(east, west));
    assertThat(tags.list()).isEmpty();
    assertThat(appliances.tagsOf(1)).isEmpty();
  }

  @Test
  void connectedAppliancesFirmwareAssociationCloudServicesProductKeyAndDisconnect() {
    Appliances appliances = client.appliances();
    List<FirmwareRelease> releases = appliances.availableFirmware(List.of(1L, 2L));
    assertThat(appliances.availableFirmware()).isEqualTo(releases);
    String version = releases.get(0).versions().get(0);

    ExtraHopJob upgrade =
        appliances
            .upgradeFirmware(
                ApplianceFirmwareUpgrade.builder().systemIds(List.of(2L)).version(version).build())
            .awaitCompletion(QUICK);
    assertThat(upgrade.isSucceeded()).isTrue();
    assertThat(appliances.get(2).firmwareVersion()).isEqualTo(version);
    assertThat(appliances.get(1).firmwareVersion()).isNotEqualTo(version);

    assertThat(appliances.association(2).associatedSensorId()).isNull();
    appliances.associate(2, 1);
    assertThat(appliances.association(2).associatedSensorId()).isEqualTo(1L);
    assertThatThrownBy(() -> appliances.associate(2, 2)).isInstanceOf(BadRequestException.class);

    assertThat(appliances.cloudServices().enabled()).isTrue();
    appliances.unenrollCloudServices();
    assertThat(appliances.cloudServices().enabled()).isFalse();
    assertThat(appliances.cloudServices().status()).isEqualTo("unenrolled");

    assertThat(appliances.productKey(1).productKey()).startsWith("FAKE-");
    assertThat(appliances.productKey(1).toString()).doesNotContain("FAKE-");

    appliances.disconnect(2);
    assertThatThrownBy(() -> appliances.get(2)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> appliances.association(2)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void domainControllerConnectionsKeepEverythingButThePassword() {
    DomainControllers controllers = client.appliances().domainControllers(1);
    DomainControllerCreate connection =
        DomainControllerCreate.builder()
            .dcHost("dc1.corp.example.com")
            .dcName("dc1")
            .realm("CORP.EXAMPLE.COM")
            .username("svc-extrahop")
            .password("s3cret-pass")
            .adDecryptionEnabled(true)
            .adResponseEnabled(false)
            .adUserEnrichmentEnabled(true)
            .passwordInterval(30)
            .build();

    assertThat(
            controllers
                .test(
                    DomainControllerCheck.builder()
                        .dcHost("dc1.corp.example.com")
                        .dcName("dc1")
                        .realm("CORP.EXAMPLE.COM")
                        .username("svc-extrahop")
                        .password("s3cret-pass")
                        .adDecryptionEnabled(true)
                        .adResponseEnabled(false)
                        .adUserEnrichmentEnabled(true)
                        .build())
                .success())
        .isTrue();
    assertThat(controllers.list()).isEmpty();

    controllers.add(connection);

    DomainController stored = controllers.get("dc1.corp.example.com");
    assertThat(stored.realm()).isEqualTo("CORP.EXAMPLE.COM");
    assertThat(stored.passwordInterval()).isEqualTo(30);
    assertThat(stored.unknownFields()).doesNotContainKey("password");
    assertThat(controllers.list()).extracting(DomainController::dcName).containsExactly("dc1");
    assertThatThrownBy(() -> controllers.add(connection)).isInstanceOf(ConflictException.class);
    JsonNode document = fake.api().document("/appliances/1/domaincontrollers").orElseThrow();
    assertThat(document.toString()).doesNotContain("s3cret-pass");

    controllers.remove("dc1.corp.example.com");
    assertThat(controllers.list()).isEmpty();
    assertThatThrownBy(() -> controllers.get("dc1.corp.example.com"))
        .isInstanceOf(NotFoundException.class);
  }
}
