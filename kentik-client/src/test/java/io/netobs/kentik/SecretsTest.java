package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.testing.CapturedLogs;
import io.netobs.kentik.model.KentikDevice;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.FlowTagCreate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API token never reaches a log line (captured down to TRACE), an exception message or a
 * toString().
 */
class SecretsTest {
  @Test
  void theTokenAppearsNowhere() {
    CapturedLogs.clear();
    List<String> texts = new ArrayList<>();
    try (MockKentik mock = new MockKentik()) {
      // a server that echoes the token back in its error must not leak it either
      mock.answer(200, "{\"tags\": []}")
          .answer(401, "{\"error\": \"bad token " + MockKentik.TOKEN + "\"}")
          .answer(400, "{\"error\": \"invalid tag\"}")
          .answer(500, "{\"error\": \"oops\"}");
      mock.client.flowTags().list();
      collect(texts, () -> mock.client.flowTags().get(1));
      collect(
          texts,
          () ->
              mock.client
                  .flowTags()
                  .create(FlowTagCreate.builder().flowTag("web").port("80").build()));
      collect(
          texts,
          () ->
              mock.client
                  .batch()
                  .tags()
                  .upsert(
                      BatchUpsert.builder()
                          .value("web")
                          .criteria(Criterion.builder().port("80").build())
                          .build())
                  .send());
      texts.add(mock.client.toString());
      texts.add(mock.client.options().toString());
      texts.add(mock.client.builder().toString());
    }
    texts.add(CapturedLogs.text());

    assertThat(CapturedLogs.text()).contains("/api/v5/tags"); // the capture works
    for (String text : texts) {
      assertThat(text).doesNotContain(MockKentik.TOKEN);
    }
  }

  @Test
  void secretsADeviceAnswerCarriesAreMaskedInToStringAndKeptInTheModel() {
    try (MockKentik mock = new MockKentik()) {
      mock.answer(
          200,
          "{\"device\": {\"id\": \"43\", \"device_name\": \"edge-1\","
              + " \"device_snmp_community\": \"c0mmunity-xyz\","
              + " \"device_bgp_password\": \"bgp-pass-xyz\","
              + " \"device_snmp_v3_conf\": {\"UserName\": \"ops\","
              + " \"AuthenticationPassphrase\": \"auth-phrase-xyz\","
              + " \"PrivacyPassphrase\": \"priv-phrase-xyz\"},"
              + " \"interfaces\": [{\"user_api_token\": \"tok-xyz\"}]}}");
      KentikDevice device = mock.client.devices().get(43);

      assertThat(device.toString())
          .contains("edge-1", "UserName=ops", "device_snmp_community=****")
          .doesNotContain(
              "c0mmunity-xyz", "bgp-pass-xyz", "auth-phrase-xyz", "priv-phrase-xyz", "tok-xyz");
      assertThat(device.unknownFields())
          .containsEntry("device_snmp_community", "c0mmunity-xyz")
          .containsEntry("device_bgp_password", "bgp-pass-xyz");
      Object v3 = device.unknownFields().get("device_snmp_v3_conf");
      assertThat(v3.toString()).contains("UserName=ops").doesNotContain("auth-phrase-xyz");
      assertThat(v3)
          .as("equal to the plain map of what was sent")
          .isEqualTo(
              Map.of(
                  "UserName",
                  "ops",
                  "AuthenticationPassphrase",
                  "auth-phrase-xyz",
                  "PrivacyPassphrase",
                  "priv-phrase-xyz"));
    }
  }

  private static void collect(List<String> texts, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        texts.add(t.toString());
      }
    }
  }
}
