package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.DetectionLogEntry;
import io.netobs.extrahop.model.EqlFieldValues;
import io.netobs.extrahop.model.EqlPage;
import io.netobs.extrahop.model.EqlResource;
import io.netobs.extrahop.model.EqlSchema;
import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.NetworkUser;
import io.netobs.extrahop.model.NetworkUserFlag;
import io.netobs.extrahop.model.PacketSearchForm;
import io.netobs.extrahop.model.PacketSearchOutput;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.model.RecordFormat;
import io.netobs.extrahop.model.RecordGroup;
import io.netobs.extrahop.model.RecordPage;
import io.netobs.extrahop.model.RecordSortDirection;
import io.netobs.extrahop.model.StoredRecord;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.EqlQuery;
import io.netobs.extrahop.request.NetworkUserSearch;
import io.netobs.extrahop.request.NetworkUserTagUpdate;
import io.netobs.extrahop.request.NetworkUserUpdate;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.extrahop.request.RecordQuery;
import io.netobs.http.Auth;
import io.netobs.http.BadRequestException;
import io.netobs.http.CoreOptions;
import io.netobs.http.NotFoundException;
import io.netobs.http.TransportException;
import io.netobs.http.internal.ApiRequest;
import io.netobs.http.internal.HttpCore;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.FakeExtraHop;
import io.netobs.testing.Fault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packet search, the record log's formats, EQL and aggregations, EQL searches of detection logs and
 * network users, and network users, against the stateful fake ExtraHop of the test fixtures.
 */
class FakeExtraHopSearchTest {
  private FakeExtraHop fake;
  private HttpCore core;
  @TempDir Path dir;

  private void start(FakeExtraHop.Builder builder) {
    fake = builder.start();
    core =
        HttpCore.create(
            fake.apiUrl(),
            Auth.extraHopApiKey(fake.apiKey()),
            CoreOptions.defaults(),
            d -> {},
            () -> 0.5);
  }

  @AfterEach
  void stop() {
    if (core != null) {
      core.close();
    }
    if (fake != null) {
      SuiteCoverage.record(FakeExtraHopSearchTest.class, fake.journal());
      fake.close();
    }
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  private static PacketSearch lastHours() {
    return PacketSearch.builder().from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS)).build();
  }

  /** A frame of a PCAP file: its IPv4 source and target addresses and its ports. */
  private record Frame(String source, String target, int sourcePort, int targetPort) {}

  /** Reads a PCAP file whole, checking its global header and each packet record. */
  private static List<Frame> readPcap(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(in.getInt()).as("magic").isEqualTo(0xa1b2c3d4);
    assertThat(in.getShort()).as("major version").isEqualTo((short) 2);
    assertThat(in.getShort()).as("minor version").isEqualTo((short) 4);
    in.getInt();
    in.getInt();
    assertThat(in.getInt()).as("snap length").isEqualTo(65535);
    assertThat(in.getInt()).as("link type Ethernet").isEqualTo(1);
    List<Frame> frames = new ArrayList<>();
    while (in.hasRemaining()) {
      in.getInt();
      assertThat(in.getInt()).as("microseconds").isBetween(0, 999_999);
      int captured = in.getInt();
      assertThat(in.getInt()).as("original length").isEqualTo(captured);
      byte[] frame = new byte[captured];
      in.get(frame);
      ByteBuffer f = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
      assertThat(f.getShort(12)).as("ethertype IPv4").isEqualTo((short) 0x0800);
      assertThat(frame[14] & 0xff).as("IPv4, 20-byte header").isEqualTo(0x45);
      assertThat(f.getShort(16) & 0xffff).as("IP total length").isEqualTo(captured - 14);
      frames.add(
          new Frame(
              address(frame, 26),
              address(frame, 30),
              f.getShort(34) & 0xffff,
              f.getShort(36) & 0xffff));
    }
    return frames;
  }

  private static String address(byte[] frame, int at) {
    return (frame[at] & 0xff)
        + "."
        + (frame[at + 1] & 0xff)
        + "."
        + (frame[at + 2] & 0xff)
        + "."
        + (frame[at + 3] & 0xff);
  }

  private static List<String> zipEntries(byte[] bytes) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(zip.readAllBytes()).isNotEmpty();
      }
    }
    return names;
  }

  @Test
  void packetSearchWritesARealPcapInBothFormsAndNoFileWhenNothingMatches() throws Exception {
    start(FakeExtraHop.builder());
    Packets packets = new Packets(core);

    Path all = dir.resolve("all.pcap");
    List<Long> progress = new ArrayList<>();
    PacketSearchResult result = packets.search(lastHours(), all, (n, total) -> progress.add(n));
    assertThat(result.matched()).isTrue();
    assertThat(result.bytes()).isEqualTo(Files.size(all)).isGreaterThan(24);
    assertThat(progress).startsWith(0L).endsWith(result.bytes());
    List<Frame> frames = readPcap(Files.readAllBytes(all));
    assertThat(frames).isNotEmpty();
    assertThat(fake.journal().entries("POST", "/api/v1/packets/search")).hasSize(1);

    // The GET form, narrowed to one host and its port: every packet involves both.
    Frame first = frames.get(0);
    PacketSearch narrow =
        lastHours().toBuilder().ip1(first.source()).port1(first.sourcePort()).build();
    Path one = dir.resolve("one.pcap");
    PacketSearchResult narrowed =
        packets.withSearchForm(PacketSearchForm.QUERY).search(narrow, one);
    assertThat(narrowed.matched()).isTrue();
    assertThat(readPcap(Files.readAllBytes(one)))
        .isNotEmpty()
        .allSatisfy(
            frame -> {
              assertThat(Set.of(frame.source(), frame.target())).contains(first.source());
              assertThat(Set.of(frame.sourcePort(), frame.targetPort()))
                  .contains(first.sourcePort());
            });
    assertThat(fake.journal().entries("GET", "/api/v1/packets/search"))
        .singleElement()
        .satisfies(e -> assertThat(e.query()).containsEntry("ip1", List.of(first.source())));

    // Nothing matches: 204, no file created, an existing one left as it was.
    PacketSearch none = lastHours().toBuilder().ip1("203.0.113.254").build();
    assertThat(packets.search(none, dir.resolve("none.pcap")).matched()).isFalse();
    assertThat(files()).doesNotContain(dir.resolve("none.pcap"));
    Files.writeString(dir.resolve("kept.pcap"), "earlier");
    assertThat(packets.search(none, dir.resolve("kept.pcap")))
        .isEqualTo(PacketSearchResult.noMatch());
    assertThat(Files.readString(dir.resolve("kept.pcap"))).isEqualTo("earlier");
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    assertThat(packets.withSearchForm(PacketSearchForm.QUERY).search(none, nothing).matched())
        .isFalse();
    assertThat(nothing.size()).isZero();

    // Unless the search asks for a body: a capture without packets.
    Path empty = dir.resolve("empty.pcap");
    PacketSearchResult always =
        packets.search(none.toBuilder().alwaysReturnBody(true).build(), empty);
    assertThat(always).isEqualTo(new PacketSearchResult(true, 24));
    assertThat(readPcap(Files.readAllBytes(empty))).isEmpty();

    assertThat(files())
        .allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotEndWith(".part"));
  }

  @Test
  void packetSearchAnswersEveryOutputTypeInItsOwnForm() throws Exception {
    start(FakeExtraHop.builder());
    Packets packets = new Packets(core);

    ByteArrayOutputStream pcapng = new ByteArrayOutputStream();
    packets.search(
        lastHours().toBuilder().output(PacketSearchOutput.PCAPNG).includeSecrets(true).build(),
        pcapng);
    ByteBuffer ng = ByteBuffer.wrap(pcapng.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(ng.getInt(0)).as("section header block").isEqualTo(0x0A0D0D0A);
    assertThat(ng.getInt(8)).as("byte-order magic").isEqualTo(0x1A2B3C4D);
    List<Integer> blocks = new ArrayList<>();
    int at = 0;
    while (at < ng.limit()) {
      int type = ng.getInt(at);
      int length = ng.getInt(at + 4);
      assertThat(length % 4).isZero();
      assertThat(ng.getInt(at + length - 4)).as("trailing length").isEqualTo(length);
      blocks.add(type);
      at += length;
    }
    assertThat(at).isEqualTo(ng.limit());
    assertThat(blocks.subList(0, 3)).containsExactly(0x0A0D0D0A, 1, 0x0A);
    assertThat(blocks.subList(3, blocks.size())).isNotEmpty().containsOnly(6);

    ByteArrayOutputStream keylog = new ByteArrayOutputStream();
    packets.search(lastHours().toBuilder().output(PacketSearchOutput.KEYLOG_TXT).build(), keylog);
    assertThat(keylog.toString(StandardCharsets.US_ASCII).lines())
        .isNotEmpty()
        .allMatch(line -> line.matches("CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}"));

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    packets.search(lastHours().toBuilder().output(PacketSearchOutput.ZIP).build(), zip);
    assertThat(zipEntries(zip.toByteArray())).containsExactly("keylog.txt", "packets.pcap");

    ByteArrayOutputStream extracted = new ByteArrayOutputStream();
    packets.search(lastHours().toBuilder().output(PacketSearchOutput.EXTRACT).build(), extracted);
    assertThat(zipEntries(extracted.toByteArray()))
        .isNotEmpty()
        .allMatch(name -> name.startsWith("http-"));

    assertThatThrownBy(
            () ->
                packets.search(
                    lastHours().toBuilder().bpf("host 10.0.0.1 or port 80").build(),
                    new ByteArrayOutputStream()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("bpf");
    assertThatThrownBy(
            () ->
                packets.search(
                    lastHours().toBuilder().output(PacketSearchOutput.of("pcapx")).build(),
                    new ByteArrayOutputStream()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("output");
  }

  @Test
  void aBrokenPacketDownloadIsRetriedIntoACompleteFileOrLeavesNone() throws Exception {
    start(FakeExtraHop.builder().packetCaptureSize(256 * 1024));
    Packets packets = new Packets(core);
    byte[] whole;
    {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      packets.search(lastHours(), out);
      whole = out.toByteArray();
    }

    fake.faults()
        .on("POST", "/api/v1/packets/search")
        .times(1)
        .respond(Fault.disconnectDuringBody());
    Path retried = dir.resolve("retried.pcap");
    assertThat(packets.search(lastHours(), retried).bytes()).isEqualTo(whole.length);
    assertThat(Files.readAllBytes(retried)).isEqualTo(whole);

    fake.faults()
        .on("POST", "/api/v1/packets/search")
        .always()
        .respond(Fault.disconnectDuringBody());
    assertThatThrownBy(() -> packets.search(lastHours(), dir.resolve("broken.pcap")))
        .isInstanceOf(TransportException.class);
    assertThat(files()).containsExactly(retried);
    fake.faults().clear();
  }

  @Test
  void recordFormatsAggregationsAndEqlQueries() {
    start(FakeExtraHop.builder().records(600));
    Records records = new Records(core);

    List<RecordFormat> formats = records.formats();
    assertThat(formats).extracting(RecordFormat::id).contains("~http", "~dns");
    RecordFormat http =
        formats.stream().filter(f -> f.id().equals("~http")).findFirst().orElseThrow();
    assertThat(http.fields()).extracting(f -> f.get("name")).contains("method", "statusCode");

    RecordQuery byMethod =
        RecordQuery.builder()
            .from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS))
            .types("~http")
            .aggregations("method")
            .limit(1000)
            .build();
    List<RecordGroup> groups = records.aggregate(byMethod);
    long httpTotal = records.searchPage(byMethod).total();
    assertThat(groups).extracting(g -> g.value("method").orElseThrow()).contains("GET", "POST");
    assertThat(groups.stream().mapToLong(RecordGroup::count).sum()).isEqualTo(httpTotal);
    assertThat(groups).isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));

    RecordQuery errors =
        RecordQuery.builder()
            .from(ExtraHopTime.ago(3, ExtraHopTime.Unit.HOURS))
            .types("~http")
            .eql("method = 'GET' and statusCode >= 400")
            .sort("statusCode", RecordSortDirection.DESC)
            .limit(5)
            .build();
    List<StoredRecord> failed = records.search(errors).stream().toList();
    assertThat(failed)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.string("method")).contains("GET");
              assertThat(r.longValue("statusCode").getAsLong()).isGreaterThanOrEqualTo(400);
            });
    assertThat(failed)
        .isSortedAccordingTo(
            (a, b) ->
                Long.compare(
                    b.longValue("statusCode").getAsLong(), a.longValue("statusCode").getAsLong()));
    RecordPage skipped = records.searchPage(errors.toBuilder().offset(2).build());
    assertThat(skipped.records().get(0).id()).isEqualTo(failed.get(2).id());

    assertThatThrownBy(() -> records.searchPage(errors.toBuilder().eql("method ~~ 'GET'").build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("EQL");
  }

  @Test
  void detectionLogsPageLazilyByEqlAndFollowTheDetections() {
    start(FakeExtraHop.builder());
    Eql eql = new Eql(core);

    EqlQuery everything = EqlQuery.builder().eql("riskScore >= 0").pageSize(3).build();
    EqlPage<DetectionLogEntry> first = eql.detectionLogsPage(everything);
    // One page at a time, so that the requests counted below are exactly those the walk needed
    // (fetching ahead may ask for a page past the end).
    List<DetectionLogEntry> all = eql.detectionLogs(everything).pagesInFlight(1).stream().toList();
    assertThat(all).hasSize((int) first.total()).hasSizeGreaterThan(3);
    assertThat(all).extracting(e -> e.id().orElseThrow()).doesNotHaveDuplicates();
    assertThat(fake.journal().entries("POST", "/api/v1/search/eql/detectionlogs"))
        .hasSize(1 + (all.size() + 3) / 3);

    EqlQuery offender =
        EqlQuery.builder()
            .eql("detectionId = 1 and type = 'brute_force' | sort by startTime desc")
            .build();
    List<DetectionLogEntry> brute = eql.detectionLogs(offender).stream().toList();
    assertThat(brute)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.detectionId()).hasValue(1);
              assertThat(e.offenderAddr()).isPresent();
              assertThat(e.startTime()).isPresent();
              assertThat(e.fields()).containsKey("riskScore");
            });
    assertThat(brute)
        .isSortedAccordingTo((a, b) -> b.startTime().get().compareTo(a.startTime().get()));

    assertThat(eql.detectionLogs(EqlQuery.builder().eql("title = 'a | sort by x'").build()))
        .isEmpty();

    EqlQuery closed = EqlQuery.builder().eql("status = 'closed' and detectionId = 1").build();
    assertThat(eql.detectionLogs(closed)).isEmpty();
    core.send(ApiRequest.patch("/detections/{}", 1).json(Map.of("status", "closed")).build());
    assertThat(eql.detectionLogs(closed))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.detectionId()).hasValue(1));

    EqlSchema schema = eql.schema(EqlResource.DETECTION_LOGS);
    assertThat(schema.field("detectionId"))
        .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo("number"));
    assertThat(schema.field("victimAddr"))
        .hasValueSatisfying(f -> assertThat(f.operators()).contains("=", "!="));
    EqlFieldValues values = eql.fieldValues(EqlResource.DETECTION_LOGS, "type", "status");
    assertThat(values.of("type")).contains("brute_force", "dns_latency", "data_exfil");
    assertThat(values.of("status")).contains("closed");

    assertThatThrownBy(
            () -> eql.detectionLogsPage(EqlQuery.builder().eql("riskScore >>> 1").build()))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> eql.fieldValues(EqlResource.of("nosuch"), "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void networkUsersSearchGetFlagAndTag() {
    start(FakeExtraHop.builder());
    NetworkUsers users = new NetworkUsers(core);
    Eql eql = new Eql(core);
    Tags tags = new Tags(core);

    List<NetworkUser> all =
        users.search(NetworkUserSearch.builder().pageSize(7).build()).stream().toList();
    assertThat(all).hasSizeGreaterThan(7);
    assertThat(all).extracting(NetworkUser::username).doesNotHaveDuplicates();
    List<NetworkUser> lab =
        users
            .search(
                NetworkUserSearch.builder()
                    .filter(
                        DeviceFilter.builder()
                            .field("domain")
                            .operator(FilterOperator.EQUALS)
                            .operand("LAB")
                            .build())
                    .build())
            .stream()
            .toList();
    assertThat(lab).isNotEmpty().allSatisfy(u -> assertThat(u.domain()).isEqualTo("LAB"));
    assertThat(eql.networkUsers(EqlQuery.builder().eql("domain = 'LAB'").pageSize(4).build()))
        .extracting(NetworkUser::username)
        .containsExactlyInAnyOrderElementsOf(lab.stream().map(NetworkUser::username).toList());
    assertThat(eql.networkUsersPage(EqlQuery.builder().eql("domain = 'LAB'").build()).total())
        .isEqualTo(lab.size());
    assertThat(eql.schema(EqlResource.NETWORK_USERS).field("username")).isPresent();

    String name = all.get(0).username();
    NetworkUser one = users.get(name);
    assertThat(one.customHighPrivilege()).isEqualTo(NetworkUserFlag.AUTO);
    assertThat(one.lastSeenTime()).isNotNull();
    assertThat(one.unknownFields()).containsKeys("display_name", "ipaddrs");
    users.update(
        name, NetworkUserUpdate.builder().customHighPrivilege(NetworkUserFlag.YES).build());
    assertThat(users.get(name).customHighPrivilege()).isEqualTo(NetworkUserFlag.YES);
    assertThat(users.get(name).customHighInfluence()).isEqualTo(NetworkUserFlag.AUTO);

    List<Tag> existing = tags.list();
    String first = String.valueOf(existing.get(0).id());
    String second = String.valueOf(existing.get(1).id());
    assertThat(users.tags(name)).isEmpty();
    users.updateTags(name, NetworkUserTagUpdate.builder().assign(first, second).build());
    assertThat(users.tags(name))
        .extracting(Tag::id)
        .containsExactly(existing.get(0).id(), existing.get(1).id());
    String other = all.get(1).username();
    users.updateTags(NetworkUserTagUpdate.builder().usernames(name, other).unassign(first).build());
    assertThat(users.tags(name)).extracting(Tag::id).containsExactly(existing.get(1).id());
    users.updateTags(NetworkUserTagUpdate.builder().usernames(other).assign(first).build());
    assertThat(users.tags(other)).extracting(Tag::id).containsExactly(existing.get(0).id());

    assertThatThrownBy(() -> users.get("nobody.here")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> users.updateTags(name, NetworkUserTagUpdate.builder().assign("999999").build()))
        .isInstanceOf(NotFoundException.class);
    Set<String> seen = new HashSet<>();
    all.forEach(u -> seen.add(u.domain()));
    assertThat(seen).contains("CORP", "LAB");
  }
}
