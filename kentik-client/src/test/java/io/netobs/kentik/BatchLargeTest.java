package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A million criteria from a generated stream: the SDK reads the source only as parts fill (never
 * more than one item ahead of what it has sent), keeps every part under the limit, and every
 * criterion arrives exactly once.
 */
class BatchLargeTest {
  static final int CRITERIA = 1_000_000;

  /** Counts what arrives without keeping it: sizes, flags and one bit per criterion. */
  static final class CountingServer extends Dispatcher {
    final JsonFactory json = new JsonFactory();
    final BitSet seen = new BitSet(CRITERIA);
    final List<Integer> sizes = new ArrayList<>();
    final List<Boolean> complete = new ArrayList<>();
    final List<String> guids = new ArrayList<>();
    final AtomicLong pulled;
    long received;
    long duplicates;
    long maxAhead;

    CountingServer(AtomicLong pulled) {
      this.pulled = pulled;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      byte[] body = request.getBody().toByteArray();
      sizes.add(body.length);
      String guid = null;
      boolean done = false;
      try (JsonParser p = json.createParser(body)) {
        while (p.nextToken() != null) {
          if (p.currentToken() != JsonToken.FIELD_NAME) {
            continue;
          }
          String name = p.currentName();
          if (name.equals("addr")) {
            p.nextToken();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              int index = decode(p.getText());
              if (seen.get(index)) {
                duplicates++;
              }
              seen.set(index);
              received++;
            }
          } else if (name.equals("complete")) {
            p.nextToken();
            done = p.getBooleanValue();
          } else if (name.equals("guid")) {
            p.nextToken();
            guid = p.getText();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      complete.add(done);
      guids.add(guid);
      // everything the SDK took from the source is in the parts so far, but for the one item it
      // holds
      maxAhead = Math.max(maxAhead, pulled.get() - received);
      return MockKentik.response(
          202, "{\"message\": \"Successfully stored request.\", \"guid\": \"big-op\"}");
    }
  }

  static String address(long i) {
    return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "/32";
  }

  static int decode(String address) {
    String[] octets = address.substring(0, address.indexOf('/')).split("\\.");
    return Integer.parseInt(octets[1]) << 16
        | Integer.parseInt(octets[2]) << 8
        | Integer.parseInt(octets[3]);
  }

  @Test
  @Timeout(60)
  void aMillionCriteriaAreSentWhileHoldingAboutOnePart() {
    AtomicLong pulled = new AtomicLong();
    CountingServer server = new CountingServer(pulled);
    try (MockKentik kentik = new MockKentik()) {
      kentik.server.setDispatcher(server);
      // ten consecutive criteria share a value, as a sorted CSV export would
      Stream<BatchUpsert> source =
          LongStream.range(0, CRITERIA)
              .peek(i -> pulled.incrementAndGet())
              .mapToObj(
                  i ->
                      BatchUpsert.builder()
                          .value("host_" + (i / 10))
                          .criteria(
                              Criterion.builder()
                                  .direction(Direction.EITHER)
                                  .addr(address(i))
                                  .build())
                          .build());

      long started = System.nanoTime();
      BatchOperation op =
          kentik.client.batch().populators("c_host").replaceAll(true).upserts(source).send();
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(server.received).isEqualTo(CRITERIA);
      assertThat(server.seen.cardinality()).isEqualTo(CRITERIA);
      assertThat(server.duplicates).isZero();
      assertThat(server.maxAhead).as("items read ahead of what was sent").isLessThanOrEqualTo(1);
      int parts = server.sizes.size();
      assertThat(op.partsSent()).isEqualTo(parts);
      assertThat(op.criteriaSent()).isEqualTo(CRITERIA);
      long total = server.sizes.stream().mapToLong(Integer::longValue).sum();
      assertThat(op.bytesSent()).isEqualTo(total);
      // every part under the limit, every part but the last nearly full, so no more parts than
      // needed
      assertThat(server.sizes).allMatch(size -> size <= BatchRequest.DEFAULT_PART_SIZE_LIMIT);
      assertThat(server.sizes.subList(0, parts - 1))
          .allMatch(size -> size > BatchRequest.DEFAULT_PART_SIZE_LIMIT - 200);
      assertThat(parts)
          .isEqualTo(
              (int) Math.ceil(total / (double) (BatchRequest.DEFAULT_PART_SIZE_LIMIT - 200)));
      assertThat(server.complete.subList(0, parts - 1)).containsOnly(false);
      assertThat(server.complete.get(parts - 1)).isTrue();
      assertThat(server.guids.get(0)).isNull();
      assertThat(server.guids.subList(1, parts)).containsOnly("big-op");
      System.out.printf(
          "%d criteria, %d parts, %d bytes in %d ms%n", CRITERIA, parts, total, millis);
    }
  }
}
