package io.netobs.kentik;

import io.netobs.http.RequestBody;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.internal.Rules;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The populators of one custom dimension ({@code /customdimension/{id}/populator}). Bodies and
 * answers are wrapped as {@code {"populator": {...}}}. For thousands of populators use {@link
 * Batch#populators(String)} instead.
 */
public final class Populators {
  private final HttpCore core;
  private final CustomDimensions dimensions;
  private final long dimensionId;
  private final DimensionType type;

  Populators(HttpCore core, CustomDimensions dimensions, long dimensionId, DimensionType type) {
    this.core = core;
    this.dimensions = dimensions;
    this.dimensionId = dimensionId;
    this.type = type;
  }

  /** The id of the dimension these populators belong to. */
  public long dimensionId() {
    return dimensionId;
  }

  /**
   * The dimension's populators, read with {@link CustomDimensions#get(long)} (there is no list
   * endpoint).
   */
  public List<Populator> list() {
    return dimensions.get(dimensionId).populators();
  }

  /** Creates a populator ({@code POST /customdimension/{id}/populator}). */
  public Populator create(PopulatorCreate populator) {
    Checks.notNull(populator, "populator");
    checkValue(populator);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dimension_id", dimensionId);
    body.putAll(populator.toMap());
    return core.execute(
        ApiRequest.post("/customdimension/{}/populator", dimensionId)
            .json(Map.of("populator", body))
            .build(),
        r -> Answers.object(r, "populator", Populator.class));
  }

  /** Changes a populator, sending only the fields set in {@code update}. */
  public Populator update(long populatorId, PopulatorUpdate update) {
    Checks.positiveId(populatorId, "populatorId");
    Checks.notNull(update, "update");
    checkValue(update);
    return core.execute(
        ApiRequest.put("/customdimension/{}/populator/{}", dimensionId, populatorId)
            .json(Map.of("populator", update.toMap()))
            .build(),
        r -> Answers.object(r, "populator", Populator.class));
  }

  /** Deletes a populator ({@code DELETE /customdimension/{id}/populator/{populatorId}}). */
  public void delete(long populatorId) {
    Checks.positiveId(populatorId, "populatorId");
    core.send(
        ApiRequest.delete("/customdimension/{}/populator/{}", dimensionId, populatorId).build());
  }

  /** Checks the value, when the request sets one, against the dimension's type, when known. */
  private void checkValue(RequestBody populator) {
    Object value = populator.toMap().get("value");
    if (value != null && type != null) {
      Rules.populatorValue(value.toString(), type, "value");
    }
  }

  @Override
  public String toString() {
    return "Populators[dimensionId=" + dimensionId + "]";
  }
}
