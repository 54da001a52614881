package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.internal.ApiRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multipart forms of the uploads, read as the transport reads them. */
class MultipartTest {
  @TempDir Path dir;

  private static ApiRequest.StreamBody body(ApiRequest request) {
    return (ApiRequest.StreamBody) request.body();
  }

  private static String boundaryOf(ApiRequest.StreamBody body) {
    assertThat(body.contentType()).startsWith("multipart/form-data; boundary=");
    return body.contentType().substring("multipart/form-data; boundary=".length());
  }

  /** Reads the stream a byte at a time, as a transport that reads single bytes would. */
  private static String readByBytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      out.write(b);
    }
    in.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String form(
      String boundary, Map<String, String> fields, String file, String content) {
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) ->
            form.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    return form.append(
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(file)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .append(content)
        .append("\r\n--" + boundary + "--\r\n")
        .toString();
  }

  @Test
  void aFileFormHasItsFieldsInOrderThenTheFileAndAKnownLength() throws Exception {
    Path file = Files.writeString(dir.resolve("feed.json"), "{\"type\": \"bundle\"}");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "feed");
    fields.put("kind", "stix");

    ApiRequest request =
        Multipart.file("PUT", "/threatcollections/{}", fields, "file", file, "stixFile", "~otx");

    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.segments()).containsExactly("threatcollections", "~otx");
    ApiRequest.StreamBody body = body(request);
    String expected = form(boundaryOf(body), fields, "feed.json", "{\"type\": \"bundle\"}");
    assertThat(readByBytes(body.stream())).isEqualTo(expected);
    assertThat(body.length()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void theFileIsOpenedWhenTheBodyIsFirstReadNotBefore() throws Exception {
    Path file = Files.writeString(dir.resolve("feed.json"), "before");
    ApiRequest request =
        Multipart.file("POST", "/threatcollections", Map.of(), "file", file, "stixFile");
    ApiRequest unsent =
        Multipart.file("POST", "/threatcollections", Map.of(), "file", file, "stixFile");
    Files.writeString(file, "after!");

    ApiRequest.StreamBody body = body(request);
    assertThat(new String(body.stream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(form(boundaryOf(body), Map.of(), "feed.json", "after!"));
    body.stream().close();
    // A body never read is closed without opening the file.
    body(unsent).stream().close();
  }

  @Test
  void quotesAndLineBreaksInNamesAreEscaped() throws Exception {
    ApiRequest request =
        Multipart.stream(
            "POST",
            "/x",
            Map.of("a\"b", "v"),
            "fi\rle",
            new ByteArrayInputStream("data".getBytes(StandardCharsets.UTF_8)),
            "my \"pack\"\n.tar");
    ApiRequest.StreamBody body = body(request);
    String text = readByBytes(body.stream());
    assertThat(text)
        .contains("name=\"a%22b\"\r\n\r\nv\r\n")
        .contains("name=\"fi%0Dle\"; filename=\"my %22pack%22%0A.tar\"\r\n")
        .endsWith("\r\ndata\r\n--" + boundaryOf(body) + "--\r\n");
    assertThat(body.length()).isEqualTo(-1);
  }

  @Test
  void eachFormHasItsOwnRandomBoundary() throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    String first = boundaryOf(body(Multipart.file("POST", "/x", Map.of(), "file", file, "f")));
    String second =
        boundaryOf(
            body(
                Multipart.stream(
                    "POST", "/x", Map.of(), "file", new ByteArrayInputStream(new byte[0]), "f")));
    assertThat(first).matches("netobs-[0-9a-f]{24}").isNotEqualTo(second);
    assertThat(second).matches("netobs-[0-9a-f]{24}").isNotEqualTo("netobs-" + "0".repeat(24));
  }

  @Test
  void aMissingFileOrStreamIsRefused() throws Exception {
    assertThatThrownBy(
            () ->
                Multipart.file("POST", "/x", Map.of(), "file", dir.resolve("missing"), "stixFile"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stixFile");
    assertThatThrownBy(() -> Multipart.file("POST", "/x", Map.of(), "file", dir, "stixFile"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a readable file");
    assertThatThrownBy(() -> Multipart.stream("POST", "/x", Map.of(), "file", null, "f"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("in");
  }

  @Test
  void closingTheBodyClosesTheFile() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc to see open files");
    Path file = Files.writeString(dir.resolve("feed.json"), "content");
    InputStream body = body(Multipart.file("POST", "/x", Map.of(), "file", file, "f")).stream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("octet-stream\r\n\r\n")) {
      head.append((char) body.read());
    }
    assertThat(body.read()).as("the file's first byte").isEqualTo('c');
    assertThat(openHandles(fds, file)).as("open while read").isPositive();
    body.close();
    assertThat(openHandles(fds, file)).as("closed with the body").isZero();
  }

  private static long openHandles(Path fds, Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> list = Files.list(fds)) {
      return list.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException gone) {
                  return false;
                }
              })
          .count();
    }
  }
}
