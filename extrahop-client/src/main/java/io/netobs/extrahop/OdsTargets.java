package io.netobs.extrahop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.OdsTarget;
import io.netobs.extrahop.model.OdsTargetType;
import io.netobs.extrahop.request.OdsTargetCreate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Open Data Stream targets ({@code /odstargets}): the HTTP, Kafka, MongoDB, raw and syslog servers
 * triggers send data to. One mechanism serves every type: targets are addressed by type and name
 * ({@code /odstargets/{type}/{name}}), and each type has its own create body ({@link
 * io.netobs.extrahop.request.OdsHttpTargetCreate} and its siblings) that knows its path. A type
 * this release does not know is reached with {@link OdsTargetType#of(String)}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * client.odsTargets().create(OdsSyslogTargetCreate.builder()
 *     .name("siem").host("siem.example.com").port(514).protocol("tcp").build());
 * OdsTarget siem = client.odsTargets().get(OdsTargetType.SYSLOG, "siem");
 * }</pre>
 */
public final class OdsTargets {
  private final HttpCore core;

  OdsTargets(HttpCore core) {
    this.core = Objects.requireNonNull(core, "core");
  }

  /**
   * Every target of every type: {@code GET /odstargets}. The appliance answers either one list or
   * an object of lists keyed by type; both are read, and each target's {@link OdsTarget#type()} is
   * filled in from its key when the target does not carry it.
   */
  public List<OdsTarget> list() {
    JsonNode answer = core.json(ApiRequest.get("/odstargets").build(), JsonNode.class);
    List<OdsTarget> targets = new ArrayList<>();
    if (answer != null && answer.isArray()) {
      answer.forEach(target -> targets.add(decode(target, null)));
    } else if (answer != null && answer.isObject()) {
      for (Map.Entry<String, JsonNode> group : answer.properties()) {
        if (group.getValue().isArray()) {
          group.getValue().forEach(target -> targets.add(decode(target, group.getKey())));
        }
      }
    }
    return List.copyOf(targets);
  }

  private static OdsTarget decode(JsonNode target, String type) {
    if (type != null && target.isObject() && !target.hasNonNull("type")) {
      ObjectNode typed = ((ObjectNode) target).deepCopy();
      typed.set("type", TextNode.valueOf(type));
      target = typed;
    }
    return Json.mapper().convertValue(target, OdsTarget.class);
  }

  /** The targets of one type: {@code GET /odstargets/{type}}. */
  public List<OdsTarget> list(OdsTargetType type) {
    return Crud.listAt(core, OdsTarget.class, "/odstargets/{}", type(type));
  }

  /**
   * One target: {@code GET /odstargets/{type}/{name}}; a missing one throws {@link
   * io.netobs.http.NotFoundException}.
   */
  public OdsTarget get(OdsTargetType type, String name) {
    return Crud.getAt(core, OdsTarget.class, "/odstargets/{}/{}", type(type), name(name));
  }

  /**
   * Creates a target at the path of its type: {@code POST /odstargets/{type}}; returns its name,
   * which addresses it from then on.
   */
  public String create(OdsTargetCreate target) {
    Checks.notNull(target, "target");
    core.send(ApiRequest.post("/odstargets/{}", type(target.type())).json(target.toMap()).build());
    return target.name();
  }

  /**
   * Deletes a target: {@code DELETE /odstargets/{type}/{name}}.
   *
   * <p><b>Hard to undo:</b> triggers that send to the target by name fail to send until a target of
   * that name is created again, and the credentials it held must be entered again.
   */
  public void delete(OdsTargetType type, String name) {
    core.send(ApiRequest.delete("/odstargets/{}/{}", type(type), name(name)).build());
  }

  private static String type(OdsTargetType type) {
    return Checks.notNull(type, "type").value();
  }

  private static String name(String name) {
    return Checks.notBlank(name, "name");
  }

  @Override
  public String toString() {
    return "OdsTargets";
  }
}
