package io.netobs.extrahop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.AssignmentResult;
import io.netobs.extrahop.DownloadProgress;
import io.netobs.extrahop.ExtraHopClient;
import io.netobs.extrahop.ExtraHopTime;
import io.netobs.extrahop.StartedJob;
import io.netobs.extrahop.model.ActivityMapRelationship;
import io.netobs.extrahop.model.ActivityMapSource;
import io.netobs.extrahop.model.ActivityMapStep;
import io.netobs.extrahop.model.ActivityMapWalk;
import io.netobs.extrahop.model.AlertType;
import io.netobs.extrahop.model.BundlePolicy;
import io.netobs.extrahop.model.EqlResource;
import io.netobs.extrahop.model.ExclusionIntervalType;
import io.netobs.extrahop.model.NetworkUserFlag;
import io.netobs.extrahop.model.ObjectType;
import io.netobs.extrahop.model.OdsTargetType;
import io.netobs.extrahop.model.PacketSearchForm;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.ReportContent;
import io.netobs.extrahop.model.SharingRole;
import io.netobs.extrahop.request.ActivityMapCreate;
import io.netobs.extrahop.request.ActivityMapQuery;
import io.netobs.extrahop.request.AlertCreate;
import io.netobs.extrahop.request.ApplianceConnection;
import io.netobs.extrahop.request.BundleApplyOptions;
import io.netobs.extrahop.request.CustomDeviceCriterionCreate;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.extrahop.request.EmailGroupCreate;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.extrahop.request.ExclusionIntervalCreate;
import io.netobs.extrahop.request.IdentityProviderCreate;
import io.netobs.extrahop.request.IdentityProviderPrivilegesUpdate;
import io.netobs.extrahop.request.IdentityProviderUpdate;
import io.netobs.extrahop.request.MetricQuery;
import io.netobs.extrahop.request.MetricSpec;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkUserSearch;
import io.netobs.extrahop.request.NetworkUserTagUpdate;
import io.netobs.extrahop.request.NetworkUserUpdate;
import io.netobs.extrahop.request.OdsSyslogTargetCreate;
import io.netobs.extrahop.request.OdsTargetCreate;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.extrahop.request.SharingUpdate;
import io.netobs.extrahop.request.SslDecryptKeyCreate;
import io.netobs.extrahop.request.TriggerCreate;
import io.netobs.extrahop.request.TriggerExternalData;
import io.netobs.extrahop.request.UserCreate;
import io.netobs.extrahop.request.UserGroupCreate;
import io.netobs.extrahop.request.UserGroupMembership;
import io.netobs.http.PollOptions;
import io.netobs.http.RetryPolicy;
import io.netobs.http.testing.BadInputWalker;
import io.netobs.testing.FakeExtraHop;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method reachable from {@link ExtraHopClient} (the client, its builder, every
 * resource and the resources those return), called with null, empty, blank, 0, -1 and other
 * out-of-range arguments, one at a time with valid values for the rest: each must refuse with an
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the parameter, before
 * anything reaches the fake appliance.
 */
class ReliabilityBadInputTest {
  @TempDir Path dir;

  @Test
  void everyPublicMethodRefusesBadArgumentsByNameBeforeSending() throws IOException {
    Path existing = Files.writeString(dir.resolve("bundle.json"), "{}");
    try (FakeExtraHop fake = FakeExtraHop.start();
        ExtraHopClient client =
            ExtraHopClient.builder()
                .baseUrl(fake.apiUrl())
                .apiKey(fake.apiKey())
                .readTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.none())
                .build()) {
      BadInputWalker walker =
          new BadInputWalker(
                  ReliabilityBadInputTest::isResource,
                  p -> sample(p, existing, dir),
                  () -> fake.journal().total())
              // Documented as optional: a progress listener, the bounds of a time window, the
              // cursor's lifetime.
              .nullable(
                  "Bundles.export.progress",
                  "PacketCaptures.download.progress",
                  "Customizations.download.progress",
                  "SupportPacks.download.progress",
                  "Applications.list.activeFrom",
                  "Applications.list.activeUntil",
                  "DeviceGroups.activeDevices.activeFrom",
                  "DeviceGroups.activeDevices.activeUntil",
                  "Records.nextPage.contextTtl",
                  "Devices.dnsNames.from",
                  "Devices.dnsNames.until",
                  "Devices.ipAddresses.from",
                  "Devices.ipAddresses.until",
                  "Devices.software.from",
                  "Devices.software.until",
                  // No proxy, or the JVM's proxy selector.
                  "Builder.proxy.proxy",
                  "Builder.proxySelector.proxySelector",
                  // No shared limiter: the client counts its calls on its own.
                  "Builder.limiter.limiter")
              // A proxy may take a user name with an empty password.
              .allowed("Builder.proxyCredentials.password", "\"\"", "\"   \"")
              // A stream's length: -1 means unknown, 0 an empty stream.
              .allowed("Bundles.upload.length", "-1", "0")
              .allowed("SupportPacks.execute.length", "-1", "0")
              .allowed("Firmware.upload.length", "-1", "0")
              .allowed("ExtraHopSystem.uploadCloudResources.length", "-1", "0")
              .allowed("SupportPacks.upload.length", "-1", "0")
              // HTTP allows an empty header value; an empty suffix adds nothing to the User-Agent.
              .allowed("Builder.header.value", "\"\"", "\"   \"")
              .allowed("Builder.userAgentSuffix.suffix", "\"\"", "\"   \"")
              // Network 0 is the "All" network appliances answer with.
              .allowed("Networks.get.id", "0")
              .allowed("Networks.vlans.id", "0")
              .allowed("Networks.alerts.id", "0")
              .allowed("Networks.pages.id", "0")
              .allowed("Networks.update.id", "0")
              // Appliance 0 is the sensor called; manager 0 hands management back to it.
              .allowed("AnalysisPriority.config.applianceId", "0")
              .allowed("AnalysisPriority.replaceConfig.applianceId", "0")
              .allowed("AnalysisPriority.manager.applianceId", "0")
              .allowed("AnalysisPriority.updateManager.applianceId", "0")
              .allowed("AnalysisPriority.updateManager.managerId", "0");
      Map<String, Supplier<Object>> roots = new LinkedHashMap<>();
      roots.put("client", () -> client);
      roots.put("builder", ExtraHopClient::builder);
      roots.put("pollOptions", PollOptions::defaults);
      BadInputWalker.Report report = walker.walk(roots);

      assertThat(report.findings())
          .as(
              "bad arguments accepted, refused without naming the parameter, or refused after sending")
          .isEmpty();
      assertThat(fake.journal().total()).isZero();
      assertThat(report.classes()).isGreaterThanOrEqualTo(40);
      System.out.println(
          "ExtraHop bad input: "
              + report.calls()
              + " calls with a bad argument, "
              + report.methods()
              + " methods of "
              + report.classes()
              + " classes, all refused by name before sending");
    }
  }

  /**
   * The client's own classes that hand out more API (not models, results, values or exceptions).
   */
  static boolean isResource(Class<?> type) {
    return type.getPackageName().equals("io.netobs.extrahop")
        && Modifier.isPublic(type.getModifiers())
        && !type.isRecord()
        && !type.isEnum()
        && !type.isInterface()
        && !Throwable.class.isAssignableFrom(type)
        && type != AssignmentResult.class
        // A handle on a job an operation started: reached only by starting one.
        && type != StartedJob.class
        && type != ExtraHopTime.class;
  }

  /** A valid argument for a parameter, by type (and a few by name); null lets the walker decide. */
  static Object sample(Parameter p, Path existingFile, Path dir) {
    Class<?> t = p.getType();
    String name = p.getName();
    if (t == Path.class) {
      return name.contains("target") ? dir.resolve("out-" + System.nanoTime()) : existingFile;
    }
    if (t == String.class) {
      return switch (name) {
        case "host" -> "eh.example.com";
        case "baseUrl" -> "https://eh.example.com/api/v1";
        case "certificateFingerprint", "sha256Fingerprint" -> "AB".repeat(32);
        case "certificateAndKeyPem" ->
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
        case "configJson" -> "{}";
        case "protocol" -> "HTTP";
        case "key" -> "~abc123";
        default -> null;
      };
    }
    if (t == int.class && name.toLowerCase().contains("port")) {
      return 443;
    }
    if (t == ExtraHopTime.class) {
      return ExtraHopTime.ago(Duration.ofMinutes(30));
    }
    if (t == PollOptions.class) {
      return PollOptions.defaults();
    }
    if (t == RecordCursorForm.class) {
      return RecordCursorForm.PATH;
    }
    if (t == PacketSearchForm.class) {
      return PacketSearchForm.QUERY;
    }
    if (t == PacketSearch.class) {
      return PacketSearch.builder().from(ExtraHopTime.ago(Duration.ofMinutes(30))).build();
    }
    if (t == EqlQuery.class) {
      return EqlQuery.builder().eql("riskScore > 50").build();
    }
    if (t == EqlResource.class) {
      return EqlResource.DETECTION_LOGS;
    }
    if (t == NetworkUserSearch.class) {
      return NetworkUserSearch.builder().build();
    }
    if (t == NetworkUserUpdate.class) {
      return NetworkUserUpdate.builder().customHighInfluence(NetworkUserFlag.YES).build();
    }
    if (t == NetworkUserTagUpdate.class) {
      return name.equals("change") && p.getDeclaringExecutable().getParameterCount() == 1
          ? NetworkUserTagUpdate.builder().usernames("alice").assign("1").build()
          : NetworkUserTagUpdate.builder().assign("1").build();
    }
    if (t == List.class && p.getParameterizedType().getTypeName().contains("ReportContent")) {
      return List.of(ReportContent.dashboard(1));
    }
    if (t == ActivityMapQuery.class) {
      return ActivityMapQuery.builder().build();
    }
    if (t == ActivityMapCreate.class) {
      return ActivityMapCreate.builder()
          .name("map")
          .walks(
              List.of(
                  ActivityMapWalk.builder()
                      .origins(ActivityMapSource.builder().objectType("all_devices").build())
                      .steps(
                          ActivityMapStep.builder()
                              .relationships(
                                  ActivityMapRelationship.builder().protocol("HTTP").build())
                              .build())
                      .build()))
          .build();
    }
    if (t == AlertCreate.class) {
      return AlertCreate.builder().name("alert").type(AlertType.THRESHOLD).applyAll(false).build();
    }
    if (t == ApplianceConnection.class) {
      return ApplianceConnection.builder()
          .host("eda-1")
          .remoteApplianceType("discover")
          .dataAccess(true)
          .build();
    }
    if (t == BundleApplyOptions.class) {
      return BundleApplyOptions.builder().policy(BundlePolicy.OVERWRITE).build();
    }
    if (t == CustomDeviceCriterionCreate.class) {
      return CustomDeviceCriterionCreate.builder().ipaddr("10.0.0.0/24").build();
    }
    if (t == DeviceQuery.class) {
      return DeviceQuery.builder().build();
    }
    if (t == DeviceSearch.class) {
      return DeviceSearch.builder().build();
    }
    if (t == EmailGroupCreate.class) {
      return EmailGroupCreate.builder()
          .groupName("group")
          .emailAddresses(List.of("ops@example.com"))
          .systemNotifications(false)
          .build();
    }
    if (t == ExclusionIntervalCreate.class) {
      return ExclusionIntervalCreate.builder()
          .name("window")
          .intervalType(ExclusionIntervalType.ONETIME)
          .start(1_000)
          .end(2_000)
          .alertApplyAll(false)
          .trendApplyAll(false)
          .build();
    }
    if (t == MetricQuery.class) {
      return MetricQuery.builder()
          .from(ExtraHopTime.ago(Duration.ofMinutes(30)))
          .category("http")
          .metric(MetricSpec.builder().name("rsp").build())
          .objectType(ObjectType.DEVICE)
          .objectIds(1)
          .build();
    }
    if (t == NetworkLocalityCreate.class) {
      return NetworkLocalityCreate.builder().network("10.0.0.0/8").external(false).build();
    }
    if (t == RecordQuery.class) {
      return RecordQuery.builder().from(ExtraHopTime.ago(Duration.ofMinutes(30))).build();
    }
    if (t == SharingUpdate.class) {
      return SharingUpdate.builder().anyone(SharingRole.VIEWER).build();
    }
    if (t == SslDecryptKeyCreate.class) {
      return SslDecryptKeyCreate.builder()
          .name("key")
          .certificate("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
          .privateKey("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n")
          .enabled(true)
          .build();
    }
    if (t == TriggerCreate.class) {
      return TriggerCreate.builder()
          .name("trigger")
          .script("debug('x');")
          .events(List.of("HTTP_REQUEST"))
          .applyAll(false)
          .debug(false)
          .disabled(false)
          .build();
    }
    if (t == UserCreate.class) {
      return UserCreate.builder().username("alice").name("Alice").password("pw-1234-abcd").build();
    }
    if (t == IdentityProviderCreate.class) {
      return IdentityProviderCreate.builder()
          .name("idp")
          .enabled(true)
          .autoProvisionUsers(false)
          .build();
    }
    if (t == IdentityProviderUpdate.class) {
      return IdentityProviderUpdate.builder()
          .name("idp")
          .enabled(true)
          .autoProvisionUsers(false)
          .build();
    }
    if (t == IdentityProviderPrivilegesUpdate.class) {
      return IdentityProviderPrivilegesUpdate.builder().writeLevel(Map.of()).build();
    }
    if (t == UserGroupCreate.class) {
      return UserGroupCreate.builder().name("group").build();
    }
    if (t == UserGroupMembership.class) {
      return UserGroupMembership.builder().addMember("admin").build();
    }
    if (t == OdsTargetCreate.class) {
      return OdsSyslogTargetCreate.builder()
          .name("siem")
          .host("siem.example.com")
          .port(514)
          .protocol("tcp")
          .build();
    }
    if (t == OdsTargetType.class) {
      return OdsTargetType.SYSLOG;
    }
    if (t == TriggerExternalData.class) {
      return TriggerExternalData.builder().type("cmdb").build();
    }
    if (t.getPackageName().equals("io.netobs.extrahop.model")) {
      return generic(t);
    }
    if (t == Consumer.class) {
      return (Consumer<Object>) o -> {};
    }
    if (t == DownloadProgress.class) {
      return (DownloadProgress) (n, total) -> {};
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

  /**
   * A create with {@code named(..)}, or an update with one field set (its name, else its first text
   * or flag field).
   */
  private static Object generic(Class<?> t) {
    try {
      try {
        return t.getMethod("named", String.class).invoke(null, "sample");
      } catch (NoSuchMethodException notNamed) {
        // an update
      }
      Object instance = t.getConstructor().newInstance();
      try {
        return t.getMethod("name", String.class).invoke(instance, "sample");
      } catch (NoSuchMethodException noName) {
        // another field
      }
      for (Method m : t.getMethods()) {
        if (m.getDeclaringClass() == t
            && m.getParameterCount() == 1
            && m.getReturnType() == t
            && !m.getName().startsWith("clear")) {
          Class<?> arg = m.getParameterTypes()[0];
          if (arg == String.class) {
            return m.invoke(instance, "sample");
          }
          if (arg == boolean.class) {
            return m.invoke(instance, true);
          }
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
