package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.DimensionType;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.Filter;
import io.netobs.kentik.model.FilterGroup;
import io.netobs.kentik.model.FilterSet;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.request.BatchUpsert;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.CustomDimensionCreate;
import io.netobs.kentik.request.CustomDimensionUpdate;
import io.netobs.kentik.request.FlowTagCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.PopulatorCreate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.kentik.request.SavedFilterCreate;
import io.netobs.kentik.request.SavedFilterUpdate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule the documentation states is checked before a request is sent, and its message names
 * field and rule.
 */
class ValidationTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void noRequestWasSent() {
    assertThat(kentik.server.getRequestCount()).isZero();
    kentik.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "twenty_one_characters", "has space", "dot.ted", "ümlaut", ""})
  void flowTagNames(String name) {
    assertThatThrownBy(() -> FlowTagCreate.builder().flowTag(name).port("80").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flow_tag")
        .hasMessageContaining("2-20 characters of letters, digits, hyphen or underscore");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "twenty_characters_xx", "with-hyphen_and_9"})
  void validFlowTagNames(String name) {
    assertThatCode(() -> FlowTagCreate.builder().flowTag(name).port("80").build())
        .doesNotThrowAnyException();
  }

  @Test
  void aTagNeedsAMatchField() {
    assertThatThrownBy(() -> FlowTagCreate.builder().flowTag("web").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one match field");
    assertThatThrownBy(() -> FlowTagCreate.builder().flowTag("web").deviceName("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one match field");
    assertThatThrownBy(() -> FlowTagCreate.builder().flowTag(null).port("1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flow_tag is required");
  }

  @Test
  void atMost249AddressesInATag() {
    String addresses249 =
        IntStream.range(0, 249)
            .mapToObj(i -> "10.0." + i / 200 + "." + i % 200)
            .collect(Collectors.joining(","));
    assertThatCode(() -> FlowTagCreate.builder().flowTag("web").addr(addresses249).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                FlowTagCreate.builder().flowTag("web").addr(addresses249 + ",192.168.0.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addr")
        .hasMessageContaining("at most 249")
        .hasMessageContaining("250");
    assertThatThrownBy(() -> FlowTagUpdate.builder().addr(addresses249 + ",192.168.0.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 249");
  }

  @Test
  void tagUpdatesMustChangeSomethingValid() {
    assertThatThrownBy(() -> FlowTagUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FlowTagUpdate: nothing to update, set at least one field");
    assertThatThrownBy(() -> FlowTagUpdate.builder().flowTag("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flow_tag");
  }

  @Test
  void matchListsMayNotHideCommas() {
    assertThatThrownBy(
            () ->
                FlowTagCreate.builder()
                    .flowTag("web")
                    .match(MatchField.ADDR, List.of("10.0.0.1,10.0.0.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addr");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"region", "c_", "c_twenty_one_chars_xy", "c_has.dot", "c_has space", "C_upper"})
  void dimensionNames(String name) {
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name(name)
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void dimensionNameMessagesSayWhichRuleBroke() {
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("region")
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build())
        .hasMessageContaining("start with \"c_\"");
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_twenty_one_chars_xy")
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build())
        .hasMessageContaining("at most 20");
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_a.b")
                    .type(DimensionType.STRING)
                    .displayName("Region")
                    .build())
        .hasMessageContaining("letter, digit, dash or underscore");
    assertThatCode(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_twenty_chars_xxxx")
                    .type(DimensionType.UINT32)
                    .displayName("Twenty")
                    .build())
        .doesNotThrowAnyException();
  }

  @Test
  void dimensionTypes() {
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_region")
                    .type(DimensionType.of("float"))
                    .displayName("Region")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("\"string\" or \"uint32\"");
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_region")
                    .type(null)
                    .displayName("Region")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type is required");
    assertThat(DimensionType.of("UINT32")).isSameAs(DimensionType.UINT32);
  }

  @ParameterizedTest
  @ValueSource(strings = {"R", "thirty_one_characters_long_xxxx", "Dots.are.out", "slash/too"})
  void displayNames(String displayName) {
    assertThatThrownBy(
            () ->
                CustomDimensionCreate.builder()
                    .name("c_region")
                    .type(DimensionType.STRING)
                    .displayName(displayName)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("display_name")
        .hasMessageContaining("2-30 characters");
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .customDimensions()
                    .update(9, CustomDimensionUpdate.builder().displayName(displayName).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("display_name");
  }

  @Test
  void populatorValuesOfStringDimensions() {
    assertThatThrownBy(
            () ->
                PopulatorCreate.builder()
                    .value("")
                    .direction(Direction.DST)
                    .addr("10.0.0.1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value")
        .hasMessageContaining("1-128 characters");
    assertThatThrownBy(
            () ->
                PopulatorCreate.builder()
                    .value("x".repeat(129))
                    .direction(Direction.DST)
                    .addr("10.0.0.1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-128 characters");
    assertThatThrownBy(
            () ->
                PopulatorCreate.builder()
                    .value("semi;colon")
                    .direction(Direction.DST)
                    .addr("10.0.0.1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-128 characters");
    assertThatCode(
            () ->
                PopulatorCreate.builder()
                    .value("x".repeat(128))
                    .direction(Direction.DST)
                    .addr("10.0.0.1")
                    .build())
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                PopulatorCreate.builder()
                    .value("a b-c_d")
                    .direction(Direction.DST)
                    .addr("10.0.0.1")
                    .build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PopulatorUpdate.builder().value("bad!").build())
        .hasMessageContaining("value");
  }

  @Test
  void populatorValuesOfUint32Dimensions() {
    CustomDimension uint =
        new CustomDimension(
            9, "c_asn_class", "ASN class", DimensionType.UINT32, null, null, null, null, null);
    Populators populators = kentik.client.customDimensions().populators(uint);
    for (String bad : new String[] {"4294967296", "-1", "abc", "12345678901"}) {
      assertThatThrownBy(
              () ->
                  populators.create(
                      PopulatorCreate.builder()
                          .value(bad)
                          .direction(Direction.SRC)
                          .asn("1")
                          .build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0 to 4294967295");
    }
    assertThatThrownBy(
            () -> populators.update(1, PopulatorUpdate.builder().value("4294967296").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 4294967295");
  }

  @Test
  void populatorsNeedADirectionAndAMatchField() {
    assertThatThrownBy(
            () -> PopulatorCreate.builder().value("a").direction(null).addr("10.0.0.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction is required");
    assertThatThrownBy(
            () -> PopulatorCreate.builder().value("a").direction(Direction.EITHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one match field");
    assertThatThrownBy(() -> PopulatorUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PopulatorUpdate: nothing to update, set at least one field");
  }

  @Test
  void batchItems() {
    assertThatThrownBy(() -> Criterion.builder().direction(Direction.DST).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one match field");
    assertThatThrownBy(() -> Criterion.builder().addr(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addr");
    assertThatThrownBy(() -> BatchUpsert.builder().value("web").criteria(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one criterion");
    assertThatThrownBy(
            () ->
                BatchUpsert.builder()
                    .value(" ")
                    .criteria(Criterion.builder().port("80").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value is required");
    assertThatThrownBy(() -> kentik.client.batch().tags().delete(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value must not be blank");
    assertThatThrownBy(() -> kentik.client.batch().tags().deletes(List.of(" ")).send())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delete #0");
  }

  static SavedFilterCreate filter(String setConnector, String groupConnector, String operator) {
    return SavedFilterCreate.builder()
        .filterName("f")
        .filters(
            FilterSet.of(
                setConnector,
                FilterGroup.of(groupConnector, false, Filter.of("dst_as", operator, "17"))))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"and", "or", "AND", "Or", "All", "any", "ANY"})
  void connectorsAccepted(String connector) {
    assertThatCode(() -> filter(connector, connector, "=")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xor", "", "&&", " and"})
  void connectorsRefused(String connector) {
    assertThatThrownBy(() -> kentik.client.savedFilters().create(filter(connector, "and", "=")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filters.connector")
        .hasMessageContaining("\"and\" or \"or\"");
    assertThatThrownBy(() -> kentik.client.savedFilters().create(filter("and", connector, "=")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filters.filterGroups[0].connector");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "<>", "ILIKE", "NOT ILIKE", "~", "!~", ">", "<", "&"})
  void operatorsAccepted(String operator) {
    assertThatCode(() -> filter("and", "or", operator)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"==", "LIKE", ">=", "˜", "in", "ilike", "NOT  ILIKE", " = "})
  void operatorsRefused(String operator) {
    assertThatThrownBy(() -> kentik.client.savedFilters().create(filter("and", "or", operator)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filters.filterGroups[0].filters[0].operator")
        .hasMessageContaining("=, <>, ILIKE, NOT ILIKE, ~, !~, >, <, &");
  }

  @Test
  void savedFiltersNeedANameAndFilters() {
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .savedFilters()
                    .create(SavedFilterCreate.builder().filters(FilterSet.of("and")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SavedFilterCreate: filter_name is required");
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .savedFilters()
                    .create(SavedFilterCreate.builder().filterName("f").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SavedFilterCreate: filters is required");
    SavedFilterUpdate update =
        SavedFilterUpdate.builder().filterName("f").filters(FilterSet.of("and")).build();
    assertThatThrownBy(() -> kentik.client.savedFilters().update(0, update))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must be a positive id");
    assertThatThrownBy(() -> SavedFilterUpdate.builder().filterName("f").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SavedFilterUpdate: filters is required");
  }

  @Test
  void customApplicationsNeedAName() {
    assertThatThrownBy(
            () ->
                kentik
                    .client
                    .customApplications()
                    .create(CustomApplicationCreate.builder().port("80").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CustomApplicationCreate: name is required");
  }
}
