package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;

/**
 * The setters shared by the Open Data Stream target bodies of every type ({@link
 * OdsHttpTargetCreate}, {@link OdsKafkaTargetCreate}, {@link OdsMongoDbTargetCreate}, {@link
 * OdsRawTargetCreate}, {@link OdsSyslogTargetCreate}).
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class OdsTargetFields<B extends OdsTargetFields<B>> extends RequestBody.Builder<B> {
  OdsTargetFields() {}

  /** The target's name (not blank), which addresses it: {@code /odstargets/{type}/{name}}. */
  public B name(String name) {
    return set("name", Validate.notBlank(name, "name"));
  }
}
