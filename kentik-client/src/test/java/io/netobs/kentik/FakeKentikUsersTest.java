package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.model.DeviceInterface;
import io.netobs.kentik.model.KentikUser;
import io.netobs.kentik.model.Plan;
import io.netobs.kentik.model.PlanDevice;
import io.netobs.kentik.model.SecondaryIp;
import io.netobs.kentik.model.Tenant;
import io.netobs.kentik.model.TenantUser;
import io.netobs.kentik.request.DeviceInterfaceCreate;
import io.netobs.kentik.request.DeviceInterfaceUpdate;
import io.netobs.kentik.request.KentikUserCreate;
import io.netobs.kentik.request.KentikUserUpdate;
import io.netobs.testing.FakeKentik;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Device interfaces, plans, users and tenants against the stateful fake Kentik. */
class FakeKentikUsersTest {
  private final FakeKentik fake = FakeKentik.start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikUsersTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  @Test
  void interfacesFromCreateToDeleteReadTheDriftEitherWay() {
    DeviceInterfaces interfaces = kentik.deviceInterfaces(1001);
    assertThat(interfaces.list()).isEmpty();

    DeviceInterface created =
        interfaces.create(
            DeviceInterfaceCreate.builder()
                .snmpId("2")
                .snmpSpeed(10_000)
                .interfaceDescription("uplink")
                .interfaceIp("192.0.2.1")
                .interfaceIpNetmask("255.255.255.0")
                .secondaryIp("198.51.100.1", "255.255.255.0")
                .build());
    // The create answer has numbers and "vrf": {}.
    assertThat(created.id()).isPositive();
    assertThat(created.deviceId()).isEqualTo(1001);
    assertThat(created.snmpSpeed()).isEqualTo(10_000L);
    assertThat(created.vrf()).isNull();
    assertThat(created.vrfId()).isNull();
    assertThat(created.initialSnmpId()).isEmpty();
    assertThat(created.secondaryIps())
        .containsExactly(new SecondaryIp("198.51.100.1", "255.255.255.0", Map.of()));

    // The read answers strings and "vrf": null; both decode to the same values.
    assertThat(fake.deviceInterfaces(1001).get(0).get("snmp_speed").isTextual()).isTrue();
    assertThat(fake.deviceInterfaces(1001).get(0).get("vrf").isNull()).isTrue();
    DeviceInterface read = interfaces.get(created.id());
    assertThat(read.snmpSpeed()).isEqualTo(10_000L);
    assertThat(read.vrf()).isNull();
    assertThat(read.interfaceDescription()).isEqualTo("uplink");

    DeviceInterface withVrf =
        interfaces.update(
            created.id(),
            DeviceInterfaceUpdate.builder()
                .vrf("blue", "65000:1", "65000:100", "tenant blue")
                .snmpSpeed(40_000)
                .clearSecondaryIps()
                .build());
    assertThat(withVrf.vrfId()).isPositive();
    assertThat(withVrf.vrf()).as("a write answers vrf as {}").isNull();
    assertThat(withVrf.secondaryIps()).isEmpty();
    DeviceInterface reread = interfaces.list().get(0);
    assertThat(reread.snmpSpeed()).isEqualTo(40_000L);
    assertThat(reread.vrfId()).isEqualTo(withVrf.vrfId());
    assertThat(reread.vrf().name()).isEqualTo("blue");
    assertThat(reread.vrf().routeTarget()).isEqualTo("65000:1");

    DeviceInterface second =
        interfaces.create(
            DeviceInterfaceCreate.builder().snmpId("3").vrfId(withVrf.vrfId()).build());
    assertThat(second.vrfId()).isEqualTo(withVrf.vrfId());
    assertThat(interfaces.get(second.id()).vrf().name()).isEqualTo("blue");

    interfaces.delete(created.id());
    assertThat(interfaces.list()).extracting(DeviceInterface::id).containsExactly(second.id());
    assertThatThrownBy(() -> interfaces.get(created.id())).isInstanceOf(NotFoundException.class);
    assertThat(kentik.deviceInterfaces(1002).list()).as("another device's interfaces").isEmpty();
  }

  @Test
  void interfaceRefusalsReachTheCallerAsTypedErrors() {
    DeviceInterfaces interfaces = kentik.deviceInterfaces(7);
    interfaces.create(DeviceInterfaceCreate.builder().snmpId("1").build());
    assertThatThrownBy(() -> interfaces.create(DeviceInterfaceCreate.builder().snmpId("1").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("snmp_id 1 already exists");
    assertThatThrownBy(
            () -> interfaces.create(DeviceInterfaceCreate.builder().snmpId("9").vrfId(999).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("vrf_id 999");
    assertThatThrownBy(
            () -> interfaces.update(123, DeviceInterfaceUpdate.builder().snmpAlias("x").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void plansAreSeededWithStringDeviceIdsAndAnOptionalEdate() {
    var plans = kentik.plans().list();
    assertThat(plans).extracting(Plan::id).containsExactly(11466L, 11467L);
    Plan core = plans.get(0);
    assertThat(core.name()).isEqualTo("Core routers");
    assertThat(core.companyId()).isEqualTo("74333");
    assertThat(core.bgpEnabled()).isTrue();
    assertThat(core.maxDevices()).isEqualTo(10);
    assertThat(core.deviceTypes()).extracting(t -> t.deviceType()).containsExactly("router");
    assertThat(core.devices())
        .extracting(PlanDevice::id, PlanDevice::deviceName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1001L, "akl-core-01"),
            org.assertj.core.groups.Tuple.tuple(1002L, "wlg-core-02"),
            org.assertj.core.groups.Tuple.tuple(1003L, "chc-edge-03"));
    assertThat(core.cdate()).isNotNull();
    assertThat(core.edate()).isNotNull();
    assertThat(plans.get(1).edate()).isNull();
    assertThat(plans.get(1).devices()).isEmpty();
  }

  @Test
  void usersFromCreateToDelete() {
    assertThat(kentik.users().list())
        .extracting(KentikUser::userEmail)
        .containsExactly(fake.email());

    KentikUser ana =
        kentik
            .users()
            .create(
                KentikUserCreate.builder()
                    .userEmail("ana@example.com")
                    .userName("ana")
                    .userFullName("Ana Noc")
                    .role("Member")
                    .emailService(true)
                    .emailProduct(false)
                    .build());
    assertThat(ana.id()).isPositive();
    assertThat(ana.username()).isEqualTo("ana");
    assertThat(ana.companyId()).isEqualTo("74333");
    assertThat(ana.emailService()).isTrue();
    assertThat(ana.emailProduct()).isFalse();
    assertThat(ana.lastLogin()).isNull();
    assertThat(ana.createdDate()).isNotNull();

    KentikUser promoted =
        kentik.users().update(ana.id(), KentikUserUpdate.builder().role("Administrator").build());
    assertThat(promoted.role()).isEqualTo("Administrator");
    assertThat(promoted.userFullName()).isEqualTo("Ana Noc");
    assertThat(kentik.users().get(ana.id()).role()).isEqualTo("Administrator");
    assertThat(fake.users()).hasSize(2);

    assertThatThrownBy(
            () ->
                kentik
                    .users()
                    .create(KentikUserCreate.builder().userEmail("ana@example.com").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("already exists");

    kentik.users().delete(ana.id());
    assertThat(fake.users()).hasSize(1);
    assertThatThrownBy(() -> kentik.users().get(ana.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void tenantsAreSeededAndTakeUsersByEmail() {
    assertThat(kentik.tenants().list()).extracting(Tenant::id).containsExactly(577L, 578L);
    Tenant acme = kentik.tenants().get(577);
    assertThat(acme.name()).isEqualTo("Acme retail");
    assertThat(acme.users()).extracting(TenantUser::userEmail).containsExactly("noc@acme.example");
    assertThat(acme.users().get(0).tenantId()).isEqualTo(577);

    TenantUser added = kentik.tenants().addUser(578, "ops@globex.example");
    assertThat(added.id()).isPositive();
    assertThat(added.tenantId()).isEqualTo(578);
    assertThat(added.companyId()).isEqualTo("74333");
    assertThat(added.userEmail()).isEqualTo("ops@globex.example");
    assertThat(kentik.tenants().get(578).users())
        .extracting(TenantUser::id)
        .containsExactly(added.id());
    assertThatThrownBy(() -> kentik.tenants().addUser(578, "ops@globex.example"))
        .isInstanceOf(BadRequestException.class);

    kentik.tenants().removeUser(578, added.id());
    assertThat(kentik.tenants().get(578).users()).isEmpty();
    assertThatThrownBy(() -> kentik.tenants().removeUser(578, added.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> kentik.tenants().get(999)).isInstanceOf(NotFoundException.class);
  }
}
