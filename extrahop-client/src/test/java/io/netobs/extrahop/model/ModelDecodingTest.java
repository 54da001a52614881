package io.netobs.extrahop.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelDecodingTest {
  @Test
  void tagKeepsUnknownFieldsAndReadsMillisecondTimes() throws Exception {
    Tag tag =
        Json.mapper()
            .readValue(
                "{\"mod_time\": 1447878253953, \"id\": 1, \"name\": \"my_test_tag\", \"color\": \"red\"}",
                Tag.class);
    assertThat(tag.id()).isEqualTo(1);
    assertThat(tag.name()).isEqualTo("my_test_tag");
    assertThat(tag.modTime()).isEqualTo(Instant.ofEpochMilli(1447878253953L));
    assertThat(tag.unknownFields()).containsEntry("color", "red");
  }

  @Test
  void missingUnknownFieldsAndListsAreEmpty() throws Exception {
    Device device = Json.mapper().readValue("{\"id\": 10212}", Device.class);
    assertThat(device.unknownFields()).isEmpty();
    assertThat(device.activity()).isEmpty();
  }

  @Test
  void decodesTheGuidesDeviceExample() throws Exception {
    String json =
        """
        {"mod_time": 1448474346504, "node_id": null, "id": 10212, "extrahop_id": "test0001", "description": null,
         "user_mod_time": 1448474253809, "discover_time": 1448474250000, "vlanid": 0, "parent_id": 9352,
         "macaddr": "00:05:G3:FF:FC:28", "vendor": "Cisco", "is_l3": true, "ipaddr4": "10.10.10.5", "ipaddr6": null,
         "device_class": "node", "default_name": "Cisco5", "custom_name": null, "cdp_name": "", "dhcp_name": "",
         "netbios_name": "", "dns_name": "", "custom_type": "", "analysis_level": 1}""";
    Device d = Json.mapper().readValue(json, Device.class);
    assertThat(d.id()).isEqualTo(10212);
    assertThat(d.nodeId()).isNull();
    assertThat(d.parentId()).isEqualTo(9352L);
    assertThat(d.isL3()).isTrue();
    assertThat(d.ipaddr4()).isEqualTo("10.10.10.5");
    assertThat(d.discoverTime()).isEqualTo(Instant.ofEpochMilli(1448474250000L));
    assertThat(d.analysisLevel()).isEqualTo(1);
    assertThat(d.unknownFields()).isEmpty();
  }

  @Test
  void alertDecodesSeverityOperatorAndTypeTolerantly() throws Exception {
    Alert a =
        Json.mapper()
            .readValue(
                "{\"id\": 3, \"severity\": 9, \"operator\": \">=\", \"type\": \"Threshold\", \"operand\": 12.5}",
                Alert.class);
    assertThat(a.severity().level()).isEqualTo(9);
    assertThat(a.severity().isKnown()).isFalse();
    assertThat(a.operator()).isEqualTo(AlertOperator.GREATER_OR_EQUAL);
    assertThat(a.type()).isSameAs(AlertType.THRESHOLD);
    assertThat(a.operand()).isEqualTo("12.5");
    Alert b =
        Json.mapper()
            .readValue(
                "{\"id\": 4, \"severity\": 2, \"operator\": \"=~\", \"type\": \"anomaly\"}",
                Alert.class);
    assertThat(b.severity()).isSameAs(AlertSeverity.CRITICAL);
    assertThat(b.severity().isUrgent()).isTrue();
    assertThat(b.operator().isKnown()).isFalse();
    assertThat(b.operator().value()).isEqualTo("=~");
    assertThat(b.type().value()).isEqualTo("anomaly");
  }

  @Test
  void serializesBackWithUnknownFieldsFlattened() throws Exception {
    Tag tag = new Tag(5, null, "x", Map.of("color", "red"));
    assertThat(Json.mapper().writeValueAsString(tag))
        .contains("\"color\":\"red\"")
        .doesNotContain("unknownFields");
  }

  @Test
  void sharingKeepsRolesAndNulls() throws Exception {
    Sharing s =
        Json.mapper()
            .readValue(
                "{\"anyone\": \"viewer\", \"users\": {\"ehd\": \"editor\", \"x\": \"owner\"}, \"groups\": {}}",
                Sharing.class);
    assertThat(s.anyone()).isEqualTo(SharingRole.VIEWER);
    assertThat(s.users().get("ehd")).isEqualTo(SharingRole.EDITOR);
    assertThat(s.users().get("x").isKnown()).isFalse();
    assertThat(s.groups()).isEmpty();
  }

  @Test
  void apiKeyToStringHidesTheKey() throws Exception {
    ApiKey key =
        Json.mapper()
            .readValue(
                "{\"id\": 1, \"username\": \"setup\", \"key\": \"abcdef0123456789\"}",
                ApiKey.class);
    assertThat(key.key()).isEqualTo("abcdef0123456789");
    assertThat(key.toString()).doesNotContain("abcdef0123456789").contains("****");
  }

  @Test
  void activityMapWalksDecodeTyped() throws Exception {
    ActivityMap map =
        Json.mapper()
            .readValue(
                """
        {"id": 2, "name": "web", "walks": [{"origins": [{"object_type": "device", "object_id": 7}],
          "steps": [{"relationships": [{"protocol": "http", "role": "server"}]}]}]}""",
                ActivityMap.class);
    assertThat(map.walks()).hasSize(1);
    assertThat(map.walks().get(0).origins().get(0))
        .isEqualTo(ActivityMapSource.builder().objectType("device").objectId(7).build());
    assertThat(map.walks().get(0).steps().get(0).relationships())
        .containsExactly(ActivityMapRelationship.builder().protocol("http").role("server").build());
    assertThat(map.walks().get(0).steps().get(0).peerIn()).isEmpty();
  }

  @Test
  void auditLogEntryReadsBodyOrFlatFields() throws Exception {
    AuditLogEntry nested =
        Json.mapper()
            .readValue(
                "{\"id\": 1, \"time\": 1000, \"body\": {\"user\": \"admin\", \"operation\": \"login\"}}",
                AuditLogEntry.class);
    assertThat(nested.user()).isEqualTo("admin");
    assertThat(nested.operation()).isEqualTo("login");
    AuditLogEntry flat =
        Json.mapper()
            .readValue(
                "{\"id\": 2, \"user\": \"setup\", \"component\": \"api\"}", AuditLogEntry.class);
    assertThat(flat.user()).isEqualTo("setup");
    assertThat(flat.component()).isEqualTo("api");
    assertThat(flat.details()).isNull();
  }

  @Test
  void listsOfRecordsDecode() throws Exception {
    List<EmailGroup> groups =
        Json.mapper()
            .readValue(
                "[{\"id\": 1, \"group_name\": \"ops\", \"email_addresses\": [\"a@b.c\"], \"system_notifications\": true}]",
                Json.mapper()
                    .getTypeFactory()
                    .constructCollectionType(List.class, EmailGroup.class));
    assertThat(groups.get(0).groupName()).isEqualTo("ops");
    assertThat(groups.get(0).emailAddresses()).containsExactly("a@b.c");
  }
}
