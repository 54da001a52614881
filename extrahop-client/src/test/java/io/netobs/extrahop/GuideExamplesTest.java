package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netobs.extrahop.model.Device;
import io.netobs.extrahop.model.DeviceQuery;
import io.netobs.extrahop.model.DeviceSearchType;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.model.TagCreate;
import io.netobs.http.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's examples 2 (find or create a tag, page through the devices of a subnet, assign them in
 * batches, verify) and 4 (create, get, delete, get again: 404), against a small stateful stand-in for
 * the appliance that answers as the guide and NOTES.md say it does.
 */
class GuideExamplesTest {
  private final Wire wire = new Wire();
  private final Appliance appliance = new Appliance();

  @BeforeEach
  void start() {
    wire.server.setDispatcher(appliance);
  }

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void example2CreateAndAssignADeviceTag() {
    for (int i = 1; i <= 250; i++) {
      appliance.device("10.20.0." + (i % 250));
    }
    for (int i = 1; i <= 40; i++) {
      appliance.device("10.30.0." + i);
    }
    ExtraHopClient client = wire.client;

    // First, search for the tag by name; create it when there is none.
    long tagId = client.tags().findOrCreate("MyTestTag");

    // Page through the devices of the subnet, 100 at a time.
    List<Long> deviceIds = new ArrayList<>();
    for (Device d : client.devices().list(DeviceQuery.search(DeviceSearchType.IP_ADDRESS, "10.20.0.[0-9]+").pageSize(100))) {
      deviceIds.add(d.id());
    }

    // Assign them, in batches of 100 ids.
    AssignmentResult result = client.tags().devices(tagId).withBatchSize(100).assign(deviceIds).requireSuccess();

    // Check that the assignments were applied.
    Set<Long> assigned = new HashSet<>();
    for (Device d : client.tags().devices(tagId).list()) {
      assigned.add(d.id());
    }

    assertThat(deviceIds).hasSize(250);
    assertThat(assigned).containsAll(deviceIds).hasSize(250);
    assertThat(result.calls()).isEqualTo(3);
    assertThat(appliance.log).containsExactly(
        "GET /tags", "POST /tags",
        "GET /devices offset=0", "GET /devices offset=100", "GET /devices offset=200",
        "POST /tags/1/devices", "POST /tags/1/devices", "POST /tags/1/devices",
        "GET /tags/1/devices");

    // Running it again finds the tag instead of creating another.
    assertThat(client.tags().findOrCreate("MyTestTag")).isEqualTo(tagId);
    assertThat(appliance.tags).hasSize(1);
  }

  @Test
  void example4CreateRetrieveAndDeleteAnObject() {
    ExtraHopClient client = wire.client;
    long id = client.tags().create(TagCreate.named("my_test_tag"));
    assertThat(id).isEqualTo(1);

    Tag tag = client.tags().get(id);
    assertThat(tag.id()).isEqualTo(1);
    assertThat(tag.name()).isEqualTo("my_test_tag");
    assertThat(tag.modTime()).isNotNull();

    client.tags().delete(id);

    assertThatThrownBy(() -> client.tags().get(id))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).status()).isEqualTo(404))
        .hasMessageContaining("GET /api/v1/tags/1: 404");
    assertThat(appliance.log).containsExactly("POST /tags", "GET /tags/1", "DELETE /tags/1", "GET /tags/1");
  }

  /** Tags, devices and tag assignments, answered as the appliance does. */
  static final class Appliance extends Dispatcher {
    final Map<Long, Map<String, Object>> tags = new ConcurrentHashMap<>();
    final List<Map<String, Object>> devices = new CopyOnWriteArrayList<>();
    final Map<Long, Set<Long>> tagDevices = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicLong nextTag = new AtomicLong(1);

    void device(String ip) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", 10000L + devices.size());
      d.put("ipaddr4", ip);
      d.put("mod_time", 1448474346504L);
      devices.add(d);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      String method = request.getMethod();
      List<String> p = new ArrayList<>(url.pathSegments());
      if (p.size() < 2 || !p.get(0).equals("api") || !p.get(1).equals("v1")) {
        return status(404, "{\"error_message\": \"no such path\"}");
      }
      p = p.subList(2, p.size());
      String path = "/" + String.join("/", p);
      log.add(method + " " + path + (path.equals("/devices") ? " offset=" + url.queryParameter("offset") : ""));
      try {
        if (path.equals("/tags") && method.equals("GET")) {
          return json(new ArrayList<>(tags.values()));
        }
        if (path.equals("/tags") && method.equals("POST")) {
          JsonNode body = Wire.jsonOf(request.getBody().utf8());
          long id = nextTag.getAndIncrement();
          Map<String, Object> tag = new LinkedHashMap<>();
          tag.put("mod_time", 1447878253953L);
          tag.put("id", id);
          tag.put("name", body.get("name").asText());
          tags.put(id, tag);
          return new MockResponse.Builder().code(201).addHeader("Location", "/api/v1/tags/" + id).addHeader("Content-Type", "text/plain; charset=utf-8").build();
        }
        if (p.size() == 2 && p.get(0).equals("tags")) {
          long id = Long.parseLong(p.get(1));
          Map<String, Object> tag = tags.get(id);
          if (tag == null) {
            return status(404, "{\"error_message\": \"Tag " + id + " not found\"}");
          }
          if (method.equals("GET")) {
            return json(tag);
          }
          if (method.equals("DELETE")) {
            tags.remove(id);
            tagDevices.remove(id);
            return status(204, "");
          }
        }
        if (p.size() == 3 && p.get(0).equals("tags") && p.get(2).equals("devices")) {
          long id = Long.parseLong(p.get(1));
          Set<Long> assigned = tagDevices.computeIfAbsent(id, k -> Collections.synchronizedSet(new HashSet<>()));
          if (method.equals("GET")) {
            return json(devices.stream().filter(d -> assigned.contains((Long) d.get("id"))).toList());
          }
          JsonNode body = Wire.jsonOf(request.getBody().utf8());
          body.path("assign").forEach(n -> assigned.add(n.asLong()));
          body.path("unassign").forEach(n -> assigned.remove(n.asLong()));
          return status(204, "");
        }
        if (path.equals("/devices") && method.equals("GET")) {
          int limit = Integer.parseInt(url.queryParameter("limit"));
          int offset = Integer.parseInt(url.queryParameter("offset"));
          Pattern value = "ip address".equals(url.queryParameter("search_type")) ? Pattern.compile(url.queryParameter("value")) : Pattern.compile(".*");
          List<Map<String, Object>> matching = devices.stream().filter(d -> value.matcher((String) d.get("ipaddr4")).matches()).toList();
          return json(matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())));
        }
      } catch (RuntimeException e) {
        return status(500, "{\"error_message\": \"" + e + "\"}");
      }
      return status(404, "{\"error_message\": \"no such path\"}");
    }

    private static MockResponse json(Object value) {
      try {
        return status(200, io.netobs.http.internal.Json.mapper().writeValueAsString(value));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private static MockResponse status(int code, String body) {
      MockResponse.Builder b = new MockResponse.Builder().code(code);
      if (!body.isEmpty()) {
        b.addHeader("Content-Type", "application/json; charset=utf-8").body(body);
      }
      return b.build();
    }
  }
}
