package io.netobs.kentik.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.RateLimit;
import io.netobs.http.RetryPolicy;
import io.netobs.http.testing.BadInputWalker;
import io.netobs.kentik.BatchOperation;
import io.netobs.kentik.BatchProgressListener;
import io.netobs.kentik.KentikClient;
import io.netobs.kentik.KentikRegion;
import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.CloudExportUpdate;
import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.DeviceInterfaceCreate;
import io.netobs.kentik.request.DeviceInterfaceUpdate;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.KentikUserCreate;
import io.netobs.kentik.request.KentikUserUpdate;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import io.netobs.kentik.request.TopXQuery;
import io.netobs.kentik.request.TopXRequest;
import io.netobs.kentik.synthetics.model.SyntheticsTestStatus;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertCreate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentAlertUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsAgentUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsResultsQuery;
import io.netobs.kentik.synthetics.request.SyntheticsTestCreate;
import io.netobs.kentik.synthetics.request.SyntheticsTestUpdate;
import io.netobs.kentik.synthetics.request.SyntheticsTraceQuery;
import io.netobs.testing.FakeKentik;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public method reachable from {@link KentikClient} (the client, its builder, every service,
 * the batch request and operation), called with null, empty, blank, 0, -1 and other out-of-range
 * arguments, one at a time with valid values for the rest: each must refuse with an {@link
 * IllegalArgumentException} or {@link NullPointerException} naming the parameter and the rule,
 * before anything reaches the fake.
 */
class ReliabilityBadInputTest {
  @Test
  void everyPublicMethodRefusesBadArgumentsByNameBeforeSending() {
    try (FakeKentik fake = FakeKentik.start();
        KentikClient client =
            KentikClient.builder()
                .baseUrl(fake.apiUrl())
                .email(fake.email())
                .apiToken(fake.token())
                .rateLimit(RateLimit.unlimited())
                .readTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.none())
                .build()) {
      BadInputWalker walker =
          new BadInputWalker(
                  ReliabilityBadInputTest::isResource,
                  ReliabilityBadInputTest::sample,
                  () -> fake.journal().total())
              // Documented as optional: progress listeners (none by default); no proxy.
              .nullable(
                  "BatchRequest.listener.listener",
                  "BatchOperation.awaitCompletion.progress",
                  "Builder.proxy.proxy",
                  "Builder.proxySelector.proxySelector",
                  // No shared limiter: the client counts its calls on its own.
                  "Builder.limiter.limiter")
              // A proxy may take a user name with an empty password.
              .allowed("Builder.proxyCredentials.password", "\"\"", "\"   \"")
              // HTTP allows an empty header value; an empty suffix adds nothing to the User-Agent.
              .allowed("Builder.header.value", "\"\"", "\"   \"")
              .allowed("Builder.userAgentSuffix.suffix", "\"\"", "\"   \"");
      Map<String, Supplier<Object>> roots = new LinkedHashMap<>();
      roots.put("client", () -> client);
      roots.put("builder", KentikClient::builder);
      roots.put(
          "operation", () -> client.batch().operation("0d5c3f0e-1111-2222-3333-444455556666"));
      BadInputWalker.Report report = walker.walk(roots);

      assertThat(report.findings())
          .as(
              "bad arguments accepted, refused without naming the parameter, or refused after sending")
          .isEmpty();
      assertThat(fake.journal().total()).isZero();
      assertThat(report.classes()).isGreaterThanOrEqualTo(10);
      System.out.println(
          "Kentik bad input: "
              + report.calls()
              + " calls with a bad argument, "
              + report.methods()
              + " methods of "
              + report.classes()
              + " classes, all refused by name before sending");
    }
  }

  static boolean isResource(Class<?> type) {
    String pkg = type.getPackageName();
    return (pkg.equals("io.netobs.kentik")
            || pkg.equals("io.netobs.kentik.synthetics")
            || pkg.equals("io.netobs.kentik.cloudexport"))
        && Modifier.isPublic(type.getModifiers())
        && !type.isRecord()
        && !type.isEnum()
        && !type.isInterface()
        && !Throwable.class.isAssignableFrom(type)
        // reached through send(), which sends: walked from its own root instead
        && type != BatchOperation.class;
  }

  static Object sample(Parameter p) {
    Class<?> t = p.getType();
    String name = p.getName();
    if (t == String.class) {
      return switch (name) {
        case "email" -> "ops@example.com";
        case "baseUrl" -> "https://api.kentik.com/api/v5";
        case "dimensionName" -> "c_region";
        case "displayName" -> "Region";
        case "value" -> "VALUE_1";
        case "guid" -> "0d5c3f0e-1111-2222-3333-444455556666";
        case "userEmail" -> "ana@example.com";
        default -> null;
      };
    }
    if (t == SyntheticsTestStatus.class) {
      return SyntheticsTestStatus.PAUSED;
    }
    if (t == List.class && name.equals("agentIds")) {
      return List.of("1001");
    }
    if (t == SyntheticsAgentUpdate.class) {
      return SyntheticsAgentUpdate.builder().alias("akl").build();
    }
    if (t == SyntheticsTestCreate.class) {
      return SyntheticsTestCreate.builder().name("t").type("ip").build();
    }
    if (t == SyntheticsTestUpdate.class) {
      return SyntheticsTestUpdate.builder().name("t").type("ip").build();
    }
    if (t == SyntheticsAgentAlertCreate.class) {
      return SyntheticsAgentAlertCreate.builder().agentId("1001").thresholdSeconds(60).build();
    }
    if (t == SyntheticsAgentAlertUpdate.class) {
      return SyntheticsAgentAlertUpdate.builder().thresholdSeconds(60).build();
    }
    if (t == SyntheticsResultsQuery.class) {
      return SyntheticsResultsQuery.builder()
          .testIds(List.of("3001"))
          .startTime(Instant.EPOCH)
          .endTime(Instant.EPOCH.plusSeconds(60))
          .build();
    }
    if (t == SyntheticsTraceQuery.class) {
      return SyntheticsTraceQuery.builder()
          .testId("3001")
          .startTime(Instant.EPOCH)
          .endTime(Instant.EPOCH.plusSeconds(60))
          .build();
    }
    if (t == KentikRegion.class) {
      return KentikRegion.US;
    }
    if (t == FlowTagCreate.class) {
      return FlowTagCreate.builder().flowTag("TAG_1").port("443").build();
    }
    if (t == FlowTagUpdate.class) {
      return FlowTagUpdate.builder().port("80").build();
    }
    if (t == CustomDimensionUpdate.class) {
      return CustomDimensionUpdate.builder().displayName("Region").build();
    }
    if (t == CustomDimensionCreate.class) {
      return CustomDimensionCreate.builder()
          .name("c_region")
          .type(DimensionType.STRING)
          .displayName("Region")
          .build();
    }
    if (t == CustomDimension.class) {
      return new CustomDimension(
          1, "c_region", "Region", DimensionType.STRING, List.of(), null, null, "1", Map.of());
    }
    if (t == PopulatorCreate.class) {
      return PopulatorCreate.builder()
          .value("eu")
          .direction(Direction.EITHER)
          .addr("10.0.0.0/8")
          .build();
    }
    if (t == PopulatorUpdate.class) {
      return PopulatorUpdate.builder().value("us").build();
    }
    if (t == CustomApplicationCreate.class) {
      return CustomApplicationCreate.builder().name("app").build();
    }
    if (t == CustomApplicationUpdate.class) {
      return CustomApplicationUpdate.builder().name("app").build();
    }
    if (t == SavedFilterCreate.class) {
      return SavedFilterCreate.builder().filterName("f").filters(FilterSet.of("and")).build();
    }
    if (t == SavedFilterUpdate.class) {
      return SavedFilterUpdate.builder().filterName("f").filters(FilterSet.of("and")).build();
    }
    if (t == TopXQuery.class) {
      return TopXQuery.builder().metric("bytes").dimensions("IP_src").build();
    }
    if (t == TopXRequest.class) {
      return TopXRequest.builder()
          .query(TopXQuery.builder().metric("bytes").dimensions("IP_src").build())
          .build();
    }
    if (t == DeviceInterfaceCreate.class) {
      return DeviceInterfaceCreate.builder().snmpId("2").build();
    }
    if (t == DeviceInterfaceUpdate.class) {
      return DeviceInterfaceUpdate.builder().snmpAlias("uplink").build();
    }
    if (t == KentikUserCreate.class) {
      return KentikUserCreate.builder().userEmail("ana@example.com").build();
    }
    if (t == KentikUserUpdate.class) {
      return KentikUserUpdate.builder().role("Member").build();
    }
    if (t == CloudExportCreate.class) {
      return CloudExportCreate.builder()
          .name("aws-prod")
          .planId("11467")
          .cloudProvider(CloudProvider.AWS)
          .build();
    }
    if (t == CloudExportUpdate.class) {
      return CloudExportUpdate.builder()
          .name("aws-prod")
          .planId("11467")
          .cloudProvider(CloudProvider.AWS)
          .build();
    }
    if (t == ChartImageType.class) {
      return ChartImageType.PNG;
    }
    if (t == BatchUpsert.class) {
      return BatchUpsert.builder()
          .value("VALUE_1")
          .criteria(Criterion.builder().addr("10.0.0.0/8").build())
          .build();
    }
    if (t == Criterion[].class) {
      return new Criterion[] {Criterion.builder().addr("10.0.0.0/8").build()};
    }
    if (t == BatchProgressListener.class) {
      return (BatchProgressListener) progress -> {};
    }
    if (t == Consumer.class) {
      return (Consumer<Object>) o -> {};
    }
    if (t == io.netobs.http.RawRequest.class) {
      return io.netobs.http.RawRequest.builder().method("GET").path("/sample").build();
    }
    if (t == io.netobs.http.AnswerType.class) {
      return io.netobs.http.AnswerType.of(Object.class);
    }
    if (t == io.netobs.http.RequestOptions.class) {
      return io.netobs.http.RequestOptions.builder().build();
    }
    if (t == Class.class) {
      return Object.class;
    }
    return null;
  }
}
