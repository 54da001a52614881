package io.netobs.extrahop.model;

/**
 * The body of a partial update (PATCH): only the fields set are sent, and a field cleared with a
 * {@code clearX()} method is sent as an explicit {@code null}. An update that sets nothing is refused
 * before it is sent.
 *
 * @param <B> the concrete type, returned by each setter
 */
public abstract class UpdateRequest<B extends UpdateRequest<B>> extends RequestFields<B> {
  UpdateRequest() {}

  @Override
  public void validate() {
    if (isEmpty()) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": nothing to update, set at least one field");
    }
  }
}
