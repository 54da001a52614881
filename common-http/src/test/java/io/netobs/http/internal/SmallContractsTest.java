package io.netobs.http.internal;

import static io.netobs.http.internal.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptions;
import io.netobs.http.Page;
import io.netobs.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Small promises: a page keeps its own copy of the items, an empty segment of a path template is
 * dropped, a null timeout is named, and a hook sees the method and path of each attempt.
 */
class SmallContractsTest extends MockServerTest {
  @Test
  void aPageKeepsItsOwnCopyOfTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.last(items, OptionalLong.empty());
    items.add("c");
    assertThat(page.items()).containsExactly("a", "b");
  }

  @Test
  void anEmptySegmentOfAPathTemplateIsDropped() {
    assertThat(ApiRequest.get("/a//b/").build().segments()).containsExactly("a", "b");
  }

  @Test
  void aNullTimeoutIsNamed() {
    assertThatThrownBy(() -> RequestOptions.builder().readTimeout(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("readTimeout must not be null");
  }

  @Test
  void aHookSeesTheMethodAndPathOfEachAttempt() {
    List<String> seen = new CopyOnWriteArrayList<>();
    server.enqueue(json(200, "{}"));
    try (HttpCore core =
        HttpCore.create(
            server.url("/api").toString(),
            Auth.none(),
            CoreOptions.builder()
                .hook(
                    new CallHook() {
                      @Override
                      public void beforeAttempt(CallHook.Attempt attempt) {
                        seen.add(attempt.method() + " " + attempt.path());
                      }
                    })
                .build(),
            d -> {},
            () -> 0.0)) {
      core.send(ApiRequest.put("/tags/{}", 4).build());
    }
    assertThat(seen).containsExactly("PUT /api/tags/4");
  }
}
