package io.netobs.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends requests straight to an {@link ExtraHopApi}, as the server layer would, without a socket.
 */
final class ExtraHopCalls {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ExtraHopApi api;
  private final String authorization;

  private ExtraHopCalls(ExtraHopApi api, String authorization) {
    this.api = api;
    this.authorization = authorization;
  }

  ExtraHopApi api() {
    return api;
  }

  /** Calls authenticated with the API key. */
  static ExtraHopCalls withKey(ExtraHopApi api) {
    return new ExtraHopCalls(api, "ExtraHop apikey=" + api.apiKey());
  }

  /** Calls with the given Authorization header, or none when null. */
  static ExtraHopCalls withAuthorization(ExtraHopApi api, String authorization) {
    return new ExtraHopCalls(api, authorization);
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  /**
   * @param pathAndQuery a path under {@code /api/v1} unless it starts with {@code /oauth2}, with a
   *     query
   */
  Reply send(String method, String pathAndQuery, String body) {
    return send(
        method, pathAndQuery, body == null ? null : body.getBytes(UTF_8), "application/json");
  }

  Reply send(String method, String pathAndQuery, byte[] body, String contentType) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (authorization != null) {
      headers.put("authorization", List.of(authorization));
    }
    if (body != null) {
      headers.put("content-type", List.of(contentType));
    }
    return Reply.of(api.handle(request(method, pathAndQuery, headers, body)));
  }

  static FakeRequest request(
      String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
    String path = pathAndQuery;
    Map<String, List<String>> query = new LinkedHashMap<>();
    int question = pathAndQuery.indexOf('?');
    if (question >= 0) {
      path = pathAndQuery.substring(0, question);
      for (String pair : pathAndQuery.substring(question + 1).split("&")) {
        String[] parts = pair.split("=", 2);
        query
            .computeIfAbsent(URLDecoder.decode(parts[0], UTF_8), k -> new ArrayList<>())
            .add(parts.length > 1 ? URLDecoder.decode(parts[1], UTF_8) : "");
      }
    }
    String fullPath =
        path.startsWith("/oauth2") || path.startsWith("/api/") ? path : "/api/v1" + path;
    return new FakeRequest(method, fullPath, query, headers, body);
  }

  /** An answer, with its body read as JSON when it is JSON. */
  record Reply(int status, Map<String, String> headers, byte[] body, long generatedLength) {
    static Reply of(FakeResponse response) {
      return new Reply(
          response.status(), response.headers(), response.body(), response.generatedLength());
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String location() {
      return headers.get("Location");
    }

    /** The id at the end of the Location header. */
    String createdId() {
      String location = location();
      return location.substring(location.lastIndexOf('/') + 1);
    }

    String text() {
      return body == null ? "<generated " + generatedLength + " bytes>" : new String(body, UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + text();
    }
  }
}
