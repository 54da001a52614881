package io.netobs.extrahop.model;

import java.util.List;

/**
 * The body of {@code POST /emailgroups}.
 */
public final class EmailGroupCreate extends CreateRequest<EmailGroupCreate> {
  private EmailGroupCreate() {}

  /** A group named {@code groupName} of these addresses, without system notifications. */
  public static EmailGroupCreate of(String groupName, java.util.List<String> emailAddresses) {
    return new EmailGroupCreate().groupName(groupName).emailAddresses(emailAddresses).systemNotifications(false);
  }

  /** The group's name (not blank). */
  public EmailGroupCreate groupName(String groupName) {
    return set("group_name", Validate.notBlank(groupName, "group_name"));
  }

  /** The addresses (each checked). */
  public EmailGroupCreate emailAddresses(java.util.List<String> emailAddresses) {
    return set("email_addresses", Validate.emails(emailAddresses, "email_addresses"));
  }

  /** The addresses (each checked). */
  public EmailGroupCreate emailAddresses(String... emailAddresses) {
    return set("email_addresses", Validate.emails(java.util.Arrays.asList(Validate.notNull(emailAddresses, "email_addresses")), "email_addresses"));
  }

  /** Whether the group receives system notifications. */
  public EmailGroupCreate systemNotifications(boolean systemNotifications) {
    return set("system_notifications", systemNotifications);
  }

  @Override
  List<String> requiredFields() {
    return List.of("group_name", "email_addresses", "system_notifications");
  }
}
