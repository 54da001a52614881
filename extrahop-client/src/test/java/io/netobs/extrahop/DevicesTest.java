package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.DeviceQuery;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.http.Page;
import io.netobs.http.PagedIterable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DevicesTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  private static String devices(long... ids) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\": ")
          .append(ids[i])
          .append(", \"ipaddr4\": \"10.20.0.")
          .append(ids[i])
          .append("\"}");
    }
    return json.append(']').toString();
  }

  @Test
  void listingIsLazyAndPagesByLimitAndOffset() {
    PagedIterable<Device> all =
        wire.client
            .devices()
            .list(
                DeviceQuery.builder()
                    .searchType(DeviceSearchType.IP_ADDRESS)
                    .value("10.20.0.[0-9]+")
                    .activeFrom(ExtraHopTime.ago(30, ExtraHopTime.Unit.MINUTES))
                    .activeUntil(ExtraHopTime.at(Instant.ofEpochMilli(1700000000000L)))
                    .pageSize(2)
                    .build());
    assertThat(wire.requestCount()).as("nothing is sent before iteration").isZero();

    wire.json(devices(1, 2)).json(devices(3, 4)).json(devices(5));
    Iterator<Device> it = all.iterator();
    assertThat(it.next().id()).isEqualTo(1);
    assertThat(wire.requestCount()).as("one page fetched").isEqualTo(1);
    List<Long> ids = new ArrayList<>(List.of(1L));
    it.forEachRemaining(d -> ids.add(d.id()));
    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    String query =
        "search_type=ip%20address&value=10.20.0.%5B0-9%5D%2B&active_from=-30m&active_until=1700000000000&limit=2";
    wire.expect("GET", "/api/v1/devices?" + query + "&offset=0");
    wire.expect("GET", "/api/v1/devices?" + query + "&offset=2");
    wire.expect("GET", "/api/v1/devices?" + query + "&offset=4");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void anExactlyFullLastPageCostsOneEmptyRequest() {
    wire.json(devices(1, 2)).json("[]");
    assertThat(
            wire
                .client
                .devices()
                .list(DeviceQuery.builder().pageSize(2).offset(10).build())
                .stream()
                .map(Device::id)
                .toList())
        .containsExactly(1L, 2L);
    wire.expect("GET", "/api/v1/devices?limit=2&offset=10");
    wire.expect("GET", "/api/v1/devices?limit=2&offset=12");
  }

  @Test
  void singlePagesAreAvailable() {
    wire.json(devices(1, 2));
    Page<Device> first =
        wire.client.devices().list(DeviceQuery.builder().pageSize(2).build()).firstPage();
    assertThat(first.items()).hasSize(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void searchPostsATypedFilterAndPages() {
    DeviceFilter filter =
        DeviceFilter.builder()
            .and(
                DeviceFilter.builder()
                    .field("ipaddr")
                    .operator(FilterOperator.EQUALS)
                    .operand("10.20.0.0/16")
                    .build(),
                DeviceFilter.builder()
                    .or(
                        DeviceFilter.builder()
                            .field("vendor")
                            .operator(FilterOperator.EQUALS)
                            .operand("Cisco")
                            .build(),
                        DeviceFilter.builder()
                            .field("dns_name")
                            .operator(FilterOperator.EXISTS)
                            .build())
                    .build())
            .build();
    wire.json(devices(1, 2)).json(devices(3));
    List<Device> found =
        wire
            .client
            .devices()
            .search(
                DeviceSearch.builder()
                    .filter(filter)
                    .activeFrom(ExtraHopTime.ago(1, ExtraHopTime.Unit.HOURS))
                    .pageSize(2)
                    .build())
            .stream()
            .toList();
    assertThat(found).extracting(Device::id).containsExactly(1L, 2L, 3L);
    String filterJson =
        "{\"operator\": \"and\", \"rules\": [{\"field\": \"ipaddr\", \"operator\": \"=\", \"operand\": \"10.20.0.0/16\"},"
            + " {\"operator\": \"or\", \"rules\": [{\"field\": \"vendor\", \"operator\": \"=\", \"operand\": \"Cisco\"}, {\"field\": \"dns_name\", \"operator\": \"exists\"}]}]}";
    wire.expect(
        "POST",
        "/api/v1/devices/search",
        "{\"filter\": " + filterJson + ", \"active_from\": \"-1h\", \"limit\": 2, \"offset\": 0}");
    wire.expect(
        "POST",
        "/api/v1/devices/search",
        "{\"filter\": " + filterJson + ", \"active_from\": \"-1h\", \"limit\": 2, \"offset\": 2}");
  }

  @Test
  void searchIsRetriedLikeARead() {
    wire.answer(502, "bad gateway").json(devices(1));
    assertThat(
            wire
                .client
                .devices()
                .search(DeviceSearch.builder().resultFields("ipaddr4").build())
                .stream()
                .count())
        .isEqualTo(1);
    wire.take();
    wire.expect(
        "POST",
        "/api/v1/devices/search",
        "{\"result_fields\": [\"ipaddr4\"], \"limit\": 100, \"offset\": 0}");
  }

  @Test
  void filterRulesAreChecked() {
    Assertions.assertThatThrownBy(() -> DeviceFilter.builder().and().build())
        .hasMessage("and needs at least one rule");
    Assertions.assertThatThrownBy(
            () ->
                DeviceFilter.builder()
                    .field("ipaddr")
                    .operator(FilterOperator.EXISTS)
                    .operand("x")
                    .build())
        .hasMessageContaining("takes no operand");
    Assertions.assertThatThrownBy(
            () ->
                DeviceFilter.builder()
                    .field("ipaddr")
                    .operator(FilterOperator.EQUALS)
                    .operand(new Object())
                    .build())
        .hasMessageContaining("operand must be a string, number, boolean or map");
    Assertions.assertThatThrownBy(() -> DeviceQuery.builder().pageSize(0).build())
        .hasMessage("pageSize must be >= 1, was 0");
    assertThat(FilterOperator.of("STARTSWITH")).isSameAs(FilterOperator.STARTS_WITH);
    assertThat(FilterOperator.of("in").isKnown()).isFalse();
  }

  @Test
  void deviceGroupMembersActiveInAWindowArePaged() {
    wire.json(devices(1));
    assertThat(
            wire
                .client
                .deviceGroups()
                .activeDevices(151, ExtraHopTime.ago(1, ExtraHopTime.Unit.DAYS), null, 50)
                .stream()
                .count())
        .isEqualTo(1);
    wire.expect("GET", "/api/v1/devicegroups/151/devices?active_from=-1d&limit=50&offset=0");
  }
}
