package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.CustomApplication;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import java.util.List;

/**
 * Custom applications ({@code /customApplications}). The Kentik documentation announces this API as
 * "coming soon"; the shapes here are those the live API serves: bare arrays and objects with {@code
 * name}, {@code description}, {@code ip_range}, {@code protocol}, {@code port} and {@code asn}.
 */
public final class CustomApplications {
  private final HttpCore core;

  CustomApplications(HttpCore core) {
    this.core = core;
  }

  /** Every custom application ({@code GET /customApplications}). */
  public List<CustomApplication> list() {
    return core.execute(
        ApiRequest.get("/customApplications").build(),
        r -> Answers.list(r, null, CustomApplication.class));
  }

  /** Creates a custom application ({@code POST /customApplications}). */
  public CustomApplication create(CustomApplicationCreate application) {
    Checks.notNull(application, "application");
    return core.execute(
        ApiRequest.post("/customApplications").json(application.toMap()).build(),
        r -> Answers.object(r, null, CustomApplication.class));
  }

  /**
   * Replaces custom application {@code id} ({@code PUT /customApplications/{id}}) with the fields
   * of {@code application}.
   */
  public CustomApplication update(long id, CustomApplicationUpdate application) {
    Checks.positiveId(id, "id");
    Checks.notNull(application, "application");
    return core.execute(
        ApiRequest.put("/customApplications/{}", id).json(application.toMap()).build(),
        r -> Answers.object(r, null, CustomApplication.class));
  }

  /** Deletes a custom application ({@code DELETE /customApplications/{id}}). */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/customApplications/{}", id).build());
  }
}
