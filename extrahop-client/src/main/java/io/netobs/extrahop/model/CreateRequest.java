package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of a create call. Its required fields are named by the API; {@link #validate()} checks
 * that each of them is set before the client sends anything.
 *
 * @param <B> the concrete type, returned by each setter
 */
public abstract class CreateRequest<B extends CreateRequest<B>> extends RequestFields<B> {
  CreateRequest() {}

  /** The JSON names of the fields the API requires on create. */
  abstract List<String> requiredFields();

  @Override
  public void validate() {
    for (String name : requiredFields()) {
      require(name);
    }
  }
}
