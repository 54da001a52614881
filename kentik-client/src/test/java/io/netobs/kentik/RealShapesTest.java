package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.json;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomDimensionCreate;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shapes the live service answers and accepts that the SDK once refused. */
class RealShapesTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void aDimensionNamedWithDashesCanBeCreated() {
    kentik.answer(
        200,
        q(
            "{'customDimension': {'id': 31, 'name': 'c_site-code', 'display_name': 'Site code',"
                + " 'type': 'string', 'populators': [], 'company_id': '74333'}}"));

    CustomDimension created =
        kentik
            .client
            .customDimensions()
            .create(
                CustomDimensionCreate.builder()
                    .name("c_site-code")
                    .type(DimensionType.STRING)
                    .displayName("Site code")
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(json(r).get("name").asText()).isEqualTo("c_site-code");
    assertThat(created.name()).isEqualTo("c_site-code");
  }

  @Test
  void anExistingDashedDimensionCanBeBatchUpdated() {
    kentik.answer(202, q("{'message': 'ok', 'guid': 'g-dash'}"));

    BatchOperation op =
        kentik
            .client
            .batch()
            .populators("c_site-code")
            .upsert("AKL-1", Criterion.builder().addr("10.1.0.0/16").build())
            .send();

    RecordedRequest r = kentik.take();
    assertThat(r.getUrl().encodedPath())
        .isEqualTo("/api/v5/batch/customdimensions/c_site-code/populators");
    assertThat(op.guid()).isEqualTo("g-dash");
  }

  @Test
  void aPopulatorDirectionSentAsANumberKeepsTheRawValue() {
    kentik.answer(
        200,
        q(
            "{'populator': {'id': 2601, 'dimension_id': 9, 'value': 'core', 'direction': 1,"
                + " 'addr': '10.0.0.0/8', 'user': '2345', 'company_id': '1289'}}"));

    Populator p =
        kentik
            .client
            .customDimensions()
            .populators(9)
            .create(
                io.netobs.kentik.request.PopulatorCreate.builder()
                    .value("core")
                    .direction(Direction.SRC)
                    .addr("10.0.0.0/8")
                    .build());

    assertThat(p.direction().value()).isEqualTo("1");
    assertThat(p.direction().isKnown()).isFalse();
    assertThat(p.value()).isEqualTo("core");
  }

  @Test
  void aDimensionWhosePopulatorsCarryNumericDirectionsDecodes() {
    kentik.answer(
        200,
        q(
            "{'customDimension': {'id': 9, 'name': 'c_role', 'display_name': 'Role',"
                + " 'type': 'string', 'populators': [{'id': 1, 'dimension_id': 9, 'value': 'a',"
                + " 'direction': 2, 'port': '80'}, {'id': 2, 'dimension_id': 9, 'value': 'b',"
                + " 'direction': 'DST', 'port': '81'}]}}"));

    CustomDimension dim = kentik.client.customDimensions().get(9);

    assertThat(dim.populators()).extracting(p -> p.direction().value()).containsExactly("2", "dst");
    assertThat(dim.populators().get(1).direction()).isEqualTo(Direction.DST);
  }
}
