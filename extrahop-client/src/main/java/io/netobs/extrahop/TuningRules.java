package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.TuningRule;
import io.netobs.extrahop.model.TuningRulePreview;
import io.netobs.extrahop.request.TuningRuleCreate;
import io.netobs.extrahop.request.TuningRuleUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.Checks;
import io.netobs.http.internal.HttpCore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Detection tuning rules ({@code /detections/rules/hiding}): detections they match are hidden. */
public final class TuningRules {
  /** The most detection log entries a preview answers with. */
  public static final int MAX_PREVIEW_LIMIT = 5000;

  private final HttpCore core;
  private final Crud<TuningRule> crud;

  TuningRules(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/detections/rules/hiding", TuningRule.class);
  }

  /** Every tuning rule: {@code GET /detections/rules/hiding}. */
  public List<TuningRule> list() {
    return crud.list();
  }

  /** One tuning rule: {@code GET /detections/rules/hiding/{id}}. */
  public TuningRule get(long id) {
    return crud.get(id);
  }

  /**
   * Creates a tuning rule: {@code POST /detections/rules/hiding}; returns its id. From then on the
   * detections it matches are hidden.
   */
  public long create(TuningRuleCreate body) {
    return crud.create(body);
  }

  /** Changes a tuning rule: {@code PATCH /detections/rules/hiding/{id}}. */
  public void update(long id, TuningRuleUpdate update) {
    crud.update(id, update);
  }

  /**
   * Deletes a tuning rule: {@code DELETE /detections/rules/hiding/{id}}. It cannot be restored; the
   * detections it hid are shown again.
   */
  public void delete(long id) {
    crud.delete(id);
  }

  /**
   * What a rule would hide, without creating it (firmware 26.3): {@code POST
   * /detections/rules/hiding/preview} with {@code {"rule": {..}, "log_preview_limit": ..}}.
   *
   * @param rule the rule as it would be created
   * @param logPreviewLimit how many matching detection log entries to answer with, 1 to 5000
   */
  public TuningRulePreview preview(TuningRuleCreate rule, int logPreviewLimit) {
    Checks.notNull(rule, "rule");
    if (logPreviewLimit < 1 || logPreviewLimit > MAX_PREVIEW_LIMIT) {
      throw new IllegalArgumentException(
          "logPreviewLimit must be between 1 and "
              + MAX_PREVIEW_LIMIT
              + ", was "
              + logPreviewLimit);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rule", rule.toMap());
    body.put("log_preview_limit", logPreviewLimit);
    return core.json(
        ApiRequest.post("/detections/rules/hiding/preview").json(body).idempotent(true).build(),
        TuningRulePreview.class);
  }
}
