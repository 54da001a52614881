package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.TagCreate;
import io.netobs.http.CoreOptionsBuilder;
import io.netobs.http.NotFoundException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Journal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two everyday tasks written with this client against the project's {@link FakeExtraHop}: find or
 * create a tag by name, page through the devices of a subnet, assign them in batches and verify;
 * and create, get, delete, get again (404).
 */
class GuideExamplesTest {
  private FakeExtraHop fake;
  private ExtraHopClient client;

  @BeforeEach
  void start() {
    fake = FakeExtraHop.builder().devices(600).start();
    client = ExtraHopClient.builder().baseUrl(fake.apiUrl()).apiKey(fake.apiKey()).build();
  }

  @AfterEach
  void close() {
    client.close();
    SuiteCoverage.record(GuideExamplesTest.class, fake.journal());
    fake.close();
  }

  private List<String> requests() {
    return fake.journal().entries().stream()
        .map(
            e ->
                e.method()
                    + " "
                    + e.path()
                    + (e.path().endsWith("/devices")
                            && e.method().equals("GET")
                            && e.query().containsKey("offset")
                        ? "?offset=" + e.query().get("offset").get(0)
                        : ""))
        .toList();
  }

  @Test
  void example2CreateAndAssignADeviceTag() {
    String subnet = "10.20.0.[0-9]+";
    int batchLimit = 40;

    // First, search for the specified tag by name; create it when it is not found.
    long tagId = client.tags().findOrCreate("MyTestTag");

    // Page through the devices of the subnet, building up the list of devices to assign.
    List<Long> deviceIds = new ArrayList<>();
    for (Device device :
        client
            .devices()
            .list(
                DeviceQuery.builder()
                    .searchType(DeviceSearchType.IP_ADDRESS)
                    .value(subnet)
                    .pageSize(batchLimit)
                    .build())) {
      deviceIds.add(device.id());
    }

    // Perform the assignments, in batches.
    AssignmentResult result =
        client.tags().devices(tagId).withBatchSize(batchLimit).assign(deviceIds).requireSuccess();

    // Check that the assignments were successful.
    Set<Long> assigned = new HashSet<>();
    for (Device device : client.tags().devices(tagId).list()) {
      assigned.add(device.id());
    }

    long expected =
        fake.api().store("devices").stream()
            .filter(d -> d.path("ipaddr4").asText().matches(subnet))
            .count();
    assertThat(expected)
        .as("the seed puts more than two pages of devices in the subnet")
        .isGreaterThan(2L * batchLimit);
    assertThat(deviceIds).hasSize((int) expected).doesNotHaveDuplicates();
    assertThat(assigned).containsAll(deviceIds);
    assertThat(fake.api().assignments("tags", tagId, "devices")).containsAll(deviceIds);
    int pages = (int) (expected / batchLimit) + 1;
    assertThat(result.calls()).isEqualTo((int) Math.ceil(expected / (double) batchLimit));

    List<String> requests = requests();
    assertThat(requests.subList(0, 2)).containsExactly("GET /api/v1/tags", "POST /api/v1/tags");
    // Pages are fetched ahead (two in flight by default): the walk may ask one page past the end,
    // and two pages in flight may reach the appliance in either order.
    assertThat(requests.stream().filter(r -> r.startsWith("GET /api/v1/devices")).toList())
        .hasSizeBetween(pages, pages + CoreOptionsBuilder.DEFAULT_PAGES_IN_FLIGHT - 1)
        .doesNotHaveDuplicates()
        .contains("GET /api/v1/devices?offset=0", "GET /api/v1/devices?offset=" + batchLimit);
    assertThat(requests.stream().filter(r -> r.equals("POST /api/v1/tags/" + tagId + "/devices")))
        .hasSize(result.calls());
    assertThat(requests.get(requests.size() - 1))
        .isEqualTo("GET /api/v1/tags/" + tagId + "/devices");

    // Running it again finds the tag instead of creating another.
    assertThat(client.tags().findOrCreate("MyTestTag")).isEqualTo(tagId);
    assertThat(client.tags().findByName("MyTestTag")).extracting(Tag::id).containsExactly(tagId);
  }

  @Test
  void example4CreateRetrieveAndDeleteAnObject() {
    long id = client.tags().create(TagCreate.builder().name("my_test_tag").build());

    Tag tag = client.tags().get(id);
    assertThat(tag.id()).isEqualTo(id);
    assertThat(tag.name()).isEqualTo("my_test_tag");
    assertThat(tag.modTime()).isNotNull();

    client.tags().delete(id);

    assertThatThrownBy(() -> client.tags().get(id))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).status()).isEqualTo(404))
        .hasMessageContaining("GET /api/v1/tags/" + id + ": 404");
    assertThat(fake.journal().entries())
        .extracting(e -> e.method() + " " + e.path() + " " + e.status())
        .containsExactly(
            "POST /api/v1/tags 201",
            "GET /api/v1/tags/" + id + " 200",
            "DELETE /api/v1/tags/" + id + " 204",
            "GET /api/v1/tags/" + id + " 404");
    assertThat(fake.journal().entries())
        .extracting(Journal.Entry::operationKey)
        .containsExactly("POST /tags", "GET /tags/{id}", "DELETE /tags/{id}", "GET /tags/{id}");
  }
}
