package io.netobs.extrahop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.request.TagCreate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bodies of the collection calls: the fields of a built body, and a missing one refused. */
class CrudBodyTest {
  @Test
  void aBodyIsTheFieldsItsBuilderSet() {
    TagCreate tag = TagCreate.builder().name("t").build();
    assertThat(Crud.body(tag)).isEqualTo(Map.of("name", "t"));
    assertThat(Crud.body(tag, "tag")).isEqualTo(Map.of("name", "t"));
    assertThatThrownBy(() -> Crud.body(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> Crud.body(null, "tag"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tag");
  }
}
