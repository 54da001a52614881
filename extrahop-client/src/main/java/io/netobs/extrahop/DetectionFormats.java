package io.netobs.extrahop;

import io.netobs.extrahop.internal.Crud;
import io.netobs.extrahop.model.DetectionFormat;
import io.netobs.extrahop.request.DetectionFormatCreate;
import io.netobs.extrahop.request.DetectionFormatUpdate;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import java.util.List;

/**
 * Detection formats ({@code /detections/formats}): the detection types, named by their type string.
 * Built-in formats can be read but not changed or deleted.
 */
public final class DetectionFormats {
  private final HttpCore core;
  private final Crud<DetectionFormat> crud;

  DetectionFormats(HttpCore core) {
    this.core = core;
    this.crud = new Crud<>(core, "/detections/formats", DetectionFormat.class);
  }

  /** Every detection format: {@code GET /detections/formats}. */
  public List<DetectionFormat> list() {
    return crud.list();
  }

  /**
   * One format: {@code GET /detections/formats/{type}}; where a custom format and a built-in one
   * share the type, the custom one.
   */
  public DetectionFormat get(String type) {
    return crud.get(Crud.key(type, "type"));
  }

  /** The built-in format of a type: {@code GET /detections/formats/{type}?built_in_only=true}. */
  public DetectionFormat getBuiltIn(String type) {
    return core.json(
        ApiRequest.get("/detections/formats/{}", Crud.key(type, "type"))
            .query("built_in_only", true)
            .build(),
        DetectionFormat.class);
  }

  /**
   * Creates a custom format: {@code POST /detections/formats}; returns its type (from the {@code
   * Location} of the 201 answer).
   */
  public String create(DetectionFormatCreate body) {
    return crud.createKey(body, "body");
  }

  /** Changes a custom format: {@code PATCH /detections/formats/{type}}. */
  public void update(String type, DetectionFormatUpdate update) {
    crud.update(Crud.key(type, "type"), update);
  }

  /**
   * Deletes a custom format: {@code DELETE /detections/formats/{type}}. It cannot be restored;
   * detections of its type lose their display name.
   */
  public void delete(String type) {
    crud.delete(Crud.key(type, "type"));
  }
}
