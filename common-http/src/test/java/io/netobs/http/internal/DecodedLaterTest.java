package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.Auth;
import io.netobs.http.CoreOptions;
import io.netobs.http.DecodingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A page's items decoded on the first look: once, on whichever thread looks first; its emptiness
 * known without decoding; a failure thrown on every look.
 */
class DecodedLaterTest {
  private final AtomicInteger decodes = new AtomicInteger();

  private <T> Supplier<List<T>> counting(Supplier<List<T>> decode) {
    return () -> {
      decodes.incrementAndGet();
      return decode.get();
    };
  }

  @Test
  void theItemsAreDecodedOnceOnTheFirstLook() {
    List<String> items = DecodedLater.of(false, counting(() -> new ArrayList<>(List.of("a", "b"))));
    assertThat(decodes).as("nothing decoded before a look").hasValue(0);
    assertThat(items.isEmpty()).isFalse();
    assertThat(decodes).as("emptiness is known without decoding").hasValue(0);

    assertThat(items.size()).isEqualTo(2);
    assertThat(items.get(0)).isEqualTo("a");
    assertThat(items.get(1)).isEqualTo("b");
    assertThat(items).containsExactly("a", "b").isEqualTo(List.of("a", "b"));
    assertThat(decodes).hasValue(1);
    assertThatThrownBy(() -> items.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmptyPageIsEmptyWithoutDecoding() {
    List<String> items = DecodedLater.of(true, counting(List::of));
    assertThat(items.isEmpty()).isTrue();
    assertThat(decodes).hasValue(0);
    assertThat(items.size()).isZero();
  }

  @Test
  void aFailureToDecodeIsThrownOnEveryLookAndDecodedOnce() {
    IllegalStateException failure = new IllegalStateException("bad page");
    List<String> items =
        DecodedLater.of(
            false,
            counting(
                () -> {
                  throw failure;
                }));
    assertThatThrownBy(items::size).isSameAs(failure);
    assertThatThrownBy(() -> items.get(0)).isSameAs(failure);
    assertThat(decodes).hasValue(1);
  }

  @Test
  void theCoresDecodingFailureSaysWhatTheParserFoundWithoutTheClientsSecret() throws Exception {
    String key = "decoded-later-key-5678";
    byte[] body =
        ("{\"echo\": \"" + key + "\", \"items\": [1, 2,").getBytes(StandardCharsets.UTF_8);
    IOException parser = null;
    try {
      Json.mapper().readTree(body);
    } catch (IOException e) {
      parser = e;
    }
    assertThat(parser).isNotNull();
    try (HttpCore core =
        HttpCore.create(
            "https://example.com/api", Auth.extraHopApiKey(key), CoreOptions.defaults())) {
      DecodingException failure = core.decodingFailure("GET", "/records", 200, body, parser);
      assertThat(failure.status()).isEqualTo(200);
      assertThat(failure.path()).isEqualTo("/records");
      assertThat(failure.getCause()).isSameAs(parser);
      assertThat(failure.getMessage())
          .startsWith(
              "GET /records: 200 answer could not be decoded: "
                  + ((com.fasterxml.jackson.core.JsonProcessingException) parser)
                      .getOriginalMessage())
          .as("the parser's own words, without its source location")
          .doesNotContain("[Source:")
          .doesNotContain(key);
      assertThat(failure.bodyExcerpt()).startsWith("{\"echo\": \"").doesNotContain(key);

      DecodingException cut =
          core.decodingFailure("GET", "/records", 200, body, new IOException("stream cut"));
      assertThat(cut.getMessage())
          .startsWith(
              "GET /records: 200 answer could not be decoded: java.io.IOException: stream cut");
    }
  }
}
