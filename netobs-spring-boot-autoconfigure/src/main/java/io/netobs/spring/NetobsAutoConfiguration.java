package io.netobs.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.CallHook;
import io.netobs.http.CoreOptionsBuilder;
import io.netobs.http.RetryPolicy;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.KentikRegion;
import io.netobs.micrometer.MicrometerCallHook;
import io.netobs.opentelemetry.OpenTelemetryCallHook;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of netobs-java in a Spring Boot application: an {@link ExtraHopClient} bean
 * when {@code netobs.extrahop.host} or {@code netobs.extrahop.base-url} is set, a {@link
 * KentikClient} bean when {@code netobs.kentik.email} is set, each built from its {@link
 * NetobsProperties}, then changed by every {@link ExtraHopClientBuilderCustomizer} or {@link
 * KentikClientBuilderCustomizer} bean, with every {@link CallHook} bean added, and closed when the
 * application context closes. When netobs-opentelemetry and an {@link OpenTelemetry} bean are
 * present, an {@link OpenTelemetryCallHook} bean traces every call; when netobs-micrometer and a
 * {@link MeterRegistry} bean are present, a {@link MicrometerCallHook} bean times them. A client
 * bean of the application's own replaces the auto-configured one.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@EnableConfigurationProperties(NetobsProperties.class)
public class NetobsAutoConfiguration {

  /** Made by Spring. */
  public NetobsAutoConfiguration() {}

  /** The ExtraHop client, when its host or base URL is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ExtraHopClient.class)
  @Conditional(ExtraHopConfigured.class)
  static class ExtraHopClientConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ExtraHopClient extraHopClient(
        NetobsProperties properties,
        ObjectProvider<CallHook> hooks,
        ObjectProvider<ExtraHopClientBuilderCustomizer> customizers) {
      NetobsProperties.ExtraHop p = properties.getExtrahop();
      ExtraHopClient.Builder builder = ExtraHopClient.builder();
      if (p.getHost() != null) {
        builder.host(p.getHost());
      }
      if (p.getBaseUrl() != null) {
        builder.baseUrl(p.getBaseUrl());
      }
      if (p.getApiKey() != null) {
        builder.apiKey(p.getApiKey());
      }
      if (p.getClientId() != null || p.getClientSecret() != null) {
        builder.oauth2Client(p.getClientId(), p.getClientSecret());
      }
      if (p.getCertificateFingerprint() != null) {
        builder.certificateFingerprint(p.getCertificateFingerprint());
      }
      if (p.getCaCertificate() != null) {
        builder.caCertificate(p.getCaCertificate());
      }
      if (p.isAllowCleartextCredentials()) {
        builder.allowCleartextCredentials(true);
      }
      common(builder, p, hooks);
      customizers.orderedStream().forEach(c -> c.customize(builder));
      return builder.build();
    }
  }

  /** The Kentik client, when its email is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(KentikClient.class)
  @ConditionalOnProperty(prefix = "netobs.kentik", name = "email")
  static class KentikClientConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    KentikClient kentikClient(
        NetobsProperties properties,
        ObjectProvider<CallHook> hooks,
        ObjectProvider<KentikClientBuilderCustomizer> customizers) {
      NetobsProperties.Kentik p = properties.getKentik();
      KentikClient.Builder builder = KentikClient.builder().email(p.getEmail());
      if (p.getApiToken() != null) {
        builder.apiToken(p.getApiToken());
      }
      if (p.getRegion() != null) {
        builder.region(KentikRegion.of(p.getRegion()));
      }
      if (p.getBaseUrl() != null) {
        builder.baseUrl(p.getBaseUrl());
      }
      if (p.getV6BaseUrl() != null) {
        builder.v6BaseUrl(p.getV6BaseUrl());
      }
      common(builder, p, hooks);
      customizers.orderedStream().forEach(c -> c.customize(builder));
      return builder.build();
    }
  }

  /** The OpenTelemetry hook, when netobs-opentelemetry and an OpenTelemetry bean are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({OpenTelemetryCallHook.class, OpenTelemetry.class})
  @ConditionalOnBean(OpenTelemetry.class)
  static class OpenTelemetryHookConfiguration {
    @Bean
    @ConditionalOnMissingBean
    OpenTelemetryCallHook netobsOpenTelemetryCallHook(OpenTelemetry openTelemetry) {
      return OpenTelemetryCallHook.create(openTelemetry);
    }
  }

  /** The Micrometer hook, when netobs-micrometer and a MeterRegistry bean are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MicrometerCallHook.class, MeterRegistry.class})
  @ConditionalOnBean(MeterRegistry.class)
  static class MicrometerHookConfiguration {
    @Bean
    @ConditionalOnMissingBean
    MicrometerCallHook netobsMicrometerCallHook(MeterRegistry registry) {
      return MicrometerCallHook.create(registry);
    }
  }

  /** What both clients' properties set alike, and the hooks. */
  private static void common(
      CoreOptionsBuilder<?> builder, NetobsProperties.Common p, ObjectProvider<CallHook> hooks) {
    if (p.getConnectTimeout() != null) {
      builder.connectTimeout(p.getConnectTimeout());
    }
    if (p.getReadTimeout() != null) {
      builder.readTimeout(p.getReadTimeout());
    }
    if (p.getWriteTimeout() != null) {
      builder.writeTimeout(p.getWriteTimeout());
    }
    if (p.getCallTimeout() != null) {
      builder.callTimeout(p.getCallTimeout());
    }
    if (p.getMaxRetries() != null) {
      builder.retryPolicy(RetryPolicy.defaults().toBuilder().maxRetries(p.getMaxRetries()).build());
    }
    if (p.getUserAgentSuffix() != null) {
      builder.userAgentSuffix(p.getUserAgentSuffix());
    }
    hooks.orderedStream().forEach(builder::hook);
  }

  /** Whether {@code netobs.extrahop.host} or {@code netobs.extrahop.base-url} is set. */
  static class ExtraHopConfigured extends AnyNestedCondition {
    ExtraHopConfigured() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "netobs.extrahop", name = "host")
    static class Host {}

    @ConditionalOnProperty(prefix = "netobs.extrahop", name = "base-url")
    static class BaseUrl {}
  }
}
