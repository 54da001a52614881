package io.netobs.kentik.synthetics;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.synthetics.model.SyntheticsTest;
import io.netobs.kentik.synthetics.model.SyntheticsTestStatus;
import io.netobs.kentik.synthetics.request.SyntheticsTestCreate;
import io.netobs.kentik.synthetics.request.SyntheticsTestUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic tests: create, read, change, pause or resume, delete. Bodies and answers are wrapped
 * ({@code {"test": {...}}}, {@code {"tests": [...]}}).
 */
public final class SyntheticsTests {
  private final HttpCore core;

  SyntheticsTests(HttpCore core) {
    this.core = core;
  }

  /** Every test ({@code GET /synthetics/v202309/tests}). */
  public List<SyntheticsTest> list() {
    return core.execute(
        ApiRequest.get("/synthetics/v202309/tests").build(),
        r -> Answers.list(r, "tests", SyntheticsTest.class));
  }

  /**
   * One test ({@code GET /synthetics/v202309/tests/{id}}).
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsTest get(String id) {
    Checks.notBlank(id, "id");
    return core.execute(
        ApiRequest.get("/synthetics/v202309/tests/{}", id).build(),
        r -> Answers.object(r, "test", SyntheticsTest.class));
  }

  /**
   * Creates a test ({@code POST /synthetics/v202309/tests}, body {@code {"test": {...}}}); the
   * answer carries its id and times.
   */
  public SyntheticsTest create(SyntheticsTestCreate test) {
    Checks.notNull(test, "test");
    return core.execute(
        ApiRequest.post("/synthetics/v202309/tests").json(Map.of("test", test.toMap())).build(),
        r -> Answers.object(r, "test", SyntheticsTest.class));
  }

  /**
   * Replaces test {@code id} ({@code PUT /synthetics/v202309/tests/{id}}, body {@code {"test":
   * {...}}}) with the fields of {@code test} and {@code id}. The gateway replaces the whole test:
   * what the update leaves out is lost, so start it {@link
   * SyntheticsTestUpdate.Builder#from(SyntheticsTest) from} the test as read.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public SyntheticsTest update(String id, SyntheticsTestUpdate test) {
    Checks.notBlank(id, "id");
    Checks.notNull(test, "test");
    Map<String, Object> body = new LinkedHashMap<>(test.toMap());
    body.put("id", id);
    return core.execute(
        ApiRequest.put("/synthetics/v202309/tests/{}", id).json(Map.of("test", body)).build(),
        r -> Answers.object(r, "test", SyntheticsTest.class));
  }

  /**
   * Sets a test's status ({@code PUT /synthetics/v202309/tests/{id}/status}, body {@code {"id": ..,
   * "status": ..}}), e.g. {@link SyntheticsTestStatus#PAUSED} to pause it.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public void setStatus(String id, SyntheticsTestStatus status) {
    Checks.notBlank(id, "id");
    Checks.notNull(status, "status");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("status", status.value());
    core.send(ApiRequest.put("/synthetics/v202309/tests/{}/status", id).json(body).build());
  }

  /**
   * Deletes a test ({@code DELETE /synthetics/v202309/tests/{id}}). This cannot be undone: the
   * test's settings are gone, and its results are no longer reachable through it.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public void delete(String id) {
    Checks.notBlank(id, "id");
    core.send(ApiRequest.delete("/synthetics/v202309/tests/{}", id).build());
  }
}
