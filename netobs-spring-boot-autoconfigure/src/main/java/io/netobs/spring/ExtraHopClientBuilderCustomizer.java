package io.netobs.spring;

import io.netobs.extrahop.ExtraHopClient;

/**
 * Changes the builder of the auto-configured {@link ExtraHopClient} after the {@code
 * netobs.extrahop.*} properties are applied and before the client is built: for what properties
 * cannot say (a proxy, a TLS trust, a rate limit, extra hooks). Every bean of this type is applied,
 * in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface ExtraHopClientBuilderCustomizer {
  /**
   * Changes {@code builder}.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(ExtraHopClient.Builder builder);
}
