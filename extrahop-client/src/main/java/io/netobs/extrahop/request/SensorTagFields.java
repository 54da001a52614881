package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The setters shared by {@link SensorTagCreate} and {@link SensorTagUpdate}: each field's setter
 * and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class SensorTagFields<B extends SensorTagFields<B>> extends RequestBody.Builder<B> {
  SensorTagFields() {}

  /** The tag's name (not blank). */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }

  /**
   * The ids of the sensors that carry the tag (each positive); an empty collection leaves the tag
   * on no sensor. On an update, replaces the sensors the tag had.
   */
  public B sensors(Collection<Long> sensors) {
    return set("sensors", ids(sensors, "sensors"));
  }

  static List<Long> ids(Collection<Long> ids, String field) {
    Validate.notNull(ids, field);
    List<Long> copy = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Validate.notNull(id, field + " element");
      copy.add(Validate.positiveId(id, field + " element"));
    }
    return List.copyOf(copy);
  }
}
