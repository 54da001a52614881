package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** An answer's headers as a map of lower-case names, read one by one or as a whole. */
class ResponseHeadersTest {
  private static ResponseHeaders headers() {
    return new ResponseHeaders(
        Headers.of("Content-Type", "application/json", "X-Total", "7", "Set-Cookie", "a=1")
            .newBuilder()
            .add("Set-Cookie", "b=2")
            .build());
  }

  @Test
  void aLowerCaseNameFindsEveryValueAndAnyOtherNameNothing() {
    ResponseHeaders headers = headers();
    assertThat(headers.get("content-type")).containsExactly("application/json");
    assertThat(headers.get("set-cookie")).containsExactly("a=1", "b=2");
    assertThat(headers.get("Content-Type")).isNull();
    assertThat(headers.get("x-missing")).isNull();
    assertThat(headers.get(7)).isNull();
    assertThat(headers.containsKey("x-total")).isTrue();
    assertThat(headers.containsKey("X-Total")).isFalse();
    assertThat(headers.containsKey("x-missing")).isFalse();
  }

  @Test
  void asAWholeTheyAreSortedByNameAndMayBeChanged() {
    ResponseHeaders headers = headers();
    assertThat(headers.keySet()).containsExactly("content-type", "set-cookie", "x-total");
    assertThat(headers.put("x-added", List.of("1"))).isNull();
    assertThat(headers.remove("x-total")).containsExactly("7");
    // From now on the map is the changed copy.
    assertThat(headers.get("x-added")).containsExactly("1");
    assertThat(headers.get("x-total")).isNull();
    assertThat(headers.get("Content-Type")).isNull();
    assertThat(Map.copyOf(headers)).containsOnlyKeys("content-type", "set-cookie", "x-added");
  }
}
