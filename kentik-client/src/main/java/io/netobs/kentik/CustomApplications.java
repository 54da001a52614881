package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.CustomApplication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom applications ({@code /customApplications}). The Kentik documentation announces this API as
 * "coming soon"; the shapes here are those the live API serves: bare arrays and objects with
 * {@code name}, {@code description}, {@code ip_range}, {@code protocol}, {@code port} and {@code asn}.
 */
public final class CustomApplications {
  private final HttpCore core;

  CustomApplications(HttpCore core) {
    this.core = core;
  }

  /** Every custom application ({@code GET /customApplications}). */
  public List<CustomApplication> list() {
    return core.execute(ApiRequest.get("/customApplications").build(), r -> Answers.list(r, null, CustomApplication.class));
  }

  /**
   * Creates a custom application ({@code POST /customApplications}).
   *
   * @throws IllegalArgumentException when the name is missing
   */
  public CustomApplication create(CustomApplication application) {
    Checks.notNull(application, "application");
    return core.execute(ApiRequest.post("/customApplications").json(body(application)).build(),
        r -> Answers.object(r, null, CustomApplication.class));
  }

  /**
   * Replaces custom application {@code application.id()} ({@code PUT /customApplications/{id}}) with the
   * name, description, ip_range, protocol, port and asn of {@code application}.
   */
  public CustomApplication update(CustomApplication application) {
    Checks.notNull(application, "application");
    Checks.positiveId(application.id(), "application.id");
    return core.execute(ApiRequest.put("/customApplications/{}", application.id()).json(body(application)).build(),
        r -> Answers.object(r, null, CustomApplication.class));
  }

  /** Deletes a custom application ({@code DELETE /customApplications/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/customApplications/{}", id).build());
  }

  private static Map<String, Object> body(CustomApplication app) {
    Rules.requiredText(app.name(), "name");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", app.name());
    putIfSet(body, "description", app.description());
    putIfSet(body, "ip_range", app.ipRange());
    putIfSet(body, "protocol", app.protocol());
    putIfSet(body, "port", app.port());
    putIfSet(body, "asn", app.asn());
    return body;
  }

  private static void putIfSet(Map<String, Object> body, String name, String value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
