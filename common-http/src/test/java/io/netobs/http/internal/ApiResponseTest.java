package io.netobs.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a whole answer, with and without the length it declares. */
class ApiResponseTest {
  private static ApiResponse answer(String contentLength, String body) {
    Map<String, List<String>> headers =
        contentLength == null ? Map.of() : Map.of("content-length", List.of(contentLength));
    return new ApiResponse(
        "GET",
        "/records",
        200,
        headers,
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(ApiResponse response) throws IOException {
    return new String(response.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void anAnswerOfTheLengthItDeclaresIsReadWhole() throws IOException {
    assertThat(text(answer("17", "{\"records\": [1]}\n"))).isEqualTo("{\"records\": [1]}\n");
  }

  @Test
  void anAnswerWithoutALengthIsReadToItsEnd() throws IOException {
    assertThat(text(answer(null, "{\"total\": 0}"))).isEqualTo("{\"total\": 0}");
    assertThat(text(answer("not a number", "{\"total\": 0}"))).isEqualTo("{\"total\": 0}");
  }

  @Test
  void aBodyShorterOrLongerThanDeclaredIsReturnedAsItIs() throws IOException {
    assertThat(text(answer("100", "short"))).isEqualTo("short");
    assertThat(text(answer("3", "longer than three"))).isEqualTo("longer than three");
    assertThat(text(answer("0", ""))).isEmpty();
  }

  @Test
  void aDeclaredLengthBeyondWhatIsSizedAtOnceIsReadInParts() throws IOException {
    // 1 GiB declared: no array of that size is made on the header's word; the body is read as it
    // is.
    assertThat(text(answer(Long.toString(1L << 30), "{}"))).isEqualTo("{}");
    // Beyond what an array can hold at all.
    assertThat(text(answer("3000000000", "{}"))).isEqualTo("{}");
  }
}
