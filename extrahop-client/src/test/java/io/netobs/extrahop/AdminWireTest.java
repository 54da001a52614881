package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.created;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.noContent;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.CustomizationStatus;
import io.netobs.extrahop.model.IdentityProvider;
import io.netobs.extrahop.model.IdentityProviderPrivileges;
import io.netobs.extrahop.model.OdsTarget;
import io.netobs.extrahop.model.OdsTargetType;
import io.netobs.extrahop.model.ThreatCollection;
import io.netobs.extrahop.model.UserLockStatus;
import io.netobs.extrahop.request.IdentityProviderCreate;
import io.netobs.extrahop.request.IdentityProviderPrivilegesUpdate;
import io.netobs.extrahop.request.IdentityProviderUpdate;
import io.netobs.extrahop.request.OdsHttpTargetCreate;
import io.netobs.extrahop.request.OdsKafkaTargetCreate;
import io.netobs.extrahop.request.OdsMongoDbTargetCreate;
import io.netobs.extrahop.request.OdsRawTargetCreate;
import io.netobs.extrahop.request.OdsSyslogTargetCreate;
import io.netobs.extrahop.request.OdsTargetCreate;
import io.netobs.extrahop.request.TriggerExternalData;
import io.netobs.extrahop.request.UserGroupCreate;
import io.netobs.extrahop.request.UserGroupMembership;
import io.netobs.http.ServerErrorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire shapes of identity providers, user lockouts, user group membership, Open Data Stream
 * targets, threat collections and the uploads and downloads of today's firmware: method, path,
 * query and body byte for byte, answers decoded with their unknown fields, and bad input refused
 * before anything is sent.
 */
class AdminWireTest extends MockServerTest {
  private static final String PEM_KEY =
      "-----BEGIN PRIVATE KEY-----\nS3CRET-KEY\n-----END PRIVATE KEY-----\n";

  @TempDir Path dir;

  private RecordedRequest take(String method, String target) throws Exception {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(pathAndQuery(request)).isEqualTo(target);
    return request;
  }

  private RecordedRequest take(String method, String target, String body) throws Exception {
    RecordedRequest request = take(method, target);
    assertThat(request.getBody().utf8()).isEqualTo(body);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return request;
  }

  @Test
  void identityProvidersSendTheirBodiesAndDecodeUnknownFields() throws Exception {
    IdentityProviders providers = new IdentityProviders(core);
    server.enqueue(created("/api/v1/auth/identityproviders/4"));
    server.enqueue(
        json(
            "{\"id\": 4, \"name\": \"Okta\", \"type\": \"saml\", \"enabled\": true,"
                + " \"auto_provision_users\": false, \"sso_url\": \"https://sso\", \"team\": \"sec\"}"));
    server.enqueue(noContent());
    server.enqueue(
        json("{\"writelevel\": {\"attribute\": \"role\"}, \"detectionsaccesslevel\": {}}"));
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(json("[]"));

    long id =
        providers.create(
            IdentityProviderCreate.builder()
                .name("Okta")
                .enabled(true)
                .autoProvisionUsers(false)
                .entityId("http://www.okta.com/x")
                .build());
    IdentityProvider read = providers.get(id);
    providers.update(
        id,
        IdentityProviderUpdate.builder()
            .name("Okta")
            .enabled(false)
            .autoProvisionUsers(true)
            .ssoUrl("https://sso2")
            .build());
    IdentityProviderPrivileges privileges = providers.privileges(id);
    providers.updatePrivileges(
        id,
        IdentityProviderPrivilegesUpdate.builder().ndrLevel(Map.of("attribute", "ndr")).build());
    providers.delete(id);
    assertThat(providers.list()).isEmpty();

    assertThat(id).isEqualTo(4);
    assertThat(read.ssoUrl()).isEqualTo("https://sso");
    assertThat(read.unknownFields()).containsEntry("team", "sec");
    assertThat(privileges.writeLevel()).containsEntry("attribute", "role");
    assertThat(privileges.unknownFields()).containsKey("detectionsaccesslevel");
    take(
        "POST",
        "/api/v1/auth/identityproviders",
        "{\"name\":\"Okta\",\"enabled\":true,\"auto_provision_users\":false,"
            + "\"entity_id\":\"http://www.okta.com/x\",\"type\":\"saml\"}");
    take("GET", "/api/v1/auth/identityproviders/4");
    take(
        "PATCH",
        "/api/v1/auth/identityproviders/4",
        "{\"name\":\"Okta\",\"enabled\":false,\"auto_provision_users\":true,\"sso_url\":\"https://sso2\"}");
    take("GET", "/api/v1/auth/identityproviders/4/privileges");
    take(
        "PATCH",
        "/api/v1/auth/identityproviders/4/privileges",
        "{\"ndrlevel\":{\"attribute\":\"ndr\"}}");
    take("DELETE", "/api/v1/auth/identityproviders/4");
    take("GET", "/api/v1/auth/identityproviders");
  }

  @Test
  void theServiceProviderMetadataIsReadAsJsonOrXml() throws Exception {
    IdentityProviders providers = new IdentityProviders(core);
    server.enqueue(json("{\"entity_id\": \"urn:eh\", \"acs_url\": \"https://eh/acs\", \"x\": 1}"));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/xml")
            .body("<md:EntityDescriptor entityID=\"urn:eh\"/>")
            .build());

    assertThat(providers.serviceProvider().acsUrl()).isEqualTo("https://eh/acs");
    assertThat(providers.serviceProviderXml())
        .isEqualTo("<md:EntityDescriptor entityID=\"urn:eh\"/>");

    take("GET", "/api/v1/auth/samlsp");
    RecordedRequest xml = take("GET", "/api/v1/auth/samlsp?xml=true");
    assertThat(xml.getHeaders().get("Accept")).startsWith("application/xml");
  }

  @Test
  void anIdentityProviderWithoutItsRequiredFieldsIsRefusedBeforeSending() {
    assertThatThrownBy(() -> IdentityProviderCreate.builder().name("Okta").enabled(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto_provision_users");
    assertThatThrownBy(
            () -> IdentityProviderUpdate.builder().enabled(true).autoProvisionUsers(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> IdentityProviderPrivilegesUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentityProviders(core).get(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aLockoutIsReadAndClearedByUserName() throws Exception {
    Users users = new Users(core);
    server.enqueue(json("{\"locked\": true, \"failed_login_attempts\": 6}"));
    server.enqueue(noContent());

    UserLockStatus lock = users.lock("ana.b");
    users.unlock("ana.b");

    assertThat(lock.isLocked()).isTrue();
    assertThat(lock.unknownFields()).containsEntry("failed_login_attempts", 6);
    take("GET", "/api/v1/users/ana.b/lock");
    take("DELETE", "/api/v1/users/ana.b/lock");
    assertThat(new UserLockStatus(null, null).isLocked()).isFalse();
    assertThatThrownBy(() -> users.unlock(" ")).hasMessageContaining("username");
  }

  @Test
  void userGroupsAreCreatedDeletedAndTheirMembershipChangedOrReplaced() throws Exception {
    UserGroups groups = new UserGroups(core);
    server.enqueue(created("/api/v1/usergroups/local.1a2b3c4d"));
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());

    String id = groups.create(UserGroupCreate.builder().name("Responders").enabled(true).build());
    groups.updateMembers(
        id, UserGroupMembership.builder().addMember("ana").removeMember("bo").build());
    groups.replaceMembers(
        id,
        UserGroupMembership.builder()
            .addMembers(List.of("ana", "cy"))
            .addMember("di", "owner")
            .build());
    groups.delete(id);

    assertThat(id).isEqualTo("local.1a2b3c4d");
    take("POST", "/api/v1/usergroups", "{\"name\":\"Responders\",\"enabled\":true}");
    take("PATCH", "/api/v1/usergroups/local.1a2b3c4d/members", "{\"ana\":\"member\",\"bo\":null}");
    take(
        "PUT",
        "/api/v1/usergroups/local.1a2b3c4d/members",
        "{\"ana\":\"member\",\"cy\":\"member\",\"di\":\"owner\"}");
    take("DELETE", "/api/v1/usergroups/local.1a2b3c4d");
  }

  @Test
  void anEmptyReplacementEmptiesTheGroupAndBadMembersAreRefused() throws Exception {
    UserGroups groups = new UserGroups(core);
    server.enqueue(noContent());
    groups.replaceMembers("local.1", UserGroupMembership.builder().build());
    take("PUT", "/api/v1/usergroups/local.1/members", "{}");
    assertThatThrownBy(() -> UserGroupMembership.builder().addMember(""))
        .hasMessageContaining("username");
    assertThatThrownBy(() -> groups.updateMembers("local.1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("changes");
    assertThatThrownBy(() -> UserGroupCreate.builder().enabled(true).build())
        .hasMessageContaining("name");
  }

  @Test
  void eachOdsTargetTypeIsCreatedAtItsOwnPathWithItsOwnBody() throws Exception {
    OdsTargets targets = new OdsTargets(core);
    List<OdsTargetCreate> creates =
        List.of(
            OdsHttpTargetCreate.builder()
                .name("collector")
                .host("c.example.com")
                .port(443)
                .protocol("https")
                .pipeline(true)
                .authentication(Map.of("type", "none"))
                .build(),
            OdsKafkaTargetCreate.builder()
                .name("stream")
                .broker("k1", 9092)
                .broker("k2", 9093)
                .protocol("tcp")
                .compression("gzip")
                .partitionStrategy("round_robin")
                .build(),
            OdsMongoDbTargetCreate.builder()
                .name("store")
                .host("m")
                .port(27017)
                .encrypt(true)
                .build(),
            OdsRawTargetCreate.builder()
                .name("raw")
                .host("r")
                .port(9000)
                .protocol("udp")
                .gzipThresholdBytes(1024)
                .build(),
            OdsSyslogTargetCreate.builder()
                .name("siem")
                .host("s")
                .port(514)
                .protocol("tls")
                .tcpLengthPrefixFraming(true)
                .build());
    for (int i = 0; i < creates.size(); i++) {
      server.enqueue(created("/api/v1/odstargets/x/y"));
    }
    for (OdsTargetCreate create : creates) {
      assertThat(targets.create(create)).isEqualTo(create.name());
    }

    take(
        "POST",
        "/api/v1/odstargets/http",
        "{\"name\":\"collector\",\"host\":\"c.example.com\",\"port\":443,\"protocol\":\"https\","
            + "\"pipeline\":true,\"authentication\":{\"type\":\"none\"}}");
    take(
        "POST",
        "/api/v1/odstargets/kafka",
        "{\"name\":\"stream\",\"brokers\":[{\"host\":\"k1\",\"port\":9092},{\"host\":\"k2\",\"port\":9093}],"
            + "\"protocol\":\"tcp\",\"compression\":\"gzip\",\"partition_strategy\":\"round_robin\"}");
    take(
        "POST",
        "/api/v1/odstargets/mongodb",
        "{\"name\":\"store\",\"host\":\"m\",\"port\":27017,\"encrypt\":true}");
    take(
        "POST",
        "/api/v1/odstargets/raw",
        "{\"name\":\"raw\",\"host\":\"r\",\"port\":9000,\"protocol\":\"udp\",\"gzip_threshold_bytes\":1024}");
    take(
        "POST",
        "/api/v1/odstargets/syslog",
        "{\"name\":\"siem\",\"host\":\"s\",\"port\":514,\"protocol\":\"tls\",\"tcp_length_prefix_framing\":true}");
  }

  @Test
  void odsTargetsAreReadAndDeletedByTypeAndNameAndAnUnknownTypeStillWorks() throws Exception {
    OdsTargets targets = new OdsTargets(core);
    server.enqueue(json("[{\"name\": \"my siem\", \"host\": \"s\", \"port\": 514, \"extra\": 1}]"));
    server.enqueue(json("{\"name\": \"my siem\", \"protocol\": \"udp\"}"));
    server.enqueue(noContent());
    server.enqueue(json("[]"));

    List<OdsTarget> syslog = targets.list(OdsTargetType.SYSLOG);
    OdsTarget one = targets.get(OdsTargetType.of("SYSLOG"), "my siem");
    targets.delete(OdsTargetType.SYSLOG, "my siem");
    assertThat(targets.list(OdsTargetType.of("splunk"))).isEmpty();

    assertThat(syslog)
        .singleElement()
        .satisfies(t -> assertThat(t.unknownFields()).containsEntry("extra", 1));
    assertThat(one.protocol()).isEqualTo("udp");
    assertThat(OdsTargetType.of("splunk").isKnown()).isFalse();
    take("GET", "/api/v1/odstargets/syslog");
    take("GET", "/api/v1/odstargets/syslog/my%20siem");
    take("DELETE", "/api/v1/odstargets/syslog/my%20siem");
    take("GET", "/api/v1/odstargets/splunk");
  }

  @Test
  void theListOfEveryTargetIsReadWhetherGroupedByTypeOrFlat() throws Exception {
    OdsTargets targets = new OdsTargets(core);
    server.enqueue(
        json(
            "{\"http\": [{\"name\": \"a\", \"host\": \"h\"}], \"kafka\": [{\"name\": \"b\"}],"
                + " \"splunk\": [{\"name\": \"c\", \"type\": \"splunk-hec\"}], \"count\": 3}"));
    server.enqueue(json("[{\"name\": \"d\", \"type\": \"raw\", \"gzip_threshold_seconds\": 5}]"));

    List<OdsTarget> grouped = targets.list();
    List<OdsTarget> flat = targets.list();

    assertThat(grouped)
        .extracting(OdsTarget::name, OdsTarget::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", OdsTargetType.HTTP),
            org.assertj.core.groups.Tuple.tuple("b", OdsTargetType.KAFKA),
            org.assertj.core.groups.Tuple.tuple("c", OdsTargetType.of("splunk-hec")));
    assertThat(flat)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.type()).isEqualTo(OdsTargetType.RAW);
              assertThat(t.unknownFields()).containsEntry("gzip_threshold_seconds", 5);
            });
    take("GET", "/api/v1/odstargets");
  }

  @Test
  void odsCredentialsAndPrivateKeysNeverShowInToString() {
    String http =
        OdsHttpTargetCreate.builder()
            .name("c")
            .host("h")
            .port(443)
            .protocol("https")
            .pipeline(false)
            .authentication(Map.of("type", "basic", "password", "pa55-http"))
            .additionalHeader("Authorization: Bearer tok-123")
            .build()
            .toString();
    String kafka =
        OdsKafkaTargetCreate.builder()
            .name("k")
            .broker("k1", 9092)
            .protocol("tls")
            .authentication(Map.of("mechanism", "plain", "password", "pa55-sasl"))
            .tlsClientKey(PEM_KEY)
            .build()
            .toString();
    String mongo =
        OdsMongoDbTargetCreate.builder()
            .name("m")
            .host("m")
            .port(27017)
            .authentication(List.of(Map.of("username", "u", "password", "pa55-mongo")))
            .build()
            .toString();
    String syslog =
        OdsSyslogTargetCreate.builder()
            .name("s")
            .host("s")
            .port(6514)
            .protocol("tls")
            .tlsClientKey(PEM_KEY)
            .build()
            .toString();
    assertThat(http).doesNotContain("pa55-http").doesNotContain("tok-123").contains("****");
    assertThat(kafka).doesNotContain("pa55-sasl").doesNotContain("S3CRET-KEY");
    assertThat(mongo).doesNotContain("pa55-mongo");
    assertThat(syslog).doesNotContain("S3CRET-KEY");
  }

  @Test
  void odsTargetsWithoutTheirRequiredFieldsOrWithBadValuesAreRefusedBeforeSending() {
    assertThatThrownBy(() -> OdsSyslogTargetCreate.builder().name("s").host("h").port(514).build())
        .hasMessageContaining("protocol");
    assertThatThrownBy(() -> OdsKafkaTargetCreate.builder().name("k").protocol("tcp").build())
        .hasMessageContaining("brokers");
    assertThatThrownBy(() -> OdsRawTargetCreate.builder().port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> OdsRawTargetCreate.builder().gzipThresholdBytes(-1))
        .hasMessageContaining("gzip_threshold_bytes");
    assertThatThrownBy(() -> new OdsTargets(core).get(null, "x")).hasMessageContaining("type");
    assertThatThrownBy(() -> new OdsTargets(core).delete(OdsTargetType.RAW, " "))
        .hasMessageContaining("name");
    assertThat(server.getRequestCount()).isZero();
  }

  private static String boundaryOf(RecordedRequest request) {
    String type = request.getHeaders().get("Content-Type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    return type.substring(type.indexOf("boundary=") + "boundary=".length());
  }

  private static String form(String boundary, String name, String filename, String content) {
    String head =
        name == null
            ? ""
            : "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
                + name
                + "\r\n";
    return head
        + "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + filename
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + content
        + "\r\n--"
        + boundary
        + "--\r\n";
  }

  @Test
  void threatCollectionsUploadStixFilesAsStreamedMultipartForms() throws Exception {
    ThreatCollections collections = new ThreatCollections(core);
    Path file = Files.writeString(dir.resolve("feed.json"), "{\"type\": \"bundle\"}");
    server.enqueue(created("/api/v1/threatcollections/11"));
    server.enqueue(noContent());
    server.enqueue(created("/api/v1/threatcollections/12"));
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(
        json(
            "[{\"id\": 11, \"name\": \"feed\", \"user_key\": \"otx\", \"observables\": 2, \"last_updated\": 1700000000000, \"source\": \"x\"}]"));

    assertThat(collections.create("feed", file)).isEqualTo(11);
    collections.update(11, file);
    assertThat(
            collections.create(
                "streamed", new ByteArrayInputStream("indicator".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(12);
    collections.put("otx", "OTX", file);
    collections.delete(11);
    ThreatCollection listed = collections.list().get(0);

    RecordedRequest post = take("POST", "/api/v1/threatcollections");
    String boundary = boundaryOf(post);
    String expected = form(boundary, "feed", "feed.json", "{\"type\": \"bundle\"}");
    assertThat(post.getBody().utf8()).isEqualTo(expected);
    assertThat(post.getHeaders().get("Content-Length"))
        .isEqualTo(String.valueOf(expected.getBytes(StandardCharsets.UTF_8).length));
    RecordedRequest patch = take("PATCH", "/api/v1/threatcollections/11");
    assertThat(patch.getBody().utf8())
        .isEqualTo(form(boundaryOf(patch), null, "feed.json", "{\"type\": \"bundle\"}"));
    RecordedRequest streamed = take("POST", "/api/v1/threatcollections");
    assertThat(streamed.getHeaders().get("Content-Length")).isNull();
    assertThat(streamed.getBody().utf8())
        .isEqualTo(form(boundaryOf(streamed), "streamed", "collection.tar", "indicator"));
    RecordedRequest put = take("PUT", "/api/v1/threatcollections/~otx");
    assertThat(put.getBody().utf8())
        .isEqualTo(form(boundaryOf(put), "OTX", "feed.json", "{\"type\": \"bundle\"}"));
    take("DELETE", "/api/v1/threatcollections/11");
    take("GET", "/api/v1/threatcollections");
    assertThat(listed.userKey()).isEqualTo("otx");
    assertThat(listed.observables()).isEqualTo(2);
    assertThat(listed.lastUpdated().toEpochMilli()).isEqualTo(1_700_000_000_000L);
    assertThat(listed.unknownFields()).containsEntry("source", "x");
  }

  @Test
  void aThreatCollectionUploadIsNotRetriedAndBadInputIsRefusedBeforeSending() throws Exception {
    ThreatCollections collections = new ThreatCollections(core);
    Path file = Files.writeString(dir.resolve("feed.json"), "{}");
    server.enqueue(json(500, "{\"error_message\": \"failed\"}"));

    assertThatThrownBy(() -> collections.create("feed", file))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThatThrownBy(() -> collections.create(" ", file)).hasMessageContaining("name");
    assertThatThrownBy(() -> collections.create("feed", dir.resolve("missing.json")))
        .hasMessageContaining("stixFile");
    assertThatThrownBy(() -> collections.put("", file)).hasMessageContaining("userKey");
    assertThatThrownBy(() -> collections.update(-1, file)).hasMessageContaining("id");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSupportPackIsUploadedAndRunWithItsQueueIdFromLocation() throws Exception {
    SupportPacks packs = new SupportPacks(core);
    Path file = Files.write(dir.resolve("fix.expk"), new byte[] {1, 2, 3, 4});
    server.enqueue(
        new MockResponse.Builder()
            .code(202)
            .addHeader("Location", "/api/v1/supportpacks/queue/31")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(202)
            .addHeader("Location", "/api/v1/supportpacks/queue/32")
            .build());

    assertThat(packs.upload(file)).isEqualTo("31");
    assertThat(packs.upload(new ByteArrayInputStream(new byte[] {9}), 1)).isEqualTo("32");

    RecordedRequest fromFile = take("POST", "/api/v1/supportpacks");
    assertThat(fromFile.getHeaders().get("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(fromFile.getBody().toByteArray()).containsExactly(1, 2, 3, 4);
    RecordedRequest fromStream = take("POST", "/api/v1/supportpacks");
    assertThat(fromStream.getBody().toByteArray()).containsExactly(9);
  }

  @Test
  void aReportPdfIsStreamedToAStreamOrAFile() throws Exception {
    Reports reports = new Reports(core);
    byte[] pdf = "%PDF-1.4 report".getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/pdf")
              .body(new okio.Buffer().write(pdf))
              .build());
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(reports.download(7, out)).isEqualTo(pdf.length);
    Path target = dir.resolve("r.pdf");
    assertThat(reports.download(7, target)).isEqualTo(pdf.length);

    assertThat(out.toByteArray()).isEqualTo(pdf);
    assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
    RecordedRequest request = take("GET", "/api/v1/reports/7/download");
    assertThat(request.getHeaders().get("Accept")).startsWith("application/pdf");
    take("GET", "/api/v1/reports/7/download");
    assertThatThrownBy(() -> reports.download(0, out)).hasMessageContaining("id");
  }

  @Test
  void externalDataIsPostedAsTypeAndBody() throws Exception {
    server.enqueue(noContent());
    new Triggers(core)
        .sendExternalData(
            TriggerExternalData.builder().type("cmdb").body(Map.of("host", "db-1")).build());
    take(
        "POST",
        "/api/v1/triggers/externaldata",
        "{\"type\":\"cmdb\",\"body\":{\"host\":\"db-1\"}}");
    assertThatThrownBy(() -> TriggerExternalData.builder().type(" ")).hasMessageContaining("type");
  }

  @Test
  void theBackupStatusIsDecodedWithItsUnknownFields() throws Exception {
    server.enqueue(json("{\"status\": \"failed\", \"error\": \"disk full\"}"));
    CustomizationStatus status = new Customizations(core).status();
    assertThat(status.status()).isEqualTo("failed");
    assertThat(status.unknownFields()).containsEntry("error", "disk full");
    take("GET", "/api/v1/customizations/status");
  }
}
