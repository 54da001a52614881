package io.netobs.extrahop.request;

import io.netobs.extrahop.model.OdsTargetType;
import io.netobs.http.RequestBody;

/**
 * The body of {@code POST /odstargets/{type}}: one class per type ({@link OdsHttpTargetCreate},
 * {@link OdsKafkaTargetCreate}, {@link OdsMongoDbTargetCreate}, {@link OdsRawTargetCreate}, {@link
 * OdsSyslogTargetCreate}), each knowing its type, so that {@code odsTargets().create(target)} sends
 * it to the right path.
 */
public abstract sealed class OdsTargetCreate extends RequestBody
    permits OdsHttpTargetCreate,
        OdsKafkaTargetCreate,
        OdsMongoDbTargetCreate,
        OdsRawTargetCreate,
        OdsSyslogTargetCreate {
  OdsTargetCreate(RequestBody.Builder<?> builder) {
    super(builder);
  }

  /**
   * The target's type, which names the path it is created at.
   *
   * @return the type
   */
  public abstract OdsTargetType type();

  /**
   * The target's name, by which it is read and deleted afterwards.
   *
   * @return the name set on the builder
   */
  public final String name() {
    return (String) toMap().get("name");
  }
}
