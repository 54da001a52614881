package io.netobs.kentik.request;

import io.netobs.http.RequestBody;
import io.netobs.kentik.internal.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The setters shared by {@link KentikUserCreate.Builder} and {@link KentikUserUpdate.Builder}, each
 * checked once, as it is set. A null text leaves a field out.
 *
 * @param <B> the concrete builder
 */
public abstract class KentikUserFields<B extends KentikUserFields<B>>
    extends RequestBody.Builder<B> {
  KentikUserFields() {}

  /**
   * Sets {@code user_email}, the user's e-mail address (and login).
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B userEmail(String userEmail) {
    return set("user_email", Rules.requiredText(userEmail, "user_email"));
  }

  /** Sets {@code user_name}, the login name (answers show it as {@code username}). */
  public B userName(@Nullable String userName) {
    return setOrOmit("user_name", userName);
  }

  /** Sets {@code user_full_name}. */
  public B userFullName(@Nullable String userFullName) {
    return setOrOmit("user_full_name", userFullName);
  }

  /**
   * Sets {@code role}, e.g. {@code Member} or {@code Administrator}; sent as given.
   *
   * @throws IllegalArgumentException when it is null or blank
   */
  public B role(String role) {
    return set("role", Rules.requiredText(role, "role"));
  }

  /** Sets {@code email_service}: whether the user gets service e-mails. */
  public B emailService(boolean emailService) {
    return set("email_service", emailService);
  }

  /** Sets {@code email_product}: whether the user gets product e-mails. */
  public B emailProduct(boolean emailProduct) {
    return set("email_product", emailProduct);
  }
}
