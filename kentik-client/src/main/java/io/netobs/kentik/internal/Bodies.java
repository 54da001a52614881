package io.netobs.kentik.internal;

import io.netobs.kentik.model.MatchField;
import java.util.Map;

/** Helpers for request bodies. */
public final class Bodies {
  private Bodies() {}

  /** Puts each match field under its JSON name. */
  public static void putMatchFields(Map<String, Object> body, Map<MatchField, String> fields) {
    fields.forEach((field, value) -> body.put(field.wireName(), value));
  }
}
