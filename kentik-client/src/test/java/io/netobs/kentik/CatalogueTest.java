package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.model.ChartImageType;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.request.AlarmQuery;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomApplicationUpdate;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.ManualMitigation;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import io.netobs.kentik.request.TopXQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Kentik catalogue (shipped with the test fixtures) is a typed method of the
 * client.
 */
class CatalogueTest {
  record Operation(String method, String path) {
    Pattern pattern() {
      return Pattern.compile("/api/v5" + path.replaceAll("\\{[^}]+}", "[^/]+"));
    }
  }

  static List<Operation> catalogue() throws IOException {
    List<Operation> ops = new ArrayList<>();
    try (InputStream in =
        CatalogueTest.class.getResourceAsStream(
            "/io/netobs/testing/catalogue/kentik-operations.tsv")) {
      assertThat(in).as("the catalogue on the test class path").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          ops.add(new Operation(cols[1], cols[2]));
        }
      }
    }
    return ops;
  }

  /** Answers every route with a minimal body of the right shape. */
  static final class AnyRoute extends Dispatcher {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      String method = r.getMethod();
      String path = r.getUrl().encodedPath().substring("/api/v5".length());
      seen.add(method + " " + r.getUrl().encodedPath());
      if (method.equals("DELETE")) {
        return new MockResponse.Builder().code(204).build();
      }
      if (path.startsWith("/batch/") && method.equals("POST")) {
        return MockKentik.response(202, "{\"message\": \"ok\", \"guid\": \"g-1\"}");
      }
      if (path.endsWith("/status")) {
        return MockKentik.response(200, "{\"guid\": \"g-1\", \"is_complete\": true}");
      }
      String body =
          switch (path.replaceAll("/\\d+", "/N")) {
            case "/tags" -> "{\"tags\": []}";
            case "/tag", "/tag/N" -> "{\"tag\": {\"id\": 1, \"flow_tag\": \"web\"}}";
            case "/customdimensions" -> "{\"customDimensions\": []}";
            case "/customdimension", "/customdimension/N" ->
                "{\"customDimension\": {\"id\": 1, \"name\": \"c_x\"}}";
            case "/customdimension/N/populator", "/customdimension/N/populator/N" ->
                "{\"populator\": {\"id\": 2, \"dimension_id\": 1}}";
            case "/saved-filters/custom" -> "[]";
            case "/customApplications" ->
                method.equals("GET") ? "[]" : "{\"id\": 1, \"name\": \"app\"}";
            case "/query/topXdata" -> "{\"results\": []}";
            case "/query/topXchart" -> "{\"dataUri\": \"data:image/png;base64,iVBORw0K\"}";
            case "/query/url" -> "\"https://portal.kentik.com/portal/#Charts/shortUrl/1\"";
            case "/alerts/manual-mitigate" -> "{\"response\": {\"result\": \"OK\"}}";
            case "/alerts-active/alarms", "/alerts-active/alerts-history" -> "[]";
            default -> "{\"id\": 1}";
          };
      return MockKentik.response(200, body);
    }
  }

  @Test
  void everyCatalogueOperationIsATypedMethod() throws IOException {
    AnyRoute routes = new AnyRoute();
    try (MockKentik mock = new MockKentik()) {
      mock.server.setDispatcher(routes);
      KentikClient k = mock.client;
      k.flowTags().list();
      k.flowTags().get(1);
      k.flowTags().create(FlowTagCreate.builder().flowTag("web").port("80").build());
      k.flowTags().update(1, FlowTagUpdate.builder().port("81").build());
      k.flowTags().delete(1);
      k.customDimensions().list();
      k.customDimensions().get(1);
      k.customDimensions()
          .create(
              CustomDimensionCreate.builder()
                  .name("c_x")
                  .type(DimensionType.STRING)
                  .displayName("X dim")
                  .build());
      k.customDimensions().update(1, CustomDimensionUpdate.builder().displayName("Y dim").build());
      k.customDimensions().delete(1);
      k.customDimensions()
          .populators(1)
          .create(PopulatorCreate.builder().value("v").direction(Direction.SRC).port("1").build());
      k.customDimensions().populators(1).update(2, PopulatorUpdate.builder().port("2").build());
      k.customDimensions().populators(1).delete(2);
      k.batch().tags().delete("old").send();
      k.batch().populators("c_x").delete("old").send();
      k.batch().status("g-1");
      k.savedFilters().list();
      k.savedFilters().get(1);
      FilterSet filters =
          FilterSet.of("and", FilterGroup.of("or", false, Filter.of("dst_as", "=", "1")));
      k.savedFilters().create(SavedFilterCreate.builder().filterName("f").filters(filters).build());
      k.savedFilters()
          .update(1, SavedFilterUpdate.builder().filterName("f").filters(filters).build());
      k.savedFilters().delete(1);
      k.customApplications().list();
      k.customApplications().create(CustomApplicationCreate.builder().name("app").build());
      k.customApplications().update(1, CustomApplicationUpdate.builder().name("app").build());
      k.customApplications().delete(1);
      TopXQuery query = TopXQuery.builder().metric("bytes").dimensions("IP_src").build();
      k.queries().topXData(query);
      k.queries().topXChart(query, ChartImageType.PNG);
      k.queries().url(query);
      k.alerting()
          .manualMitigation(
              ManualMitigation.builder().ipCidr("192.0.2.1/32").platformId(1).methodId(2).build());
      k.alerting().activeAlarms(AlarmQuery.builder().build());
      k.alerting().alarmHistory(AlarmQuery.builder().build());
    }

    List<Operation> catalogue = catalogue();
    assertThat(catalogue).hasSize(31);
    Set<Operation> covered = new LinkedHashSet<>();
    for (String request : routes.seen) {
      String method = request.substring(0, request.indexOf(' '));
      String path = request.substring(request.indexOf(' ') + 1);
      List<Operation> matches =
          catalogue.stream()
              .filter(op -> op.method().equals(method) && op.pattern().matcher(path).matches())
              .toList();
      assertThat(matches).as("catalogue row for %s", request).hasSize(1);
      covered.add(matches.get(0));
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(catalogue);
  }
}
