package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.testing.CapturedLogs;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.FlowTagCreate;
import java.util.ArrayList;
import java.util.List;
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
