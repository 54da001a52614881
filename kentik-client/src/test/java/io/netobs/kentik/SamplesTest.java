package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.NotFoundException;
import io.netobs.kentik.model.BatchStatus;
import io.netobs.kentik.model.CustomApplication;
import io.netobs.kentik.model.CustomDimension;
import io.netobs.kentik.model.Direction;
import io.netobs.kentik.model.FlowTag;
import io.netobs.kentik.model.MatchField;
import io.netobs.kentik.model.Populator;
import io.netobs.kentik.model.SavedFilter;
import io.netobs.kentik.request.Criterion;
import io.netobs.kentik.request.CustomApplicationCreate;
import io.netobs.kentik.request.FlowTagUpdate;
import io.netobs.kentik.request.PopulatorUpdate;
import io.netobs.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The recorded-style payloads of the test fixtures decode through the client as the live API sends
 * them.
 */
class SamplesTest {
  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  private MockKentik serve(String sample) {
    return kentik.answer(200, Samples.kentik(sample));
  }

  @Test
  void everySampleIsCovered() {
    assertThat(Samples.kentikNames())
        .containsExactlyInAnyOrder(
            "tag",
            "tags",
            "custom-dimension",
            "custom-dimensions",
            "populator",
            "batch-response",
            "batch-part-error",
            "batch-status",
            "saved-filter",
            "saved-filters",
            "custom-application",
            "custom-applications",
            "error");
  }

  @Test
  void tags() {
    FlowTag tag = serve("tag").client.flowTags().get(664);
    assertThat(tag.companyId()).isEqualTo("1289");
    assertThat(tag.match(MatchField.VLANS)).isEqualTo("100,200");
    assertThat(tag.unknownFields()).containsKey("edited_by");
    assertThat(tag.updatedDate().getNano()).isEqualTo(509_412_000);
    assertThat(tag.matchFields())
        .containsKeys(MatchField.ADDR, MatchField.PORT, MatchField.SITE, MatchField.VLANS);
    assertThat(serve("tags").client.flowTags().list())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.flowTag()).isNotBlank());
    serve("tag").client.flowTags().update(664, FlowTagUpdate.builder().port("1").build());
  }

  @Test
  void customDimensionsAndPopulators() {
    CustomDimension dim = serve("custom-dimension").client.customDimensions().get(9);
    assertThat(dim.populators()).hasSizeGreaterThan(1);
    assertThat(dim.populators())
        .extracting(Populator::direction)
        .contains(Direction.SRC, Direction.DST);
    assertThat(dim.populators().get(0).unknownFields()).containsKeys("addr_count", "mac_count");
    List<CustomDimension> dims = serve("custom-dimensions").client.customDimensions().list();
    assertThat(dims).isNotEmpty().allSatisfy(d -> assertThat(d.populators()).isNotNull());
    Populator p =
        serve("populator")
            .client
            .customDimensions()
            .populators(9)
            .update(2600, PopulatorUpdate.builder().port("1").build());
    assertThat(p.direction()).isSameAs(Direction.DST);
    assertThat(p.user()).isEqualTo("2345");
  }

  @Test
  void batch() {
    BatchStatus status =
        serve("batch-status").client.batch().status("3b7a2c1e-52a4-4c1d-9d0e-6f2f3c8b1a90");
    assertThat(status.upserts().overLimit()).isEqualTo(57);
    assertThat(status.customDimension().name()).isEqualTo("MY_FAVE_DIM");
    assertThat(status.unknownFields()).containsEntry("processing_node", "batch-worker-3");

    serve("batch-response");
    assertThat(
            kentik
                .client
                .batch()
                .tags()
                .upsert("web", Criterion.builder().port("80").build())
                .send()
                .guid())
        .isEqualTo("3b7a2c1e-52a4-4c1d-9d0e-6f2f3c8b1a90");

    serve("batch-part-error");
    BatchPartFailedException e =
        catchThrowableOfType(
            BatchPartFailedException.class,
            () ->
                kentik
                    .client
                    .batch()
                    .tags()
                    .upsert("web", Criterion.builder().port("80").build())
                    .send());
    assertThat(e.serverMessage().orElseThrow()).contains("re-submit");
  }

  @Test
  void savedFiltersAndApplications() {
    SavedFilter filter = serve("saved-filter").client.savedFilters().get(2);
    assertThat(filter.filters().filterGroups().get(0).filters().get(0).operator())
        .isEqualTo("ILIKE");
    assertThat(serve("saved-filters").client.savedFilters().list()).hasSizeGreaterThan(1);

    CustomApplication app =
        serve("custom-application")
            .client
            .customApplications()
            .create(CustomApplicationCreate.builder().name("x").build());
    assertThat(app.cdate()).isNull();
    assertThat(app.userId()).isEqualTo("144319");
    assertThat(serve("custom-applications").client.customApplications().list())
        .hasSizeGreaterThan(1);
  }

  @Test
  void errors() {
    kentik.answer(404, Samples.kentik("error"));
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class, () -> kentik.client.customDimensions().get(4242));
    assertThat(e.serverMessage()).isEqualTo("Custom dimension 4242 not found");
  }
}
