package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.bodyTree;
import static io.netobs.extrahop.TestCores.created;
import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.noContent;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.RecordCursorForm;
import io.netobs.extrahop.request.NetworkLocalityCreate;
import io.netobs.extrahop.request.NetworkLocalityUpdate;
import io.netobs.http.NotFoundException;
import io.netobs.http.ServerErrorException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The firmware value, how it is read from {@code GET /extrahop}, and the exact requests of the
 * resources whose path depends on it.
 */
class FirmwareTest extends MockServerTest {
  private static final String OLDER =
      "{\"version\": \"9.1.0.1000\", \"platform\": \"extrahop\", \"display_host\": \"eda\"}";
  private static final String TODAY =
      "{\"version\": \"26.3.0.1540\", \"platform\": \"extrahop\", \"display_host\": \"eda\"}";

  private FirmwareForms forms(FirmwareVersion pinned) {
    return new FirmwareForms(core, false, pinned);
  }

  @Test
  void versionsCompareNumberByNumber() {
    assertThat(FirmwareVersion.appliance("9.10.0.1"))
        .isGreaterThan(FirmwareVersion.appliance("9.9.5.99"));
    assertThat(FirmwareVersion.appliance("26.3.0.1540"))
        .isGreaterThan(FirmwareVersion.appliance("9.6.0.1234"));
    assertThat(FirmwareVersion.appliance("9.3").isAtLeast("9.3.0")).isTrue();
    assertThat(FirmwareVersion.appliance("9.2.9.9999").isAtLeast("9.3")).isFalse();
    assertThat(FirmwareVersion.appliance("9.6.0-beta").isAtLeast("9.6")).isTrue();
    assertThat(FirmwareVersion.appliance(" 9.6.0.1234 ").version()).isEqualTo("9.6.0.1234");
    assertThat(FirmwareVersion.appliance("9.6.0.1234").major()).isEqualTo(9);
    assertThat(FirmwareVersion.appliance("9.6.0.1234").minor()).isEqualTo(6);
    assertThat(FirmwareVersion.revealX360("26.3")).isNotEqualTo(FirmwareVersion.appliance("26.3"));
    assertThat(FirmwareVersion.revealX360("26.3").compareTo(FirmwareVersion.appliance("26.3")))
        .isPositive();
    assertThat(FirmwareVersion.appliance("9.6"))
        .hasSameHashCodeAs(FirmwareVersion.appliance("9.6"));
    assertThat(FirmwareVersion.appliance("9.6")).hasToString("firmware 9.6");
  }

  @Test
  void aVersionMustStartWithANumber() {
    assertThatThrownBy(() -> FirmwareVersion.appliance("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> FirmwareVersion.appliance(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> FirmwareVersion.revealX360(null)).hasMessageContaining("version");
    assertThatThrownBy(() -> FirmwareVersion.appliance("9.6").isAtLeast("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirmwareIsReadFromGetExtrahopOnceAndRevealX360FromItsHost() throws Exception {
    server.enqueue(
        json(
            """
        {"version": "26.3.0.1540", "platform": "ecm", "hostname": "0000",
         "display_host": "abc.cloud.extrahop.com", "external_hostname": "abc.cloud.extrahop.com"}"""));
    FirmwareForms forms = forms(null);
    assertThat(forms.known()).isEmpty();

    FirmwareVersion firmware = forms.firmware();
    assertThat(forms.firmware()).isSameAs(firmware);
    assertThat(firmware.version()).isEqualTo("26.3.0.1540");
    assertThat(firmware.revealX360()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/extrahop");
  }

  @Test
  void anAnswerWithoutAVersionIsTakenAsTheOldestFirmwareAndAFailureIsNotKept() {
    server.enqueue(json(500, "{\"error_message\": \"busy\"}"));
    FirmwareForms forms =
        new FirmwareForms(
            io.netobs.http.internal.HttpCore.create(
                server.url("/api/v1").toString(),
                io.netobs.http.Auth.extraHopApiKey("k"),
                io.netobs.http.CoreOptions.defaults().toBuilder()
                    .retryPolicy(io.netobs.http.RetryPolicy.none())
                    .build()),
            false,
            null);
    assertThatThrownBy(forms::firmware).isInstanceOf(ServerErrorException.class);
    assertThat(forms.known()).isEmpty();

    server.enqueue(json("{\"platform\": \"extrahop\"}"));
    FirmwareVersion firmware = forms.firmware();
    assertThat(firmware.version()).isEqualTo("unknown");
    assertThat(firmware.isAtLeast("0")).isTrue();
    assertThat(FirmwareForms.currentForms(firmware)).isFalse();
  }

  @Test
  void theWatchlistIsAtTheWatchlistPathOnTodaysFirmware() throws Exception {
    server.enqueue(json(TODAY));
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    Watchlist watchlist = new Watchlist(core, forms(null));

    watchlist.add(7);
    watchlist.remove(8);
    watchlist.update(List.of(1L, 2L), List.of(3L)).requireSuccess();

    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/extrahop");
    RecordedRequest add = server.takeRequest();
    assertThat(add.getMethod() + " " + pathAndQuery(add))
        .isEqualTo("POST /api/v1/watchlist/device/7");
    RecordedRequest remove = server.takeRequest();
    assertThat(remove.getMethod() + " " + pathAndQuery(remove))
        .isEqualTo("DELETE /api/v1/watchlist/device/8");
    RecordedRequest bulk = server.takeRequest();
    assertThat(bulk.getMethod() + " " + pathAndQuery(bulk))
        .isEqualTo("POST /api/v1/watchlist/devices");
    assertThat(bulk.getBody().utf8()).isEqualTo("{\"assign\":[1,2],\"unassign\":[3]}");
  }

  @Test
  void theWatchlistIsAtTheWhitelistPathOnOlderFirmware() throws Exception {
    server.enqueue(json(OLDER));
    server.enqueue(json("[{\"id\": 4, \"display_name\": \"db\", \"new_field\": 1}]"));
    Watchlist watchlist = new Watchlist(core, forms(null));

    assertThat(watchlist.list()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(4));
    assertThat(watchlist.path()).isEqualTo("/whitelist");

    server.takeRequest();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/whitelist/devices");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void networkLocalitiesSendTheNetworksArrayOnTheFirmwaresPath() throws Exception {
    server.enqueue(created("/api/v1/networklocalities/12"));
    server.enqueue(noContent());
    NetworkLocalities localities =
        new NetworkLocalities(core, forms(FirmwareVersion.appliance("26.3.0.1540")));

    long id =
        localities.create(
            NetworkLocalityCreate.builder()
                .networks("10.0.0.0/8", "192.0.2.1")
                .external(false)
                .name("offices")
                .build());
    localities.update(id, NetworkLocalityUpdate.builder().networks(List.of("10.0.0.0/9")).build());

    assertThat(id).isEqualTo(12);
    RecordedRequest create = server.takeRequest();
    assertThat(create.getMethod() + " " + pathAndQuery(create))
        .isEqualTo("POST /api/v1/networklocalities");
    assertThat(create.getBody().utf8())
        .isEqualTo(
            "{\"networks\":[\"10.0.0.0/8\",\"192.0.2.1\"],\"external\":false,\"name\":\"offices\"}");
    RecordedRequest update = server.takeRequest();
    assertThat(update.getMethod() + " " + pathAndQuery(update))
        .isEqualTo("PATCH /api/v1/networklocalities/12");
    assertThat(bodyTree(update).toString()).isEqualTo("{\"networks\":[\"10.0.0.0/9\"]}");

    NetworkLocalities older = new NetworkLocalities(core, forms(FirmwareVersion.appliance("9.6")));
    server.enqueue(json("{\"id\": 3, \"network\": \"10.0.0.0/8\", \"external\": false}"));
    assertThat(older.get(3).network()).isEqualTo("10.0.0.0/8");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/networklocality/3");
  }

  @Test
  void aLocalityNeedsAddressesAndTheExternalFlag() {
    assertThatThrownBy(() -> NetworkLocalityCreate.builder().external(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("network");
    assertThatThrownBy(() -> NetworkLocalityCreate.builder().networks("10.0.0.0/8").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("external");
    assertThatThrownBy(() -> NetworkLocalityCreate.builder().networks("10.0.0.0/8", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("networks");
    assertThatThrownBy(() -> NetworkLocalityCreate.builder().networks((List<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("networks");
    assertThat(
            NetworkLocalityCreate.builder()
                .network("10.0.0.0/8")
                .external(true)
                .build()
                .isSet("network"))
        .isTrue();
  }

  @Test
  void theRecordCursorFollowsTheFirmwareUnlessAFormIsChosen() throws Exception {
    Records today = new Records(core, forms(FirmwareVersion.appliance("26.3.0.1540")));
    Records older = new Records(core, forms(FirmwareVersion.appliance("9.6.0.1234")));
    Records cloud = new Records(core, forms(FirmwareVersion.revealX360("9.9")));

    assertThat(today.cursorForm()).isEqualTo(RecordCursorForm.BODY);
    assertThat(older.cursorForm()).isEqualTo(RecordCursorForm.PATH);
    assertThat(cloud.cursorForm()).isEqualTo(RecordCursorForm.BODY);
    assertThat(today.withCursorForm(RecordCursorForm.PATH).cursorForm())
        .isEqualTo(RecordCursorForm.PATH);

    server.enqueue(json("{\"total\": 0, \"records\": []}"));
    today.nextPage("c1");
    RecordedRequest next = server.takeRequest();
    assertThat(next.getMethod() + " " + pathAndQuery(next))
        .isEqualTo("POST /api/v1/records/cursor");
    assertThat(next.getBody().utf8()).isEqualTo("{\"cursor\":\"c1\"}");
    assertThat(today.toString()).isEqualTo("Records[cursorForm=as the firmware has it]");
  }

  @Test
  void aGuideOnlyOperationIsRefusedBeforeSendingWhenTheFirmwareIsKnownToLackIt() {
    PacketCaptures captures =
        new PacketCaptures(core, forms(FirmwareVersion.appliance("26.3.0.1540")));

    assertThatThrownBy(captures::list)
        .isInstanceOfSatisfying(
            UnsupportedFirmwareException.class,
            e -> {
              assertThat(e.operation()).isEqualTo("GET /packetcaptures");
              assertThat(e.firmware()).isEqualTo(FirmwareVersion.appliance("26.3.0.1540"));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "GET /packetcaptures is not available on firmware 26.3.0.1540; search"
                          + " packets with POST /packets/search instead");
            });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void firmwareBetweenThe9xLineAndTodaysCatalogueIsSentTheCallAndItsAnswerDecides()
      throws Exception {
    // Firmware 25.x uses today's forms, but nothing says it has dropped /packetcaptures: the call
    // is sent rather than refused.
    server.enqueue(json("[]"));
    PacketCaptures captures =
        new PacketCaptures(core, forms(FirmwareVersion.appliance("25.2.0.7")));

    assertThat(captures.list()).isEmpty();
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/packetcaptures");

    server.enqueue(json(404, "{\"error_message\": \"No resource at /api/v1/packetcaptures\"}"));
    assertThatThrownBy(captures::list)
        .isInstanceOfSatisfying(
            UnsupportedFirmwareException.class,
            e -> assertThat(e.getCause()).isInstanceOf(NotFoundException.class));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNotFoundOnFirmwareThatHasTheOperationStaysANotFound() throws Exception {
    server.enqueue(json(404, "{\"error_message\": \"No packet capture 9\"}"));
    server.enqueue(json(OLDER));
    PacketCaptures captures = new PacketCaptures(core, forms(null));

    assertThatThrownBy(() -> captures.delete(9))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No packet capture 9");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/packetcaptures/9");
    assertThat(pathAndQuery(server.takeRequest())).isEqualTo("/api/v1/extrahop");
  }

  @Test
  void aPinnedFirmwareShowsInTheBuilderAndTheClientAsksNothing() throws Exception {
    ExtraHopClient.Builder builder =
        ExtraHopClient.builder()
            .baseUrl(server.url("/api/v1").toString())
            .apiKey("k")
            .firmware(FirmwareVersion.revealX360("26.3.0.1540"));
    assertThat(builder.toString()).contains("RevealX 360 firmware 26.3.0.1540");
    assertThatThrownBy(() -> builder.firmware(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("firmware");
    try (ExtraHopClient client = builder.build()) {
      assertThat(client.firmwareVersion().revealX360()).isTrue();
      assertThat(client.networkLocalities().path()).isEqualTo("/networklocalities");
      assertThat(client.watchlist().toString()).contains("pinned");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
