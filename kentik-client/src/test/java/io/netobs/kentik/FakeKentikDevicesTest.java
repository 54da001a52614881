package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.model.AppliedLabels;
import io.netobs.kentik.model.DeviceLabel;
import io.netobs.kentik.model.KentikDevice;
import io.netobs.kentik.model.KentikSite;
import io.netobs.kentik.model.LabelledDevice;
import io.netobs.kentik.request.DeviceLabelCreate;
import io.netobs.kentik.request.DeviceLabelUpdate;
import io.netobs.kentik.request.KentikDeviceCreate;
import io.netobs.kentik.request.KentikDeviceUpdate;
import io.netobs.kentik.request.KentikSiteCreate;
import io.netobs.kentik.request.KentikSiteUpdate;
import io.netobs.testing.FakeKentik;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Devices, device labels and sites against the stateful fake Kentik. */
class FakeKentikDevicesTest {
  private final FakeKentik fake = FakeKentik.builder().start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikDevicesTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  private KentikDeviceCreate.Builder router(String name) {
    return KentikDeviceCreate.builder()
        .deviceName(name)
        .deviceType("router")
        .deviceSubtype("router")
        .deviceSampleRate(100)
        .planId(11466)
        .sendingIps("192.0.2.10")
        .minimizeSnmp(false);
  }

  @Test
  void onboardingASiteALabelAndADevice() {
    KentikSite site =
        kentik
            .sites()
            .create(KentikSiteCreate.builder().siteName("paris-dc1").lat(48.86).lon(2.35).build());
    assertThat(site.id()).isPositive();
    assertThat(site.companyId()).isEqualTo("74333");
    DeviceLabel label =
        kentik
            .deviceLabels()
            .create(DeviceLabelCreate.builder().name("edge").color("#5340A5").build());
    assertThat(label.userId()).isNotBlank();

    KentikDevice device = kentik.devices().create(router("edge-1").siteId(site.id()).build());
    assertThat(device.id()).isPositive();
    assertThat(device.deviceSampleRate()).isEqualTo(100);
    assertThat(device.site().siteName()).isEqualTo("paris-dc1");
    assertThat(device.plan().id()).isEqualTo(11466);
    assertThat(fake.devices().get(0).get("id").isTextual()).isTrue();

    AppliedLabels applied = kentik.devices().setLabels(device.id(), label.id());
    assertThat(applied.labels()).extracting(DeviceLabel::name).containsExactly("edge");
    assertThat(kentik.devices().get(device.id()).labels())
        .extracting(DeviceLabel::id)
        .containsExactly(label.id());
    assertThat(kentik.deviceLabels().get(label.id()).devices())
        .extracting(LabelledDevice::deviceName)
        .containsExactly("edge-1");
    assertThat(kentik.devices().list()).extracting(KentikDevice::deviceName).contains("edge-1");
  }

  @Test
  void updatesChangeWhatTheNextReadAnswers() {
    KentikDevice device = kentik.devices().create(router("edge-2").build());
    KentikDevice updated =
        kentik
            .devices()
            .update(
                device.id(),
                KentikDeviceUpdate.builder()
                    .deviceSampleRate(10)
                    .deviceDescription("now sampled 1:10")
                    .bgpPassword("secret-pass")
                    .build());
    assertThat(updated.deviceSampleRate()).isEqualTo(10);
    assertThat(kentik.devices().get(device.id()).deviceDescription()).isEqualTo("now sampled 1:10");
    assertThat(updated.unknownFields().get("device_bgp_password").toString())
        .doesNotContain("secret")
        .endsWith("ass");

    KentikSite site = kentik.sites().create(KentikSiteCreate.builder().siteName("lyon").build());
    KentikSite moved =
        kentik.sites().update(site.id(), KentikSiteUpdate.builder().siteName("lyon-2").build());
    assertThat(moved.id()).isEqualTo(site.id());
    assertThat(fake.sites().get(0).get("id").isNumber()).isTrue();
    assertThat(kentik.sites().get(site.id()).siteName()).isEqualTo("lyon-2");
    assertThat(kentik.sites().list()).extracting(KentikSite::siteName).containsExactly("lyon-2");

    DeviceLabel label =
        kentik
            .deviceLabels()
            .create(DeviceLabelCreate.builder().name("core").color("#000000").build());
    kentik.deviceLabels().update(label.id(), DeviceLabelUpdate.builder().color("#FFFFFF").build());
    assertThat(kentik.deviceLabels().list())
        .extracting(DeviceLabel::color)
        .containsExactly("#FFFFFF");
  }

  @Test
  void deletingADeviceTakesTwoDeletes() {
    KentikDevice device = kentik.devices().create(router("edge-3").build());

    kentik.devices().archive(device.id());
    assertThat(fake.isDeviceTrashed(device.id())).isTrue();
    assertThat(kentik.devices().list()).isEmpty();
    assertThatThrownBy(() -> kentik.devices().get(device.id()))
        .isInstanceOf(NotFoundException.class);
    // The name stays taken while the device is in the trash.
    assertThatThrownBy(() -> kentik.devices().create(router("edge-3").build()))
        .isInstanceOf(BadRequestException.class);

    kentik.devices().delete(device.id());
    assertThat(fake.isDeviceTrashed(device.id())).isFalse();
    assertThatThrownBy(() -> kentik.devices().delete(device.id()))
        .isInstanceOf(NotFoundException.class);

    KentikDevice other = kentik.devices().create(router("edge-3").build());
    kentik.devices().delete(other.id());
    assertThatThrownBy(() -> kentik.devices().archive(other.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletingLabelsAndSitesLeavesTheirDevices() {
    KentikSite site = kentik.sites().create(KentikSiteCreate.builder().siteName("x").build());
    DeviceLabel label =
        kentik
            .deviceLabels()
            .create(DeviceLabelCreate.builder().name("gone").color("#123456").build());
    KentikDevice device = kentik.devices().create(router("edge-4").siteId(site.id()).build());
    kentik.devices().setLabels(device.id(), label.id());

    kentik.deviceLabels().delete(label.id());
    kentik.sites().delete(site.id());

    KentikDevice after = kentik.devices().get(device.id());
    assertThat(after.labels()).isEmpty();
    assertThat(after.site()).isNull();
    assertThat(fake.deviceLabels()).isEmpty();
    assertThatThrownBy(() -> kentik.sites().get(site.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theFakeRefusesWhatKentikRefuses() {
    assertThatThrownBy(() -> kentik.devices().setLabels(99, 1))
        .isInstanceOf(NotFoundException.class);
    KentikDevice device = kentik.devices().create(router("edge-5").build());
    assertThatThrownBy(() -> kentik.devices().setLabels(device.id(), 4242))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("4242");
    assertThatThrownBy(() -> kentik.devices().create(router("edge-6").siteId(4242).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Site 4242");
    assertThatThrownBy(
            () ->
                kentik
                    .devices()
                    .update(
                        device.id(),
                        KentikDeviceUpdate.builder()
                            .bgpType(io.netobs.kentik.model.DeviceBgpType.OTHER_DEVICE)
                            .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("use_bgp_device_id");
  }
}
