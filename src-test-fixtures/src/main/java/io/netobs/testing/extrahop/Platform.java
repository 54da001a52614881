package io.netobs.testing.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.testing.FakeResponse;
import java.util.List;

/**
 * The appliance itself and its one-off actions: firmware metadata, processes, the SSL certificate,
 * the running config, reports sent now, LDAP refreshes, and activity map topology queries.
 */
final class Platform {
  private static final String CERTIFICATE_MARK = "-----BEGIN CERTIFICATE-----";

  private Platform() {}

  /** {@code POST /extrahop/processes/{process}/restart}: 204 for a process the appliance runs. */
  static Handler restartProcess() {
    return call -> {
      JsonNode processes = call.state.documents.get("/extrahop/processes");
      String process = call.parameter("process");
      for (JsonNode running : processes) {
        if (running.asText().equals(process)) {
          return FakeResponse.empty(204);
        }
      }
      throw ApiError.notFound("No process named " + process);
    };
  }

  /** {@code PUT /extrahop/sslcert}: a PEM certificate (and key), sent raw or as a JSON string. */
  static Handler replaceCertificate() {
    return call -> {
      String pem = call.request.bodyText();
      if (!pem.contains(CERTIFICATE_MARK)) {
        throw ApiError.badRequest("The body must be a PEM certificate and key");
      }
      ObjectNode certificate = Json.object();
      certificate.put("pem", pem.startsWith("\"") ? Json.parse(pem).asText() : pem);
      certificate.put("self_signed", false);
      certificate.put("mod_time", call.now);
      call.state.documents.put("/extrahop/sslcert", certificate);
      return FakeResponse.empty(204);
    };
  }

  /** {@code POST /extrahop/sslcert}: regenerates a self-signed certificate. */
  static Handler regenerateCertificate() {
    return call -> {
      ObjectNode body = call.optionalBodyObject();
      ObjectNode certificate = Json.object();
      certificate.set(
          "hostnames", body.path("hostnames").isArray() ? body.get("hostnames") : Json.array());
      certificate.put("self_signed", true);
      certificate.put("mod_time", call.now);
      call.state.documents.put("/extrahop/sslcert", certificate);
      return FakeResponse.empty(204);
    };
  }

  /** {@code PUT /license/productkey} with {@code {"product_key": "..."}}. */
  static void checkProductKey(JsonNode body) {
    if (!body.path("product_key").isTextual() || body.path("product_key").asText().isBlank()) {
      throw ApiError.badRequest("Field product_key is required");
    }
  }

  /** {@code POST /runningconfig/save}: the running config becomes the saved one. */
  static Handler saveRunningConfig() {
    return call -> {
      call.state.documents.put(
          "/runningconfig/saved", call.state.documents.get("/runningconfig").deepCopy());
      return FakeResponse.empty(204);
    };
  }

  /** Actions the live API accepts and then performs in the background. */
  static Handler accepted(String resource, int status) {
    return call -> {
      if (resource != null) {
        call.state.store(resource).require(call.id());
      }
      return FakeResponse.empty(status);
    };
  }

  /** {@code POST /activitymaps/query}: a topology for the walks in the body. */
  static Handler topologyQuery() {
    return call -> {
      ObjectNode body = call.bodyObject();
      if (!body.path("walks").isArray() || body.path("walks").isEmpty()) {
        throw ApiError.badRequest("Field walks is required and must be a non-empty array");
      }
      return FakeResponse.json(200, topology(call, body));
    };
  }

  /** {@code POST /activitymaps/{id}/query}: the topology of a saved activity map. */
  static Handler savedTopologyQuery() {
    return call -> {
      call.state.store("activitymaps").require(call.id());
      return FakeResponse.json(200, topology(call, call.optionalBodyObject()));
    };
  }

  /**
   * Edges from clients to the servers they talk to, weighted deterministically, as appliances
   * answer: {@code {"from", "until", "warnings": [], "edges": [{"from": deviceId, "to": deviceId,
   * "weight", "annotations"?}]}}; the annotations only when {@code edge_annotations} asks for
   * {@code protocols}.
   */
  private static ObjectNode topology(Call call, ObjectNode body) {
    long from =
        body.path("from").isMissingNode() || body.path("from").isNull()
            ? call.now - 1_800_000
            : Times.instant(body.path("from"), call.now, false, "from");
    long until =
        body.path("until").isMissingNode() || body.path("until").isNull()
            ? call.now
            : Times.instant(body.path("until"), call.now, true, "until");
    if (until < from) {
      throw ApiError.badRequest("until must not be before from");
    }
    boolean protocols = false;
    for (JsonNode annotation : body.path("edge_annotations")) {
      protocols |= annotation.asText().equals("protocols");
    }
    List<ObjectNode> devices = List.copyOf(call.state.store("devices").all());
    ObjectNode answer = Json.object();
    answer.put("from", from);
    answer.put("until", until);
    answer.putArray("warnings");
    ArrayNode edges = answer.putArray("edges");
    int clients = 0;
    for (ObjectNode client : devices) {
      if (!client.path("role").asText().equals("client") || clients++ == 10) {
        continue;
      }
      for (ObjectNode server : devices) {
        String role = server.path("role").asText();
        if (!role.equals("http_server") && !role.equals("dns_server")) {
          continue;
        }
        long weight =
            Mix.below(
                5000,
                call.settings.seed(),
                client.path("id").longValue(),
                server.path("id").longValue());
        if (weight % 4 != 0) {
          continue;
        }
        ObjectNode edge = edges.addObject();
        edge.put("from", client.path("id").longValue());
        edge.put("to", server.path("id").longValue());
        edge.put("weight", weight);
        if (protocols) {
          ObjectNode protocol = edge.putObject("annotations").putArray("protocols").addObject();
          protocol.put("weight", weight);
          ArrayNode stack = protocol.putArray("protocol");
          stack
              .add("IPv4")
              .add(role.equals("dns_server") ? "UDP" : "TCP")
              .add(role.equals("dns_server") ? "DNS" : "HTTP");
        }
      }
    }
    return answer;
  }
}
