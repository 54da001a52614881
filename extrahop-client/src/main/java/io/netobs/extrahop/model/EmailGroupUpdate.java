package io.netobs.extrahop.model;

/**
 * The body of {@code PATCH /emailgroups/{id}}.
 */
public final class EmailGroupUpdate extends UpdateRequest<EmailGroupUpdate> {
  /** An update that sets nothing yet. */
  public EmailGroupUpdate() {}

  /** The group's name (not blank). */
  public EmailGroupUpdate groupName(String groupName) {
    return set("group_name", Validate.notBlank(groupName, "group_name"));
  }

  /** The addresses (each checked). */
  public EmailGroupUpdate emailAddresses(java.util.List<String> emailAddresses) {
    return set("email_addresses", Validate.emails(emailAddresses, "email_addresses"));
  }

  /** The addresses (each checked). */
  public EmailGroupUpdate emailAddresses(String... emailAddresses) {
    return set("email_addresses", Validate.emails(java.util.Arrays.asList(Validate.notNull(emailAddresses, "email_addresses")), "email_addresses"));
  }

  /** Whether the group receives system notifications. */
  public EmailGroupUpdate systemNotifications(boolean systemNotifications) {
    return set("system_notifications", systemNotifications);
  }
}
