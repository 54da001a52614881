package io.netobs.testing;

import static io.netobs.testing.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kentik fake's CRUD APIs: auth, routing, wrappers, value types, validation. */
class FakeKentikTest {
  private FakeKentik kentik;
  private Http http;

  @BeforeEach
  void start() {
    kentik = FakeKentik.builder().sampleData(true).start();
    http = Http.kentik(kentik);
  }

  @AfterEach
  void stop() {
    kentik.close();
  }

  @Test
  void urlsAndDefaults() {
    assertThat(kentik.baseUrl()).isEqualTo("http://127.0.0.1:" + kentik.server().port());
    assertThat(kentik.apiUrl()).isEqualTo(kentik.baseUrl() + "/api/v5");
    assertThat(kentik.email()).isEqualTo("user@example.com");
    assertThat(kentik.token()).isEqualTo(FakeKentik.DEFAULT_TOKEN);
    assertThat(kentik.toString()).doesNotContain(kentik.token(), kentik.email());
  }

  @Test
  void v6PathsAreKentiksAndAnswerErrorsInTheGatewaysShape() throws IOException {
    Http v6 =
        Http.to(
            kentik.baseUrl(),
            "X-CH-Auth-Email",
            kentik.email(),
            "X-CH-Auth-API-Token",
            kentik.token());
    Http.Response unknown = v6.get("/synthetics/v202309/no_such_thing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("code").asInt()).isEqualTo(5);
    assertThat(unknown.json().path("message").asText()).isNotBlank();
    assertThat(unknown.json().path("details").isArray()).isTrue();
    Http.Response unauthenticated = Http.to(kentik.baseUrl()).get("/cloud_export/v202506/exports");
    assertThat(unauthenticated.status()).isEqualTo(401);
    assertThat(unauthenticated.json().path("code").asInt()).isEqualTo(16);
    assertThat(Http.to(kentik.baseUrl()).get("/api/v5/tags").json().has("error"))
        .as("V5 keeps its own shape")
        .isTrue();
  }

  @Test
  void cloudExportsAreStatefulAndRefusedInTheGatewaysShape() throws IOException {
    Http v6 =
        Http.to(
            kentik.baseUrl(),
            "X-CH-Auth-Email",
            kentik.email(),
            "X-CH-Auth-API-Token",
            kentik.token(),
            "Content-Type",
            "application/json");
    String path = "/cloud_export/v202506/exports";
    Http.Response created =
        v6.post(
            path,
            "{\"export\": {\"name\": \"aws-prod\", \"planId\": \"11467\", \"cloudProvider\":"
                + " \"CLOUD_PROVIDER_AWS\", \"aws\": {\"region\": \"us-east-2\"}, \"x\": 1}}");
    assertThat(created.status()).isEqualTo(200);
    JsonNode export = created.json().path("export");
    assertThat(export.path("id").isTextual()).as("ids are strings").isTrue();
    assertThat(export.path("currentStatus").path("status").asText()).isEqualTo("OK");
    assertThat(export.path("x").asInt()).as("unknown fields kept").isEqualTo(1);
    String id = export.path("id").asText();
    Http.Response updated =
        v6.put(
            path + "/" + id,
            "{\"export\": {\"name\": \"aws-dev\", \"planId\": \"11467\", \"cloudProvider\":"
                + " \"CLOUD_PROVIDER_AWS\"}}");
    assertThat(updated.status()).isEqualTo(200);
    JsonNode read = v6.get(path + "/" + id).json().path("export");
    assertThat(read.path("name").asText()).isEqualTo("aws-dev");
    assertThat(read.has("aws")).as("an update replaces the whole export").isFalse();
    assertThat(read.path("cdate").asText()).isEqualTo(export.path("cdate").asText());
    JsonNode list = v6.get(path).json();
    assertThat(list.path("exports")).hasSize(1);
    assertThat(list.path("invalidExportsCount").asText()).isEqualTo("0");

    Http.Response unnamed =
        v6.post(
            path, "{\"export\": {\"planId\": \"1\", \"cloudProvider\": \"CLOUD_PROVIDER_GCE\"}}");
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().path("code").asInt()).isEqualTo(3);
    assertThat(unnamed.json().path("message").asText()).contains("name");

    assertThat(v6.delete(path + "/" + id).status()).isEqualTo(200);
    Http.Response gone = v6.get(path + "/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().path("code").asInt()).isEqualTo(5);
    assertThat(kentik.cloudExports()).isEmpty();
  }

  @Test
  void bothAuthHeadersMustMatch() throws IOException {
    Http none = Http.to(kentik.apiUrl());
    Http wrongToken =
        Http.to(kentik.apiUrl(), "X-CH-Auth-Email", kentik.email(), "X-CH-Auth-API-Token", "nope");
    Http wrongEmail =
        Http.to(
            kentik.apiUrl(),
            "X-CH-Auth-Email",
            "other@example.com",
            "X-CH-Auth-API-Token",
            kentik.token());
    Http onlyToken = Http.to(kentik.apiUrl(), "X-CH-Auth-API-Token", kentik.token());

    for (Http client : List.of(none, wrongToken, wrongEmail, onlyToken)) {
      Http.Response response = client.get("/tags");
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.json().path("error").asText()).isNotBlank();
    }
    assertThat(http.get("/tags").status()).isEqualTo(200);
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() throws IOException {
    assertThat(http.get("/nothing").status()).isEqualTo(404);
    assertThat(http.get("/nothing").json().has("error")).isTrue();
    assertThat(http.delete("/tags").status()).isEqualTo(405);
    assertThat(http.get("/tag/not-a-number").status()).isEqualTo(404);
  }

  @Test
  void everyCatalogueOperationHasAHandler() throws IOException {
    long tagId = kentik.tags().get(0).path("id").asLong();
    JsonNode region = kentik.customDimensions().get(0);
    long filterId = kentik.savedFilters().get(0).path("id").asLong();
    long appId = kentik.customApplications().get(0).path("id").asLong();
    Http v6 =
        Http.to(
            kentik.baseUrl(),
            "X-CH-Auth-Email",
            kentik.email(),
            "X-CH-Auth-API-Token",
            kentik.token(),
            "Content-Type",
            "application/json");
    for (Catalogue.Operation op : Catalogue.kentik().operations()) {
      String path =
          op.path()
              .replace(
                  "{id}",
                  op.resource().equals("tags")
                      ? Long.toString(tagId)
                      : op.resource().equals("savedfilters")
                          ? Long.toString(filterId)
                          : op.resource().equals("customapplications")
                              ? Long.toString(appId)
                              : region.path("id").asText())
              .replace("{populatorId}", region.path("populators").get(0).path("id").asText())
              .replace("{dimensionName}", "c_region")
              .replace("{guid}", "unknown")
              .replace("{interfaceId}", "1")
              .replace("{userId}", "1");
      String body = op.method().equals("POST") || op.method().equals("PUT") ? "{}" : null;
      // Kentik's v6 operations are served from the root, not under /api/v5.
      Http on = op.path().matches("/[a-z_]+/v\\d{6}.*") ? v6 : http;
      Http.Response response = new Http.Response(on.send(op.method(), path, body));
      assertThat(response.status()).as(op.key() + " " + response).isNotIn(405, 500);
      assertThat(kentik.journal().last().operationKey()).isEqualTo(op.key());
    }
    assertThat(Catalogue.kentik().missing(kentik.journal().operationCounts().keySet())).isEmpty();
  }

  // ---------------------------------------------------------------- tags

  @Test
  void tagsAreWrappedBothWaysWithNumericIdsAndStringUserAndCompany() throws IOException {
    Http.Response created =
        http.post(
            "/tag", json("{'tag': {'flow_tag': 'NEW_TAG', 'port': '700', 'addr': '10.1.0.0/16'}}"));

    assertThat(created.status()).isEqualTo(200);
    JsonNode tag = created.json().path("tag");
    assertThat(tag.path("id").isIntegralNumber()).isTrue();
    assertThat(tag.path("flow_tag").asText()).isEqualTo("NEW_TAG");
    assertThat(tag.path("port").asText()).isEqualTo("700");
    assertThat(tag.path("device_name").asText()).isEmpty();
    assertThat(tag.path("user").isTextual()).isTrue();
    assertThat(tag.path("company_id").asText()).isEqualTo("74333");
    assertThat(tag.path("created_date").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z");

    long id = tag.path("id").asLong();
    assertThat(http.get("/tag/" + id).json().path("tag").path("flow_tag").asText())
        .isEqualTo("NEW_TAG");
    JsonNode list = http.get("/tags").json().path("tags");
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(3);

    JsonNode updated = http.put("/tag/" + id, json("{'tag': {'port': '800'}}")).json().path("tag");
    assertThat(updated.path("port").asText()).isEqualTo("800");
    assertThat(updated.path("addr").asText()).isEqualTo("10.1.0.0/16");

    assertThat(http.delete("/tag/" + id).status()).isEqualTo(204);
    assertThat(http.get("/tag/" + id).status()).isEqualTo(404);
    assertThat(http.get("/tag/" + id).json().path("error").asText()).contains("not found");
    assertThat(kentik.tagCount()).isEqualTo(2);
  }

  @Test
  void tagValidation() throws IOException {
    String addresses249 =
        IntStream.range(0, 249)
            .mapToObj(i -> "10.0." + (i / 250) + "." + i)
            .collect(Collectors.joining(","));
    assertThat(
            http.post(
                    "/tag", json("{'tag': {'flow_tag': 'ok_tag', 'addr': '" + addresses249 + "'}}"))
                .status())
        .isEqualTo(200);

    List<String> invalid =
        List.of(
            "{'flow_tag': 'ok_tag', 'port': '80'}",
            "{'tag': {'port': '80'}}",
            "{'tag': {'flow_tag': 'x', 'port': '80'}}",
            "{'tag': {'flow_tag': 'has space', 'port': '80'}}",
            "{'tag': {'flow_tag': 'twenty_one_chars_long', 'port': '80'}}",
            "{'tag': {'flow_tag': 'no_fields'}}",
            "{'tag': {'flow_tag': 'empty_fields', 'port': ''}}",
            "{'tag': {'flow_tag': 'too_many', 'addr': '" + addresses249 + ",10.9.9.9'}}",
            "{'tag': {'flow_tag': 'array_field', 'port': ['80']}}");
    for (String body : invalid) {
      Http.Response response = http.post("/tag", json(body));
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(body).isNotBlank();
    }
    assertThat(http.post("/tag", "{not json").status()).isEqualTo(400);
    long id = kentik.tags().get(0).path("id").asLong();
    assertThat(http.put("/tag/" + id, json("{'tag': {'flow_tag': '!'}}")).status()).isEqualTo(400);
    assertThat(http.put("/tag/999999", json("{'tag': {'port': '1'}}")).status()).isEqualTo(404);
  }

  @Test
  void datesVaryInPrecisionAcrossObjects() throws IOException {
    Set<Integer> digits = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      String date =
          http.post("/tag", json("{'tag': {'flow_tag': 'tag_" + i + "', 'port': '" + i + "'}}"))
              .json()
              .path("tag")
              .path("created_date")
              .asText();
      int dot = date.indexOf('.');
      digits.add(dot < 0 ? 0 : date.length() - dot - 2);
    }
    assertThat(digits).contains(0, 3, 6);
  }

  // ---------------------------------------------------------------- custom dimensions and
  // populators

  @Test
  void customDimensionsAreAnsweredWrappedButSentUnwrapped() throws IOException {
    Http.Response created =
        http.post(
            "/customdimension",
            json("{'name': 'c_service', 'type': 'string', 'display_name': 'Service'}"));

    assertThat(created.status()).isEqualTo(200);
    JsonNode dimension = created.json().path("customDimension");
    assertThat(dimension.path("id").isIntegralNumber()).isTrue();
    assertThat(dimension.path("name").asText()).isEqualTo("c_service");
    assertThat(dimension.path("populators").isArray()).isTrue();
    assertThat(dimension.path("company_id").isTextual()).isTrue();
    long id = dimension.path("id").asLong();

    JsonNode list = http.get("/customdimensions").json().path("customDimensions");
    assertThat(list).hasSize(3);
    assertThat(
            http.get("/customdimension/" + id).json().path("customDimension").path("type").asText())
        .isEqualTo("string");

    for (String body :
        List.of(
            "{'display_name': 'Service one'}",
            "{'customDimension': {'display_name': 'Service two'}}",
            "{'custom dimension': {'display_name': 'Service three'}}",
            "{'display_name': 'Service four', 'name': 'c_service'}")) {
      Http.Response updated = http.put("/customdimension/" + id, json(body));
      assertThat(updated.status()).as(body).isEqualTo(200);
      assertThat(updated.json().path("customDimension").has("populators")).isFalse();
    }
    assertThat(
            http.get("/customdimension/" + id)
                .json()
                .path("customDimension")
                .path("display_name")
                .asText())
        .isEqualTo("Service four");
    assertThat(
            http.put("/customdimension/" + id, json("{'name': 'c_other', 'display_name': 'Other'}"))
                .status())
        .isEqualTo(400);
    assertThat(
            http.put("/customdimension/" + id, json("{'type': 'uint32', 'display_name': 'Other'}"))
                .status())
        .isEqualTo(400);

    assertThat(http.delete("/customdimension/" + id).status()).isEqualTo(204);
    assertThat(http.get("/customdimension/" + id).status()).isEqualTo(404);
    Http.Response reuse =
        http.post(
            "/customdimension",
            json("{'name': 'c_service', 'type': 'string', 'display_name': 'Again'}"));
    assertThat(reuse.status()).isEqualTo(400);
    assertThat(reuse.json().path("error").asText()).contains("reused");
  }

  @Test
  void customDimensionValidation() throws IOException {
    List<String> invalid =
        List.of(
            "{'name': 'service', 'type': 'string', 'display_name': 'Service'}",
            "{'name': 'c_service_name_too_long', 'type': 'string', 'display_name': 'Service'}",
            "{'name': 'c_serv.ice', 'type': 'string', 'display_name': 'Service'}",
            "{'name': 'c_region', 'type': 'string', 'display_name': 'Duplicate'}",
            "{'name': 'c_service', 'type': 'int', 'display_name': 'Service'}",
            "{'name': 'c_service', 'display_name': 'Service'}",
            "{'name': 'c_service', 'type': 'string', 'display_name': 'S'}",
            "{'name': 'c_service', 'type': 'string', 'display_name': 'Service!'}",
            "{'name': 'c_service', 'type': 'string', 'display_name': '" + "x".repeat(31) + "'}",
            "{'customDimension': {'name': 'c_service', 'type': 'string', 'display_name': 'Service'}}");
    for (String body : invalid) {
      Http.Response response = http.post("/customdimension", json(body));
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(body).isNotBlank();
    }
    assertThat(
            http.post(
                    "/customdimension",
                    json(
                        "{'name': 'c_12345678901234567', 'type': 'uint32', 'display_name': 'Twenty chars'}"))
                .status())
        .isEqualTo(200);
    // Dashes are allowed, as the live service allows them.
    assertThat(
            http.post(
                    "/customdimension",
                    json("{'name': 'c_serv-ice', 'type': 'string', 'display_name': 'Service'}"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void populatorsAreWrappedBothWaysAndKeepTheDirectionAsSent() throws IOException {
    JsonNode region = kentik.customDimensions().get(0);
    long dimensionId = region.path("id").asLong();

    Http.Response created =
        http.post(
            "/customdimension/" + dimensionId + "/populator",
            json(
                "{'populator': {'value': 'ap-south', 'direction': 'Either', 'addr': '203.0.113.0/24', 'port': 443}}"));

    assertThat(created.status()).isEqualTo(200);
    JsonNode populator = created.json().path("populator");
    assertThat(populator.path("id").isIntegralNumber()).isTrue();
    assertThat(populator.path("dimension_id").isIntegralNumber()).isTrue();
    assertThat(populator.path("dimension_id").asLong()).isEqualTo(dimensionId);
    assertThat(populator.path("direction").asText()).isEqualTo("Either");
    assertThat(populator.path("port").asText()).isEqualTo("443");
    assertThat(populator.path("user").isTextual()).isTrue();
    assertThat(populator.path("company_id").isTextual()).isTrue();
    long id = populator.path("id").asLong();

    assertThat(kentik.populators("c_region"))
        .extracting(p -> p.path("direction").asText())
        .containsExactly("src", "DST", "Either");
    JsonNode info = http.get("/customdimension/" + dimensionId).json().path("customDimension");
    assertThat(info.path("populators")).hasSize(3);

    JsonNode updated =
        http.put(
                "/customdimension/" + dimensionId + "/populator/" + id,
                json("{'populator': {'port': '700'}}"))
            .json()
            .path("populator");
    assertThat(updated.path("port").asText()).isEqualTo("700");
    assertThat(updated.path("value").asText()).isEqualTo("ap-south");

    assertThat(http.delete("/customdimension/" + dimensionId + "/populator/" + id).status())
        .isEqualTo(204);
    assertThat(http.delete("/customdimension/" + dimensionId + "/populator/" + id).status())
        .isEqualTo(404);
    assertThat(
            http.post(
                    "/customdimension/999/populator",
                    json("{'populator': {'value': 'x', 'direction': 'src', 'port': '1'}}"))
                .status())
        .isEqualTo(404);
    assertThat(kentik.populatorCount("c_region")).isEqualTo(2);
  }

  @Test
  void populatorValidationFollowsTheDimensionType() throws IOException {
    long stringDimension = kentik.customDimensions().get(0).path("id").asLong();
    long uintDimension = kentik.customDimensions().get(1).path("id").asLong();
    String strings = "/customdimension/" + stringDimension + "/populator";
    String numbers = "/customdimension/" + uintDimension + "/populator";

    assertThat(
            http.post(
                    numbers,
                    json("{'populator': {'value': '4294967295', 'direction': 'dst', 'port': '1'}}"))
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(numbers, json("{'populator': {'value': 0, 'direction': 'SRC', 'port': '1'}}"))
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    strings,
                    json(
                        "{'populator': {'value': '"
                            + "v".repeat(128)
                            + "', 'direction': 'src', 'port': '1'}}"))
                .status())
        .isEqualTo(200);

    List<String[]> invalid =
        List.of(
            new String[] {
              numbers, "{'populator': {'value': '4294967296', 'direction': 'dst', 'port': '1'}}"
            },
            new String[] {
              numbers, "{'populator': {'value': 'abc', 'direction': 'dst', 'port': '1'}}"
            },
            new String[] {
              numbers, "{'populator': {'value': '-1', 'direction': 'dst', 'port': '1'}}"
            },
            new String[] {
              strings, "{'populator': {'value': 'bad/char', 'direction': 'dst', 'port': '1'}}"
            },
            new String[] {
              strings,
              "{'populator': {'value': '" + "v".repeat(129) + "', 'direction': 'src', 'port': '1'}}"
            },
            new String[] {strings, "{'populator': {'value': '', 'direction': 'dst', 'port': '1'}}"},
            new String[] {strings, "{'populator': {'value': 'ok', 'port': '1'}}"},
            new String[] {
              strings, "{'populator': {'value': 'ok', 'direction': 'up', 'port': '1'}}"
            },
            new String[] {strings, "{'populator': {'value': 'ok', 'direction': 'src'}}"},
            new String[] {strings, "{'value': 'ok', 'direction': 'src', 'port': '1'}"});
    for (String[] request : invalid) {
      Http.Response response = http.post(request[0], json(request[1]));
      assertThat(response.status()).as(request[1]).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(request[1]).isNotBlank();
    }
  }

  // ---------------------------------------------------------------- saved filters

  private static final String FILTER =
      "{'filter_name': 'only_dns', 'filter_description': 'DNS only',"
          + " 'filters': {'connector': 'All', 'filterGroups': [{'connector': 'Any', 'not': false,"
          + " 'filters': [{'filterField': 'l4_dst_port', 'operator': '=', 'filterValue': '53'}]}]}}";

  @Test
  void savedFiltersAreBareWithStringCompanyAndCdateEdate() throws IOException {
    Http.Response created = http.post("/saved-filter/custom", json(FILTER));

    assertThat(created.status()).isEqualTo(200);
    JsonNode filter = created.json();
    assertThat(filter.path("id").isIntegralNumber()).isTrue();
    assertThat(filter.path("company_id").isTextual()).isTrue();
    assertThat(filter.path("cdate").asText()).endsWith("Z");
    assertThat(filter.path("edate").asText()).endsWith("Z");
    assertThat(filter.path("filter_level").asText()).isEqualTo("company");
    assertThat(
            filter
                .path("filters")
                .path("filterGroups")
                .get(0)
                .path("filters")
                .get(0)
                .path("filterValue")
                .asText())
        .isEqualTo("53");
    long id = filter.path("id").asLong();

    JsonNode list = http.get("/saved-filters/custom").json();
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(2);
    assertThat(http.get("/saved-filter/custom/" + id).json().path("filter_name").asText())
        .isEqualTo("only_dns");

    Http.Response updated =
        http.put("/saved-filter/custom/" + id, json(FILTER.replace("only_dns", "dns_only")));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("filter_name").asText()).isEqualTo("dns_only");

    assertThat(http.delete("/saved-filter/custom/" + id).status()).isEqualTo(204);
    assertThat(http.get("/saved-filter/custom/" + id).status()).isEqualTo(404);
  }

  @Test
  void savedFilterUpdateMustCarryEveryCreateField() throws IOException {
    long id = http.post("/saved-filter/custom", json(FILTER)).json().path("id").asLong();
    List<String> partial =
        List.of(
            "{'filter_description': 'only the description'}",
            FILTER.replace("'filter_name': 'only_dns', ", ""),
            FILTER.replace("'connector': 'All', ", ""),
            FILTER.replace("'connector': 'Any', ", ""),
            FILTER.replace("'not': false,", ""),
            FILTER.replace("'not': false,", "'not': 'no',"),
            FILTER.replace("'filter_name': 'only_dns'", "'filter_name': 'no_rfc1918'"));
    for (String body : partial) {
      Http.Response response = http.put("/saved-filter/custom/" + id, json(body));
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.json().path("error").asText()).as(body).isNotBlank();
    }
    assertThat(http.post("/saved-filter/custom", json(FILTER)).status())
        .as("duplicate name")
        .isEqualTo(400);
  }

  // ---------------------------------------------------------------- custom applications

  @Test
  void customApplicationsAreBareAndTheCreateAnswerHasNoDates() throws IOException {
    Http.Response created =
        http.post(
            "/customApplications",
            json(
                "{'name': 'billing', 'description': 'Billing', 'ip_range': '10.9.0.0/16', 'protocol': '6,17', 'port': '9001', 'asn': ''}"));

    assertThat(created.status()).isEqualTo(200);
    JsonNode application = created.json();
    assertThat(application.path("id").isIntegralNumber()).isTrue();
    assertThat(application.path("user_id").isTextual()).isTrue();
    assertThat(application.path("company_id").isTextual()).isTrue();
    assertThat(application.path("cdate").isNull()).isTrue();
    assertThat(application.path("edate").isNull()).isTrue();
    long id = application.path("id").asLong();

    JsonNode list = http.get("/customApplications").json();
    assertThat(list.isArray()).isTrue();
    JsonNode listed = list.get(list.size() - 1);
    assertThat(listed.path("cdate").asText()).endsWith("Z");

    JsonNode updated = http.put("/customApplications/" + id, json("{'port': '9002'}")).json();
    assertThat(updated.path("port").asText()).isEqualTo("9002");
    assertThat(updated.path("name").asText()).isEqualTo("billing");
    assertThat(http.post("/customApplications", json("{'description': 'no name'}")).status())
        .isEqualTo(400);
    assertThat(http.delete("/customApplications/" + id).status()).isEqualTo(204);
    assertThat(http.delete("/customApplications/" + id).status()).isEqualTo(404);
    assertThat(http.put("/customApplications/" + id, "{}").status()).isEqualTo(404);
  }

  @Test
  void resetForgetsEverythingAndRestoresTheSamples() throws IOException {
    http.post("/tag", json("{'tag': {'flow_tag': 'temp', 'port': '1'}}"));
    kentik.faults().next(Fault.status(500));

    kentik.reset();

    assertThat(kentik.tagCount()).isEqualTo(2);
    assertThat(kentik.journal().total()).isZero();
    assertThat(kentik.faults().rules()).isEmpty();
    List<String> names = new ArrayList<>();
    kentik.customDimensions().forEach(d -> names.add(d.path("name").asText()));
    assertThat(names).containsExactly("c_region", "c_asn_group");
  }
}
