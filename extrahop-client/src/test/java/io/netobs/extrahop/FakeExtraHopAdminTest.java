package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.IdentityProvider;
import io.netobs.extrahop.model.OdsTarget;
import io.netobs.extrahop.model.OdsTargetType;
import io.netobs.extrahop.model.SupportPackStatus;
import io.netobs.extrahop.model.ThreatCollection;
import io.netobs.extrahop.model.UserGroupMember;
import io.netobs.extrahop.request.IdentityProviderCreate;
import io.netobs.extrahop.request.IdentityProviderPrivilegesUpdate;
import io.netobs.extrahop.request.IdentityProviderUpdate;
import io.netobs.extrahop.request.OdsHttpTargetCreate;
import io.netobs.extrahop.request.OdsKafkaTargetCreate;
import io.netobs.extrahop.request.OdsMongoDbTargetCreate;
import io.netobs.extrahop.request.OdsRawTargetCreate;
import io.netobs.extrahop.request.OdsSyslogTargetCreate;
import io.netobs.extrahop.request.OdsTargetCreate;
import io.netobs.extrahop.request.ReportCreate;
import io.netobs.extrahop.request.TriggerExternalData;
import io.netobs.extrahop.request.UserGroupCreate;
import io.netobs.extrahop.request.UserGroupMembership;
import io.netobs.http.BadRequestException;
import io.netobs.http.ConflictException;
import io.netobs.http.NotFoundException;
import io.netobs.http.PollOptions;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity providers, user lockouts, user group membership, Open Data Stream targets, threat
 * collections and the uploads and downloads of today's firmware, against the stateful fake
 * ExtraHop: each change shows in the next read, and what the appliance refuses is refused.
 */
class FakeExtraHopAdminTest {
  private static final String STIX =
      "{\"type\": \"bundle\", \"objects\": [{\"type\": \"indicator\", \"id\":"
          + " \"indicator--1\"}, {\"type\": \"indicator\", \"id\": \"indicator--2\"}]}";

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
    try {
      SuiteCoverage.record(FakeExtraHopAdminTest.class, fake.journal());
    } finally {
      client.close();
      fake.close();
    }
  }

  private JsonNode stored(String resource, Object key) {
    return fake.api()
        .find(resource, String.valueOf(key))
        .orElseThrow(() -> new AssertionError(resource + " " + key + " is not stored"));
  }

  private Path stix(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void identityProvidersAreCreatedChangedMappedAndDeleted() {
    IdentityProviders providers = client.identityProviders();
    assertThat(providers.list()).isEmpty();

    long id =
        providers.create(
            IdentityProviderCreate.builder()
                .name("Okta")
                .enabled(true)
                .autoProvisionUsers(false)
                .entityId("http://www.okta.com/abc")
                .ssoUrl("https://corp.okta.com/app/sso/saml")
                .build());

    IdentityProvider created = providers.get(id);
    assertThat(created.name()).isEqualTo("Okta");
    assertThat(created.type()).isEqualTo("saml");
    assertThat(created.enabled()).isTrue();
    assertThat(created.autoProvisionUsers()).isFalse();
    assertThat(created.entityId()).isEqualTo("http://www.okta.com/abc");
    assertThat(created.unknownFields()).containsKey("mod_time");
    assertThat(providers.list()).extracting(IdentityProvider::id).containsExactly(id);

    providers.update(
        id,
        IdentityProviderUpdate.builder()
            .name("Okta (corp)")
            .enabled(false)
            .autoProvisionUsers(true)
            .build());
    IdentityProvider changed = providers.get(id);
    assertThat(changed.name()).isEqualTo("Okta (corp)");
    assertThat(changed.enabled()).isFalse();
    assertThat(changed.autoProvisionUsers()).isTrue();
    assertThat(changed.ssoUrl()).isEqualTo("https://corp.okta.com/app/sso/saml");

    assertThat(providers.privileges(id).writeLevel()).isEmpty();
    Map<String, Object> write =
        Map.of("attribute", "writelevel", "values", Map.of("full", List.of("admins")));
    providers.updatePrivileges(
        id, IdentityProviderPrivilegesUpdate.builder().writeLevel(write).build());
    assertThat(providers.privileges(id).writeLevel()).isEqualTo(write);
    assertThat(providers.privileges(id).ndrLevel()).isEmpty();

    providers.delete(id);
    assertThatThrownBy(() -> providers.get(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> providers.privileges(id)).isInstanceOf(NotFoundException.class);
    assertThat(providers.list()).isEmpty();
  }

  @Test
  void anUpdateWithoutTheRequiredFieldsIsRefusedByTheService() {
    IdentityProviders providers = client.identityProviders();
    long id =
        providers.create(
            IdentityProviderCreate.builder()
                .name("Okta")
                .enabled(true)
                .autoProvisionUsers(false)
                .build());
    // A body the SDK lets through (an unknown field only) reaches the service, which refuses it.
    assertThatThrownBy(
            () ->
                providers.updatePrivileges(
                    id,
                    IdentityProviderPrivilegesUpdate.builder().field("npmlevel", "full").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("npmlevel");
    assertThatThrownBy(
            () ->
                providers.create(
                    IdentityProviderCreate.builder()
                        .name("LDAP")
                        .enabled(true)
                        .autoProvisionUsers(false)
                        .type("ldap")
                        .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("saml");
  }

  @Test
  void theSamlServiceProviderMetadataComesAsJsonOrXml() {
    assertThat(client.identityProviders().serviceProvider().entityId())
        .isEqualTo("urn:extrahop:fake-appliance");
    assertThat(client.identityProviders().serviceProvider().unknownFields()).containsKey("xml_url");
    assertThat(client.identityProviders().serviceProviderXml())
        .startsWith("<?xml")
        .contains("entityID=\"urn:extrahop:fake-appliance\"");
  }

  @Test
  void aLockoutIsReadAndCleared() {
    Users users = client.users();
    assertThat(users.lock("admin").isLocked()).isFalse();
    assertThat(users.lock("viewer").isLocked()).isTrue();
    assertThat(users.lock("viewer").unknownFields()).containsEntry("failed_login_attempts", 5);

    users.unlock("viewer");

    assertThat(users.lock("viewer").isLocked()).isFalse();
    assertThat(users.lock("viewer").unknownFields()).containsEntry("failed_login_attempts", 0);
    assertThatThrownBy(() -> users.lock("nobody")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void userGroupsAreCreatedTheirMembersChangedAndReplacedAndTheyAreDeleted() {
    UserGroups groups = client.userGroups();
    String id = groups.create(UserGroupCreate.builder().name("Responders").enabled(true).build());
    assertThat(id).startsWith("local.");
    assertThat(groups.get(id).name()).isEqualTo("Responders");
    assertThat(groups.members(id)).isEmpty();

    groups.updateMembers(
        id, UserGroupMembership.builder().addMember("admin").addMember("viewer").build());
    assertThat(groups.members(id))
        .extracting(UserGroupMember::username)
        .containsExactlyInAnyOrder("admin", "viewer");

    groups.updateMembers(id, UserGroupMembership.builder().removeMember("admin").build());
    assertThat(groups.members(id)).extracting(UserGroupMember::username).containsExactly("viewer");

    groups.replaceMembers(id, UserGroupMembership.builder().addMember("netops").build());
    assertThat(groups.members(id)).extracting(UserGroupMember::username).containsExactly("netops");

    assertThatThrownBy(
            () ->
                groups.updateMembers(id, UserGroupMembership.builder().addMember("nobody").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("nobody");
    assertThat(groups.members(id)).extracting(UserGroupMember::username).containsExactly("netops");

    groups.replaceMembers(id, UserGroupMembership.builder().build());
    assertThat(groups.members(id)).isEmpty();

    groups.delete(id);
    assertThatThrownBy(() -> groups.get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void odsTargetsOfEveryTypeAreCreatedReadListedAndDeletedByName() {
    OdsTargets targets = client.odsTargets();
    List<OdsTargetCreate> creates =
        List.of(
            OdsHttpTargetCreate.builder()
                .name("collector")
                .host("collector.example.com")
                .port(443)
                .protocol("https")
                .pipeline(false)
                .authentication(Map.of("type", "basic", "username", "eh", "password", "s3cret-h"))
                .build(),
            OdsKafkaTargetCreate.builder()
                .name("stream")
                .broker("kafka-1.example.com", 9092)
                .broker("kafka-2.example.com", 9092)
                .protocol("tls")
                .tlsClientKey("-----BEGIN PRIVATE KEY-----\nk3y\n-----END PRIVATE KEY-----\n")
                .build(),
            OdsMongoDbTargetCreate.builder()
                .name("store")
                .host("mongo.example.com")
                .port(27017)
                .authentication(
                    List.of(Map.of("database", "eh", "username", "eh", "password", "s3cret-m")))
                .build(),
            OdsRawTargetCreate.builder()
                .name("raw")
                .host("10.1.1.1")
                .port(9000)
                .protocol("udp")
                .build(),
            OdsSyslogTargetCreate.builder()
                .name("siem")
                .host("siem.example.com")
                .port(514)
                .protocol("tcp")
                .build());
    for (OdsTargetCreate create : creates) {
      assertThat(targets.create(create)).isEqualTo(create.name());
      OdsTarget read = targets.get(create.type(), create.name());
      assertThat(read.name()).isEqualTo(create.name());
      assertThat(targets.list(create.type()))
          .extracting(OdsTarget::name)
          .containsExactly(create.name());
    }
    assertThat(targets.get(OdsTargetType.SYSLOG, "siem").port()).isEqualTo(514);
    assertThat(targets.get(OdsTargetType.KAFKA, "stream").unknownFields())
        .containsKey("brokers")
        .doesNotContainKey("tls_client_key");
    // Credentials are kept by the appliance but never answered.
    assertThat(stored("odstargets/http", "collector").has("authentication")).isFalse();
    assertThat(stored("odstargets/mongodb", "store").toString()).doesNotContain("s3cret-m");

    List<OdsTarget> all = targets.list();
    assertThat(all)
        .extracting(OdsTarget::name, t -> t.type().value())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("collector", "http"),
            org.assertj.core.groups.Tuple.tuple("stream", "kafka"),
            org.assertj.core.groups.Tuple.tuple("store", "mongodb"),
            org.assertj.core.groups.Tuple.tuple("raw", "raw"),
            org.assertj.core.groups.Tuple.tuple("siem", "syslog"));

    assertThatThrownBy(() -> targets.create(creates.get(4))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                targets.create(
                    OdsRawTargetCreate.builder()
                        .name("raw2")
                        .host("10.1.1.1")
                        .port(9000)
                        .protocol("sctp")
                        .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("protocol");

    for (OdsTargetCreate create : creates) {
      targets.delete(create.type(), create.name());
      assertThatThrownBy(() -> targets.get(create.type(), create.name()))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(targets.list()).isEmpty();
  }

  @Test
  void threatCollectionsAreUploadedReplacedByIdOrByKeyAndDeleted() throws Exception {
    ThreatCollections collections = client.threatCollections();
    long id = collections.create("feed", stix("feed.json", STIX));
    ThreatCollection created = collections.list().get(0);
    assertThat(created.id()).isEqualTo(id);
    assertThat(created.name()).isEqualTo("feed");
    assertThat(created.observables()).isEqualTo(2);
    assertThat(created.unknownFields()).containsEntry("filename", "feed.json");

    collections.update(
        id,
        stix(
            "feed-2.json",
            STIX.replace("indicator--2", "indicator--2\"}, {\"id\": \"indicator--3")));
    assertThat(collections.list().get(0).observables()).isEqualTo(3);
    assertThat(collections.list().get(0).unknownFields()).containsEntry("filename", "feed-2.json");

    long streamed =
        collections.create(
            "streamed", new ByteArrayInputStream(STIX.getBytes(StandardCharsets.UTF_8)));
    collections.update(
        streamed, new ByteArrayInputStream("indicator--9".getBytes(StandardCharsets.UTF_8)));

    collections.put("otx-pulse", "OTX", stix("otx.json", STIX));
    ThreatCollection byKey =
        collections.list().stream()
            .filter(c -> "otx-pulse".equals(c.userKey()))
            .findFirst()
            .orElseThrow();
    assertThat(byKey.name()).isEqualTo("OTX");
    assertThat(byKey.observables()).isEqualTo(2);
    collections.put(
        "otx-pulse", new ByteArrayInputStream("indicator--7".getBytes(StandardCharsets.UTF_8)));
    collections.put("otx-pulse", stix("otx-2.json", "indicator--a indicator--b indicator--c"));
    assertThat(collections.list())
        .filteredOn(c -> "otx-pulse".equals(c.userKey()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(byKey.id());
              assertThat(c.observables()).isEqualTo(3);
            });
    assertThat(collections.list()).hasSize(3);

    assertThatThrownBy(() -> collections.create("empty", stix("empty.json", "")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("empty");

    collections.delete(id);
    assertThat(collections.list()).extracting(ThreatCollection::id).doesNotContain(id).hasSize(2);
    assertThatThrownBy(() -> collections.update(id, stix("again.json", STIX)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSupportPackUploadRunsAndIsFollowedToTheEnd() throws Exception {
    SupportPacks packs =
        client
            .supportPacks()
            .withPolling(
                PollOptions.defaults()
                    .withInitialDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(5)));
    String run = packs.upload(stix("fix.expk", "pack bytes"));
    SupportPackStatus done = packs.awaitCompletion(run, Duration.ofMinutes(5));
    assertThat(done.isSucceeded()).isTrue();
    assertThat(client.supportPacks().list())
        .extracting(p -> p.filename())
        .contains(done.filename());
    String streamed = client.supportPacks().upload(new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThat(client.supportPacks().status(streamed).isFinished()).isFalse();
    assertThatThrownBy(() -> client.supportPacks().upload(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void aReportDownloadsAsPdfToAFileOrAStream() throws Exception {
    long id = client.reports().create(ReportCreate.builder().name("Weekly").build());
    Path target = dir.resolve("weekly.pdf");
    long bytes = client.reports().download(id, target);
    assertThat(Files.size(target)).isEqualTo(bytes);
    assertThat(Files.readString(target, StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-")
        .contains("Weekly");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(client.reports().download(id, out)).isEqualTo(bytes);
    assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(target));
    assertThatThrownBy(() -> client.reports().download(999_999, dir.resolve("none.pdf")))
        .isInstanceOf(NotFoundException.class);
    assertThat(dir.resolve("none.pdf")).doesNotExist();
  }

  @Test
  void externalDataReachesTheTriggersAndBadShapesAreRefused() {
    client
        .triggers()
        .sendExternalData(
            TriggerExternalData.builder().type("cmdb").body(Map.of("host", "db-1")).build());
    assertThat(fake.api().document("/triggers/externaldata").orElseThrow().path("received").asInt())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                client
                    .triggers()
                    .sendExternalData(TriggerExternalData.builder().field("body", "text").build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void theBackupStatusFollowsTheNewestBackup() {
    Customizations backups = client.customizations();
    String before = backups.status().status();
    long id = backups.create("before upgrade");
    assertThat(backups.status().status()).isEqualTo("success");
    assertThat(backups.status().unknownFields()).containsEntry("name", "before upgrade");
    assertThat(((Number) backups.status().unknownFields().get("id")).longValue()).isEqualTo(id);
    assertThat(before).isNotNull();
  }
}
