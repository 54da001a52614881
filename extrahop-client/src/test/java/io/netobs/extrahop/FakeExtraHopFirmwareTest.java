package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.NetworkLocalityEntry;
import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.request.DeviceSearch;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.ExtraHopFirmwarePose;
import io.netobs.testing.FakeExtraHop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client against a fake posing as older on-premises firmware, today's firmware and RevealX 360:
 * the firmware is learnt once, the forms follow it, and what the firmware lacks fails typed.
 */
class FakeExtraHopFirmwareTest {
  private final List<FakeExtraHop> fakes = new ArrayList<>();
  private final List<ExtraHopClient> clients = new ArrayList<>();

  private FakeExtraHop fake(ExtraHopFirmwarePose pose) {
    FakeExtraHop fake = FakeExtraHop.builder().firmware(pose).records(120).start();
    fakes.add(fake);
    return fake;
  }

  private ExtraHopClient client(FakeExtraHop fake) {
    return client(ExtraHopClient.builder().baseUrl(fake.apiUrl()).apiKey(fake.apiKey()));
  }

  private ExtraHopClient client(ExtraHopClient.Builder builder) {
    ExtraHopClient client = builder.build();
    clients.add(client);
    return client;
  }

  @AfterEach
  void stop() {
    clients.forEach(ExtraHopClient::close);
    for (FakeExtraHop fake : fakes) {
      SuiteCoverage.record(FakeExtraHopFirmwareTest.class, fake.journal());
      fake.close();
    }
  }

  private static long extrahopGets(FakeExtraHop fake) {
    return fake.journal().count("GET", "/api/v1/extrahop");
  }

  private static RecordQuery records(int limit) {
    return RecordQuery.builder()
        .from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS))
        .limit(limit)
        .build();
  }

  @Test
  void theFirmwareIsAskedForOnceOnlyWhenACallNeedsIt() throws Exception {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.CURRENT_APPLIANCE);
    ExtraHopClient client = client(fake);

    client.tags().list();
    client.devices().get(1);
    assertThat(extrahopGets(fake)).as("calls that do not depend on the firmware").isZero();

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<FirmwareVersion>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.firmwareVersion();
                }));
      }
      start.countDown();
      for (Future<FirmwareVersion> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS))
            .isEqualTo(FirmwareVersion.appliance("26.3.0.1540"));
      }
    } finally {
      pool.shutdownNow();
    }
    client.watchlist().list();
    client
        .withOptions(o -> o.readTimeout(java.time.Duration.ofSeconds(20)))
        .networkLocalities()
        .list();
    assertThat(extrahopGets(fake)).as("asked once, for the client and its variants").isEqualTo(1);
    assertThat(client.firmwareVersion().revealX360()).isFalse();
    assertThat(client.firmwareVersion().major()).isEqualTo(26);
  }

  @Test
  void todaysFirmwareGetsTheWatchlistTheNetworkLocalitiesAndThePostCursor() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.CURRENT_APPLIANCE);
    ExtraHopClient client = client(fake);

    // The watchlist, stateful: what is added shows in the next list.
    Watchlist watchlist = client.watchlist();
    assertThat(watchlist.path()).isEqualTo("/watchlist");
    assertThat(watchlist.list()).extracting(Device::id).containsExactly(1L);
    watchlist.add(2);
    assertThat(watchlist.update(List.of(3L, 4L), List.of(1L)).requireSuccess().calls())
        .isEqualTo(1);
    watchlist.remove(2);
    assertThat(watchlist.list()).extracting(Device::id).containsExactly(3L, 4L);
    assertThat(fake.journal().count("POST", "/api/v1/watchlist/devices")).isEqualTo(1);
    assertThat(fake.journal().count("GET", "/api/v1/whitelist/devices")).isZero();

    // Network localities with a networks array.
    NetworkLocalities localities = client.networkLocalities();
    long id =
        localities.create(
            NetworkLocalityCreate.builder()
                .networks("198.51.100.0/24", "203.0.113.7")
                .external(true)
                .build());
    NetworkLocalityEntry made = localities.get(id);
    assertThat(made.networks()).containsExactly("198.51.100.0/24", "203.0.113.7");
    assertThat(made.name()).isEqualTo("locality_" + id);
    assertThat(made.external()).isTrue();
    localities.update(
        id, NetworkLocalityUpdate.builder().networks("198.51.100.0/25").name("partner").build());
    assertThat(localities.get(id).networks()).containsExactly("198.51.100.0/25");
    assertThat(localities.get(id).name()).isEqualTo("partner");
    // An entry of the older form reads with a one-element networks array.
    assertThat(localities.list())
        .filteredOn(e -> "10.0.0.0/8".equals(e.network()))
        .singleElement()
        .satisfies(e -> assertThat(e.networks()).containsExactly("10.0.0.0/8"));
    assertThatThrownBy(
            () ->
                localities.update(
                    id, NetworkLocalityUpdate.builder().field("external", null).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("external");
    localities.delete(id);
    assertThatThrownBy(() -> localities.get(id)).isInstanceOf(NotFoundException.class);

    // The record cursor goes in the body.
    List<String> all = client.records().search(records(25)).stream().map(StoredRecord::id).toList();
    assertThat(all).hasSize(120).doesNotHaveDuplicates();
    assertThat(client.records().cursorForm()).isEqualTo(RecordCursorForm.BODY);
    assertThat(fake.journal().count("POST", "/api/v1/records/cursor")).isEqualTo(4);
    assertThat(fake.journal().count("GET", "/api/v1/records/cursor/{cursor}")).isZero();

    // Devices search is there.
    assertThat(client.devices().search(DeviceSearch.builder().build()).stream().count())
        .isPositive();
  }

  @Test
  void todaysFirmwareReportsWhatItLacksAsUnsupportedFirmware() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.CURRENT_APPLIANCE);
    ExtraHopClient client = client(fake);

    // Not yet known: the appliance's 404 becomes the typed exception, with the 404 as its cause.
    assertThatThrownBy(() -> client.packetCaptures().list())
        .isInstanceOfSatisfying(
            UnsupportedFirmwareException.class,
            e -> {
              assertThat(e.operation()).isEqualTo("GET /packetcaptures");
              assertThat(e.firmware().version()).isEqualTo("26.3.0.1540");
              assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
              assertThat(e.getMessage())
                  .contains("GET /packetcaptures", "firmware 26.3.0.1540", "/packets/search");
            });
    long sent = fake.journal().count("GET", "/api/v1/packetcaptures");
    assertThat(sent).isEqualTo(1);

    // Known now: refused before sending.
    assertThatThrownBy(() -> client.packetCaptures().delete(1))
        .isInstanceOf(UnsupportedFirmwareException.class)
        .hasNoCause();
    assertThatThrownBy(() -> client.whitelist().list())
        .isInstanceOf(UnsupportedFirmwareException.class)
        .hasMessageContaining("GET /whitelist/devices");
    assertThatThrownBy(() -> client.networkLocality().get(1))
        .isInstanceOf(UnsupportedFirmwareException.class);
    assertThat(fake.journal().count("DELETE", "/api/v1/packetcaptures/{id}")).isZero();
    assertThat(fake.journal().count("GET", "/api/v1/whitelist/devices")).isZero();
  }

  @Test
  void theOlderGuidesFamiliesOnTodaysFirmwareFailTypedNamingTheOperation() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.CURRENT_APPLIANCE);
    ExtraHopClient client = client(fake);

    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("GET /pages", () -> client.pages().list());
    calls.put("GET /flexgrids", () -> client.flexGrids().list());
    calls.put("GET /geomaps/{id}", () -> client.geomaps().get(3));
    calls.put("GET /activitygroups", () -> client.activityGroups().list());
    calls.put("GET /applications/{id}/pages", () -> client.applications().pages(1).list());
    calls.put("GET /devices/{id}/flexgrids", () -> client.devices().flexGrids(1).list());
    calls.forEach(
        (operation, call) ->
            assertThatThrownBy(call)
                .as(operation)
                .isInstanceOfSatisfying(
                    UnsupportedFirmwareException.class,
                    e -> {
                      assertThat(e.operation()).isEqualTo(operation);
                      assertThat(e.firmware().version()).isEqualTo("26.3.0.1540");
                      assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
                    }));
    // A 404 of an operation today's firmware has stays what it is.
    assertThatThrownBy(() -> client.tags().get(987654))
        .isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void onOlderFirmwareAMissingPageStaysANotFound() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.OLDER_APPLIANCE);
    ExtraHopClient client = client(fake);

    assertThat(client.pages().list()).isNotEmpty();
    assertThatThrownBy(() -> client.pages().get(987654))
        .isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void theOperationOfAPathIsNamedByItsTemplate() {
    assertThat(FirmwareForms.guideOnlyOperation("DELETE", "/api/v1/pages/5/devices/7"))
        .isEqualTo("DELETE /pages/{id}/devices/{id}");
    assertThat(FirmwareForms.guideOnlyOperation("GET", "/api/v1/records/cursor/abc123"))
        .isEqualTo("GET /records/cursor/{cursor}");
    assertThat(FirmwareForms.guideOnlyOperation("POST", "/api/v1/customdevices/4/criteria"))
        .isEqualTo("POST /customdevices/{id}/criteria");
    assertThat(FirmwareForms.guideOnlyOperation("GET", "/api/v1/devicegroups/4/tags"))
        .isEqualTo("GET /devicegroups/{id}/tags");
    assertThat(FirmwareForms.guideOnlyOperation("POST", "/api/v1/records/cursor")).isNull();
    assertThat(FirmwareForms.guideOnlyOperation("GET", "/api/v1/devices/4/tags")).isNull();
    assertThat(FirmwareForms.guideOnlyOperation("GET", "/api/v1/watchlist/devices")).isNull();
  }

  @Test
  void olderFirmwareGetsTheWhitelistTheNetworkLocalityAndTheGetCursor() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.OLDER_APPLIANCE);
    ExtraHopClient client = client(fake);

    assertThat(client.firmwareVersion()).isEqualTo(FirmwareVersion.appliance("9.1.0.1000"));
    Watchlist watchlist = client.watchlist();
    assertThat(watchlist.path()).isEqualTo("/whitelist");
    watchlist.add(5);
    assertThat(client.whitelist().list()).extracting(Device::id).containsExactly(1L, 5L);

    long id =
        client
            .networkLocalities()
            .create(NetworkLocalityCreate.builder().network("192.0.2.0/24").external(true).build());
    assertThat(client.networkLocality().get(id).network()).isEqualTo("192.0.2.0/24");
    assertThat(client.networkLocalities().path()).isEqualTo("/networklocality");

    assertThat(client.records().search(records(50)).stream().count()).isEqualTo(120);
    assertThat(fake.journal().count("GET", "/api/v1/records/cursor/{cursor}")).isEqualTo(2);
    assertThat(client.packetCaptures().list()).isNotEmpty();

    // Today's additions are absent here: devices search is sent (no published fact says which
    // older firmware lacks it, so the appliance decides) and its 404 fails typed.
    assertThatThrownBy(
            () ->
                client
                    .devices()
                    .search(DeviceSearch.builder().build())
                    .pagesInFlight(1) // one request, so the journal's count is exact
                    .iterator()
                    .hasNext())
        .isInstanceOfSatisfying(
            UnsupportedFirmwareException.class,
            e -> {
              assertThat(e.operation()).isEqualTo("POST /devices/search");
              assertThat(e.firmware()).isEqualTo(FirmwareVersion.appliance("9.1.0.1000"));
              assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
            });
    assertThat(fake.journal().count("POST", "/api/v1/devices/search")).isEqualTo(1);
  }

  @Test
  void aPinnedFirmwareIsNeverAskedFor() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.UNION);
    ExtraHopClient client =
        client(
            ExtraHopClient.builder()
                .baseUrl(fake.apiUrl())
                .apiKey(fake.apiKey())
                .firmware(FirmwareVersion.appliance("26.3.0.100")));

    client.watchlist().add(7);
    client.records().search(records(100)).stream().count();
    assertThat(fake.journal().count("POST", "/api/v1/watchlist/device/{id}")).isEqualTo(1);
    assertThat(fake.journal().count("POST", "/api/v1/records/cursor")).isEqualTo(1);
    assertThatThrownBy(() -> client.packetCaptures().list())
        .isInstanceOf(UnsupportedFirmwareException.class)
        .hasNoCause();
    assertThat(extrahopGets(fake)).isZero();
    assertThat(client.firmwareVersion().version()).isEqualTo("26.3.0.100");

    // The union serves both forms of one list: a client pinned to older firmware sees the device
    // on the whitelist.
    ExtraHopClient older =
        client(
            ExtraHopClient.builder()
                .baseUrl(fake.apiUrl())
                .apiKey(fake.apiKey())
                .firmware(FirmwareVersion.appliance("9.6.0.1234")));
    assertThat(older.whitelist().list()).extracting(Device::id).containsExactly(1L, 7L);
    assertThat(older.watchlist().path()).isEqualTo("/whitelist");
  }

  @Test
  void revealX360IsRecognizedAndRefusesTheOlderOperationsBeforeSending() {
    FakeExtraHop fake = fake(ExtraHopFirmwarePose.REVEALX_360);
    ExtraHopClient client = client(fake);
    assertThat(client.firmwareVersion().revealX360()).isTrue();
    assertThat(client.firmwareVersion().toString()).isEqualTo("RevealX 360 firmware 26.3.0.1540");
    assertThatThrownBy(() -> client.packetCaptures().list())
        .isInstanceOf(UnsupportedFirmwareException.class)
        .hasNoCause();
    assertThat(fake.journal().count("GET", "/api/v1/packetcaptures")).isZero();

    // RevealX 360 credentials say so on their own.
    FakeExtraHop cloud = fake(ExtraHopFirmwarePose.UNION);
    ExtraHopClient oauth =
        client(
            ExtraHopClient.builder()
                .baseUrl(cloud.apiUrl())
                .oauth2Client(cloud.clientId(), cloud.clientSecret()));
    assertThat(oauth.firmwareVersion().revealX360()).isTrue();
    assertThat(oauth.watchlist().path()).isEqualTo("/watchlist");
  }
}
