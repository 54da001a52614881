package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedFiltersTest {
  /** Two filters as the API and the portal write them. */
  static final String API_FILTER =
      q(
          "{'cdate': '2016-10-26T06:00:08.574Z', 'company_id': '1223', 'edate': '2016-10-26T06:00:08.574Z',"
              + " 'filter_description': 'zzz', 'filter_level': 'company', 'filter_name': 'zzz', 'filters': {'connector': 'any', 'custom': true,"
              + " 'filterGroups': [{'connector': 'All', 'filters': [{'filterField': 'dst_as', 'filterValue': '17', 'operator': '='},"
              + " {'filterField': 'src_geo', 'filterValue': 'us', 'operator': '='}], 'not': true}]}, 'id': 1}");

  static final String PORTAL_FILTER =
      q(
          "{'cdate': '2016-12-09T21:03:12.738Z', 'company_id': 1223, 'edate': '2016-12-09T21:03:12Z',"
              + " 'filter_description': 'Source IP address is within RFC1918 address space', 'filter_level': 'company',"
              + " 'filter_name': 'RFC1918_SRC Copy', 'filters': {'connector': 'All', 'custom': false, 'filterGroups': [{'connector': 'Any',"
              + " 'filterString': '( ( (inet_src_addr ILIKE 10.0.0.0/8) ) )', 'filters': [{'filterField': 'inet_src_addr',"
              + " 'filterValue': '10.0.0.0/8', 'id': 'c115', 'operator': 'ILIKE'}, {'filterField': 'inet_src_addr',"
              + " 'filterValue': '192.168.0.0/16', 'id': 'c117', 'operator': 'ILIKE'}], 'id': 'c118', 'metric': null, 'not': false}],"
              + " 'filterString': '((inet_src_addr ILIKE 10.0.0.0/8))'}, 'id': 2, 'portal_only': {'pinned': true}}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listReadsTheBareArrayFromThePluralPath() {
    kentik.answer(200, "[" + API_FILTER + ", " + PORTAL_FILTER + "]");

    List<SavedFilter> filters = kentik.client.savedFilters().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/saved-filters/custom");
    assertThat(filters).hasSize(2);
    SavedFilter api = filters.get(0);
    assertThat(api.id()).isEqualTo(1);
    assertThat(api.companyId()).isEqualTo("1223");
    assertThat(api.cdate()).isEqualTo(Instant.parse("2016-10-26T06:00:08.574Z"));
    assertThat(api.filters().custom()).isTrue();
    assertThat(api.filters().filterGroups().get(0).not()).isTrue();
    assertThat(api.filters().filterGroups().get(0).filters())
        .extracting(Filter::filterField)
        .containsExactly("dst_as", "src_geo");

    SavedFilter portal = filters.get(1);
    assertThat(portal.companyId()).isEqualTo("1223");
    assertThat(portal.edate()).isEqualTo(Instant.parse("2016-12-09T21:03:12Z"));
    assertThat(portal.unknownFields()).containsKey("portal_only");
    FilterGroup group = portal.filters().filterGroups().get(0);
    assertThat(group.id()).isEqualTo("c118");
    assertThat(group.unknownFields()).containsEntry("metric", null);
    assertThat(group.filters().get(0).id()).isEqualTo("c115");
  }

  @Test
  void getReadsTheBareObject() {
    kentik.answer(200, PORTAL_FILTER);
    SavedFilter f = kentik.client.savedFilters().get(2);
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/saved-filter/custom/2");
    assertThat(f.filterName()).isEqualTo("RFC1918_SRC Copy");
  }

  @Test
  void createSendsTheFilterWithoutIdOrDates() {
    kentik.answer(200, API_FILTER);

    SavedFilter created =
        kentik
            .client
            .savedFilters()
            .create(
                SavedFilterCreate.builder()
                    .filterName("zzz")
                    .filterDescription("zzz")
                    .filters(
                        FilterSet.of(
                            "and",
                            FilterGroup.of(
                                "or",
                                true,
                                Filter.of("dst_as", "=", "17"),
                                Filter.of("src_geo", "=", "us"))))
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/saved-filter/custom");
    assertThat(json(r))
        .isEqualTo(
            json(
                q(
                    "{'filter_name': 'zzz', 'filter_description': 'zzz', 'filters': {'connector': 'and',"
                        + " 'filterGroups': [{'connector': 'or', 'not': true, 'filters': [{'filterField': 'dst_as', 'operator': '=', 'filterValue': '17'},"
                        + " {'filterField': 'src_geo', 'operator': '=', 'filterValue': 'us'}]}]}}")));
    assertThat(created.id()).isEqualTo(1);
  }

  @Test
  void updateSendsEveryFieldOfTheCallersObjectIncludingUnknownOnes() {
    kentik.answer(200, PORTAL_FILTER);
    SavedFilter read = kentik.client.savedFilters().get(2);
    kentik.take();
    kentik.answer(200, PORTAL_FILTER);

    kentik
        .client
        .savedFilters()
        .update(
            read.id(), SavedFilterUpdate.builder().from(read).filterDescription("changed").build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/saved-filter/custom/2");
    JsonNode sent = json(r);
    JsonNode expected = json(PORTAL_FILTER);
    ((ObjectNode) expected).put("filter_description", "changed");
    ((ObjectNode) expected).put("company_id", "1223");
    // Dates go back in ISO-8601 form; everything else, the portal's own fields included, as it
    // came.
    ((ObjectNode) expected).put("edate", "2016-12-09T21:03:12Z");
    assertThat(sent).isEqualTo(expected);
  }

  @Test
  void deleteExpects204() {
    kentik.answer(204);
    kentik.client.savedFilters().delete(2);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/saved-filter/custom/2");
  }
}
