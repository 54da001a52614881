package io.netobs.extrahop.request;

import io.netobs.extrahop.internal.Validate;
import io.netobs.http.RequestBody;
import java.util.Arrays;
import java.util.List;

/**
 * The setters shared by {@link EmailGroupCreate} and {@link EmailGroupUpdate}: each field's setter
 * and its check, declared once.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class EmailGroupFields<B extends EmailGroupFields<B>>
    extends RequestBody.Builder<B> {
  EmailGroupFields() {}

  /** The group's name (not blank). */
  public B groupName(String groupName) {
    return set("group_name", Validate.notBlank(groupName, "group_name"));
  }

  /** The addresses (each checked). */
  public B emailAddresses(List<String> emailAddresses) {
    return set("email_addresses", Validate.emails(emailAddresses, "email_addresses"));
  }

  /** The addresses (each checked). */
  public B emailAddresses(String... emailAddresses) {
    return set(
        "email_addresses",
        Validate.emails(
            Arrays.asList(Validate.notNull(emailAddresses, "email_addresses")), "email_addresses"));
  }

  /** Whether the group receives system notifications. */
  public B systemNotifications(boolean systemNotifications) {
    return set("system_notifications", systemNotifications);
  }
}
