package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomDimensionsTest {
  static final String DOCUMENTED_DIMENSION =
      q(
          "{'id': 9, 'display_name': 'Mikes int column', 'name': 'c_mh_test', 'type': 'uint32',"
              + " 'populators': [{'id': 2600, 'dimension_id': 9, 'value': '1234', 'direction': 'src', 'device_name': 'My_device',"
              + " 'user': '6762', 'created_date': '2016-08-24T11:27:04.452Z', 'updated_date': '2016-08-24T11:27:04.452Z', 'company_id': '1289'}],"
              + " 'created_date': '2016-08-24T11:25:57.497Z', 'updated_date': '2016-08-27T00:45:22.725Z', 'company_id': '1289'}");
  static final String DOCUMENTED_POPULATOR =
      q(
          "{'id': 2600, 'dimension_id': 9, 'value': '1234', 'direction': 'dst',"
              + " 'device_name': 'my_device1', 'interface_name': 'a great interface', 'addr': '192.168.2.1/32', 'port': '800',"
              + " 'tcp_flags': '254', 'protocol': '7', 'asn': '1235', 'nexthop_asn': '5437', 'bgp_aspath': '1212',"
              + " 'bgp_community': '2096:2212', 'user': '2345', 'created_date': '2016-08-24T11:27:04.452Z',"
              + " 'updated_date': '2016-10-12T22:37:19.251Z', 'company_id': '1289'}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listDecodesDimensionsWithTheirPopulators() {
    kentik.answer(
        200,
        "{\"customDimensions\": ["
            + DOCUMENTED_DIMENSION
            + ", "
            + q(
                "{'id': 10, 'name': 'c_other', 'display_name': 'Other',"
                    + " 'type': 'STRING', 'company_id': 1289, 'created_date': '2021-05-06T07:08:09'}")
            + "]}");

    List<CustomDimension> dims = kentik.client.customDimensions().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimensions");
    assertThat(dims).hasSize(2);
    CustomDimension documented = dims.get(0);
    assertThat(documented.name()).isEqualTo("c_mh_test");
    assertThat(documented.type()).isEqualTo(DimensionType.UINT32);
    assertThat(documented.populators()).hasSize(1);
    Populator p = documented.populators().get(0);
    assertThat(p.direction()).isEqualTo(Direction.SRC);
    assertThat(p.dimensionId()).isEqualTo(9);
    assertThat(p.user()).isEqualTo("6762");
    assertThat(p.matchFields()).containsOnlyKeys(MatchField.DEVICE_NAME);

    CustomDimension other = dims.get(1);
    assertThat(other.type()).isEqualTo(DimensionType.STRING);
    assertThat(other.companyId()).isEqualTo("1289");
    assertThat(other.populators()).isEmpty();
    assertThat(other.createdDate()).isEqualTo(Instant.parse("2021-05-06T07:08:09Z"));
  }

  @Test
  void getDecodesTheWrappedDimension() {
    kentik.answer(200, "{\"customDimension\": " + DOCUMENTED_DIMENSION + "}");
    CustomDimension dim = kentik.client.customDimensions().get(9);
    RecordedRequest r = kentik.take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9");
    assertThat(dim.displayName()).isEqualTo("Mikes int column");
    assertThat(dim.populators().get(0).createdDate())
        .isEqualTo(Instant.parse("2016-08-24T11:27:04.452Z"));
  }

  @Test
  void createSendsTheBodyUnwrapped() {
    kentik.answer(
        200,
        q(
            "{'customDimension': {'id': 11, 'name': 'c_region', 'display_name': 'Region', 'type': 'string'}}"));

    CustomDimension dim =
        kentik
            .client
            .customDimensions()
            .create(
                CustomDimensionCreate.builder()
                    .name("c_region")
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension");
    assertThat(json(r))
        .isEqualTo(json(q("{'name': 'c_region', 'type': 'string', 'display_name': 'Region'}")));
    assertThat(dim.id()).isEqualTo(11);
    assertThat(dim.populators()).isEmpty();
    assertThat(dim.createdDate()).isNull();
  }

  @Test
  void updateSendsOnlyTheDisplayNameAndCopesWithAnAnswerWithoutPopulators() {
    kentik.answer(
        200,
        q(
            "{'customDimension': {'id': 9, 'name': 'c_mh_test', 'display_name': 'The 4th dimension', 'type': 'uint32',"
                + " 'updated_date': '2024-02-03T04:05:06.000001Z'}}"));

    CustomDimension dim =
        kentik
            .client
            .customDimensions()
            .update(9, CustomDimensionUpdate.builder().displayName("The 4th dimension").build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9");
    assertThat(json(r)).isEqualTo(json(q("{'display_name': 'The 4th dimension'}")));
    assertThat(dim.populators()).isNotNull().isEmpty();
    assertThat(dim.updatedDate()).isEqualTo(Instant.parse("2024-02-03T04:05:06.000001Z"));
  }

  @Test
  void answersWithoutTheWrapperAreReadToo() {
    kentik.answer(200, DOCUMENTED_DIMENSION);
    assertThat(kentik.client.customDimensions().get(9).name()).isEqualTo("c_mh_test");
  }

  @Test
  void deleteExpects204() {
    kentik.answer(204);
    kentik.client.customDimensions().delete(9);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9");
  }

  @Test
  void populatorCreateSendsTheWrappedPopulator() {
    kentik.answer(200, "{\"populator\": " + DOCUMENTED_POPULATOR + "}");

    Populator p =
        kentik
            .client
            .customDimensions()
            .populators(9)
            .create(
                PopulatorCreate.builder()
                    .value("1234")
                    .direction(Direction.DST)
                    .addr("192.168.2.1/32")
                    .port("800")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9/populator");
    assertThat(json(r))
        .isEqualTo(
            json(
                q(
                    "{'populator': {'dimension_id': 9, 'value': '1234', 'direction': 'dst',"
                        + " 'addr': '192.168.2.1/32', 'port': '800'}}")));
    assertThat(p.id()).isEqualTo(2600);
    assertThat(p.direction()).isEqualTo(Direction.DST);
    assertThat(p.match(MatchField.BGP_COMMUNITY)).isEqualTo("2096:2212");
    assertThat(p.updatedDate()).isEqualTo(Instant.parse("2016-10-12T22:37:19.251Z"));
  }

  @Test
  void populatorUpdateSendsOnlyTheChangedFields() {
    kentik.answer(200, "{\"populator\": " + DOCUMENTED_POPULATOR + "}");

    kentik
        .client
        .customDimensions()
        .populators(9)
        .update(2600, PopulatorUpdate.builder().port("700").build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9/populator/2600");
    assertThat(json(r)).isEqualTo(json(q("{'populator': {'port': '700'}}")));
  }

  @Test
  void populatorDeleteUsesTheNestedPath() {
    kentik.answer(204);
    kentik.client.customDimensions().populators(9).delete(2600);
    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9/populator/2600");
  }

  @Test
  void directionsArriveInAnyCaseAndUnknownOnesAreKept() {
    kentik.answer(
        200,
        "{\"customDimension\": "
            + q(
                "{'id': 9, 'name': 'c_x', 'type': 'string', 'populators': ["
                    + "{'id': 1, 'dimension_id': 9, 'value': 'a', 'direction': 'DST'},"
                    + "{'id': 2, 'dimension_id': 9, 'value': 'b', 'direction': 'dst'},"
                    + "{'id': 3, 'dimension_id': 9, 'value': 'c', 'direction': 'Either'},"
                    + "{'id': 4, 'dimension_id': 9, 'value': 'd', 'direction': 'sideways'},"
                    + "{'id': 5, 'dimension_id': 9, 'value': 'e'}]}")
            + "}");

    List<Populator> pops = kentik.client.customDimensions().populators(9).list();

    assertThat(pops.get(0).direction()).isSameAs(Direction.DST);
    assertThat(pops.get(1).direction()).isSameAs(Direction.DST);
    assertThat(pops.get(2).direction()).isSameAs(Direction.EITHER);
    assertThat(pops.get(3).direction().isKnown()).isFalse();
    assertThat(pops.get(3).direction().value()).isEqualTo("sideways");
    assertThat(pops.get(4).direction()).isNull();
    assertThat(kentik.take().getUrl().encodedPath()).isEqualTo("/api/v5/customdimension/9");
  }

  @Test
  void datesWithZeroThreeOrSixFractionalDigits() {
    kentik.answer(
        200,
        "{\"populator\": "
            + q(
                "{'id': 1, 'dimension_id': 9, 'value': 'a', 'direction': 'src',"
                    + " 'created_date': '2016-08-24T11:27:04Z', 'updated_date': '2016-08-24T11:27:04.123456Z'}")
            + "}");
    Populator p =
        kentik
            .client
            .customDimensions()
            .populators(9)
            .update(1, PopulatorUpdate.builder().direction(Direction.SRC).build());
    assertThat(p.createdDate()).isEqualTo(Instant.parse("2016-08-24T11:27:04Z"));
    assertThat(p.updatedDate()).isEqualTo(Instant.parse("2016-08-24T11:27:04.123456Z"));
    assertThat(json(kentik.take())).isEqualTo(json(q("{'populator': {'direction': 'src'}}")));
  }
}
