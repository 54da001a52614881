package io.netobs.kentik;

import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import io.netobs.kentik.internal.Answers;
import io.netobs.kentik.model.Plan;
import java.util.List;

/** The account's plans ({@code /plans}); read-only through the API. */
public final class Plans {
  private final HttpCore core;

  Plans(HttpCore core) {
    this.core = core;
  }

  /** Every plan, with its devices ({@code GET /plans}, answered as {@code {"plans": [...]}}). */
  public List<Plan> list() {
    return core.execute(
        ApiRequest.get("/plans").build(), r -> Answers.list(r, "plans", Plan.class));
  }
}
