package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.http.DecodingException;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.PopulatorCreate;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request builders' shared behaviour, and the match fields of answers decoded into one type.
 */
class RequestsTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void fieldsAreSentInTheOrderSetAndToBuilderMakesAVariant() {
    FlowTagCreate web =
        FlowTagCreate.builder().flowTag("web").port("443").addr("10.0.0.0/8").build();
    assertThat(List.copyOf(web.toMap().keySet())).containsExactly("flow_tag", "port", "addr");

    FlowTagCreate other =
        web.toBuilder().flowTag("web2").match(MatchField.PORT, (String) null).build();
    assertThat(other.toMap())
        .containsExactly(Map.entry("flow_tag", "web2"), Map.entry("addr", "10.0.0.0/8"));
    assertThat(web.toMap()).containsEntry("port", "443");
  }

  @Test
  void anUpdateSendsAClearedFieldAsAnEmptyStringAndAFieldWithoutASetterAsGiven() {
    FlowTagUpdate update =
        FlowTagUpdate.builder().clear(MatchField.SITE).field("future_field", 7).build();
    assertThat(update.toMap()).containsExactly(Map.entry("site", ""), Map.entry("future_field", 7));
  }

  @Test
  void aFieldWithoutASetterSetToNullIsSentAsAnExplicitNull() {
    FlowTagUpdate update = FlowTagUpdate.builder().port("80").field("future_field", null).build();
    assertThat(update.isSet("future_field")).isTrue();
    assertThat(update.toMap())
        .containsExactly(Map.entry("port", "80"), new SimpleEntry<>("future_field", null));
    assertThat(update).hasToString("FlowTagUpdate{port=80, future_field=null}");
  }

  @Test
  void setCheckedValuesAreRefusedAtOnce() {
    assertThatThrownBy(() -> PopulatorCreate.builder().value("bad!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> PopulatorCreate.builder().direction(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction is required");
    assertThatThrownBy(() -> FlowTagCreate.builder().flowTag("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flow_tag");
  }

  @Test
  void criteriaAndUpsertsMakeVariants() {
    Criterion c = Criterion.builder().direction(Direction.DST).addr("10.0.0.0/8").build();
    Criterion wider = c.toBuilder().addr("192.168.0.0/16").build();
    assertThat(wider.fields().get(MatchField.ADDR)).containsExactly("10.0.0.0/8", "192.168.0.0/16");
    assertThat(c.fields().get(MatchField.ADDR)).containsExactly("10.0.0.0/8");
    assertThat(wider.direction()).contains(Direction.DST);
  }

  @Test
  void matchFieldsOfTagsAndPopulatorsDecodeTheSameWay() {
    kentik.answer(
        200,
        q(
            "{'tag': {'id': 1, 'flow_tag': 'web', 'port': 700, 'addr': '', 'site': null, 'other': 'kept'}}"));
    FlowTag tag = kentik.client.flowTags().get(1);
    assertThat(tag.match(MatchField.PORT)).isEqualTo("700");
    assertThat(tag.match(MatchField.ADDR)).isEmpty();
    assertThat(tag.match(MatchField.SITE)).isNull();
    assertThat(tag.matchFields()).containsExactly(Map.entry(MatchField.PORT, "700"));
    assertThat(tag.unknownFields()).containsExactly(Map.entry("other", "kept"));

    kentik.answer(
        200,
        q(
            "{'populator': {'id': 2, 'dimension_id': 9, 'value': 'v', 'direction': 'SRC', 'vlans': '100'}}"));
    Populator p =
        kentik
            .client
            .customDimensions()
            .populators(9)
            .create(
                PopulatorCreate.builder().value("v").direction(Direction.SRC).vlans("100").build());
    assertThat(p.direction()).isEqualTo(Direction.SRC);
    assertThat(p.matchFields()).containsExactly(Map.entry(MatchField.VLANS, "100"));
    assertThat(p.unknownFields()).isEmpty();
  }

  @Test
  void aMatchFieldHoldingAnObjectIsADecodingError() {
    kentik.answer(200, q("{'tag': {'id': 1, 'flow_tag': 'web', 'port': {'x': 1}}}"));
    assertThatThrownBy(() -> kentik.client.flowTags().get(1)).isInstanceOf(DecodingException.class);
  }
}
