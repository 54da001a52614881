package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.model.CustomApplication;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomApplicationsTest {
  static final String APP =
      q(
          "{'id': 42, 'company_id': '74333', 'user_id': '144319', 'name': 'intranet', 'description': 'internal web',"
              + " 'ip_range': '10.0.0.0/8,192.168.0.0/16', 'protocol': '6,17', 'port': '80,443', 'asn': '64512',"
              + " 'cdate': '2021-03-04T05:06:07.891Z', 'edate': '2021-03-04T05:06:07.891234Z', 'is_active': true}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listReadsTheBareArray() {
    kentik.answer(
        200,
        "["
            + APP
            + ", "
            + q(
                "{'id': 43, 'name': 'b', 'user_id': 144319, 'company_id': 74333, 'cdate': '2021-03-04T05:06:07Z'}")
            + "]");

    List<CustomApplication> apps = kentik.client.customApplications().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customApplications");
    assertThat(apps).hasSize(2);
    CustomApplication app = apps.get(0);
    assertThat(app.ipRange()).isEqualTo("10.0.0.0/8,192.168.0.0/16");
    assertThat(app.userId()).isEqualTo("144319");
    assertThat(app.edate()).isEqualTo(Instant.parse("2021-03-04T05:06:07.891234Z"));
    assertThat(app.unknownFields()).containsEntry("is_active", true);
    assertThat(apps.get(1).userId()).isEqualTo("144319");
    assertThat(apps.get(1).companyId()).isEqualTo("74333");
  }

  @Test
  void createSendsTheSixFields() {
    kentik.answer(200, APP);

    CustomApplication created =
        kentik
            .client
            .customApplications()
            .create(
                CustomApplicationCreate.builder()
                    .name("intranet")
                    .description("internal web")
                    .ipRange("10.0.0.0/8,192.168.0.0/16")
                    .protocol("6,17")
                    .port("80,443")
                    .asn("64512")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customApplications");
    assertThat(json(r))
        .isEqualTo(
            json(
                q(
                    "{'name': 'intranet', 'description': 'internal web', 'ip_range': '10.0.0.0/8,192.168.0.0/16',"
                        + " 'protocol': '6,17', 'port': '80,443', 'asn': '64512'}")));
    assertThat(created.id()).isEqualTo(42);
  }

  @Test
  void updatePutsTheWholeApplicationById() {
    kentik.answer(200, "[" + APP + "]");
    CustomApplication read = kentik.client.customApplications().list().get(0);
    kentik.take();
    kentik.answer(200, APP);

    kentik
        .client
        .customApplications()
        .update(read.id(), CustomApplicationUpdate.builder().from(read).port("8443").build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customApplications/42");
    assertThat(json(r))
        .isEqualTo(
            json(
                q(
                    "{'name': 'intranet', 'description': 'internal web', 'ip_range': '10.0.0.0/8,192.168.0.0/16',"
                        + " 'protocol': '6,17', 'port': '8443', 'asn': '64512'}")));
  }

  @Test
  void deleteExpects204() {
    kentik.answer(204);
    kentik.client.customApplications().delete(42);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customApplications/42");
  }
}
