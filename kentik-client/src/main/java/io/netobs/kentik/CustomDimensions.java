package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import java.util.List;

/**
 * Custom dimensions ({@code /customdimensions}, {@code /customdimension/{id}}) and, through {@link
 * #populators(long)}, their populators. Answers are wrapped as {@code {"customDimension": ...}};
 * create and update bodies go unwrapped, as the live API and Kentik's own clients send them.
 */
public final class CustomDimensions {
  private final HttpCore core;

  CustomDimensions(HttpCore core) {
    this.core = core;
  }

  /** Every custom dimension, with its populators ({@code GET /customdimensions}). */
  public List<CustomDimension> list() {
    return core.execute(
        ApiRequest.get("/customdimensions").build(),
        r -> Answers.list(r, "customDimensions", CustomDimension.class));
  }

  /** One custom dimension with its populators ({@code GET /customdimension/{id}}). */
  public CustomDimension get(long id) {
    Checks.positiveId(id, "id");
    return core.execute(
        ApiRequest.get("/customdimension/{}", id).build(),
        r -> Answers.object(r, "customDimension", CustomDimension.class));
  }

  /** Creates a custom dimension ({@code POST /customdimension}). */
  public CustomDimension create(CustomDimensionCreate dimension) {
    Checks.notNull(dimension, "dimension");
    return core.execute(
        ApiRequest.post("/customdimension").json(dimension.toMap()).build(),
        r -> Answers.object(r, "customDimension", CustomDimension.class));
  }

  /**
   * Renames a custom dimension ({@code PUT /customdimension/{id}}); the display name is the only
   * thing that can change. The answer carries no populators, so the returned dimension's list is
   * empty.
   */
  public CustomDimension update(long id, CustomDimensionUpdate update) {
    Checks.positiveId(id, "id");
    Checks.notNull(update, "update");
    return core.execute(
        ApiRequest.put("/customdimension/{}", id).json(update.toMap()).build(),
        r -> Answers.object(r, "customDimension", CustomDimension.class));
  }

  /**
   * Deletes a custom dimension ({@code DELETE /customdimension/{id}}). Its name cannot be reused
   * until the longest data retention of the account's plans has passed.
   */
  public void delete(long id) {
    Checks.positiveId(id, "id");
    core.send(ApiRequest.delete("/customdimension/{}", id).build());
  }

  /**
   * The populators of dimension {@code dimensionId}. Values are checked with the string rule only.
   */
  public Populators populators(long dimensionId) {
    Checks.positiveId(dimensionId, "dimensionId");
    return new Populators(core, this, dimensionId, null);
  }

  /** The populators of {@code dimension}; values are also checked against the dimension's type. */
  public Populators populators(CustomDimension dimension) {
    Checks.notNull(dimension, "dimension");
    Checks.positiveId(dimension.id(), "dimension.id");
    return new Populators(core, this, dimension.id(), dimension.type());
  }
}
