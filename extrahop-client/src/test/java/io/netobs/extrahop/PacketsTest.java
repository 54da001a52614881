package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.noContent;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.PacketSearchForm;
import io.netobs.extrahop.model.PacketSearchOutput;
import io.netobs.extrahop.model.PacketSearchResult;
import io.netobs.extrahop.request.PacketSearch;
import io.netobs.http.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketsTest extends MockServerTest {
  private Packets packets;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    packets = new Packets(core);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  private static PacketSearch everyField() {
    return PacketSearch.builder()
        .from(ExtraHopTime.ago(10, ExtraHopTime.Unit.MINUTES))
        .until(ExtraHopTime.parse(0))
        .bpf("tcp and port 443")
        .ip1("10.0.0.5")
        .port1(443)
        .ip2("10.0.0.9")
        .port2(51000)
        .limitBytes("1GB")
        .limitSearchDuration(Duration.ofSeconds(30))
        .output(PacketSearchOutput.PCAPNG)
        .includeSecrets(true)
        .alwaysReturnBody(false)
        .build();
  }

  private static MockResponse pcap(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/vnd.tcpdump.pcap")
        .body(body)
        .build();
  }

  @Test
  void theBodyFormSendsEveryFieldAsJsonInTheOrderSet() throws Exception {
    server.enqueue(pcap("PCAPBYTES"));
    Path target = dir.resolve("out.pcapng");

    PacketSearchResult result = packets.search(everyField(), target);

    assertThat(result).isEqualTo(new PacketSearchResult(true, 9));
    assertThat(Files.readString(target)).isEqualTo("PCAPBYTES");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/packets/search");
    assertThat(request.getHeaders().get("Accept")).startsWith("application/vnd.tcpdump.pcap");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"from\":\"-10m\",\"until\":\"0\",\"bpf\":\"tcp and port 443\",\"ip1\":\"10.0.0.5\","
                + "\"port1\":\"443\",\"ip2\":\"10.0.0.9\",\"port2\":\"51000\",\"limit_bytes\":\"1GB\","
                + "\"limit_search_duration\":\"30000\",\"output\":\"pcapng\",\"include_secrets\":true,"
                + "\"always_return_body\":false}");
  }

  @Test
  void theQueryFormSendsEveryFieldAsAQueryParameterWithoutABody() throws Exception {
    server.enqueue(pcap("P"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PacketSearchResult result =
        packets.withSearchForm(PacketSearchForm.QUERY).search(everyField(), out);

    assertThat(result.matched()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("P");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getBody() == null || request.getBody().size() == 0).as("no body").isTrue();
    assertThat(pathAndQuery(request))
        .isEqualTo(
            "/api/v1/packets/search?from=-10m&until=0&bpf=tcp%20and%20port%20443&ip1=10.0.0.5"
                + "&port1=443&ip2=10.0.0.9&port2=51000&limit_bytes=1GB&limit_search_duration=30000"
                + "&output=pcapng&include_secrets=true&always_return_body=false");
    assertThat(packets.searchForm()).isEqualTo(PacketSearchForm.BODY);
  }

  @Test
  void noContentMeansNoMatchAndLeavesNoFileBehind() throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    server.enqueue(noContent());
    PacketSearch search = PacketSearch.builder().from(ExtraHopTime.parse("-5m")).build();
    List<Long> progress = new ArrayList<>();

    PacketSearchResult toFile =
        packets.search(search, dir.resolve("none.pcap"), (n, total) -> progress.add(n));
    Files.writeString(dir.resolve("old.pcap"), "old");
    PacketSearchResult over = packets.search(search, dir.resolve("old.pcap"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PacketSearchResult toStream = packets.search(search, out);

    assertThat(toFile).isEqualTo(PacketSearchResult.noMatch());
    assertThat(toFile.matched()).isFalse();
    assertThat(over.matched()).isFalse();
    assertThat(toStream.bytes()).isZero();
    assertThat(out.size()).isZero();
    assertThat(progress).isEmpty();
    assertThat(files()).containsExactly(dir.resolve("old.pcap"));
    assertThat(Files.readString(dir.resolve("old.pcap"))).isEqualTo("old");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"from\":\"-5m\"}");
  }

  @Test
  void anEmptyBodyWithOkIsAMatchOfZeroBytes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Length", "0").build());
    Path target = dir.resolve("empty.pcap");

    PacketSearchResult result =
        packets.search(
            PacketSearch.builder().from(ExtraHopTime.parse("-5m")).alwaysReturnBody(true).build(),
            target);

    assertThat(result).isEqualTo(new PacketSearchResult(true, 0));
    assertThat(Files.size(target)).isZero();
  }

  @Test
  void theServicesRefusalReachesTheCallerAndLeavesNoFile() throws Exception {
    server.enqueue(json(400, "{\"error_message\": \"Invalid BPF syntax\"}"));

    assertThatThrownBy(
            () ->
                packets.search(
                    PacketSearch.builder().from(ExtraHopTime.parse("-5m")).bpf("((").build(),
                    dir.resolve("x.pcap")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid BPF syntax");
    assertThat(files()).isEmpty();
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertThatThrownBy(() -> PacketSearch.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from is required");
    assertThatThrownBy(() -> PacketSearch.builder().port1(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port1");
    assertThatThrownBy(() -> PacketSearch.builder().limitBytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit_bytes");
    assertThatThrownBy(() -> PacketSearch.builder().ip2(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ip2");
    assertThatThrownBy(() -> PacketSearch.builder().limitSearchDuration(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit_search_duration");
    PacketSearch search = PacketSearch.builder().from(ExtraHopTime.parse("-5m")).build();
    assertThatThrownBy(() -> packets.search(search, (Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> packets.search(null, new ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("search");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnknownOutputTypeIsSentAsGivenAndKnownOnesAreRecognised() {
    PacketSearch search =
        PacketSearch.builder()
            .from(ExtraHopTime.parse("-5m"))
            .output(PacketSearchOutput.of("pcap_future"))
            .build();
    assertThat(search.output().isKnown()).isFalse();
    assertThat(search.toMap()).containsEntry("output", "pcap_future");
    assertThat(PacketSearchOutput.of(" KEYLOG_TXT ")).isSameAs(PacketSearchOutput.KEYLOG_TXT);
    assertThat(PacketSearch.builder().from(ExtraHopTime.parse("-5m")).build().output())
        .isEqualTo(PacketSearchOutput.PCAP);
    assertThat(search.toBuilder().output(PacketSearchOutput.ZIP).build().output())
        .isEqualTo(PacketSearchOutput.ZIP);
  }
}
