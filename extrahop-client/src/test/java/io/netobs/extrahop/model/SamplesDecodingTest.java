package io.netobs.extrahop.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.netobs.extrahop.AssignmentResultReader;
import io.netobs.http.internal.Json;
import io.netobs.testing.Samples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's recorded-style ExtraHop payloads (src-test-fixtures, {@code samples/extrahop})
 * decode into this module's models, and the fields the models do not name are kept, not dropped.
 */
class SamplesDecodingTest {
  static String sample(String name) {
    return Samples.extraHop(name);
  }

  /** Sample, model, and a field the model does not name that must survive decoding. */
  static Stream<Arguments> objects() {
    return Stream.of(
        Arguments.of("device", Device.class, "discovery_id"),
        Arguments.of("tag", Tag.class, null),
        Arguments.of("devicegroup", DeviceGroup.class, "editors"),
        Arguments.of("alert-threshold", Alert.class, "categories"),
        Arguments.of("alert-detection", Alert.class, "categories"),
        Arguments.of("emailgroup", EmailGroup.class, "is_builtin"),
        Arguments.of("appliance", Appliance.class, "enabled_integrations"),
        Arguments.of("network", Network.class, "capture_type"),
        Arguments.of("vlan", Vlan.class, "tag"),
        Arguments.of("user", User.class, "email"),
        Arguments.of("usergroup", UserGroup.class, "rights"),
        Arguments.of("dashboard", Dashboard.class, "editable"),
        Arguments.of("sharing", Sharing.class, null),
        Arguments.of("trigger", Trigger.class, "language"),
        Arguments.of("activitymap", ActivityMap.class, "layout"),
        Arguments.of("activitymap-query", ActivityMapTopology.class, null),
        Arguments.of("application", Application.class, "user_mod_time"),
        Arguments.of("extrahop", ApplianceInfo.class, "uptime"),
        Arguments.of("license", License.class, "expires_in"),
        Arguments.of("node", Node.class, "ingest_enabled"),
        Arguments.of("report", Report.class, "last_sent_time"),
        Arguments.of("exclusioninterval", ExclusionInterval.class, "alert_count"),
        Arguments.of("detection", Detection.class, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void decodesAndKeepsWhatTheGuideDoesNotList(String name, Class<?> type, String extraField)
      throws Exception {
    String json = sample(name);
    Object decoded = Json.mapper().readValue(json, type);
    Map<String, Object> original =
        Json.mapper().readValue(json, new TypeReference<Map<String, Object>>() {});
    Map<String, Object> roundTrip =
        Json.mapper().convertValue(decoded, new TypeReference<Map<String, Object>>() {});
    if (extraField != null) {
      boolean mapped = !(roundTrip.get(extraField) == null && original.get(extraField) != null);
      assertThat(mapped).as(name + " keeps " + extraField).isTrue();
    }
    for (String key : original.keySet()) {
      if (original.get(key) != null) {
        assertThat(roundTrip).as(name + " keeps " + key).containsKey(key);
      }
    }
  }

  @Test
  void aPageOfDevicesAndTheMembersOfAGroupDecode() throws Exception {
    JavaType devices = Json.listOf(Device.class);
    List<Device> page = Json.mapper().readValue(sample("devices"), devices);
    assertThat(page).hasSize(3).allSatisfy(d -> assertThat(d.id()).isPositive());
    List<UserGroupMember> members =
        Json.mapper().readValue(sample("usergroup-members"), Json.listOf(UserGroupMember.class));
    assertThat(members).extracting(UserGroupMember::username).containsExactly("netops", "jdoe");
  }

  @Test
  void theFakes207BodyNamesItsFailedIds() {
    assertThat(AssignmentResultReader.failedIds(sample("assignments-207")))
        .containsExactly(9L, 12L);
  }

  @Test
  void theSampleAlertIsTyped() throws Exception {
    Alert alert = Json.mapper().readValue(sample("alert-threshold"), Alert.class);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.ERROR);
    assertThat(alert.operator()).isEqualTo(AlertOperator.GREATER);
    assertThat(alert.operand()).isEqualTo("100");
    assertThat(alert.type()).isEqualTo(AlertType.THRESHOLD);
    Sharing sharing = Json.mapper().readValue(sample("sharing"), Sharing.class);
    assertThat(sharing.users()).containsEntry("netops", SharingRole.EDITOR);
  }
}
