package io.netobs.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.http.CallHook;
import io.netobs.kentik.KentikClient;
import io.netobs.micrometer.MicrometerCallHook;
import io.netobs.opentelemetry.OpenTelemetryCallHook;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NetobsAutoConfigurationTest {
  private static final String KEY = "eh-Secret-Key-0123456789";
  private static final String TOKEN = "kentik-Secret-Token-0123456789";
  private static final String CLIENT_SECRET = "oauth-Secret-0123456789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(NetobsAutoConfiguration.class));

  @Test
  void withoutPropertiesThereIsNoClient() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(ExtraHopClient.class);
          assertThat(context).doesNotHaveBean(KentikClient.class);
          assertThat(context).hasSingleBean(NetobsProperties.class);
        });
  }

  @Test
  void extraHopPropertiesMakeAnExtraHopClient() {
    runner
        .withPropertyValues(
            "netobs.extrahop.host=eh.example.com",
            "netobs.extrahop.api-key=" + KEY,
            "netobs.extrahop.read-timeout=45s",
            "netobs.extrahop.connect-timeout=3s",
            "netobs.extrahop.max-retries=5",
            "netobs.extrahop.user-agent-suffix=inventory/1.0")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ExtraHopClient.class);
              assertThat(context).doesNotHaveBean(KentikClient.class);
              ExtraHopClient client = context.getBean(ExtraHopClient.class);
              assertThat(client.baseUrl()).isEqualTo("https://eh.example.com/api/v1");
              assertThat(client.options().readTimeout()).isEqualTo(Duration.ofSeconds(45));
              assertThat(client.options().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(5);
              assertThat(client.options().userAgentSuffix()).isEqualTo("inventory/1.0");
            });
  }

  @Test
  void kentikPropertiesMakeAKentikClientInTheirRegion() {
    runner
        .withPropertyValues(
            "netobs.kentik.email=ops@example.com",
            "netobs.kentik.api-token=" + TOKEN,
            "netobs.kentik.region=eu")
        .run(
            context -> {
              assertThat(context).hasSingleBean(KentikClient.class);
              assertThat(context).doesNotHaveBean(ExtraHopClient.class);
              assertThat(context.getBean(KentikClient.class).baseUrl())
                  .isEqualTo("https://api.kentik.eu/api/v5");
            });
  }

  @Test
  void bothServicesConfiguredMakeBothClients() {
    runner
        .withPropertyValues(
            "netobs.extrahop.base-url=https://tenant.api.cloud.extrahop.com/api/v1",
            "netobs.extrahop.client-id=client-1",
            "netobs.extrahop.client-secret=" + CLIENT_SECRET,
            "netobs.kentik.email=ops@example.com",
            "netobs.kentik.api-token=" + TOKEN)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ExtraHopClient.class);
              assertThat(context).hasSingleBean(KentikClient.class);
              assertThat(context.getBean(ExtraHopClient.class).baseUrl())
                  .isEqualTo("https://tenant.api.cloud.extrahop.com/api/v1");
            });
  }

  @Test
  void customizersChangeTheBuilderAfterTheProperties() {
    runner
        .withPropertyValues(
            "netobs.extrahop.host=eh.example.com",
            "netobs.extrahop.api-key=" + KEY,
            "netobs.extrahop.read-timeout=45s",
            "netobs.kentik.email=ops@example.com",
            "netobs.kentik.api-token=" + TOKEN)
        .withBean(
            ExtraHopClientBuilderCustomizer.class,
            () -> builder -> builder.readTimeout(Duration.ofSeconds(90)))
        .withBean(
            KentikClientBuilderCustomizer.class,
            () -> builder -> builder.userAgentSuffix("from-customizer"))
        .run(
            context -> {
              assertThat(context.getBean(ExtraHopClient.class).options().readTimeout())
                  .isEqualTo(Duration.ofSeconds(90));
              assertThat(context.getBean(KentikClient.class).options().userAgentSuffix())
                  .isEqualTo("from-customizer");
            });
  }

  @Test
  void anApplicationsOwnClientReplacesTheAutoConfiguredOne() {
    ExtraHopClient own = ExtraHopClient.builder().host("own.example.com").apiKey(KEY).build();
    runner
        .withPropertyValues("netobs.extrahop.host=eh.example.com", "netobs.extrahop.api-key=" + KEY)
        .withBean(ExtraHopClient.class, () -> own)
        .run(context -> assertThat(context.getBean(ExtraHopClient.class)).isSameAs(own));
    own.close();
  }

  @Test
  void clientsAreClosedWhenTheContextCloses() {
    AtomicReference<ExtraHopClient> extraHop = new AtomicReference<>();
    AtomicReference<KentikClient> kentik = new AtomicReference<>();
    runner
        .withPropertyValues(
            "netobs.extrahop.host=eh.example.com",
            "netobs.extrahop.api-key=" + KEY,
            "netobs.kentik.email=ops@example.com",
            "netobs.kentik.api-token=" + TOKEN)
        .run(
            context -> {
              extraHop.set(context.getBean(ExtraHopClient.class));
              kentik.set(context.getBean(KentikClient.class));
            });
    assertThatThrownBy(() -> extraHop.get().tags().list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> kentik.get().flowTags().list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void missingCredentialsFailTheStartWithTheClientsOwnMessage() {
    runner
        .withPropertyValues("netobs.extrahop.host=eh.example.com")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageStartingWith("exactly one of apiKey(..)")
                    .hasMessageEndingWith("neither was"));
  }

  @Test
  void thePropertiesToStringNeverShowsASecret() {
    runner
        .withPropertyValues(
            "netobs.extrahop.host=eh.example.com",
            "netobs.extrahop.client-id=client-1",
            "netobs.extrahop.client-secret=" + CLIENT_SECRET,
            "netobs.kentik.email=ops@example.com",
            "netobs.kentik.api-token=" + TOKEN)
        .run(
            context -> {
              NetobsProperties properties = context.getBean(NetobsProperties.class);
              assertThat(properties.getExtrahop().getClientSecret()).isEqualTo(CLIENT_SECRET);
              assertThat(properties.getKentik().getApiToken()).isEqualTo(TOKEN);
              assertThat(properties.toString())
                  .contains("eh.example.com", "client-1", "ops@example.com")
                  .contains("clientSecret=██", "apiToken=██", "apiKey=null")
                  .doesNotContain(CLIENT_SECRET)
                  .doesNotContain(TOKEN);
            });
    NetobsProperties keyed = new NetobsProperties();
    keyed.getExtrahop().setApiKey(KEY);
    assertThat(keyed.toString()).contains("apiKey=██").doesNotContain(KEY);
  }

  @Test
  void anOpenTelemetryBeanGetsEveryCallTraced() throws Exception {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body("[]")
              .build());
      server.start();
      runner
          .withPropertyValues(
              "netobs.extrahop.base-url=" + server.url("/api/v1"), "netobs.extrahop.api-key=" + KEY)
          .withBean(OpenTelemetry.class, () -> sdk)
          .run(
              context -> {
                assertThat(context).hasSingleBean(OpenTelemetryCallHook.class);
                assertThat(context).doesNotHaveBean(MicrometerCallHook.class);
                ExtraHopClient client = context.getBean(ExtraHopClient.class);
                assertThat(client.options().hooks())
                    .hasAtLeastOneElementOfType(OpenTelemetryCallHook.class);
                client.tags().list();
                // Read before the context closes: closing it shuts the SDK down, which empties the
                // exporter.
                assertThat(spans.getFinishedSpanItems())
                    .extracting(s -> s.getName())
                    .containsExactly("GET /api/v1/tags");
              });
    }
  }

  @Test
  void aMeterRegistryBeanGetsEveryCallTimed() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body("[]")
              .build());
      server.start();
      runner
          .withPropertyValues(
              "netobs.extrahop.base-url=" + server.url("/api/v1"), "netobs.extrahop.api-key=" + KEY)
          .withBean(MeterRegistry.class, () -> registry)
          .run(
              context -> {
                assertThat(context).hasSingleBean(MicrometerCallHook.class);
                assertThat(context).doesNotHaveBean(OpenTelemetryCallHook.class);
                context.getBean(ExtraHopClient.class).tags().list();
              });
    }
    assertThat(
            registry
                .get(MicrometerCallHook.CALLS)
                .tags("uri", "/api/v1/tags", "outcome", "SUCCESS")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void withoutTheIntegrationModulesTheClientsWorkWithoutTheirHooks() {
    runner
        .withClassLoader(
            new FilteredClassLoader(OpenTelemetryCallHook.class, MicrometerCallHook.class))
        .withPropertyValues("netobs.extrahop.host=eh.example.com", "netobs.extrahop.api-key=" + KEY)
        .withBean(OpenTelemetry.class, OpenTelemetry::noop)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(CallHook.class);
              assertThat(context.getBean(ExtraHopClient.class).options().hooks()).isEmpty();
            });
  }

  @Test
  void applicationHooksAreAddedToTheClients() {
    CallHook mine = new CallHook() {};
    runner
        .withPropertyValues(
            "netobs.kentik.email=ops@example.com", "netobs.kentik.api-token=" + TOKEN)
        .withBean(CallHook.class, () -> mine)
        .run(
            context ->
                assertThat(context.getBean(KentikClient.class).options().hooks()).contains(mine));
  }
}
