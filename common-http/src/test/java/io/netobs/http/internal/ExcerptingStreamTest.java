package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stream that counts a body's bytes and keeps its first 256 for a decoding error's excerpt. */
class ExcerptingStreamTest {
  private static ExcerptingStream over(String text) {
    return new ExcerptingStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void byteByByteReadsAreCountedAndKeptUpToTheEnd() throws IOException {
    ExcerptingStream in = over("{\"a\":1}");
    int b;
    int reads = 0;
    while ((b = in.read()) >= 0) {
      reads++;
      assertThat(b).isBetween(0, 255);
    }
    assertThat(reads).isEqualTo(7);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.bytesRead()).isEqualTo(7);
    assertThat(in.excerpt()).isEqualTo("{\"a\":1}");
    assertThat(in.failure()).isNull();
  }

  @Test
  void onlyTheFirst256BytesAreKeptWhateverTheReadSizes() throws IOException {
    String body = "a".repeat(250) + "b".repeat(10) + "c".repeat(40);
    ExcerptingStream single = over(body);
    while (single.read() >= 0) {}
    ExcerptingStream chunks = over(body);
    byte[] buffer = new byte[100];
    while (chunks.read(buffer, 0, 100) > 0) {}
    ExcerptingStream offset = over(body);
    byte[] big = new byte[400];
    int n;
    int at = 5;
    while ((n = offset.read(big, at, 7)) > 0) {
      at += n;
    }
    for (ExcerptingStream in : new ExcerptingStream[] {single, chunks, offset}) {
      assertThat(in.bytesRead()).isEqualTo(300);
      // The excerpt is cut further by ErrorBodies; what it holds comes from the first 256 bytes.
      assertThat(ErrorBodies.excerpt("a".repeat(250) + "b".repeat(6))).isEqualTo(in.excerpt());
    }
    assertThat(new String(big, 5, 300, StandardCharsets.US_ASCII)).isEqualTo(body);
  }

  @Test
  void aByteAfterTheFirst256NeverReachesTheExcerpt() throws IOException {
    // White space collapses away in the excerpt, so only a byte kept past the 256th would show.
    String body = " ".repeat(256) + "tail";
    ExcerptingStream single = over(body);
    while (single.read() >= 0) {}
    ExcerptingStream chunks = over(body);
    byte[] buffer = new byte[100];
    while (chunks.read(buffer, 0, 100) > 0) {}
    for (ExcerptingStream in : new ExcerptingStream[] {single, chunks}) {
      assertThat(in.bytesRead()).isEqualTo(260);
      assertThat(in.excerpt()).isEmpty();
    }
  }

  @Test
  void aFailureOfTheUnderlyingStreamIsKeptAndRethrown() {
    IOException broken = new IOException("connection reset");
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw broken;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw broken;
          }
        };
    ExcerptingStream single = new ExcerptingStream(failing);
    assertThatThrownBy(single::read).isSameAs(broken);
    assertThat(single.failure()).isSameAs(broken);
    ExcerptingStream many = new ExcerptingStream(failing);
    assertThatThrownBy(() -> many.read(new byte[4], 0, 4)).isSameAs(broken);
    assertThat(many.failure()).isSameAs(broken);
  }
}
