package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The array that keeps an answer's first bytes goes back to its thread when the answer is done, and
 * is never shared by two answers read at once on one thread.
 */
class ExcerptReuseTest {
  private static ExcerptingStream read(String text) throws IOException {
    ExcerptingStream in =
        new ExcerptingStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    in.readAllBytes();
    return in;
  }

  @Test
  void anAnswerReadInsideAnotherKeepsItsOwnBytes() throws IOException {
    read("an earlier answer").release();

    ExcerptingStream outer = read("the outer answer");
    ExcerptingStream inner = read("an inner call's answer");

    assertThat(outer.excerpt()).isEqualTo("the outer answer");
    assertThat(inner.excerpt()).isEqualTo("an inner call's answer");
    inner.release();
    outer.release();
  }

  @Test
  void aReleasedAnswerHasNoExcerptLeft() throws IOException {
    ExcerptingStream in = read("{\"a\": 1}");
    assertThat(in.excerpt()).isEqualTo("{\"a\": 1}");
    in.release();
    assertThat(in.excerpt()).isEmpty();
    assertThat(in.bytesRead()).isEqualTo(8);
    // Released twice: nothing changes.
    in.release();
    assertThat(read("next").excerpt()).isEqualTo("next");
  }
}
