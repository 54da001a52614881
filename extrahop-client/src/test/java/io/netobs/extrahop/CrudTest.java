package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.AlertOperator;
import io.netobs.extrahop.model.AlertType;
import io.netobs.extrahop.model.SharingRole;
import io.netobs.extrahop.request.AlertCreate;
import io.netobs.extrahop.request.AlertUpdate;
import io.netobs.extrahop.request.DeviceGroupCreate;
import io.netobs.extrahop.request.DeviceGroupUpdate;
import io.netobs.extrahop.request.DeviceUpdate;
import io.netobs.extrahop.request.EmailGroupCreate;
import io.netobs.extrahop.request.SharingUpdate;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.extrahop.request.TagUpdate;
import io.netobs.extrahop.request.UserCreate;
import io.netobs.extrahop.request.UserUpdate;
import io.netobs.http.BadRequestException;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CRUD mechanism: ids from Location, 404s, partial updates with explicit nulls, checks before
 * sending.
 */
class CrudTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void createReadsTheIdFromTheLocationOfAnEmptyAnswer() {
    wire.created("/api/v1/devicegroups/151");
    assertThat(wire.client.deviceGroups().create(DeviceGroupCreate.builder().name("g").build()))
        .isEqualTo(151);
    wire.created("https://eh.example.com/api/v1/tags/42/");
    assertThat(wire.client.tags().create(TagCreate.builder().name("t").build())).isEqualTo(42);
  }

  @Test
  void createWithoutLocationIsADecodingError() {
    wire.answer(201, "");
    assertThatThrownBy(() -> wire.client.tags().create(TagCreate.builder().name("t").build()))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("Location");
  }

  @Test
  void createsAreNotRetriedAfterTheServerMayHaveActed() {
    wire.answer(503, "{\"error_message\": \"busy\"}").created("/api/v1/tags/1");
    assertThatThrownBy(() -> wire.client.tags().create(TagCreate.builder().name("t").build()))
        .hasMessageContaining("503");
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void updatesSetValuesSoTheyAreRetriedLikeAPut() {
    wire.answer(503, "{\"error_message\": \"busy\"}").noContent();
    wire.client.tags().update(1, TagUpdate.builder().name("web").build());
    wire.answer(502, "{\"error_message\": \"bad gateway\"}").noContent();
    wire.client.users().update("alice", UserUpdate.builder().name("Alice").build());
    wire.answer(504, "").noContent();
    wire.client
        .dashboards()
        .updateSharing(7, SharingUpdate.builder().user("bob", SharingRole.VIEWER).build());
    wire.answer(500, "").noContent();
    wire.client
        .activityMaps()
        .updateSharing(8, SharingUpdate.builder().user("bob", SharingRole.VIEWER).build());
    assertThat(wire.requestCount()).isEqualTo(8);
  }

  @Test
  void getOfAMissingObjectThrowsNotFoundWithTheServersMessage() {
    wire.answer(404, "{\"error_message\": \"Tag 1 not found\"}");
    assertThatThrownBy(() -> wire.client.tags().get(1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GET /api/v1/tags/1: 404")
        .hasMessageContaining("Tag 1 not found");
  }

  @Test
  void patchSendsOnlyTheFieldsSetAndExplicitNullsToClear() {
    wire.noContent();
    wire.client
        .devices()
        .update(
            10212,
            DeviceUpdate.builder()
                .customName("db-01")
                .clearDescription()
                .clearCustomType()
                .build());
    var request =
        wire.expect(
            "PATCH",
            "/api/v1/devices/10212",
            "{\"custom_name\": \"db-01\", \"description\": null, \"custom_type\": null}");
    assertThat(Wire.body(request)).contains("\"description\":null").doesNotContain("vendor");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void patchKeepsTheOrderTheFieldsWereSetIn() {
    wire.noContent();
    wire.client
        .deviceGroups()
        .update(
            151,
            DeviceGroupUpdate.builder().clearValue().name("FTP Servers").dynamic(false).build());
    var request =
        wire.expect(
            "PATCH",
            "/api/v1/devicegroups/151",
            "{\"value\": null, \"name\": \"FTP Servers\", \"dynamic\": false}");
    assertThat(Wire.body(request))
        .isEqualTo("{\"value\":null,\"name\":\"FTP Servers\",\"dynamic\":false}");
  }

  @Test
  void aFieldSetTwiceIsSentOnceWithTheLastValue() {
    wire.noContent();
    wire.client
        .alerts()
        .update(3, AlertUpdate.builder().description("x").clearDescription().build());
    wire.expect("PATCH", "/api/v1/alerts/3", "{\"description\": null}");
  }

  @Test
  void fieldsUnknownToThisReleaseCanBeSent() {
    wire.noContent();
    wire.client
        .tags()
        .update(1, TagUpdate.builder().field("color", "red").field("legacy", null).build());
    wire.expect("PATCH", "/api/v1/tags/1", "{\"color\": \"red\", \"legacy\": null}");
  }

  @Test
  void anEmptyUpdateIsRefusedBeforeSending() {
    assertThatThrownBy(() -> wire.client.tags().update(1, TagUpdate.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TagUpdate: nothing to update, set at least one field");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void badValuesAreRefusedBeforeSendingWithTheFieldAndTheRule() {
    assertThatThrownBy(
            () ->
                AlertCreate.builder()
                    .name("a")
                    .type(AlertType.THRESHOLD)
                    .applyAll(false)
                    .severity(8)
                    .build())
        .hasMessage("severity must be between 0 and 7, was 8");
    assertThatThrownBy(
            () ->
                AlertCreate.builder()
                    .name("a")
                    .type(AlertType.THRESHOLD)
                    .applyAll(false)
                    .intervalLength(45)
                    .build())
        .hasMessage(
            "interval_length must be one of [30, 60, 120, 300, 600, 900, 1200, 1800], was 45");
    assertThatThrownBy(
            () -> AlertCreate.builder().name(" ").type(AlertType.THRESHOLD).applyAll(false).build())
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> TagCreate.builder().name(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(
            () ->
                EmailGroupCreate.builder()
                    .groupName("ops")
                    .emailAddresses(List.of("not-an-address"))
                    .systemNotifications(false)
                    .build())
        .hasMessage("email_addresses element must be an email address, was 'not-an-address'");
    assertThatThrownBy(() -> wire.client.tags().get(0))
        .hasMessage("id must be a positive id, was 0");
    assertThatThrownBy(() -> wire.client.users().get(" ")).hasMessage("username must not be blank");
    assertThatThrownBy(() -> wire.client.dashboards().get("kmC9Y"))
        .hasMessageContaining("dashboard key must be a numeric id or '~'");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void aCreateMissingARequiredFieldIsRefusedBeforeSending() {
    AlertCreate.Builder incomplete =
        AlertCreate.builder().name("a").type(AlertType.THRESHOLD).applyAll(false);
    incomplete.field("type", null);
    assertThatThrownBy(() -> wire.client.alerts().create(incomplete.build()))
        .hasMessage("AlertCreate: type is required");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void aThresholdAlertMustNameItsMetricBeforeItIsSent() {
    assertThatThrownBy(
            () ->
                wire.client
                    .alerts()
                    .create(
                        AlertCreate.builder()
                            .name("5xx")
                            .type(AlertType.THRESHOLD)
                            .applyAll(false)
                            .statName("extrahop.device.http_server")
                            .build()))
        .hasMessage("AlertCreate: field_name is required");
    assertThatThrownBy(
            () ->
                wire.client
                    .alerts()
                    .create(
                        AlertCreate.builder()
                            .name("5xx")
                            .type(AlertType.THRESHOLD)
                            .applyAll(false)
                            .statName("s")
                            .fieldName("f")
                            .operator(AlertOperator.LESS)
                            .build()))
        .hasMessage("AlertCreate: operand is required");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void secretsStayOutOfToString() {
    UserCreate user =
        UserCreate.builder().username("alice").name("Alice").password("hunter2-secret").build();
    assertThat(user.toString())
        .doesNotContain("hunter2-secret")
        .contains("password=****")
        .contains("username=alice");
    assertThat(user.toMap()).containsEntry("password", "hunter2-secret");
  }

  @Test
  void badRequestCarriesTheApplianceMessage() {
    wire.answer(400, "{\"error_message\": \"name: already exists\"}");
    assertThatThrownBy(() -> wire.client.tags().create(TagCreate.builder().name("dup").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("name: already exists");
  }

  @Test
  void aProxysHtmlErrorPageIsReadable() {
    wire.server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body("<html><head><title>404 Not Found</title></head><body>nginx</body></html>")
            .build());
    assertThatThrownBy(() -> wire.client.tags().get(5))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("404 Not Found");
  }

  @Test
  void stringKeysAreSentAsOneEncodedSegment() {
    wire.json("{\"username\": \"a/b c\"}");
    wire.client.users().get("a/b c");
    wire.expect("GET", "/api/v1/users/a%2Fb%20c");
  }

  @Test
  void dashboardsTakeAnIdOrAShortCode() {
    wire.json("{\"id\": 4}").json("{\"id\": 4}").json("{\"id\": 4}");
    wire.client.dashboards().get(4);
    wire.client.dashboards().get("4");
    wire.client.dashboards().get(Dashboards.shortCode("kmC9Y"));
    wire.expect("GET", "/api/v1/dashboards/4");
    wire.expect("GET", "/api/v1/dashboards/4");
    wire.expect("GET", "/api/v1/dashboards/~kmC9Y");
    assertThat(Dashboards.shortCode("~abc")).isEqualTo("~abc");
  }
}
