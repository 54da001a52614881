package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.http.NotFoundException;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowTagsTest {
  /** A tag as the live API sends it: strings for user and company_id, empty match fields. */
  static final String DOCUMENTED_TAG =
      q(
          "{'id': 664, 'flow_tag': 'INTF_NAME_TEST', 'device_name': '', 'interface_name': '', 'addr': '',"
              + " 'port': '700', 'tcp_flags': '', 'protocol': '', 'asn': '', 'nexthop_asn': '', 'bgp_aspath': '', 'bgp_community': '',"
              + " 'user': '3584', 'created_date': '2015-07-14T18:02:40.469Z', 'updated_date': '2015-10-20T00:47:03.509Z', 'company_id': '1289'}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listSendsCredentialsAndDecodesTheWrappedArray() {
    kentik.answer(
        200,
        "{\"tags\": ["
            + DOCUMENTED_TAG
            + ", "
            + q(
                "{'id': 665, 'flow_tag': 'web', 'addr': '10.0.0.0/8',"
                    + " 'user': 3584, 'company_id': 1289, 'created_date': '2020-01-02T03:04:05Z', 'updated_date': '2020-01-02T03:04:05.123456Z',"
                    + " 'new_field': {'x': 1}}")
            + "]}");

    List<FlowTag> tags = kentik.client.flowTags().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/tags");
    assertThat(r.getHeaders().get("X-CH-Auth-Email")).isEqualTo(MockKentik.EMAIL);
    assertThat(r.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo(MockKentik.TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("netobs-java/");

    assertThat(tags).hasSize(2);
    FlowTag documented = tags.get(0);
    assertThat(documented.id()).isEqualTo(664);
    assertThat(documented.flowTag()).isEqualTo("INTF_NAME_TEST");
    assertThat(documented.match(MatchField.PORT)).isEqualTo("700");
    assertThat(documented.user()).isEqualTo("3584");
    assertThat(documented.companyId()).isEqualTo("1289");
    assertThat(documented.createdDate()).isEqualTo(Instant.parse("2015-07-14T18:02:40.469Z"));
    assertThat(documented.matchFields()).containsExactly(Map.entry(MatchField.PORT, "700"));
    assertThat(documented.unknownFields()).isEmpty();

    FlowTag other = tags.get(1);
    assertThat(other.user()).isEqualTo("3584");
    assertThat(other.companyId()).isEqualTo("1289");
    assertThat(other.createdDate()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
    assertThat(other.updatedDate()).isEqualTo(Instant.parse("2020-01-02T03:04:05.123456Z"));
    assertThat(other.unknownFields()).containsEntry("new_field", Map.of("x", 1));
    assertThat(other.match(MatchField.ADDR)).isEqualTo("10.0.0.0/8");
  }

  @Test
  void getDecodesTheWrappedTag() {
    kentik.answer(200, "{\"tag\": " + DOCUMENTED_TAG + "}");

    FlowTag tag = kentik.client.flowTags().get(664);

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/tag/664");
    assertThat(tag.flowTag()).isEqualTo("INTF_NAME_TEST");
    assertThat(tag.updatedDate()).isEqualTo(Instant.parse("2015-10-20T00:47:03.509Z"));
  }

  @Test
  void createSendsTheWrappedTagWithItsMatchFields() {
    kentik.answer(
        200,
        q(
            "{'tag': {'id': 700, 'flow_tag': 'web_servers', 'addr': '10.1.0.0/16,10.2.0.0/16', 'port': '443',"
                + " 'company_id': '1289', 'user': null}}"));

    FlowTag tag =
        kentik
            .client
            .flowTags()
            .create(
                FlowTagCreate.builder()
                    .flowTag("web_servers")
                    .match(MatchField.ADDR, List.of("10.1.0.0/16", "10.2.0.0/16"))
                    .port("443")
                    .deviceName("")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/tag");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(json(r))
        .isEqualTo(
            json(
                q(
                    "{'tag': {'flow_tag': 'web_servers', 'addr': '10.1.0.0/16,10.2.0.0/16', 'port': '443'}}")));
    assertThat(tag.id()).isEqualTo(700);
    assertThat(tag.user()).isNull();
    assertThat(tag.createdDate()).isNull();
  }

  @Test
  void updateSendsOnlyTheChangedFields() {
    kentik.answer(200, "{\"tag\": " + DOCUMENTED_TAG + "}");

    kentik
        .client
        .flowTags()
        .update(664, FlowTagUpdate.builder().port("700").clear(MatchField.DEVICE_NAME).build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/tag/664");
    assertThat(json(r)).isEqualTo(json(q("{'tag': {'device_name': '', 'port': '700'}}")));
  }

  @Test
  void updateCanRename() {
    kentik.answer(200, "{\"tag\": " + DOCUMENTED_TAG + "}");
    kentik.client.flowTags().update(664, FlowTagUpdate.builder().flowTag("renamed-tag").build());
    JsonNode body = json(kentik.take());
    assertThat(body).isEqualTo(json(q("{'tag': {'flow_tag': 'renamed-tag'}}")));
  }

  @Test
  void deleteExpects204() {
    kentik.answer(204);
    kentik.client.flowTags().delete(664);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/tag/664");
  }

  @Test
  void errorsCarryKentiksErrorMessage() {
    kentik.answer(404, "{\"error\": \"Tag not found\"}");
    assertThatThrownBy(() -> kentik.client.flowTags().get(9))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GET /api/v5/tag/9")
        .hasMessageContaining("Tag not found");
  }

  @Test
  void idsMustBePositive() {
    assertThatThrownBy(() -> kentik.client.flowTags().get(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> kentik.client.flowTags().delete(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }
}
