package io.netobs.extrahop;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.internal.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The running configuration ({@code /runningconfig}): a JSON document of the appliance's core
 * settings, returned as a map (or as text, to keep it byte for byte). Changes made with {@link
 * #replace} take effect at once but are lost on restart unless {@link #save()}d.
 */
public final class RunningConfig {
  private final HttpCore core;

  RunningConfig(HttpCore core) {
    this.core = core;
  }

  /** The current running configuration: {@code GET /runningconfig}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> get() {
    return core.json(ApiRequest.get("/runningconfig").build(), Map.class);
  }

  /** One section of the running configuration: {@code GET /runningconfig?section=..}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> get(String section) {
    Checks.notBlank(section, "section");
    return core.json(ApiRequest.get("/runningconfig").query("section", section).build(), Map.class);
  }

  /** The current running configuration as the appliance sent it, as JSON text. */
  public String getText() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    core.download(ApiRequest.get("/runningconfig").build(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The saved running configuration: {@code GET /runningconfig/saved}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> saved() {
    return core.json(ApiRequest.get("/runningconfig/saved").build(), Map.class);
  }

  /**
   * Replaces the whole running configuration: {@code PUT /runningconfig}.
   *
   * <p><b>Changes the appliance's state at once:</b> every setting not in {@code config} is
   * dropped, and a wrong setting can cut the appliance off the network (interfaces, routes,
   * authentication). Start from {@link #get()} and change only what you mean to. The change is not
   * saved: a restart brings the saved configuration back unless {@link #save()} is called.
   */
  public void replace(Map<String, ?> config) {
    Checks.notNull(config, "config");
    if (config.isEmpty()) {
      throw new IllegalArgumentException(
          "config must not be empty: an empty running configuration would drop every setting");
    }
    core.send(ApiRequest.put("/runningconfig").json(config).build());
  }

  /**
   * As {@link #replace(Map)}, with the configuration as JSON text (checked to be a non-empty JSON
   * object before it is sent). The same warning applies.
   */
  public void replaceText(String configJson) {
    Checks.notBlank(configJson, "configJson");
    Map<?, ?> parsed;
    try {
      parsed = Json.mapper().readValue(configJson, Map.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("configJson must be a JSON object: " + e.getMessage(), e);
    }
    if (parsed == null || parsed.isEmpty()) {
      throw new IllegalArgumentException(
          "configJson must not be an empty object: it would drop every setting");
    }
    core.send(
        ApiRequest.put("/runningconfig")
            .bytes(configJson.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8")
            .build());
  }

  /**
   * Saves the current running configuration: {@code POST /runningconfig/save}.
   *
   * <p><b>Changes the appliance's state:</b> the saved configuration, the one the appliance starts
   * with, is overwritten.
   */
  public void save() {
    core.send(ApiRequest.post("/runningconfig/save").build());
  }
}
