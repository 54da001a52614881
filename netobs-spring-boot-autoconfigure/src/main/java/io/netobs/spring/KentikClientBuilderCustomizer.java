package io.netobs.spring;

import io.netobs.kentik.KentikClient;

/**
 * Changes the builder of the auto-configured {@link KentikClient} after the {@code netobs.kentik.*}
 * properties are applied and before the client is built: for what properties cannot say (a proxy, a
 * rate limit, extra hooks). Every bean of this type is applied, in {@link
 * org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface KentikClientBuilderCustomizer {
  /**
   * Changes {@code builder}.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(KentikClient.Builder builder);
}
