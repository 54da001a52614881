package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.kentik.model.KentikUser;
import io.netobs.kentik.model.Plan;
import io.netobs.kentik.model.Tenant;
import io.netobs.kentik.model.TenantUser;
import io.netobs.kentik.request.KentikUserCreate;
import io.netobs.kentik.request.KentikUserUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The User, Plan and My Kentik Portal APIs on the wire, decoded from the live shapes. */
class UsersPlansTenantsTest {
  static final String USER =
      q(
          "{'id': '144319', 'username': 'ana', 'user_full_name': 'Ana Noc', 'user_email': 'ana@example.com',"
              + " 'role': 'Member', 'email_service': true, 'email_product': 'false', 'last_login': null,"
              + " 'created_date': '2020-12-09T14:48:42.187Z', 'updated_date': '2020-12-09T14:48:43.243Z',"
              + " 'company_id': '74333', 'user_api_token': 'tok-9f2a71c4e0secret', 'filters': {},"
              + " 'saved_filters': []}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void usersAreWrappedBothWaysWithStringIds() {
    kentik.answer(200, q("{'users': [") + USER + "]}");
    kentik.answer(200, q("{'user': ") + USER + "}");

    List<KentikUser> users = kentik.client.users().list();
    KentikUser ana = kentik.client.users().get(144319);

    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/users");
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/user/144319");
    assertThat(users).containsExactly(ana);
    assertThat(ana.id()).isEqualTo(144319);
    assertThat(ana.companyId()).isEqualTo("74333");
    assertThat(ana.emailService()).isTrue();
    assertThat(ana.emailProduct()).as("a boolean sent as text").isFalse();
    assertThat(ana.lastLogin()).isNull();
    assertThat(ana.createdDate()).isEqualTo(Instant.parse("2020-12-09T14:48:42.187Z"));
    assertThat(ana.unknownFields()).containsKeys("filters", "saved_filters");
    assertThat(ana.apiToken()).isEqualTo("tok-9f2a71c4e0secret");
    assertThat(ana.toString()).doesNotContain("tok-9f2a71c4e0secret").contains("ana@example.com");
  }

  @Test
  void createAndUpdateSendTheUserWrapped() {
    kentik.answer(200, q("{'user': ") + USER + "}");
    kentik.answer(200, q("{'user': ") + USER + "}");

    KentikUser created =
        kentik
            .client
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
    kentik.client.users().update(144319, KentikUserUpdate.builder().role("Administrator").build());

    RecordedRequest create = kentik.take();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getUrl().encodedPath()).isEqualTo("/api/v5/user");
    assertThat(body(create))
        .isEqualTo(
            q(
                "{'user':{'user_email':'ana@example.com','user_name':'ana','user_full_name':'Ana Noc',"
                    + "'role':'Member','email_service':true,'email_product':false}}"));
    RecordedRequest update = kentik.take();
    assertThat(update.getMethod()).isEqualTo("PUT");
    assertThat(update.getUrl().encodedPath()).isEqualTo("/api/v5/user/144319");
    assertThat(body(update)).isEqualTo(q("{'user':{'role':'Administrator'}}"));
    assertThat(created.username()).isEqualTo("ana");
  }

  @Test
  void deleteUserAndRefusalsBeforeSending() {
    kentik.answer(204);
    kentik.client.users().delete(144319);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/user/144319");

    assertThatThrownBy(() -> KentikUserCreate.builder().role("Member").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user_email is required");
    assertThatThrownBy(() -> KentikUserUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kentik.client.tenants().addUser(577, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userEmail");
    assertThat(kentik.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void plansAreWrappedWithStringDeviceIdsAndAnOptionalEdate() {
    kentik.answer(
        200,
        q(
            "{'plans': [{'id': 11466, 'company_id': 74333, 'name': 'Core', 'description': 'core plan',"
                + " 'active': true, 'max_devices': 10, 'max_fps': 20000, 'bgp_enabled': true,"
                + " 'fast_retention': 30, 'full_retention': 30, 'cdate': '2020-09-18T13:02:31.403Z',"
                + " 'edate': null, 'max_bigdata_fps': 200000,"
                + " 'deviceTypes': [{'device_type': 'router'}],"
                + " 'devices': [{'id': '1001', 'device_name': 'akl-core-01', 'device_type': 'router'}],"
                + " 'metadata': {'tier': 'gold'}}]}"));

    List<Plan> plans = kentik.client.plans().list();

    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/plans");
    Plan plan = plans.get(0);
    assertThat(plan.id()).isEqualTo(11466);
    assertThat(plan.companyId()).isEqualTo("74333");
    assertThat(plan.maxBigdataFps()).isEqualTo(200_000);
    assertThat(plan.edate()).isNull();
    assertThat(plan.cdate()).isEqualTo(Instant.parse("2020-09-18T13:02:31.403Z"));
    assertThat(plan.deviceTypes().get(0).deviceType()).isEqualTo("router");
    assertThat(plan.devices().get(0).id()).isEqualTo(1001);
    assertThat(plan.devices().get(0).deviceName()).isEqualTo("akl-core-01");
    assertThat(plan.unknownFields()).containsKey("metadata");
  }

  @Test
  void tenantsAreBareAndAddingAUserSendsItsEmailWrapped() {
    String tenant =
        q(
            "{'id': 577, 'name': 'Acme', 'description': 'retail', 'created_date': '2020-12-21T10:55:52.449Z',"
                + " 'updated_date': '2020-12-21T10:55:52.449Z', 'users': [{'id': '148099',"
                + " 'user_email': 'noc@acme.example', 'last_login': null, 'tenant_id': '577',"
                + " 'company_id': '74333'}]}");
    kentik.answer(200, "[" + tenant + "]");
    kentik.answer(200, tenant);
    kentik.answer(
        200,
        q(
            "{'id': '148100', 'company_id': '74333', 'user_email': 'ops@acme.example', 'tenant_id': '577',"
                + " 'last_login': null, 'user_name': null, 'user_full_name': null}"));
    kentik.answer(204);

    List<Tenant> tenants = kentik.client.tenants().list();
    Tenant acme = kentik.client.tenants().get(577);
    TenantUser added = kentik.client.tenants().addUser(577, "ops@acme.example");
    kentik.client.tenants().removeUser(577, 148100);

    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/mykentik/tenants");
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/mykentik/tenant/577");
    RecordedRequest add = kentik.take();
    assertThat(add.getMethod()).isEqualTo("POST");
    assertThat(add.getUrl().encodedPath()).isEqualTo("/api/v5/mykentik/tenant/577/user");
    assertThat(body(add)).isEqualTo(q("{'user':{'user_email':'ops@acme.example'}}"));
    RecordedRequest remove = kentik.take();
    assertThat(remove.getMethod()).isEqualTo("DELETE");
    assertThat(remove.getUrl().encodedPath()).isEqualTo("/api/v5/mykentik/tenant/577/user/148100");

    assertThat(tenants).containsExactly(acme);
    assertThat(acme.users().get(0).id()).isEqualTo(148099);
    assertThat(acme.users().get(0).tenantId()).isEqualTo(577);
    assertThat(added.id()).isEqualTo(148100);
    assertThat(added.userName()).isNull();
    assertThat(added.companyId()).isEqualTo("74333");
  }
}
