package io.netobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** A plain java.net.http client for the tests: deliberately neither OkHttp nor the SDK. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String baseUrl;
  private final String[] defaultHeaders;

  private Http(HttpClient client, String baseUrl, String... defaultHeaders) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.defaultHeaders = defaultHeaders;
  }

  static Http to(String baseUrl, String... defaultHeaders) {
    return new Http(builder().build(), baseUrl, defaultHeaders);
  }

  static Http to(String baseUrl, SSLContext sslContext, String... defaultHeaders) {
    return new Http(builder().sslContext(sslContext).build(), baseUrl, defaultHeaders);
  }

  /** The Kentik fake's API root with its credentials. */
  static Http kentik(FakeKentik kentik) {
    return to(
        kentik.apiUrl(),
        "X-CH-Auth-Email",
        kentik.email(),
        "X-CH-Auth-API-Token",
        kentik.token(),
        "Content-Type",
        "application/json");
  }

  private static HttpClient.Builder builder() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5));
  }

  HttpResponse<byte[]> send(String method, String path, String body, String... headers)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < defaultHeaders.length; i += 2) {
      request.header(defaultHeaders[i], defaultHeaders[i + 1]);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  Response get(String path) throws IOException {
    return new Response(send("GET", path, null));
  }

  Response delete(String path) throws IOException {
    return new Response(send("DELETE", path, null));
  }

  Response post(String path, String json) throws IOException {
    return new Response(send("POST", path, json));
  }

  Response put(String path, String json) throws IOException {
    return new Response(send("PUT", path, json));
  }

  /** Writes single quotes as double quotes, so JSON reads well inside Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  record Response(HttpResponse<byte[]> raw) {
    int status() {
      return raw.statusCode();
    }

    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status() + " " + text();
    }
  }
}
